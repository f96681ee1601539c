// Package answers reads what a person answers: the insurance type, the
// retirement status, an age or birth year, a contribution base, an amount
// of yuan and a month, typed in halfwidth or fullwidth, Chinese or English.
// Bad input gets one plain sentence in both languages.
package answers

import (
	"strings"

	"golang.org/x/text/width"
)

// Fold turns fullwidth letters, digits and punctuation (from a Chinese
// input method) into their ASCII forms, the ideographic space into a
// space, and trims spaces. Chinese characters are left as they are.
func Fold(s string) string {
	return strings.TrimSpace(width.Fold.String(s))
}
