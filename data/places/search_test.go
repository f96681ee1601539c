package places_test

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
	"yibao/data/book"
	"yibao/data/lang"
	"yibao/data/places"
	"yibao/internal/testkit"
)

func TestSearchFirstResult(t *testing.T) {
	b := testkit.Places(t)
	cases := map[string]string{
		"bj": "北京市", "sh": "上海市", "gz": "广州市", "sz": "深圳市", "hz": "杭州市",
		"nj": "南京市", "cq": "重庆市", "cs": "长沙市", "xm": "厦门市", "jn": "济南市",
		"changsha": "长沙市", "Chang Sha": "长沙市", "CHANGSHA": "长沙市", "chang'sha": "长沙市",
		"长沙": "长沙市", "长沙市": "长沙市", "430100": "长沙市", "0731": "长沙市",
		"ｃｓ": "长沙市", "xi'an": "西安市", "xian": "西安市", "lvliang": "吕梁市",
		"luliang": "吕梁市", "lüliang": "吕梁市", "恩施": "恩施土家族苗族自治州",
		"延边": "延边朝鲜族自治州", "shennongjia": "神农架林区", "wzs": "五指山市",
		"csha": "长沙市", "beij": "北京市", "乌鲁木齐": "乌鲁木齐市",
	}
	for q, want := range cases {
		ms := b.Search(q, 5)
		if len(ms) == 0 {
			t.Errorf("Search(%q): no results, want %s", q, want)
			continue
		}
		if got := ms[0].Place.Name; got != want {
			t.Errorf("Search(%q)[0] = %s, want %s (all: %v)", q, got, want, names(ms))
		}
	}
}

func TestSearchTiers(t *testing.T) {
	b := testkit.Places(t)
	// c: initials prefix; capitals and big cities lead the ties.
	ms := b.Search("c", 3)
	if ms[0].Tier != places.TierInitialsPrefix || ms[0].Place.Name != "重庆市" {
		t.Errorf("Search(c) = %v, want 重庆 first by prominence", names(ms))
	}
	// zhou is no prefix of any pinyin: only fuzzy or nothing.
	for _, m := range b.Search("zhou", 0) {
		if m.Tier < places.TierPinyinPrefix {
			t.Errorf("Search(zhou) %s tier %d", m.Place.Name, m.Tier)
		}
	}
	// Hanzi substring lists every 州 and puts prefix matches before inner ones.
	ms = b.Search("州", 0)
	if len(ms) < 40 {
		t.Errorf("Search(州) = %d results, want dozens", len(ms))
	}
	for _, m := range ms {
		if m.Tier != places.TierHanzi {
			t.Errorf("Search(州) %s tier %d, want hanzi", m.Place.Name, m.Tier)
		}
	}
	// Highlight indexes point into the short name.
	ms = b.Search("cs", 1)
	if got := ms[0].Hits; len(got) != 2 || got[0] != 0 || got[1] != 1 {
		t.Errorf("cs hits = %v, want [0 1]", got)
	}
	ms = b.Search("沙", 0)
	for _, m := range ms {
		if m.Place.Short == "长沙" && (len(m.Hits) != 1 || m.Hits[0] != 1) {
			t.Errorf("沙 hits in 长沙 = %v, want [1]", m.Hits)
		}
	}
	if len(b.Search("", 0)) != 0 || len(b.Search("  ' ", 0)) != 0 {
		t.Error("an empty query must find nothing")
	}
}

func TestLookup(t *testing.T) {
	b := testkit.Places(t)
	for q, want := range map[string]string{"北京": "110100", "beijing": "110100", "110100": "110100", "cs": "430100", "长沙": "430100", "xiamen": "350200"} {
		m, err := b.Lookup(q)
		if err != nil || m.Place.Code != want {
			t.Errorf("Lookup(%q) = %s, %v; want %s", q, m.Place.Code, err, want)
		}
	}
	_, err := b.Lookup("bj")
	var pe *places.PlaceError
	if !errors.As(err, &pe) || !pe.Ambiguous {
		t.Fatalf("Lookup(bj) error = %v, want ambiguous", err)
	}
	msg := pe.Msg
	for _, name := range []string{"北京市", "毕节市", "宝鸡市"} {
		if !strings.Contains(msg.Zh, name) {
			t.Errorf("ambiguity message %q does not list %s", msg.Zh, name)
		}
	}
	if !strings.Contains(msg.En, "Bijie") || !strings.Contains(msg.Zh, "贵州省") {
		t.Errorf("message should name places with provinces: %q / %q", msg.Zh, msg.En)
	}
	_, err = b.Lookup("fuzhou")
	if !errors.As(err, &pe) || !pe.Ambiguous || len(pe.Candidates) != 2 {
		t.Errorf("Lookup(fuzhou) = %v, want 福州 and 抚州", err)
	}
	_, err = b.Lookup("changshaa")
	if !errors.As(err, &pe) || pe.Ambiguous || len(pe.Candidates) == 0 || pe.Candidates[0].Place.Code != "430100" {
		t.Errorf("Lookup(changshaa) = %v, want a suggestion of 长沙", err)
	}
	_, err = b.Lookup("vvvv")
	if !errors.As(err, &pe) || len(pe.Candidates) != 0 || !strings.Contains(pe.Msg.Zh, "找不到") {
		t.Errorf("Lookup(vvvv) = %v", err)
	}
}

