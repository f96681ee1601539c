// Package frozen is the policy book in a compact binary form of its own,
// made from the embedded TOML by go generate, in the manner of the
// standard library's time/tzdata: parsing and checking the TOML takes tens
// of milliseconds, reading this form about one. The form records which
// TOML it was made from, and is used only for exactly those files; the
// TOML stays the source of truth, and what the form holds was checked
// when it was made.
package frozen

import (
	"encoding/hex"
	"hash/crc32"
	"maps"
	"slices"
	"strconv"

	"yibao/data/book"
)

// File is a book file's name and text.
type File struct {
	Name    string
	Content []byte
}

// Sum identifies the files: their names, lengths and CRC-32 checksums
// (IEEE, hardware-assisted, whose tables cost nothing to set up, unlike
// CRC-32C's: a few hundredths of a millisecond for the whole book). It tells an edited book from the one a form was made from; it is
// no defence against anyone, who could change the binary anyway.
func Sum(files []File) string {
	var b []byte
	for _, f := range files {
		b = sumLine(b, f.Name, len(f.Content), crc32.ChecksumIEEE(f.Content))
	}
	return string(b)
}

func sumLine(b []byte, name string, size int, c uint32) []byte {
	b = append(b, name+":"+strconv.Itoa(size)+":"...)
	b = hex.AppendEncode(b, []byte{byte(c >> 24), byte(c >> 16), byte(c >> 8), byte(c)})
	return append(b, '\n')
}

// Encode writes a book in the form, made from files with the given sum.
func Encode(sum string, b *book.Book) []byte {
	c := b.Contents()
	e := newEncoder()
	e.str(sum)
	list(e, c.Provinces, writeProvince)
	list(e, c.Places, writePlace)
	e.block(func() { list(e, c.Counties, writeCounty) })
	list(e, c.Rules, writeRule)
	list(e, c.Notes, writeNote)
	list(e, c.Channels, writeChannel)
	list(e, c.Guides, writeGuide)
	srcs := make([]book.NamedSource, 0, len(c.Sources))
	for _, id := range slices.Sorted(maps.Keys(c.Sources)) {
		srcs = append(srcs, book.NamedSource{ID: id, Source: c.Sources[id]})
	}
	list(e, srcs, writeNamedSource)
	e.strs(c.Files)
	return e.bytes()
}

// Decode reads a book from the form, if the form was made from files with
// the given sum and is whole.
func Decode(data []byte, sum string) (*book.Book, bool) {
	b, made, ok := Read(data)
	if !ok || made != sum {
		return nil, false
	}
	return b, true
}

// Read reads a book from the form, if it is whole, with the sum of the
// files it was made from.
func Read(data []byte) (b *book.Book, madeFrom string, ok bool) {
	d, err := newDecoder(data)
	if err != nil {
		return nil, "", false
	}
	madeFrom = d.str()
	c := book.Contents{Provinces: readList(d, readProvince), Places: readList(d, readPlace)}
	counties := d.block()
	c.CountiesLater = func() []book.County { return readCounties(counties) }
	c.Rules, c.Notes = readList(d, readRule), readList(d, readNote)
	c.Channels, c.Guides = readList(d, readChannel), readList(d, readGuide)
	srcs := readList(d, readNamedSource)
	c.Files = d.strs()
	if d.err || len(d.buf) != 0 {
		return nil, "", false
	}
	c.Sources = make(map[string]book.Source, len(srcs))
	for _, s := range srcs {
		c.Sources[s.ID] = s.Source
	}
	return book.New(c), madeFrom, true
}

// readCounties reads the counties' block when they are first needed; a
// broken block (the sum matched, so only a damaged binary has one) gives
// none.
func readCounties(d *decoder) []book.County {
	cs := readList(d, readCounty)
	if d.err || len(d.buf) != 0 {
		return nil
	}
	return cs
}
