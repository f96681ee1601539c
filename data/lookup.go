package data

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// PlaceError says why a place query did not pick one place. Candidates are
// the places that matched equally well (Ambiguous) or suggestions for an
// unknown name.
type PlaceError struct {
	Query      string
	Ambiguous  bool
	Candidates []Place
}

func (e *PlaceError) Error() string { return e.Message(nil).Zh + " / " + e.Message(nil).En }

// Message explains the error in plain words, naming each candidate with
// its province when a book is given.
func (e *PlaceError) Message(b *Book) Text {
	names := func(l Lang) string {
		parts := make([]string, len(e.Candidates))
		for i, p := range e.Candidates {
			name := p.Name
			if l == EN {
				name = p.En + " " + p.Name
			}
			if b != nil && p.Kind != KindMunicipality {
				if l == EN {
					name += " (" + b.ProvinceName(p, l) + ")"
				} else {
					name += "（" + b.ProvinceName(p, l) + "）"
				}
			}
			parts[i] = name + " " + p.Code
		}
		sep := "、"
		if l == EN {
			sep = ", "
		}
		return strings.Join(parts, sep)
	}
	switch {
	case e.Ambiguous:
		return T(
			fmt.Sprintf("「%s」同时对应几个地区：%s。请输入完整名称、拼音或代码。", Quoted(e.Query), names(ZH)),
			fmt.Sprintf("%q matches several places equally well: %s. Type the full name, pinyin or code.", Quoted(e.Query), names(EN)))
	case len(e.Candidates) > 0:
		return T(
			fmt.Sprintf("找不到地区「%s」。是不是：%s？", Quoted(e.Query), names(ZH)),
			fmt.Sprintf("No place called %q. Did you mean: %s?", Quoted(e.Query), names(EN)))
	default:
		return T(
			fmt.Sprintf("找不到地区「%s」。请输入城市的汉字、拼音、首字母或六位代码，例如 长沙、changsha、cs、430100。", Quoted(e.Query)),
			fmt.Sprintf("No place called %q. Type the city in hanzi, pinyin, initials or its six-digit code, e.g. 长沙, changsha, cs, 430100.", Quoted(e.Query)))
	}
}

// Lookup picks the one place a query names. When several places match
// equally well (bj: 北京, 毕节, 宝鸡) or none does, it returns a
// *PlaceError listing them or suggesting near spellings.
func (b *Book) Lookup(query string) (Place, error) {
	q := strings.TrimSpace(query)
	if Normalize(q) == "" {
		return Place{}, &PlaceError{Query: q}
	}
	ms := b.Search(q, 0)
	if len(ms) == 0 {
		return Place{}, &PlaceError{Query: q, Candidates: b.suggest(q)}
	}
	best := ms[0]
	var tied []Place
	for _, m := range ms {
		if m.Tier == best.Tier && m.sub == best.sub {
			tied = append(tied, m.Place)
		}
	}
	if len(tied) > 1 {
		if len(tied) > 8 {
			tied = tied[:8]
		}
		return Place{}, &PlaceError{Query: q, Ambiguous: true, Candidates: tied}
	}
	return best.Place, nil
}

// Suggest offers places for a query that finds nothing: it backs off one
// character at a time until something matches (shangai: 上海, 上饶 ...).
func (b *Book) Suggest(q string) []Place { return b.suggest(q) }

// suggest backs off one character at a time until something matches.
func (b *Book) suggest(q string) []Place {
	n := Normalize(q)
	if r := []rune(n); len(r) > maxQuery {
		n = string(r[:maxQuery])
	}
	for utf8.RuneCountInString(n) > 1 {
		_, size := utf8.DecodeLastRuneInString(n)
		n = n[:len(n)-size]
		if ms := b.Search(n, 5); len(ms) > 0 {
			out := make([]Place, len(ms))
			for i, m := range ms {
				out[i] = m.Place
			}
			return out
		}
	}
	return nil
}

// Quoted shortens a query for quoting back in a message: a flood of text is
// not worth repeating in full.
func Quoted(q string) string {
	const most = 20
	if r := []rune(q); len(r) > most {
		return string(r[:most]) + "..."
	}
	return q
}
