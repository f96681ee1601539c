package observe

import (
	"cmp"
	"fmt"
	"slices"

	"yibao/data/advice"
	"yibao/data/book"
	"yibao/data/lang"
)

// Ids of the notes Apply adds.
const (
	NoteAgrees  = "desk-agrees"
	NoteDiffers = "desk-differs"
	NoteTooFew  = "desk-too-few"
)

// Matching is the records for the same place, insurance, status and age
// band as the advice.
func Matching(a advice.Advice, obs []Observation) []Observation {
	band := BandOf(a)
	var out []Observation
	for _, o := range obs {
		if o.Place == a.Place.Code && o.Insurance == a.Profile.Insurance && o.Status == a.Profile.Status && o.Band == band {
			out = append(out, o)
		}
	}
	return out
}

// Apply says in the advice what the desk has seen for such a person:
// agreement with the book's figure, or a warning that it may be out of
// date; where the book has none, two or more records that agree (and none
// that differ) give a figure at the level desk, and fewer or differing
// ones a note. Without matching records the advice is unchanged.
func Apply(a *advice.Advice, obs []Observation) {
	mine := Matching(*a, obs)
	if len(mine) == 0 {
		return
	}
	seen := tally(mine)
	c := &a.Credit
	switch {
	case c.Known:
		figure := c.NetMonthly
		if c.Period == book.Annual {
			figure = c.NetAnnual
		}
		seen.Agreeing = count(seen, figure)
		c.Seen = &seen
		if seen.Agreeing == seen.Count {
			a.Notes = append([]advice.NoteText{{ID: NoteAgrees, Text: lang.F("本服务台记录的 %d 次实际到账与此相符（最近 %s）。",
				"The %d credits this desk recorded on statements agree (latest %s).", seen.Count, seen.Latest)}}, a.Notes...)
			return
		}
		warn := lang.T(
			fmt.Sprintf("本服务台记录的实际到账和这里的数不一样：%s（最近 %s）。这里的数可能过时了，请以账户明细为准。", amountsIn(seen, lang.ZH), seen.Latest),
			fmt.Sprintf("What this desk recorded on statements differs: %s (latest %s). The figure here may be out of date; the account statement has the final word.", amountsIn(seen, lang.EN), seen.Latest))
		a.Notes = append([]advice.NoteText{{ID: NoteDiffers, Text: warn}}, a.Notes...)
	case len(seen.Amounts) == 1 && seen.Count >= 2 && canShow(*a):
		seen.Agreeing = seen.Count
		deskFigure(a, seen, mine)
	default:
		seen.Agreeing = seen.Amounts[0].Count
		c.Seen = &seen
		text := lang.T(
			fmt.Sprintf("本服务台只记录过 %d 次实际到账：%s（%s）；次数太少，不作为数字。", seen.Count, amountsIn(seen, lang.ZH), seen.Latest),
			fmt.Sprintf("This desk has recorded only one credit on a statement: %s (%s); too few to give a figure.", amountsIn(seen, lang.EN), seen.Latest))
		if len(seen.Amounts) > 1 {
			text = lang.T(
				fmt.Sprintf("本服务台记录的实际到账不一致：%s（最近 %s），所以不作为数字。", amountsIn(seen, lang.ZH), seen.Latest),
				fmt.Sprintf("What this desk recorded on statements disagrees: %s (latest %s), so no figure is given.", amountsIn(seen, lang.EN), seen.Latest))
		}
		if canShow(*a) {
			a.Notes = append([]advice.NoteText{{ID: NoteTooFew, Text: text}}, a.Notes...)
		}
	}
}

// canShow reports whether a desk figure could stand for such a person:
// not where the credit depends on one's own contribution base, has not
// begun, or there is no account.
func canShow(a advice.Advice) bool {
	c := a.Credit
	return !a.Profile.NeedsBase() && a.Profile.Status != book.NotRetired && (c.HasAccount == nil || *c.HasAccount)
}

// deskFigure puts the agreed amount in place of the missing figure.
func deskFigure(a *advice.Advice, seen advice.Seen, mine []Observation) {
	x := seen.Amounts[0].Amount
	latest := slices.MaxFunc(mine, func(p, q Observation) int { return p.Day.Compare(q.Day) })
	c := &a.Credit
	yes := true
	*c = advice.Credit{
		Known: true, HasAccount: &yes, Scheme: c.Scheme, Period: book.Monthly,
		GrossMonthly: x, NetMonthly: x, Annual: x * 12, NetAnnual: x * 12,
		Formula: lang.F("本服务台看到 %d 人的账户实际到账 %s 元，最近 %s；不是官方数字。",
			"This desk saw %d people's accounts credited %s yuan, latest %s; not an official figure.", seen.Count, x, seen.Latest),
		Credited:   lang.T("本服务台在账户明细上看到的每月到账", "what this desk saw arrive on statements, a month"),
		RuleNote:   c.RuleNote,
		Scope:      c.Scope,
		RuleID:     "desk",
		Confidence: book.Desk,
		Source: book.Source{
			Title:      lang.F("本服务台记录的 %d 次实际到账", "%d credits recorded at this desk", seen.Count),
			Publisher:  lang.T("本服务台记录", "this desk's records"),
			Date:       book.PartialDate(seen.Latest),
			VerifiedOn: latest.Day,
			Confidence: book.Desk,
		},
		Seen: &seen,
	}
}

// tally counts the amounts seen, most often first, and the latest month.
func tally(obs []Observation) advice.Seen {
	s := advice.Seen{Count: len(obs)}
	counts := map[book.Money]int{}
	latest := obs[0].Month
	for _, o := range obs {
		counts[o.Amount]++
		if latest.Before(o.Month) {
			latest = o.Month
		}
	}
	for m, n := range counts {
		s.Amounts = append(s.Amounts, advice.AmountCount{Amount: m, Count: n})
	}
	slices.SortFunc(s.Amounts, func(p, q advice.AmountCount) int { return cmp.Or(q.Count-p.Count, cmp.Compare(p.Amount, q.Amount)) })
	s.Latest = latest.String()
	return s
}
