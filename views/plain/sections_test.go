package plain

import (
	"strings"
	"testing"

	"yibao/data/advice"
	"yibao/data/book"
	"yibao/data/lang"
)

// TestLayoutCoversEverySection: every section has a row, and every front
// end lists its sections in the one order.
func TestLayoutCoversEverySection(t *testing.T) {
	shown := map[Section]bool{}
	for fe := range frontEndCount {
		last := Section(-1)
		for _, sh := range Sections(fe) {
			if sh.Section <= last {
				t.Errorf("front end %d: section %d after %d", fe, sh.Section, last)
			}
			if Shows(fe, sh.Section) != sh.Form {
				t.Errorf("front end %d: Sections and Shows disagree on %d", fe, sh.Section)
			}
			last = sh.Section
			shown[sh.Section] = true
		}
	}
	for s := range sectionCount {
		if !shown[s] {
			t.Errorf("section %d is shown by no front end", s)
		}
	}
}

// inOrder checks that each of the words appears in text after the one
// before it.
func inOrder(t *testing.T, name, text string, words ...string) {
	t.Helper()
	flat := strings.ReplaceAll(text, "\n", "")
	at := 0
	for _, w := range words {
		i := strings.Index(flat[at:], w)
		if i < 0 {
			t.Errorf("%s: %q missing or out of order:\n%s", name, w, text)
			return
		}
		at += i + len(w)
	}
}

// TestReportAndSlipFollowTheOrder: the report and the slip show their
// sections in the layout's order and end with the one disclaimer.
func TestReportAndSlipFollowTheOrder(t *testing.T) {
	a := adviseFor(t, "110100", book.Employee, book.Retired, 66)
	d := advice.Disclaimer().Zh
	inOrder(t, "report", Report(a, lang.ZH, 1000),
		"北京市，职工医保", "每月实际划入 97 元", "! 每月 3 元", "计算方法：", "到账时间：", "来源：", "下次变化：", "说明：", "需要注意：", "怎么查余额：", "再说一遍：", d)
	inOrder(t, "slip", Slip(a, lang.ZH, 1000, nil),
		"参保地：北京市", "划入：每月实际划入 97 元", "! 每月 3 元", "来源：", "查余额的方法", "医保热线：", d, "防骗")
	if s := Slip(a, lang.ZH, 1000, nil); strings.Contains(s, "到账时间") || strings.Contains(s, "下次变化") {
		t.Errorf("the slip shows a section its layout hides:\n%s", s)
	}
}

// TestAmountWordingInPlainText: the report (and so the line mode) and the
// slip word net, gross and yearly figures as the advice does.
func TestAmountWordingInPlainText(t *testing.T) {
	cases := []struct {
		code  string
		age   int
		l     lang.Lang
		want  string
		never string
	}{
		{"110100", 72, lang.ZH, "每月实际划入 107 元（划入 110 元，扣款后到账）", ""},
		{"110100", 72, lang.EN, "107 yuan a month reaches the account (110 yuan before deductions)", ""},
		{"500100", 66, lang.ZH, "每月划入 105 元（还要扣除大额医疗互助保险费，金额不详）", "实际划入"},
		{"500100", 66, lang.EN, "105 yuan a month is credited (less the large-expense mutual-aid premium, amount not known)", "reaches the account"},
		{"310100", 74, lang.ZH, "每年划入 1,680 元，约每月 140 元", "实际划入"},
		{"310100", 74, lang.EN, "1,680 yuan a year is credited, about 140 yuan a month", "reaches the account"},
	}
	for _, tc := range cases {
		a := adviseFor(t, tc.code, book.Employee, book.Retired, tc.age)
		for name, text := range map[string]string{"report": Report(a, tc.l, 1000), "slip": Slip(a, tc.l, 1000, nil)} {
			if !strings.Contains(text, tc.want) {
				t.Errorf("%s %s %s lacks %q:\n%s", tc.code, tc.l, name, tc.want, text)
			}
			if tc.never != "" && strings.Contains(text, tc.never) {
				t.Errorf("%s %s %s says %q:\n%s", tc.code, tc.l, name, tc.never, text)
			}
		}
	}
}
