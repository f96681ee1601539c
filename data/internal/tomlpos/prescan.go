package tomlpos

import (
	"bytes"

	"yibao/data/lang"
)

// Limits on the shape of keys, far above what any real book or records
// file uses (a key or header of the book has at most 2 parts and 14
// bytes: [[rule.band]]) and far below what makes the decoder slow: it copies a
// key's path once a part, so a 64 KB key of 30,000 dotted parts cost
// gigabytes.
const (
	MaxKeyParts = 8   // dotted parts of one key or table header
	MaxKeyBytes = 128 // bytes of one key or table header as written
	// MaxDots is how many dots the keys and headers of one file may have
	// together (a book file has at most about 80): each makes the decoder
	// build a table, so a megabyte of short dotted keys cost 280 MB.
	MaxDots = 20000
)

// KeyLimits are the bounds KeysWithin checks.
type KeyLimits struct {
	Parts, Bytes int // of one key or header
	Dots         int // of the whole file
}

// Limits is the bounds of every loader.
var Limits = KeyLimits{Parts: MaxKeyParts, Bytes: MaxKeyBytes, Dots: MaxDots}

// Prescan checks, in one pass and before any decoding, that a file's
// shape is one the decoder reads in time and memory proportional to its
// size: tables and arrays nested at most nesting deep, and keys and table
// headers within MaxKeyParts and MaxKeyBytes. It reports the first line
// that is not, with what is wrong in plain words; ok when none.
func Prescan(content []byte, nesting int) (line int, msg lang.Text, ok bool) {
	if line, ok := TooDeep(content, nesting); !ok {
		return line, lang.F("表和数组套得太深（最多 %d 层）", "tables and arrays are nested too deeply (at most %d levels)", nesting), false
	}
	line, tooMany, ok := KeysWithin(content, Limits)
	switch {
	case !ok && tooMany:
		return line, lang.F("文件里用点号分段的键太多（一个文件最多 %d 个点）", "too many dotted keys in the file (at most %d dots in one file)", MaxDots), false
	case !ok:
		return line, lang.F("键太长或分段太多（最多 %d 段、%d 个字节）", "a key is too long or has too many dotted parts (at most %d parts, %d bytes)", MaxKeyParts, MaxKeyBytes), false
	}
	return 0, lang.Text{}, true
}

// KeysWithin reports the first line where a key (at a line's start or
// inside an inline table) or a table header has more parts or bytes than
// lim allows, or where the file's dots pass lim.Dots (tooMany); ok when
// none does. Strings, multi-line strings and comments are skipped; it is
// forgiving and linear, leaving syntax errors to the decoder.
func KeysWithin(content []byte, lim KeyLimits) (line int, tooMany, ok bool) {
	sc := keyScan{b: content, line: 1, lim: lim}
	line, ok = sc.run()
	return line, sc.dots > lim.Dots, ok
}

type keyScan struct {
	b       []byte
	i, line int
	lim     KeyLimits
	dots    int
	stack   []byte // open '[' and '{' of values
}

func (s *keyScan) run() (int, bool) {
	lineStart, wantKey := true, false
	for s.i < len(s.b) {
		c := s.b[s.i]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			s.i++
		case c == '\n':
			s.line++
			s.i++
			lineStart = len(s.stack) == 0
		case c == '#':
			if j := bytes.IndexByte(s.b[s.i:], '\n'); j >= 0 {
				s.i += j
			} else {
				s.i = len(s.b)
			}
		case lineStart && c == '[':
			lineStart = false
			s.i++
			if s.i < len(s.b) && s.b[s.i] == '[' {
				s.i++
			}
			if !s.key() {
				return s.line, false
			}
			for s.i < len(s.b) && s.b[s.i] == ']' {
				s.i++
			}
		case lineStart || wantKey && c != '}':
			lineStart, wantKey = false, false
			start := s.i
			if !s.key() {
				return s.line, false
			}
			if s.i == start {
				s.i++ // not a key: the decoder will say so
			}
		case c == '"' || c == '\'':
			s.str(c)
		case c == '[' || c == '{':
			s.stack = append(s.stack, c)
			wantKey = c == '{'
			s.i++
		case c == ']' || c == '}':
			if len(s.stack) > 0 {
				s.stack = s.stack[:len(s.stack)-1]
			}
			wantKey = false
			s.i++
		case c == ',':
			wantKey = len(s.stack) > 0 && s.stack[len(s.stack)-1] == '{'
			s.i++
		default:
			s.i++
		}
	}
	return 0, true
}

// key reads a dotted key from s.i, leaving s.i after it; false when it
// has too many parts or bytes.
func (s *keyScan) key() bool {
	for s.i < len(s.b) && (s.b[s.i] == ' ' || s.b[s.i] == '\t') {
		s.i++
	}
	start, n := s.i, 0
	for s.i < len(s.b) {
		from := s.i
		switch c := s.b[s.i]; c {
		case '"', '\'':
			s.oneLine(c)
		default:
			for s.i < len(s.b) && !keyStop(s.b[s.i]) {
				s.i++
			}
		}
		if s.i == from {
			break
		}
		if n++; n > s.lim.Parts || s.i-start > s.lim.Bytes {
			return false
		}
		if n > 1 {
			if s.dots++; s.dots > s.lim.Dots {
				return false
			}
		}
		j := s.i
		for j < len(s.b) && (s.b[j] == ' ' || s.b[j] == '\t') {
			j++
		}
		if j >= len(s.b) || s.b[j] != '.' {
			break
		}
		s.i = j + 1
		for s.i < len(s.b) && (s.b[s.i] == ' ' || s.b[s.i] == '\t') {
			s.i++
		}
	}
	if s.i > len(s.b) {
		s.i = len(s.b)
	}
	return s.i-start <= s.lim.Bytes
}

// keyStop ends a bare key part.
func keyStop(c byte) bool {
	switch c {
	case ' ', '\t', '\r', '\n', '.', '=', ']', '[', '{', '}', ',', '#', '"', '\'':
		return true
	}
	return false
}

// str skips a string starting at s.i: a single-line one ends with its
// quote or its line, a multi-line one (”' or """) with its closing
// quotes.
func (s *keyScan) str(q byte) {
	if s.i+2 < len(s.b) && s.b[s.i+1] == q && s.b[s.i+2] == q {
		end := bytes.Index(s.b[s.i+3:], []byte{q, q, q})
		if end < 0 {
			s.i = len(s.b)
			return
		}
		s.line += bytes.Count(s.b[s.i:s.i+3+end], []byte{'\n'})
		s.i += 3 + end + 3
		for s.i < len(s.b) && s.b[s.i] == q { // """" ends with a quote inside
			s.i++
		}
		return
	}
	s.oneLine(q)
}

// oneLine skips a single-line string starting at s.i: it ends with its
// quote, or before its line's end.
func (s *keyScan) oneLine(q byte) {
	s.i++
	for s.i < len(s.b) && s.b[s.i] != q && s.b[s.i] != '\n' {
		if q == '"' && s.b[s.i] == '\\' && s.i+1 < len(s.b) && s.b[s.i+1] != '\n' {
			s.i++
		}
		s.i++
	}
	if s.i < len(s.b) && s.b[s.i] == q {
		s.i++
	}
}
