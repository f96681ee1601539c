package records

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"yibao/data/advice"
	"yibao/data/book"
	"yibao/data/lang"
)

// The trust rule: pooled records give a figure only from at least
// MinRecords records of at least MinConsultations consultations, made in
// the last WindowMonths months and in no month before the start of the
// book's rule in force for the place, at least AgreePercent of them on
// one amount to the fen.
const (
	MinRecords       = 3
	MinConsultations = 3
	WindowMonths     = 12
	AgreePercent     = 75
)

// Ids of the notes Apply adds.
const (
	NoteAgrees   = "desk-agrees"
	NoteDiffers  = "desk-differs"
	NoteTooFew   = "desk-too-few"
	NoteOthers   = "desk-others"
	NoteGross    = "desk-gross"
	NotePossible = "desk-possible"
)

// Evidence is the records that count for a person, weighed.
type Evidence struct {
	Seen     advice.Seen // the counted records: amounts, latest month, centres
	First    Month       // the earliest counted month
	LastWeek Week        // the latest week a counted record was made
	Trusted  bool        // the trust rule holds for the most common amount
	Majority book.Money  // the most common amount
	Left     int         // records left out: too old, or before the rule
}

// Since is the first month whose records count on day today, for a book
// rule in force from ruleFrom (zero when not known).
func Since(today book.Date, ruleFrom book.Date) Month {
	since := MonthOf(today).Add(-(WindowMonths - 1))
	if !ruleFrom.IsZero() {
		start := MonthOf(ruleFrom)
		if ruleFrom.Day > 1 {
			start = start.Add(1) // a month the rule began in mid-way is mixed
		}
		if since.Before(start) {
			since = start
		}
	}
	return since
}

// Weigh counts the records that count on day today for a book rule in
// force from ruleFrom.
func Weigh(recs []Record, today book.Date, ruleFrom book.Date) Evidence {
	rows := make([]tally, 0, len(recs))
	consultations := map[string]bool{}
	since, now := Since(today, ruleFrom), MonthOf(today)
	var last Week
	for _, r := range recs {
		rows = append(rows, tally{centre: r.Centre, amount: r.Amount, month: r.Month, n: 1})
		if !r.Month.Before(since) && !now.Before(r.Month) {
			consultations[r.Consultation] = true
			if last.Year*100+last.Week < r.Week.Year*100+r.Week.Week {
				last = r.Week
			}
		}
	}
	ev := weigh(rows, since, now, len(consultations))
	ev.LastWeek = last
	return ev
}

// tally is how many records of one centre showed one amount for one
// month.
type tally struct {
	centre string
	amount book.Money
	month  Month
	n      int
}

// weigh counts the tallies of months from since to now, given how many
// consultations they come from.
func weigh(rows []tally, since, now Month, consultations int) Evidence {
	var ev Evidence
	counts := map[book.Money]int{}
	centres := map[string]bool{}
	var latest Month
	for _, t := range rows {
		if t.month.Before(since) || now.Before(t.month) {
			ev.Left += t.n
			continue
		}
		if ev.Seen.Count == 0 || t.month.Before(ev.First) {
			ev.First = t.month
		}
		if latest.Before(t.month) {
			latest = t.month
		}
		ev.Seen.Count += t.n
		counts[t.amount] += t.n
		centres[t.centre] = true
	}
	if ev.Seen.Count == 0 {
		return ev
	}
	ev.Seen.Latest = latest.String()
	ev.Seen.Centres = len(centres)
	ev.Seen.Amounts = sortedCounts(counts)
	top := ev.Seen.Amounts[0]
	ev.Majority = top.Amount
	ev.Trusted = ev.Seen.Count >= MinRecords && consultations >= MinConsultations && top.Count*100 >= AgreePercent*ev.Seen.Count
	return ev
}

// sortedCounts lists amounts most often first, then smallest first.
func sortedCounts(counts map[book.Money]int) []advice.AmountCount {
	out := make([]advice.AmountCount, 0, len(counts))
	for m, n := range counts {
		out = append(out, advice.AmountCount{Amount: m, Count: n})
	}
	slices.SortFunc(out, func(p, q advice.AmountCount) int { return cmp.Or(q.Count-p.Count, cmp.Compare(p.Amount, q.Amount)) })
	return out
}

