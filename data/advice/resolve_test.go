package advice

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"yibao/data/book"
	"yibao/data/lang"
	"yibao/internal/testkit"
)

var today = testkit.Today

func openBook(t testing.TB) *book.Book { return testkit.Book(t) }

func advise(t *testing.T, b *book.Book, code string, ins book.Insurance, st book.Status, age int, base *book.Money) Advice {
	t.Helper()
	p, ok := b.Place(code)
	if !ok {
		t.Fatalf("no place %s", code)
	}
	return Resolve(b, p, Profile{Insurance: ins, Status: st, Age: age, AgeKnown: true, Base: base}, today)
}

func TestMustHold(t *testing.T) {
	b := openBook(t)
	type want struct {
		code       string
		ins        book.Insurance
		st         book.Status
		age        int
		gross, net float64
		annual     float64
		period     book.Period
		nextAge    int
		nextNet    float64
	}
	cases := []want{
		{"110100", book.Employee, book.Retired, 69, 100, 97, 1200, book.Monthly, 70, 107},
		{"110100", book.Employee, book.Retired, 70, 110, 107, 1320, book.Monthly, 0, 0},
		{"110100", book.Employee, book.Retired, 72, 110, 107, 1320, book.Monthly, 0, 0},
		{"310100", book.Employee, book.Retired, 74, 140, 140, 1680, book.Annual, 75, 157.5},
		{"310100", book.Employee, book.Retired, 75, 157.5, 157.5, 1890, book.Annual, 0, 0},
		{"370100", book.Employee, book.Retired, 69, 100, 100, 1200, book.Monthly, 70, 125},
		{"370100", book.Employee, book.Retired, 70, 125, 125, 1500, book.Monthly, 0, 0},
		{"620100", book.Employee, book.Retired, 66, 90, 90, 1080, book.Monthly, 0, 0},
		{"430100", book.Flexible, book.Retired, 60, 75, 75, 900, book.Monthly, 0, 0},
		{"440100", book.Employee, book.Retired, 65, 169.08, 160.42, 2028.96, book.Monthly, 0, 0},
		{"420100", book.Flexible, book.Retired, 65, 66, 66, 792, book.Monthly, 0, 0},
	}
	for _, c := range cases {
		a := advise(t, b, c.code, c.ins, c.st, c.age, nil)
		cr := a.Credit
		if !cr.Known || cr.GrossMonthly != book.Yuan(c.gross) || cr.NetMonthly != book.Yuan(c.net) || cr.Annual != book.Yuan(c.annual) || cr.Period != c.period {
			t.Errorf("%s %s/%s age %d: known=%v gross=%s net=%s annual=%s period=%s; want %v/%v/%v %s",
				a.Place.Name, c.ins, c.st, c.age, cr.Known, cr.GrossMonthly, cr.NetMonthly, cr.Annual, cr.Period, c.gross, c.net, c.annual, c.period)
		}
		switch {
		case c.nextAge == 0 && cr.NextChange != nil:
			t.Errorf("%s age %d: unexpected next change %+v", a.Place.Name, c.age, *cr.NextChange)
		case c.nextAge != 0 && (cr.NextChange == nil || cr.NextChange.Age != c.nextAge || cr.NextChange.NetMonthly != book.Yuan(c.nextNet)):
			t.Errorf("%s age %d: next change %+v, want age %d net %v", a.Place.Name, c.age, cr.NextChange, c.nextAge, c.nextNet)
		}
		if cr.NextChange != nil && !hasNote(a, "next-change") {
			t.Errorf("%s age %d: the next change is not among the notes", a.Place.Name, c.age)
		}
	}
}

func TestWorkingEmployeeNationalRule(t *testing.T) {
	b := openBook(t)
	base := book.Yuan(5000)
	a := advise(t, b, "330100", book.Employee, book.Working, 45, &base)
	if a.Credit.Scope != book.ScopeNational || !a.Credit.Known || a.Credit.NetMonthly != book.Yuan(100) {
		t.Errorf("Hangzhou working employee, base 5000: %+v", a.Credit)
	}
	a = advise(t, b, "330100", book.Employee, book.Working, 45, nil)
	if a.Credit.Known || a.Credit.Reason.Zh == "" {
		t.Errorf("without a base the amount must be unknown, with a reason: %+v", a.Credit)
	}
	a = advise(t, b, "510100", book.Employee, book.Working, 45, &base)
	if a.Credit.NetMonthly != book.Yuan(90) || a.Credit.GrossMonthly != book.Yuan(100) {
		t.Errorf("Chengdu working, base 5000, age 45: gross %s net %s, want 100 / 90", a.Credit.GrossMonthly, a.Credit.NetMonthly)
	}
}

