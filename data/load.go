package data

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
)

// The policy book shipped inside the binary.
//
//go:embed book/*.toml
var embedded embed.FS

// bookFile is the shape of every book file. Places and provinces may only
// come from the embedded book; they are written as rows (see rows.go).
type bookFile struct {
	Provinces string        `toml:"provinces"`
	Places    string        `toml:"places"`
	Counties  string        `toml:"counties"` // district and county rows (counties.toml), read by the place search
	Province  []Province    `toml:"-"` // parsed from Provinces
	Place     []Place       `toml:"-"` // parsed from Places
	Rule      []Rule        `toml:"rule"`
	Note      []Note        `toml:"note"`
	Channel   []Channel     `toml:"channel"`
	Guide     []Guide       `toml:"guide"`
	Unit      []Unit        `toml:"unit"`
	Source    []NamedSource `toml:"source"`
}

// Open loads the embedded book, then the local files named by paths (TOML
// files, or folders whose *.toml files are read in name order). Local
// rules replace the embedded rules of the same scope for the (insurance,
// status) pairs they cover; local notes, channels and guides replace the
// embedded ones with the same id and add the others. Every problem found
// is returned in a *LoadError.
func Open(paths ...string) (*Book, error) {
	b, err := Embedded()
	if err != nil || len(paths) == 0 {
		return b, err
	}
	return b.With(paths...)
}

// Embedded loads and checks the book shipped inside the binary.
func Embedded() (*Book, error) {
	var all []Problem
	b, err := loadEmbedded(&all)
	if err != nil {
		return nil, err
	}
	if len(all) > 0 {
		return nil, &LoadError{Problems: all}
	}
	return b, nil
}

// With returns a new book with local files or folders applied, as Open
// describes. The receiver is not changed.
func (b *Book) With(paths ...string) (*Book, error) {
	var all []Problem
	files, err := expand(paths, &all)
	if err != nil {
		return nil, err
	}
	var locals []parsed
	for _, f := range files {
		content, err := os.ReadFile(f)
		if err != nil {
			all = append(all, Problem{File: f, Msg: T("无法读取文件："+plainErr(err), "cannot read the file: "+plainErr(err))})
			continue
		}
		if pf, ok := parseFile(f, content, &all); ok {
			locals = append(locals, pf)
		}
	}
	return b.applyLocal(locals, all)
}

// WithFile applies one local book file held in memory, named name in
// problems.
func (b *Book) WithFile(name string, content []byte) (*Book, error) {
	var all []Problem
	var locals []parsed
	if pf, ok := parseFile(name, content, &all); ok {
		locals = append(locals, pf)
	}
	return b.applyLocal(locals, all)
}

func (b *Book) applyLocal(locals []parsed, all []Problem) (*Book, error) {
	nb := b.withLocal(locals, &all)
	if len(all) > 0 {
		return nil, &LoadError{Problems: all}
	}
	return nb, nil
}

// parsed is one decoded file with its raw text, for locating problems.
type parsed struct {
	name    string
	content []byte
	bf      bookFile
	// hasPlaces says the file sets places or provinces, which only the
	// embedded book may do; provinceLines and placeLines are the file
	// lines of its rows.
	hasPlaces                 bool
	provinceLines, placeLines []int
}

// loadEmbedded loads the book shipped inside the binary: from the
// snapshot of its decoded files when the snapshot was made from exactly
// these files, else by parsing them.
func loadEmbedded(all *[]Problem) (*Book, error) {
	files, err := readBook(embedded)
	if err != nil {
		return nil, err
	}
	if snap, ok := fromSnapshot(files); ok {
		mark := len(*all)
		b := assemble(snap, all)
		if len(*all) == mark {
			return b, nil
		}
		*all = (*all)[:mark] // parse again below, for the exact lines
	}
	return assemble(parseAll(files, all), all), nil
}

// readBook reads the book files in fsys (book/*.toml), in name order,
// named as in the repository (data/book/...).
func readBook(fsys fs.FS) ([]parsed, error) {
	names, err := fs.Glob(fsys, "book/*.toml")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	files := make([]parsed, len(names))
	for i, n := range names {
		content, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		files[i] = parsed{name: path.Join("data", n), content: content}
	}
	return files, nil
}

// parseAll decodes the files in parallel and returns those without
// problems; the problems are kept in file order.
func parseAll(files []parsed, all *[]Problem) []parsed {
	type result struct {
		f        parsed
		ok       bool
		problems []Problem
	}
	results := make([]result, len(files))
	var wg sync.WaitGroup
	for i, f := range files {
		wg.Go(func() {
			r := &results[i]
			if r.f, r.ok = parseFile(f.name, f.content, &r.problems); r.ok {
				parseRows(&r.f, problems{file: f.name, list: &r.problems})
				r.ok = len(r.problems) == 0
			}
		})
	}
	wg.Wait()
	var out []parsed
	for _, r := range results {
		*all = append(*all, r.problems...)
		if r.ok {
			out = append(out, r.f)
		}
	}
	return out
}

