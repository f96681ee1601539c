// Package lazy compiles regular expressions the first time they are used
// rather than when the program starts: a one-shot command that never
// checks a book file should not pay for the patterns that check it.
package lazy

import (
	"regexp"
	"sync"
)

// Regexp returns a function giving expr compiled, compiling it once, on
// the first call. expr must be valid, as for regexp.MustCompile.
func Regexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
