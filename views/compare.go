package views

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"yibao/views/plain"

	"yibao/data/advice"
	"yibao/data/lang"
	"yibao/model"
)

// compareLines puts the insured place and the place where the person
// lives side by side (or one under the other in a narrow window), section
// by section so that the two columns line up, with the next steps for
// someone living away from where they are insured.
func compareLines(s model.State, st Styles, w int) []string {
	a, b := s.Advice, s.Other
	if b == nil {
		return nil
	}
	l := s.Lang
	sections := func(label string, x advice.Advice, cw int) [][]string {
		var figure []string
		for _, line := range plain.Wrap(plain.Headline(x).In(l), cw) {
			figure = append(figure, st.Big.Render(line))
		}
		// The figure's caveats, as the result shows them under it.
		for _, t := range plain.Caveats(x, l) {
			for _, line := range plain.Indent("! ", t, cw) {
				figure = append(figure, st.Warn.Render(line))
			}
		}
		return [][]string{
			append([]string{st.Label.Render(label)}, plain.Wrap(plain.PlaceName(x, l), cw)...),
			figure,
			plain.Wrap(x.Credit.Formula.In(l), cw),
			plain.Wrap(plain.SourceLine(x.Credit, l), cw),
		}
	}
	insured := lang.T("参保地（您的划入按这里计算）", "Insured place (your credit follows it)").In(l)
	living := lang.T("现居地（仅供对比）", "Where you live (for comparison)").In(l)
	var out []string
	if w >= 70 {
		cw := (w - 3) / 2
		left, right := sections(insured, *a, cw), sections(living, *b, cw)
		for i := range left {
			n := max(len(left[i]), len(right[i]))
			for len(left[i]) < n {
				left[i] = append(left[i], "")
			}
			out = append(out, sideBySide(left[i], right[i], cw)...)
			out = append(out, "")
		}
	} else {
		for _, col := range [][][]string{sections(insured, *a, w), sections(living, *b, w)} {
			for _, sec := range col {
				out = append(out, sec...)
			}
			out = append(out, "")
		}
	}
	out = append(out, st.Section.Render(lang.T("下一步", "Next steps").In(l)))
	for _, t := range plain.NextSteps(*a, *b) {
		out = append(out, plain.Indent("- ", t.In(l), min(w, measure))...)
	}
	return out
}

// guideList numbers the more-help guides; in a short window the guides
// around the highlighted one, with a row saying there are more.
func guideList(s model.State, st Styles, w, h int) ([]string, *tea.Position) {
	head := question(st, lang.T("更多帮助", "More help").In(s.Lang), lang.T("按数字打开，也可以用上下键和回车。", "Press a number, or use Up/Down and Enter.").In(s.Lang), w)
	guides := s.Book.Guides()
	items := make([][]string, len(guides))
	for i, g := range guides {
		// A wrapped title hangs under its first word, past the number.
		num, label := fmt.Sprintf("%d. ", i+1), g.Title.In(s.Lang)
		if i == s.Cursor {
			for _, line := range plain.Indent("> "+num, label, w) {
				items[i] = append(items[i], st.Selected.Render(line+" "))
			}
			continue
		}
		items[i] = plain.Indent("  "+num, label, w)
	}
	return listed(head, items, s.Cursor, false, st, s.Lang, h), nil
}

// guideScreen is the open guide.
func guideScreen(s model.State, st Styles, w int) []string {
	g, ok := s.Book.Guide(s.GuideID)
	if !ok {
		return nil
	}
	lines := plain.GuideLines(g, s.Lang, w)
	for i := range plain.Wrap(g.Title.In(s.Lang), w) {
		lines[i] = st.Question.Render(lines[i])
	}
	return lines
}
