package data

import (
	"fmt"
	"strings"
)

// Problem is one thing wrong in a book file, located by file, key path
// and, when known, line and column.
type Problem struct {
	File string
	Line int // 0 when unknown
	Col  int
	Path string // key path, e.g. rule[3](beijing-retired).band[1].max_age
	Msg  Text
}

// Error formats the problem on one line, Chinese first:
// rules.toml:12:3: rule[3].band[1]: 年龄段重叠 / age bands overlap
func (p Problem) Error() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
		if p.Col > 0 {
			fmt.Fprintf(&b, ":%d", p.Col)
		}
	}
	b.WriteString(": ")
	if p.Path != "" {
		b.WriteString(p.Path)
		b.WriteString(": ")
	}
	b.WriteString(p.Msg.Zh)
	b.WriteString(" / ")
	b.WriteString(p.Msg.En)
	return b.String()
}

// LoadError holds every problem found while loading the book.
type LoadError struct {
	Problems []Problem
}

func (e *LoadError) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.Error()
	}
	return strings.Join(lines, "\n")
}

// problems collects Problems for one file.
type problems struct {
	file string
	list *[]Problem
}

func (ps problems) add(path string, zh, en string, args ...any) {
	*ps.list = append(*ps.list, Problem{
		File: ps.file,
		Path: path,
		Msg:  Text{Zh: fmt.Sprintf(zh, args...), En: fmt.Sprintf(en, args...)},
	})
}

func (ps problems) at(line, col int, path, zh, en string) {
	*ps.list = append(*ps.list, Problem{File: ps.file, Line: line, Col: col, Path: path, Msg: T(zh, en)})
}
