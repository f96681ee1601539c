package load_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"yibao/data/advice"
	"yibao/data/book"
	"yibao/data/book/load"
	"yibao/internal/testkit"
)

// localRule is a valid local correction: Beijing retirees get 120 a month.
const localRule = `
[[rule]]
id = "beijing-retired-local"
scope = "city"
code = "110100"
insurance = ["employee"]
status = ["retired"]
scheme = "fixed_monthly"
credited = { zh = "每月", en = "monthly" }
effective_from = 2026-01-01

[[rule.band]]
min_age = 0
max_age = 120
amount = 120

[rule.source]
title = { zh = "本地窗口答复", en = "Reply at the local counter" }
publisher = { zh = "社区服务台", en = "Community desk" }
date = "2026-11-01"
verified_on = 2026-11-20
confidence = "official"
`

func loadProblems(t *testing.T, content string) []load.Problem {
	t.Helper()
	_, err := load.WithFile(testkit.Book(t), "local.toml", []byte(content))
	var le *load.LoadError
	if !errors.As(err, &le) {
		t.Fatalf("want a *load.LoadError, got %v", err)
	}
	return le.Problems
}

func advise(t *testing.T, b *book.Book, code string, ins book.Insurance, st book.Status, age int) advice.Advice {
	t.Helper()
	p, ok := b.Place(code)
	if !ok {
		t.Fatalf("no place %s", code)
	}
	return advice.Resolve(b, p, advice.Profile{Insurance: ins, Status: st, Age: age, AgeKnown: true}, testkit.Today)
}

func wantProblem(t *testing.T, ps []load.Problem, path, words string, line int) {
	t.Helper()
	for _, p := range ps {
		if strings.Contains(p.Path, path) && (strings.Contains(p.Msg.En, words) || strings.Contains(p.Msg.Zh, words)) {
			if line > 0 && p.Line != line {
				t.Errorf("problem %q at line %d, want %d", p.Error(), p.Line, line)
			}
			if !strings.HasPrefix(p.Error(), "local.toml:") {
				t.Errorf("problem %q does not start with the file name", p.Error())
			}
			return
		}
	}
	t.Errorf("no problem at %q mentioning %q; got:\n%v", path, words, (&load.LoadError{Problems: ps}).Error())
}

func TestLocalRuleReplacesEmbedded(t *testing.T) {
	b, err := load.WithFile(testkit.Book(t), "local.toml", []byte(localRule))
	if err != nil {
		t.Fatal(err)
	}
	a := advise(t, b, "110100", book.Employee, book.Retired, 72)
	if a.Credit.RuleID != "beijing-retired-local" || a.Credit.NetMonthly != book.Yuan(120) || a.Credit.NextChange != nil {
		t.Errorf("Beijing with the local rule: %s net %s", a.Credit.RuleID, a.Credit.NetMonthly)
	}
	if r := b.Replacements(); len(r) != 1 || r[0].Embedded != "beijing-retired" || r[0].Local != "beijing-retired-local" {
		t.Errorf("replacements = %+v", r)
	}
	// Other pairs and places are untouched.
	if a := advise(t, b, "310100", book.Employee, book.Retired, 72); a.Credit.Annual != book.Yuan(1680) {
		t.Errorf("Shanghai changed: %+v", a.Credit)
	}
	// The embedded book itself is unchanged.
	if a := advise(t, testkit.Book(t), "110100", book.Employee, book.Retired, 72); a.Credit.NetMonthly != book.Yuan(107) {
		t.Errorf("embedded Beijing = %s, want 107", a.Credit.NetMonthly)
	}
}

func TestOpenFolder(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "beijing.toml"), []byte(localRule), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := load.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if a := advise(t, b, "110100", book.Employee, book.Retired, 72); a.Credit.NetMonthly != book.Yuan(120) {
		t.Errorf("net = %s, want 120 from the folder", a.Credit.NetMonthly)
	}
	_, err = load.Open(filepath.Join(dir, "missing.toml"))
	if err == nil || !strings.Contains(err.Error(), "missing.toml") {
		t.Errorf("a missing file must be reported by name: %v", err)
	}
	empty := t.TempDir()
	if _, err := load.Open(empty); err == nil {
		t.Error("a folder without .toml files must be an error")
	}
}

func TestSyntaxErrorHasLineAndColumn(t *testing.T) {
	ps := loadProblems(t, "[[rule]]\nid = \"x\"\nscope = city\n")
	if len(ps) != 1 || ps[0].Line != 3 || ps[0].Col == 0 {
		t.Fatalf("problems = %v", ps)
	}
	if !strings.HasPrefix(ps[0].Error(), "local.toml:3:") || !strings.Contains(ps[0].Error(), "TOML") {
		t.Errorf("message = %q", ps[0].Error())
	}
}

