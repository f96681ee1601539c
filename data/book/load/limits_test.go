package load_test

import (
	"os"
	"path"
	"strings"
	"testing"

	"yibao/data/book"
	"yibao/data/book/load"
	"yibao/internal/testkit"
)

// TestLimits: numbers no real rule could have are refused at their key,
// with the line.
func TestLimits(t *testing.T) {
	for _, c := range []struct {
		from, to, path, words string
		line                  int
	}{
		{"amount = 120", "amount = 1e9", "band[1].amount", "2000", 15},
		{"amount = 120", "amount = -5", "band[1].amount", "2000", 15},
		{`scheme = "fixed_monthly"`, `scheme = "fixed_annual"`, "band[1].amount", "", 15},
		{"max_age = 120", "max_age = 130", "band[1]", "0 to 120", 12},
		{"effective_from = 2026-01-01", "effective_from = 1990-01-01", "effective_from", "1998", 10},
		{"effective_from = 2026-01-01", "effective_from = 2031-01-01", "effective_from", "1998", 10},
	} {
		src := strings.Replace(localRule, c.from, c.to, 1)
		if c.to == `scheme = "fixed_annual"` {
			// a yearly amount may be up to 24,000
			src = strings.Replace(src, "amount = 120", "amount = 30000", 1)
			c.words = "24000"
		}
		ps := loadProblems(t, src)
		wantProblem(t, ps, c.path, c.words, c.line)
	}
	// Within the limits, the yearly amount is taken.
	src := strings.Replace(strings.Replace(localRule, `scheme = "fixed_monthly"`, `scheme = "fixed_annual"`, 1), "amount = 120", "amount = 1800", 1)
	if _, err := load.WithFile(testkit.Book(t), "local.toml", []byte(src)); err != nil {
		t.Fatalf("1800 a year refused: %v", err)
	}
}

// TestTypeErrorExplained: a number written as text is explained in plain
// Chinese and English at its line, never in the decoder's words.
func TestTypeErrorExplained(t *testing.T) {
	ps := loadProblems(t, strings.Replace(localRule, "amount = 120", `amount = "75元"`, 1))
	if len(ps) != 1 {
		t.Fatalf("want one problem, got %v", ps)
	}
	p := ps[0]
	if p.Line != 15 || !strings.Contains(p.Msg.Zh, "应该写一个数字") || !strings.Contains(p.Msg.En, "needs a number") ||
		!strings.Contains(p.Msg.Zh, "amount = 75") {
		t.Errorf("problem = %q (line %d)", p.Error(), p.Line)
	}
	for _, raw := range []string{"toml: line", "destination", "float64", "incompatible"} {
		if strings.Contains(p.Error(), raw) {
			t.Errorf("the decoder's words %q reached the person: %q", raw, p.Error())
		}
	}
}

// TestCopyWholeBookFile: a maintainer who copies a book file to edit it
// either has a book that loads (its rules replacing the embedded ones of
// the same id, each counted once) or gets one line saying what to delete.
func TestCopyWholeBookFile(t *testing.T) {
	base := testkit.Book(t)
	entries, err := book.TOML.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	loaded := 0
	for _, e := range entries {
		name := e.Name()
		content, err := book.TOML.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		b, err := load.WithFile(base, path.Join("copy", name), content)
		if err != nil {
			var msg = err.Error()
			if lines := strings.Count(strings.TrimSpace(msg), "\n") + 1; lines != 1 || !strings.Contains(msg, "删掉") || !strings.Contains(msg, "delete") {
				t.Errorf("copy of %s: want one line saying what to delete, got:\n%s", name, msg)
			}
			continue
		}
		loaded++
		copied := map[string]bool{}
		for _, r := range b.Rules() {
			if r.Local {
				copied[r.ID] = true
			}
		}
		seen := map[string]bool{}
		for _, r := range b.Replacements() {
			if seen[r.Local] || r.Embedded != r.Local {
				t.Errorf("copy of %s: %s replaces %s (seen before: %v); each copy must replace its twin alone", name, r.Local, r.Embedded, seen[r.Local])
			}
			seen[r.Local] = true
		}
		if len(seen) != len(copied) {
			t.Errorf("copy of %s: %d rules copied, %d replacements", name, len(copied), len(seen))
		}
	}
	if loaded == 0 {
		t.Fatal("no book file could be copied and loaded")
	}
}

// TestCityRuleUnderProvinceRule: a local city rule where the book has only
// a province rule takes over for that city alone, and says so once.
func TestCityRuleUnderProvinceRule(t *testing.T) {
	src := strings.NewReplacer(`id = "beijing-retired-local"`, `id = "zhangjiakou-local"`, `code = "110100"`, `code = "130700"`).Replace(localRule)
	b, err := load.WithFile(testkit.Book(t), "local.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if a := advise(t, b, "130700", book.Employee, book.Retired, 72); a.Credit.RuleID != "zhangjiakou-local" || a.Credit.NetMonthly != book.Yuan(120) {
		t.Errorf("张家口 = %s %s, want the local 120", a.Credit.RuleID, a.Credit.NetMonthly)
	}
	if a := advise(t, b, "130100", book.Employee, book.Retired, 72); a.Credit.RuleID == "zhangjiakou-local" {
		t.Error("the local city rule reached 石家庄")
	}
	r := b.Replacements()
	if len(r) != 1 || r[0].Local != "zhangjiakou-local" || r[0].Embedded != "hebei-retired" || r[0].Place != "130700" {
		t.Errorf("replacements = %+v, want one: zhangjiakou-local over hebei-retired in 130700", r)
	}
}

// TestFileGuards: what is not a small regular file is refused by name.
func TestFileGuards(t *testing.T) {
	dir := t.TempDir()
	big := path.Join(dir, "big.toml")
	if err := os.WriteFile(big, []byte(strings.Repeat("# x\n", 300_000)), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := load.Open(big); err == nil || !strings.Contains(err.Error(), "big.toml") || !strings.Contains(err.Error(), "1024 KB") {
		t.Errorf("a 1.2 MB file: %v", err)
	}
	if _, err := load.Open("/dev/zero"); err == nil || !strings.Contains(err.Error(), "/dev/zero") {
		t.Errorf("/dev/zero: %v", err)
	}
	deep := strings.Repeat("[", 100) + strings.Repeat("]", 100)
	ps := loadProblems(t, "x = "+deep+"\n")
	if len(ps) == 0 {
		t.Error("a deeply nested value was taken")
	}
}
