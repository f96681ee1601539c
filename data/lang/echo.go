package lang

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// echoRunes is how much of a person's text a message repeats.
const echoRunes = 20

// cleanRunes is the longest path or name a message gives whole; a longer
// one keeps its start and its end (where the file's name is).
const cleanRunes = 120

// Echo makes text a person typed safe to repeat inside a message: it stays
// on one line, control characters (escape sequences, line breaks, C1
// controls, bidirectional controls) are written as \x1b, \n, \u202e and
// the like instead of being sent to the terminal, and a flood is cut to
// its first few characters, marked with … once.
func Echo(s string) string { return EchoUpTo(s, echoRunes) }

// EchoUpTo is Echo with its own cut: at most n runes, then ….
func EchoUpTo(s string, n int) string {
	head, cut := headOf(s, n)
	if !cut {
		return Escape(s)
	}
	return Escape(head) + "…"
}

// Clean is Echo for a file name or a path: up to cleanRunes runes it is
// given whole; a longer one keeps its start and its end with … between.
func Clean(s string) string {
	n := utf8.RuneCountInString(s)
	if n <= cleanRunes {
		return Escape(s)
	}
	head, _ := headOf(s, cleanRunes/3)
	tail := s
	for skip := n - (cleanRunes - cleanRunes/3); skip > 0; skip-- {
		_, size := utf8.DecodeRuneInString(tail)
		tail = tail[size:]
	}
	return Escape(head) + "…" + Escape(tail)
}

// CleanLines escapes each line of a text block (a summary that repeats
// names from files), keeping its line breaks.
func CleanLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = Escape(l)
	}
	return strings.Join(lines, "\n")
}

// HasControl reports whether s holds a character Escape would write out:
// one that would drive or garble a terminal rather than be shown.
func HasControl(s string) bool { return Escape(s) != s }

// headOf is s cut to its first n runes, and whether anything was cut.
func headOf(s string, n int) (string, bool) {
	i := 0
	for j := range s {
		if i == n {
			return s[:j], true
		}
		i++
	}
	return s, false
}

// Escape writes every control, format or invalid character of s as an
// escape (\x1b, \n, \u202e, \xff), leaving the rest as it is; nothing is
// cut. Its result is printable on one line.
func Escape(s string) string {
	safe := true
	for i, r := range s {
		if !printable(s, i, r) {
			safe = false
			break
		}
	}
	if safe {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		switch {
		case printable(s, i, r):
			b.WriteRune(r)
		case r == utf8.RuneError:
			b.WriteString(`\x` + strconv.FormatUint(uint64(s[i]), 16))
		default:
			q := strconv.QuoteRuneToASCII(r)
			b.WriteString(q[1 : len(q)-1])
		}
	}
	return b.String()
}

// printable reports whether the rune at byte i is shown as itself: a
// printable character or a space, and not a broken byte.
func printable(s string, i int, r rune) bool {
	switch {
	case r == utf8.RuneError:
		return validAt(s, i)
	case r == ' ':
		return true
	case unicode.IsControl(r), r == 0x2028, r == 0x2029:
		return false
	}
	return unicode.IsPrint(r)
}

// validAt reports whether the rune at byte i really is U+FFFD rather than
// a broken byte.
func validAt(s string, i int) bool {
	r, size := utf8.DecodeRuneInString(s[i:])
	return r == utf8.RuneError && size == 3
}
