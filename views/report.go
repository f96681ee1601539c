package views

import (
	"fmt"
	"strings"

	"yibao/data/advice"
	"yibao/data/book"
	"yibao/data/lang"
)

// Report is the advice as plain text lines of at most w cells, for
// `yibao advise` and the line mode: the figure, how it is worked out, its
// source in one line, the notes and every channel with its steps, and at
// the end the figure once more, so that it is not scrolled away. No colour
// and no box drawing.
func Report(a advice.Advice, l lang.Lang, w int) string {
	c := a.Credit
	var out []string
	add := func(ls ...string) { out = append(out, ls...) }
	rule := strings.Repeat("=", min(w, 48))

	add(rule)
	add(wrap(lang.T("医保个人账户划入", "Medical-insurance personal account credit").In(l), w)...)
	add(wrap(summary(a, l), w)...)
	add(rule)
	add(wrap(Headline(a).In(l), w)...)
	if !c.Known {
		add(wrap(c.Reason.In(l), w)...)
	}
	for _, t := range caveats(a, l) {
		add(indent("! ", t, w)...)
	}
	add("")
	item := func(label lang.Text, text string) {
		if text != "" {
			add(indent(label.In(l)+lang.T("：", ": ").In(l), text, w)...)
		}
	}
	item(lang.T("计算方法", "How"), c.Formula.In(l))
	item(lang.T("到账时间", "When"), c.Credited.In(l))
	add(wrap(sourceOneLine(c, l), w)...)
	if ch := c.Change; ch != nil {
		item(lang.T("以前", "Before"), ch.Text.In(l))
	}
	if n, ok := a.Note(advice.NoteNextChange); ok {
		item(lang.T("下次变化", "Next change"), n.Text.In(l))
	}
	item(lang.T("说明", "Note"), c.RuleNote.In(l))
	if notes := shownNotes(a); len(notes) > 0 {
		add("", lang.T("需要注意：", "Good to know:").In(l))
		for _, n := range notes {
			add(indent("- ", n.Text.In(l), w)...)
		}
	}
	add("", lang.T("怎么查余额：", "How to check the balance:").In(l))
	if f := forFamily(c, l); f != "" {
		add(wrap(f, w)...)
	}
	for i, ch := range a.Channels {
		add(wrap(channelTitle(i, ch, false, l), w)...)
		for j, s := range ch.Steps {
			add(indent(fmt.Sprintf("    %d) ", j+1), s.In(l), w)...)
		}
		if n := ch.Channel.Note.In(l); n != "" {
			add(indent("    ", n, w)...)
		}
		add(indent("    ", channelSource(ch, l), w)...)
	}
	add("", rule)
	add(wrap(lang.T("再说一遍：", "Once more: ").In(l)+Headline(a).In(l), w)...)
	add(wrap(lang.F("本结果不是官方通知，以当地医保部门的答复为准。所用数据的核对日期 %s。", "Not an official notice; the local medical-insurance office has the final word. The figures were last checked on %s.", c.Source.VerifiedOn).In(l), w)...)
	return strings.Join(out, "\n") + "\n"
}

// GuideLines is a more-help guide as plain lines of at most w cells: the
// answer, what to know, what to do, and the sources with their levels.
func GuideLines(g book.Guide, l lang.Lang, w int) []string {
	out := wrap(g.Title.In(l), w)
	out = append(out, "")
	out = append(out, wrap(g.Summary.In(l), w)...)
	if len(g.Points) > 0 {
		out = append(out, "", lang.T("要知道：", "Good to know:").In(l))
		for _, p := range g.Points {
			out = append(out, indent("- ", p.In(l), w)...)
		}
	}
	if len(g.Steps) > 0 {
		out = append(out, "", lang.T("怎么办：", "What to do:").In(l))
		for i, s := range g.Steps {
			out = append(out, indent(fmt.Sprintf("%d) ", i+1), s.In(l), w)...)
		}
	}
	out = append(out, "", lang.T("来源：", "Sources:").In(l))
	for _, s := range g.Sources {
		doc := s.Title.In(l)
		if s.DocNo != "" && !strings.Contains(doc, s.DocNo) {
			doc += " " + s.DocNo
		}
		out = append(out, indent("- ", s.Publisher.In(l)+lang.T("：", ": ").In(l)+doc+lang.T("，", ", ").In(l)+s.Date.Words(l)+lang.T("；", "; ").In(l)+s.Confidence.Name().In(l), w)...)
	}
	return out
}

// GuideIndex lists the guides for `yibao guide`: each with its number,
// its topic and its title.
func GuideIndex(gs []book.Guide, l lang.Lang) string {
	var b strings.Builder
	b.WriteString(lang.T("更多帮助（yibao guide 编号或主题）：\n", "More help (yibao guide NUMBER or TOPIC):\n").In(l))
	w := 0
	for _, g := range gs {
		w = max(w, len(g.ID))
	}
	for i, g := range gs {
		fmt.Fprintf(&b, "  %d  %-*s  %s\n", i+1, w, g.ID, g.Title.In(l))
	}
	return b.String()
}
