package places

import (
	"strings"
	"sync"
	"unicode/utf8"

	"yibao/data/book"
)

// Index finds places in a book. It is made once per book and is safe to
// share between sessions. Each part is built the first time a search
// needs it: the places and units, then the 2,818 districts and counties,
// so that a one-shot lookup by a place's own name or code pays for
// neither (Lookup).
type Index struct {
	b         *book.Book
	places    func() *part
	counties  func() *part
	sounds    func() map[rune]string   // the syllable of each character in the names
	provinces func() map[string]string // normalised province names -> code
	found     sync.Pool                // *[]found, the lists searches rank in
}

// part indexes some of the searchable names.
type part struct {
	entries []entry
	// Ways into the entries, so that a query looks at some hundreds of
	// candidates rather than every name: by the first letter of the
	// initials or pinyin, by the first two digits of the code, and by
	// province. Building them needs no sorting, so the index costs little.
	byLetter   [26][]int32
	byCode     map[string][]int32 // first two digits of the code
	withArea   []int32            // entries with a telephone area code (places and units)
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
	readings   []string // the pinyin as misread, for near misses (zhongqing for 重庆)
	letters    uint32   // every letter of its pinyins and readings (places only)
	initials   string
	province   string
	prominence int
	unit       bool  // a provincial unit: found by its own names, never by scattered letters
	runes      int32 // the length of the short name, in runes
}

// New returns an index of the places, units and counties of a book, each
// part built when first needed.
func New(b *book.Book) *Index {
	ix := &Index{b: b}
	ix.places = sync.OnceValue(ix.indexPlaces)
	ix.counties = sync.OnceValue(ix.indexCounties)
	ix.sounds = sync.OnceValue(ix.indexSounds)
	ix.provinces = sync.OnceValue(ix.indexProvinces)
	return ix
}

// indexPlaces indexes the places and units.
func (ix *Index) indexPlaces() *part {
	all := ix.b.All()
	pt := newPart(len(all))
	for i, p := range all {
		pt.add(placeEntry(i, p), p.Pinyin, p.Aliases, englishKey(p))
	}
	return pt
}

// placeEntry is the entry of place i of book.All(), before its spellings.
func placeEntry(i int, p book.Place) entry {
	return entry{place: i, county: -1, name: p.Name, short: p.Short, names: p.Names, code: p.Code, area: p.AreaCode,
		initials: p.Initials, province: p.Province, prominence: p.Prominence, unit: p.Kind == book.Unit}
}

// englishKey is a place's English name as a key where it is spelt
// otherwise than its pinyin (Urumqi, Hohhot, Lhasa); empty elsewhere.
func englishKey(p book.Place) string {
	if p.Kind != book.Unit && isASCII(p.En) && !sameLetters(p.En, p.Pinyin) {
		return asciiKey(p.En)
	}
	return ""
}

// indexProvinces maps the provinces' names, short names and pinyin to
// their codes.
func (ix *Index) indexProvinces() map[string]string {
	out := map[string]string{}
	for _, pr := range ix.b.Provinces() {
		for _, n := range []string{pr.Name, pr.Short, strings.ReplaceAll(pr.Pinyin, " ", "")} {
			out[n] = pr.Code
		}
	}
	return out
}

func newPart(n int) *part {
	return &part{entries: make([]entry, 0, n), byCode: make(map[string][]int32, 40), inProvince: make(map[string][]int32, 32)}
}

// indexCounties indexes the districts and counties, each under its place.
func (ix *Index) indexCounties() *part {
	all := ix.b.All()
	at := make(map[string]int, len(all))
	for i, p := range all {
		at[p.Code] = i
	}
	cs := ix.b.Counties()
	pt := newPart(len(cs))
	for i, k := range cs {
		if pi, ok := at[k.Place]; ok {
			pt.add(entry{place: pi, county: i, name: k.Name, short: k.Short, code: k.Code,
				initials: k.Initials, province: all[pi].Province}, k.Pinyin, k.Aliases, "")
		}
	}
	return pt
}

// indexSounds reads the syllable of each character from the names whose
// pinyin has one syllable a character, places first: 城 cheng, 都 du.
func (ix *Index) indexSounds() map[rune]string {
	out := make(map[rune]string, 1500)
	learn := func(short, pinyin string) {
		syl := strings.Fields(pinyin)
		if utf8.RuneCountInString(short) != len(syl) {
			return
		}
		i := 0
		for _, r := range short {
			if _, ok := out[r]; !ok {
				out[r] = syl[i]
			}
			i++
		}
	}
	for _, p := range ix.b.All() {
		learn(p.Short, p.Pinyin)
	}
	for _, k := range ix.b.Counties() {
		learn(k.Short, k.Pinyin)
	}
	out['市'], out['县'], out['区'] = "shi", "xian", "qu"
	return out
}

