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
	if s.ShowHelp {
		return append(append([]string{""}, out...), " "+tr(en, "按任意键返回", "Press any key to go back"))
	}
	return append(append([]string{""}, out...), helpLine(s.ShortHelp(), st, w)...)
}

// helpRows is how many rows the help line may take: two, or three in a
// narrow window so that every key of the step still shows.
func helpRows(w int) int {
	switch {
	case w < 50:
		return 4
	case w < 60:
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

// fullHelp lists every key of the step, in as many columns as the window
// needs to show them all.
func fullHelp(s model.State, st Styles, w, h int) []string {
	en := s.Lang == "en"
	out := []string{st.Question.Render(tr(en, "全部按键", "All keys")), ""}
	bs := s.FullHelp()
	rows := max(1, h-len(out))
	cols := (len(bs) + rows - 1) / rows
	colW := w / max(cols, 1)
	kw := 0
	for _, b := range bs {
		kw = max(kw, width(b.Help().Key))
	}
	cells := make([]string, len(bs))
	for i, b := range bs {
		hp := b.Help()
		cell := pad(hp.Key, kw) + " " + hp.Desc
		if cols > 1 {
			cell = pad(ansiCut(cell, colW-1), colW)
		}
		cells[i] = cell
	}
	perCol := (len(bs) + cols - 1) / cols
	for r := 0; r < perCol; r++ {
		var line strings.Builder
		for c := 0; c < cols; c++ {
			if i := c*perCol + r; i < len(cells) {
				line.WriteString(cells[i])
			}
		}
		out = append(out, strings.TrimRight(line.String(), " "))
	}
	return out
}

// ansiCut shortens plain text to at most n cells.
func ansiCut(s string, n int) string {
	if width(s) <= n {
		return s
	}
	var b strings.Builder
	w := 0
	for _, r := range s {
		rw := runeWidth(r)
		if w+rw > n {
			break
		}
		b.WriteRune(r)
		w += rw
	}
	return b.String()
}
