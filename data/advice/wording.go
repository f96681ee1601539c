package advice

import (
	"fmt"
	"strings"

	"yibao/data/book"
	"yibao/data/lang"
)

// Disclaimer is the one statement every front end ends the answer with,
// the JSON included: the advice is no official notice.
func Disclaimer() lang.Text {
	return lang.T("本结果不是官方通知，以当地医保部门的答复为准。",
		"This is not an official notice; the local medical-insurance office has the final word.")
}

// NetKnown reports whether the book knows what reaches the account: a
// figure, at least one deduction recorded with it, and the amount of every
// deduction. Only then may the advice say 实际划入 (arrives). Where no
// deduction is recorded the book does not know that none is taken (some
// places take a long-term-care or serious-illness premium it has not
// recorded), and where a deduction's amount is not known, it gives the
// credit before deductions: plain 划入 (credited). A desk's figure is what
// statements showed arriving, so it is what arrives.
func (c Credit) NetKnown() bool {
	if c.Known && c.Confidence == book.Desk {
		return true
	}
	return netKnown(c.Known, c.Deductions)
}

// netKnown is NetKnown's test on a figure's known and its deductions.
func netKnown(known bool, deds []DeductionAmount) bool {
	if !known || len(deds) == 0 {
		return false
	}
	for _, d := range deds {
		if !d.Known {
			return false
		}
	}
	return true
}

// Figure is the amount the advice shows in large type: for a yearly credit
// the year's, otherwise the month's; what arrives when the book knows it,
// the credit before deductions when it does not.
func (c Credit) Figure() book.Money {
	switch {
	case c.Period == book.Annual && c.NetKnown():
		return c.NetAnnual
	case c.Period == book.Annual:
		return c.Annual
	case c.NetKnown():
		return c.NetMonthly
	}
	return c.GrossMonthly
}

// Grouped writes an amount with a comma between thousands: 1,680, 12,000.5.
func Grouped(m book.Money) string {
	s := m.String()
	head, tail, _ := strings.Cut(s, ".")
	if tail != "" {
		tail = "." + tail
	}
	neg := strings.HasPrefix(head, "-")
	head = strings.TrimPrefix(head, "-")
	var b strings.Builder
	for i, r := range head {
		if i > 0 && (len(head)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String() + tail
	}
	return b.String() + tail
}

// unknownDeductions names the deductions whose amounts are not known,
// joined in the language's way ("" when there is none).
func (c Credit) unknownDeductions() lang.Text {
	var zh, en []string
	for _, d := range c.Deductions {
		if !d.Known {
			zh, en = append(zh, d.Name.Zh), append(en, d.Name.En)
		}
	}
	return lang.T(strings.Join(zh, "、"), strings.Join(en, " and "))
}

// Headline is the figure in one sentence, for every front end: 实际划入
// (arrives) only where the book knows the net amount; the credit before a
// deduction of unknown amount, naming it; a yearly credit by the year first,
// then about a month. Empty when there is no figure.
func (c Credit) Headline() lang.Text {
	if !c.Known {
		return lang.Text{}
	}
	less := c.unknownDeductions()
	if less.Zh != "" {
		less = lang.T("（还要扣除"+less.Zh+"，金额不详）", " (less "+less.En+", amount not known)")
	}
	zh, en := arrives(c.NetKnown())
	if c.Period == book.Annual {
		year, month := Grouped(c.Annual), Grouped(c.GrossMonthly)
		if c.NetKnown() && c.NetAnnual != c.Annual {
			net := Grouped(c.NetAnnual)
			return lang.T(fmt.Sprintf("每年%s %s 元，约每月 %s 元（划入 %s 元，扣款后到账；不是每月到账）。", zh, net, Grouped(twelfth(c.NetAnnual)), year),
				fmt.Sprintf("%s yuan a year %s, about %s yuan a month (%s before deductions; not paid monthly).", net, en, Grouped(twelfth(c.NetAnnual)), year))
		}
		if less.Zh != "" {
			return lang.T(fmt.Sprintf("每年%s %s 元，约每月 %s 元（%s；不是每月到账）。", zh, year, month, strings.Trim(less.Zh, "（）")),
				fmt.Sprintf("%s yuan a year %s, about %s yuan a month (%s; not paid monthly).", year, en, month, strings.Trim(less.En, " ()")))
		}
		return lang.T(fmt.Sprintf("每年%s %s 元，约每月 %s 元（不是每月到账）。", zh, year, month),
			fmt.Sprintf("%s yuan a year %s, about %s yuan a month (not paid monthly).", year, en, month))
	}
	if c.NetKnown() && c.NetMonthly != c.GrossMonthly {
		return lang.T(fmt.Sprintf("每月%s %s 元（划入 %s 元，扣款后到账）。", zh, Grouped(c.NetMonthly), Grouped(c.GrossMonthly)),
			fmt.Sprintf("%s yuan a month %s (%s yuan before deductions).", Grouped(c.NetMonthly), en, Grouped(c.GrossMonthly)))
	}
	amount := Grouped(c.Figure())
	return lang.T(fmt.Sprintf("每月%s %s 元%s。", zh, amount, less.Zh), fmt.Sprintf("%s yuan a month %s%s.", amount, en, less.En))
}

// FigureLabel is the line above the figure in large type, with the amount:
// 每月实际划入个人账户：107 元 where the book knows what arrives, 每月划入个人账户：
// 105 元 where it does not, 每年划入个人账户：1,680 元 for a yearly credit.
func (c Credit) FigureLabel() lang.Text {
	num := Grouped(c.Figure())
	zh, en := arrives(c.NetKnown())
	if c.Period == book.Annual {
		return lang.T(fmt.Sprintf("每年%s个人账户：%s 元", zh, num), fmt.Sprintf("%s each year: %s yuan", labelVerb(en), num))
	}
	return lang.T(fmt.Sprintf("每月%s个人账户：%s 元", zh, num), fmt.Sprintf("%s each month: %s yuan", labelVerb(en), num))
}

// labelVerb is arrives' English verb at the head of a label: "Reaches the
// account", "Credited to the account".
func labelVerb(en string) string {
	if en == "is credited" {
		return "Credited to the account"
	}
	return "Reaches the account"
}

// arrives is the verb for an amount: 实际划入 (reaches the account) when
// the net amount is known, 划入 (is credited) when it is not.
func arrives(netKnown bool) (zh, en string) {
	if netKnown {
		return "实际划入", "reaches the account"
	}
	return "划入", "is credited"
}

// netKnown reports whether the book knows what arrives from the next
// change's age: its deductions, or today's where they stay the same.
func (nc NextChange) netKnown(now Credit) bool {
	deds := now.Deductions
	if nc.Deductions != nil {
		deds = nc.Deductions
	}
	return netKnown(nc.Known, deds)
}
