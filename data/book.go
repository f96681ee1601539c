package data

import "sort"

// Book is the loaded policy book: places, rules, notes and channels. It is
// read-only once loaded and safe to share between sessions.
type Book struct {
	provinces []Province
	places    []Place
	units     []Place // provincial-level pooling units, kind unit
	rules     []Rule
	notes     []Note
	channels  []Channel
	guides    []Guide
	sources   map[string]Source // shared [[source]] tables by id

	placeIdx    map[string]int
	provinceIdx map[string]int
	keys        []searchKey // normalised search keys, parallel to places

	files    []string      // every file loaded, embedded first
	replaced []Replacement // embedded rules that local files replaced
}

// Replacement records that a local rule took over from an embedded one for
// some (insurance, status) pairs.
type Replacement struct {
	Local, Embedded string // rule ids
	Pairs           []Pair
}

// Pair is one (insurance, status) combination.
type Pair struct {
	Insurance Insurance
	Status    Status
}

// Provinces returns the 31 provinces in code order.
func (b *Book) Provinces() []Province { return b.provinces }

// Places returns the 369 pooling places in code order.
func (b *Book) Places() []Place { return b.places }

// Units returns the provincial-level pooling units (省本级 / 省直), which
// are not among the 369 places.
func (b *Book) Units() []Place { return b.units }

// Rules returns every rule, embedded ones first.
func (b *Book) Rules() []Rule { return b.rules }

// Notes returns the eligibility notes in book order.
func (b *Book) Notes() []Note { return b.notes }

// Channels returns the balance-query channels in book order.
func (b *Book) Channels() []Channel { return b.channels }

// Guides returns the more-help guides in book order.
func (b *Book) Guides() []Guide { return b.guides }

// Files lists the files the book was loaded from.
func (b *Book) Files() []string { return b.files }

// Replacements lists embedded rules overridden by local files.
func (b *Book) Replacements() []Replacement { return b.replaced }

// all is the places followed by the units.
func (b *Book) all() []Place {
	if len(b.units) == 0 {
		return b.places
	}
	return append(append(make([]Place, 0, len(b.places)+len(b.units)), b.places...), b.units...)
}

// Place looks a place or a provincial unit up by its six-digit code.
func (b *Book) Place(code string) (Place, bool) {
	i, ok := b.placeIdx[code]
	if !ok {
		return Place{}, false
	}
	if i >= len(b.places) {
		return b.units[i-len(b.places)], true
	}
	return b.places[i], true
}

// Province looks a province up by its six-digit code.
func (b *Book) Province(code string) (Province, bool) {
	i, ok := b.provinceIdx[code]
	if !ok {
		return Province{}, false
	}
	return b.provinces[i], true
}

// Guide looks a guide up by id.
func (b *Book) Guide(id string) (Guide, bool) {
	for _, g := range b.guides {
		if g.ID == id {
			return g, true
		}
	}
	return Guide{}, false
}

// index builds the lookup tables after loading.
func (b *Book) index() {
	sort.Slice(b.provinces, func(i, j int) bool { return b.provinces[i].Code < b.provinces[j].Code })
	sort.Slice(b.places, func(i, j int) bool { return b.places[i].Code < b.places[j].Code })
	b.provinceIdx = make(map[string]int, len(b.provinces))
	for i, p := range b.provinces {
		b.provinceIdx[p.Code] = i
	}
	sort.Slice(b.units, func(i, j int) bool { return b.units[i].Code < b.units[j].Code })
	b.placeIdx = make(map[string]int, len(b.places)+len(b.units))
	for i, p := range b.all() {
		b.placeIdx[p.Code] = i
	}
	b.keys = make([]searchKey, 0, len(b.places)+len(b.units))
	for _, p := range b.all() {
		b.keys = append(b.keys, newSearchKey(p))
	}
}

// knownCode reports whether code names a place or a province.
func (b *Book) knownCode(code string) bool {
	_, p := b.placeIdx[code]
	_, q := b.provinceIdx[code]
	return p || q
}

// inArea reports whether a place lies in any of the given place or
// province codes.
func inArea(p Place, codes []string) bool {
	for _, c := range codes {
		if c == p.Code || c == p.Province {
			return true
		}
	}
	return false
}
