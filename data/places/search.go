package places

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"yibao/data/book"
)

// Tier is how well a place matches a query; lower is better.
type Tier int

// Match tiers, best first.
const (
	TierExact          Tier = iota // code, hanzi name, full pinyin or area code
	TierInitials                   // the initials exactly: cs → 长沙
	TierInitialsPrefix             // the start of the initials: c → 长沙
	TierPinyinPrefix               // the start of the pinyin: chang → 长沙
	TierHanzi                      // part of the hanzi name: 沙 → 长沙
	TierProvince                   // a place in the province named: 湖南 → 长沙
	TierFuzzy                      // letters in order: csha → 长沙
	TierNear                       // a near miss on the pinyin: chendu → 成都, zhongqing → 重庆
)

// Match is a place found by a query, directly or through one of its
// districts or counties.
type Match struct {
	Place book.Place
	// County is the district or county the query named (海淀区 for
	// 北京市); nil when the query named the place itself.
	County *book.County
	Tier   Tier
	// Guess is set when the query is not this place's name, pinyin,
	// initials or code, nor the start of one, but letters in order or a
	// near miss (chendu for 成都): whoever typed it must confirm it.
	Guess bool
	sub   int    // order inside the tier (prefix before substring, tighter fuzzy first)
	Hits  []int  // rune indexes into Short() that the query matched, for highlighting
	key   uint64 // its place in the list
}

// Name is the full name the query matched: the county's, or the place's.
func (m Match) Name() string {
	if m.County != nil {
		return m.County.Name
	}
	return m.Place.Name
}

// Short is the short name the query matched, which Hits index.
func (m Match) Short() string {
	if m.County != nil {
		return m.County.Short
	}
	return m.Place.Short
}

// En is the English name the query matched.
func (m Match) En() string {
	if m.County != nil {
		return m.County.En
	}
	return m.Place.En
}

// Search finds places by hanzi (full or short name), full pinyin, initials,
// code or telephone area code, ignoring case, spaces and apostrophes; a
// district or county finds its pooling place. The result is ranked: exact >
// initials > initials prefix > pinyin prefix > hanzi > province > fuzzy;
// while typing letters, capitals and large cities come before small
// places of the next tiers; a place always comes before a county of the
// same name. limit ≤ 0 means no limit.
func (ix *Index) Search(query string, limit int) []Match {
	return ix.search(query, limit, true)
}

// search is Search, over the places and units alone unless withCounties.
func (ix *Index) search(query string, limit int, withCounties bool) []Match {
	q := Normalize(query)
	if q == "" || utf8.RuneCountInString(q) > MaxQuery {
		return nil // no place name is that long
	}
	province := ix.provinces()[q]
	// The entries found are ranked in a list kept between searches: a
	// search as each key is typed then allocates only its results.
	buf, _ := ix.found.Get().(*[]found)
	if buf == nil {
		buf = new([]found)
	}
	defer func() { ix.found.Put(buf) }()
	list := ix.places().find(q, province, (*buf)[:0])
	if withCounties {
		list = ix.counties().find(q, province, list)
	}
	homophone := false
	if len(list) == 0 && withCounties && !isASCII(q) {
		// Another character of the same sound (城都 for 成都, 航州 for
		// 杭州): search by the sound, and every place found is a guess.
		if py, ok := ix.spell(q); ok {
			q, homophone = py, true
			list = ix.counties().find(q, "", ix.places().find(q, "", nil))
		}
	}
	slices.SortFunc(list, func(a, b found) int {
		return cmp.Or(cmp.Compare(a.key, b.key), cmp.Compare(a.e.code, b.e.code))
	})
	if limit > 0 && len(list) > limit {
		list = list[:limit]
	}
	out := make([]Match, len(list))
	for i, f := range list {
		out[i] = ix.materialize(f, q)
		out[i].Guess = out[i].Guess || homophone
	}
	*buf = list[:0]
	return out
}

