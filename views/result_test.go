package views

import (
	"strings"
	"testing"

	"yibao/data/advice"
	"yibao/data/book"
	"yibao/data/lang"
	"yibao/internal/testkit"
	"yibao/views/plain"
)

// TestAmountBlockWording: the label over the big digits and the lines under
// them say 实际划入 (arrives) only where the book knows what arrives, give
// the credit before a deduction of unknown amount, and lead a yearly credit
// with the year.
func TestAmountBlockWording(t *testing.T) {
	b := testkit.Book(t)
	st := NewStyles(true, Dark())
	cases := []struct {
		code  string
		age   int
		l     lang.Lang
		want  []string
		never string
	}{
		{"110100", 72, lang.ZH, []string{"每月实际划入个人账户：107 元", "每月划入 110 元，扣除大额医疗费用互助资金 3 元"}, ""},
		{"110100", 72, lang.EN, []string{"Reaches the account each month: 107 yuan"}, ""},
		{"500100", 66, lang.ZH, []string{"每月划入个人账户：105 元", "还要扣除大额医疗互助保险费，金额不详"}, "实际划入"},
		{"500100", 66, lang.EN, []string{"Credited to the account each month: 105 yuan"}, "Reaches"},
		{"310100", 74, lang.ZH, []string{"每年划入个人账户：1,680 元", "约每月 140 元"}, "实际划入"},
		{"310100", 74, lang.EN, []string{"Credited to the account each year: 1,680 yuan", "About 140 yuan a month"}, "Reaches"},
	}
	for _, tc := range cases {
		p, _ := b.Place(tc.code)
		a := advice.Resolve(b, p, advice.Profile{Insurance: book.Employee, Status: book.Retired, Age: tc.age, AgeKnown: true}, testkit.Today)
		text := strings.Join(amountBlock(a, st, tc.l, 100, false), "\n")
		for _, w := range tc.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s %s: lacks %q:\n%s", tc.code, tc.l, w, text)
			}
		}
		if tc.never != "" && strings.Contains(text, tc.never) {
			t.Errorf("%s %s: says %q:\n%s", tc.code, tc.l, tc.never, text)
		}
	}
}

// TestPlainWordsForTheBook: the source line says its level once, and the
// book's person-facing words carry no research remarks.
func TestPlainWordsForTheBook(t *testing.T) {
	b := testkit.Book(t)
	for _, tc := range []struct {
		code, variant string
		age           int
		never         []string
	}{
		{"500100", "", 66, nil},
		{"510100", "enterprise", 72, []string{"未查明", "not found"}},
		{"440300", "tier1", 72, []string{"11.5%", "计入"}},
	} {
		p, _ := b.Place(tc.code)
		a := advice.Resolve(b, p, advice.Profile{Insurance: book.Employee, Status: book.Retired, Variant: tc.variant, Age: tc.age, AgeKnown: true}, testkit.Today)
		for _, l := range []lang.Lang{lang.ZH, lang.EN} {
			src := plain.SourceWords(a.Credit, l)
			if strings.Count(src, a.Credit.Confidence.Name().In(l)[:6]) > 1 {
				t.Errorf("%s: the level twice: %s", tc.code, src)
			}
			text := a.Credit.Formula.In(l) + " " + strings.Join(plain.Caveats(a, l), " ")
			for _, n := range tc.never {
				if strings.Contains(text, n) {
					t.Errorf("%s: %q in %s", tc.code, n, text)
				}
			}
		}
	}
}
