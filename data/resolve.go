package data

import (
	"fmt"
	"slices"
	"strings"
)

// StaleAfterMonths is how old a verification may be before the advice and
// `yibao data check` say so.
const StaleAfterMonths = 18

// Ids of the notes the advice works out itself.
const (
	NoteNextChange      = "next-change"
	NoteBirthYear       = "birth-year"
	NoteUnverifiedLocal = "unverified-local"
	NoteStale           = "stale"
)

// Advise resolves the advice for a person in a place on day asOf: the city
// rule, else the province rule, else the national default. A rule whose
// source is unverified is never used for a figure; the next level down is
// used instead and a note says that unverified reports exist.
func (b *Book) Advise(place Place, p Profile, asOf Date) Advice {
	a := Advice{Place: place, Profile: p, AsOf: asOf}
	a.Province, _ = b.Province(place.Province)
	rule, skipped := b.pick(place, p.Insurance, p.Status, asOf)
	a.Credit = credit(rule, p, place)
	a.Notes = b.notesFor(a, rule, skipped)
	a.Channels = b.channelsFor(place)
	return a
}

// pick finds the rule that applies, and the first more specific rule that
// was passed over because its source is unverified.
func (b *Book) pick(place Place, ins Insurance, st Status, day Date) (chosen Rule, skipped *Rule) {
	own := ScopeCity
	if place.Kind == KindUnit {
		own = ScopeUnit
	}
	levels := []struct{ scope, code string }{
		{own, place.Code},
		{ScopeProvince, place.Province},
		{ScopeNational, ""},
	}
	for _, lv := range levels {
		for i := range b.rules {
			r := b.rules[i]
			if r.Scope != lv.scope || r.Code != lv.code || !r.covers(ins, st) || !r.InForce(day) || contains(r.Except, place.Code) {
				continue
			}
			if r.Source.Confidence.Shown() {
				return r, skipped
			}
			if skipped == nil {
				skipped = &b.rules[i]
			}
		}
	}
	// Validation guarantees an open-ended national rule for every pair;
	// an empty rule here would mean a book that failed to load.
	return Rule{Scheme: VariesLocally, Scope: ScopeNational}, skipped
}

// credit works the figure out from the rule.
func credit(r Rule, p Profile, place Place) Credit {
	c := Credit{
		Scheme:     r.Scheme,
		Period:     PeriodMonthly,
		Credited:   r.Credited,
		Caveat:     r.Caveat,
		RuleNote:   r.Note,
		Scope:      r.Scope,
		RuleID:     r.ID,
		From:       r.From,
		To:         r.To,
		Confidence: r.Source.Confidence,
		Source:     r.Source,
	}
	if r.Scheme == FixedAnnual {
		c.Period = PeriodAnnual
	}
	yes, no := true, false
	switch r.Scheme {
	case NoAccount:
		c.HasAccount = &no
		c.Formula = T("没有个人账户。", "No personal account.")
		c.Reason = T("这种参保方式没有个人账户，所以没有每月划入。", "This kind of insurance has no personal account, so nothing is credited each month.")
		return c
	case VariesLocally:
		c.Formula = T("是否有个人账户、划入多少，取决于当地灵活就业人员的参保档次。",
			"Whether there is a personal account, and how much goes in, depends on the local tier for flexible workers.")
		c.Reason = noVerified(place)
		if p.Status == NotRetired {
			c.Reason = notRetiredReason()
		}
		return c
	}
	c.HasAccount = &yes
	amt, deds, net := work(r, p)
	c.Rate, c.Known, c.Deductions = amt.rate, amt.known, deds
	if amt.known {
		c.GrossMonthly, c.Annual, c.NetMonthly = amt.gross, amt.annual, net
		c.NetAnnual = amt.annual
		for _, d := range deds {
			switch {
			case !d.Known:
			case d.Annual != 0:
				c.NetAnnual -= d.Annual
			default:
				c.NetAnnual -= d.Monthly * 12
			}
		}
	}
	c.Formula = formula(r, p, amt, c)
	if !c.Known {
		switch {
		case p.Status == NotRetired:
			c.Reason = notRetiredReason()
		case r.Scheme == PercentOfBase && p.Base == nil:
			c.Reason = T("金额取决于本人的月缴费基数；填写缴费基数即可算出。",
				"The amount depends on your monthly contribution base; give the base to work it out.")
		default:
			c.Reason = noVerified(place)
		}
	}
	c.NextChange = nextChange(r, p, amt, deds, net)
	return c
}

