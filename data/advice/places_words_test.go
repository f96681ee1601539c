package advice

import (
	"strings"
	"testing"

	"yibao/data/book"
	"yibao/data/lang"
)

// otherPlaces finds, in the texts an answer shows outside its sources,
// the names of places and provinces other than the person's own.
func otherPlaces(b *book.Book, a Advice, l lang.Lang) map[string][]string {
	out := map[string][]string{}
	texts := shown(a, l)
	for where, text := range texts {
		if strings.Contains(where, "source") {
			continue // the named basis of a method may be another place
		}
		for _, p := range b.All() {
			if p.Code == a.Place.Code || p.Kind == book.Unit {
				continue
			}
			name := p.Short
			if l == lang.EN {
				name = p.En
			}
			if len([]rune(name)) < 2 || !strings.Contains(text, name) {
				continue
			}
			if strings.Contains(a.Place.Name, name) || strings.Contains(a.Province.Name, name) || strings.Contains(a.Place.En, name) || strings.Contains(a.Province.En, name) {
				continue
			}
			out[where] = append(out[where], name)
		}
		for _, pr := range b.Provinces() {
			if pr.Code == a.Province.Code {
				continue
			}
			name := pr.Short
			if l == lang.EN {
				name = pr.En
			}
			if strings.Contains(text, name) && !strings.Contains(a.Place.Name, name) && !strings.Contains(a.Place.En, name) {
				out[where] = append(out[where], name)
			}
		}
	}
	return out
}

func TestOnlyThisPlace(t *testing.T) {
	b := openBook(t)
	seen := map[string]bool{}
	everyAnswer(t, func(a Advice) {
		for _, l := range []lang.Lang{lang.ZH, lang.EN} {
			for where, names := range otherPlaces(b, a, l) {
				key := a.Credit.RuleID + where + strings.Join(names, ",")
				if !seen[key] {
					seen[key] = true
					t.Errorf("%s %s/%s (%s) %s [%s]: %v", a.Place.Name, a.Profile.Insurance, a.Profile.Status, l, where, a.Credit.RuleID, names)
				}
			}
		}
	})
}
