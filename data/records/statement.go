package records

import (
	"fmt"
	"math"

	"yibao/data/advice"
	"yibao/data/book"
	"yibao/data/lang"
)

// Match is what a statement's amount matches (对账), as `observe --json`
// gives it in "check".
type Match string

// Matches.
const (
	MatchNet         Match = "net"          // the figure that arrives
	MatchGross       Match = "gross"        // the amount before a named deduction
	MatchPossible    Match = "possible_net" // the figure less a deduction whose amount is reported but not verified
	MatchAnnual      Match = "annual"       // a yearly credit, a year of a monthly one, or a twelfth of a yearly one
	MatchEarlierRule Match = "earlier_rule" // the figure of the rule before the one in force
	MatchOtherBand   Match = "other_band"   // the figure of another age band
	MatchDiffers     Match = "differs"      // none of these
	MatchNoFigure    Match = "no_figure"    // the book has no figure to check against
)

// Statement is the check of a statement's amount against the book.
type Statement struct {
	Match   Match
	Amount  book.Money
	Words   lang.Text   // what it matches, in one or two sentences
	Reasons []lang.Text // for differs only: the usual reasons
}

// CheckStatement says what a statement's amount matches for the person
// the advice is for, on the advice's day.
func CheckStatement(b *book.Book, a advice.Advice, amount book.Money) Statement {
	st := Statement{Amount: amount}
	c := a.Credit
	if c.Known {
		if m, words, ok := matchOwn(c, amount); ok {
			st.Match, st.Words = m, words
			return st
		}
		if net, ok := possibleNet(c); ok && amount == net {
			st.Match, st.Words = MatchPossible, possibleWords(c, net)
			return st
		}
		if ch := c.Change; ch != nil && (amount == ch.Net || ch.Period == book.Annual && amount == twelfth(ch.Net)) {
			st.Match, st.Words = MatchEarlierRule, lang.T(
				"这是以前的规则的数。"+ch.Text.Zh+"看的可能是以前的明细，或者还没按新规则划。",
				"This is the earlier rule's figure. "+ch.Text.En+" The statement may be an old one, or the new rule is not applied yet.")
			return st
		}
	}
	if band, figure, ok := otherBand(b, a, amount); ok {
		st.Match, st.Words = MatchOtherBand, lang.T(
			fmt.Sprintf("这是 %s 的数（%s 元）。年龄是不是记错了，或者账户是按另一个年龄段划的？", bandWords(band).Zh, figure),
			fmt.Sprintf("This is the figure for %s (%s yuan). Was the age given wrongly, or is the account credited for another age band?", bandWords(band).En, figure))
		return st
	}
	if !c.Known {
		// Nothing to differ from: no reasons for a mismatch.
		st.Match, st.Words = MatchNoFigure, lang.T("书里没有这里的数可以对照；记下来，能帮到以后的人。",
			"The book has no figure here to check against; recording it helps the next person.")
		return st
	}
	st.Reasons = usualReasons(a)
	per := periodWords(c.Period)
	st.Match, st.Words = MatchDiffers, lang.T(
		fmt.Sprintf("和这里的数（%s %s 元）不一样，也不是扣款前的数、一年的数或以前的规则的数。", per.Zh, c.Figure()),
		fmt.Sprintf("It differs from the figure here (%s yuan %s), and is not the amount before a deduction, a year's credit or the earlier rule's figure.", c.Figure(), per.En))
	return st
}

// matchOwn checks the amount against the figure in force: net, gross or
// yearly.
func matchOwn(c advice.Credit, amount book.Money) (Match, lang.Text, bool) {
	if c.Period == book.Annual {
		switch amount {
		case c.NetAnnual:
			return MatchAnnual, lang.F("这是一整个医保年度的划入：每年 %s 元，不是每月的数。", "This is a whole insurance year's credit: %s yuan a year, not a month's.", c.NetAnnual), true
		case twelfth(c.NetAnnual):
			return MatchAnnual, lang.F("这是每年 %s 元的十二分之一（%s 元），是按月算的平均数。", "This is a twelfth of the yearly %s yuan (%s yuan), a monthly average.", c.NetAnnual, amount), true
		case c.Annual:
			return MatchGross, grossWords(c, c.Annual, c.NetAnnual), c.Annual != c.NetAnnual
		}
		return "", lang.Text{}, false
	}
	switch amount {
	case c.NetMonthly:
		return MatchNet, lang.F("相符：每月实际到账 %s 元。", "It matches: %s yuan arrives each month.", c.NetMonthly), true
	case c.GrossMonthly:
		return MatchGross, grossWords(c, c.GrossMonthly, c.NetMonthly), true
	case c.NetMonthly * 12, c.GrossMonthly * 12:
		return MatchAnnual, lang.F("这是一整年的划入：每月 %s 元 × 12。", "This is a whole year's credit: %s yuan a month × 12.", amount/12), true
	}
	return "", lang.Text{}, false
}

