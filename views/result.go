package views

import (
	"fmt"
	"strings"

	"yibao/views/plain"

	"yibao/data/advice"
	"yibao/data/book"
	"yibao/data/lang"
	"yibao/model"
)

// resultLines draws the sections OnScreen shows (see plain's layout) and
// records where each checklist item starts and ends, so the model can move
// through them.
func resultLines(s model.State, st Styles, w, h int) ([]string, [][2]int) {
	a := *s.Advice
	l := s.Lang
	c := a.Credit
	var out []string
	var anchors [][2]int
	add := func(ls ...string) { out = append(out, ls...) }
	field := fielder(st, l, w, add)
	for _, sh := range plain.Sections(plain.OnScreen) {
		switch sh.Section {
		case plain.Who:
			add(plain.Wrap(plain.Recap(a, l), w)...)
			add("")
		case plain.Figure:
			add(amountBlock(a, st, l, w, h < 14)...)
			add(recordLines(s, st, w)...)
		case plain.DependsOn:
			for _, t := range plain.Caveats(a, l) {
				for _, line := range plain.Indent("! ", t, w) {
					add(st.Warn.Render(line))
				}
			}
			add("")
		case plain.Notes:
			if notes := plain.ShownNotes(a); len(notes) > 0 {
				add("", st.Section.Render(lang.T("需要注意", "Good to know").In(l)))
				for _, n := range notes {
					add(plain.Indent("- ", n.Text.In(l), w)...)
				}
			}
		case plain.Checklist:
			add("", st.Section.Render(lang.T("怎么查余额", "How to check the balance").In(l)))
			if f := plain.ForFamily(c, l); f != "" {
				add(plain.Wrap(f, w)...)
			}
			add(plain.Wrap(lang.T("上下键选择，空格打勾，回车看步骤。", "Up/Down to move, Space to tick, Enter for the steps.").In(l), w)...)
			anchors = make([][2]int, len(a.Channels))
			for i, ch := range a.Channels {
				first := len(out)
				add(channelLines(s, st, i, ch, w)...)
				anchors[i] = [2]int{first, len(out) - 1}
			}
		case plain.Disclaimer:
			add("")
			for _, p := range plain.DisclaimerLines(a, plain.OnScreen, l) {
				add(plain.Wrap(p, w)...)
			}
		default:
			field(plain.Field(a, sh.Section, sh.Form, l))
		}
	}
	return out, anchors
}

// fielder returns a function that adds a labelled paragraph: the label in
// a column of its own, or on a row of its own in a narrow window. The
// column fits the longest label ("In force from") with room after it; a
// longer one still keeps a space before its text.
func fielder(st Styles, l lang.Lang, w int, add func(...string)) func(lang.Text, string) {
	labelW := 10
	if l == lang.EN {
		labelW = 15
	}
	return func(label lang.Text, text string) {
		if text == "" {
			return
		}
		if w < 50 {
			add(st.Label.Render(label.In(l)))
			add(plain.Indent("  ", text, w)...)
			return
		}
		name := label.In(l)
		add(plain.Indent(st.Label.Render(plain.Pad(name, max(labelW, plain.Width(name)+2))), text, w)...)
	}
}

