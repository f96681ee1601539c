package plain

import (
	"strings"
	"unicode"
	"unicode/utf8"

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

// noLineStart reports whether a line should not begin with r: a closing
// mark or punctuation.
func noLineStart(r rune) bool {
	switch r {
	case '，', '。', '、', '；', '：', '？', '！', '）', '」', '』', '》', '〉', '】', '〕', '］', '｝', '”', '’',
		',', '.', ';', ':', '?', '!', ')', ']', '}', '%':
		return true
	}
	return false
}

// noLineEnd reports whether a line should not end with r: an opening mark.
func noLineEnd(r rune) bool {
	switch r {
	case '（', '「', '『', '《', '〈', '【', '〔', '［', '｛', '“', '‘', '(', '[', '{':
		return true
	}
	return false
}

// units follow a number on the same line: 66 岁, 107 元/月, 75 yuan.
var units = []string{"岁", "元", "年", "月", "日", "号", "个", "次", "步", "%", "yuan", "years", "year"}

// Wrap breaks plain text into lines of at most w cells: between Chinese
// characters, between Latin words at spaces, never with a closing mark at
// the start of a line or an opening one at its end, never between a
// number and its unit, never inside a bracketed marker (【推荐先用】) or a
// document number (渝人社发〔2015〕188号); a word wider than the line is
// cut by force.
func Wrap(s string, w int) []string {
	w = max(w, 2)
	if fits(s, w) {
		// One line that fits, as the rules below would leave it: most
		// lines on a screen are such, and cutting them costs a frame.
		return []string{strings.TrimRight(s, " ")}
	}
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		lines = append(lines, fill(para, atoms(para, w), w)...)
	}
	return lines
}

// fits reports whether s is one paragraph of at most w cells, measured as
// its atoms are.
func fits(s string, w int) bool {
	n := 0
	for _, r := range s {
		if r == '\n' {
			return false
		}
		if n += RuneWidth(r); n > w {
			return false
		}
	}
	return true
}

// atom is text that stays on one line: the bytes from:to of its
// paragraph, so that cutting and gluing copy nothing.
type atom struct {
	from, to int32
	width    int32
	space    bool
}

// atoms cuts a paragraph into what may not be broken: Latin words,
// single Chinese characters, spaces, and the glued runs the rules ask for.
func atoms(p string, w int) []atom {
	raw := make([]atom, 0, len(p)/3+1)
	word, ww := int32(-1), int32(0)
	flush := func(at int32) {
		if word >= 0 {
			raw = append(raw, atom{from: word, to: at, width: ww})
			word, ww = -1, 0
		}
	}
	for i, r := range p {
		at := int32(i)
		switch {
		case r == ' ':
			flush(at)
			raw = append(raw, atom{from: at, to: at + 1, width: 1, space: true})
		case wide(r):
			flush(at)
			raw = append(raw, atom{from: at, to: at + int32(utf8.RuneLen(r)), width: int32(RuneWidth(r))})
		default:
			if word < 0 {
				word = at
			}
			ww += int32(RuneWidth(r))
		}
	}
	flush(int32(len(p)))
	if hasLetter(p) {
		raw = glueNames(p, raw) // without a Latin letter it would change nothing
	}
	text := func(a atom) string { return p[a.from:a.to] }
	// The glued atoms are written over the raw ones: out never grows past
	// the raw atom being read.
	out := raw[:0]
	for i := 0; i < len(raw); i++ {
		a := raw[i]
		if n, end := docNumber(p, out, raw, i); end > i {
			if g := glue(append(out[len(out)-n:], glue(raw[i:end+1]...))...); int(g.width) <= w {
				out = append(out[:len(out)-n], g)
				i = end
				continue
			}
		}
		if end := closingBracket(p, raw, i); end > i {
			if g := glue(raw[i : end+1]...); int(g.width) <= w {
				a, i = g, end
			}
		}
		last := len(out) - 1
		joined := last >= 0 && !a.space && !out[last].space
		switch {
		case text(a) == "/" && joined && i+1 < len(raw) && !raw[i+1].space:
			// 元/月: a slash between two words holds them together
			out[last] = glue(out[last], a, raw[i+1])
			i++
		case joined && startsWith(text(a), noLineStart),
			joined && endsWith(text(out[last]), noLineEnd),
			joined && endsWithDigit(text(out[last])) && isUnit(text(a)):
			out[last] = glue(out[last], a)
		case a.space && last >= 0 && i+1 < len(raw) && endsWithDigit(text(out[last])) && isUnit(text(raw[i+1])):
			out[last] = glue(out[last], a, raw[i+1])
			i++
		default:
			out = append(out, a)
		}
	}
	return out
}

