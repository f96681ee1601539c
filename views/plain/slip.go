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

// SlipParts are the slip's two halves: the sections OnSlip shows (see
// layout) up to the checklist, and the checklist with the hotline and the
// rest. A wide screen sets them side by side.
func SlipParts(a advice.Advice, l lang.Lang, w int, ticks map[string]bool) (head, list []string) {
	out := &head
	add := func(ls ...string) { *out = append(*out, ls...) }
	field := func(label lang.Text, text string) {
		if text != "" {
			add(Indent(label.In(l)+lang.T("：", ": ").In(l), text, w)...)
		}
	}
	for _, sh := range Sections(OnSlip) {
		switch sh.Section {
		case Who:
			add(Wrap(lang.T("医保个人账户查询结果", "Medical-insurance account: your answer").In(l), w)...)
			add(Wrap(lang.F("日期：%s", "Date: %s", a.AsOf).In(l), w)...)
			add(strings.Repeat("-", w))
			field(lang.T("参保地", "Insured in"), PlaceName(a, l))
			field(lang.T("参保类型", "Insurance"), a.Profile.Insurance.Name().In(l))
			var parts []string
			if a.Profile.Status != "" {
				parts = append(parts, a.Profile.Status.Name().In(l))
			}
			if a.Profile.AgeKnown {
				parts = append(parts, AgeWords(a.Profile.Age, l))
			}
			field(lang.T("状态", "Status"), strings.Join(parts, lang.T("，", ", ").In(l)))
		case Figure:
			field(lang.T("划入", "Credit"), strings.TrimSuffix(strings.TrimSuffix(Headline(a).In(l), "。"), "."))
		case DependsOn:
			for _, t := range Caveats(a, l) {
				add(Indent("! ", t, w)...)
			}
		case Method:
			if label, text := Field(a, Method, sh.Form, l); text != "" {
				field(label, text)
				add(Wrap(lang.T("实际到账多少，请用下面的方法查询。", "To see what actually arrives, use the ways below.").In(l), w)...)
			}
		case Checklist:
			out = &list
			if f := ForFamily(a.Credit, l); f != "" {
				add(Wrap(f, w)...)
			}
			add(Wrap(lang.T("查余额的方法（[x] 为已选）：", "Ways to check the balance ([x] chosen):").In(l), w)...)
			for _, ch := range a.Channels {
				box := "[ ] "
				if ticks[ch.Channel.ID] {
					box = "[x] "
				}
				add(Indent(box, ch.Name.In(l), w)...)
			}
			add(strings.Repeat("-", w))
			field(lang.T("医保热线", "Hotline"), a.Hotline())
		case Disclaimer:
			for _, p := range DisclaimerLines(a, OnSlip, l) {
				add(Wrap(p, w)...)
			}
		default:
			field(Field(a, sh.Section, sh.Form, l))
		}
	}
	return head, list
}