// find appends the part's entries that match q to list, ranked.
func (pt *part) find(q, province string, list []found) []found {
	qs := newQuery(q)
	cands, all := pt.candidates(q, province)
	n := len(cands)
	if all {
		n = len(pt.entries)
	}
	for i := range n {
		id := int32(i)
		if !all {
			id = cands[i]
		}
		e := &pt.entries[id]
		if all && !e.holds(q) && (province == "" || e.province != province) {
			continue
		}
		h, ok := match(e, qs)
		if (!ok || h.tier > TierProvince) && e.county < 0 && province != "" && e.province == province {
			h, ok = hit{tier: TierProvince}, true
		}
		if ok {
			list = append(list, rank(e, h))
		}
	}
	return list
}

// hit is how an entry matched, before it becomes a Match.
type hit struct {
	tier     Tier
	sub      int
	from, to int // the matched runes of the short name
}

// found is a matching entry with its place in the list packed into key:
// the tier it is listed at, place before county, the order inside the
// tier, its real tier and order, and prominence, most significant first.
type found struct {
	e   *entry
	h   hit
	key uint64
}

// rank packs an entry's place in the list. While letters are typed, a
// capital or large city (prominence 2 or more) that matches at the start
// of its initials or pinyin is listed with the exact initials: "sh" shows
// 上海 and 深圳 before 绥化 and 双河.
//
// A near miss on a place is listed with the starts of pinyin, after the
// places and before any county whose pinyin merely starts the same
// (chendu: 成都 before 称多县), the nearest first; a near miss by a sound
// on a capital or large city is listed with them (shanhai: 上海 first).
func rank(e *entry, h hit) found {
	tier, sub := h.tier, h.sub+1
	county := uint64(0)
	switch {
	case e.county >= 0:
		county = 1
	case e.prominence >= 2 && h.tier >= TierInitials && h.tier <= TierPinyinPrefix,
		e.prominence >= 2 && h.tier == TierNear && h.sub <= costSound:
		tier, sub = TierInitials, 0
	case h.tier == TierNear:
		tier, sub = TierPinyinPrefix, 1+h.sub
	}
	key := uint64(tier)<<48 | county<<40 | uint64(min(sub, 255))<<32 | uint64(h.tier)<<24 | uint64(min(h.sub+1, 255))<<16 | uint64(3-min(e.prominence, 3))
	return found{e: e, h: h, key: key}
}

// materialize turns a found entry into a Match, with its highlights.
func (ix *Index) materialize(f found, q string) Match {
	e := f.e
	m := Match{Place: ix.b.All()[e.place], Tier: f.h.tier, Guess: f.h.tier >= TierFuzzy, sub: f.h.sub, key: f.key}
	if e.county >= 0 {
		m.County = &ix.b.Counties()[e.county]
	}
	if f.h.tier == TierFuzzy {
		_, m.Hits, _ = fuzzy(e.syllables, q)
	} else {
		m.Hits = runeRange(f.h.from, f.h.to)
	}
	return m
}

// query is a normalised query with what matching derives from it once.
type query struct {
	q       string
	bare    string // without the pinyin of 市, 县 or 区, or ""
	letters uint32 // the set of its letters
}

func newQuery(q string) query {
	qs := query{q: q}
	if isASCII(q) && !isDigits(q) {
		qs.bare, _ = withoutSuffix(q)
		qs.letters = letters(q)
	}
	return qs
}