func notRetiredReason() Text {
	return T("退休人员的定额划入要等办完医保退休手续后才开始；在那之前，只有继续缴费时才计入本人缴费的一部分。",
		"The fixed retiree credit starts only after the medical-insurance retirement procedure; until then, only part of your own contribution goes in, and only while you still pay.")
}

func noVerified(place Place) Text {
	return T(
		fmt.Sprintf("暂无%s的核实金额。下面说明计算方法；实际到账金额请用下方渠道查询。", place.Name),
		fmt.Sprintf("No verified amount is known for %s. The method is explained below; use the ways listed to see what actually arrives.", place.En))
}

// amount is a rule's figure at one age.
type amount struct {
	known         bool
	band          *Band
	gross, annual Money
	rate          float64
}

func amountAt(r Rule, age int, base *Money) amount {
	var a amount
	a.rate = r.Rate
	for i := range r.Bands {
		if r.Bands[i].Contains(age) {
			a.band = &r.Bands[i]
			if a.band.Rate != nil {
				a.rate = *a.band.Rate
			}
		}
	}
	switch r.Scheme {
	case FixedMonthly:
		if a.band != nil {
			a.known, a.gross = true, Yuan(*a.band.Amount)
			a.annual = a.gross * 12
		}
	case FixedAnnual:
		if a.band != nil {
			a.known, a.annual = true, Yuan(*a.band.Amount)
			a.gross = Money((int64(a.annual)*2 + 12) / 24) // annual / 12, rounded half up
		}
	case PercentOfBase:
		if base != nil {
			a.known, a.gross = true, base.Percent(a.rate)
		}
	case PercentOfAvg:
		if r.Average != nil && r.Average.Figure > 0 {
			a.known, a.gross = true, Yuan(r.Average.Figure).Percent(a.rate)
		}
	}
	if a.known && r.Scheme != FixedMonthly && r.Scheme != FixedAnnual {
		a.annual = a.gross * 12
	}
	return a
}

// work computes a rule's figure at the person's age: the amount, the
// deductions that apply, and the net monthly credit.
func work(r Rule, p Profile) (amt amount, deds []DeductionAmount, net Money) {
	amt = amountAt(r, p.Age, p.Base)
	net = amt.gross
	for _, d := range r.Deductions {
		if !d.Applies(p.Age) {
			continue
		}
		da := DeductionAmount{Name: d.Name}
		switch {
		case d.Monthly != nil:
			da.Monthly, da.Known = Yuan(*d.Monthly), true
		case d.Annual != nil:
			da.Annual, da.Known = Yuan(*d.Annual), true
			da.Monthly = Money((int64(da.Annual)*2 + 12) / 24) // a twelfth, rounded half up
		case d.Rate != nil:
			da.Rate = *d.Rate
			if r.Scheme == PercentOfBase && p.Base != nil {
				da.Monthly, da.Known = p.Base.Percent(*d.Rate), true
			}
		}
		if da.Known {
			net -= da.Monthly
		}
		deds = append(deds, da)
	}
	return amt, deds, net
}

// nextChange finds the first later age at which the figure differs: where
// an age band starts, or where a deduction starts or stops (成都: 0.1% of
// the base under 40, 0.2% from 40).
func nextChange(r Rule, p Profile, cur amount, curDeds []DeductionAmount, curNet Money) *NextChange {
	var ages []int
	for _, bd := range r.Bands {
		ages = append(ages, bd.MinAge)
	}
	for _, d := range r.Deductions {
		if d.MinAge != nil {
			ages = append(ages, *d.MinAge)
		}
		if d.MaxAge != nil {
			ages = append(ages, *d.MaxAge+1)
		}
	}
	slices.Sort(ages)
	for _, age := range slices.Compact(ages) {
		if age <= p.Age || age > MaxAge {
			continue
		}
		older := p
		older.Age = age
		amt, deds, net := work(r, older)
		sameDeds := slices.EqualFunc(deds, curDeds, func(a, b DeductionAmount) bool {
			return a.Name == b.Name && a.Rate == b.Rate && a.Monthly == b.Monthly && a.Known == b.Known
		})
		if amt.known == cur.known && amt.rate == cur.rate && amt.gross == cur.gross && amt.annual == cur.annual && net == curNet && sameDeds {
			continue
		}
		nc := &NextChange{Age: age, Known: amt.known, Rate: amt.rate, RateChanged: amt.rate != cur.rate}
		if amt.known {
			nc.Annual, nc.GrossMonthly, nc.NetMonthly = amt.annual, amt.gross, net
		}
		if !sameDeds {
			nc.Deductions = append([]DeductionAmount{}, deds...) // empty, not nil, when none is left
		}
		return nc
	}
	return nil
}