// TestNextChangeFromDeduction: a deduction that starts at an age is a
// change too (成都: 0.1% of the base under 40, 0.2% from 40).
func TestNextChangeFromDeduction(t *testing.T) {
	b := openBook(t)
	base := book.Yuan(5000)
	a := advise(t, b, "510100", book.Employee, book.Working, 39, &base)
	nc := a.Credit.NextChange
	if a.Credit.NetMonthly != book.Yuan(95) || nc == nil || nc.Age != 40 || !nc.Known || nc.NetMonthly != book.Yuan(90) {
		t.Fatalf("Chengdu working at 39, base 5000: net %s, next change %+v; want 95, then 90 from 40", a.Credit.NetMonthly, nc)
	}
	if n, ok := a.Note(NoteNextChange); !ok || !strings.Contains(n.Text.Zh, "满 40 岁后，每月实际划入 90 元") {
		t.Errorf("next-change note %q", n.Text.Zh)
	}
	j := a.JSON(lang.EN)
	if j.Credit.NextChange == nil || j.Credit.NextChange.NetMonthly == nil || *j.Credit.NextChange.NetMonthly != 90 {
		t.Errorf("JSON next_change %+v", j.Credit.NextChange)
	}

	a = advise(t, b, "510100", book.Employee, book.Working, 39, nil)
	n, ok := a.Note(NoteNextChange)
	if !ok || !strings.Contains(n.Text.En, "From age 40 the deduction changes") || !strings.Contains(n.Text.En, "0.2% of the base") ||
		strings.Contains(n.Text.En, "rate rises") {
		t.Errorf("without a base: %q", n.Text.En)
	}
	if a = advise(t, b, "510100", book.Employee, book.Working, 40, &base); a.Credit.NextChange != nil {
		t.Errorf("at 40 nothing changes later: %+v", a.Credit.NextChange)
	}
}

func TestNoPersonalAccount(t *testing.T) {
	b := openBook(t)
	a := advise(t, b, "420100", book.Flexible, book.Working, 40, nil)
	if a.Credit.HasAccount == nil || *a.Credit.HasAccount {
		t.Errorf("Wuhan flexible working: has_account = %v, want false", a.Credit.HasAccount)
	}
	for _, p := range b.Places() {
		for _, st := range book.Statuses() {
			a := Resolve(b, p, Profile{Insurance: book.Resident, Status: st, Age: 70, AgeKnown: true}, today)
			if a.Credit.HasAccount == nil || *a.Credit.HasAccount || a.Credit.Known {
				t.Fatalf("%s resident/%s: has_account %v known %v", p.Name, st, a.Credit.HasAccount, a.Credit.Known)
			}
			if !hasNote(a, "resident-no-account") {
				t.Fatalf("%s resident: the no-account note is missing", p.Name)
			}
			if hasNote(a, "own-money") || hasNote(a, "family-mutual-aid") {
				t.Fatalf("%s resident: account notes shown without an account", p.Name)
			}
		}
	}
}

// findAmount returns the first thing in b that reads as a sum of money:
// digits, an optional space, then 元 or yuan.
func findAmount(b []byte) string {
	for _, unit := range []string{"元", "yuan"} {
		rest := b
		for {
			i := bytes.Index(rest, []byte(unit))
			if i < 0 {
				break
			}
			j := i
			if j > 0 && rest[j-1] == ' ' {
				j--
			}
			if j > 0 && rest[j-1] >= '0' && rest[j-1] <= '9' {
				start := j - 1
				for start > 0 && (rest[start-1] >= '0' && rest[start-1] <= '9' || rest[start-1] == '.' || rest[start-1] == ',') {
					start--
				}
				return string(rest[start : i+len(unit)])
			}
			rest = rest[i+len(unit):]
		}
	}
	return ""
}

