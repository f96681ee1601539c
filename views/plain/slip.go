package plain

import (
	"strings"

	"yibao/data/advice"
	"yibao/data/lang"
)

// Slip is the take-home slip as plain text lines of at most w columns (32
// for 58 mm receipt printers, 48 for 80 mm; a Chinese character takes two):
// the place and answers, the figure and its period (or, without one, how
// it is worked out), who published the source and how sure it is, the
// checklist ticked as marked, the hotline with the area code, and that it
// is no official notice, with a warning against fraud.
func Slip(a advice.Advice, l lang.Lang, w int, ticks map[string]bool) string {
	head, list := SlipParts(a, l, w, ticks)
	return strings.Join(head, "\n") + "\n" + strings.Repeat("-", w) + "\n" + strings.Join(list, "\n") + "\n"
}

// SlipParts are the slip's two halves: the answer with its source, and the
// checklist with the hotline and warnings. A wide screen sets them side by
// side.
func SlipParts(a advice.Advice, l lang.Lang, w int, ticks map[string]bool) (head, list []string) {
	c := a.Credit
	field := func(out *[]string, label lang.Text, text string) {
		if text != "" {
			*out = append(*out, Indent(label.In(l)+lang.T("：", ": ").In(l), text, w)...)
		}
	}
	head = append(head, Wrap(lang.T("医保个人账户查询结果", "Medical-insurance account: your answer").In(l), w)...)
	head = append(head, Wrap(lang.F("日期：%s", "Date: %s", a.AsOf).In(l), w)...)
	head = append(head, strings.Repeat("-", w))
	field(&head, lang.T("参保地", "Insured in"), PlaceName(a, l))
	field(&head, lang.T("参保类型", "Insurance"), a.Profile.Insurance.Name().In(l))
	if a.Profile.Status != "" || a.Profile.AgeKnown {
		var parts []string
		if a.Profile.Status != "" {
			parts = append(parts, a.Profile.Status.Name().In(l))
		}
		if a.Profile.AgeKnown {
			parts = append(parts, AgeWords(a.Profile.Age, l))
		}
		field(&head, lang.T("状态", "Status"), strings.Join(parts, lang.T("，", ", ").In(l)))
	}
	field(&head, lang.T("划入", "Credit"), strings.TrimSuffix(strings.TrimSuffix(Headline(a).In(l), "。"), "."))
	if !c.Known && (c.HasAccount == nil || *c.HasAccount) {
		field(&head, lang.T("计算方法", "How it is worked out"), c.Formula.In(l))
		head = append(head, Wrap(lang.T("实际到账多少，请用下面的方法查询。", "To see what actually arrives, use the ways below.").In(l), w)...)
	}
	if ch := c.Change; ch != nil {
		field(&head, lang.T("以前", "Before"), ch.Text.In(l))
	}
	for _, t := range Caveats(a, l) {
		head = append(head, Indent("! ", t, w)...)
	}
	field(&head, SourceLabel(c), SourceWords(c, l))

	list = append(list, Wrap(lang.T("查余额的方法（[x] 为已选）：", "Ways to check the balance ([x] chosen):").In(l), w)...)
	for _, ch := range a.Channels {
		box := "[ ] "
		if ticks[ch.Channel.ID] {
			box = "[x] "
		}
		list = append(list, Indent(box, ch.Name.In(l), w)...)
	}
	list = append(list, strings.Repeat("-", w))
	if dial := a.Hotline(); dial != "" {
		field(&list, lang.T("医保热线", "Hotline"), dial)
	}
	list = append(list, Wrap(lang.T("本小票不是官方通知，以当地医保部门的答复为准。", "Not an official notice; the local medical-insurance office has the final word.").In(l), w)...)
	list = append(list, Wrap(lang.T("防骗：医保卡不外借，验证码不告诉任何人，用医保卡买的药不倒卖。", "Beware of fraud: never lend the card, never tell anyone a verification code, never sell medicines bought with it.").In(l), w)...)
	return head, list
}