// amountBlock is the big figure with its label and what explains it, or
// big words when there is no figure. Compact draws the figure on one line,
// for short windows.
func amountBlock(a advice.Advice, st Styles, l lang.Lang, w int, compact bool) []string {
	c := a.Credit
	var out []string
	if !c.Known {
		for _, line := range plain.Wrap(plain.NoFigure(a).In(l), w) {
			out = append(out, st.Big.Render(line))
		}
		out = append(out, plain.Wrap(c.Reason.In(l), w)...)
		if c.Scheme == book.PercentOfBase && a.Profile.NeedsBase() && a.Profile.Base == nil {
			out = append(out, plain.Wrap(lang.T("按 Esc 返回上一步，就可以填写缴费基数。", "Press Esc to go back and give the base.").In(l), w)...)
		}
		return out
	}
	num := c.Figure().String()
	unit := lang.T("元/月", "yuan a month")
	if c.Period == book.Annual {
		unit = lang.T("元/年", "yuan a year")
	}
	for _, line := range plain.Wrap(c.FigureLabel().In(l), w) {
		out = append(out, st.Label.Render(line))
	}
	scale := 2
	if bigWidth(num, scale)+plain.Width(unit.In(l))+2 > w {
		scale = 1
	}
	if !compact && bigWidth(num, scale)+plain.Width(unit.In(l))+2 <= w {
		rows := bigDigits(num, scale, st)
		rows[4] += "  " + st.Big.Render(unit.In(l))
		out = append(out, rows...)
	}
	for _, d := range detail(c, l) {
		out = append(out, plain.Wrap(d, w)...)
	}
	return out
}

// detail explains the figure under it: a yearly credit a month, the amount
// before deductions, a deduction whose amount is not known.
func detail(c advice.Credit, l lang.Lang) []string {
	var out []string
	if c.Period == book.Annual {
		out = append(out, lang.F("约每月 %s 元（平均数，不是每月到账；划入时间见下面的「到账时间」）", "About %s yuan a month on average (not paid monthly; see \"When\" below)", advice.Grouped(twelfthOf(c.Figure()))).In(l))
	}
	for _, d := range c.Deductions {
		switch {
		case !d.Known && d.Rate == 0:
			out = append(out, lang.F("还要扣除%s，金额不详", "Less %s; the amount is not known", d.Name.In(l)).In(l))
		case !d.Known:
		case d.Annual != 0:
			out = append(out, lang.F("每年划入 %s 元，扣除%s %s 元", "%[1]s yuan a year, less %[3]s yuan for %[2]s", advice.Grouped(c.Annual), d.Name.In(l), d.Annual).In(l))
		default:
			out = append(out, lang.F("每月划入 %s 元，扣除%s %s 元", "%[1]s yuan a month, less %[3]s yuan for %[2]s", c.GrossMonthly, d.Name.In(l), d.Monthly).In(l))
		}
	}
	return out
}

// twelfthOf is a year's amount a month, rounded half up to the fen.
func twelfthOf(m book.Money) book.Money { return book.Money((int64(m)*2 + 12) / 24) }

// channelLines draws one checklist item: the tick box and name, what it
// needs, and its steps when opened.
func channelLines(s model.State, st Styles, i int, ch advice.ChannelAdvice, w int) []string {
	l := s.Lang
	marker := "  "
	if i == s.Focus {
		marker = "> "
	}
	box, name := plain.ChannelTitle(i, ch, s.Ticks[ch.Channel.ID], l)
	head := plain.Indent(marker+box, name, w)
	if i == s.Focus {
		for j := range head {
			head[j] = st.Selected.Render(head[j] + " ")
		}
	}
	out := head
	sub := strings.Repeat(" ", plain.Width(marker+box))
	if n := plain.Needs(ch, l); n != "" {
		out = append(out, plain.Indent(sub, lang.T("需要：", "Needs: ").In(l)+n, w)...)
	}
	if !s.Opened[ch.Channel.ID] {
		return out
	}
	out = append(out, plain.Indent(sub, lang.T("适合：", "Suits: ").In(l)+ch.Channel.Suits.In(l), w)...)
	for j, step := range ch.Steps {
		out = append(out, plain.Indent(fmt.Sprintf("%s%d) ", sub, j+1), step.In(l), w)...)
	}
	if n := ch.Channel.Note.In(l); n != "" {
		out = append(out, plain.Indent(sub, n, w)...)
	}
	if c := plain.ChannelCaution(ch, l); c != "" {
		out = append(out, plain.Indent(sub, c, w)...)
	}
	return out
}