// spell writes hanzi in pinyin by the sounds the names give them, or
// reports that a character is in no name.
func (ix *Index) spell(q string) (string, bool) {
	sounds := ix.sounds()
	var b strings.Builder
	for _, r := range q {
		s, ok := sounds[r]
		if !ok {
			return "", false
		}
		b.WriteString(s)
	}
	return b.String(), true
}

// spell gives an entry its pinyin syllables and the spellings it is found
// by: its pinyin, its other spellings (normalised here) and its English
// name when that is spelt otherwise (en, a key).
func (e *entry) spell(pinyin string, aliases []string, en string) {
	e.syllables = strings.Fields(pinyin)
	e.runes = int32(utf8.RuneCountInString(e.short))
	e.pinyins = make([]string, 1, 1+len(aliases)+min(len(en), 1))
	e.pinyins[0] = strings.Join(e.syllables, "")
	for _, a := range aliases {
		e.pinyins = append(e.pinyins, Normalize(a))
	}
	if en != "" {
		e.pinyins = append(e.pinyins, en)
	}
	if e.county < 0 {
		e.readings = misreadings(e.short, e.syllables)
		for _, py := range e.pinyins {
			e.letters |= letters(py)
		}
		for _, py := range e.readings {
			e.letters |= letters(py)
		}
	}
}

// add indexes an entry by its spellings (spell).
func (pt *part) add(e entry, pinyin string, aliases []string, en string) {
	id := int32(len(pt.entries))
	e.spell(pinyin, aliases, en)
	pt.entries = append(pt.entries, e)
	var letters [26]bool
	mark := func(k string) {
		if k != "" && k[0] >= 'a' && k[0] <= 'z' && !letters[k[0]-'a'] {
			letters[k[0]-'a'] = true
			pt.byLetter[k[0]-'a'] = append(pt.byLetter[k[0]-'a'], id)
		}
	}
	for _, k := range e.pinyins {
		mark(k)
	}
	mark(e.initials)
	if len(e.code) >= 2 {
		pt.byCode[e.code[:2]] = append(pt.byCode[e.code[:2]], id)
	}
	if e.area != "" {
		pt.withArea = append(pt.withArea, id)
	}
	if e.county < 0 {
		pt.inProvince[e.province] = append(pt.inProvince[e.province], id)
		pt.pooled = append(pt.pooled, id)
	}
}

// sameLetters reports whether two ASCII names have the same letters,
// ignoring case, spaces and apostrophes: Xi'an and "xi an".
func sameLetters(a, b string) bool {
	next := func(s string, i int) int {
		for i < len(s) && !('a' <= s[i]|0x20 && s[i]|0x20 <= 'z') {
			i++
		}
		return i
	}
	i, j := next(a, 0), next(b, 0)
	for i < len(a) && j < len(b) {
		if a[i]|0x20 != b[j]|0x20 {
			return false
		}
		i, j = next(a, i+1), next(b, j+1)
	}
	return i == len(a) && j == len(b)
}

// asciiKey is an ASCII name in lower case, letters only: "Xi'an" is xian.
func asciiKey(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; 'a' <= c && c <= 'z' {
			b = append(b, c)
		}
	}
	return string(b)
}

// Book is the book the index was built from.
func (ix *Index) Book() *book.Book { return ix.b }

// candidates are the entries of a part a normalised query may match, in
// their order; all reports that every entry must be looked at (hanzi are
// compared cheaply, see Search).
func (pt *part) candidates(q, province string) (ids []int32, all bool) {
	var lists [][]int32
	switch {
	case isDigits(q) && q[0] == '0':
		lists = append(lists, pt.withArea)
	case isDigits(q) && len(q) >= 2:
		lists = append(lists, pt.byCode[q[:2]])
	case isDigits(q):
	case !isASCII(q):
		return nil, true
	case q[0] >= 'a' && q[0] <= 'z':
		lists = append(lists, pt.byLetter[q[0]-'a'])
		if len(q) >= 2 {
			lists = append(lists, pt.pooled)
		}
	}
	if province != "" {
		lists = append(lists, pt.inProvince[province])
	}
	if len(lists) == 1 {
		return lists[0], false
	}
	seen := make([]uint64, (len(pt.entries)+63)/64)
	n := 0
	for _, l := range lists {
		n += len(l)
	}
	out := make([]int32, 0, n)
	for _, l := range lists {
		for _, e := range l {
			if w, bit := e/64, uint64(1)<<(e%64); seen[w]&bit == 0 {
				seen[w] |= bit
				out = append(out, e)
			}
		}
	}
	return out, false
}
