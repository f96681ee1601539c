package load_test

import (
	"fmt"
	"os"
	"path"
	"strings"
	"syscall"
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

// TestSpecialFiles: a pipe or a link to a device named .toml is refused
// at once, by name, never read.
func TestSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := path.Join(dir, "pipe.toml")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	link := path.Join(dir, "zero.toml")
	if err := os.Symlink("/dev/zero", link); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{fifo, link, dir} { // the folder holds both
		_, err := load.Open(p)
		if err == nil || !strings.Contains(err.Error(), "不是普通文件") {
			t.Errorf("%s: %v", p, err)
		}
	}
}

// manyRules is a file of n rules for one city sharing one source, overlapping
// in time when overlap is set, else each a day long one after another
// from start.
func manyRules(n int, overlap bool, start book.Date, prefix, code string) []byte {
	var b strings.Builder
	b.WriteString("[[source]]\nid = \"" + prefix + "counter\"\ntitle = { zh = \"窗口答复\", en = \"counter\" }\npublisher = { zh = \"窗口\", en = \"counter\" }\ndate = \"2026-11\"\nverified_on = 2026-11-20\nconfidence = \"official\"\n")
	for i := range n {
		from, to := start.AddDays(i), start.AddDays(i)
		if overlap {
			from, to = start, start.AddDays(n)
		}
		fmt.Fprintf(&b, "[[rule]]\nid = \"%sr%d\"\nscope = \"city\"\ncode = \"%s\"\ninsurance = [\"employee\"]\nstatus = [\"retired\"]\n"+
			"scheme = \"fixed_monthly\"\ncredited = { zh = \"每月\", en = \"monthly\" }\neffective_from = %s\neffective_to = %s\nsource_ref = \"%scounter\"\n"+
			"[[rule.band]]\nmin_age = 0\nmax_age = 120\namount = 75\n", prefix, i, code, from, to, prefix)
	}
	return []byte(b.String())
}

// TestManyProblemsPrintShort: 1,000 overlapping rules give the first
// problems and a count of the rest, not half a million lines.
func TestManyProblemsPrintShort(t *testing.T) {
	_, err := load.WithFile(testkit.Book(t), "many.toml", manyRules(1000, true, book.Date{Year: 2000, Month: 1, Day: 1}, "", "430100"))
	if err == nil {
		t.Fatal("overlapping rules were taken")
	}
	lines := strings.Split(strings.TrimSpace(err.Error()), "\n")
	if len(lines) > 21 || !strings.Contains(lines[len(lines)-1], "979 more problems") {
		t.Errorf("%d lines, the last %q", len(lines), lines[len(lines)-1])
	}
}

// BenchmarkManyRules loads 8 files of 2,500 valid rules each (20,000:
// the checks that look across rules grow as n log n).
func BenchmarkManyRules(b *testing.B) {
	dir := b.TempDir()
	for i, code := range []string{"430100", "110100", "310100", "440100", "420100", "510100", "320100", "330100"} {
		start := book.Date{Year: 2000, Month: 1, Day: 1}
		os.WriteFile(path.Join(dir, fmt.Sprintf("f%d.toml", i)), manyRules(2500, false, start, fmt.Sprintf("f%d-", i), code), 0o644)
	}
	for b.Loop() {
		if _, err := load.Open(dir); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDottedKeysRefused: a key or header of thousands of dotted parts,
// which cost the decoder gigabytes, is refused before decoding, at its
// line, in both languages; so is a file of many short dotted keys.
func TestDottedKeysRefused(t *testing.T) {
	dotted := strings.TrimSuffix(strings.Repeat("a.", 30000), ".")
	var many strings.Builder
	for i := 0; many.Len() < 900<<10; i++ {
		fmt.Fprintf(&many, "k%d.b.c.d = 1\n", i)
	}
	for name, text := range map[string]string{
		"key": dotted + " = 1", "header": "[" + dotted + "]", "array": "[[" + dotted + "]]",
		"inline": "x = { " + dotted + " = 1 }", "many": many.String(),
	} {
		ps := loadProblems(t, localRule+"\n"+text+"\n")
		if len(ps) != 1 || ps[0].Line < 20 || !strings.Contains(ps[0].Msg.Zh, "键") || !strings.Contains(ps[0].Msg.En, "key") {
			t.Errorf("%s: %v", name, (&load.LoadError{Problems: ps}).Error())
		}
	}
}
