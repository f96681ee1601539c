package load

import (
	"fmt"
	"strings"

	"yibao/data/internal/tomlpos"
	"yibao/data/lang"
)

// Problem is one thing wrong in a book file, located by file, key path
// and, when known, line and column.
type Problem struct {
	File string
	Line int // 0 when unknown
	Col  int
	Path string // key path, e.g. rule[3](beijing-retired).band[1].max_age
	Msg  lang.Text
}

// Error formats the problem on one line, Chinese first, every text from
// the file escaped (lang.Escape) so that nothing in it reaches a terminal
// raw:
// rules.toml:12:3: rule[3].band[1]: 年龄段重叠 / age bands overlap
func (p Problem) Error() string {
	var b strings.Builder
	b.WriteString(lang.Clean(p.File))
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
		if p.Col > 0 {
			fmt.Fprintf(&b, ":%d", p.Col)
		}
	}
	b.WriteString(": ")
	if p.Path != "" {
		b.WriteString(lang.Clean(p.Path))
		b.WriteString(": ")
	}
	b.WriteString(lang.Escape(p.Msg.Line())) // values from the file are in it
	return b.String()
}

// Limits on what a load reports: the first problems in full, then a count.
const (
	keptProblems  = 1000 // kept in memory; the rest are only counted
	shownProblems = 20   // printed by LoadError.Error
	shownUnknown  = 100  // unknown keys of one file located; the rest are counted
)

// Problems collects what is wrong with the files of one load.
type Problems struct {
	list    []Problem
	dropped int
}

func (ps *Problems) add(p Problem) {
	if len(ps.list) >= keptProblems {
		ps.dropped++
		return
	}
	ps.list = append(ps.list, p)
}

// Len is the number of problems found.
func (ps *Problems) Len() int { return len(ps.list) + ps.dropped }

// err is the problems as a *LoadError, or nil when there are none.
func (ps *Problems) err() error {
	if ps.Len() == 0 {
		return nil
	}
	return &LoadError{Problems: ps.list, More: ps.dropped}
}

// in returns a collector for one file, which finds the line of a key path
// in the file's text when a problem names one.
func (ps *Problems) in(file string, content []byte) *fileProblems {
	return &fileProblems{all: ps, file: file, content: content}
}

// LoadError holds every problem found while loading the book.
type LoadError struct {
	Problems []Problem
	More     int // problems found beyond those kept
}

// Error lists the first problems, one a line, and counts the rest.
func (e *LoadError) Error() string {
	n := min(len(e.Problems), shownProblems)
	lines := make([]string, 0, n+1)
	for _, p := range e.Problems[:n] {
		lines = append(lines, p.Error())
	}
	if rest := len(e.Problems) - n + e.More; rest > 0 {
		lines = append(lines, lang.F("另有 %d 个问题没有列出；请先改正上面的。", "%d more problems are not listed; fix the ones above first.", rest).Line())
	}
	return strings.Join(lines, "\n")
}

// fileProblems collects the problems of one file.
type fileProblems struct {
	all     *Problems
	file    string
	content []byte
	keys    *tomlpos.Keys // built when a problem first needs a line
}

// addf records a problem at a key path, formatting both messages with args.
func (f *fileProblems) addf(path, zh, en string, args ...any) {
	f.add(path, lang.F(zh, en, args...))
}

func (f *fileProblems) add(path string, msg lang.Text) {
	f.at(f.lineOf(path), path, msg)
}

// at records a problem at a known line (0 for none).
func (f *fileProblems) at(line int, path string, msg lang.Text) {
	f.all.add(Problem{File: f.file, Line: line, Path: path, Msg: msg})
}

// lineOf finds the line of a key path in the file, or 0.
func (f *fileProblems) lineOf(path string) int {
	if f.content == nil || path == "" {
		return 0
	}
	if f.keys == nil {
		f.keys = tomlpos.Index(f.content)
	}
	return f.keys.Line(path)
}
