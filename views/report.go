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
	add(wrap(amountText(a, l), w)...)
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
			if n.ID != "birth-year" {
				add(indent("- ", n.Text.In(l), w)...)
			}
		}
	}
	add("", tr(en, "怎么查余额：", "How to check the balance:"))
	if c.HasAccount != nil && !*c.HasAccount {
		add(wrap(tr(en, "您本人没有个人账户；下面的方法可以用来查家人的职工医保个人账户（家庭共济）。", "You have no personal account yourself; these ways check a family member's employee account (family mutual aid)."), w)...)
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
	if c.Known && c.Confidence == data.Secondary {
		out = append(out, tr(l == data.EN, "这个数来自二手资料，请向当地医保部门确认。", "This figure comes from secondary sources; please confirm it locally."))
	}
	for _, n := range a.Notes {
		if n.ID == "birth-year" {
			out = append(out, n.Text.In(l))
		}
	}
	return out
}

// amountText is the figure in one sentence.
func amountText(a data.Advice, l data.Lang) string {
	en := l == data.EN
	c := a.Credit
	switch {
	case c.Known && c.Period == data.PeriodAnnual:
		return fmt.Sprintf(tr(en, "每个医保年度划入 %s 元（折合每月约 %s 元，不是每月到账）。", "%s yuan each insurance year (about %s yuan a month on average; not paid monthly)."), c.Annual, c.GrossMonthly)
	case c.Known && c.NetMonthly != c.GrossMonthly:
		return fmt.Sprintf(tr(en, "每月实际划入 %s 元（划入 %s 元，扣款后到账）。", "%s yuan a month reaches the account (%s yuan before deductions)."), c.NetMonthly, c.GrossMonthly)
	case c.Known:
		return fmt.Sprintf(tr(en, "每月实际划入 %s 元。", "%s yuan a month reaches the account."), c.NetMonthly)
	case c.HasAccount != nil && !*c.HasAccount:
		return tr(en, "没有个人账户。", "No personal account.")
	case a.Profile.Status == data.NotRetired:
		return tr(en, "退休划入还没开始。", "No retiree credit yet.")
	case c.Scheme == data.PercentOfBase:
		return tr(en, "需要缴费基数才能算出金额。", "The amount needs your contribution base.")
	default:
		return tr(en, "暂无核实数据。", "No verified figure.")
	}
}
