// Package book is the policy book: the places, the dated and sourced
// rules, the eligibility notes, the balance-query channels and the guides.
// It ships inside the binary as TOML (the source of truth, embed.go); the
// package load reads and checks it, and lays local correction files over
// it; the package frozen keeps a compact decoded form of it, made by go
// generate, so that a start needs no parsing.
package book

import (
	"cmp"
	"maps"
	"slices"
	"sync"
)

// Book is the loaded policy book. It is read-only once loaded and safe to
// share between sessions.
type Book struct {
	provinces []Province
	places    []Place // the 369 pooling places, then the provincial units
	pooling   int     // how many of places are pooling places
	counties  func() []County
	rules     func() []Rule
	// rulesOf gives the rules filed under some keys (RuleKey), in book
	// order, without the others; nil when the book holds its rules whole.
	rulesOf  func(keys ...string) []Rule
	notes    []Note
	channels []Channel
	guides   []Guide
	sources  map[string]Source // shared [[source]] tables by id

	files    []string      // every file loaded, embedded first
	replaced []Replacement // what local rules took over
}

// Contents are the parts a book is made of, for the loader to assemble.
type Contents struct {
	Provinces []Province
	Places    []Place // the pooling places and the provincial units, in any order
	Counties  []County
	// CountiesLater, when set, gives the counties the first time they
	// are asked for, instead of Counties: the frozen form decodes its
	// 2,818 counties only when a search needs them.
	CountiesLater func() []County
	Rules         []Rule
	// RulesLater and RulesOf, when set, replace Rules: RulesLater gives
	// every rule the first time they are all asked for, RulesOf those
	// filed under some keys (RuleKey), in book order. The frozen form
	// decodes only the rules an answer for one place needs.
	RulesLater func() []Rule
	RulesOf    func(keys ...string) []Rule
	Notes      []Note
	Channels   []Channel
	Guides     []Guide
	Sources    map[string]Source // shared [[source]] tables by id
	Files      []string
	Replaced   []Replacement
}

// New makes a book of its parts, sorted and indexed. The book keeps the
// slices; the caller must not change them afterwards.
func New(c Contents) *Book {
	b := &Book{provinces: c.Provinces, places: c.Places, notes: c.Notes,
		channels: c.Channels, guides: c.Guides, sources: c.Sources, files: c.Files, replaced: c.Replaced}
	if c.RulesLater != nil && c.RulesOf != nil {
		b.rules, b.rulesOf = sync.OnceValue(c.RulesLater), c.RulesOf
	} else {
		b.rules = func() []Rule { return c.Rules }
	}
	if c.CountiesLater != nil {
		b.counties = sync.OnceValue(c.CountiesLater)
	} else {
		b.counties = func() []County { return c.Counties }
	}
	if b.sources == nil {
		b.sources = map[string]Source{}
	}
	b.index()
	return b
}

// Contents returns copies of the book's parts, for a loader to lay local
// files over without changing the book.
func (b *Book) Contents() Contents {
	return Contents{Provinces: b.provinces, Places: b.places, Counties: b.Counties(),
		Rules: slices.Clone(b.Rules()), Notes: slices.Clone(b.notes), Channels: slices.Clone(b.channels),
		Guides: slices.Clone(b.guides), Sources: maps.Clone(b.sources), Files: slices.Clone(b.files),
		Replaced: slices.Clone(b.replaced)}
}

// Pooling is how many of All are pooling places: the rest are units.
func (b *Book) Pooling() int { return b.pooling }

// Replacement records that a local rule took over from an embedded one for
// some (insurance, status) pairs, at the same scope or a wider one (a
// local city rule under an embedded province rule).
type Replacement struct {
	Local, Embedded string // rule ids
	Place           string // for a city rule under a province rule: the place; else ""
	Pairs           []Pair
}

// Provinces returns the 31 provinces in code order.
func (b *Book) Provinces() []Province { return b.provinces }

