package data

import (
	"bytes"
	"strconv"
	"strings"
)

// The place list is the largest part of the book and is generated, so it is
// kept as rows rather than tables: one place a line, columns separated by
// "|", inside two TOML multi-line strings. A row costs the loader a split
// instead of a dozen keys, which keeps loading the whole book fast.
//
//	provinces: code | name | short | pinyin | initials | en
//	places:    code | name | short | province | kind | pinyin | initials | en | area_code | prominence | aliases
//
// Aliases (other pinyin spellings) are separated by commas; a place without
// any leaves the column out.
const (
	provinceColumns = 6
	placeColumns    = 11
)

// parseRows turns the provinces and places strings of a file into
// records, with the line of each row for problems.
func parseRows(f *parsed, ps problems) {
	f.provinceLines = nil
	f.placeLines = nil
	for i, r := range rows(f.content, "provinces", f.bf.Provinces) {
		c, ok := columns(ps, r, provinceColumns, "province", i)
		if !ok {
			continue
		}
		f.bf.Province = append(f.bf.Province, Province{Code: c[0], Name: c[1], Short: c[2], Pinyin: c[3], Initials: c[4], En: c[5]})
		f.provinceLines = append(f.provinceLines, r.line)
	}
	for i, r := range rows(f.content, "places", f.bf.Places) {
		c, ok := columns(ps, r, placeColumns, "place", i)
		if len(c) == placeColumns-1 {
			c = append(c, "") // no aliases
		}
		if !ok {
			continue
		}
		p := Place{Code: c[0], Name: c[1], Short: c[2], Province: c[3], Kind: c[4], Pinyin: c[5], Initials: c[6], En: c[7], AreaCode: c[8]}
		n, err := strconv.Atoi(c[9])
		if err != nil {
			ps.at(r.line, 0, rowPath("place", i, c[0])+".prominence", "prominence 应为 0 到 3 的整数", "prominence must be a whole number from 0 to 3")
			continue
		}
		p.Prominence = n
		for _, a := range strings.Split(c[10], ",") {
			if a = strings.TrimSpace(a); a != "" {
				p.Aliases = append(p.Aliases, a)
			}
		}
		f.bf.Place = append(f.bf.Place, p)
		f.placeLines = append(f.placeLines, r.line)
	}
}

type row struct {
	text string
	line int
}

// rows splits a multi-line string into its non-blank lines, numbered as
// lines of the file: the string starts on the line after its key, or on
// the key's line when text follows the opening quotes there.
func rows(content []byte, key, s string) []row {
	if s == "" {
		return nil
	}
	first := keyLine(content, key)
	if first > 0 && opensOwnLine(content, first) {
		first++
	}
	var out []row
	for i, t := range strings.Split(s, "\n") {
		if t = strings.TrimSpace(t); t != "" {
			line := 0
			if first > 0 {
				line = first + i
			}
			out = append(out, row{text: t, line: line})
		}
	}
	return out
}

// opensOwnLine reports whether line n ends right after the opening quotes
// of a multi-line string, so that the string's text starts on the next line.
func opensOwnLine(content []byte, n int) bool {
	lines := bytes.SplitN(content, []byte("\n"), n+1)
	if len(lines) < n {
		return false
	}
	_, v, _ := bytes.Cut(lines[n-1], []byte("="))
	v = bytes.TrimSpace(v)
	return bytes.Equal(v, []byte("'''")) || bytes.Equal(v, []byte(`"""`))
}

// keyLine is the line where key = opens, or 0.
func keyLine(content []byte, key string) int {
	line := 1
	for len(content) > 0 {
		l, rest, _ := bytes.Cut(content, []byte("\n"))
		if after, ok := bytes.CutPrefix(bytes.TrimSpace(l), []byte(key)); ok && bytes.HasPrefix(bytes.TrimSpace(after), []byte("=")) {
			return line
		}
		content = rest
		line++
	}
	return 0
}

// columns splits a row into n trimmed columns; for places the last
// (aliases) may be left out.
func columns(ps problems, r row, n int, what string, i int) ([]string, bool) {
	c := strings.Split(r.text, "|")
	if len(c) != n && !(what == "place" && len(c) == n-1) {
		code, _, _ := strings.Cut(r.text, "|")
		zh, en := strconv.Itoa(n), strconv.Itoa(n)
		if what == "place" {
			zh, en = strconv.Itoa(n-1)+" 或 "+zh, strconv.Itoa(n-1)+" or "+en
		}
		ps.at(r.line, 0, rowPath(what, i, strings.TrimSpace(code)),
			"这一行应有 "+zh+" 列（用 | 分开），实有 "+strconv.Itoa(len(c))+" 列",
			"the row needs "+en+" columns separated by |, it has "+strconv.Itoa(len(c)))
		return nil, false
	}
	for j := range c {
		c[j] = strings.TrimSpace(c[j])
	}
	return c, true
}

func rowPath(what string, i int, code string) string {
	return what + "[" + strconv.Itoa(i+1) + "](" + code + ")"
}