// TestEveryPlaceResolves checks all 369 places, every insurance and status
// and several ages: some advice with provenance every time, and no amount
// anywhere when the figure is not known.
func TestEveryPlaceResolves(t *testing.T) {
	b := openBook(t)
	unknown, known := 0, 0
	for _, p := range b.Places() {
		for _, ins := range book.Insurances() {
			for _, st := range book.Statuses() {
				for i, age := range []int{30, 69, 70, 75} {
					variant := ""
					if p.Question != nil {
						vs := append(p.Question.Values(), book.Unknown)
						variant = vs[i%len(vs)]
					}
					a := Resolve(b, p, Profile{Insurance: ins, Status: st, Age: age, AgeKnown: true, Variant: variant}, today)
					c := a.Credit
					if c.RuleID == "" || c.Source.Title.Zh == "" || c.Source.VerifiedOn.IsZero() || !c.Confidence.Shown() {
						t.Fatalf("%s %s/%s %d: no usable rule: %+v", p.Name, ins, st, age, c)
					}
					if c.Formula.Zh == "" || c.Formula.En == "" || len(a.Channels) < 5 {
						t.Fatalf("%s %s/%s %d: formula or channels missing", p.Name, ins, st, age)
					}
					if c.Known {
						known++
						continue
					}
					unknown++
					if len(a.Groups) > 0 {
						continue // each group's figure is shown, side by side
					}
					for _, l := range []lang.Lang{lang.ZH, lang.EN} {
						j, err := json.Marshal(a.JSON(l))
						if err != nil {
							t.Fatal(err)
						}
						if m := findAmount(j); m != "" {
							t.Fatalf("%s %s/%s %d (%s): unknown figure but JSON shows %q", p.Name, ins, st, age, l, m)
						}
						aj := a.JSON(l)
						if aj.Credit.Annual != nil || aj.Credit.GrossMonthly != nil || aj.Credit.NetMonthly != nil {
							t.Fatalf("%s: amounts must be null when unknown", p.Name)
						}
					}
				}
			}
		}
	}
	if known == 0 || unknown == 0 {
		t.Errorf("known %d, unknown %d: both should occur", known, unknown)
	}
}

func TestUnverifiedIsNotShown(t *testing.T) {
	b := openBook(t)
	a := advise(t, b, "530100", book.Employee, book.Retired, 72, nil) // Kunming: unverified city and province claims
	if a.Credit.Known || a.Credit.Scope != book.ScopeNational || !hasNote(a, "unverified-local") {
		t.Errorf("Kunming: known %v scope %s; want the national method and the unverified note", a.Credit.Known, a.Credit.Scope)
	}
	a = advise(t, b, "370200", book.Employee, book.Retired, 72, nil) // Qingdao: Shandong method
	if a.Credit.Known || a.Credit.Scope != book.ScopeProvince || a.Credit.Rate != 2.5 {
		t.Errorf("Qingdao: %+v; want the Shandong 2.5%% method without an amount", a.Credit)
	}
	for _, r := range b.Rules() {
		if r.Source.Title.Zh == "" || r.Source.Publisher.Zh == "" || r.Source.VerifiedOn.IsZero() || r.Source.Date == "" {
			t.Errorf("rule %s lacks provenance", r.ID)
		}
	}
}

func TestFujianLapseNote(t *testing.T) {
	b := openBook(t)
	a := advise(t, b, "350100", book.Employee, book.Working, 40, nil)
	if !hasNote(a, "lapse-fujian") || hasNote(a, "lapse-general") {
		t.Error("Fuzhou should get the Fujian lapse rule, not the general one")
	}
	a = advise(t, b, "430100", book.Employee, book.Working, 40, nil)
	if hasNote(a, "lapse-fujian") || !hasNote(a, "lapse-general") {
		t.Error("Changsha should get the general lapse note")
	}
}

func TestChannels(t *testing.T) {
	b := openBook(t)
	a := advise(t, b, "430100", book.Employee, book.Retired, 70, nil)
	if a.Channels[0].Channel.ID != "hotline" || !a.Channels[0].Recommended {
		t.Fatalf("first channel = %s, want the recommended hotline", a.Channels[0].Channel.ID)
	}
	if got := a.Channels[0].Name.Zh; got != "打医保服务热线 0731-12393" {
		t.Errorf("hotline name = %q", got)
	}
	a = advise(t, b, "370100", book.Employee, book.Retired, 70, nil)
	ids := map[string]bool{}
	for _, c := range a.Channels {
		ids[c.Channel.ID] = true
	}
	if !ids["local-jinan"] || ids["local"] {
		t.Errorf("Jinan channels %v: want the Jinan path in place of the general one", ids)
	}
}

