package advice

import (
	"fmt"

	"yibao/data/book"
	"yibao/data/lang"
)

// Resolve works out the advice for a person in a place on day asOf: the
// place's own rule (a city's or a provincial unit's), else its province's
// (unless the province rule excepts it), else the national default. A
// rule whose source is unverified is never used for a figure; the next
// level is used instead and a note says that unverified reports exist.
func Resolve(b *book.Book, place book.Place, p Profile, asOf book.Date) Advice {
	a := Advice{Place: place, Province: b.ProvinceOf(place), Profile: p, AsOf: asOf}
	if q := place.Question; q.Asks(p.Insurance, p.Status) {
		if _, ok := q.Choice(p.Variant); !ok {
			return byGroup(b, a, q)
		}
	}
	rule, skipped := pick(b, place, p, asOf)
	a.Credit = credit(rule, p, place, a.Province)
	if r := flexibleUnsaid(b, place, p, asOf, a.Credit); r != nil {
		a.Credit.Reason = *r
	}
	if rule.Scheme != book.NoAccount && rule.Scheme != book.VariesLocally && rule.Scheme != book.SetByCity && !rule.From.IsZero() {
		a.Credit.Change = change(b, place, p, rule, a.Credit)
	}
	a.Notes = notesFor(b, a, rule, skipped)
	a.Channels = channelsFor(b, place)
	return a
}

// holdsAge reports whether a rule speaks for the person's age: a desk's
// rule holds only the ages it saw; every other rule holds all ages.
func holdsAge(r book.Rule, p Profile) bool {
	if r.Source.Confidence != book.Desk || !p.AgeKnown {
		return true
	}
	for _, b := range r.Bands {
		if b.Contains(p.Age) {
			return true
		}
	}
	return false
}

// pick finds the rule that applies, and the first more specific rule that
// was passed over because its source is unverified.
func pick(b *book.Book, place book.Place, p Profile, day book.Date) (chosen book.Rule, skipped *book.Rule) {
	own := book.ScopeCity
	if place.Kind == book.Unit {
		own = book.ScopeUnit
	}
	st := p.Status
	if st == "" {
		st = book.Retired // not asked: the insurance alone decides (resident insurance has no account)
	}
	rules := b.RulesFor(place)
	for _, scope := range []book.Scope{own, book.ScopeProvince, book.ScopeNational} {
		for i, r := range rules {
			if r.Scope != scope || !r.AppliesTo(place) || !r.Covers(p.Insurance, st) || !r.InForce(day) || !holdsAge(r, p) || !r.ForVariant(p.Variant) {
				continue
			}
			if r.Source.Confidence.Shown() {
				return r, skipped
			}
			if skipped == nil {
				skipped = &rules[i]
			}
		}
	}
	// Checking guarantees an open-ended national rule for every pair; an
	// empty rule here would mean a book that failed to load.
	return book.Rule{Scheme: book.VariesLocally, Scope: book.ScopeNational}, skipped
}

// credit works the figure out from the rule.
func credit(r book.Rule, p Profile, place book.Place, pr book.Province) Credit {
	c := Credit{
		Scheme: r.Scheme, Period: r.Period(), Credited: r.Credited, Caveat: r.Caveat, RuleNote: r.Note,
		Scope: r.Scope, RuleID: r.ID, From: r.From, To: r.To, Confidence: r.Source.Confidence, Source: r.Source,
	}
	yes, no := true, false
	switch r.Scheme {
	case book.NoAccount:
		c.HasAccount = &no
		c.Formula = lang.T("没有个人账户。", "No personal account.")
		c.Reason = lang.T("这种参保方式没有个人账户，所以没有每月划入。", "This kind of insurance has no personal account, so nothing is credited each month.")
		return c
	case book.VariesLocally:
		c.Formula = lang.T("是否有个人账户、划入多少，取决于当地灵活就业人员的参保档次。",
			"Whether there is a personal account, and how much goes in, depends on the local tier for flexible workers.")
		c.Reason = noVerified(place, pr)
		if p.Status == book.NotRetired {
			c.Reason = notRetiredReason()
		}
		return c
	case book.SetByCity:
		c.HasAccount = &yes
		c.Formula = lang.T(pr.Name+"由各市自己定退休人员每月划入多少，没有全省统一的比例或金额，全国的计算方法也不适用。",
			pr.En+" leaves the retirees' credit to each city: there is no province-wide rate or amount, and the national method does not apply.")
		c.Reason = lang.T(fmt.Sprintf("%s的金额没有找到可靠来源；实际到账金额请用下方渠道查询。", place.Name),
			fmt.Sprintf("No reliable amount was found for %s; use the ways listed to see what actually arrives.", place.En))
		return c
	}
	c.HasAccount = &yes
	amt, deds, net := work(r, p)
	c.Rate, c.Known, c.Deductions, c.Band = amt.rate, amt.known, deds, amt.band
	if amt.known {
		c.GrossMonthly, c.Annual, c.NetMonthly = amt.gross, amt.annual, net
		c.NetAnnual = netAnnual(amt, deds)
	}
	c.Formula = formula(r, p, amt, c)
	if !c.Known {
		switch {
		case p.Status == book.NotRetired:
			c.Reason = notRetiredReason()
		case r.Scheme == book.PercentOfBase && p.Base == nil:
			c.Reason = lang.T("金额取决于本人的月缴费基数；填写缴费基数即可算出。",
				"The amount depends on your monthly contribution base; give the base to work it out.")
		default:
			c.Reason = noVerified(place, pr)
		}
	}
	c.NextChange = nextChange(r, p, amt, deds, net)
	return c
}

