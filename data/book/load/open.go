// Package load reads the policy book: the embedded book from its frozen
// form (or, after an edit, by parsing and checking its TOML), and local
// correction files laid over it, strictly: every problem is reported with
// its file, line and key path, in plain words in both languages.
package load

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"

	"yibao/data/book"
	"yibao/data/book/frozen"
	"yibao/data/lang"
	"yibao/internal/fileerr"
)

// Limits on local files, which come from whoever runs --data or data check:
// no answer needs more, and a flood must not cost the machine.
const (
	maxFileSize  = 1 << 20 // bytes in one file
	maxFiles     = 200     // files in one load
	maxTotalSize = 8 << 20 // bytes in all the files of one load
	maxNesting   = 8       // tables and arrays inside one another
	maxEntries   = 5000    // rules, notes, channels, guides and sources in one file
)

// Open loads the embedded book, then the local files named by paths (TOML
// files, or folders whose *.toml files are read in name order). Local
// rules replace the embedded rules of the same scope for the (insurance,
// status) pairs they cover; local notes, channels and guides replace the
// embedded ones with the same id and add the others. Every problem found
// is returned in a *LoadError.
func Open(paths ...string) (*book.Book, error) {
	b, err := Embedded()
	if err != nil || len(paths) == 0 {
		return b, err
	}
	return With(b, paths...)
}

// Embedded returns the book shipped inside the binary: from its frozen
// form, or, in a binary built with an empty one, by parsing and checking
// the TOML. That the form was made from exactly the embedded TOML is
// checked once, by TestFrozen and by CI (go generate leaves no diff), not
// on every start.
func Embedded() (*book.Book, error) {
	if b, _, ok := frozen.Read(book.Frozen); ok {
		return b, nil
	}
	files, err := embeddedFiles()
	if err != nil {
		return nil, err
	}
	return parseEmbedded(files)
}

// Fresh reports whether the frozen form was made from the embedded TOML.
func Fresh() bool {
	files, err := embeddedFiles()
	if err != nil {
		return false
	}
	_, ok := frozen.Decode(book.Frozen, frozen.Sum(files))
	return ok
}

// Freeze parses and checks the embedded TOML and writes its frozen form,
// for go generate.
func Freeze(w io.Writer) error {
	files, err := embeddedFiles()
	if err != nil {
		return err
	}
	b, err := parseEmbedded(files)
	if err != nil {
		return err
	}
	_, err = w.Write(frozen.Encode(frozen.Sum(files), b))
	return err
}

// ParseEmbedded parses and checks the embedded TOML, never using the
// decoded form: for the generator and the tests.
func ParseEmbedded() (*book.Book, error) {
	files, err := embeddedFiles()
	if err != nil {
		return nil, err
	}
	return parseEmbedded(files)
}

func parseEmbedded(files []frozen.File) (*book.Book, error) {
	var ps Problems
	b := build(parseAll(files, &ps), &ps)
	if err := ps.err(); err != nil {
		return nil, err
	}
	return b, nil
}

// embeddedFiles reads the embedded TOML in name order, named as in the
// repository (data/book/...).
func embeddedFiles() ([]frozen.File, error) {
	names, err := embeddedNames()
	if err != nil {
		return nil, err
	}
	out := make([]frozen.File, len(names))
	for i, n := range names {
		content, err := fs.ReadFile(book.TOML, n)
		if err != nil {
			return nil, err
		}
		out[i] = frozen.File{Name: path.Join("data/book", n), Content: content}
	}
	return out, nil
}

// embeddedNames lists the embedded book files in name order.
func embeddedNames() ([]string, error) {
	names, err := fs.Glob(book.TOML, "*.toml")
	slices.Sort(names)
	return names, err
}

// With returns a new book with local files or folders applied to b, as
// Open describes. b is not changed.
func With(b *book.Book, paths ...string) (*book.Book, error) {
	var ps Problems
	var files []frozen.File
	total := 0
	for _, name := range expand(paths, &ps) {
		content, ok := readLocal(name, &ps)
		if !ok {
			continue
		}
		if total += len(content); total > maxTotalSize {
			ps.add(Problem{File: name, Msg: lang.F("本地文件加起来太大（超过 %d MB），请只放需要的文件", "the local files are too large together (over %d MB); keep only the ones needed", maxTotalSize>>20)})
			break
		}
		files = append(files, frozen.File{Name: name, Content: content})
	}
	return applyLocal(b, files, &ps)
}