// match compares one entry with a normalised query.
func match(e *entry, qs query) (hit, bool) {
	q := qs.q
	n := int(e.runes)
	all := func(t Tier, sub, k int) (hit, bool) { return hit{tier: t, sub: sub, to: min(k, n)}, true }
	if isDigits(q) {
		switch {
		case q == e.code:
			return all(TierExact, 0, n)
		case q == e.area:
			return all(TierExact, 1, n)
		case len(q) >= 2 && strings.HasPrefix(e.code, q):
			return hit{tier: TierPinyinPrefix}, true
		case len(q) >= 3 && strings.HasPrefix(e.area, q):
			return hit{tier: TierPinyinPrefix, sub: 1}, true
		}
		return hit{}, false
	}
	if !isASCII(q) {
		return matchHanzi(e, q)
	}
	for i, py := range e.pinyins {
		if q == py {
			return all(TierExact, i, n)
		}
	}
	switch {
	case q == e.initials:
		return all(TierInitials, 0, n)
	case strings.HasPrefix(e.initials, q):
		return all(TierInitialsPrefix, 0, len(q))
	}
	for _, py := range e.pinyins {
		if strings.HasPrefix(py, q) {
			return all(TierPinyinPrefix, 0, syllablesCovered(e.syllables, len(q)))
		}
	}
	if qs.bare != "" && slices.Contains(e.pinyins, qs.bare) {
		return all(TierExact, 2, n) // chengdushi, kunshanshi
	}
	if len(q) < 2 || e.county >= 0 || e.unit {
		return hit{}, false
	}
	if cost, ok := e.near(q, qs.letters); ok {
		return all(TierNear, cost, n)
	}
	if span, _, ok := fuzzy(e.syllables, q); ok {
		return hit{tier: TierFuzzy, sub: span}, true
	}
	return hit{}, false
}

// holds reports whether any of the entry's hanzi names holds q.
func (e *entry) holds(q string) bool {
	if strings.Contains(e.name, q) || strings.Contains(e.short, q) {
		return true
	}
	for _, n := range e.names {
		if strings.Contains(n, q) {
			return true
		}
	}
	return false
}

func matchHanzi(e *entry, q string) (hit, bool) {
	short := int(e.runes)
	if q == e.name || q == e.short || slices.Contains(e.names, q) {
		return hit{tier: TierExact, to: short}, true
	}
	for sub, name := range append([]string{e.short, e.name}, e.names...) {
		i := strings.Index(name, q)
		if i < 0 {
			continue
		}
		h := hit{tier: TierHanzi, sub: min(sub, 1) * 2}
		if i > 0 {
			h.sub++
		}
		if sub == 0 || sub == 1 && strings.HasPrefix(e.name, e.short) {
			start := utf8.RuneCountInString(name[:i])
			h.from, h.to = min(start, short), min(start+utf8.RuneCountInString(q), short)
		}
		return h, true
	}
	return hit{}, false
}

// withoutSuffix drops the pinyin of 市, 县 or 区 from the end of a query.
func withoutSuffix(q string) (string, bool) {
	for _, suf := range []string{"shi", "xian", "qu"} {
		if len(q) > len(suf)+1 && strings.HasSuffix(q, suf) {
			return q[:len(q)-len(suf)], true
		}
	}
	return "", false
}

// syllablesCovered counts the syllables a pinyin prefix of n letters touches.
func syllablesCovered(syllables []string, n int) int {
	count := 0
	for _, s := range syllables {
		if n <= 0 {
			break
		}
		count++
		n -= len(s)
	}
	return count
}

// fuzzy matches q as letters in order through the syllables, each query
// letter taken from the current syllable or the start of a later one. It
// returns how many syllables the match spans (smaller is tighter) and
// which syllables were touched.
func fuzzy(syllables []string, q string) (span int, hits []int, ok bool) {
	si, ci, first := 0, 0, -1
	var touched [16]bool
	for qi := 0; qi < len(q); qi++ {
		found := false
		for si < len(syllables) {
			if s := syllables[si]; ci < len(s) && s[ci] == q[qi] {
				if si < len(touched) {
					touched[si] = true
				}
				if first < 0 {
					first = si
				}
				ci++
				found = true
				break
			}
			si, ci = si+1, 0
		}
		if !found {
			return 0, nil, false
		}
	}
	for i := range min(len(syllables), len(touched)) {
		if touched[i] {
			hits = append(hits, i)
		}
	}
	return si - first + 1, hits, true
}

func runeRange(from, to int) []int {
	out := make([]int, 0, max(0, to-from))
	for i := from; i < to; i++ {
		out = append(out, i)
	}
	return out
}
