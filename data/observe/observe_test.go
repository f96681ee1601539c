package observe

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"yibao/data/advice"
	"yibao/data/book"
	"yibao/data/book/load"
	"yibao/internal/testkit"
)

func resolve(t *testing.T, code string, ins book.Insurance, st book.Status, age int) advice.Advice {
	t.Helper()
	b := testkit.Book(t)
	p, ok := b.Place(code)
	if !ok {
		t.Fatalf("no place %s", code)
	}
	return advice.Resolve(b, p, advice.Profile{Insurance: ins, Status: st, Age: age, AgeKnown: true}, testkit.Today)
}

func seen(a advice.Advice, amounts ...float64) []Observation {
	var out []Observation
	for i, y := range amounts {
		out = append(out, New(a, book.Yuan(y), Month{Year: 2026, Month: time.Month(9 + i%3)}, App, testkit.Today))
	}
	return out
}

func hasNote(a advice.Advice, id, words string) bool {
	for _, n := range a.Notes {
		if n.ID == id && strings.Contains(n.Text.Zh, words) {
			return true
		}
	}
	return false
}

// TestDeskFigure: where the book has none, two agreeing records give a
// figure at level desk; one gives a note and none; disagreeing ones a note
// with both amounts and none.
func TestDeskFigure(t *testing.T) {
	base := resolve(t, "330100", book.Employee, book.Retired, 72) // 杭州: no figure
	if base.Credit.Known {
		t.Fatal("the test needs a place without a figure")
	}
	two := base
	Apply(&two, seen(base, 288, 288))
	c := two.Credit
	if !c.Known || c.NetMonthly != book.Yuan(288) || c.Confidence != book.Desk || c.Seen == nil || c.Seen.Count != 2 || c.Seen.Agreeing != 2 {
		t.Fatalf("two agreeing: %+v", c)
	}
	if !strings.Contains(c.Formula.Zh, "本服务台看到 2 人的账户实际到账 288 元") || !strings.Contains(c.Formula.Zh, "不是官方数字") || c.Seen.Latest != "2026-10" {
		t.Errorf("desk formula %q, latest %s", c.Formula.Zh, c.Seen.Latest)
	}
	one := base
	Apply(&one, seen(base, 288))
	if one.Credit.Known || !hasNote(one, NoteTooFew, "只记录过 1 次") {
		t.Errorf("one record: known %v, notes %+v", one.Credit.Known, one.Notes)
	}
	split := base
	Apply(&split, seen(base, 288, 300, 288))
	if split.Credit.Known || !hasNote(split, NoteTooFew, "288 元 2 次、300 元 1 次") {
		t.Errorf("disagreeing: known %v, notes %+v", split.Credit.Known, split.Notes)
	}
	// Records of another band, status or place do not count.
	other := base
	Apply(&other, seen(resolve(t, "330100", book.Employee, book.Retired, 55), 288, 288))
	if other.Credit.Known {
		t.Error("records for another age band were used")
	}
}

// TestAgainstTheBook: records matching the book's figure say so; others
// warn that the figure may be out of date.
func TestAgainstTheBook(t *testing.T) {
	base := resolve(t, "110100", book.Employee, book.Retired, 72) // 北京: 107
	ok := base
	Apply(&ok, seen(base, 107, 107, 107))
	if !hasNote(ok, NoteAgrees, "本服务台记录的 3 次实际到账与此相符（最近 2026-11）") || ok.Credit.NetMonthly != book.Yuan(107) || ok.Credit.Confidence == book.Desk {
		t.Errorf("agreeing: %+v", ok.Notes)
	}
	differ := base
	Apply(&differ, seen(base, 107, 117))
	if !hasNote(differ, NoteDiffers, "117 元 1 次") || !hasNote(differ, NoteDiffers, "可能过时") || differ.Credit.Seen.Agreeing != 1 {
		t.Errorf("differing: %+v", differ.Notes)
	}
	// A yearly credit compares with the year's amount (宁波).
	nb := resolve(t, "330200", book.Employee, book.Retired, 72)
	Apply(&nb, seen(nb, nb.Credit.NetAnnual.Float(), nb.Credit.NetAnnual.Float()))
	if !hasNote(nb, NoteAgrees, "相符") {
		t.Errorf("Ningbo's yearly credit: %+v", nb.Notes)
	}
}