// WithFile applies one local book file held in memory to b, named name in
// problems.
func WithFile(b *book.Book, name string, content []byte) (*book.Book, error) {
	var ps Problems
	if len(content) > maxFileSize {
		ps.add(tooLarge(name))
		return nil, ps.err()
	}
	return applyLocal(b, []frozen.File{{Name: name, Content: content}}, &ps)
}

func applyLocal(b *book.Book, files []frozen.File, ps *Problems) (*book.Book, error) {
	var locals []file
	for _, f := range files {
		if pf, ok := parseFile(f, ps); ok {
			locals = append(locals, pf)
		}
	}
	if ps.Len() > 0 {
		return nil, ps.err()
	}
	nb := overlay(b, locals, ps)
	if err := ps.err(); err != nil {
		return nil, err
	}
	return nb, nil
}

// expand turns file and folder arguments into a list of files.
func expand(paths []string, ps *Problems) []string {
	var out []string
	for _, p := range paths {
		st, err := os.Stat(p)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			if dir, ok := fileerr.MissingFolder(p); ok {
				ps.add(Problem{File: p, Msg: lang.F("找不到文件夹 %s", "the folder %s does not exist", lang.Clean(dir))})
			} else {
				ps.add(Problem{File: p, Msg: lang.T("没有这个文件或文件夹", "no such file or folder")})
			}
			continue
		case err != nil:
			ps.add(readProblem(p, err))
			continue
		case !st.IsDir():
			out = append(out, p)
			continue
		}
		matches, _ := filepath.Glob(filepath.Join(p, "*.toml"))
		if len(matches) == 0 {
			ps.add(Problem{File: p, Msg: lang.T("文件夹里没有 .toml 文件", "the folder has no .toml files")})
		}
		slices.Sort(matches)
		out = append(out, matches...)
	}
	if len(out) > maxFiles {
		ps.add(Problem{File: out[maxFiles], Msg: lang.F("文件太多（最多 %d 个），其余的没有读取", "too many files (at most %d); the rest were not read", maxFiles)})
		out = out[:maxFiles]
	}
	return out
}

// readLocal reads a local file: only a regular file (not a device, a pipe
// or a link to one), and only up to the size limit.
func readLocal(name string, ps *Problems) ([]byte, bool) {
	notRegular := Problem{File: name, Msg: lang.T("不是普通文件（是设备、管道之类），请给出 .toml 文件", "not a regular file (a device, a pipe or the like); give a .toml file")}
	st, err := os.Stat(name)
	if err != nil {
		ps.add(readProblem(name, err))
		return nil, false
	}
	if !st.Mode().IsRegular() {
		ps.add(notRegular)
		return nil, false
	}
	if st.Size() > maxFileSize {
		ps.add(tooLarge(name))
		return nil, false
	}
	f, err := os.Open(name)
	if err != nil {
		ps.add(readProblem(name, err))
		return nil, false
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() {
		ps.add(notRegular)
		return nil, false
	}
	content, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	switch {
	case err != nil:
		ps.add(readProblem(name, err))
		return nil, false
	case len(content) > maxFileSize:
		ps.add(tooLarge(name))
		return nil, false
	}
	return bytes.Clone(content), true
}

func tooLarge(name string) Problem {
	return Problem{File: name, Msg: lang.F("文件太大（超过 %d KB）；一个更正文件用不了这么多", "the file is too large (over %d KB); no correction file needs that much", maxFileSize>>10)}
}

// readProblem says plainly why a file could not be read.
func readProblem(name string, err error) Problem {
	why := lang.T("无法读取", "cannot read it")
	switch {
	case errors.Is(err, fs.ErrPermission):
		why = lang.T("没有读取权限", "no permission to read it")
	case errors.Is(err, fs.ErrNotExist):
		why = lang.T("没有这个文件", "no such file")
	}
	return Problem{File: name, Msg: why}
}
