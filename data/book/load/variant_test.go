package load_test

import (
	"strings"
	"testing"

	"yibao/data/advice"
	"yibao/data/book"
	"yibao/data/book/load"
	"yibao/internal/testkit"
)

// TestVariantRules: a rule names only groups its place asks about; a
// local rule for one group overlaps only that group; local files cannot
// add a question.
func TestVariantRules(t *testing.T) {
	sz := strings.NewReplacer(`id = "beijing-retired-local"`, `id = "shenzhen-local"`, `code = "110100"`, `code = "440300"`,
		`scheme = "fixed_monthly"`, "variant = [\"tier9\"]\nscheme = \"fixed_monthly\"")
	wantProblem(t, loadProblems(t, sz.Replace(localRule)), "rule[1](shenzhen-local).variant", "tier9", 0)
	bj := strings.Replace(localRule, `scheme = "fixed_monthly"`, "variant = [\"tier1\"]\nscheme = \"fixed_monthly\"", 1)
	wantProblem(t, loadProblems(t, bj), "variant", "[[question]]", 0)

	// Two local rules for different tiers do not overlap; a local tier-1
	// rule takes tier 1 over and leaves tiers 2 and 3 alone.
	one := strings.NewReplacer(`id = "beijing-retired-local"`, `id = "sz-tier1"`, `code = "110100"`, `code = "440300"`,
		`scheme = "fixed_monthly"`, "variant = [\"tier1\"]\nscheme = \"fixed_monthly\"").Replace(localRule)
	b, err := load.WithFile(testkit.Book(t), "local.toml", []byte(one))
	if err != nil {
		t.Fatal(err)
	}
	p, _ := b.Place("440300")
	for v, want := range map[string]string{"tier1": "sz-tier1", "tier2": "shenzhen-tiers-2-3"} {
		got := resolveVariant(b, p, v)
		if got != want {
			t.Errorf("%s: rule %s, want %s", v, got, want)
		}
	}

	ps := loadProblems(t, "[[question]]\nplace = \"110100\"\n")
	wantProblem(t, ps, "question", "cannot change the place list", 1)
}

func resolveVariant(b *book.Book, p book.Place, v string) string {
	return adviceFor(b, p, v).Credit.RuleID
}

func adviceFor(b *book.Book, p book.Place, v string) advice.Advice {
	return advice.Resolve(b, p, advice.Profile{Insurance: book.Employee, Status: book.Retired, Age: 70, AgeKnown: true, Variant: v}, testkit.Today)
}