// TestFileKeepsOnlyTheFields: the file holds the place, insurance,
// status, band, amount, month, channel and day, and nothing else: not
// the exact age.
func TestFileKeepsOnlyTheFields(t *testing.T) {
	path := filepath.Join(t.TempDir(), "observations.toml")
	f := NewFile(path, testkit.Book(t), testkit.Now)
	a := resolve(t, "110100", book.Employee, book.Retired, 73)
	if err := f.Record(New(a, book.Yuan(107), Month{Year: 2026, Month: 11}, Alipay, testkit.Today)); err != nil {
		t.Fatal(err)
	}
	content, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", info.Mode().Perm())
	}
	allowed := map[string]bool{"place": true, "insurance": true, "status": true, "min_age": true, "max_age": true,
		"amount": true, "month": true, "channel": true, "day": true}
	for _, line := range strings.Split(string(content), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") || line == "[[observation]]" {
			continue
		}
		key, _, _ := strings.Cut(line, " = ")
		if !allowed[key] {
			t.Errorf("the file holds %q", line)
		}
		if strings.Contains(line, "73") {
			t.Errorf("the exact age reached the file: %q", line)
		}
	}
	got, err := f.All()
	if err != nil || len(got) != 1 || got[0].Band != (Band{70, 120}) || got[0].Amount != book.Yuan(107) || got[0].Channel != Alipay {
		t.Fatalf("read back %+v, %v", got, err)
	}
}

// TestConcurrentRecords: many sessions recording at once keep every
// record whole.
func TestConcurrentRecords(t *testing.T) {
	path := filepath.Join(t.TempDir(), "observations.toml")
	f := NewFile(path, testkit.Book(t), testkit.Now)
	a := resolve(t, "430100", book.Employee, book.Retired, 70)
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Separate File values, as separate processes would have.
			g := NewFile(path, testkit.Book(t), testkit.Now)
			if i%2 == 0 {
				g = f
			}
			if err := g.Record(New(a, book.Yuan(float64(70+i)), Month{Year: 2026, Month: 11}, "", testkit.Today)); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	got, err := NewFile(path, testkit.Book(t), testkit.Now).All()
	if err != nil || len(got) != 50 {
		t.Fatalf("%d records, %v", len(got), err)
	}
	amounts := map[book.Money]bool{}
	for _, o := range got {
		amounts[o.Amount] = true
	}
	if len(amounts) != 50 {
		t.Errorf("%d distinct amounts, want 50", len(amounts))
	}
}

// TestBadFiles: a broken or foreign file is reported with its line in both
// languages and nothing is added to it.
func TestBadFiles(t *testing.T) {
	dir := t.TempDir()
	a := resolve(t, "110100", book.Employee, book.Retired, 73)
	good := Format(New(a, book.Yuan(107), Month{Year: 2026, Month: 11}, App, testkit.Today))
	for name, c := range map[string]struct {
		content string
		line    int
		words   string
	}{
		"syntax":  {good + "amount = \n", 12, "TOML"},
		"foreign": {"[[rule]]\nid = \"x\"\n", 1, "未知的键"},
		"amount":  {strings.Replace(good, "amount = 107.00", "amount = -5", 1), 8, "大于 0"},
		"big":     {strings.Replace(good, "amount = 107.00", "amount = 1e9", 1), 8, "24000"},
		"cents":   {strings.Replace(good, "amount = 107.00", "amount = 107.123", 1), 8, "两位小数"},
		"month":   {strings.Replace(good, `month = "2026-11"`, `month = "2027-01"`, 1), 9, "还没到"},
		"mangled": {strings.Replace(good, `month = "2026-11"`, `month = "11/2026"`, 1), 9, "年-月"},
		"place":   {strings.Replace(good, `place = "110100"`, `place = "999999"`, 1), 3, "地区代码"},
		"text":    {strings.Replace(good, "amount = 107.00", `amount = "107元"`, 1), 8, "数字"},
	} {
		path := filepath.Join(dir, name+".toml")
		if err := os.WriteFile(path, []byte(c.content), 0o600); err != nil {
			t.Fatal(err)
		}
		f := NewFile(path, testkit.Book(t), testkit.Now)
		_, err := f.All()
		want := fmt.Sprintf("%s:%d", path, c.line)
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), c.words) || !strings.Contains(err.Error(), " / ") {
			t.Errorf("%s: %v; want %s and %q in both languages", name, err, want, c.words)
		}
		if err := f.Record(New(a, book.Yuan(107), Month{Year: 2026, Month: 11}, App, testkit.Today)); err == nil || !strings.Contains(err.Error(), "没有记录") {
			t.Errorf("%s: a record was added to a broken file (%v)", name, err)
		}
		if after, _ := os.ReadFile(path); string(after) != c.content {
			t.Errorf("%s: the broken file was changed", name)
		}
	}
	// A place that cannot be written gets a plain sentence.
	err := NewFile("/proc/nope/observations.toml", testkit.Book(t), testkit.Now).Record(New(a, book.Yuan(107), Month{Year: 2026, Month: 11}, App, testkit.Today))
	if err == nil || !strings.Contains(err.Error(), "找不到文件夹") || strings.Contains(err.Error(), "no such file") {
		t.Errorf("unwritable: %v", err)
	}
}

