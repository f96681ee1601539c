package plain

import (
	"fmt"
	"strings"

	"yibao/data/advice"
	"yibao/data/book"
	"yibao/data/lang"
)

// Report is the advice as plain text lines of at most w cells, for
// `yibao advise` and the line mode: the sections InReport shows (see
// layout), each channel with its steps, and at the end the figure once
// more, so that it is not scrolled away. No colour and no box drawing.
func Report(a advice.Advice, l lang.Lang, w int) string {
	c := a.Credit
	var out []string
	add := func(ls ...string) { out = append(out, ls...) }
	rule := strings.Repeat("=", min(w, 48))
	item := func(label lang.Text, text string) {
		if text != "" {
			add(Indent(label.In(l)+lang.T("：", ": ").In(l), text, w)...)
		}
	}
	for _, sh := range Sections(InReport) {
		switch sh.Section {
		case Who:
			add(rule)
			add(Wrap(lang.T("医保个人账户划入", "Medical-insurance personal account credit").In(l), w)...)
			add(Wrap(Recap(a, l), w)...)
			add(rule)
		case Figure:
			add(Wrap(Headline(a).In(l), w)...)
			if !c.Known {
				add(Wrap(c.Reason.In(l), w)...)
			}
		case DependsOn:
			for _, t := range Caveats(a, l) {
				add(Indent("! ", t, w)...)
			}
			add("")
		case Notes:
			if notes := ShownNotes(a); len(notes) > 0 {
				add("", lang.T("需要注意：", "Good to know:").In(l))
				for _, n := range notes {
					add(Indent("- ", n.Text.In(l), w)...)
				}
			}
		case Checklist:
			add("", lang.T("怎么查余额：", "How to check the balance:").In(l))
			if f := ForFamily(c, l); f != "" {
				add(Wrap(f, w)...)
			}
			for i, ch := range a.Channels {
				box, name := ChannelTitle(i, ch, false, l)
				add(Indent(box, name, w)...)
				for j, s := range ch.Steps {
					add(Indent(fmt.Sprintf("    %d) ", j+1), s.In(l), w)...)
				}
				if n := ch.Channel.Note.In(l); n != "" {
					add(Indent("    ", n, w)...)
				}
				if c := ChannelCaution(ch, l); c != "" {
					add(Indent("    ", c, w)...)
				}
			}
		case Disclaimer:
			add("", rule)
			add(Wrap(lang.T("再说一遍：", "Once more: ").In(l)+Headline(a).In(l), w)...)
			for _, p := range DisclaimerLines(a, InReport, l) {
				add(Wrap(p, w)...)
			}
		default:
			item(Field(a, sh.Section, sh.Form, l))
		}
	}
	return strings.Join(out, "\n") + "\n"
}

// GuideLines is a more-help guide as plain lines of at most w cells: the
// answer, what to know, what to do, and the sources with their levels.
func GuideLines(g book.Guide, l lang.Lang, w int) []string {
	out := Wrap(g.Title.In(l), w)
	out = append(out, "")
	out = append(out, Wrap(g.Summary.In(l), w)...)
	if len(g.Points) > 0 {
		out = append(out, "", lang.T("要知道：", "Good to know:").In(l))
		for _, p := range g.Points {
			out = append(out, Indent("- ", p.In(l), w)...)
		}
	}
	if len(g.Steps) > 0 {
		out = append(out, "", lang.T("怎么办：", "What to do:").In(l))
		for i, s := range g.Steps {
			out = append(out, Indent(fmt.Sprintf("%d) ", i+1), s.In(l), w)...)
		}
	}
	out = append(out, "", lang.T("来源：", "Sources:").In(l))
	for _, s := range g.Sources {
		doc := s.Title.In(l)
		if s.DocNo != "" && !strings.Contains(doc, s.DocNo) {
			doc += " " + s.DocNo
		}
		out = append(out, Indent("- ", s.Publisher.In(l)+lang.T("：", ": ").In(l)+doc+lang.T("，", ", ").In(l)+s.Date.Words(l)+lang.T("；", "; ").In(l)+s.Confidence.NameAfter(s.Publisher).In(l), w)...)
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
