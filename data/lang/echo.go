package lang

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// echoRunes is how much of a person's text a message repeats.
const echoRunes = 20

// Echo makes text a person typed safe to repeat inside a message: it stays
// on one line, control characters (escape sequences, line breaks, C1
// controls) are written as \x1b, \n and the like instead of being sent to
// the terminal, and a flood is cut to its first few characters.
func Echo(s string) string { return clean(s, echoRunes) }

// EchoUpTo is Echo with its own cut: at most n runes.
func EchoUpTo(s string, n int) string { return clean(s, n) }

// Clean is Echo without the cut: for a file name or a path, which must be
// given whole.
func Clean(s string) string { return clean(s, -1) }

func clean(s string, most int) string {
	var b strings.Builder
	n := 0
	for i, r := range s {
		if n == most {
			b.WriteString("...")
			break
		}
		n++
		switch {
		case r == utf8.RuneError && !validAt(s, i):
			b.WriteString(`\x` + strconv.FormatUint(uint64(s[i]), 16))
		case unicode.IsControl(r) || r == 0x2028 || r == 0x2029:
			q := strconv.QuoteRuneToASCII(r)
			b.WriteString(q[1 : len(q)-1])
		case !unicode.IsPrint(r) && r != ' ':
			q := strconv.QuoteRuneToASCII(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// validAt reports whether the rune at byte i really is U+FFFD rather than
// a broken byte.
func validAt(s string, i int) bool {
	r, size := utf8.DecodeRuneInString(s[i:])
	return r == utf8.RuneError && size == 3
}
