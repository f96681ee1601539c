package advice

import (
	"encoding/json"
	"strings"
	"testing"

	"yibao/data/book"
	"yibao/data/lang"
)

// TestAmountWording: 实际划入 (arrives) only where the book knows what
// arrives (北京: 110 credited, 3 deducted, 107 arrives); the credit before
// a deduction of unknown amount, naming it (重庆); a yearly credit by the
// year first, then about a month (上海); plain 划入 where no deduction is
// recorded (苏州 working: the book does not know what, if anything, is
// taken).
func TestAmountWording(t *testing.T) {
	b := openBook(t)
	cases := []struct {
		code           string
		age            int
		working        bool // employee working with a base of 8000
		netKnown       bool
		figure         float64
		headZh, headEn string
		labelZh        string
		not            string // what must not be said
	}{
		{"110100", 72, false, true, 107, "每月实际划入 107 元（划入 110 元，扣款后到账）。", "107 yuan a month reaches the account (110 yuan before deductions).", "每月实际划入个人账户：107 元", ""},
		{"500100", 66, false, false, 105, "每月划入 105 元（还要扣除大额医疗互助保险费，金额不详）。", "105 yuan a month is credited (less the large-expense mutual-aid premium, amount not known).", "每月划入个人账户：105 元", "实际"},
		{"310100", 74, false, false, 1680, "每年划入 1,680 元，约每月 140 元（不是每月到账）。", "1,680 yuan a year is credited, about 140 yuan a month (not paid monthly).", "每年划入个人账户：1,680 元", "实际"},
		{"320500", 45, true, false, 160, "每月划入 160 元。", "160 yuan a month is credited.", "每月划入个人账户：160 元", "实际划入"},
	}
	for _, tc := range cases {
		a := advise(t, b, tc.code, book.Employee, book.Retired, tc.age, nil)
		if tc.working {
			base := book.Yuan(8000)
			a = advise(t, b, tc.code, book.Employee, book.Working, tc.age, &base)
		}
		c := a.Credit
		if c.NetKnown() != tc.netKnown || c.Figure() != book.Yuan(tc.figure) {
			t.Errorf("%s: NetKnown %v, Figure %s; want %v, %v", tc.code, c.NetKnown(), c.Figure(), tc.netKnown, tc.figure)
		}
		if h := c.Headline(); h.Zh != tc.headZh || h.En != tc.headEn {
			t.Errorf("%s: headline %q / %q", tc.code, h.Zh, h.En)
		}
		if got := c.FigureLabel().Zh; got != tc.labelZh {
			t.Errorf("%s: label %q, want %q", tc.code, got, tc.labelZh)
		}
		if tc.not == "" {
			continue
		}
		for _, n := range a.Notes {
			if strings.Contains(n.Text.Zh, tc.not) || strings.Contains(n.Text.En, "reaches the account") {
				t.Errorf("%s: note %s says %q: %q", tc.code, n.ID, tc.not, n.Text.Zh)
			}
		}
		if strings.Contains(c.Formula.Zh, tc.not) || strings.Contains(c.Formula.En, "reaches the account") {
			t.Errorf("%s: formula %q", tc.code, c.Formula.Zh)
		}
	}
}

