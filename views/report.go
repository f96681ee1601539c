package views

import (
	"fmt"
	"strings"

	"yibao/data"
)

// Report is the advice as plain text lines of at most w cells, for
// `yibao advise`, line mode and anything else without a screen: the
// figure, how it is worked out, its source, the notes and every channel
// with its steps. No colour and no box drawing.
func Report(a data.Advice, l data.Lang, w int) string {
	en := l == data.EN
	c := a.Credit
	var out []string
	add := func(ls ...string) { out = append(out, ls...) }
	rule := strings.Repeat("=", min(w, 48))

	add(rule)
	add(wrap(tr(en, "医保个人账户划入", "Medical-insurance personal account credit"), w)...)
	add(wrap(summary(&a, l), w)...)
	add(rule)
	add(wrap(a.Headline().In(l), w)...)
	if !c.Known {
		add(wrap(c.Reason.In(l), w)...)
	}
	for _, t := range caveats(a, l) {
		add(indent("! ", t, w)...)
	}
	add("")
	item := func(label, text string) {
		if text != "" {
			add(indent(label+tr(en, "：", ": "), text, w)...)
		}
	}
	item(tr(en, "计算方法", "How"), c.Formula.In(l))
	item(tr(en, "到账时间", "When"), c.Credited.In(l))
	for _, f := range provenance(c, l) {
		item(f[0], f[1])
	}
	item(tr(en, "说明", "Note"), c.RuleNote.In(l))
	if len(a.Notes) > 0 {
		add("", tr(en, "需要注意：", "Good to know:"))
		for _, n := range a.Notes {
			if n.ID != data.NoteBirthYear {
				add(indent("- ", n.Text.In(l), w)...)
			}
		}
	}
	add("", tr(en, "怎么查余额：", "How to check the balance:"))
	if f := forFamily(c, l); f != "" {
		add(wrap(f, w)...)
	}
	for i, ch := range a.Channels {
		title := fmt.Sprintf("[ ] %d. %s", i+1, ch.Name.In(l))
		if ch.Recommended {
			title += tr(en, "【推荐先用】", " (try this first)")
		}
		add(wrap(title, w)...)
		for j, s := range ch.Steps {
			add(indent(fmt.Sprintf("    %d) ", j+1), s.In(l), w)...)
		}
		if n := ch.Channel.Note.In(l); n != "" {
			add(indent("    ", n, w)...)
		}
		add(indent("    ", fmt.Sprintf(tr(en, "%s；核对日期 %s", "%s; checked %s"), ch.Channel.SourceNote.In(l), ch.Channel.VerifiedOn), w)...)
	}
	add("", rule)
	add(wrap(fmt.Sprintf(tr(en, "本结果不是官方通知，以当地医保部门的答复为准。数据日期 %s。", "Not an official notice; the local medical-insurance office has the final word. Data as of %s."), a.AsOf), w)...)
	return strings.Join(out, "\n") + "\n"
}

// provenance labels the source and its confidence: the figure's, or, with
// no figure, the method's (so an official method does not read as an
// official amount).
func provenance(c data.Credit, l data.Lang) [2][2]string {
	en := l == data.EN
	src, conf := tr(en, "依据", "Source"), fmt.Sprintf(tr(en, "%s；核对日期 %s", "%s; checked %s"), c.Confidence.Name().In(l), c.Source.VerifiedOn)
	if !c.Known {
		src = tr(en, "方法依据", "Method from")
		conf = fmt.Sprintf(tr(en, "%s（这是计算方法的依据，不是本地金额）；核对日期 %s", "%s (for the method, not a local amount); checked %s"), c.Confidence.Name().In(l), c.Source.VerifiedOn)
	}
	return [2][2]string{{src, sourceLine(c.Source, l)}, {tr(en, "可信度", "Confidence"), conf}}
}

// caveats are what the figure depends on: the rule's caveat, a reminder
// to confirm figures from secondary sources, and the birth-year estimate.
func caveats(a data.Advice, l data.Lang) []string {
	c := a.Credit
	var out []string
	if cv := c.Caveat.In(l); cv != "" && c.Known {
		out = append(out, cv)
	}
	if c.Known && c.Confidence != data.Official {
		out = append(out, tr(l == data.EN, "这个数来自新闻或网上资料，请向当地医保部门确认。", "This figure comes from news or web pages; please confirm it locally."))
	}
	if n, ok := a.Note(data.NoteBirthYear); ok {
		out = append(out, n.Text.In(l))
	}
	return out
}
