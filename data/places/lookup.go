package places

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"yibao/data/book"
	"yibao/data/lang"
)

// PlaceError says why a query did not pick one place: several matched
// equally well (Ambiguous), the best was only a guess at what was meant
// (Guess: chendu may be 成都), or none matched (Candidates are then
// suggestions for a near spelling, if any).
type PlaceError struct {
	Query      string
	Ambiguous  bool
	Guess      bool
	Candidates []Match
	Msg        lang.Text
}

func (e *PlaceError) Error() string { return e.Msg.Line() }

// Words is the message in both languages.
func (e *PlaceError) Words() lang.Text { return e.Msg }

// Lookup picks the one place a query names, with the county it came
// through, if any. When several places match equally well (bj: 北京,
// 毕节, 宝鸡; 朝阳区: 北京 and 长春) or none does, it returns a
// *PlaceError listing them or suggesting near spellings. It never takes
// a guess: when the query names no place exactly but comes near one
// (chendu, shanhai), the error lists what it may have meant, the guess
// first.
func (ix *Index) Lookup(query string) (Match, error) {
	q := strings.TrimSpace(query)
	if m, ok := ix.exact(q); ok {
		return m, nil
	}
	return ix.lookup(q)
}

// exact is Lookup's answer for a query that names one place or unit
// exactly (its name, short name, code, area code or pinyin) and no other
// exactly: that one, found without the index, whose building would cost
// a one-shot answer more than the rest of its work. ok is false for any
// other query, which the index answers.
func (ix *Index) exact(query string) (Match, bool) {
	q := Normalize(query)
	if q == "" || utf8.RuneCountInString(q) > MaxQuery {
		return Match{}, false
	}
	var one entry
	var h hit
	n := 0
	for i, p := range ix.b.All() {
		if !mayName(p, q) {
			continue
		}
		e := placeEntry(i, p)
		e.spell(p.Pinyin, p.Aliases, englishKey(p))
		if eh, ok := match(&e, newQuery(q)); ok && eh.tier == TierExact {
			one, h, n = e, eh, n+1
		}
	}
	if n != 1 {
		return Match{}, false
	}
	return ix.materialize(rank(&one, h), q), true
}

// mayName reports whether q may be one of p's exact names (match decides):
// cheaply, without building p's entry.
func mayName(p book.Place, q string) bool {
	switch {
	case isDigits(q):
		return q == p.Code || q == p.AreaCode
	case !isASCII(q):
		return q == p.Name || q == p.Short || slices.Contains(p.Names, q)
	}
	if pinyinIs(p.Pinyin, q) || englishKey(p) == q {
		return true
	}
	for _, a := range p.Aliases {
		// A normalised alias starts as it does, in lower case, when it
		// starts with a Latin letter; any other alias is compared in full.
		if a == "" {
			return true
		}
		if c := a[0] | 0x20; a[0] >= 0x80 || c < 'a' || c > 'z' || c == q[0] {
			return true
		}
	}
	return false
}

// pinyinIs reports whether pinyin without its spaces is q.
func pinyinIs(pinyin, q string) bool {
	i := 0
	for _, r := range pinyin {
		if unicode.IsSpace(r) {
			continue
		}
		rq, n := utf8.DecodeRuneInString(q[i:])
		if n == 0 || rq != r {
			return false
		}
		i += n
	}
	return i == len(q)
}

// lookup is Lookup through the index.
func (ix *Index) lookup(q string) (Match, error) {
	// A place or unit named exactly outranks every county, so the
	// counties are searched only when no place is named exactly.
	ms := ix.search(q, 0, false)
	if !slices.ContainsFunc(ms, func(m Match) bool { return m.Tier == TierExact }) {
		ms = ix.Search(q, 0)
	}
	if len(ms) == 0 {
		e := &PlaceError{Query: q, Candidates: ix.Suggest(q)}
		e.Msg = ix.message(e)
		return Match{}, e
	}
	best := ms[0]
	for _, m := range ms {
		if m.real().less(best.real()) {
			best = m
		}
	}
	if ms[0].Guess && (best.Guess || best.Tier > TierInitials) {
		e := &PlaceError{Query: q, Guess: true, Candidates: ms[:min(len(ms), 5)]}
		e.Msg = ix.message(e)
		return Match{}, e
	}
	var tied []Match
	for _, m := range ms {
		if m.real() == best.real() && !samePlace(tied, m) {
			tied = append(tied, m)
		}
	}
	if len(tied) == 1 {
		return tied[0], nil
	}
	e := &PlaceError{Query: q, Ambiguous: true, Candidates: tied[:min(len(tied), 8)]}
	e.Msg = ix.message(e)
	return Match{}, e
}

