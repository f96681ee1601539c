// Package field is the one-line text field of the advisor's questions.
package field

import (
	"strings"
	"unicode"
)

// Field is a one-line text field. It is ours rather than bubbles'
// textinput because a desk needs less and must avoid more: no blinking
// cursor (blinks keep an idle SSH session alive), no clipboard access on
// the server, and a cursor column measured in cells so that the Chinese
// input method's candidate window sits where the text goes.
type Field struct {
	runes  []rune
	cursor int // insertion point, in runes
	Limit  int // most runes accepted; 0 means no limit
	// Digits keeps only digits (halfwidth or fullwidth) as they are
	// typed or pasted: a letter in an age is dropped, not refused later.
	Digits bool
}

// Value returns the text.
func (f Field) Value() string { return string(f.runes) }

// Empty reports whether the field holds no text.
func (f Field) Empty() bool { return len(f.runes) == 0 }

// Cursor returns the insertion point in runes.
func (f Field) Cursor() int { return f.cursor }

// Before returns the text before the insertion point.
func (f Field) Before() string { return string(f.runes[:f.cursor]) }

// SetValue replaces the text and puts the cursor at the end.
func (f *Field) SetValue(s string) {
	f.runes = nil
	f.cursor = 0
	f.Insert(s)
}

// Full reports whether the field holds as much as it accepts.
func (f Field) Full() bool { return f.Limit > 0 && len(f.runes) >= f.Limit }

// Insert types text at the cursor and reports whether anything went in.
// Control characters and line breaks (from a paste) are dropped; tabs
// become spaces; what goes beyond the limit is dropped without being
// looked at.
func (f *Field) Insert(s string) bool {
	changed := false
	for _, r := range s {
		if f.Full() {
			break
		}
		switch {
		case r == '\t':
			r = ' '
		case r == '\n' || r == '\r' || unicode.IsControl(r) || !unicode.IsPrint(r):
			continue
		case f.Digits && !unicode.IsDigit(r):
			continue
		}
		f.runes = append(f.runes, 0)
		copy(f.runes[f.cursor+1:], f.runes[f.cursor:])
		f.runes[f.cursor] = r
		f.cursor++
		changed = true
	}
	return changed
}

// Backspace deletes the rune before the cursor and reports whether there
// was one.
func (f *Field) Backspace() bool {
	if f.cursor == 0 {
		return false
	}
	f.runes = append(f.runes[:f.cursor-1], f.runes[f.cursor:]...)
	f.cursor--
	return true
}

// Delete deletes the rune under the cursor and reports whether there was one.
func (f *Field) Delete() bool {
	if f.cursor >= len(f.runes) {
		return false
	}
	f.runes = append(f.runes[:f.cursor], f.runes[f.cursor+1:]...)
	return true
}

// Move moves the cursor by n runes, within the text.
func (f *Field) Move(n int) {
	f.cursor = max(0, min(len(f.runes), f.cursor+n))
}

// Home and End move the cursor to either end.
func (f *Field) Home() { f.cursor = 0 }

// End moves the cursor after the last rune.
func (f *Field) End() { f.cursor = len(f.runes) }

// Clear empties the field.
func (f *Field) Clear() { f.runes, f.cursor = nil, 0 }

// Trimmed returns the text without surrounding spaces.
func (f Field) Trimmed() string { return strings.TrimSpace(f.Value()) }
