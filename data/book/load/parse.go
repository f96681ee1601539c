package load

import (
	"errors"
	"strconv"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"

	"yibao/data/book"
	"yibao/data/book/frozen"
	"yibao/data/lang"
	"yibao/internal/lazy"
)

// rawFile is the shape of every book file. Places, provinces, counties and
// units may only come from the embedded book; the first three are written
// as rows (see rows.go).
type rawFile struct {
	Provinces string             `toml:"provinces"`
	Places    string             `toml:"places"`
	Counties  string             `toml:"counties"`
	Unit      []unitTable        `toml:"unit"`
	Rule      []book.Rule        `toml:"rule"`
	Note      []book.Note        `toml:"note"`
	Channel   []book.Channel     `toml:"channel"`
	Guide     []book.Guide       `toml:"guide"`
	Source    []book.NamedSource `toml:"source"`
}

// file is one decoded book file with its text, for locating problems.
type file struct {
	name    string
	content []byte
	raw     rawFile
	// placeKey names the place-list key the file sets ("places",
	// "provinces", "counties" or "unit"), which only the embedded book may.
	placeKey string
}

// parseAll decodes the embedded files in parallel and returns those
// without problems; the problems are kept in file order.
func parseAll(files []frozen.File, ps *Problems) []file {
	type result struct {
		f  file
		ok bool
		ps Problems
	}
	results := make([]result, len(files))
	var wg sync.WaitGroup
	for i, src := range files {
		wg.Go(func() {
			r := &results[i]
			if r.f, r.ok = parseFile(src, &r.ps); r.ok {
				r.ok = r.ps.Len() == 0
			}
		})
	}
	wg.Wait()
	var out []file
	for _, r := range results {
		for _, p := range r.ps.list {
			ps.add(p)
		}
		if r.ok {
			out = append(out, r.f)
		}
	}
	return out
}

// parseFile decodes one file strictly: syntax and type errors with their
// line, in plain words; unknown keys with their path and line.
func parseFile(src frozen.File, ps *Problems) (file, bool) {
	fp := ps.in(src.Name, src.Content)
	if line, ok := tooDeep(src.Content); !ok {
		fp.at(line, "", lang.F("表和数组套得太深（最多 %d 层）；书的文件用不着这样写", "tables and arrays are nested too deeply (at most %d levels); no book file needs that", maxNesting))
		return file{}, false
	}
	var raw rawFile
	md, err := toml.Decode(string(src.Content), &raw)
	if err != nil {
		line, col, key, msg := explainDecode(err)
		if line == 0 && key != "" {
			line = fp.lineOf(key)
		}
		fp.all.add(Problem{File: src.Name, Line: line, Col: col, Path: key, Msg: msg})
		return file{}, false
	}
	bad := false
	for _, k := range md.Undecoded() {
		fp.add(k.String(), lang.T("未知的键（拼写错误？）", "unknown key (a typo?)"))
		bad = true
	}
	if n := len(raw.Rule) + len(raw.Note) + len(raw.Channel) + len(raw.Guide) + len(raw.Source); n > maxEntries {
		fp.at(0, "", lang.F("条目太多（%d 条，最多 %d 条）；请分成几个文件，或只放需要更正的", "too many entries (%d, at most %d); split the file or keep only the corrections", n, maxEntries))
		bad = true
	}
	if bad {
		return file{}, false
	}
	f := file{name: src.Name, content: src.Content, raw: raw}
	for _, k := range []string{"places", "provinces", "counties", "unit"} {
		if md.IsDefined(k) {
			f.placeKey = k
		}
	}
	return f, true
}

// tooDeep reports the line where tables or arrays nest deeper than
// maxNesting (outside strings and comments); ok when they never do.
func tooDeep(content []byte) (line int, ok bool) {
	depth, line := 0, 1
	var quote byte
	comment := false
	for i := 0; i < len(content); i++ {
		c := content[i]
		switch {
		case c == '\n':
			line++
			comment = false
			if quote == '"' || quote == '\'' {
				quote = 0 // a single-line string ends with its line
			}
		case comment:
		case quote != 0:
			if c == '\\' && quote == '"' {
				i++
			} else if c == quote {
				quote = 0
			}
		case c == '#':
			comment = true
		case c == '"' || c == '\'':
			if i+2 < len(content) && content[i+1] == c && content[i+2] == c {
				end := strings.Index(string(content[i+3:]), string([]byte{c, c, c}))
				if end < 0 {
					return line, true // the decoder reports the open string
				}
				line += strings.Count(string(content[i:i+3+end]), "\n")
				i += 3 + end + 2
				continue
			}
			quote = c
		case c == '{' || c == '[':
			if depth++; depth > maxNesting {
				return line, false
			}
		case c == '}' || c == ']':
			depth--
		}
	}
	return 0, true
}

