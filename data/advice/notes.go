package advice

import (
	"fmt"
	"slices"
	"strings"

	"yibao/data/book"
	"yibao/data/lang"
)

// notesFor picks the eligibility notes for the advice, generated ones first.
func notesFor(b *book.Book, a Advice, rule book.Rule, skipped *book.Rule) []NoteText {
	var out []NoteText
	c := a.Credit
	if a.Place.Kind == book.Unit && !a.Place.About.IsZero() {
		out = append(out, NoteText{ID: NoteUnit, Text: a.Place.About})
	}
	if skipped != nil {
		out = append(out, NoteText{ID: NoteUnverifiedLocal, Text: lang.T(
			fmt.Sprintf("网上有关于%s的其他说法，但来源不可靠或互相矛盾，本工具不采用。请以当地医保部门的答复为准。", a.Place.Name),
			fmt.Sprintf("Other figures for %s circulate online, but their sources are unreliable or conflicting, so yibao does not use them. The local medical-insurance office has the final word.", a.Place.En))})
	}
	if nc := c.NextChange; nc != nil {
		out = append(out, NoteText{ID: NoteNextChange, Text: nextChangeText(c, *nc)})
	}
	if p := a.Profile; p.Status == book.Retired && p.AgeKnown && p.Age < EarlyRetirementAge {
		out = append(out, NoteText{ID: NoteEarlyRetired, Text: lang.T(
			fmt.Sprintf("已退休的人很少只有 %d 岁；这里按提前退休计算。如果年龄或退休情况填错了，请改正后再查。", p.Age),
			fmt.Sprintf("Few retired people are %d; this assumes early retirement. If the age or the retirement status is wrong, correct it and ask again.", p.Age))})
	}
	if a.Profile.BirthYear != 0 {
		out = append(out, NoteText{ID: NoteBirthYear, Text: birthYearNote(a, rule)})
	}
	if v := rule.Source.VerifiedOn; !v.IsZero() && v.AddMonths(StaleAfterMonths).Before(a.AsOf) && rule.Scheme != book.NoAccount {
		out = append(out, NoteText{ID: NoteStale, Text: lang.T(
			fmt.Sprintf("这条规则最后核对于 %s，已超过 %d 个月，可能已有变化。", v, StaleAfterMonths),
			fmt.Sprintf("This rule was last checked on %s, more than %d months ago; it may have changed.", v, StaleAfterMonths))})
	}
	for _, n := range b.Notes() {
		if noteApplies(n, a) {
			out = append(out, NoteText{ID: n.ID, Text: n.Text, Source: n.Source})
		}
	}
	return out
}

// birthYearNote says the age came from a birth year, and what the figure
// would be a year younger (before this year's birthday) when it differs.
func birthYearNote(a Advice, rule book.Rule) lang.Text {
	p := a.Profile
	if p.Age == 0 {
		return lang.T(fmt.Sprintf("年龄按出生年份 %d 估算。", p.BirthYear), fmt.Sprintf("The age is worked out from the birth year %d.", p.BirthYear))
	}
	t := lang.T(fmt.Sprintf("年龄按出生年份 %d 估算为 %d 岁；如果今年还没过生日，实际是 %d 岁。", p.BirthYear, p.Age, p.Age-1),
		fmt.Sprintf("Age %d is worked out from the birth year %d; before this year's birthday you are %d.", p.Age, p.BirthYear, p.Age-1))
	if !a.Credit.Known {
		return t
	}
	younger := p
	younger.Age--
	amt, deds, net := work(rule, younger)
	if !amt.known || net == a.Credit.NetMonthly && amt.annual == a.Credit.Annual {
		return t
	}
	zh, en := arrives(a.Credit.NetKnown())
	if a.Credit.Period == book.Annual {
		y := Grouped(netAnnual(amt, deds))
		return lang.T(t.Zh+fmt.Sprintf("那样的话每年%s %s 元。", zh, y), t.En+fmt.Sprintf(" Then %s yuan a year %s.", y, en))
	}
	return lang.T(t.Zh+fmt.Sprintf("那样的话每月%s %s 元。", zh, net), t.En+fmt.Sprintf(" Then %s yuan a month %s.", net, en))
}

