package advice

import (
	"slices"
	"strings"

	"yibao/data/book"
	"yibao/data/lang"
)

// byGroup is the advice for a person who does not know which group of the
// place's question they are in: each group's credit, side by side, and a
// credit that says the figure depends on the group and lists them.
func byGroup(b *book.Book, a Advice, q *book.Question) Advice {
	for _, c := range q.Options {
		p := a.Profile
		p.Variant = c.Value
		g := Resolve(b, a.Place, p, a.AsOf)
		a.Groups = append(a.Groups, Group{Choice: c, Credit: g.Credit})
	}
	first := a.Groups[0].Credit
	var ids []string
	for _, g := range a.Groups {
		if !slices.Contains(ids, g.Credit.RuleID) {
			ids = append(ids, g.Credit.RuleID)
		}
	}
	a.Credit = Credit{
		Scheme: book.VariesLocally, Period: first.Period, Scope: first.Scope, RuleID: strings.Join(ids, ","),
		Confidence: first.Confidence, Source: first.Source, From: first.From, To: first.To,
		HasAccount: sameAccount(a.Groups),
		Formula:    groupLines(a.Groups),
		Reason: lang.T("金额要看您属于哪一类（"+q.Title.Zh+"）："+shorts(q, lang.ZH)+"各不相同；可以用下方渠道查询自己的类别和到账金额。",
			"The amount depends on your "+q.Title.En+" ("+shorts(q, lang.EN)+"); use the ways listed to find yours and what arrives."),
	}
	a.Notes = notesFor(b, a, book.Rule{Scheme: book.VariesLocally}, nil)
	a.Channels = channelsFor(b, a.Place)
	return a
}

// GroupFigure is one group's figure in a few words: "每月 251 元", "没有个人账户，
// 每月没有钱划入".
func GroupFigure(c Credit) lang.Text {
	switch {
	case c.HasAccount != nil && !*c.HasAccount:
		return lang.T("没有个人账户，每月没有钱划入", "no personal account, so nothing is credited")
	case c.Known && c.Period == book.Annual:
		return lang.T("每年 "+c.Figure().String()+" 元", c.Figure().String()+" yuan a year")
	case c.Known:
		return lang.T("每月 "+c.Figure().String()+" 元", c.Figure().String()+" yuan a month")
	case c.Rate != 0 && c.Scheme == book.PercentOfBase:
		return lang.T("本人缴费基数的 "+trimFloat(c.Rate)+"%", trimFloat(c.Rate)+"% of your own contribution base")
	case c.Rate != 0 && c.Scheme == book.PercentOfAvg:
		return lang.T("金额未找到（平均养老金的 "+trimFloat(c.Rate)+"%）", "amount not found ("+trimFloat(c.Rate)+"% of the average pension)")
	}
	return lang.T("金额未找到", "amount not found")
}

// groupLines lists each group with its figure, one line each.
func groupLines(gs []Group) lang.Text {
	zh := make([]string, len(gs))
	en := make([]string, len(gs))
	for i, g := range gs {
		f := GroupFigure(g.Credit)
		zh[i] = g.Choice.Short.Zh + "：" + f.Zh
		en[i] = g.Choice.Short.En + ": " + f.En
	}
	return lang.T(strings.Join(zh, "\n"), strings.Join(en, "\n"))
}

func shorts(q *book.Question, l lang.Lang) string {
	out := make([]string, len(q.Options))
	for i, c := range q.Options {
		out[i] = c.Short.In(l)
	}
	if l == lang.EN {
		return strings.Join(out, ", ")
	}
	return strings.Join(out, "、")
}

// sameAccount is whether there is an account, when every group agrees.
func sameAccount(gs []Group) *bool {
	h := gs[0].Credit.HasAccount
	for _, g := range gs[1:] {
		if h == nil || g.Credit.HasAccount == nil || *h != *g.Credit.HasAccount {
			return nil
		}
	}
	return h
}