// netAnnual is the year's credit after every deduction.
func netAnnual(amt amount, deds []DeductionAmount) book.Money {
	n := amt.annual
	for _, d := range deds {
		switch {
		case !d.Known:
		case d.Annual != 0:
			n -= d.Annual
		default:
			n -= d.Monthly * 12
		}
	}
	return n
}

func notRetiredReason() lang.Text {
	return lang.T("退休人员的定额划入要等办完医保退休手续后才开始；在那之前，只有继续缴费时才计入本人缴费的一部分。",
		"The fixed retiree credit starts only after the medical-insurance retirement procedure; until then, only part of your own contribution goes in, and only while you still pay.")
}

// noVerified says there is no verified figure, naming the place with its
// province so that two places of one name (福州, 抚州) cannot be confused.
func noVerified(place book.Place, pr book.Province) lang.Text {
	zh, en := place.Name, place.En
	if place.Kind != book.Municipality && pr.Name != "" {
		zh, en = place.Name+"（"+pr.Name+"）", place.En+", "+pr.En
	}
	return lang.T(
		fmt.Sprintf("暂无%s的核实金额。下面说明计算方法；实际到账金额请用下方渠道查询。", zh),
		fmt.Sprintf("No verified amount is known for %s. The method is explained below; use the ways listed to see what actually arrives.", en))
}

// change finds the rule in force the day before the current one began,
// when it gave a figure that differs from today's.
func change(b *book.Book, place book.Place, p Profile, cur book.Rule, c Credit) *Change {
	if !c.Known {
		return nil
	}
	day := cur.From.AddDays(-1)
	prev, _ := pick(b, place, p, day)
	if prev.ID == "" || prev.ID == cur.ID {
		return nil
	}
	pc := credit(prev, p, place, b.ProvinceOf(place))
	if !pc.Known || pc.Period == c.Period && pc.Figure() == c.Figure() {
		return nil
	}
	ch := &Change{RuleID: prev.ID, Period: pc.Period, Net: pc.Figure(), Until: day, Since: cur.From}
	ch.Text = lang.T(
		fmt.Sprintf("%s 以前%s %s 元；%s 起%s %s 元。", ch.Until, periodZh(pc.Period), pc.Figure(), cur.From, periodZh(c.Period), c.Figure()),
		fmt.Sprintf("Until %s: %s yuan %s; from %s: %s yuan %s.", ch.Until, pc.Figure(), periodEn(pc.Period), cur.From, c.Figure(), periodEn(c.Period)))
	return ch
}

func periodZh(p book.Period) string {
	if p == book.Annual {
		return "每年"
	}
	return "每月"
}

func periodEn(p book.Period) string {
	if p == book.Annual {
		return "a year"
	}
	return "a month"
}

// flexibleUnsaid is the reason given to a flexible worker's retiree where
// the place's own rule gives employee retirees a figure but no source says
// whether it covers flexible workers: the national method that follows is
// not this place's figure. It names no amount, as no text without a
// figure does. Nil where it does not apply.
func flexibleUnsaid(b *book.Book, place book.Place, p Profile, asOf book.Date, c Credit) *lang.Text {
	if p.Insurance != book.Flexible || p.Status != book.Retired || c.Known || c.Scope != book.ScopeNational {
		return nil
	}
	ep := p
	ep.Insurance = book.Employee
	er, _ := pick(b, place, ep, asOf)
	if er.Scope == book.ScopeNational {
		return nil
	}
	ec := credit(er, ep, place, b.ProvinceOf(place))
	if !ec.Known {
		return nil
	}
	zh, en := place.Name, place.En
	t := lang.T(
		fmt.Sprintf("%s有职工医保退休人员的本地金额，但是不是也适用于以灵活就业身份参保的退休人员，没有找到说明，请向当地医保部门确认。下面是全国的计算方法，不是%s的金额。", zh, zh),
		fmt.Sprintf("%s has a local amount for employee-insurance retirees, but whether it also holds for retirees insured as flexible workers was not found; ask the local office. Below is the national method, not an amount for %s.", en, en))
	return &t
}