func nextChangeText(c Credit, nc NextChange) lang.Text {
	switch {
	case nc.Known && c.Period == book.Annual && nc.Annual != c.Annual:
		return lang.T(fmt.Sprintf("满 %d 岁后，每年划入 %s 元（折合每月约 %s 元）。", nc.Age, Grouped(nc.Annual), nc.GrossMonthly),
			fmt.Sprintf("From age %d: %s yuan a year (about %s yuan a month).", nc.Age, Grouped(nc.Annual), nc.GrossMonthly))
	case nc.Known && nc.NetMonthly != c.NetMonthly:
		zh, en := arrives(nc.netKnown(c))
		return lang.T(fmt.Sprintf("满 %d 岁后，每月%s %s 元。", nc.Age, zh, nc.NetMonthly),
			fmt.Sprintf("From age %d: %s yuan a month %s.", nc.Age, nc.NetMonthly, en))
	}
	var t lang.Text
	if nc.RateChanged {
		verb := lang.T("提高到", "rises to")
		if nc.Rate < c.Rate {
			verb = lang.T("降到", "falls to")
		}
		t = lang.T(fmt.Sprintf("满 %d 岁后，划入比例%s %s%%。", nc.Age, verb.Zh, trimFloat(nc.Rate)),
			fmt.Sprintf("From age %d the rate %s %s%%.", nc.Age, verb.En, trimFloat(nc.Rate)))
		if nc.Deductions == nil {
			return t
		}
	}
	var zh, en []string
	for _, d := range nc.Deductions {
		switch {
		case d.Rate != 0:
			zh = append(zh, fmt.Sprintf("%s按缴费基数的 %s%%", d.Name.Zh, trimFloat(d.Rate)))
			en = append(en, fmt.Sprintf("%s is %s%% of the base", d.Name.En, trimFloat(d.Rate)))
		case !d.Known:
			zh = append(zh, fmt.Sprintf("%s（金额不详）", d.Name.Zh))
			en = append(en, fmt.Sprintf("%s is taken (amount not known)", d.Name.En))
		default:
			zh = append(zh, fmt.Sprintf("%s每月 %s 元", d.Name.Zh, d.Monthly))
			en = append(en, fmt.Sprintf("%s is %s yuan a month", d.Name.En, d.Monthly))
		}
	}
	zhc, enc := "不再有扣款", "nothing is deducted"
	if len(zh) > 0 {
		zhc, enc = "扣款变为："+strings.Join(zh, "；"), "the deduction changes: "+strings.Join(en, "; ")
	}
	if t.Zh != "" {
		return lang.T(t.Zh+zhc+"。", t.En+" "+strings.ToUpper(enc[:1])+enc[1:]+".")
	}
	return lang.T(fmt.Sprintf("满 %d 岁后，%s。", nc.Age, zhc), fmt.Sprintf("From age %d %s.", nc.Age, enc))
}

func noteApplies(n book.Note, a Advice) bool {
	p := a.Profile
	switch {
	case n.Source != nil && !n.Source.Confidence.Shown(),
		len(n.Insurance) > 0 && !slices.Contains(n.Insurance, p.Insurance),
		len(n.Status) > 0 && !slices.Contains(n.Status, p.Status),
		(n.MinAge != nil || n.MaxAge != nil) && !p.AgeKnown,
		n.MinAge != nil && p.Age < *n.MinAge,
		n.MaxAge != nil && p.Age > *n.MaxAge,
		len(n.Places) > 0 && !book.InArea(a.Place, n.Places),
		book.InArea(a.Place, n.Except):
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
func channelsFor(b *book.Book, place book.Place) []ChannelAdvice {
	replacing := map[string][]book.Channel{}
	for _, c := range b.Channels() {
		if c.Replaces != "" && book.InArea(place, c.Places) {
			replacing[c.Replaces] = append(replacing[c.Replaces], c)
		}
	}
	list := make([]book.Channel, 0, len(b.Channels()))
	for _, c := range b.Channels() {
		switch {
		case len(c.Places) > 0:
			if c.Replaces == "" && book.InArea(place, c.Places) {
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
		ca := ChannelAdvice{Channel: c, Name: fillPlace(c.Name, place), Recommended: c.Recommended, Dial: fillPlace(lang.T(c.Dial, c.Dial), place).Zh,
			Steps: make([]lang.Text, 0, len(c.Steps))}
		for _, s := range c.Steps {
			ca.Steps = append(ca.Steps, fillPlace(s, place))
		}
		out = append(out, ca)
	}
	if i := slices.IndexFunc(out, func(c ChannelAdvice) bool { return c.Recommended }); i > 0 {
		rec := out[i]
		copy(out[1:i+1], out[0:i])
		out[0] = rec
	}
	return out
}

// fillPlace puts the place's area code and name into {area} and {city}.
func fillPlace(t lang.Text, p book.Place) lang.Text {
	if !strings.Contains(t.Zh, "{") && !strings.Contains(t.En, "{") {
		return t
	}
	fill := func(s, city string) string {
		return strings.ReplaceAll(strings.ReplaceAll(s, "{area}", p.AreaCode), "{city}", city)
	}
	return lang.Text{Zh: fill(t.Zh, p.Short), En: fill(t.En, p.En)}
}
