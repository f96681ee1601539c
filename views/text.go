package views

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// width measures a plain or styled string in terminal cells.
func width(s string) int { return ansi.StringWidth(s) }

// runeWidth measures one rune in cells: a fast path for ASCII and the
// wide East Asian blocks our text uses, the width library otherwise.
func runeWidth(r rune) int {
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

// wrap breaks plain text into lines of at most w cells: between Chinese
// characters anywhere, between Latin words at spaces, a long word by force,
// and never with a closing punctuation mark at the start of a line.
func wrap(s string, w int) []string {
	if w < 2 {
		w = 2
	}
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		lines = append(lines, wrapLine(para, w)...)
	}
	return lines
}

func wrapLine(s string, w int) []string {
	var (
		lines []string
		line  []rune
		lw    int
	)
	flush := func(n int) {
		lines = append(lines, strings.TrimRight(string(line[:n]), " "))
		rest := line[n:]
		for len(rest) > 0 && rest[0] == ' ' {
			rest = rest[1:]
		}
		line = append([]rune(nil), rest...)
		lw = 0
		for _, r := range line {
			lw += runeWidth(r)
		}
	}
	for _, r := range s {
		rw := runeWidth(r)
		if lw+rw > w && len(line) > 0 {
			cut := len(line)
			switch {
			case r == ' ':
				// break at this space
			case strings.ContainsRune(noLineStart, r) && len(line) > 1:
				// carry the last character along, and more while the
				// carried text would still start with a closing mark
				cut = len(line) - 1
				for cut > 1 && strings.ContainsRune(noLineStart, line[cut]) {
					cut--
				}
				// a Latin word or a number goes along whole
				if !wide(line[cut]) {
					if p := breakAt(line, cut); p > 0 {
						cut = p
					}
				}
			case !wide(line[len(line)-1]) && !wide(r):
				if p := breakAt(line, cut); p > 0 {
					cut = p
				}
			}
			for cut > 1 && cut <= len(line) && strings.ContainsRune(noLineEnd, line[cut-1]) {
				cut--
			}
			flush(cut)
			if r == ' ' {
				continue
			}
			if lw+rw > w && len(line) > 1 {
				// what was carried along does not fit with r: the width
				// comes first, carry the last character only
				flush(len(line) - 1)
			}
		}
		line = append(line, r)
		lw += rw
	}
	if len(line) > 0 || len(lines) == 0 {
		lines = append(lines, strings.TrimRight(string(line), " "))
	}
	return lines
}

// breakAt is the last place at or before end where the line may break:
// after a space or a wide character; 0 when there is none.
func breakAt(line []rune, end int) int {
	for p := end; p > 0; p-- {
		if r := line[p-1]; r == ' ' || wide(r) {
			if strings.TrimSpace(string(line[:p])) == "" {
				return 0 // nothing but spaces before it
			}
			return p
		}
	}
	return 0
}

// wide reports whether r is a wide (CJK) character, after which a line
// may break.
func wide(r rune) bool {
	return r >= 0x1100 && (unicode.Is(unicode.Han, r) || runeWidth(r) == 2)
}

// indent wraps text at width w with a first-line prefix and the same
// width of spaces before each following line.
func indent(prefix, s string, w int) []string {
	pw := width(prefix)
	body := wrap(s, max(w-pw, 8))
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

// pad fills s with spaces to w cells.
func pad(s string, w int) string {
	if n := w - width(s); n > 0 {
		return s + strings.Repeat(" ", n)
	}
	return s
}

// tr picks the text for a language.
func tr(en bool, zh, english string) string {
	if en {
		return english
	}
	return zh
}
