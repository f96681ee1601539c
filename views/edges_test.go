package views

import (
	"strings"
	"testing"
	"unicode"

	"yibao/data/advice"
	"yibao/data/book"
	"yibao/data/lang"
	"yibao/internal/testkit"
	"yibao/model"
	"yibao/views/plain"
)

// TestSourceLabelsKeepApart: on the source page every label keeps at least
// one space before its text (never "Published byBeijing"), for every place
// in both languages.
func TestSourceLabelsKeepApart(t *testing.T) {
	b := testkit.Book(t)
	st := NewStyles(false, Dark())
	for _, p := range b.All() {
		a := advice.Resolve(b, p, advice.Profile{Insurance: book.Employee, Status: book.Retired, Age: 72, AgeKnown: true}, testkit.Today)
		for _, l := range []lang.Lang{lang.ZH, lang.EN} {
			s := model.State{Lang: l, Visit: model.Visit{Screen: model.ScreenSource, Reading: model.Reading{Advice: &a}}}
			for _, line := range sourceScreen(s, st, 80) {
				rest, ok := strings.CutPrefix(line, st.Label.on)
				if !ok {
					continue
				}
				label, after, _ := strings.Cut(rest, st.Label.off)
				if after != "" && !strings.HasSuffix(label, " ") {
					t.Fatalf("%s %s: the label runs into its text: %q", p.Name, l, plain.Cut(line, 100))
				}
			}
		}
	}
}

// TestTooSmallKeepsTheWidthWhole: the message asking for a larger window
// never parts "至少 40 列" (or "at least 40 columns") across lines, in any
// width where it fits on one with the marks that may not leave it (the
// bracket before it, the comma after it).
func TestTooSmallKeepsTheWidthWhole(t *testing.T) {
	for _, l := range []lang.Lang{lang.ZH, lang.EN} {
		least := lang.F("至少 %d 列", "at least %d columns", model.MinWidth).In(l)
		msg := strings.Join(tooSmall(l, 200, model.MinHeight), "")
		at := strings.Index(msg, least)
		if at < 0 {
			t.Fatalf("%s: the message does not say %q: %s", l, least, msg)
		}
		before, after := []rune(msg[:at]), []rune(msg[at+len(least):])
		need := plain.Width(least)
		if n := len(before); n > 0 && unicode.IsPunct(before[n-1]) {
			need += plain.RuneWidth(before[n-1])
		}
		if len(after) > 0 && unicode.IsPunct(after[0]) {
			need += plain.RuneWidth(after[0])
		}
		for w := 2; w < model.MinWidth; w++ {
			lines := tooSmall(l, w, model.MinHeight)
			if need > w-1 {
				continue
			}
			whole := false
			for _, line := range lines {
				if plain.Width(line) > w {
					t.Errorf("%s at %d columns: %q is wider than the window", l, w, line)
				}
				whole = whole || strings.Contains(line, least)
			}
			if !whole {
				t.Errorf("%s at %d columns: %q parts:\n%s", l, w, least, strings.Join(lines, "\n"))
			}
		}
	}
}
