package views

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"yibao/data"
	"yibao/model"
)

// slipScreen shows the slip as it prints, two columns side by side when the
// window is wide enough, so that it fits one screen to be photographed;
// under it, where the slip went.
func slipScreen(s model.State, st Styles, w int) []string {
	en := s.Lang == data.EN
	var out []string
	if w >= 76 {
		cw := (w - 3) / 2
		left, right := slipParts(*s.Advice, s.Lang, cw, s.Ticks)
		out = sideBySide(left, right, cw)
	} else {
		cw := 48
		if w < 50 {
			cw = min(w, 32)
		}
		out = strings.Split(strings.TrimRight(Slip(*s.Advice, s.Lang, cw, s.Ticks), "\n"), "\n")
	}
	out = append(out, "")
	switch {
	case s.SlipPath != "":
		out = append(out, wrap(fmt.Sprintf(tr(en, "已保存到 %s", "Saved to %s"), s.SlipPath), w)...)
	case s.SlipErr.Zh != "":
		for _, l := range wrap(s.SlipErr.In(s.Lang), w) {
			out = append(out, st.Error.Render(l))
		}
	case s.SlipCopied:
		out = append(out, wrap(tr(en, "已发送到您电脑的剪贴板（如果终端支持），也可以直接拍照。", "Sent to your computer's clipboard (if the terminal supports it); you can also take a photo."), w)...)
	}
	return out
}

// compareLines puts the insured place and the place where the person
// lives side by side (or one under the other in a narrow window), with the
// next steps for someone living away from where they are insured.
func compareLines(s model.State, st Styles, w int) []string {
	en := s.Lang == data.EN
	a, b := s.Advice, s.Other
	if b == nil {
		return nil
	}
	column := func(label string, x *data.Advice, cw int) []string {
		out := []string{st.Label.Render(label)}
		out = append(out, wrap(placeName(x.Place, x.Province, s.Lang), cw)...)
		out = append(out, "")
		for _, l := range wrap(x.Headline().In(s.Lang), cw) {
			out = append(out, st.Big.Render(l))
		}
		out = append(out, wrap(x.Credit.Formula.In(s.Lang), cw)...)
		out = append(out, "")
		out = append(out, indent(tr(en, "依据：", "Source: "), slipSource(x.Credit.Source, s.Lang), cw)...)
		out = append(out, indent(tr(en, "可信度：", "Confidence: "), x.Credit.Confidence.Name().In(s.Lang), cw)...)
		return out
	}
	insured := tr(en, "参保地（您的划入按这里计算）", "Insured place (your credit follows it)")
	living := tr(en, "现居地（仅供对比）", "Where you live (for comparison)")
	var out []string
	if w >= 70 {
		cw := (w - 3) / 2
		out = sideBySide(column(insured, a, cw), column(living, b, cw), cw)
	} else {
		out = append(column(insured, a, w), "")
		out = append(out, column(living, b, w)...)
	}
	out = append(out, "", st.Section.Render(tr(en, "下一步", "Next steps")))
	for _, t := range data.NextSteps(*a, *b) {
		out = append(out, indent("- ", t.In(s.Lang), w)...)
	}
	return out
}

// comparePlaceBody asks where the person lives now.
func comparePlaceBody(s model.State, st Styles, w, h int) ([]string, *tea.Position) {
	en := s.Lang == data.EN
	q := append(chosen(s, st, w), question(st, tr(en, "您现在住在哪个城市？", "Which city do you live in now?"),
		tr(en, "用来和参保地对比。输入汉字、拼音或首字母。", "To compare with where you are insured. Type hanzi, pinyin or initials."), w)...)
	return pickerBody(s, st, q, s.OtherPick, w, h)
}

// guideList numbers the more-help guides.
func guideList(s model.State, st Styles, w, h int) []string {
	en := s.Lang == data.EN
	out := question(st, tr(en, "更多帮助", "More help"), tr(en, "按数字打开，也可以用上下键和回车。", "Press a number, or use Up/Down and Enter."), w)
	for i, g := range s.Book.Guides() {
		label := fmt.Sprintf("%d. %s", i+1, g.Title.In(s.Lang))
		if i == s.Cursor {
			for _, l := range indent("> ", label, w) {
				out = append(out, st.Selected.Render(l+" "))
			}
			continue
		}
		out = append(out, indent("  ", label, w)...)
	}
	return out
}

// guideScreen is the open guide.
func guideScreen(s model.State, st Styles, w int) []string {
	g, ok := s.Book.Guide(s.GuideID)
	if !ok {
		return nil
	}
	lines := GuideLines(g, s.Lang, w)
	title := len(wrap(g.Title.In(s.Lang), w))
	for i := 0; i < title; i++ {
		lines[i] = st.Question.Render(lines[i])
	}
	return lines
}

// sideBySide sets two columns of lines next to each other, the left one
// padded to cw cells.
func sideBySide(left, right []string, cw int) []string {
	out := make([]string, max(len(left), len(right)))
	for i := range out {
		l, r := "", ""
		if i < len(left) {
			l = left[i]
		}
		if i < len(right) {
			r = right[i]
		}
		out[i] = pad(l, cw) + "   " + r
	}
	return out
}