// decodeRE reads the decoder's type errors:
// toml: line 5 (last key "rule.band.amount"): incompatible types: ...
var (
	decodeRE        = lazy.Regexp(`^toml: (?:line (\d+) )?(?:\(last key "([^"]*)"\): )?(.*)$`)
	typeMismatchRE  = lazy.Regexp(`TOML value has type (\S+); destination has type (.+)$`)
	expectedTableRE = lazy.Regexp(`expected table but found (\S+)`)
)

// explainDecode turns a decoding error into plain words in both languages,
// with its line and key when the decoder gives them; the decoder's own
// English never reaches a person.
func explainDecode(err error) (line, col int, key string, msg lang.Text) {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		return pe.Position.Line, pe.Position.Col, pe.LastKey, syntaxWords(pe.Message)
	}
	m := decodeRE().FindStringSubmatch(err.Error())
	if m == nil {
		return 0, 0, "", lang.T("文件无法读取（格式不对）", "the file cannot be read (not valid book TOML)")
	}
	line, _ = strconv.Atoi(m[1])
	key = m[2]
	want, have := "", ""
	if mm := typeMismatchRE().FindStringSubmatch(m[3]); mm != nil {
		have, want = mm[1], mm[2]
	} else if mm := expectedTableRE().FindStringSubmatch(m[3]); mm != nil {
		have, want = mm[1], "struct"
	}
	w, h := typeWords(want), typeWords(have)
	return line, 0, key, lang.T(
		"这里应该写"+w.Zh+"，但写的是"+h.Zh+"。例如金额写 amount = 75，不要写 amount = \"75元\"。",
		"this needs "+w.En+", but it has "+h.En+". For example write amount = 75, not amount = \"75元\".")
}

// typeWords names a TOML or Go type for people.
func typeWords(t string) lang.Text {
	t = strings.TrimPrefix(strings.TrimPrefix(t, "*"), "[]")
	switch {
	case strings.Contains(t, "float"), strings.HasPrefix(t, "int"), t == "Integer", t == "Float":
		return lang.T("一个数字", "a number")
	case t == "string", t == "String":
		return lang.T("文字（带引号）", "text (in quotes)")
	case t == "bool", t == "Bool":
		return lang.T("true 或 false", "true or false")
	case strings.Contains(t, "Date"), strings.Contains(t, "Datetime"), t == "primitive (string-like)":
		return lang.T("一个日期（例如 2024-01-01）", "a date (such as 2024-01-01)")
	case t == "Array", strings.HasPrefix(t, "[]"):
		return lang.T("一个列表 [ ... ]", "a list [ ... ]")
	case t == "Hash", t == "Table", t == "struct", strings.Contains(t, "."):
		return lang.T("一个表 { zh = \"...\", en = \"...\" }", "a table { zh = \"...\", en = \"...\" }")
	}
	return lang.T("别的类型", "something else")
}

// syntaxWords says in plain words what a syntax error is, naming the
// common ones in both languages; the decoder's own words follow in the
// English half only, for whoever edits the file.
func syntaxWords(m string) lang.Text {
	var t lang.Text
	switch {
	case strings.Contains(m, "expected value but found"):
		t = lang.T("等号后面的值写法不对（文字要加引号，例如 scope = \"city\"）", "the value after = is not written correctly (text needs quotes, e.g. scope = \"city\")")
	case strings.Contains(m, "already been defined"), strings.Contains(m, "already defined"):
		t = lang.T("同一个键写了两次", "the same key is written twice")
	case strings.Contains(m, "unexpected EOF"), strings.Contains(m, "unexpected end"), strings.Contains(m, "unclosed"):
		t = lang.T("文件在中途结束了（引号或括号没有关上？）", "the file ends too early (an unclosed quote or bracket?)")
	default:
		t = lang.T("这一行的写法不对", "this line is not written correctly")
	}
	return lang.T("TOML 格式错误："+t.Zh, "TOML syntax error: "+t.En+" ("+lang.Echo(m)+")")
}

// unitTable is a provincial-level unit as written in a book file.
type unitTable struct {
	Code     string    `toml:"code"`
	Province string    `toml:"province"`
	Name     string    `toml:"name"`
	Short    string    `toml:"short"`
	Names    []string  `toml:"names"`
	Pinyin   string    `toml:"pinyin"`
	Initials string    `toml:"initials"`
	Aliases  []string  `toml:"aliases"`
	En       string    `toml:"en"`
	AreaCode string    `toml:"area_code"`
	About    lang.Text `toml:"about"`
}

// place is the unit as a place of kind unit.
func (u unitTable) place() book.Place {
	return book.Place{Code: u.Code, Name: u.Name, Short: u.Short, Province: u.Province, Kind: book.Unit,
		Pinyin: u.Pinyin, Initials: u.Initials, Aliases: u.Aliases, En: u.En, AreaCode: u.AreaCode,
		Names: u.Names, About: u.About}
}
