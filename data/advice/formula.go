package advice

import (
	"fmt"
	"strconv"
	"strings"

	"yibao/data/book"
	"yibao/data/lang"
)

// formula explains in words how the credit is worked out, with the
// person's own figures when they are known, or the method when not.
func formula(r book.Rule, p Profile, amt amount, c Credit) lang.Text {
	var zh, en strings.Builder
	bandZh, bandEn := "", ""
	if amt.band != nil && len(r.Bands) > 1 {
		bandZh, bandEn = bandText(*amt.band)
	}
	switch r.Scheme {
	case book.FixedMonthly:
		fmt.Fprintf(&zh, "固定金额：%s每月 %s 元", bandZh, amt.gross)
		fmt.Fprintf(&en, "Fixed amount: %s yuan a month%s", amt.gross, prefixed(" ", bandEn))
	case book.FixedAnnual:
		fmt.Fprintf(&zh, "固定金额：%s每年 %s 元，折合每月约 %s 元", bandZh, Grouped(amt.annual), amt.gross)
		fmt.Fprintf(&en, "Fixed amount: %s yuan a year%s, about %s yuan a month", Grouped(amt.annual), prefixed(" ", bandEn), amt.gross)
	case book.PercentOfBase:
		rate := trimFloat(amt.rate)
		if amt.known {
			fmt.Fprintf(&zh, "本人月缴费基数 %s 元的 %s%% = 每月 %s 元", *p.Base, rate, amt.gross)
			fmt.Fprintf(&en, "%s%% of your own monthly contribution base of %s = %s yuan a month", rate, *p.Base, amt.gross)
		} else {
			fmt.Fprintf(&zh, "本人月缴费基数的 %s%%", rate)
			fmt.Fprintf(&en, "%s%% of your own monthly contribution base", rate)
		}
	case book.PercentOfAvg:
		avgZh, avgEn := averageText(r)
		if amt.known {
			fmt.Fprintf(&zh, "%s每月 %s 元的 %s%% = 每月 %s 元", avgZh, book.Yuan(r.Average.Figure), trimFloat(amt.rate), amt.gross)
			fmt.Fprintf(&en, "%s%% of %s, %s yuan a month = %s yuan a month", trimFloat(amt.rate), avgEn, book.Yuan(r.Average.Figure), amt.gross)
		} else {
			about, aboutEn := "", ""
			if r.Approximate {
				about, aboutEn = "约 ", "about "
			}
			rates := spaced(about + ratesZh(r))
			if strings.HasSuffix(rates, "%") {
				rates += " "
			}
			fmt.Fprintf(&zh, "每月固定金额，按%s的%s定下", spaced(avgZh), rates)
			fmt.Fprintf(&en, "A fixed amount of %s%s of %s", aboutEn, ratesEn(r), avgEn)
		}
	}
	for _, d := range c.Deductions {
		switch {
		case d.Known && d.Rate != 0:
			fmt.Fprintf(&zh, "，扣除%s（%s%%）%s 元", d.Name.Zh, trimFloat(d.Rate), d.Monthly)
			fmt.Fprintf(&en, ", less %s yuan (%s%%) for %s", d.Monthly, trimFloat(d.Rate), d.Name.En)
		case d.Known && d.Annual != 0:
			fmt.Fprintf(&zh, "，每年扣除%s %s 元", d.Name.Zh, d.Annual)
			fmt.Fprintf(&en, ", less %s yuan a year for %s", d.Annual, d.Name.En)
		case d.Known:
			fmt.Fprintf(&zh, "，扣除%s %s 元", d.Name.Zh, d.Monthly)
			fmt.Fprintf(&en, ", less %s yuan for %s", d.Monthly, d.Name.En)
		case d.Rate == 0:
			fmt.Fprintf(&zh, "，另扣%s（金额不详）", d.Name.Zh)
			fmt.Fprintf(&en, ", less %s (amount not known)", d.Name.En)
		default:
			fmt.Fprintf(&zh, "，扣除%s（%s%%）", d.Name.Zh, trimFloat(d.Rate))
			fmt.Fprintf(&en, ", less %s%% for %s", trimFloat(d.Rate), d.Name.En)
		}
	}
	switch {
	case c.NetKnown() && len(c.Deductions) > 0 && c.Period == book.Annual && c.NetAnnual != c.Annual:
		fmt.Fprintf(&zh, "，实际每年划入 %s 元", Grouped(c.NetAnnual))
		fmt.Fprintf(&en, ": %s yuan a year reaches the account", Grouped(c.NetAnnual))
	case c.NetKnown() && len(c.Deductions) > 0 && c.Period == book.Monthly && c.NetMonthly != c.GrossMonthly:
		fmt.Fprintf(&zh, "，实际每月划入 %s 元", c.NetMonthly)
		fmt.Fprintf(&en, ": %s yuan a month reaches the account", c.NetMonthly)
	}
	if !c.Known && r.Scheme == book.PercentOfBase && p.Status == book.Working {
		zh.WriteString("（填写缴费基数即可算出金额）")
		en.WriteString(" (give the base to work out the amount)")
	}
	zh.WriteString("。")
	en.WriteString(".")
	return lang.T(zh.String(), en.String())
}

// bandText describes an age band: "70 岁及以上" / "at age 70 and over".
func bandText(b book.Band) (string, string) {
	switch {
	case b.MinAge == 0 && b.MaxAge == book.MaxAge:
		return "", ""
	case b.MinAge == 0:
		return fmt.Sprintf("%d 岁及以下", b.MaxAge), fmt.Sprintf("up to age %d", b.MaxAge)
	case b.MaxAge == book.MaxAge:
		return fmt.Sprintf("%d 岁及以上", b.MinAge), fmt.Sprintf("at age %d and over", b.MinAge)
	default:
		return fmt.Sprintf("%d 至 %d 岁", b.MinAge, b.MaxAge), fmt.Sprintf("at ages %d to %d", b.MinAge, b.MaxAge)
	}
}

// averageText names the average pension with its year.
func averageText(r book.Rule) (string, string) {
	if r.Average == nil {
		return "", ""
	}
	if r.Average.Year == 0 {
		return r.Average.Of.Zh, r.Average.Of.En
	}
	return fmt.Sprintf("%d 年%s", r.Average.Year, r.Average.Of.Zh), fmt.Sprintf("%s in %d", r.Average.Of.En, r.Average.Year)
}

// spaced puts a space between Chinese text and a number that starts s,
// as the rest of the screens do (每月 110 元).
func spaced(s string) string {
	if s != "" && s[0] >= '0' && s[0] <= '9' {
		return " " + s
	}
	return s
}

// ratesZh lists a rule's rates, per band when they differ.
func ratesZh(r book.Rule) string {
	if len(r.Bands) == 0 {
		return trimFloat(r.Rate) + "%"
	}
	parts := make([]string, len(r.Bands))
	for i, b := range r.Bands {
		bz, _ := bandText(b)
		parts[i] = trimFloat(*b.Rate) + "%（" + bz + "）"
	}
	return strings.Join(parts, "、")
}

func ratesEn(r book.Rule) string {
	if len(r.Bands) == 0 {
		return trimFloat(r.Rate) + "%"
	}
	parts := make([]string, len(r.Bands))
	for i, b := range r.Bands {
		_, be := bandText(b)
		parts[i] = trimFloat(*b.Rate) + "% (" + be + ")"
	}
	return strings.Join(parts, ", ")
}

func prefixed(p, s string) string {
	if s == "" {
		return ""
	}
	return p + s
}

// trimFloat formats a rate without trailing zeros: 2, 2.5, 0.3.
func trimFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
