// Package frozen is the policy book in a compact binary form of its own,
// made from the embedded TOML by go generate, in the manner of the
// standard library's time/tzdata: parsing and checking the TOML takes tens
// of milliseconds, reading this form about one. The form records which
// TOML it was made from, and is used only for exactly those files; the
// TOML stays the source of truth, and what the form holds was checked
// when it was made.
package frozen

import (
	"encoding/binary"
	"encoding/hex"
	"hash/crc32"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"

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
	writeRules(e, c.Rules)
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
	rules := readRuleGroups(d)
	c.RulesLater, c.RulesOf = rules.all, rules.of
	c.Notes = readList(d, readNote)
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

// writeRules writes the rules in groups by the key they are filed under
// (book.RuleKey), each rule with its place in the book, after a directory
// of the groups sorted by key, 12 bytes an entry (the key's string number,
// where the group starts and how long it is): a reader finds the three
// groups an answer needs by binary search and decodes nothing else.
func writeRules(e *encoder, rules []book.Rule) {
	groups := map[string][]int{}
	for i, r := range rules {
		k := book.RuleKey(r)
		groups[k] = append(groups[k], i)
	}
	keys := slices.Sorted(maps.Keys(groups))
	outer := e.buf
	var dir, blocks []byte
	for _, k := range keys {
		e.buf = nil
		e.uint(uint64(len(groups[k])))
		for _, i := range groups[k] {
			e.uint(uint64(i))
			writeRule(e, rules[i])
		}
		dir = binary.LittleEndian.AppendUint32(dir, uint32(e.strID(k)))
		dir = binary.LittleEndian.AppendUint32(dir, uint32(len(blocks)))
		dir = binary.LittleEndian.AppendUint32(dir, uint32(len(e.buf)))
		blocks = append(blocks, e.buf...)
	}
	e.buf = outer
	e.bool(rules != nil)
	e.uint(uint64(len(rules)))
	e.uint(uint64(len(keys)))
	e.buf = append(e.buf, dir...)
	e.uint(uint64(len(blocks)))
	e.buf = append(e.buf, blocks...)
}

// ruleGroups are the rules' groups as written, each read when asked for.
type ruleGroups struct {
	set    bool
	n      int    // rules in all
	dir    []byte // 12 bytes a group
	blocks []byte
	d      decoder // for the string table
}

// readRuleGroups finds the directory and the groups, decoding none.
func readRuleGroups(d *decoder) ruleGroups {
	g := ruleGroups{set: d.bool(), n: d.count(), d: decoder{ends: d.ends, table: d.table}}
	k := d.count()
	if k > len(d.buf)/12 {
		d.err, d.buf = true, nil
		return g
	}
	g.dir, d.buf = d.buf[:12*k], d.buf[12*k:]
	n := d.count()
	g.blocks, d.buf = d.buf[:n], d.buf[n:]
	return g
}

func (g ruleGroups) groups() int { return len(g.dir) / 12 }

// key is group i's key.
func (g ruleGroups) key(i int) string {
	d := g.d
	return d.strAt(uint64(binary.LittleEndian.Uint32(g.dir[12*i:])))
}

// count is how many rules group i holds, 0 when it is broken.
func (g ruleGroups) count(i int) int {
	from := binary.LittleEndian.Uint32(g.dir[12*i+4:])
	if uint64(from) >= uint64(len(g.blocks)) {
		return 0
	}
	d := decoder{buf: g.blocks[from:]}
	return d.count()
}

// read decodes group i, giving each rule with its place in the book; it
// reports false for a broken group (the form was whole when read, so
// only a damaged binary has one).
func (g ruleGroups) read(i int, put func(int, book.Rule)) bool {
	from, n := binary.LittleEndian.Uint32(g.dir[12*i+4:]), binary.LittleEndian.Uint32(g.dir[12*i+8:])
	if uint64(from)+uint64(n) > uint64(len(g.blocks)) {
		return false
	}
	d := decoder{buf: g.blocks[from : from+n], ends: g.d.ends, table: g.d.table}
	for range d.count() {
		at := int(d.uint())
		r := readRule(&d)
		if d.err || at >= g.n {
			return false
		}
		put(at, r)
	}
	return !d.err && len(d.buf) == 0
}

// all decodes every rule, in book order, or none if a group is broken.
func (g ruleGroups) all() []book.Rule {
	if !g.set {
		return nil
	}
	out := make([]book.Rule, g.n)
	for i := range g.groups() {
		if !g.read(i, func(at int, r book.Rule) { out[at] = r }) {
			return nil
		}
	}
	return out
}

// of decodes the rules filed under keys, in book order.
func (g ruleGroups) of(keys ...string) []book.Rule {
	type placed struct {
		at int
		r  book.Rule
	}
	var groups []int
	n := 0
	for j, k := range keys {
		i, found := sort.Find(g.groups(), func(i int) int { return strings.Compare(k, g.key(i)) })
		if found && !slices.Contains(keys[:j], k) {
			groups = append(groups, i)
			n += g.count(i)
		}
	}
	got := make([]placed, 0, n)
	for _, i := range groups {
		if !g.read(i, func(at int, r book.Rule) { got = append(got, placed{at, r}) }) {
			return nil
		}
	}
	slices.SortFunc(got, func(a, b placed) int { return a.at - b.at })
	out := make([]book.Rule, len(got))
	for i, p := range got {
		out[i] = p.r
	}
	return out
}
