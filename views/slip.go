package views

import (
	"fmt"
	"strings"

	"yibao/data"
)

// Slip is the take-home slip as plain text lines of at most w columns (32
// for 58 mm receipt printers, 48 for 80 mm; a Chinese character takes two):
// the place and answers, the figure and its period, the source and its
// date, the checklist ticked as marked, the hotline with the area code, and
// that it is no official notice, with a warning against fraud.
func Slip(a data.Advice, l data.Lang, w int, ticks map[string]bool) string {
	head, list := slipParts(a, l, w, ticks)
	return strings.Join(head, "\n") + "\n" + strings.Repeat("-", w) + "\n" + strings.Join(list, "\n") + "\n"
}

// slipParts are the slip's two halves: the answer with its source, and the
// checklist with the hotline and warnings. A wide screen sets them side by
// side.
func slipParts(a data.Advice, l data.Lang, w int, ticks map[string]bool) (head, list []string) {
	en := l == data.EN
	c := a.Credit
	field := func(out *[]string, label, text string) {
		*out = append(*out, indent(label+tr(en, "：", ": "), text, w)...)
	}

	head = append(head, wrap(tr(en, "医保个人账户查询结果", "Medical-insurance account: your answer"), w)...)
	head = append(head, wrap(fmt.Sprintf(tr(en, "日期：%s", "Date: %s"), a.AsOf), w)...)
	head = append(head, strings.Repeat("-", w))
	field(&head, tr(en, "参保地", "Insured in"), placeName(a.Place, a.Province, l))
	field(&head, tr(en, "参保类型", "Insurance"), a.Profile.Insurance.Name().In(l))
	field(&head, tr(en, "状态", "Status"), fmt.Sprintf(tr(en, "%s，%d 岁", "%s, age %d"), a.Profile.Status.Name().In(l), a.Profile.Age))
	field(&head, tr(en, "划入", "Credit"), strings.TrimSuffix(strings.TrimSuffix(a.Headline().In(l), "。"), "."))
	if !c.Known && c.Reason.Zh != "" && (c.HasAccount == nil || *c.HasAccount) {
		head = append(head, wrap(c.Reason.In(l), w)...)
	}
	for _, t := range caveats(a, l) {
		head = append(head, indent("! ", t, w)...)
	}
	pv := provenance(c, l)
	field(&head, pv[0][0], slipSource(c.Source, l))
	field(&head, pv[1][0], pv[1][1])

	list = append(list, wrap(tr(en, "查余额的方法（[x] 为已选）：", "Ways to check the balance ([x] chosen):"), w)...)
	for _, ch := range a.Channels {
		box := "[ ] "
		if ticks[ch.Channel.ID] {
			box = "[x] "
		}
		list = append(list, indent(box, ch.Name.In(l), w)...)
	}
	list = append(list, strings.Repeat("-", w))
	if dial := a.Hotline(); dial != "" {
		field(&list, tr(en, "医保热线", "Hotline"), dial)
	}
	list = append(list, wrap(tr(en, "本小票不是官方通知，以当地医保部门的答复为准。", "Not an official notice; the local medical-insurance office has the final word."), w)...)
	list = append(list, wrap(tr(en, "防骗：医保卡不外借，验证码不告诉任何人，用医保卡买的药不倒卖。", "Beware of fraud: never lend the card, never tell anyone a verification code, never sell medicines bought with it."), w)...)
	return head, list
}

// slipSource is the source in short: title, number and date.
func slipSource(src data.Source, l data.Lang) string {
	parts := []string{}
	if src.DocNo != "" {
		parts = append(parts, src.DocNo)
	}
	parts = append(parts, src.Date.In(l))
	return fmt.Sprintf(tr(l == data.EN, "%s（%s）", "%s (%s)"), src.Title.In(l), strings.Join(parts, tr(l == data.EN, "，", ", ")))
}
