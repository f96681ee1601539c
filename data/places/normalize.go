// Package places finds the insured place a person names: by hanzi, full
// pinyin, initials, six-digit code or telephone area code, the name of a
// provincial-level unit, or a district or county, which resolves to its
// pooling place ("海淀区 属于 北京市").
package places

import (
	"strings"
	"unicode"

	"yibao/data/answers"
)

// MaxQuery is the longest normalised query searched, in runes: longer than
// any place's name, code or pinyin.
const MaxQuery = 40

// Normalize prepares a query: fullwidth forms become ASCII, letters become
// lower case, ü becomes v, traditional characters simplified ones, and
// spaces, apostrophes, hyphens and dots are dropped.
func Normalize(q string) string {
	q = answers.Fold(q)
	var b strings.Builder
	b.Grow(len(q))
	for _, r := range q {
		switch r {
		case ' ', '\t', '\n', '\r', '\'', '’', '‘', '`', '-', '·', '.', '_':
			continue
		case 'ü', 'Ü':
			r = 'v'
		}
		if !unicode.IsPrint(r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return simplify(strings.ReplaceAll(b.String(), "u:", "v"))
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