func names(ms []places.Match) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.Place.Name
	}
	return out
}

// FuzzLookup: place queries never panic; results are in rank order,
// highlights fall inside the name shown, and errors are PlaceErrors.
func FuzzLookup(f *testing.F) {
	for _, s := range []string{"bj", "北京", "changsha", "430100", "0731", "xi'an", "ｃｓ", "", "州", "\x00\xff", "lü", "朝阳区", "海淀"} {
		f.Add(s)
	}
	ix := testkit.Places(f)
	f.Fuzz(func(t *testing.T, s string) {
		ms := ix.Search(s, 0)
		for i := 1; i < len(ms); i++ {
			if places.RankCompare(ms[i], ms[i-1]) < 0 {
				t.Fatalf("Search(%q) not in rank order", s)
			}
		}
		for _, m := range ms {
			for _, h := range m.Hits {
				if h < 0 || h >= utf8.RuneCountInString(m.Short()) {
					t.Fatalf("Search(%q): hit %d outside %s", s, h, m.Short())
				}
			}
		}
		m, err := ix.Lookup(s)
		var pe *places.PlaceError
		if err != nil && (!errors.As(err, &pe) || strings.ContainsAny(err.Error(), "\n\r\x1b")) {
			t.Fatalf("Lookup(%q) error %q", s, err)
		}
		if err == nil && m.Guess {
			t.Fatalf("Lookup(%q) took a guess, %s", s, m.Name())
		}
	})
}

// BenchmarkSearch runs the place search for each prefix of "changsha", as
// the place step does on every key.
func BenchmarkSearch(b *testing.B) {
	benchSearch(b, "c", "ch", "cha", "chan", "chang", "changs", "changsh", "changsha")
}

func benchSearch(b *testing.B, qs ...string) {
	ix := testkit.Places(b)
	for b.Loop() {
		for _, q := range qs {
			ix.Search(q, 30)
		}
	}
}

// BenchmarkIndex builds the places' and units' part of the index, as the
// first search does: "fuzhou" names two places exactly (福州, 抚州), which
// only the index tells apart, and no county is looked at.
func BenchmarkIndex(b *testing.B) {
	bk := testkit.Book(b)
	for b.Loop() {
		places.New(bk).Lookup("fuzhou")
	}
}

// BenchmarkIndexCounties builds the index and then the counties' part,
// as the first search does.
func BenchmarkIndexCounties(b *testing.B) {
	bk := testkit.Book(b)
	for b.Loop() {
		places.New(bk).Search("hd", 1)
	}
}

// BenchmarkLookupFresh looks a place up by its pinyin in a new index, as
// yibao advise does: without building the index.
func BenchmarkLookupFresh(b *testing.B) {
	bk := testkit.Book(b)
	for b.Loop() {
		if _, err := places.New(bk).Lookup("beijing"); err != nil {
			b.Fatal(err)
		}
	}
}

// TestCounties: a district or county finds its pooling place, and says so.
func TestCounties(t *testing.T) {
	ix := testkit.Places(t)
	for q, want := range map[string][2]string{
		"海淀区": {"北京市", "海淀区"}, "海淀": {"北京市", "海淀区"}, "haidian": {"北京市", "海淀区"},
		"昆山": {"苏州市", "昆山市"}, "kunshan": {"苏州市", "昆山市"}, "义乌": {"金华市", "义乌市"},
		"顺德": {"佛山市", "顺德区"}, "浦东新区": {"上海市", "浦东新区"}, "浦东": {"上海市", "浦东新区"},
	} {
		m, err := ix.Lookup(q)
		if err != nil || m.Place.Name != want[0] || m.County == nil || m.County.Name != want[1] {
			t.Errorf("Lookup(%q) = %s via %v, %v; want %s via %s", q, m.Place.Name, m.County, err, want[0], want[1])
			continue
		}
		if got := ix.Label(m, lang.ZH); got != want[1]+"（"+want[0]+"）" {
			t.Errorf("Label(%q) = %q", q, got)
		}
	}
	// A district name several places share is ambiguous, like bj.
	_, err := ix.Lookup("朝阳区")
	var pe *places.PlaceError
	if !errors.As(err, &pe) || !pe.Ambiguous || !strings.Contains(pe.Msg.Zh, "北京市") || !strings.Contains(pe.Msg.Zh, "长春市") {
		t.Errorf("Lookup(朝阳区) = %v, want ambiguous between 北京 and 长春", err)
	}
	// A district never outranks a prefecture's own name.
	if m, err := ix.Lookup("朝阳"); err != nil || m.Place.Code != "211300" || m.County != nil {
		t.Errorf("Lookup(朝阳) = %s, %v; want 朝阳市 itself", m.Place.Name, err)
	}
	if ms := ix.Search("朝阳", 3); len(ms) < 3 || ms[0].County != nil || ms[1].County == nil {
		t.Errorf("Search(朝阳) = %v; want 朝阳市 first, then the districts", names(ms))
	}
	if n := len(testkit.Book(t).Places()); n != 369 {
		t.Errorf("places = %d, want 369 with the counties in", n)
	}
}

