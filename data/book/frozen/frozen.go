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

// Sum identifies the files: their names, lengths and CRC-32C checksums
// (hardware-assisted: a few hundredths of a millisecond for the whole
// book). It tells an edited book from the one a form was made from; it is
// no defence against anyone, who could change the binary anyway.
func Sum(files []File) string {
	tab := crc32.MakeTable(crc32.Castagnoli)
	var b []byte
	for _, f := range files {
		c := crc32.Checksum(f.Content, tab)
		b = append(b, f.Name+":"+strconv.Itoa(len(f.Content))+":"+hex.EncodeToString([]byte{byte(c >> 24), byte(c >> 16), byte(c >> 8), byte(c)})+"\n"...)
	}
	return string(b)
}

// Encode writes a book in the form, made from files with the given sum.
func Encode(sum string, b *book.Book) []byte {
	c := b.Contents()
	e := newEncoder()
	e.str(sum)
	list(e, c.Provinces, writeProvince)
	list(e, c.Places, writePlace)
	list(e, c.Counties, writeCounty)
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
	d, err := newDecoder(data)
	if err != nil || d.str() != sum {
		return nil, false
	}
	c := book.Contents{
		Provinces: readList(d, readProvince), Places: readList(d, readPlace), Counties: readList(d, readCounty),
		Rules: readList(d, readRule), Notes: readList(d, readNote), Channels: readList(d, readChannel), Guides: readList(d, readGuide),
	}
	srcs := readList(d, readNamedSource)
	c.Files = d.strs()
	if d.err || len(d.buf) != 0 {
		return nil, false
	}
	c.Sources = make(map[string]book.Source, len(srcs))
	for _, s := range srcs {
		c.Sources[s.ID] = s.Source
	}
	return book.New(c), true
}