// TestJSONNetAmount: net_monthly and net_annual are null where a deduction's
// amount is not known, and the deduction is named with a null amount; the
// disclaimer is the one definition's.
func TestJSONNetAmount(t *testing.T) {
	b := openBook(t)
	decode := func(a Advice, l lang.Lang) map[string]any {
		t.Helper()
		data, err := json.Marshal(a.JSON(l))
		if err != nil {
			t.Fatal(err)
		}
		var v map[string]any
		if err := json.Unmarshal(data, &v); err != nil {
			t.Fatal(err)
		}
		return v
	}
	cq := decode(advise(t, b, "500100", book.Employee, book.Retired, 66, nil), lang.ZH)
	cr := cq["credit"].(map[string]any)
	if cr["net_monthly"] != nil || cr["net_annual"] != nil || cr["gross_monthly"] != 105.0 {
		t.Errorf("重庆: net_monthly %v, net_annual %v, gross_monthly %v", cr["net_monthly"], cr["net_annual"], cr["gross_monthly"])
	}
	deds, _ := cr["deductions"].([]any)
	if len(deds) != 1 || deds[0].(map[string]any)["name"] != "大额医疗互助保险费" || deds[0].(map[string]any)["monthly"] != nil {
		t.Errorf("重庆: deductions %v", cr["deductions"])
	}
	if nc := cr["next_change"].(map[string]any); nc["net_monthly"] != nil || nc["gross_monthly"] != 115.0 {
		t.Errorf("重庆: next_change %v", nc)
	}
	if cr["headline"] != "每月划入 105 元（还要扣除大额医疗互助保险费，金额不详）。" || cq["disclaimer"] != Disclaimer().Zh {
		t.Errorf("重庆: headline %v, disclaimer %v", cr["headline"], cq["disclaimer"])
	}
	bj := decode(advise(t, b, "110100", book.Employee, book.Retired, 72, nil), lang.EN)
	cr = bj["credit"].(map[string]any)
	if cr["net_monthly"] != 107.0 || cr["gross_monthly"] != 110.0 || bj["disclaimer"] != Disclaimer().En {
		t.Errorf("北京: net_monthly %v, gross_monthly %v, disclaimer %v", cr["net_monthly"], cr["gross_monthly"], bj["disclaimer"])
	}
	// No deduction recorded: the book does not know what arrives, so the
	// net amounts are null and the gross ones given.
	sh := decode(advise(t, b, "310100", book.Employee, book.Retired, 74, nil), lang.ZH)
	if cr := sh["credit"].(map[string]any); cr["net_annual"] != nil || cr["net_monthly"] != nil || cr["annual"] != 1680.0 {
		t.Errorf("上海: net_annual %v, annual %v", cr["net_annual"], cr["annual"])
	}
}

func TestGrouped(t *testing.T) {
	for m, want := range map[float64]string{0: "0", 105: "105", 999: "999", 1680: "1,680", 12000.5: "12,000.5", 1234567: "1,234,567", -1680: "-1,680"} {
		if got := Grouped(book.Yuan(m)); got != want {
			t.Errorf("Grouped(%v) = %q, want %q", m, got, want)
		}
	}
}

// TestBirthYearNoteWording: the note on a birth year words the younger
// figure as the headline does (上海: 划入, not 实际划入; 北京: 实际划入).
func TestBirthYearNoteWording(t *testing.T) {
	b := openBook(t)
	for _, tc := range []struct {
		code, head, note string
		age              int
	}{
		{"310100", "每年划入 1,890 元", "那样的话每年划入 1,680 元。", 75},
		{"110100", "每月实际划入 107 元", "那样的话每月实际划入 97 元。", 70},
	} {
		p, _ := b.Place(tc.code)
		a := Resolve(b, p, Profile{Insurance: book.Employee, Status: book.Retired, Age: tc.age, AgeKnown: true, BirthYear: today.Year - tc.age}, today)
		n, ok := a.Note(NoteBirthYear)
		if !ok || !strings.Contains(n.Text.Zh, tc.note) || !strings.HasPrefix(a.Credit.Headline().Zh, tc.head) {
			t.Errorf("%s: headline %q, note %q", tc.code, a.Credit.Headline().Zh, n.Text.Zh)
		}
	}
}

// TestCaveatNamesNoBandAmount: a caveat is written once for a rule, so
// where the rule's bands give different amounts it names none of them (or
// a figure it might contradict): 北京 under 70 shows 97, and a caveat about
// "110" would be wrong there.
func TestCaveatNamesNoBandAmount(t *testing.T) {
	b := openBook(t)
	for _, r := range b.Rules() {
		amounts := map[float64]bool{}
		for _, band := range r.Bands {
			if band.Amount != nil {
				amounts[*band.Amount] = true
			}
		}
		if len(amounts) < 2 {
			continue
		}
		for a := range amounts {
			for _, d := range r.Deductions {
				if d.Monthly != nil {
					amounts[a-*d.Monthly] = true
				}
			}
		}
		for a := range amounts {
			n := Grouped(book.Yuan(a))
			for _, text := range []string{r.Caveat.Zh, r.Caveat.En} {
				if containsNumber(text, n) {
					t.Errorf("%s: caveat names %s, which is one band's amount: %q", r.ID, n, text)
				}
			}
		}
	}
}

// containsNumber reports whether s holds n as a whole number (not part of
// a longer one).
func containsNumber(s, n string) bool {
	digit := func(b byte) bool { return b >= '0' && b <= '9' || b == ',' || b == '.' }
	for i := 0; ; {
		j := strings.Index(s[i:], n)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(n)
		if (j == 0 || !digit(s[j-1])) && (end == len(s) || !digit(s[end])) {
			return true
		}
		i = j + 1
	}
}
