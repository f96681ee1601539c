package records

import (
	"fmt"
	"strconv"
	"strings"

	"yibao/data/book"
	"yibao/data/lang"
)

// Words names a verdict: 不一致 / differs.
func (v Verdict) Words() lang.Text {
	switch v {
	case Differs:
		return lang.T("和书里的数不一样", "differs from the book")
	case Split:
		return lang.T("记录不一致", "split")
	case NewFigure:
		return lang.T("书里没有，记录可以给出数字", "a new figure")
	case NoGroup:
		return lang.T("记录一致，但不知道属于哪一组，不能给出数字", "agreeing, but the group is not known: no figure")
	case TooFew:
		return lang.T("记录太少", "too few")
	case Agrees:
		return lang.T("和书里的数相符", "agrees with the book")
	}
	return lang.T(string(v), string(v))
}

// Report is the review as text for a maintainer, one block a group,
// conflicts first. Every name from the store is escaped.
func Report(groups []Group) string {
	var b strings.Builder
	fmt.Fprintf(&b, "服务台记录 %d 组 / %d groups of desk records (conflicts first)\n", len(groups), len(groups))
	for _, g := range groups {
		status := string(g.Status)
		if status == "" {
			status = "-"
		}
		switch g.Variant {
		case "":
		case book.Unknown:
			status += "/" + lang.T("不知道属于哪一组", "group not known").Line()
		default:
			status += "/" + lang.Echo(g.Variant)
		}
		fmt.Fprintf(&b, "\n%s %s  %s/%s  %s  — %s\n", g.Place, lang.Echo(g.PlaceName), g.Insurance, status, g.Band.Words().Line(), g.Verdict.Words().Line())
		fmt.Fprintf(&b, "  记录 / records: %d（计入 / counted %d）  最近 / latest %s\n", g.Count, g.Counted, g.Latest)
		for _, c := range g.Centres {
			parts := make([]string, len(c.Amounts))
			for i, a := range c.Amounts {
				parts[i] = strconv.FormatFloat(a.Amount, 'f', -1, 64) + " ×" + strconv.Itoa(a.Count)
			}
			fmt.Fprintf(&b, "  %s: %s  (%s)\n", lang.Echo(c.Centre), strings.Join(parts, ", "), c.Latest)
		}
		if g.Book == nil {
			b.WriteString("  本书 / book: 没有数字 / no figure\n")
		} else {
			fmt.Fprintf(&b, "  本书 / book: %s（%s, %s）\n", strconv.FormatFloat(*g.Book, 'f', -1, 64), g.Level, g.Period)
		}
	}
	return b.String()
}