// TestParseInput: the amounts, months and channels people type.
func TestParseInput(t *testing.T) {
	for in, ok := range map[string]bool{"75": true, "75.5": true, "７５元": true, "0": false, "-3": false, "75.123": false, "24001": false, "abc": false} {
		if _, err := ParseAmount(in); (err == nil) != ok {
			t.Errorf("ParseAmount(%q): %v", in, err)
		}
	}
	for in, want := range map[string]string{"2026-11": "2026-11", "2026/3": "2026-03", "2026年11月": "2026-11", "2026.1": "2026-01"} {
		if m, err := ParseMonth(in, testkit.Today); err != nil || m.String() != want {
			t.Errorf("ParseMonth(%q) = %v, %v", in, m, err)
		}
	}
	for _, in := range []string{"2026-13", "2027-01", "1997-12", "11", "2026-"} {
		if _, err := ParseMonth(in, testkit.Today); err == nil {
			t.Errorf("ParseMonth(%q) taken", in)
		}
	}
	if m := LastMonth(book.Date{Year: 2027, Month: 1, Day: 5}); m.String() != "2026-12" {
		t.Errorf("last month of 2027-01 = %s", m)
	}
	for in, want := range map[string]Channel{"": "", "app": App, "2": Alipay, "微信": WeChat, "RECEIPT": Receipt} {
		if c, err := ParseChannel(in); err != nil || c != want {
			t.Errorf("ParseChannel(%q) = %q, %v", in, c, err)
		}
	}
	if _, err := ParseChannel("fax"); err == nil {
		t.Error("fax taken as a channel")
	}
}

// FuzzParse: any file gives records or one error, never a panic, and
// what it gives formats back to the same records.
func FuzzParse(f *testing.F) {
	b := testkit.Book(f)
	f.Add([]byte(Header + "\n[[observation]]\nplace = \"110100\"\ninsurance = \"employee\"\nstatus = \"retired\"\nmin_age = 70\nmax_age = 120\namount = 107.00\nmonth = \"2026-11\"\nday = 2026-12-01\n"))
	f.Add([]byte("[[observation]]\namount = [[[[[[[[]]]]]]]]\n"))
	f.Fuzz(func(t *testing.T, content []byte) {
		obs, err := Parse("f.toml", content, b, testkit.Today)
		if err != nil {
			return
		}
		var again strings.Builder
		for _, o := range obs {
			again.WriteString(Format(o))
		}
		back, err := Parse("g.toml", []byte(again.String()), b, testkit.Today)
		if err != nil || len(back) != len(obs) {
			t.Fatalf("formatted records do not read back: %v", err)
		}
		for i := range obs {
			if back[i] != obs[i] {
				t.Fatalf("record %d changed: %+v -> %+v", i, obs[i], back[i])
			}
		}
	})
}

// TestReviewAndRules: the review puts conflicts first; the rules of the
// agreed groups load as a correction file and give their figure.
func TestReviewAndRules(t *testing.T) {
	b := testkit.Book(t)
	hz := resolve(t, "330100", book.Employee, book.Retired, 72)
	bj := resolve(t, "110100", book.Employee, book.Retired, 72)
	obs := append(seen(hz, 288, 288), seen(bj, 107, 117)...)
	groups := Review(b, obs, testkit.Today)
	if len(groups) != 2 || groups[0].Place.Code != "110100" || !groups[0].Conflict() || groups[1].Conflict() || !groups[1].Agreed() {
		t.Fatalf("groups %+v", groups)
	}
	report := Report(groups)
	for _, want := range []string{"110100 北京市", "107 元 1 次、117 元 1 次", "不一致 / differs", "330100 杭州市", "没有数字 / no figure"} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q:\n%s", want, report)
		}
	}
	rules := Rules(groups)
	if strings.Contains(rules, "110100") || !strings.Contains(rules, `confidence = "desk"`) {
		t.Fatalf("rules:\n%s", rules)
	}
	withRules, err := load.WithFile(b, "desk.toml", []byte(rules))
	if err != nil {
		t.Fatalf("the rules do not load: %v\n%s", err, rules)
	}
	p, _ := withRules.Place("330100")
	a := advice.Resolve(withRules, p, advice.Profile{Insurance: book.Employee, Status: book.Retired, Age: 72, AgeKnown: true}, testkit.Today)
	if !a.Credit.Known || a.Credit.NetMonthly != book.Yuan(288) || a.Credit.Confidence != book.Desk {
		t.Errorf("with the rules 杭州 = %+v", a.Credit)
	}
	// Ages the desk did not see keep the book's answer.
	if a := advice.Resolve(withRules, p, advice.Profile{Insurance: book.Employee, Status: book.Retired, Age: 65, AgeKnown: true}, testkit.Today); a.Credit.Known {
		t.Errorf("a 65-year-old got the desk figure of 70 to 79: %+v", a.Credit)
	}
}

