package views

import (
	"fmt"
	"strings"

	"yibao/data"
	"yibao/model"
)

// resultLines draws the result and records where each channel starts and
// ends, so the model can keep the focused one in view.
func resultLines(s model.State, st Styles, w, h int) ([]string, [][2]int) {
	a := s.Advice
	l := s.Lang
	en := l == data.EN
	c := a.Credit
	var out []string
	add := func(ls ...string) { out = append(out, ls...) }

	add(wrap(summary(a, l), w)...)
	add("")
	add(amountBlock(a, st, l, w, h < 14)...)
	add("")

	labelW := 10
	if en {
		labelW = 12
	}
	field := func(label, text string) {
		if text == "" {
			return
		}
		if w < 50 { // narrow: the label on a row of its own
			add(st.Label.Render(label))
			add(indent("  ", text, w)...)
			return
		}
		add(indent(st.Label.Render(pad(label, labelW)), text, w)...)
	}
	field(tr(en, "计算方法", "How"), c.Formula.In(l))
	field(tr(en, "到账时间", "When"), c.Credited.In(l))
	for _, f := range provenance(c, l) {
		field(f[0], f[1])
	}
	if n, ok := a.Note(data.NoteNextChange); ok {
		field(tr(en, "下次变化", "Next change"), n.Text.In(l))
	}
	field(tr(en, "说明", "Note"), c.RuleNote.In(l))

	var notes []data.NoteText
	for _, n := range a.Notes {
		if n.ID != data.NoteNextChange && n.ID != data.NoteBirthYear {
			notes = append(notes, n)
		}
	}
	if len(notes) > 0 {
		add("", st.Section.Render(tr(en, "需要注意", "Good to know")))
		for _, n := range notes {
			add(indent("- ", n.Text.In(l), w)...)
		}
	}

	add("", st.Section.Render(tr(en, "怎么查余额", "How to check the balance")))
	add(wrap(forFamily(c, l), w)...)
	add(wrap(tr(en, "上下键选择，空格打勾，回车看步骤。", "Up/Down to move, Space to tick, Enter for the steps."), w)...)
	anchors := make([][2]int, len(a.Channels))
	for i, ch := range a.Channels {
		first := len(out)
		add(channelLines(s, st, i, ch, w)...)
		anchors[i] = [2]int{first, len(out) - 1}
	}
	add("")
	add(wrap(tr(en, "本结果不是官方通知，以当地医保部门的答复为准。", "This is not an official notice; the local medical-insurance office has the final word."), w)...)
	return out, anchors
}

// forFamily says, above the channels, that with no account of one's own
// they serve a family member's account; empty otherwise.
func forFamily(c data.Credit, l data.Lang) string {
	if c.HasAccount == nil || *c.HasAccount {
		return ""
	}
	return tr(l == data.EN, "您本人没有个人账户；下面的方法可以用来查家人的职工医保个人账户（家庭共济）。",
		"You have no personal account yourself; these ways check a family member's employee account (family mutual aid).")
}

// summary is the one-line recap of the answers.
func summary(a *data.Advice, l data.Lang) string {
	p := a.Profile
	en := l == data.EN
	place := placeName(a.Place, a.Province, l)
	age := fmt.Sprintf(tr(en, "%d 岁", "age %d"), p.Age)
	parts := []string{place, p.Insurance.Name().In(l), p.Status.Name().In(l), age}
	if p.Base != nil && p.NeedsBase() {
		parts = append(parts, fmt.Sprintf(tr(en, "缴费基数 %s 元", "base %s yuan"), *p.Base))
	}
	return strings.Join(parts, tr(en, "，", ", "))
}

