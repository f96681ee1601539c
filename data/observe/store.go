package observe

import (
	"io"
	"os"
	"slices"
	"sync"
	"time"

	"yibao/data/book"
	"yibao/data/lang"
	"yibao/internal/fileerr"
)

// File is a desk's records on disk: the sessions of one process share one
// File, and processes sharing the file take turns by a lock on it, so
// that concurrent records are all kept and never interleave.
type File struct {
	Path string
	Book *book.Book
	Now  func() time.Time
	// Quiet reads nothing until the first record: for a file no one asked
	// for by name (the advisor's default), which is used only once a desk
	// starts recording.
	Quiet bool

	recorded bool

	mu     sync.Mutex
	cached []Observation
	stamp  stamp // what the cache was read from
}

// stamp identifies a version of the file.
type stamp struct {
	size int64
	mod  time.Time
}

// NewFile returns the records at path, checked against b.
func NewFile(path string, b *book.Book, now func() time.Time) *File {
	if now == nil {
		now = time.Now
	}
	return &File{Path: path, Book: b, Now: now}
}

func (f *File) today() book.Date { return book.DateOf(f.Now()) }

// All reads every record, again only when the file has changed. A
// missing file has none.
func (f *File) All() ([]Observation, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.Quiet && !f.recorded {
		return nil, nil
	}
	info, err := os.Stat(f.Path)
	switch {
	case os.IsNotExist(err):
		return nil, nil
	case err != nil:
		return nil, fileerr.Read(f.Path, err)
	case !info.Mode().IsRegular():
		return nil, fileerr.NotRegular(f.Path, info.Mode())
	}
	if s := (stamp{info.Size(), info.ModTime()}); f.cached != nil && s == f.stamp {
		return f.cached, nil
	}
	content, err := readLimited(f.Path)
	if err != nil {
		return nil, err
	}
	obs, err := Parse(f.Path, content, f.Book, f.today())
	if err != nil {
		return nil, err
	}
	f.cached, f.stamp = obs, stamp{info.Size(), info.ModTime()}
	return obs, nil
}

// readLimited reads a file of at most maxFileBytes (and one byte more, so
// that Parse can say it is too large).
func readLimited(p string) ([]byte, error) {
	fh, err := os.Open(p)
	if err != nil {
		return nil, fileerr.Read(p, err)
	}
	defer fh.Close()
	content, err := io.ReadAll(io.LimitReader(fh, maxFileBytes+1))
	if err != nil {
		return nil, fileerr.Read(p, err)
	}
	return content, nil
}

// Record appends one record, creating the file (mode 0600) when needed. A
// file that does not read as records is left as it is and the record
// refused, so that nothing is added to what a person cannot check.
func (f *File) Record(o Observation) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if info, err := os.Stat(f.Path); err == nil && !info.Mode().IsRegular() {
		return fileerr.NotRegular(f.Path, info.Mode()) // a pipe or a device is never opened
	}
	fh, err := os.OpenFile(f.Path, os.O_RDWR|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return fileerr.Write(f.Path, err)
	}
	defer fh.Close()
	if err := lock(fh); err != nil {
		return fileerr.Write(f.Path, err)
	}
	defer unlock(fh)
	info, err := fh.Stat()
	if err != nil {
		return fileerr.Read(f.Path, err)
	}
	// The file is read and checked only when it changed since this File
	// last read or wrote it (another process, or a hand): appending many
	// records costs each one a write, not a parse of all before it.
	obs := f.cached
	if now := (stamp{info.Size(), info.ModTime()}); obs == nil || now != f.stamp {
		content, err := io.ReadAll(io.LimitReader(fh, maxFileBytes+1))
		if err != nil {
			return fileerr.Read(f.Path, err)
		}
		if obs, err = Parse(f.Path, content, f.Book, f.today()); err != nil {
			return &lang.Error{Msg: lang.T(lang.Message(err).Zh+"；这次没有记录，请先修好文件或换一个文件",
				lang.Message(err).En+"; nothing was recorded: mend the file or use another")}
		}
	}
	text := Format(o)
	if info.Size() == 0 {
		text = Header + text
	}
	if _, err := fh.WriteString(text); err != nil {
		return fileerr.Write(f.Path, err)
	}
	if err := fh.Sync(); err != nil {
		return fileerr.Write(f.Path, err)
	}
	f.recorded = true
	f.cached = nil
	if after, err := fh.Stat(); err == nil {
		f.cached, f.stamp = append(slices.Clip(obs), o), stamp{after.Size(), after.ModTime()}
	}
	return nil
}
