package places_test

import (
	"reflect"
	"strings"
	"testing"

	"yibao/data/places"
	"yibao/internal/testkit"
)

// TestLookupWithoutIndex: a lookup answered without the index (a place's
// own name, code, area code, pinyin or alias) gives what the index
// gives, and so does every other query, for every place, unit and county
// and for the starts of their names.
func TestLookupWithoutIndex(t *testing.T) {
	ix := testkit.Places(t)
	b := ix.Book()
	var queries []string
	for _, p := range b.All() {
		queries = append(queries, p.Code, p.AreaCode, p.Name, p.Short, p.Pinyin, strings.ToUpper(p.Pinyin),
			strings.ReplaceAll(p.Pinyin, " ", ""), p.Initials, " "+p.Name+" ", p.En)
		queries = append(queries, p.Names...)
		queries = append(queries, p.Aliases...)
		if r := []rune(p.Short); len(r) > 1 {
			queries = append(queries, string(r[:1]))
		}
	}
	for i, c := range b.Counties() {
		if i%29 == 0 {
			queries = append(queries, c.Name, c.Short, c.Code, c.Pinyin)
		}
	}
	queries = append(queries, "", "  ", "beijng", "xian", "xi'an", "fuzhou", "朝阳", "0", "00", "110000", "bj", strings.Repeat("长", 40))
	for _, q := range queries {
		m, err := ix.Lookup(q)
		want, werr := ix.LookupIndexed(q)
		if !reflect.DeepEqual(m, want) || (err == nil) != (werr == nil) || err != nil && err.Error() != werr.Error() {
			t.Fatalf("Lookup(%q) = %v %v, through the index %v %v", q, m.Name(), err, want.Name(), werr)
		}
	}
}

// TestExactLookupBuildsNoIndex: naming a place exactly costs some tens of
// allocations, not the index's thousands.
func TestExactLookupBuildsNoIndex(t *testing.T) {
	b := testkit.Book(t)
	indexed := testing.AllocsPerRun(5, func() { places.New(b).Search("beijing", 1) })
	if indexed < 1000 {
		t.Fatalf("a search on a new index: %.0f allocations, too few to tell it from a lookup", indexed)
	}
	for _, q := range []string{"北京", "beijing", "110100", "010", "长沙市"} {
		allocs := testing.AllocsPerRun(5, func() {
			if _, err := places.New(b).Lookup(q); err != nil {
				t.Fatal(err)
			}
		})
		if allocs > 60 {
			t.Errorf("Lookup(%q) on a new index: %.0f allocations; the index was built", q, allocs)
		}
	}
}
