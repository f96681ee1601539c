package plain

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestWrap(t *testing.T) {
	cases := []struct {
		in   string
		w    int
		want []string
	}{
		{"北京市职工医保", 6, []string{"北京市", "职工医", "保"}},
		{"one two three", 7, []string{"one two", "three"}},
		{"abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"每月一百元。谢谢", 10, []string{"每月一百", "元。谢谢"}},
		{"余额查询（点小眼睛）。", 20, []string{"余额查询（点小眼", "睛）。"}},
		{"看这里（点小眼睛）", 8, []string{"看这里", "（点小眼", "睛）"}},
		{"", 10, []string{""}},
		{"第一行\n第二行", 20, []string{"第一行", "第二行"}},
		{"保障局，2022-09）。见", 16, []string{"保障局，", "2022-09）。见"}},
		{"reach another city; when", 18, []string{"reach another", "city; when"}},
		{"a「app，」", 8, []string{"a", "「app", "，」"}}, // the width comes first
		{"今年 66 岁了", 8, []string{"今年", "66 岁了"}},
		{"划入 107 yuan a month", 10, []string{"划入", "107 yuan a", "month"}},
		{"热线【推荐先用】", 12, []string{"热线", "【推荐先用】"}},
		{"每月 107 元/月", 10, []string{"每月", "107 元/月"}},
		{"  two spaces", 8, []string{"  two", "spaces"}},
	}
	for _, c := range cases {
		got := Wrap(c.in, c.w)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("Wrap(%q, %d) = %q, want %q", c.in, c.w, got, c.want)
		}
		for _, l := range got {
			if Width(l) > c.w {
				t.Errorf("Wrap(%q, %d): %q is %d wide", c.in, c.w, l, Width(l))
			}
		}
	}
}

func TestIndentAndPad(t *testing.T) {
	got := Indent("- ", "一二三四五六七八九十", 10)
	if strings.Join(got, "|") != "- 一二三四|  五六七八|  九十" {
		t.Errorf("indent = %q", got)
	}
	if Pad("长沙", 6) != "长沙  " {
		t.Errorf("pad = %q", Pad("长沙", 6))
	}
}

// FuzzWrap: no line is wider than the width, and nothing but spaces at the
// breaks is lost.
func FuzzWrap(f *testing.F) {
	for _, s := range []string{"北京市职工医保", "a「app，」", "保障局，2022-09）。见", "  x", "国办发〔2021〕14号（163.com）；"} {
		f.Add(s, 8)
	}
	f.Fuzz(func(t *testing.T, s string, w int) {
		if w < 4 || w > 200 || !utf8.ValidString(s) || strings.ContainsAny(s, "\t\r\x1b") {
			return
		}
		for _, r := range s {
			if r < 0x20 && r != '\n' || RuneWidth(r) > 2 || RuneWidth(r) < 1 && r != '\n' {
				return
			}
		}
		lines := Wrap(s, w)
		for _, l := range lines {
			if Width(l) > w {
				t.Fatalf("Wrap(%q, %d): %q is %d wide", s, w, l, Width(l))
			}
		}
		squash := func(x string) string { return strings.Join(strings.Fields(x), "") }
		if squash(strings.Join(lines, "")) != squash(s) {
			t.Fatalf("Wrap(%q, %d) lost text: %q", s, w, lines)
		}
	})
}

// TestWrapKeepsNamesWhole: a quoted name to look for, a Chinese name in
// English text and "age" with its number stay on one line.
func TestWrapKeepsNamesWhole(t *testing.T) {
	for _, c := range []struct {
		in    string
		w     int
		whole string
	}{
		{"在微信里找到「地方专区」再点进去", 14, "「地方专区」"},
		{"Type the city, e.g. 长沙, changsha or cs.", 22, "长沙,"},
		{"Changsha (Hunan), flexible employment, working, age 45", 50, "age 45"},
	} {
		lines := Wrap(c.in, c.w)
		found := false
		for _, l := range lines {
			found = found || strings.Contains(l, c.whole)
		}
		if !found {
			t.Errorf("Wrap(%q, %d) = %q: %q was broken", c.in, c.w, lines, c.whole)
		}
	}
}

// TestWrapKeepsDocumentNumbers: a document number (渝人社发〔2015〕188号)
// stays whole on one line, its issuer's short name with it.
func TestWrapKeepsDocumentNumbers(t *testing.T) {
	s := "依据重庆市的文件渝人社发〔2015〕188号执行，另见国办发〔2021〕14号。"
	for w := 22; w <= 60; w++ {
		joined := strings.Join(Wrap(s, w), "\n")
		for _, n := range []string{"人社发〔2015〕188号", "国办发〔2021〕14号"} {
			if !strings.Contains(joined, n) {
				t.Errorf("width %d splits %s:\n%s", w, n, joined)
			}
		}
		if strings.ReplaceAll(joined, "\n", "") != s {
			t.Errorf("width %d changed the text:\n%s", w, joined)
		}
	}
}