// Apply says in the advice what the desks' records show for such a
// person (recs: the records under its key, as Store.Lookup gives them).
// Records never replace a figure of the book: agreeing, they confirm it
// in one line; where MinRecords or more show another amount, they warn
// that the figure may be out of date. Where the book has no figure and
// the trust rule holds, the agreed amount becomes a figure at the level
// desk, saying how many centres and records it comes from; the other
// amounts are a note, never a veto. Without records that count, the
// advice is unchanged.
func Apply(a *advice.Advice, recs []Record, today book.Date) {
	applyEvidence(a, Weigh(recs, today, a.Credit.From))
}

// applyEvidence is Apply for records already weighed.
func applyEvidence(a *advice.Advice, ev Evidence) {
	if ev.Seen.Count == 0 {
		return
	}
	c := &a.Credit
	switch {
	case c.Known:
		ev.Seen.Agreeing = countOf(ev.Seen, c.Figure())
		c.Seen = &ev.Seen
		gross := grossOf(*c)
		possible, _ := possibleNet(*c)
		if other, ok := strongestOther(ev.Seen, c.Figure(), gross, possible); ok {
			note(a, NoteDiffers, lang.T(
				fmt.Sprintf("%s显示到账 %s 元（共 %s，最近 %s），和这里的数不一样。这里的数可能过时了，请以账户明细为准。", pooled(ev.Seen.Centres, other.Count).Zh, other.Amount, AmountsIn(ev.Seen, lang.ZH), ev.Seen.Latest),
				fmt.Sprintf("%s show %s yuan arriving (in all %s, latest %s), not the figure here. The figure here may be out of date; the account statement has the final word.", pooled(ev.Seen.Centres, other.Count).En, other.Amount, AmountsIn(ev.Seen, lang.EN), ev.Seen.Latest)))
			return
		}
		atGross := 0
		if gross > 0 {
			atGross = countOf(ev.Seen, gross)
		}
		if atGross > 0 {
			// The amount before a named deduction agrees with the figure:
			// never a sign that it is out of date.
			names := deductionNames(*c)
			note(a, NoteGross, lang.T(
				fmt.Sprintf("服务台的 %s是扣款前的数 %s 元（%s + %s，%s），和这里的数相符。", pooled(0, atGross).Zh, gross, c.Figure(), gross-c.Figure(), names.Zh),
				fmt.Sprintf("The desks' %s: %s yuan, the amount before a deduction (%s + %s, %s), which agrees with the figure here.", pooled(0, atGross).En, gross, c.Figure(), gross-c.Figure(), names.En)))
		}
		atPossible := 0
		if possible > 0 {
			atPossible = countOf(ev.Seen, possible)
		}
		if atPossible > 0 {
			// The figure less a deduction reported but not verified:
			// never a sign that it is out of date either.
			w := possibleWords(*c, possible)
			note(a, NotePossible, lang.T(
				fmt.Sprintf("服务台的 %s是 %s 元。%s", pooled(0, atPossible).Zh, possible, w.Zh),
				fmt.Sprintf("The desks' %s: %s yuan. %s", pooled(0, atPossible).En, possible, w.En)))
		}
		if ev.Seen.Agreeing == 0 {
			if atGross+atPossible == ev.Seen.Count {
				return
			}
			note(a, NoteTooFew, lang.T(
				fmt.Sprintf("服务台记录的到账是 %s（最近 %s），次数太少，不足以说明这里的数过时了。", AmountsIn(ev.Seen, lang.ZH), ev.Seen.Latest),
				fmt.Sprintf("The desks recorded %s (latest %s): too few to say the figure here is out of date.", AmountsIn(ev.Seen, lang.EN), ev.Seen.Latest)))
			return
		}
		line := lang.T(fmt.Sprintf("%s与此相符（最近 %s）。", pooled(ev.Seen.Centres, ev.Seen.Agreeing).Zh, ev.Seen.Latest),
			fmt.Sprintf("%s agree (latest %s).", pooled(ev.Seen.Centres, ev.Seen.Agreeing).En, ev.Seen.Latest))
		if ev.Seen.Agreeing < ev.Seen.Count {
			if rest := othersIn(ev.Seen, lang.ZH, c.Figure(), gross, possible); rest != "" {
				line.Zh += "另有 " + rest + "。"
				line.En += " Also " + othersIn(ev.Seen, lang.EN, c.Figure(), gross, possible) + "."
			}
		}
		note(a, NoteAgrees, line)
	case !canShow(*a):
	case ev.Trusted:
		ev.Seen.Agreeing = ev.Seen.Amounts[0].Count
		deskFigure(a, ev)
		if ev.Seen.Agreeing < ev.Seen.Count {
			note(a, NoteOthers, lang.T("服务台记录里另有 "+othersIn(ev.Seen, lang.ZH, ev.Majority)+"，可能是别的情况（扣款、补发、一次划入全年）。",
				"The desks also recorded "+othersIn(ev.Seen, lang.EN, ev.Majority)+": perhaps another case (a deduction, a back payment, a year at once)."))
		}
	default:
		ev.Seen.Agreeing = ev.Seen.Amounts[0].Count
		c.Seen = &ev.Seen
		text := lang.T(
			fmt.Sprintf("%s：%s（最近 %s）；要至少 %d 次咨询、其中四分之三一致，才作为数字。", pooled(ev.Seen.Centres, ev.Seen.Count).Zh, AmountsIn(ev.Seen, lang.ZH), ev.Seen.Latest, MinConsultations),
			fmt.Sprintf("%s: %s (latest %s); a figure needs at least %d consultations, three in four agreeing.", pooled(ev.Seen.Centres, ev.Seen.Count).En, AmountsIn(ev.Seen, lang.EN), ev.Seen.Latest, MinConsultations))
		note(a, NoteTooFew, text)
	}
}