// assemble checks the decoded files and builds the book from them.
func assemble(files []parsed, all *[]Problem) *Book {
	b := &Book{}
	for _, f := range files {
		b.provinces = append(b.provinces, f.bf.Province...)
		b.places = append(b.places, f.bf.Place...)
		for _, u := range f.bf.Unit {
			b.units = append(b.units, u.place())
		}
		b.files = append(b.files, f.name)
	}
	b.index()
	start := len(*all)
	checkPlaces(b, files, all)
	if len(*all) > start {
		return b
	}
	b.sources = map[string]Source{}
	for _, f := range files {
		registerSources(b, f, all)
	}
	for _, f := range files {
		for i := range f.bf.Rule {
			f.bf.Rule[i].file = f.name
		}
		checkFile(b, f, all)
		b.rules = append(b.rules, f.bf.Rule...)
		b.notes = append(b.notes, f.bf.Note...)
		b.channels = append(b.channels, f.bf.Channel...)
		b.guides = append(b.guides, f.bf.Guide...)
	}
	checkBook(b, files, all)
	return b
}

// expand turns file and folder arguments into a list of files.
func expand(paths []string, all *[]Problem) ([]string, error) {
	var out []string
	for _, p := range paths {
		st, err := os.Stat(p)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			*all = append(*all, Problem{File: p, Msg: T("没有这个文件或文件夹", "no such file or folder")})
			continue
		case err != nil:
			*all = append(*all, Problem{File: p, Msg: T("无法读取："+plainErr(err), "cannot read it: "+plainErr(err))})
			continue
		}
		if !st.IsDir() {
			out = append(out, p)
			continue
		}
		matches, err := filepath.Glob(filepath.Join(p, "*.toml"))
		if err != nil {
			return nil, err
		}
		if len(matches) == 0 {
			*all = append(*all, Problem{File: p, Msg: T("文件夹里没有 .toml 文件", "the folder has no .toml files")})
		}
		sort.Strings(matches)
		out = append(out, matches...)
	}
	return out, nil
}

// parseFile decodes one file strictly: syntax errors with line and column,
// unknown keys with their path and line.
func parseFile(name string, content []byte, all *[]Problem) (parsed, bool) {
	ps := problems{file: name, list: all}
	var bf bookFile
	md, err := toml.Decode(string(content), &bf)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			ps.at(pe.Position.Line, pe.Position.Col, pe.LastKey,
				"TOML 格式错误："+pe.Message, "TOML syntax error: "+pe.Message)
		} else {
			ps.add("", "TOML 格式错误：%s", "TOML syntax error: %s", err.Error())
		}
		return parsed{}, false
	}
	bad := false
	for _, k := range md.Undecoded() {
		line := findKeyLine(content, k)
		ps.at(line, 0, k.String(), "未知的键（拼写错误？）", "unknown key (a typo?)")
		bad = true
	}
	if bad {
		return parsed{}, false
	}
	return parsed{name: name, content: content, bf: bf, hasPlaces: md.IsDefined("places") || md.IsDefined("provinces") || md.IsDefined("unit")}, true
}

// findKeyLine finds the line where the last part of a key is defined, as a
// key (name = …) or a table header ([a.name] / [[a.name]]).
func findKeyLine(content []byte, k toml.Key) int {
	if len(k) == 0 {
		return 0
	}
	last := k[len(k)-1]
	for i, line := range strings.Split(string(content), "\n") {
		t := strings.TrimSpace(line)
		if rest, ok := strings.CutPrefix(t, last); ok && strings.HasPrefix(strings.TrimSpace(rest), "=") {
			return i + 1
		}
		if strings.HasPrefix(t, "[") && strings.HasSuffix(strings.Trim(t, "[] "), strings.Join(k, ".")) {
			return i + 1
		}
		for _, q := range []string{`"` + last + `"`, last} {
			if strings.Contains(t, "{") && (strings.Contains(t, " "+q+" =") || strings.Contains(t, "{"+q+" =") || strings.Contains(t, "{ "+q+" =") || strings.Contains(t, ","+q+" =")) {
				return i + 1
			}
		}
	}
	return 0
}

// plainErr drops Go's "open x:" prefixes so the message reads plainly.
func plainErr(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return fmt.Sprint(err)
}
