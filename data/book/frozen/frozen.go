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
// (book.RuleKey), each group a block that a reader can skip, each rule
// with its place in the book: an answer for one place decodes three
// groups, not every rule.
func writeRules(e *encoder, rules []book.Rule) {
	groups := map[string][]int{}
	for i, r := range rules {
		k := book.RuleKey(r)
		groups[k] = append(groups[k], i)
	}
	e.bool(rules != nil)
	e.uint(uint64(len(rules)))
	e.uint(uint64(len(groups)))
	for _, k := range slices.Sorted(maps.Keys(groups)) {
		e.str(k)
		e.block(func() {
			e.uint(uint64(len(groups[k])))
			for _, i := range groups[k] {
				e.uint(uint64(i))
				writeRule(e, rules[i])
			}
		})
	}
}

// ruleGroups are the rules' groups as written, each read when asked for.
type ruleGroups struct {
	set    bool
	n      int
	groups decoder // the groups one after another, each a key and a block
	count  int
}

// readRuleGroups skips the groups of rules, decoding none.
func readRuleGroups(d *decoder) ruleGroups {
	g := ruleGroups{set: d.bool(), n: d.count()}
	g.count = d.count()
	from := d.buf
	for range g.count {
		d.str()
		d.buf = d.buf[d.count():]
	}
	g.groups = decoder{buf: from[:len(from)-len(d.buf)], ends: d.ends, table: d.table, err: d.err}
	return g
}

// each gives each group's key and block, in key order, until f says stop.
func (g ruleGroups) each(f func(key string, block decoder) bool) {
	d := g.groups
	for range g.count {
		key := d.str()
		n := d.count()
		block := decoder{buf: d.buf[:n], ends: d.ends, table: d.table, err: d.err}
		d.buf = d.buf[n:]
		if !f(key, block) || d.err {
			return
		}
	}
}

// all decodes every rule, in book order; a broken group (the form was
// whole when read, so only a damaged binary has one) gives none.
func (g ruleGroups) all() []book.Rule {
	if !g.set {
		return nil
	}
	out := make([]book.Rule, g.n)
	ok := true
	g.each(func(_ string, gd decoder) bool {
		ok = g.read(gd, func(i int, r book.Rule) { out[i] = r })
		return ok
	})
	if !ok {
		return nil
	}
	return out
}

// of decodes the rules filed under keys, in book order.
func (g ruleGroups) of(keys ...string) []book.Rule {
	type placed struct {
		i int
		r book.Rule
	}
	var got []placed
	ok := true
	g.each(func(key string, gd decoder) bool {
		if slices.Contains(keys, key) {
			ok = g.read(gd, func(i int, r book.Rule) { got = append(got, placed{i, r}) })
		}
		return ok
	})
	if !ok {
		return nil
	}
	slices.SortFunc(got, func(a, b placed) int { return a.i - b.i })
	out := make([]book.Rule, len(got))
	for i, p := range got {
		out[i] = p.r
	}
	return out
}

// read decodes one group, giving each rule with its place in the book.
func (g ruleGroups) read(d decoder, put func(int, book.Rule)) bool {
	gd := &d
	n := gd.count()
	for range n {
		i := int(gd.uint())
		r := readRule(gd)
		if gd.err || i >= g.n {
			return false
		}
		put(i, r)
	}
	return !gd.err && len(gd.buf) == 0
}
