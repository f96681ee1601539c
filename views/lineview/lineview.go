// Package lineview draws the line mode (package line) as plain text:
// the message about the last answer, then the question with numbered
// choices, or the advice as plain lines.
package lineview

import (
	"fmt"
	"strings"

	"yibao/data/consult"
	"yibao/data/lang"
	"yibao/model/line"
	"yibao/views/plain"
)

// Width is the width the line mode wraps at when the terminal's is
// not known: paragraphs stay whole and the terminal wraps them.
const Width = 1000

// Output is what the line mode prints before reading the next answer:
// the message about the last answer, then the question with numbered
// choices, or the advice as plain lines. No colour and no cursor movement,
// so screen readers read it line by line and pipes stay clean. It asks the
// same questions as the screens (package consult), wrapped at w.
func Output(l *line.Line, w int) string {
	if w <= 0 {
		w = Width
	}
	var out []string
	if !l.Err.IsZero() {
		out = append(out, plain.Wrap(l.Err.In(l.Lang), w)...)
	}
	if l.AtResult() {
		if !l.Shown {
			out = append(out, strings.TrimRight(plain.Report(*l.Advice, l.Lang, w), "\n"))
		}
		out = append(out, lang.T("输入 1 查询下一位，输入 0 退出：", "Type 1 for the next person, 0 to quit:").In(l.Lang))
		return strings.Join(out, "\n") + "\n"
	}
	if l.Step.ID == consult.Place && len(l.Choices) > 0 {
		for i, m := range l.Choices {
			out = append(out, plain.Indent(fmt.Sprintf("%d. ", i+1), l.Places.Label(m, l.Lang), w)...)
		}
		out = append(out, plain.Wrap(lang.T("请输入数字选择，或重新输入城市：", "Type a number to choose, or type the city again:").In(l.Lang), w)...)
		return strings.Join(out, "\n") + "\n"
	}
	n, total, known := l.Progress()
	head := lang.F("第 %d 步。", "Step %d. ", n)
	if known {
		head = lang.F("第 %d 步，共 %d 步。", "Step %d of %d. ", n, total)
	}
	back := ""
	if _, ok := consult.Back(l.Answers, l.Step.ID); ok {
		back = lang.T("（输入 0 返回上一步）", " (0 goes back)").In(l.Lang)
	}
	colon := lang.T("：", ":").In(l.Lang)
	out = append(out, plain.Wrap(head.In(l.Lang)+l.Step.Prompt.In(l.Lang), w)...)
	switch l.Step.Kind {
	case consult.Choose:
		for i, o := range l.Step.Options {
			out = append(out, plain.Indent(fmt.Sprintf("%d. ", i+1), o.Label.In(l.Lang), w)...)
		}
		out = append(out, plain.Wrap(lang.T("请输入数字，按回车", "Type a number and press Enter").In(l.Lang)+back+colon, w)...)
	default:
		hint := l.Step.Hint.In(l.Lang)
		hint = strings.TrimRight(hint, "。.")
		out = append(out, plain.Wrap(hint+back+colon, w)...)
	}
	return strings.Join(out, "\n") + "\n"
}