// grossWords names the deductions between gross and net: "110 = 107 + 3
// (the mutual-aid fund)".
func grossWords(c advice.Credit, gross, net book.Money) lang.Text {
	names := deductionNames(c)
	return lang.T(
		fmt.Sprintf("这是扣款前的数：%s = %s + %s（%s）。账户上没有扣这笔，或者明细写的是扣款前的数。", gross, net, gross-net, names.Zh),
		fmt.Sprintf("This is the amount before a deduction: %s = %s + %s (%s). The account did not take it, or the statement shows the amount before it.", gross, net, gross-net, names.En))
}

// possibleNet is the figure less the deductions whose amount is known
// only as a possible, unverified one (重庆: 105 less perhaps 5), for a
// monthly credit that has such a deduction.
func possibleNet(c advice.Credit) (book.Money, bool) {
	if !c.Known || c.Period != book.Monthly {
		return 0, false
	}
	var less book.Money
	for _, d := range c.Deductions {
		less += d.Possible
	}
	if less <= 0 || less >= c.Figure() {
		return 0, false
	}
	return c.Figure() - less, true
}

// possibleWords says that an amount is probably the figure after the
// deductions the book knows only as possible.
func possibleWords(c advice.Credit, net book.Money) lang.Text {
	names := lang.Text{}
	for _, d := range c.Deductions {
		if d.Possible == 0 {
			continue
		}
		sep := lang.T("、", ", ")
		if names.Zh == "" {
			sep = lang.Text{}
		}
		names = lang.T(names.Zh+sep.Zh+d.Name.Zh, names.En+sep.En+d.Name.En)
	}
	less := c.Figure() - net
	return lang.T(
		fmt.Sprintf("可能是扣了%s以后的数：%s - %s = %s。这笔扣款可能是每月 %s 元，还没有核实；如果是，就是相符的。", names.Zh, c.Figure(), less, net, less),
		fmt.Sprintf("Probably the amount after %s: %s - %s = %s. That deduction may be %s yuan a month, not yet confirmed; if so, it matches.", names.En, c.Figure(), less, net, less))
}

// deductionNames lists the names of a credit's deductions: "the
// mutual-aid fund".
func deductionNames(c advice.Credit) lang.Text {
	names := lang.Text{}
	for i, d := range c.Deductions {
		sep := lang.T("、", ", ")
		if i == 0 {
			sep = lang.Text{}
		}
		names = lang.T(names.Zh+sep.Zh+d.Name.Zh, names.En+sep.En+d.Name.En)
	}
	return names
}

// otherBand finds another age band of the rule in force whose figure is
// the amount.
func otherBand(b *book.Book, a advice.Advice, amount book.Money) (book.Band, book.Money, bool) {
	if !a.Profile.AgeKnown || a.Credit.Band == nil {
		return book.Band{}, 0, false
	}
	for _, r := range b.Rules() {
		if r.ID != a.Credit.RuleID {
			continue
		}
		for _, bd := range r.Bands {
			if bd.Contains(a.Profile.Age) {
				continue
			}
			p := a.Profile
			p.Age = bd.MinAge
			o := advice.Resolve(b, a.Place, p, a.AsOf).Credit
			if o.Known && (amount == o.Figure() || amount == o.GrossMonthly && o.Period == book.Monthly) {
				return bd, amount, true
			}
		}
	}
	return book.Band{}, 0, false
}

func bandWords(b book.Band) lang.Text { return Band{b.MinAge, b.MaxAge}.Words() }

// usualReasons are why a statement may show another amount.
func usualReasons(a advice.Advice) []lang.Text {
	out := []lang.Text{
		lang.T("医保退休手续还没办完：办完以前，不按退休人员划入。", "The medical-insurance retirement procedure is not finished: until it is, the retiree credit does not start."),
		lang.T("中间断缴或欠费：断缴的月份不划入，补缴后可能一次补发。", "A lapse in contributions: lapsed months get nothing, and paying up may bring a back payment at once."),
		lang.T("补发、一次划入几个月，或者扣了别的款项。", "A back payment, several months at once, or another deduction."),
	}
	if a.Profile.Insurance == book.Flexible || a.Profile.Insurance == book.Employee {
		out = append(out, lang.T("参保的档次没有个人账户（例如只参加住院统筹的档次）。", "A tier without a personal account (such as a tier for hospital care only)."))
	}
	return out
}

// twelfth is a twelfth of a yearly amount, to the fen.
func twelfth(m book.Money) book.Money { return book.Money(math.Round(float64(m) / 12)) }

// periodWords is how often a credit comes: 每月, a month.
func periodWords(p book.Period) lang.Text {
	if p == book.Annual {
		return lang.T("每年", "a year")
	}
	return lang.T("每月", "a month")
}