// glueNames keeps a short run of Chinese characters whole where it stands
// in Latin text, as a name does ("e.g. 长沙, changsha"), and the word
// "age" with its number ("age 45"). Chinese text itself breaks between any
// two characters.
func glueNames(p string, raw []atom) []atom {
	latin := func(a atom) bool { return a.space || p[a.from] < 0x80 }
	out := make([]atom, 0, len(raw))
	for i := 0; i < len(raw); i++ {
		a := raw[i]
		if !latin(a) && (i == 0 || latin(raw[i-1])) {
			j := i
			for j+1 < len(raw) && !latin(raw[j+1]) && wideRune(p, raw[j+1]) {
				j++
			}
			if n := j - i + 1; n > 1 && n <= 6 && wideRune(p, a) && (j+1 == len(raw) || latin(raw[j+1])) && afterWord(p, raw, i) {
				a = glue(raw[i : j+1]...)
				i = j
			}
		}
		if p[a.from:a.to] == "age" && i+2 < len(raw) && raw[i+1].space && isDigit(p[raw[i+2].from]) {
			a = glue(raw[i : i+3]...)
			i += 2
		}
		out = append(out, a)
	}
	return out
}

// hasLetter reports whether p has a Latin letter.
func hasLetter(p string) bool {
	for i := 0; i < len(p); i++ {
		if c := p[i] | 0x20; c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}

// afterWord reports whether the atom before i, past spaces, is a Latin
// word (not a number: "66 岁" is Chinese text).
func afterWord(p string, raw []atom, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if raw[j].space {
			continue
		}
		for _, c := range []byte(p[raw[j].from:raw[j].to]) {
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
				return true
			}
		}
		return false
	}
	return false
}

// wideRune reports whether an atom is a Chinese character (not a mark).
func wideRune(p string, a atom) bool {
	r, _ := utf8.DecodeRuneInString(p[a.from:a.to])
	return unicode.Is(unicode.Han, r)
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// closingBracket finds the mark that closes a bracket opened at i, for the
// groups kept on one line: a 【marker】 (up to 12 atoms), a quoted name
// such as 「地方专区」 (up to 10) or a short （aside） such as （备用） (up
// to 3); -1 for none.
func closingBracket(p string, raw []atom, i int) int {
	var closing string
	span := 0
	switch p[raw[i].from:raw[i].to] {
	case "【":
		closing, span = "】", 12
	case "「":
		closing, span = "」", 10 // a menu or account name to look for: 「地方专区」
	case "（":
		closing, span = "）", 3
	default:
		return -1
	}
	for j := i + 1; j < len(raw) && j <= i+span; j++ {
		if p[raw[j].from:raw[j].to] == closing {
			return j
		}
	}
	return -1
}

// docNumber finds a document number whose year bracket opens at i
// (渝人社发〔2015〕188号), to be kept on one line: how many Chinese
// characters before it (the issuer's short name, up to 4) are already in
// out, and the index of the last atom (号); -1 for none.
func docNumber(p string, out, raw []atom, i int) (n, end int) {
	text := func(a atom) string { return p[a.from:a.to] }
	if text(raw[i]) != "〔" || i+4 >= len(raw) || !isDigit(p[raw[i+1].from]) || text(raw[i+2]) != "〕" ||
		!isDigit(p[raw[i+3].from]) || text(raw[i+4]) != "号" {
		return 0, -1
	}
	for n < 4 && n < len(out) && !out[len(out)-1-n].space && wideRune(p, out[len(out)-1-n]) &&
		utf8.RuneCountInString(text(out[len(out)-1-n])) == 1 {
		n++
	}
	return n, i + 4
}

// glue joins adjacent atoms into one, their widths added.
func glue(as ...atom) atom {
	g := atom{from: as[0].from, to: as[len(as)-1].to}
	for _, a := range as {
		g.width += a.width
	}
	return g
}

// fill fills lines with atoms, dropping spaces at the breaks.
func fill(p string, as []atom, w int) []string {
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
		if lw+int(a.width) > w && lw > 0 {
			flush()
			if a.space {
				continue
			}
		}
		if int(a.width) > w {
			// Cut by force, carrying the last character along rather than
			// starting a line with a closing mark.
			cur := []rune(line.String())
			for _, r := range p[a.from:a.to] {
				if rw := RuneWidth(r); lw+rw > w && lw > 0 {
					carry := 0
					if noLineStart(r) && len(cur) > 1 {
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
		line.WriteString(p[a.from:a.to])
		lw += int(a.width)
	}
	if line.Len() > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}

func startsWith(s string, in func(rune) bool) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n > 0 && in(r)
}

func endsWith(s string, in func(rune) bool) bool {
	r, n := utf8.DecodeLastRuneInString(s)
	return n > 0 && in(r)
}

func endsWithDigit(s string) bool { return s != "" && s[len(s)-1] >= '0' && s[len(s)-1] <= '9' }

func isUnit(s string) bool {
	if r, _ := utf8.DecodeRuneInString(s); r < 0x4E00 && r != '%' && r != 'y' {
		return false // no unit starts so
	}
	for _, u := range units {
		if rest, ok := strings.CutPrefix(s, u); ok {
			if r, _ := utf8.DecodeRuneInString(rest); rest == "" || !unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}

// wide reports whether r is a wide (CJK) character, after which a line
// may break.
func wide(r rune) bool {
	return r >= 0x1100 && (RuneWidth(r) == 2 || unicode.Is(unicode.Han, r))
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
