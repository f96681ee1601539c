package places

import (
	"strings"

	"yibao/data/book"
)

// Index finds places in a book. It is built once per book and is safe to
// share between sessions.
type Index struct {
	b       *book.Book
	entries []entry
	// Ways into the entries, so that a query looks at some hundreds of
	// candidates rather than every name: by the first letter of the
	// initials or pinyin, by the first two digits of the code, and by
	// province. Building them needs no sorting, so the index costs little
	// at start.
	byLetter   [26][]int32
	byCode     map[string][]int32 // first two digits of the code
	withArea   []int32            // entries with a telephone area code (places and units)
	provinces  map[string]string  // normalised province names -> code
	inProvince map[string][]int32 // province code -> its place entries
	pooled     []int32            // the place and unit entries, for fuzzy matching
}

// entry is one searchable name: a place, a unit, or a county of a place.
type entry struct {
	place      int // index into book.All()
	county     int // index into book.Counties(), or -1
	name       string
	short      string
	names      []string // other hanzi names
	code, area string
	syllables  []string // pinyin syllables of the short name
	pinyins    []string // full pinyin without spaces, then aliases
	initials   string
	province   string
	prominence int
}

// New indexes the places, units and counties of a book.
func New(b *book.Book) *Index {
	n := len(b.All()) + len(b.Counties())
	ix := &Index{b: b, entries: make([]entry, 0, n), byCode: make(map[string][]int32, 40),
		provinces: map[string]string{}, inProvince: make(map[string][]int32, 32), pooled: make([]int32, 0, len(b.All()))}
	for i, p := range b.All() {
		ix.add(entry{place: i, county: -1, name: p.Name, short: p.Short, names: p.Names, code: p.Code, area: p.AreaCode,
			initials: p.Initials, province: p.Province, prominence: p.Prominence}, p.Pinyin, p.Aliases)
	}
	at := make(map[string]int, len(b.All()))
	for i, p := range b.All() {
		at[p.Code] = i
	}
	for i, k := range b.Counties() {
		pi, ok := at[k.Place]
		if !ok {
			continue
		}
		ix.add(entry{place: pi, county: i, name: k.Name, short: k.Short, code: k.Code,
			initials: k.Initials, province: b.All()[pi].Province}, k.Pinyin, k.Aliases)
	}
	for _, pr := range b.Provinces() {
		for _, n := range []string{pr.Name, pr.Short, strings.ReplaceAll(pr.Pinyin, " ", "")} {
			ix.provinces[n] = pr.Code
		}
	}
	return ix
}

func (ix *Index) add(e entry, pinyin string, aliases []string) {
	id := int32(len(ix.entries))
	e.syllables = strings.Fields(pinyin)
	e.pinyins = make([]string, 1, 1+len(aliases))
	e.pinyins[0] = strings.Join(e.syllables, "")
	for _, a := range aliases {
		e.pinyins = append(e.pinyins, Normalize(a))
	}
	ix.entries = append(ix.entries, e)
	var letters [26]bool
	for _, k := range append(e.pinyins, e.initials) {
		if k != "" && k[0] >= 'a' && k[0] <= 'z' && !letters[k[0]-'a'] {
			letters[k[0]-'a'] = true
			ix.byLetter[k[0]-'a'] = append(ix.byLetter[k[0]-'a'], id)
		}
	}
	if len(e.code) >= 2 {
		ix.byCode[e.code[:2]] = append(ix.byCode[e.code[:2]], id)
	}
	if e.area != "" {
		ix.withArea = append(ix.withArea, id)
	}
	if e.county < 0 {
		ix.inProvince[e.province] = append(ix.inProvince[e.province], id)
		ix.pooled = append(ix.pooled, id)
	}
}

// Book is the book the index was built from.
func (ix *Index) Book() *book.Book { return ix.b }

// candidates are the entries a normalised query may match.
func (ix *Index) candidates(q string) []int32 {
	var lists [][]int32
	switch {
	case isDigits(q) && q[0] == '0':
		lists = append(lists, ix.withArea)
	case isDigits(q) && len(q) >= 2:
		lists = append(lists, ix.byCode[q[:2]])
	case isDigits(q):
	case !isASCII(q):
		return nil // hanzi: every entry is looked at (cheaply), see Search
	case q[0] >= 'a' && q[0] <= 'z':
		lists = append(lists, ix.byLetter[q[0]-'a'])
		if len(q) >= 2 {
			lists = append(lists, ix.pooled)
		}
	}
	if code, ok := ix.provinces[q]; ok {
		lists = append(lists, ix.inProvince[code])
	}
	if len(lists) == 1 {
		return lists[0]
	}
	seen := make([]uint64, (len(ix.entries)+63)/64)
	var out []int32
	for _, l := range lists {
		for _, e := range l {
			if w, bit := e/64, uint64(1)<<(e%64); seen[w]&bit == 0 {
				seen[w] |= bit
				out = append(out, e)
			}
		}
	}
	return out
}