func hasNote(a Advice, id string) bool {
	for _, n := range a.Notes {
		if n.ID == id {
			return true
		}
	}
	return false
}

// TestStale: more than 18 months after a check, `data check` lists the
// entry and the advice says the rule may have changed; at 18 months not yet.
func TestStale(t *testing.T) {
	b := openBook(t)
	if s := Summarize(b, today); len(s.Stale) != 0 {
		t.Fatalf("nothing is stale on the day of the check: %v", s.Stale)
	}
	var first, last book.Date
	for _, r := range b.Rules() {
		v := r.Source.VerifiedOn
		if first.IsZero() || v.Before(first) {
			first = v
		}
		if v.After(last) {
			last = v
		}
	}
	for _, c := range b.Channels() {
		if c.VerifiedOn.After(last) {
			last = c.VerifiedOn
		}
	}
	if s := Summarize(b, first.AddMonths(StaleAfterMonths)); len(s.Stale) != 0 {
		t.Fatalf("18 months to the day is not stale yet: %d entries", len(s.Stale))
	}
	s := Summarize(b, last.AddMonths(StaleAfterMonths).AddDays(1))
	kinds := map[string]int{}
	for _, e := range s.Stale {
		kinds[e.Kind]++
	}
	if kinds["rule"] != len(b.Rules()) || kinds["channel"] != len(b.Channels()) || kinds["note"] == 0 {
		t.Errorf("stale after the last check: %v (rules %d, channels %d)", kinds, len(b.Rules()), len(b.Channels()))
	}
	p, _ := b.Place("110100")
	prof := Profile{Insurance: book.Employee, Status: book.Retired, Age: 72, AgeKnown: true}
	v := Resolve(b, p, prof, today).Credit.Source.VerifiedOn
	if _, ok := Resolve(b, p, prof, v.AddMonths(StaleAfterMonths)).Note(NoteStale); ok {
		t.Error("the advice calls a rule stale at 18 months")
	}
	n, ok := Resolve(b, p, prof, v.AddMonths(StaleAfterMonths).AddDays(1)).Note(NoteStale)
	if !ok || !strings.Contains(n.Text.Zh, v.String()) || !strings.Contains(n.Text.En, "more than 18 months ago") {
		t.Errorf("stale note %+v", n)
	}
}

// TestNextChangeTexts: the note names what changes: the yearly amount, the
// net monthly amount (实际划入 only with a deduction of known amount), the rate, the deductions, or the rate and the
// deductions together.
func TestNextChangeTexts(t *testing.T) {
	ded := func(rate float64) []DeductionAmount {
		return []DeductionAmount{{Name: lang.T("护理保险", "care insurance"), Rate: rate}}
	}
	annual := Credit{Period: book.Annual, Known: true, Annual: book.Yuan(1680), NetMonthly: book.Yuan(140)}
	known3 := []DeductionAmount{{Name: lang.T("互助金", "mutual aid"), Monthly: book.Yuan(3), Known: true}}
	for _, c := range []struct {
		c      Credit
		nc     NextChange
		zh, en string
	}{
		{annual, NextChange{Age: 75, Known: true, Annual: book.Yuan(1890), GrossMonthly: book.Yuan(157.5), NetMonthly: book.Yuan(157.5)}, "每年划入 1,890 元", "1,890 yuan a year"},
		{annual, NextChange{Age: 70, Known: true, Annual: book.Yuan(1680), GrossMonthly: book.Yuan(140), NetMonthly: book.Yuan(130)}, "满 70 岁后，每月划入 130 元。", "From age 70: 130 yuan a month is credited"},
		{Credit{Period: book.Monthly, Known: true, NetMonthly: book.Yuan(97), Deductions: known3}, NextChange{Age: 70, Known: true, GrossMonthly: book.Yuan(110), NetMonthly: book.Yuan(107)}, "满 70 岁后，每月实际划入 107 元。", "From age 70: 107 yuan a month reaches the account"},
		{Credit{Rate: 2}, NextChange{Age: 60, Rate: 3, RateChanged: true}, "满 60 岁后，划入比例提高到 3%。", "From age 60 the rate rises to 3%."},
		{Credit{Rate: 2}, NextChange{Age: 40, Rate: 2, Deductions: ded(0.2)}, "满 40 岁后，扣款变为：护理保险按缴费基数的 0.2%。", "From age 40 the deduction changes: care insurance is 0.2% of the base."},
		{Credit{Rate: 2}, NextChange{Age: 40, Rate: 3, RateChanged: true, Deductions: ded(0.2)}, "满 40 岁后，划入比例提高到 3%。扣款变为：护理保险按缴费基数的 0.2%。", "From age 40 the rate rises to 3%. The deduction changes: care insurance is 0.2% of the base."},
		{Credit{Rate: 2}, NextChange{Age: 40, Rate: 2, Deductions: []DeductionAmount{}}, "满 40 岁后，不再有扣款。", "From age 40 nothing is deducted."},
	} {
		got := nextChangeText(c.c, c.nc)
		if !strings.Contains(got.Zh, c.zh) || !strings.Contains(got.En, c.en) {
			t.Errorf("%+v: got %q / %q", c.nc, got.Zh, got.En)
		}
	}
}