// notesFor picks the eligibility notes for the advice, generated ones first.
func (b *Book) notesFor(a Advice, rule Rule, skipped *Rule) []NoteText {
	var out []NoteText
	c := a.Credit
	if skipped != nil {
		out = append(out, NoteText{ID: NoteUnverifiedLocal, Text: T(
			fmt.Sprintf("网上有关于%s的其他说法，但来源不可靠或互相矛盾，本工具不采用。请以当地医保部门的答复为准。", a.Place.Name),
			fmt.Sprintf("Other figures for %s circulate online, but their sources are unreliable or conflicting, so yibao does not use them. The local medical-insurance office has the final word.", a.Place.En))})
	}
	if nc := c.NextChange; nc != nil {
		out = append(out, NoteText{ID: NoteNextChange, Text: nextChangeText(c, *nc)})
	}
	if a.Profile.BirthYear != 0 {
		out = append(out, NoteText{ID: NoteBirthYear, Text: birthYearNote(a, rule)})
	}
	if v := rule.Source.VerifiedOn; !v.IsZero() && v.AddMonths(StaleAfterMonths).Before(a.AsOf) && rule.Scheme != NoAccount {
		out = append(out, NoteText{ID: NoteStale, Text: T(
			fmt.Sprintf("这条规则最后核对于 %s，已超过 %d 个月，可能已有变化。", v, StaleAfterMonths),
			fmt.Sprintf("This rule was last checked on %s, more than %d months ago; it may have changed.", v, StaleAfterMonths))})
	}
	for _, n := range b.notes {
		if !noteApplies(n, a) {
			continue
		}
		out = append(out, NoteText{ID: n.ID, Text: n.Text, Source: n.Source})
	}
	return out
}

// birthYearNote says the age came from a birth year, and what the figure
// would be a year younger (before this year's birthday) when it differs.
func birthYearNote(a Advice, rule Rule) Text {
	p := a.Profile
	t := T(fmt.Sprintf("年龄按出生年份 %d 估算为 %d 岁；如果今年还没过生日，实际是 %d 岁。", p.BirthYear, p.Age, p.Age-1),
		fmt.Sprintf("Age %d is worked out from the birth year %d; before this year's birthday you are %d.", p.Age, p.BirthYear, p.Age-1))
	if p.Age == 0 || !a.Credit.Known {
		return t
	}
	younger := p
	younger.Age--
	amt, _, net := work(rule, younger)
	if !amt.known || net == a.Credit.NetMonthly && amt.annual == a.Credit.Annual {
		return t
	}
	if a.Credit.Period == PeriodAnnual {
		return T(t.Zh+fmt.Sprintf("那样的话每年是 %s 元。", amt.annual), t.En+fmt.Sprintf(" Then it is %s yuan a year.", amt.annual))
	}
	return T(t.Zh+fmt.Sprintf("那样的话每月实际划入 %s 元。", net), t.En+fmt.Sprintf(" Then %s yuan a month reaches the account.", net))
}

