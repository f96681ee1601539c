package data

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxQuery is the longest normalised query searched, in runes: longer
// than any place's name, code or pinyin.
const maxQuery = 40

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
)

// Match is a place found by a query.
type Match struct {
	Place Place
	Tier  Tier
	sub   int   // order inside the tier (prefix before substring, tighter fuzzy first)
	Hits  []int // rune indexes into Place.Short that the query matched, for highlighting
}

// searchKey holds a place's normalised search forms.
type searchKey struct {
	syllables []string // pinyin syllables of the short name
	pinyins   []string // full pinyin without spaces, then aliases
	initials  string
}

func newSearchKey(p Place) searchKey {
	k := searchKey{syllables: strings.Fields(p.Pinyin), initials: p.Initials}
	k.pinyins = append(k.pinyins, strings.Join(k.syllables, ""))
	for _, a := range p.Aliases {
		k.pinyins = append(k.pinyins, Normalize(a))
	}
	return k
}

// Normalize prepares a query: fullwidth forms become ASCII, letters become
// lower case, ü becomes v, and spaces, apostrophes, hyphens and dots are
// dropped.
func Normalize(q string) string {
	var b strings.Builder
	b.Grow(len(q))
	for _, r := range q {
		switch {
		case r >= 0xFF01 && r <= 0xFF5E:
			r -= 0xFEE0
		case r == 0x3000:
			r = ' '
		}
		switch r {
		case ' ', '\t', '\n', '\r', '\'', '’', '‘', '`', '-', '·', '.', '_':
			continue
		case 'ü', 'Ü':
			r = 'v'
		}
		if !unicode.IsPrint(r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return strings.ReplaceAll(b.String(), "u:", "v")
}

// Search finds places by hanzi (full or short name), full pinyin, initials,
// code or telephone area code, ignoring case, spaces and apostrophes. The
// result is ranked: exact > initials > initials prefix > pinyin prefix >
// hanzi > fuzzy, and within a tier capitals and large cities come first.
// limit ≤ 0 means no limit.
func (b *Book) Search(query string, limit int) []Match {
	q := Normalize(query)
	if utf8.RuneCountInString(q) > maxQuery {
		return nil // no place name is that long
	}
	if q == "" {
		return nil
	}
	var out []Match
	provinces := b.provincesNamed(q)
	for i, p := range b.all() {
		m, ok := matchPlace(p, b.keys[i], q)
		if (!ok || m.Tier > TierProvince) && provinces[p.Province] {
			m, ok = Match{Place: p, Tier: TierProvince}, true
		}
		if ok {
			out = append(out, m)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, c := out[i], out[j]
		if a.Tier != c.Tier {
			return a.Tier < c.Tier
		}
		if a.sub != c.sub {
			return a.sub < c.sub
		}
		if a.Place.Prominence != c.Place.Prominence {
			return a.Place.Prominence > c.Place.Prominence
		}
		return a.Place.Code < c.Place.Code
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

// provincesNamed finds the provinces a normalised query names exactly, by
// hanzi (湖南, 湖南省) or pinyin (hunan).
func (b *Book) provincesNamed(q string) map[string]bool {
	var out map[string]bool
	for _, pr := range b.provinces {
		if q == pr.Name || q == pr.Short || q == strings.ReplaceAll(pr.Pinyin, " ", "") {
			if out == nil {
				out = map[string]bool{}
			}
			out[pr.Code] = true
		}
	}
	return out
}

func matchPlace(p Place, k searchKey, q string) (Match, bool) {
	m := Match{Place: p}
	n := utf8.RuneCountInString(p.Short)
	all := func(k int) []int {
		hits := make([]int, 0, k)
		for i := 0; i < k && i < n; i++ {
			hits = append(hits, i)
		}
		return hits
	}
	if isDigits(q) {
		switch {
		case q == p.Code:
			m.Tier, m.Hits = TierExact, all(n)
		case q == p.AreaCode:
			m.Tier, m.sub, m.Hits = TierExact, 1, all(n)
		case len(q) >= 2 && strings.HasPrefix(p.Code, q):
			m.Tier = TierPinyinPrefix
		case len(q) >= 3 && strings.HasPrefix(p.AreaCode, q):
			m.Tier, m.sub = TierPinyinPrefix, 1
		default:
			return m, false
		}
		return m, true
	}
	if !isASCII(q) {
		return matchHanzi(p, q, m)
	}
	for i, py := range k.pinyins {
		if q == py {
			m.Tier, m.sub, m.Hits = TierExact, i, all(n)
			return m, true
		}
	}
	if q == k.initials {
		m.Tier, m.Hits = TierInitials, all(n)
		return m, true
	}
	if strings.HasPrefix(k.initials, q) {
		m.Tier, m.Hits = TierInitialsPrefix, all(len(q))
		return m, true
	}
	for _, py := range k.pinyins {
		if strings.HasPrefix(py, q) {
			m.Tier, m.Hits = TierPinyinPrefix, all(syllablesCovered(k.syllables, len(q)))
			return m, true
		}
	}
	if len(q) >= 2 {
		if span, hits, ok := fuzzy(k.syllables, q); ok {
			m.Tier, m.sub, m.Hits = TierFuzzy, span, hits
			return m, true
		}
	}
	return m, false
}

func matchHanzi(p Place, q string, m Match) (Match, bool) {
	if q == p.Name || q == p.Short || contains(p.Names, q) {
		m.Tier, m.Hits = TierExact, runeRange(0, utf8.RuneCountInString(p.Short))
		return m, true
	}
	for sub, name := range []string{p.Short, p.Name} {
		if i := strings.Index(name, q); i >= 0 {
			start := utf8.RuneCountInString(name[:i])
			m.Tier, m.sub = TierHanzi, sub*2
			if i > 0 {
				m.sub++
			}
			short := utf8.RuneCountInString(p.Short)
			for _, h := range runeRange(start, start+utf8.RuneCountInString(q)) {
				if h < short {
					m.Hits = append(m.Hits, h)
				}
			}
			return m, true
		}
	}
	return m, false
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
// letter taken from the current syllable or the start of a later one
// being allowed. It returns how many syllables the match spans (smaller is
// tighter) and which syllables were touched.
func fuzzy(syllables []string, q string) (span int, hits []int, ok bool) {
	si, ci := 0, 0
	first := -1
	touched := map[int]bool{}
	for qi := 0; qi < len(q); qi++ {
		c := q[qi]
		found := false
		for si < len(syllables) {
			s := syllables[si]
			if ci < len(s) && s[ci] == c {
				touched[si] = true
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
	for i := range syllables {
		if touched[i] {
			hits = append(hits, i)
		}
	}
	return si - first + 1, hits, true
}

func runeRange(from, to int) []int {
	out := make([]int, 0, to-from)
	for i := from; i < to; i++ {
		out = append(out, i)
	}
	return out
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