// amountBlock is the big figure with its label, or big words when there
// is no figure; right under it, what the figure depends on. Compact draws
// the figure on one line, for short windows.
func amountBlock(a *data.Advice, st Styles, l data.Lang, w int, compact bool) []string {
	c := a.Credit
	en := l == data.EN
	var out []string
	if !c.Known {
		for _, line := range wrap(a.NoFigure().In(l), w) {
			out = append(out, st.Big.Render(line))
		}
		return append(out, wrap(c.Reason.In(l), w)...)
	}
	amount, unit, label := c.NetMonthly, tr(en, "元/月", "yuan a month"), tr(en, "每月实际划入个人账户：%s 元", "Reaches the account each month: %s yuan")
	if c.Period == data.PeriodAnnual {
		amount, unit, label = c.Annual, tr(en, "元/年", "yuan a year"), tr(en, "每个医保年度划入：%s 元", "Credited each insurance year: %s yuan")
	}
	num := amount.String()
	for _, line := range wrap(fmt.Sprintf(label, num), w) {
		out = append(out, st.Label.Render(line))
	}
	scale := 2
	if bigWidth(num, scale)+width(unit)+2 > w {
		scale = 1
	}
	if !compact && bigWidth(num, scale)+width(unit)+2 <= w {
		rows := bigDigits(num, scale, st)
		rows[4] += "  " + st.Big.Render(unit)
		out = append(out, rows...)
	}
	var detail []string
	if c.Period == data.PeriodAnnual {
		detail = append(detail, fmt.Sprintf(tr(en, "折合每月约 %s 元（平均数，不是每月到账）", "about %s yuan a month on average (not paid monthly)"), c.GrossMonthly))
	}
	for _, d := range c.Deductions {
		if !d.Known {
			continue
		}
		if en {
			detail = append(detail, fmt.Sprintf("%s yuan a month, less %s yuan for %s", c.GrossMonthly, d.Monthly, d.Name.En))
		} else {
			detail = append(detail, fmt.Sprintf("每月划入 %s 元，扣除%s %s 元", c.GrossMonthly, d.Name.Zh, d.Monthly))
		}
	}
	for _, d := range detail {
		out = append(out, wrap(d, w)...)
	}
	// What the figure depends on, where it cannot be missed.
	for _, t := range caveats(*a, l) {
		for _, line := range indent("! ", t, w) {
			out = append(out, st.Warn.Render(line))
		}
	}
	return out
}

// sourceLine is the title with its number, publisher and date, one after
// the other (publishers hold brackets of their own).
func sourceLine(src data.Source, l data.Lang) string {
	en := l == data.EN
	parts := []string{src.Title.In(l)}
	if src.DocNo != "" && !strings.Contains(src.Title.In(l), src.DocNo) {
		parts = append(parts, src.DocNo)
	}
	parts = append(parts, tr(en, "发布：", "published by ")+src.Publisher.In(l))
	if src.Date.Undated() {
		parts = append(parts, tr(en, "日期不详", "undated"))
	} else {
		parts = append(parts, tr(en, "日期：", "dated ")+src.Date.In(l))
	}
	line := strings.Join(parts, tr(en, "；", "; "))
	if v := src.SeenVia.In(l); v != "" {
		line += tr(en, "；见于：", "; seen in: ") + v
	}
	if src.URL != "" {
		line += " " + src.URL
	}
	return line
}

// channelLines draws one checklist entry: the tick box and name, what it
// needs, and its steps when opened. The recommended one says so in words.
func channelLines(s model.State, st Styles, i int, ch data.ChannelAdvice, w int) []string {
	l := s.Lang
	en := l == data.EN
	box := "[ ]"
	if s.Ticks[ch.Channel.ID] {
		box = "[x]"
	}
	marker := "  "
	if i == s.Focus {
		marker = "> "
	}
	title := fmt.Sprintf("%s %d. %s", box, i+1, ch.Name.In(l))
	if ch.Recommended {
		title += tr(en, "【推荐先用】", " (try this first)")
	}
	head := indent(marker, title, w)
	if i == s.Focus {
		for j := range head {
			head[j] = st.Selected.Render(head[j] + " ")
		}
	}
	out := head
	sub := "       "
	var needs []string
	for _, n := range ch.Channel.Needs {
		if t, ok := data.NeedName(n); ok {
			needs = append(needs, t.In(l))
		}
	}
	if len(needs) > 0 {
		out = append(out, indent(sub, tr(en, "需要：", "Needs: ")+strings.Join(needs, tr(en, "、", ", ")), w)...)
	}
	if !s.Opened[ch.Channel.ID] {
		return out
	}
	out = append(out, indent(sub, tr(en, "适合：", "Suits: ")+ch.Channel.Suits.In(l), w)...)
	for j, step := range ch.Steps {
		out = append(out, indent(fmt.Sprintf("%s%d) ", sub, j+1), step.In(l), w)...)
	}
	if n := ch.Channel.Note.In(l); n != "" {
		out = append(out, indent(sub, n, w)...)
	}
	out = append(out, indent(sub, fmt.Sprintf(tr(en, "%s；核对日期 %s", "%s; checked %s"), ch.Channel.SourceNote.In(l), ch.Channel.VerifiedOn), w)...)
	return out
}
