package views

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"

	"yibao/model"
)

// header is the title line with the step and a blank line under it.
func header(s model.State, st Styles, w int) []string {
	en := s.Lang == "en"
	title := tr(en, "医保个人账户查询", "Medical-insurance account advisor")
	var right string
	switch s.Step {
	case model.StepResult:
		right = tr(en, "结果", "Result")
	case model.StepSlip:
		right = tr(en, "小票", "Slip")
	case model.StepComparePlace, model.StepCompare:
		right = tr(en, "两地对比", "Two places")
	case model.StepGuides, model.StepGuide:
		right = tr(en, "更多帮助", "More help")
	default:
		n, total := s.StepNumber()
		right = fmt.Sprintf(tr(en, "第 %d 步，共 %d 步", "Step %d of %d"), n, total)
	}
	if width(title)+width(right)+2 > w {
		title = tr(en, "医保账户", "Advisor")
	}
	gap := max(1, w-width(title)-width(right))
	return []string{" " + st.Title.Render(title) + strings.Repeat(" ", gap) + st.Step.Render(right), ""}
}

// footer is the confirmation question (when one is asked) and the help
// line with the keys of the current step, wrapped to at most two rows.
func footer(s model.State, st Styles, w int) []string {
	en := s.Lang == "en"
	var out []string
	if s.Confirm == model.ConfirmQuit {
		q := tr(en, "确定要退出吗？按 y 退出，按其他键继续。", "Quit now? Press y to quit, any other key to stay.")
		for _, l := range wrap(q, w-2) {
			out = append(out, " "+st.Notice.Render(" "+l+" "))
		}
	}
	return append(append([]string{""}, out...), helpLine(s.ShortHelp(), st, w)...)
}

// helpRows is how many rows the help line may take: two, or three in a
// narrow window so that every key of the step still shows.
func helpRows(w int) int {
	if w < 60 {
		return 3
	}
	return 2
}

// helpLine lays the bindings out as "key desc" items on up to helpRows rows.
func helpLine(bs []key.Binding, st Styles, w int) []string {
	var rows []string
	row, rw := "", 0
	for _, b := range bs {
		h := b.Help()
		item := st.Key.Render(h.Key) + " " + h.Desc
		iw := width(h.Key) + 1 + width(h.Desc)
		if rw > 0 && rw+2+iw > w {
			rows = append(rows, " "+row)
			row, rw = "", 0
		}
		if rw > 0 {
			row += "  "
			rw += 2
		}
		row += item
		rw += iw
	}
	if row != "" {
		rows = append(rows, " "+row)
	}
	if limit := helpRows(w); len(rows) > limit {
		rows = rows[:limit]
	}
	return rows
}

// fullHelp lists every key of the step, one per row.
func fullHelp(s model.State, st Styles, w int) []string {
	en := s.Lang == "en"
	out := []string{st.Question.Render(tr(en, "全部按键（按任意键返回）", "All keys (press any key to go back)")), ""}
	kw := 0
	for _, b := range s.FullHelp() {
		kw = max(kw, width(b.Help().Key))
	}
	for _, b := range s.FullHelp() {
		h := b.Help()
		out = append(out, indent(st.Key.Render(pad(h.Key, kw))+"  ", h.Desc, w)...)
	}
	return out
}