// TestSpecialFiles: a pipe or a device is refused, never opened.
func TestSpecialFiles(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe.toml")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	a := resolve(t, "110100", book.Employee, book.Retired, 73)
	for _, p := range []string{fifo, "/dev/zero"} {
		f := NewFile(p, testkit.Book(t), testkit.Now)
		if _, err := f.All(); err == nil || !strings.Contains(err.Error(), "不是普通文件") {
			t.Errorf("%s: All: %v", p, err)
		}
		if err := f.Record(New(a, book.Yuan(107), Month{Year: 2026, Month: 11}, App, testkit.Today)); err == nil || !strings.Contains(err.Error(), "不是普通文件") {
			t.Errorf("%s: Record: %v", p, err)
		}
	}
}

// BenchmarkRecord appends records to a file that already holds 2,000: the
// file is parsed once, not before every record.
func BenchmarkRecord(b *testing.B) {
	path := filepath.Join(b.TempDir(), "observations.toml")
	f := NewFile(path, testkit.Book(b), testkit.Now)
	p, _ := testkit.Book(b).Place("110100")
	a := advice.Resolve(testkit.Book(b), p, advice.Profile{Insurance: book.Employee, Status: book.Retired, Age: 72, AgeKnown: true}, testkit.Today)
	o := New(a, book.Yuan(107), Month{Year: 2026, Month: 11}, App, testkit.Today)
	for range 2000 {
		if err := f.Record(o); err != nil {
			b.Fatal(err)
		}
	}
	for b.Loop() {
		if err := f.Record(o); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDottedKeysRefused: a records file of a key with thousands of dotted
// parts is refused before decoding, at its line.
func TestDottedKeysRefused(t *testing.T) {
	text := Header + "\n" + strings.TrimSuffix(strings.Repeat("a.", 30000), ".") + " = 1\n"
	_, err := Parse("f.toml", []byte(text), nil, testkit.Today)
	if err == nil || !strings.Contains(err.Error(), "f.toml:5") || !strings.Contains(err.Error(), "dotted") {
		t.Fatalf("err = %v", err)
	}
}

// TestErrorsEscapeEveryField: a records file with control characters in
// any field, or in its own name, never puts them raw in the error.
func TestErrorsEscapeEveryField(t *testing.T) {
	const bad = `x\u001b]0;pwn\u0007\u009b31m\u202egnp\u2066`
	good := map[string]string{
		"place": `"110100"`, "insurance": `"employee"`, "status": `"retired"`,
		"month": `"2026-11"`, "channel": `"app"`,
	}
	for field := range good {
		var b strings.Builder
		b.WriteString("[[observation]]\n")
		for k, v := range good {
			if k == field {
				v = `"` + bad + `"`
			}
			fmt.Fprintf(&b, "%s = %s\n", k, v)
		}
		b.WriteString("min_age = 70\nmax_age = 120\namount = 107.0\nday = 2026-12-01\n")
		for _, name := range []string{"f.toml", "f\x1b[2J\a\u202e.toml"} {
			_, err := Parse(name, []byte(b.String()), testkit.Book(t), testkit.Today)
			if err == nil {
				t.Fatalf("%s: taken", field)
			}
			for _, r := range []string{"\x1b", "\a", "\u009b", "\u202e", "\u2066"} {
				if strings.Contains(err.Error(), r) {
					t.Errorf("%s: %q raw in %q", field, r, err.Error())
				}
			}
		}
	}
	// An unknown key.
	_, err := Parse("f.toml", []byte("\""+bad+"\" = 1\n"), nil, testkit.Today)
	if err == nil || strings.ContainsAny(err.Error(), "\x1b\a\u009b\u202e") {
		t.Errorf("unknown key: %q", err)
	}
}
