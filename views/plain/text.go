package plain

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// Width measures a plain or styled string in terminal cells.
func Width(s string) int { return ansi.StringWidth(s) }

// RuneWidth measures one rune in cells: a fast path for ASCII and the
// wide East Asian blocks our text uses, the width library otherwise.
func RuneWidth(r rune) int {
	switch {
	case r >= 0x20 && r < 0x7F:
		return 1
	case r >= 0x4E00 && r <= 0x9FFF, // CJK unified ideographs
		r >= 0x3000 && r <= 0x303E, // CJK symbols and punctuation
		r >= 0xFF01 && r <= 0xFF60, // fullwidth forms
		r >= 0xFFE0 && r <= 0xFFE6:
		return 2
	}
	return ansi.StringWidth(string(r))
}

// Characters a line should not begin with, and those it should not end with.
const (
	noLineStart = "，。、；：？！）」』》〉】〕］｝”’,.;:?!)]}%"
	noLineEnd   = "（「『《〈【〔［｛“‘([{"
)

// units follow a number on the same line: 66 岁, 107 元/月, 75 yuan.
var units = []string{"岁", "元", "年", "月", "日", "号", "个", "次", "步", "%", "yuan", "years", "year"}

// Wrap breaks plain text into lines of at most w cells: between Chinese
// characters, between Latin words at spaces, never with a closing mark at
// the start of a line or an opening one at its end, never between a
// number and its unit, never inside a bracketed marker (【推荐先用】); a
// word wider than the line is cut by force.
func Wrap(s string, w int) []string {
	w = max(w, 2)
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		lines = append(lines, fill(atoms(para, w), w)...)
	}
	return lines
}

// atom is text that stays on one line.
type atom struct {
	text  string
	width int
	space bool
}

// atoms cuts a paragraph into what may not be broken: Latin words,
// single Chinese characters, spaces, and the glued runs the rules ask for.
func atoms(p string, w int) []atom {
	var raw []atom
	var word strings.Builder
	flush := func() {
		if word.Len() > 0 {
			raw = append(raw, atom{text: word.String(), width: Width(word.String())})
			word.Reset()
		}
	}
	for _, r := range p {
		switch {
		case r == ' ':
			flush()
			raw = append(raw, atom{text: " ", width: 1, space: true})
		case wide(r):
			flush()
			raw = append(raw, atom{text: string(r), width: RuneWidth(r)})
		default:
			word.WriteRune(r)
		}
	}
	flush()
	var out []atom
	for i := 0; i < len(raw); i++ {
		a := raw[i]
		if end := closingBracket(raw, i); end > i {
			if g := glue(raw[i : end+1]); g.width <= w {
				a, i = g, end
			}
		}
		switch {
		case a.text == "/" && len(out) > 0 && !out[len(out)-1].space && i+1 < len(raw) && !raw[i+1].space:
			// 元/月: a slash between two words holds them together
			out[len(out)-1] = glue([]atom{out[len(out)-1], a, raw[i+1]})
			i++
			continue
		case len(out) > 0 && !a.space && !out[len(out)-1].space && startsWith(a.text, noLineStart):
			out[len(out)-1] = glue([]atom{out[len(out)-1], a})
			continue
		case len(out) > 0 && !a.space && !out[len(out)-1].space && endsWith(out[len(out)-1].text, noLineEnd):
			out[len(out)-1] = glue([]atom{out[len(out)-1], a})
			continue
		case len(out) > 0 && !a.space && isUnit(a.text) && endsWithDigit(out[len(out)-1].text):
			out[len(out)-1] = glue([]atom{out[len(out)-1], a})
			continue
		case a.space && i+1 < len(raw) && isUnit(raw[i+1].text) && len(out) > 0 && endsWithDigit(out[len(out)-1].text):
			out[len(out)-1] = glue([]atom{out[len(out)-1], a, raw[i+1]})
			i++
			continue
		}
		out = append(out, a)
	}
	return out
}

// closingBracket finds the 】 that closes a 【 at i, or -1.
func closingBracket(raw []atom, i int) int {
	if raw[i].text != "【" {
		return -1
	}
	for j := i + 1; j < len(raw) && j < i+12; j++ {
		if raw[j].text == "】" {
			return j
		}
	}
	return -1
}

func glue(as []atom) atom {
	var b strings.Builder
	n := 0
	for _, a := range as {
		b.WriteString(a.text)
		n += a.width
	}
	return atom{text: b.String(), width: n}
}

// fill fills lines with atoms, dropping spaces at the breaks.
func fill(as []atom, w int) []string {
	var lines []string
	var line strings.Builder
	lw := 0
	flush := func() {
		lines = append(lines, strings.TrimRight(line.String(), " "))
		line.Reset()
		lw = 0
	}
	for _, a := range as {
		if a.space && lw == 0 && len(lines) > 0 {
			continue // no line starts with the space of a break
		}
		if lw+a.width > w && lw > 0 {
			flush()
			if a.space {
				continue
			}
		}
		if a.width > w {
			// Cut by force, carrying the last character along rather than
			// starting a line with a closing mark.
			cur := []rune(line.String())
			for _, r := range a.text {
				if rw := RuneWidth(r); lw+rw > w && lw > 0 {
					carry := 0
					if strings.ContainsRune(noLineStart, r) && len(cur) > 1 {
						carry = 1
					}
					lines = append(lines, strings.TrimRight(string(cur[:len(cur)-carry]), " "))
					cur = cur[len(cur)-carry:]
					lw = 0
					for _, c := range cur {
						lw += RuneWidth(c)
					}
				}
				cur = append(cur, r)
				lw += RuneWidth(r)
			}
			line.Reset()
			line.WriteString(string(cur))
			continue
		}
		line.WriteString(a.text)
		lw += a.width
	}
	if line.Len() > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}

func startsWith(s, set string) bool {
	for _, r := range s {
		return strings.ContainsRune(set, r)
	}
	return false
}

func endsWith(s, set string) bool {
	rs := []rune(s)
	return len(rs) > 0 && strings.ContainsRune(set, rs[len(rs)-1])
}

func endsWithDigit(s string) bool { return s != "" && s[len(s)-1] >= '0' && s[len(s)-1] <= '9' }

func isUnit(s string) bool {
	for _, u := range units {
		if s == u || strings.HasPrefix(s, u) && !unicode.IsLetter([]rune(s[len(u):] + " ")[0]) {
			return true
		}
	}
	return false
}

// wide reports whether r is a wide (CJK) character, after which a line
// may break.
func wide(r rune) bool {
	return r >= 0x1100 && (unicode.Is(unicode.Han, r) || RuneWidth(r) == 2)
}

// Indent wraps text at width w with a first-line prefix and the same
// width of spaces before each following line.
func Indent(prefix, s string, w int) []string {
	pw := Width(prefix)
	body := Wrap(s, max(w-pw, 8))
	pad := strings.Repeat(" ", pw)
	for i := range body {
		if i == 0 {
			body[i] = prefix + body[i]
		} else {
			body[i] = pad + body[i]
		}
	}
	return body
}

// Pad fills s with spaces to w cells.
func Pad(s string, w int) string {
	if n := w - Width(s); n > 0 {
		return s + strings.Repeat(" ", n)
	}
	return s
}

// Cut shortens plain text to at most n cells.
func Cut(s string, n int) string {
	if Width(s) <= n {
		return s
	}
	var b strings.Builder
	w := 0
	for _, r := range s {
		rw := RuneWidth(r)
		if w+rw > n {
			break
		}
		b.WriteRune(r)
		w += rw
	}
	return b.String()
}