// Places returns the 369 pooling places in code order.
func (b *Book) Places() []Place { return b.places[:b.pooling] }

// Units returns the provincial-level pooling units (省本级 / 省直), which
// are not among the 369 places.
func (b *Book) Units() []Place { return b.places[b.pooling:] }

// All returns the pooling places followed by the units.
func (b *Book) All() []Place { return b.places }

// Counties returns the districts, counties and county-level cities, each
// naming its pooling place.
func (b *Book) Counties() []County { return b.counties() }

// Rules returns every rule, embedded ones first.
func (b *Book) Rules() []Rule { return b.rules() }

// RuleKey is the code a rule is filed under: its place's, unit's or
// province's, or "" for a national rule.
func RuleKey(r Rule) string {
	if r.Scope == ScopeNational {
		return ""
	}
	return r.Code
}

// RulesFor returns, in book order, the rules that may apply to a place:
// the national ones, its province's and its own (Rule.AppliesTo decides).
// From the frozen form only these are decoded.
func (b *Book) RulesFor(p Place) []Rule {
	if b.rulesOf != nil {
		return b.rulesOf("", p.Province, p.Code)
	}
	var out []Rule
	for _, r := range b.Rules() {
		if k := RuleKey(r); k == "" || k == p.Province || k == p.Code {
			out = append(out, r)
		}
	}
	return out
}

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

// Place looks a place or a provincial unit up by its six-digit code.
func (b *Book) Place(code string) (Place, bool) {
	i, ok := b.placeAt(code)
	if !ok {
		return Place{}, false
	}
	return b.places[i], true
}

// Province looks a province up by its six-digit code.
func (b *Book) Province(code string) (Province, bool) {
	i, ok := slices.BinarySearchFunc(b.provinces, code, func(p Province, c string) int { return cmp.Compare(p.Code, c) })
	if !ok {
		return Province{}, false
	}
	return b.provinces[i], true
}

// ProvinceOf returns the province of a place.
func (b *Book) ProvinceOf(p Place) Province {
	pr, _ := b.Province(p.Province)
	return pr
}

// Guide looks a guide up by id.
func (b *Book) Guide(id string) (Guide, bool) {
	i := slices.IndexFunc(b.guides, func(g Guide) bool { return g.ID == id })
	if i < 0 {
		return Guide{}, false
	}
	return b.guides[i], true
}

// index sorts the provinces and the places (units last) after loading,
// for lookups by code.
func (b *Book) index() {
	slices.SortFunc(b.provinces, func(x, y Province) int { return cmp.Compare(x.Code, y.Code) })
	byKindThenCode := func(x, y Place) int {
		if (x.Kind == Unit) != (y.Kind == Unit) {
			if x.Kind == Unit {
				return 1
			}
			return -1
		}
		return cmp.Compare(x.Code, y.Code)
	}
	slices.SortFunc(b.places, byKindThenCode)
	b.pooling = slices.IndexFunc(b.places, func(p Place) bool { return p.Kind == Unit })
	if b.pooling < 0 {
		b.pooling = len(b.places)
	}
}

// placeAt finds a place or unit by code in the sorted places (by binary
// search: a start builds no map).
func (b *Book) placeAt(code string) (int, bool) {
	byCode := func(p Place, c string) int { return cmp.Compare(p.Code, c) }
	if i, ok := slices.BinarySearchFunc(b.places[:b.pooling], code, byCode); ok {
		return i, true
	}
	i, ok := slices.BinarySearchFunc(b.places[b.pooling:], code, byCode)
	return b.pooling + i, ok
}

// Known reports whether code names a place, a unit or a province.
func (b *Book) Known(code string) bool {
	_, p := b.placeAt(code)
	_, q := b.Province(code)
	return p || q
}

// InArea reports whether a place lies in any of the given place or
// province codes.
func InArea(p Place, codes []string) bool {
	for _, c := range codes {
		if c == p.Code || c == p.Province {
			return true
		}
	}
	return false
}