// realRank is how well a match fits, without the help prominence gives a
// large city in the list: a lookup that ties is ambiguous.
type realRank struct {
	tier   Tier
	sub    int
	county bool
}

func (m Match) real() realRank { return realRank{m.Tier, m.sub, m.County != nil} }

func (a realRank) less(b realRank) bool {
	switch {
	case a.tier != b.tier:
		return a.tier < b.tier
	case a.county != b.county:
		return !a.county
	}
	return a.sub < b.sub
}

// samePlace reports whether a match names the same place (and county) as
// one already listed.
func samePlace(ms []Match, m Match) bool {
	for _, o := range ms {
		if o.Place.Code == m.Place.Code && (o.County == nil) == (m.County == nil) && (o.County == nil || o.County.Code == m.County.Code) {
			return true
		}
	}
	return false
}

// Suggest offers places for a query that finds nothing: it backs off one
// character at a time until something matches (shangai: 上海, 上饶 ...).
func (ix *Index) Suggest(q string) []Match {
	n := Normalize(q)
	if r := []rune(n); len(r) > MaxQuery {
		n = string(r[:MaxQuery])
	}
	for utf8.RuneCountInString(n) > 1 {
		_, size := utf8.DecodeLastRuneInString(n)
		n = n[:len(n)-size]
		if ms := ix.Search(n, 5); len(ms) > 0 {
			return ms
		}
	}
	return nil
}

// Label names a match for a person: 毕节市（贵州省）, 海淀区（北京市）,
// "Bijie 毕节市 (Guizhou)"; a municipality stands alone.
func (ix *Index) Label(m Match, l lang.Lang) string {
	pr := ix.b.ProvinceOf(m.Place)
	switch {
	case l == lang.EN && m.County != nil:
		return m.County.En + " " + m.County.Name + " (" + m.Place.En + ")"
	case l == lang.EN && m.Place.Kind == book.Municipality:
		return m.Place.En + " " + m.Place.Name
	case l == lang.EN:
		return m.Place.En + " " + m.Place.Name + " (" + pr.En + ")"
	case m.County != nil:
		return m.County.Name + "（" + m.Place.Name + "）"
	case m.Place.Kind == book.Municipality:
		return m.Place.Name
	}
	return m.Place.Name + "（" + pr.Name + "）"
}

// message explains a PlaceError in plain words, naming each candidate.
func (ix *Index) message(e *PlaceError) lang.Text {
	names := func(l lang.Lang) string {
		parts := make([]string, len(e.Candidates))
		for i, m := range e.Candidates {
			parts[i] = ix.Label(m, l)
		}
		return strings.Join(parts, lang.T("、", ", ").In(l))
	}
	q := lang.Echo(e.Query)
	switch {
	case e.Ambiguous:
		return lang.T("「"+q+"」同时对应几个地区："+names(lang.ZH)+"。请输入完整名称、拼音或代码。",
			"\""+q+"\" matches several places equally well: "+names(lang.EN)+". Type the full name, pinyin or code.")
	case e.Guess:
		return lang.T("没有名称正好是「"+q+"」的地区。是不是："+names(lang.ZH)+"？请输入完整名称、拼音或代码。",
			"No place is called exactly \""+q+"\". Did you mean: "+names(lang.EN)+"? Type the full name, pinyin or code.")
	case len(e.Candidates) > 0:
		return lang.T("找不到地区「"+q+"」。是不是："+names(lang.ZH)+"？",
			"No place called \""+q+"\". Did you mean: "+names(lang.EN)+"?")
	}
	return lang.T("找不到地区「"+q+"」。请输入城市或区县的汉字、拼音、首字母或六位代码，例如 长沙、changsha、cs、430100。",
		"No place called \""+q+"\". Type the city, district or county in hanzi, pinyin, initials or its six-digit code, e.g. 长沙, changsha, cs, 430100.")
}

// Shared reports whether ms[i] matches no better than another place listed
// with it: the same pinyin or initials (taizhou: 台州 and 泰州; bj: 北京,
// 毕节, 宝鸡), or the same district name. Lookup refuses such a query;
// a screen that lists the places asks once more before taking it.
func Shared(ms []Match, i int) bool {
	if i < 0 || i >= len(ms) {
		return false
	}
	for j, m := range ms {
		if j != i && m.real() == ms[i].real() && !samePlace(ms[i:i+1], m) {
			return true
		}
	}
	return false
}
