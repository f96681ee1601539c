package advice

import (
	"strings"
	"testing"

	"yibao/data/book"
	"yibao/data/lang"
)

// otherPlaces finds, in the texts an answer shows outside its sources,
// the names of places and provinces other than the person's own.
func otherPlaces(b *book.Book, a Advice, l lang.Lang, memo map[string][]string) map[string][]string {
	out := map[string][]string{}
	texts := shown(a, l)
	own := []string{a.Place.Name, a.Place.Short, a.Place.En, a.Province.Name, a.Province.En}
	for where, text := range texts {
		if strings.Contains(where, "source") {
			continue // the named basis of a method may be another place
		}
		for _, n := range own {
			if n != "" {
				text = strings.ReplaceAll(text, n, "·") // 暂无锡林郭勒盟 holds no 无锡
			}
		}
		key := a.Place.Code + "\x00" + text
		if names, ok := memo[key]; ok {
			if len(names) > 0 {
				out[where] = names
			}
			continue
		}
		memo[key] = nil
		for _, p := range b.All() {
			if p.Code == a.Place.Code || p.Kind == book.Unit {
				continue
			}
			name := p.Short
			if l == lang.EN {
				name = p.En
			}
			if len([]rune(name)) < 2 || !mentions(text, name) {
				continue
			}
			if strings.Contains(a.Place.Name, name) || strings.Contains(a.Province.Name, name) || strings.Contains(a.Place.En, name) || strings.Contains(a.Province.En, name) {
				continue
			}
			memo[key] = append(memo[key], name)
		}
		for _, pr := range b.Provinces() {
			if pr.Code == a.Province.Code {
				continue
			}
			name := pr.Short
			if l == lang.EN {
				name = pr.En
			}
			if mentions(text, name) && !strings.Contains(a.Place.Name, name) && !strings.Contains(a.Place.En, name) {
				memo[key] = append(memo[key], name)
			}
		}
		if len(memo[key]) > 0 {
			out[where] = memo[key]
		}
	}
	return out
}

// TestOnlyThisPlace: no answer names another city or province outside its
// sources (where another place may be the named basis of a method), in
// either language.
func TestOnlyThisPlace(t *testing.T) {
	b := openBook(t)
	seen := map[string]bool{}
	memo := map[string][]string{}
	everyAnswer(t, func(a Advice) {
		for _, l := range []lang.Lang{lang.ZH, lang.EN} {
			for where, names := range otherPlaces(b, a, l, memo) {
				key := a.Credit.RuleID + where + strings.Join(names, ",")
				if !seen[key] {
					seen[key] = true
					t.Errorf("%s %s/%s (%s) %s [%s]: %v", a.Place.Name, a.Profile.Insurance, a.Profile.Status, l, where, a.Credit.RuleID, names)
				}
			}
		}
	})
}

// mentions reports whether text names a place: anywhere for hanzi, as a
// whole word for an English name (Dali is not in Dalian).
func mentions(text, name string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], name)
		if j < 0 {
			return false
		}
		at := i + j
		end := at + len(name)
		if name[0] >= 0x80 || (at == 0 || !isLetter(text[at-1])) && (end == len(text) || !isLetter(text[end])) {
			return true
		}
		i = end
	}
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
