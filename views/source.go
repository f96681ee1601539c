package views

import (
	"fmt"
	"strings"

	"yibao/views/plain"

	"yibao/data/book"
	"yibao/data/lang"
	"yibao/model"
)

// sourceScreen is the sections OnSourcePage shows (see plain's layout):
// the figure's source in full, one key away from the result (the document,
// its number, who published it and when, where it was read, the address,
// when it was checked, how sure it is), the rule's long note, and where
// the notes and the ways to check come from.
func sourceScreen(s model.State, st Styles, w int) []string {
	a := *s.Advice
	c := a.Credit
	l := s.Lang
	out := []string{st.Question.Render(lang.T("来源详情", "Where the figure comes from").In(l)), ""}
	add := func(ls ...string) { out = append(out, ls...) }
	field := fielder(st, l, w, add)
	for _, sh := range plain.Sections(plain.OnSourcePage) {
		switch sh.Section {
		case plain.Source:
			field(lang.T("适用范围", "Applies to"), scopeWords(c.Scope, a.Place, a.Province, l))
			field(lang.T("文件", "Document"), c.Source.Title.In(l))
			field(lang.T("文号", "Number"), c.Source.DocNo)
			field(lang.T("发布", "Published by"), c.Source.Publisher.In(l))
			field(lang.T("日期", "Dated"), c.Source.Date.In(l))
			field(lang.T("见于", "Seen in"), c.Source.SeenVia.In(l))
			field(lang.T("网址", "Address"), c.Source.URL)
			field(lang.T("可信度", "How sure"), c.Confidence.Name().In(l)+levelMeaning(c.Confidence, l))
			field(lang.T("核对日期", "Checked"), c.Source.VerifiedOn.String())
			if !c.From.IsZero() {
				if c.To != nil {
					field(lang.T("有效期", "In force"), c.From.String()+lang.T(" 到 ", " to ").In(l)+c.To.String())
				} else {
					field(lang.T("开始执行", "In force from"), c.From.String())
				}
			}
			field(lang.T("规则编号", "Rule id"), c.RuleID)
		case plain.RuleNote:
			if label, n := plain.Field(a, plain.RuleNote, sh.Form, l); n != "" {
				add("", st.Section.Render(label.In(l)))
				for _, p := range strings.Split(n, "\n") {
					add(plain.Wrap(p, w)...)
				}
			}
		case plain.Notes:
			if origins := plain.NoteOrigins(a, l); len(origins) > 0 {
				add("", st.Section.Render(lang.T("「需要注意」各条的来源", "Where the notes come from").In(l)))
				for _, o := range origins {
					add(plain.Indent("- ", o, w)...)
				}
			}
		case plain.Checklist:
			if len(a.Channels) > 0 {
				add("", st.Section.Render(lang.T("查余额各个方法的来源", "Where the ways to check come from").In(l)))
				for i, ch := range a.Channels {
					add(plain.Indent(fmt.Sprintf("%d. ", i+1), ch.Name.In(l)+lang.T("：", ": ").In(l)+plain.ChannelSource(ch, l), w)...)
				}
			}
		}
	}
	add("", lang.T("按 Esc 返回结果。", "Esc goes back to the result.").In(l))
	return out
}

// scopeWords says which rule gave the figure: the place's own, its
// province's, or the national one.
func scopeWords(sc book.Scope, p book.Place, pr book.Province, l lang.Lang) string {
	switch sc {
	case book.ScopeCity, book.ScopeUnit:
		return lang.T(p.Name+"自己的规定", p.En+"'s own rule").In(l)
	case book.ScopeProvince:
		return lang.T(pr.Name+"的规定", pr.En+"'s rule").In(l)
	}
	return lang.T("全国的规定（本地没有核实的规定）", "the national rule (no verified local rule)").In(l)
}

// levelMeaning says what a level rests on, after its name.
func levelMeaning(c book.Confidence, l lang.Lang) string {
	switch c {
	case book.Official:
		return lang.T("（政府网站或带文号的官方通知原文）", " (a government page, or an official notice with its number)").In(l)
	case book.News:
		return lang.T("（有名的新闻媒体或政府网站的报道）", " (a named news outlet or a government portal's report)").In(l)
	case book.Web:
		return lang.T("（两个以上网页说法一致，没有相反的说法）", " (two or more pages agree, none contradicts)").In(l)
	case book.Desk:
		return lang.T("（本服务台记录的实际到账，两次以上一致）", " (what this desk saw on statements, two or more agreeing)").In(l)
	}
	return ""
}