func BenchmarkAdvise(b *testing.B) {
	bk := testkit.Book(b)
	p, _ := bk.Place("110100")
	for b.Loop() {
		Resolve(bk, p, Profile{Insurance: book.Employee, Status: book.Retired, Age: 72, AgeKnown: true}, today)
	}
}

// TestSetByCity: where a province leaves the amount to each city (浙江),
// a place without its own figure gets no method that would compute one:
// not the national 2%, nor the contradicted 2.5%.
func TestSetByCity(t *testing.T) {
	b := testkit.Book(t)
	n := 0
	for _, p := range b.Places() {
		if p.Province != "330000" {
			continue
		}
		a := Resolve(b, p, Profile{Insurance: book.Employee, Status: book.Retired, Age: 72, AgeKnown: true}, testkit.Today)
		if a.Credit.Known {
			continue
		}
		n++
		c := a.Credit
		if c.Scheme != book.SetByCity || c.Rate != 0 || strings.Contains(c.Formula.Zh, "%") || c.Scope != book.ScopeProvince {
			t.Errorf("%s: scheme %s, rate %v, formula %q; want the province's set_by_city and no rate", p.Name, c.Scheme, c.Rate, c.Formula.Zh)
		}
		if c.HasAccount == nil || !*c.HasAccount {
			t.Errorf("%s: retirees do have an account", p.Name)
		}
	}
	if n < 8 {
		t.Errorf("only %d Zhejiang places without a figure; the test checks nothing", n)
	}
}

// TestFlexibleRetirees: where the sources say flexible workers get the
// retiree credit once retired, the local rule covers them (海南 60/72;
// 烟台, whose own figure is unverified, so its note says reports exist);
// where they do not say (深圳), the national method stays, and the reason
// says the local amount is the employees' and the method not this place's
// amount.
func TestFlexibleRetirees(t *testing.T) {
	b := openBook(t)
	hk := advise(t, b, "460100", book.Flexible, book.Retired, 72, nil)
	if !hk.Credit.Known || hk.Credit.GrossMonthly != book.Yuan(72) {
		t.Errorf("海口 flexible retiree: %+v", hk.Credit)
	}
	yt := advise(t, b, "370600", book.Flexible, book.Retired, 72, nil)
	if _, ok := yt.Note(NoteUnverifiedLocal); !ok {
		t.Errorf("烟台 flexible retiree: no note on the unverified local rule: %v", yt.Notes)
	}
	p, _ := b.Place("440300")
	sz := Resolve(b, p, Profile{Insurance: book.Flexible, Status: book.Retired, Age: 68, AgeKnown: true, Variant: "tier1"}, today)
	r := sz.Credit.Reason
	if sz.Credit.Known || !strings.Contains(r.Zh, "深圳市有职工医保退休人员的本地金额") || !strings.Contains(r.Zh, "不是深圳市的金额") || !strings.Contains(r.En, "not an amount for Shenzhen") {
		t.Errorf("深圳 flexible retiree: %q / %q", r.Zh, r.En)
	}
	wh := advise(t, b, "420100", book.Flexible, book.Retired, 72, nil)
	if strings.Contains(wh.Credit.Reason.Zh, "职工医保的退休人员") {
		t.Errorf("武汉 has its own flexible rule: %q", wh.Credit.Reason.Zh)
	}
}
