// Package tomlpos knows where keys stand in a TOML file, to point a
// problem at its line: the one key-line finder of the loader.
package tomlpos

import (
	"strconv"
	"strings"

	"yibao/internal/lazy"
)

// Keys are every table header and key of a file, in file order, with its
// full path and line.
// Paths count array tables from 1: rule[4].band[2].max_age is the max_age
// key inside the second [[rule.band]] of the fourth [[rule]]. Keys inside
// inline tables (credited = { zh = …, en = … }) are listed too.
type Keys struct {
	all     []keyAt
	byNames map[string][]int // names of a path, without indexes -> positions in all
}

type keyAt struct {
	path []segment
	line int
}

// segment is one step of a key path; index 0 means "any" in a query and
// "not an array table" in the index.
type segment struct {
	name  string
	index int
}

// Index scans a file's text. It is forgiving: it is used to point at
// problems, never to decode.
func Index(content []byte) *Keys {
	var (
		ix       = &Keys{byNames: map[string][]int{}}
		table    []segment                // the current table's path
		latest   = map[string][]segment{} // dotted name -> path of its latest instance
		children = map[string][]string{}  // dotted name -> names of latest instances under it
		counts   = map[string]int{}       // parent path + name -> array tables seen
		closing  string                   // the end of a multi-line string being skipped
	)
	for i, raw := range strings.Split(string(content), "\n") {
		line := strings.TrimSpace(raw)
		if closing != "" {
			if strings.Contains(line, closing) {
				closing = ""
			}
			continue
		}
		if line == "" || line[0] == '#' {
			continue
		}
		if line[0] == '[' {
			array := strings.HasPrefix(line, "[[")
			name := strings.Trim(strings.SplitN(line, "]", 2)[0], "[ ")
			if array {
				name = strings.Trim(strings.SplitN(line, "]]", 2)[0], "[ ")
			}
			parts := splitDotted(name)
			parent := []segment{}
			if len(parts) > 1 {
				if p, ok := latest[strings.Join(parts[:len(parts)-1], ".")]; ok {
					parent = p
				} else {
					for _, q := range parts[:len(parts)-1] {
						parent = append(parent, segment{name: q})
					}
				}
			}
			seg := segment{name: parts[len(parts)-1]}
			if array {
				key := pathString(parent) + "." + seg.name
				counts[key]++
				seg.index = counts[key]
			}
			table = append(append([]segment{}, parent...), seg)
			name = strings.Join(parts, ".")
			forget(latest, children, name)
			latest[name] = table
			if len(parts) > 1 {
				up := strings.Join(parts[:len(parts)-1], ".")
				children[up] = append(children[up], name)
			}
			ix.add(table, i+1)
			continue
		}
		key, value, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		path := append(append([]segment{}, table...), segments(splitDotted(strings.TrimSpace(key)))...)
		ix.add(path, i+1)
		value = strings.TrimSpace(value)
		for _, q := range []string{"'''", `"""`} {
			if strings.HasPrefix(value, q) && !strings.Contains(value[3:], q) {
				closing = q
			}
		}
		if strings.HasPrefix(value, "{") {
			for _, k := range inlineKeys(value) {
				ix.add(append(append([]segment{}, path...), segment{name: k}), i+1)
			}
		}
	}
	return ix
}

// forget drops the latest instances of the tables under name: a new
// instance of name starts them afresh. Each instance is dropped once,
// so a file of many headers costs time in proportion to its headers.
func forget(latest map[string][]segment, children map[string][]string, name string) {
	for _, c := range children[name] {
		if _, ok := latest[c]; ok {
			delete(latest, c)
			forget(latest, children, c)
		}
	}
	delete(children, name)
}

// add lists a key at its line.
func (ix *Keys) add(path []segment, line int) {
	k := names(path)
	ix.byNames[k] = append(ix.byNames[k], len(ix.all))
	ix.all = append(ix.all, keyAt{path: path, line: line})
}

// names is a path's names without indexes: rule.band.amount.
func names(p []segment) string {
	var b strings.Builder
	for i, s := range p {
		if i > 0 {
			b.WriteByte(0)
		}
		b.WriteString(s.name)
	}
	return b.String()
}

// inlineKeys lists the top-level keys of an inline table: { zh = "…", en = "…" }.
func inlineKeys(v string) []string {
	var keys []string
	depth, inStr, start := 0, byte(0), 1
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case inStr != 0:
			if c == '\\' && inStr == '"' {
				i++
			} else if c == inStr {
				inStr = 0
			}
		case c == '"' || c == '\'':
			inStr = c
		case c == '{' || c == '[':
			depth++
		case c == '}' || c == ']':
			depth--
		case c == '=' && depth == 1:
			keys = append(keys, strings.Trim(strings.TrimSpace(v[start:i]), `"'`))
		case c == ',' && depth == 1:
			start = i + 1
		}
	}
	return keys
}

func splitDotted(s string) []string {
	parts := strings.Split(s, ".")
	for i := range parts {
		parts[i] = strings.Trim(strings.TrimSpace(parts[i]), `"'`)
	}
	return parts
}

func segments(names []string) []segment {
	out := make([]segment, len(names))
	for i, n := range names {
		out[i] = segment{name: n}
	}
	return out
}

func pathString(p []segment) string {
	var b strings.Builder
	for i, s := range p {
		if i > 0 {
			b.WriteByte('.')
		}
		b.WriteString(s.name)
		if s.index > 0 {
			b.WriteString("[" + strconv.Itoa(s.index) + "]")
		}
	}
	return b.String()
}

var (
	idInPath  = lazy.Regexp(`\([^)]*\)`)
	segmentRE = lazy.Regexp(`^(.*?)(?:\[(\d+)\])?$`)
)

// parsePath reads a problem's key path: rule[4](id).band[2].max_age.
func parsePath(path string) []segment {
	var out []segment
	for _, part := range strings.Split(idInPath().ReplaceAllString(path, ""), ".") {
		m := segmentRE().FindStringSubmatch(part)
		n, _ := strconv.Atoi(m[2])
		out = append(out, segment{name: m[1], index: n})
	}
	return out
}

// Line finds the line of a key path, or of the deepest part of it that
// the file has; 0 when none. A step without an index matches any.
func (ix *Keys) Line(path string) int {
	q := parsePath(path)
	for n := len(q); n > 0; n-- {
		for _, at := range ix.byNames[names(q[:n])] {
			if k := ix.all[at]; matches(k.path, q[:n]) {
				return k.line
			}
		}
	}
	return 0
}

func matches(have, want []segment) bool {
	if len(have) != len(want) {
		return false
	}
	for i := range want {
		if have[i].name != want[i].name || want[i].index != 0 && have[i].index != want[i].index {
			return false
		}
	}
	return true
}
