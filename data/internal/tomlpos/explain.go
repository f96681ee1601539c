package tomlpos

import (
	"errors"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"

	"yibao/data/lang"
	"yibao/internal/lazy"
)

// TooDeep reports the line where tables or arrays nest deeper than most
// (outside strings and comments); ok when they never do. The decoder
// recurses once a level, so a file of brackets could exhaust the stack.
func TooDeep(content []byte, most int) (line int, ok bool) {
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
			if depth++; depth > most {
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

// Explain turns a decoding error into plain words in both languages,
// with its line and key when the decoder gives them; the decoder's own
// English never reaches a person.
func Explain(err error) (line, col int, key string, msg lang.Text) {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		return pe.Position.Line, pe.Position.Col, pe.LastKey, syntaxWords(pe.Message)
	}
	m := decodeRE().FindStringSubmatch(err.Error())
	if m == nil {
		return 0, 0, "", lang.T("文件无法读取（格式不对）", "the file cannot be read (not valid TOML)")
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
