package load

import (
	"strconv"
	"strings"
	"yibao/data/book"
	"yibao/data/lang"
)

// The place lists are the largest part of the book and are generated, so
// they are kept as rows rather than tables: one entry a line, columns
// separated by "|", inside TOML multi-line strings. A row costs the loader
// a split instead of a dozen keys.
//
//	provinces: code | name | short | pinyin | initials | en
//	places:    code | name | short | province | kind | pinyin | initials | en | area_code | prominence | aliases
//	counties:  code | name | short | place | pinyin | initials | en | aliases
//
// Aliases (other pinyin spellings) are separated by commas; an entry
// without any may leave the column out.

// rowsOf is what the rows of one file gave, with each entry's line.
type rowsOf struct {
	provinces    []book.Province
	places       []book.Place
	counties     []book.County
	placeLines   []int
	countyLines  []int
	provinceLine []int
}

// parseRows turns the row strings of a file into entries.
func parseRows(f file, fp *fileProblems) rowsOf {
	var out rowsOf
	for i, r := range rows(f, fp, "provinces", f.raw.Provinces) {
		if c, ok := columns(fp, r, 6, 6, "province", i); ok {
			out.provinces = append(out.provinces, book.Province{Code: c[0], Name: c[1], Short: c[2], Pinyin: c[3], Initials: c[4], En: c[5]})
			out.provinceLine = append(out.provinceLine, r.line)
		}
	}
	for i, r := range rows(f, fp, "places", f.raw.Places) {
		c, ok := columns(fp, r, 10, 11, "place", i)
		if !ok {
			continue
		}
		n, err := strconv.Atoi(c[9])
		if err != nil {
			fp.at(r.line, rowPath("place", i, c[0])+".prominence", lang.T("prominence 应为 0 到 3 的整数", "prominence must be a whole number from 0 to 3"))
			continue
		}
		out.places = append(out.places, book.Place{Code: c[0], Name: c[1], Short: c[2], Province: c[3], Kind: book.Kind(c[4]),
			Pinyin: c[5], Initials: c[6], En: c[7], AreaCode: c[8], Prominence: n, Aliases: aliases(c, 10)})
		out.placeLines = append(out.placeLines, r.line)
	}
	for i, r := range rows(f, fp, "counties", f.raw.Counties) {
		if c, ok := columns(fp, r, 7, 8, "county", i); ok {
			out.counties = append(out.counties, book.County{Code: c[0], Name: c[1], Short: c[2], Place: c[3],
				Pinyin: c[4], Initials: c[5], En: c[6], Aliases: aliases(c, 7)})
			out.countyLines = append(out.countyLines, r.line)
		}
	}
	return out
}

func aliases(c []string, at int) []string {
	if len(c) <= at {
		return nil
	}
	var out []string
	for _, a := range strings.Split(c[at], ",") {
		if a = strings.TrimSpace(a); a != "" {
			out = append(out, a)
		}
	}
	return out
}

type row struct {
	text string
	line int
}

// rows splits a multi-line string into its non-blank lines, numbered as
// lines of the file: the string starts on the line after its key, or on
// the key's line when text follows the opening quotes there.
func rows(f file, fp *fileProblems, key, s string) []row {
	if s == "" {
		return nil
	}
	first := fp.lineOf(key)
	if first > 0 && opensOwnLine(f.content, first) {
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
	lines := strings.SplitN(string(content), "\n", n+1)
	if len(lines) < n {
		return false
	}
	_, v, _ := strings.Cut(lines[n-1], "=")
	v = strings.TrimSpace(v)
	return v == "'''" || v == `"""`
}

// columns splits a row into trimmed columns, at least least and at most n.
func columns(fp *fileProblems, r row, least, n int, what string, i int) ([]string, bool) {
	c := strings.Split(r.text, "|")
	if len(c) < least || len(c) > n {
		code, _, _ := strings.Cut(r.text, "|")
		want := strconv.Itoa(n)
		wantZh := want
		if least != n {
			wantZh = strconv.Itoa(least) + " 或 " + want
			want = strconv.Itoa(least) + " or " + want
		}
		fp.at(r.line, rowPath(what, i, strings.TrimSpace(code)), lang.T(
			"这一行应有 "+wantZh+" 列（用 | 分开），实有 "+strconv.Itoa(len(c))+" 列",
			"the row needs "+want+" columns separated by |, it has "+strconv.Itoa(len(c))))
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
