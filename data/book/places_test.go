package book_test

import (
	"encoding/csv"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
	"yibao/data/book"
	"yibao/internal/testkit"
)

// openBook loads the embedded book once per test.

func TestPlaceList(t *testing.T) {
	b := testkit.Book(t)
	if n := len(b.Provinces()); n != 31 {
		t.Errorf("provinces = %d, want 31", n)
	}
	kinds := map[book.Kind]int{}
	perProvince := map[string]int{}
	seen := map[string]bool{}
	for _, p := range b.Places() {
		kinds[p.Kind]++
		perProvince[p.Province]++
		if seen[p.Code] {
			t.Errorf("code %s repeated", p.Code)
		}
		seen[p.Code] = true
		if utf8.RuneCountInString(p.Short) != len(strings.Fields(p.Pinyin)) {
			t.Errorf("%s: %d hanzi but pinyin %q has a different syllable count", p.Name, utf8.RuneCountInString(p.Short), p.Pinyin)
		}
		if p.AreaCode == "" {
			t.Errorf("%s has no area code", p.Name)
		}
	}
	want := map[book.Kind]int{book.Municipality: 4, book.Prefecture: 333, book.CountyLevel: 32}
	for k, n := range want {
		if kinds[k] != n {
			t.Errorf("%s places = %d, want %d", k, kinds[k], n)
		}
	}
	for _, pr := range b.Provinces() {
		if perProvince[pr.Code] == 0 {
			t.Errorf("province %s has no place", pr.Name)
		}
	}
}

func TestTrickyPinyin(t *testing.T) {
	b := testkit.Book(t)
	want := map[string]string{
		"500100": "chong qing", "430100": "chang sha", "350200": "xia men", "341500": "lu an",
		"340300": "beng bu", "653100": "ka shi", "540300": "chang du", "510100": "cheng du",
		"440600": "fo shan", "220100": "chang chun", "140400": "chang zhi",
	}
	for code, py := range want {
		p, ok := b.Place(code)
		if !ok {
			t.Fatalf("no place %s", code)
		}
		if p.Pinyin != py {
			t.Errorf("%s pinyin = %q, want %q", p.Name, p.Pinyin, py)
		}
	}
	if pr, _ := b.Province("540000"); pr.Pinyin != "xi zang" {
		t.Errorf("西藏 pinyin = %q, want xi zang", pr.Pinyin)
	}
}

// TestPinyinAgainstAreaCity compares every pinyin and short name with the
// curated AreaCity list (MIT) kept beside the project for tests only.
func TestPinyinAgainstAreaCity(t *testing.T) {
	f, err := os.Open("../../../shared/data/areacity-level2.csv")
	if err != nil {
		t.Skip("areacity-level2.csv not present beside the project; skipping the cross-check")
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	type row struct{ short, pinyin string }
	oracle := map[string]row{}
	for _, r := range rows[1:] {
		// columns: id,pid,deep,name,pinyin_prefix,pinyin,ext_id,ext_name
		if len(r) < 8 || len(r[6]) < 6 {
			continue // the "国外" rows
		}
		oracle[r[6][:6]] = row{short: r[3], pinyin: r[5]}
	}
	b := testkit.Book(t)
	// The oracle splits Chongqing into 城区/郊县; compare the city with the province row.
	oracle["500100"] = oracle["500000"]
	checked := 0
	for _, p := range b.Places() {
		o, ok := oracle[p.Code]
		if !ok {
			t.Errorf("%s %s missing from the oracle", p.Code, p.Name)
			continue
		}
		checked++
		if p.Code == "220200" && o.short == "吉林市" {
			// The oracle names the city 吉林市 to tell it from the province;
			// we keep 吉林 and show the province beside it.
			continue
		}
		if p.Pinyin != o.pinyin {
			t.Errorf("%s pinyin = %q, oracle %q", p.Name, p.Pinyin, o.pinyin)
		}
		if p.Short != o.short {
			t.Errorf("%s short = %q, oracle %q", p.Name, p.Short, o.short)
		}
	}
	for _, pr := range b.Provinces() {
		if o := oracle[pr.Code]; o.pinyin != pr.Pinyin {
			t.Errorf("province %s pinyin = %q, oracle %q", pr.Name, pr.Pinyin, o.pinyin)
		}
	}
	if checked != 369 {
		t.Errorf("checked %d places, want 369", checked)
	}
}
