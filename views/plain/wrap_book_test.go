package plain

import (
	"strings"
	"testing"
	"unicode"

	"yibao/data/book"
	"yibao/data/lang"
	"yibao/internal/testkit"
)

// TestWrapBookTexts wraps every text of the book at every width from 30 to
// 80: no line starts with a closing mark (〕 , 。 ) …), and no Latin word or
// number that fits on a line is cut (国办发〔2021〕14号, 2021-12-30, 163.com).
func TestWrapBookTexts(t *testing.T) {
	b := testkit.Book(t)
	var texts []lang.Text
	add := func(ts ...lang.Text) { texts = append(texts, ts...) }
	src := func(s book.Source) { add(s.Title, s.Publisher, s.SeenVia, lang.T(s.URL, s.URL)) }
	for _, g := range b.Guides() {
		add(g.Title, g.Summary)
		add(g.Points...)
		add(g.Steps...)
		for _, s := range g.Sources {
			src(s)
		}
	}
	for _, r := range b.Rules() {
		add(r.Note, r.Caveat, r.Credited)
		src(r.Source)
	}
	for _, n := range b.Notes() {
		add(n.Text)
	}
	for _, c := range b.Channels() {
		add(c.Name, c.Suits, c.Note)
		add(c.Steps...)
	}
	word := func(r rune) bool { return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }
	// runLen is the length of the run of word characters and . - / : around i.
	runLen := func(rs []rune, i int) int {
		in := func(r rune) bool { return word(r) || strings.ContainsRune(".-/:", r) }
		a, z := i, i
		for a > 0 && in(rs[a-1]) {
			a--
		}
		for z < len(rs) && in(rs[z]) {
			z++
		}
		return z - a
	}
	for _, x := range texts {
		for _, s := range []string{x.Zh, x.En} {
			rs := []rune(s)
			for w := 30; w <= 80; w++ {
				lines := Wrap(s, w)
				pos := 0 // index in rs of the start of the current line
				for i, l := range lines {
					lr := []rune(l)
					for pos < len(rs) && rs[pos] == ' ' {
						pos++
					}
					if i > 0 && len(lr) > 0 {
						if noLineStart(lr[0]) {
							t.Fatalf("w=%d: line starts with %q:\n%s", w, lr[0], strings.Join(lines, "\n"))
						}
						if pos > 0 && word(rs[pos-1]) && word(rs[pos]) && runLen(rs, pos) < w-4 {
							t.Fatalf("w=%d: %q cut:\n%s", w, string(rs[max(0, pos-10):min(len(rs), pos+10)]), strings.Join(lines, "\n"))
						}
					}
					pos += len(lr)
				}
			}
		}
	}
}
