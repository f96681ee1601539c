package views

import (
	"strings"
	"testing"

	"yibao/data/advice"
	"yibao/data/book"
	"yibao/data/lang"
	"yibao/internal/testkit"
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
