package data

import (
	"errors"
	"strings"
	"testing"
)

func TestSearchFirstResult(t *testing.T) {
	b := openBook(t)
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
	b := openBook(t)
	// c: initials prefix; capitals and big cities lead the ties.
	ms := b.Search("c", 3)
	if ms[0].Tier != TierInitialsPrefix || ms[0].Place.Name != "重庆市" {
		t.Errorf("Search(c) = %v, want 重庆 first by prominence", names(ms))
	}
	// zhou is no prefix of any pinyin: only fuzzy or nothing.
	for _, m := range b.Search("zhou", 0) {
		if m.Tier < TierPinyinPrefix {
			t.Errorf("Search(zhou) %s tier %d", m.Place.Name, m.Tier)
		}
	}
	// Hanzi substring lists every 州 and puts prefix matches before inner ones.
	ms = b.Search("州", 0)
	if len(ms) < 40 {
		t.Errorf("Search(州) = %d results, want dozens", len(ms))
	}
	for _, m := range ms {
		if m.Tier != TierHanzi {
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
	b := openBook(t)
	for q, want := range map[string]string{"北京": "110100", "beijing": "110100", "110100": "110100", "cs": "430100", "长沙": "430100", "xiamen": "350200"} {
		p, err := b.Lookup(q)
		if err != nil || p.Code != want {
			t.Errorf("Lookup(%q) = %s, %v; want %s", q, p.Code, err, want)
		}
	}
	_, err := b.Lookup("bj")
	var pe *PlaceError
	if !errors.As(err, &pe) || !pe.Ambiguous {
		t.Fatalf("Lookup(bj) error = %v, want ambiguous", err)
	}
	msg := pe.Message(b)
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
	if !errors.As(err, &pe) || pe.Ambiguous || len(pe.Candidates) == 0 || pe.Candidates[0].Code != "430100" {
		t.Errorf("Lookup(changshaa) = %v, want a suggestion of 长沙", err)
	}
	_, err = b.Lookup("vvvv")
	if !errors.As(err, &pe) || len(pe.Candidates) != 0 || !strings.Contains(pe.Message(b).Zh, "找不到") {
		t.Errorf("Lookup(vvvv) = %v", err)
	}
}

func names(ms []Match) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.Place.Name
	}
	return out
}
