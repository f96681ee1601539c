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
	en := l == data.EN
	c := a.Credit
	rule := strings.Repeat("-", w)
	var out []string
	add := func(s ...string) { out = append(out, s...) }
	field := func(label, text string) { add(indent(label+tr(en, "：", ": "), text, w)...) }

	add(wrap(tr(en, "医保个人账户查询结果", "Medical-insurance account: your answer"), w)...)
	add(wrap(fmt.Sprintf(tr(en, "日期：%s", "Date: %s"), a.AsOf), w)...)
	add(rule)
	field(tr(en, "参保地", "Insured in"), placeLabelOf(a, l))
	field(tr(en, "参保类型", "Insurance"), a.Profile.Insurance.Name().In(l))
	field(tr(en, "状态", "Status"), fmt.Sprintf(tr(en, "%s，%d 岁", "%s, age %d"), a.Profile.Status.Name().In(l), a.Profile.Age))
	field(tr(en, "划入", "Credit"), strings.TrimSuffix(strings.TrimSuffix(amountText(a, l), "。"), "."))
	if !c.Known && c.Reason.Zh != "" && (c.HasAccount == nil || *c.HasAccount) {
		add(wrap(c.Reason.In(l), w)...)
	}
	for _, t := range caveats(a, l) {
		add(indent("! ", t, w)...)
	}
	if c.Known {
		field(tr(en, "依据", "Source"), slipSource(c.Source, l))
	} else {
		field(tr(en, "方法依据", "Method from"), slipSource(c.Source, l))
	}
	field(tr(en, "可信度", "Confidence"), fmt.Sprintf(tr(en, "%s；核对日期 %s", "%s; checked %s"), c.Confidence.Name().In(l), c.Source.VerifiedOn))
	add(rule)
	add(wrap(tr(en, "查余额的方法（[x] 为已选）：", "Ways to check the balance ([x] chosen):"), w)...)
	for _, ch := range a.Channels {
		box := "[ ] "
		if ticks[ch.Channel.ID] {
			box = "[x] "
		}
		add(indent(box, ch.Name.In(l), w)...)
	}
	add(rule)
	field(tr(en, "医保热线", "Hotline"), a.Place.AreaCode+"-12393")
	add(wrap(tr(en, "本小票不是官方通知，以当地医保部门的答复为准。", "Not an official notice; the local medical-insurance office has the final word."), w)...)
	add(wrap(tr(en, "防骗：医保卡不外借，验证码不告诉任何人，用医保卡买的药不倒卖。", "Beware of fraud: never lend the card, never tell anyone a verification code, never sell medicines bought with it."), w)...)
	return strings.Join(out, "\n") + "\n"
}

// placeLabelOf is the insured place with its province.
func placeLabelOf(a data.Advice, l data.Lang) string {
	if l == data.EN {
		s := a.Place.En + " " + a.Place.Name
		if a.Place.Kind != data.KindMunicipality {
			s += " (" + a.Province.En + ")"
		}
		return s
	}
	if a.Place.Kind == data.KindMunicipality {
		return a.Place.Name
	}
	return a.Place.Name + "（" + a.Province.Name + "）"
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