// note puts a note first.
func note(a *advice.Advice, id string, text lang.Text) {
	a.Notes = append([]advice.NoteText{{ID: id, Text: text}}, a.Notes...)
}

// strongestOther is the most common amount other than figure, the
// amount before its deductions (gross, 0 for none) and the figure less a
// possible deduction (possible, 0 for none), when MinRecords or more
// records show it.
func strongestOther(s advice.Seen, figure, gross, possible book.Money) (advice.AmountCount, bool) {
	for _, ac := range s.Amounts {
		if ac.Amount != figure && ac.Amount != gross && ac.Amount != possible && ac.Count >= MinRecords {
			return ac, true
		}
	}
	return advice.AmountCount{}, false
}

// grossOf is the amount before the figure's named deductions (Beijing's
// 110 where 107 arrives), or 0 where nothing is deducted.
func grossOf(c advice.Credit) book.Money {
	gross := c.GrossMonthly
	if c.Period == book.Annual {
		gross = c.Annual
	}
	if len(c.Deductions) == 0 || gross == c.Figure() {
		return 0
	}
	return gross
}

// canShow reports whether a desk figure could stand for such a person:
// not where the credit depends on one's own contribution base, has not
// begun, or there is no account.
func canShow(a advice.Advice) bool {
	c := a.Credit
	return !a.Profile.NeedsBase() && a.Profile.Status != book.NotRetired && (c.HasAccount == nil || *c.HasAccount)
}

// deskFigure puts the agreed amount in place of the missing figure.
func deskFigure(a *advice.Advice, ev Evidence) {
	x := ev.Majority
	c := &a.Credit
	yes := true
	from := pooled(ev.Seen.Centres, ev.Seen.Agreeing)
	*c = advice.Credit{
		Known: true, HasAccount: &yes, Scheme: c.Scheme, Period: book.Monthly,
		GrossMonthly: x, NetMonthly: x, Annual: x * 12, NetAnnual: x * 12,
		Formula: lang.T(fmt.Sprintf("%s在账户明细上看到每月到账 %s 元（共 %d 次记录，最近 %s）；不是官方数字。", from.Zh, x, ev.Seen.Count, ev.Seen.Latest),
			fmt.Sprintf("%s saw %s yuan credited a month on statements (of %d records, latest %s); not an official figure.", from.En, x, ev.Seen.Count, ev.Seen.Latest)),
		Credited:   lang.T("服务台在账户明细上看到的每月到账", "what the desks saw arrive on statements, a month"),
		RuleNote:   c.RuleNote,
		Scope:      c.Scope,
		RuleID:     "desk",
		Confidence: book.Desk,
		Source: book.Source{
			Title: lang.T(fmt.Sprintf("%s的服务台记录：%s", a.Place.Name, from.Zh),
				fmt.Sprintf("The desks' records for %s: %s", a.Place.En, from.En)),
			Publisher:  lang.T("服务台的记录", "the desks' records"),
			Date:       book.PartialDate(ev.Seen.Latest),
			VerifiedOn: weekStart(ev.LastWeek),
			Confidence: book.Desk,
		},
		Seen: &ev.Seen,
	}
}

// weekStart is the Monday of an ISO week.
func weekStart(w Week) book.Date {
	if w.Year == 0 {
		return book.Date{}
	}
	jan4 := time.Date(w.Year, time.January, 4, 12, 0, 0, 0, time.UTC)
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+(w.Week-1)*7)
	return book.DateOf(monday)
}