// TestUnits: provincial-level units are found under their province.
func TestUnits(t *testing.T) {
	ix := testkit.Places(t)
	for _, q := range []string{"甘肃省直", "gansu shengzhi", "gssz"} {
		m, err := ix.Lookup(q)
		if err != nil || m.Place.Kind != book.Unit || m.Place.Province != "620000" {
			t.Errorf("Lookup(%q) = %+v, %v; want the Gansu provincial unit", q, m.Place, err)
		}
	}
	// Never found by scattered letters: bj (ben ji) lists cities, not units.
	for _, m := range ix.Search("bj", 30) {
		if m.Place.Kind == book.Unit {
			t.Errorf("bj lists the unit %s", m.Name())
		}
	}
}

// TestTypingRanksLargeCities: while letters are typed, capitals and large
// cities come before small places whose initials match exactly.
func TestTypingRanksLargeCities(t *testing.T) {
	ix := testkit.Places(t)
	ms := ix.Search("sh", 10)
	pos := map[string]int{}
	for i, m := range ms {
		pos[m.Place.Name] = i + 1
	}
	if pos["上海市"] != 1 || pos["深圳市"] == 0 || pos["绥化市"] != 0 && pos["绥化市"] < pos["深圳市"] {
		t.Errorf("Search(sh) = %v; want 上海 first and 深圳 before 绥化", names(ms))
	}
	// The lookup stays honest: sh names several places equally well.
	if _, err := ix.Lookup("sh"); err == nil {
		t.Error("Lookup(sh) picked one place; 上海, 绥化 and 双河 all have the initials sh")
	}
}

// TestNearCost: the mixed-up sounds cost half a letter, other slips one.
func TestNearCost(t *testing.T) {
	for _, c := range []struct {
		q, p string
		want int
	}{
		{"chengdu", "chengdu", 0}, {"chendu", "chengdu", 1}, {"shanhai", "shanghai", 1},
		{"hangzou", "hangzhou", 1}, {"senzen", "shenzhen", 2}, {"naning", "nanning", 1},
		{"lanjing", "nanjing", 1}, {"bejing", "beijing", 2}, {"xiamne", "xiamen", 2},
		{"zhongqing", "chongqing", 2}, {"shangai", "shanghai", 2}, {"wuhang", "wuhan", 1},
		{"abcdef", "uvwxyz", 9},
	} {
		if got := places.NearCost(c.q, c.p); got != c.want {
			t.Errorf("NearCost(%q, %q) = %d, want %d", c.q, c.p, got, c.want)
		}
	}
}

// BenchmarkSearchSlips runs the place search for mistakes that take the
// near-miss path: pinyin slips, a misread character, hanzi of the same sound.
func BenchmarkSearchSlips(b *testing.B) {
	benchSearch(b, "chendu", "shanhai", "guangzou", "zhongqing", "bejing", "xiamne", "城都", "hangzou")
}

// TestTraditionalTable: each traditional character is listed once, with a
// simplified form that differs from it, and is read as that form.
func TestTraditionalTable(t *testing.T) {
	pairs := []rune(places.Traditional)
	if len(pairs)%2 != 0 {
		t.Fatal("the table must be pairs")
	}
	seen := map[rune]bool{}
	for i := 0; i < len(pairs); i += 2 {
		trad, simp := pairs[i], pairs[i+1]
		if trad == simp || seen[trad] {
			t.Errorf("pair %c%c: repeated, or not a change", trad, simp)
		}
		seen[trad] = true
		if got := places.Normalize(string(trad)); got != string(simp) {
			t.Errorf("Normalize(%c) = %s, want %c", trad, got, simp)
		}
	}
}