func TestUnknownKey(t *testing.T) {
	bad := strings.Replace(localRule, "amount = 120", "amount = 120\namout = 5", 1)
	ps := loadProblems(t, bad)
	wantProblem(t, ps, "rule.band.amout", "unknown key", 16)
}

func TestBandProblems(t *testing.T) {
	overlap := strings.Replace(localRule, "max_age = 120\namount = 120", "max_age = 70\namount = 120\n[[rule.band]]\nmin_age = 70\nmax_age = 120\namount = 130", 1)
	wantProblem(t, loadProblems(t, overlap), "rule[1](beijing-retired-local).band[2].min_age", "overlap", 17)

	gap := strings.Replace(localRule, "max_age = 120\namount = 120", "max_age = 60\namount = 120\n[[rule.band]]\nmin_age = 65\nmax_age = 120\namount = 130", 1)
	wantProblem(t, loadProblems(t, gap), "band[2].min_age", "gap", 17)

	short := strings.Replace(localRule, "max_age = 120", "max_age = 100", 1)
	wantProblem(t, loadProblems(t, short), "band[1].max_age", "120", 14)
}

func TestMissingProvenance(t *testing.T) {
	noSource := localRule[:strings.Index(localRule, "[rule.source]")]
	ps := loadProblems(t, noSource)
	wantProblem(t, ps, "rule[1](beijing-retired-local).source.title", "missing", 0)
	wantProblem(t, ps, "source.verified_on", "verified_on", 0)
	wantProblem(t, ps, "source.confidence", "confidence", 0)
}

func TestUnknownPlaceAndDates(t *testing.T) {
	bad := strings.Replace(localRule, `code = "110100"`, `code = "119900"`, 1)
	wantProblem(t, loadProblems(t, bad), "rule[1](beijing-retired-local).code", "unknown place code", 5)

	bad = strings.Replace(localRule, "effective_from = 2026-01-01", "effective_from = 2026-01-01\neffective_to = 2025-01-01", 1)
	wantProblem(t, loadProblems(t, bad), "effective_to", "before", 11)

	bad = strings.Replace(localRule, "verified_on = 2026-11-20", "verified_on = 2020-01-01", 1)
	wantProblem(t, loadProblems(t, bad), "source.verified_on", "before the source date", 0)
}

func TestLocalFilesCannotChangePlaces(t *testing.T) {
	ps := loadProblems(t, "places = '''\n110100 | 北京市 | 北京 | 110000 | municipality | bei jing | bj | Beijing | 010 | 3\n'''\n")
	wantProblem(t, ps, "place", "cannot change the place list", 0)
	ps = loadProblems(t, "[[place]]\ncode = \"110100\"\nname = \"x\"\n")
	wantProblem(t, ps, "place", "unknown key", 1)
	for key, c := range map[string]string{"places": "places = \"x\"\n", "provinces": "# x\nprovinces = \"\"\n", "counties": "counties = \"\"\"\n\"\"\"\n", "unit": "[[unit]]\ncode = \"1\"\n"} {
		ps = loadProblems(t, c)
		wantProblem(t, ps, key, "cannot change the place list", map[string]int{"places": 1, "provinces": 2, "counties": 1, "unit": 1}[key])
		if len(ps) != 1 {
			t.Errorf("%q: one problem, got %v", c, (&load.LoadError{Problems: ps}).Error())
		}
	}
}

func TestOverlappingRules(t *testing.T) {
	second := strings.Replace(localRule, `id = "beijing-retired-local"`, `id = "beijing-retired-local-2"`, 1)
	wantProblem(t, loadProblems(t, localRule+second), "rule(beijing-retired-local-2)", "overlaps", 0)
}

func TestSharedSource(t *testing.T) {
	withRef := strings.Replace(localRule[:strings.Index(localRule, "[rule.source]")], `scheme = "fixed_monthly"`, "scheme = \"fixed_monthly\"\nsource_ref = \"desk-2026\"", 1)
	src := "[[source]]\nid = \"desk-2026\"\n" + localRule[strings.Index(localRule, "[rule.source]")+len("[rule.source]\n"):]
	b, err := load.WithFile(testkit.Book(t), "local.toml", []byte(src+withRef))
	if err != nil {
		t.Fatal(err)
	}
	if a := advise(t, b, "110100", book.Employee, book.Retired, 72); a.Credit.Source.Publisher.Zh != "社区服务台" {
		t.Errorf("shared source not applied: %+v", a.Credit.Source)
	}
	bad := strings.Replace(withRef, "desk-2026", "nope", 1)
	wantProblem(t, loadProblems(t, bad), "source_ref", "no source", 0)
}

func TestEmbeddedBookIsClean(t *testing.T) {
	b := testkit.Book(t)
	if len(b.Rules()) < 40 || len(b.Notes()) < 10 || len(b.Channels()) < 9 {
		t.Errorf("book looks thin: %d rules, %d notes, %d channels", len(b.Rules()), len(b.Notes()), len(b.Channels()))
	}
}

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