func nextChangeText(c Credit, nc NextChange) Text {
	switch {
	case nc.Known && c.Period == PeriodAnnual && nc.Annual != c.Annual:
		return T(fmt.Sprintf("满 %d 岁后，每年划入 %s 元（折合每月约 %s 元）。", nc.Age, nc.Annual, nc.GrossMonthly),
			fmt.Sprintf("From age %d: %s yuan a year (about %s yuan a month).", nc.Age, nc.Annual, nc.GrossMonthly))
	case nc.Known && nc.NetMonthly != c.NetMonthly:
		return T(fmt.Sprintf("满 %d 岁后，每月实际划入 %s 元。", nc.Age, nc.NetMonthly),
			fmt.Sprintf("From age %d: %s yuan a month reaches the account.", nc.Age, nc.NetMonthly))
	}
	var t Text
	if nc.RateChanged {
		verb := T("提高到", "rises to")
		if nc.Rate < c.Rate {
			verb = T("降到", "falls to")
		}
		t = T(fmt.Sprintf("满 %d 岁后，划入比例%s %s%%。", nc.Age, verb.Zh, trimFloat(nc.Rate)),
			fmt.Sprintf("From age %d the rate %s %s%%.", nc.Age, verb.En, trimFloat(nc.Rate)))
		if nc.Deductions == nil {
			return t
		}
	}
	var zh, en []string
	for _, d := range nc.Deductions {
		if d.Rate != 0 {
			zh = append(zh, fmt.Sprintf("%s按缴费基数的 %s%%", d.Name.Zh, trimFloat(d.Rate)))
			en = append(en, fmt.Sprintf("%s is %s%% of the base", d.Name.En, trimFloat(d.Rate)))
		} else {
			zh = append(zh, fmt.Sprintf("%s每月 %s 元", d.Name.Zh, d.Monthly))
			en = append(en, fmt.Sprintf("%s is %s yuan a month", d.Name.En, d.Monthly))
		}
	}
	zhc, enc := "不再有扣款", "nothing is deducted"
	if len(zh) > 0 {
		zhc, enc = "扣款变为："+strings.Join(zh, "；"), "the deduction changes: "+strings.Join(en, "; ")
	}
	if t.Zh != "" {
		return T(t.Zh+zhc+"。", t.En+" "+strings.ToUpper(enc[:1])+enc[1:]+".")
	}
	return T(fmt.Sprintf("满 %d 岁后，%s。", nc.Age, zhc), fmt.Sprintf("From age %d %s.", nc.Age, enc))
}

func noteApplies(n Note, a Advice) bool {
	if n.Source != nil && !n.Source.Confidence.Shown() {
		return false
	}
	if len(n.Insurance) > 0 && !contains(n.Insurance, a.Profile.Insurance) {
		return false
	}
	if len(n.Status) > 0 && !contains(n.Status, a.Profile.Status) {
		return false
	}
	if n.MinAge != nil && a.Profile.Age < *n.MinAge {
		return false
	}
	if n.MaxAge != nil && a.Profile.Age > *n.MaxAge {
		return false
	}
	if len(n.Places) > 0 && !inArea(a.Place, n.Places) {
		return false
	}
	if inArea(a.Place, n.Except) {
		return false
	}
	switch n.Account {
	case "yes":
		return a.Credit.HasAccount == nil || *a.Credit.HasAccount
	case "no":
		return a.Credit.HasAccount != nil && !*a.Credit.HasAccount
	}
	return true
}

// channelsFor lists the channels for a place in book order, a local
// channel taking the place of the general one it replaces, and the
// recommended channel first.
func (b *Book) channelsFor(place Place) []ChannelAdvice {
	replacing := map[string][]Channel{}
	for _, c := range b.channels {
		if c.Replaces != "" && inArea(place, c.Places) {
			replacing[c.Replaces] = append(replacing[c.Replaces], c)
		}
	}
	var list []Channel
	for _, c := range b.channels {
		switch {
		case len(c.Places) > 0:
			if c.Replaces == "" && inArea(place, c.Places) {
				list = append(list, c)
			}
		case len(replacing[c.ID]) > 0:
			list = append(list, replacing[c.ID]...)
		default:
			list = append(list, c)
		}
	}
	out := make([]ChannelAdvice, 0, len(list))
	for _, c := range list {
		ca := ChannelAdvice{Channel: c, Name: fillPlace(c.Name, place), Recommended: c.Recommended, Dial: fillPlace(T(c.Dial, c.Dial), place).Zh}
		for _, s := range c.Steps {
			ca.Steps = append(ca.Steps, fillPlace(s, place))
		}
		out = append(out, ca)
	}
	for i, c := range out {
		if c.Recommended && i > 0 {
			copy(out[1:i+1], out[0:i])
			out[0] = c
			break
		}
	}
	return out
}

// fillPlace puts the place's area code and name into {area} and {city}.
func fillPlace(t Text, p Place) Text {
	fill := func(s, city string) string {
		if !strings.Contains(s, "{") {
			return s
		}
		return strings.ReplaceAll(strings.ReplaceAll(s, "{area}", p.AreaCode), "{city}", city)
	}
	return Text{Zh: fill(t.Zh, p.Short), En: fill(t.En, p.En)}
}
