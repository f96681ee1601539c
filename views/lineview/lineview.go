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
	if l.AtResult() && !l.Record.Asking {
		if !l.Shown {
			out = append(out, plain.Wrap(l.Record.Unreadable.In(l.Lang), w)...)
			out = append(out, strings.TrimRight(plain.Report(*l.Advice, l.Lang, w), "\n"))
		}
		out = append(out, recorded(l, w)...)
		prompt := lang.T("输入 1 查询下一位，输入 0 退出：", "Type 1 for the next person, 0 to quit:")
		if l.CanRecord() {
			prompt = lang.T("输入 1 查询下一位，输入 2 记录对账单上的到账，输入 0 退出：", "Type 1 for the next person, 2 to record what a statement showed, 0 to quit:")
		}
		out = append(out, prompt.In(l.Lang))
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
	if l.Record.Asking {
		head = lang.T("记录到账，"+head.Zh, "Recording, "+strings.ToLower(head.En[:1])+head.En[1:])
	}
	back := lang.T("（输入 0 退出）", " (0 quits)").In(l.Lang)
	if _, ok := consult.Back(l.Answers, l.Step.ID); ok || l.Record.Asking {
		back = lang.T("（输入 0 返回上一步）", " (0 goes back)").In(l.Lang)
	}
	colon := lang.T("：", ":").In(l.Lang)
	out = append(out, plain.Wrap(head.In(l.Lang)+l.Step.Prompt.In(l.Lang), w)...)
	switch l.Step.Kind {
	case consult.Choose:
		for i, o := range l.Step.Options {
			out = append(out, plain.Indent(fmt.Sprintf("%d. ", i+1), o.Label.In(l.Lang), w)...)
		}
		ask := lang.T("请输入数字，按回车", "Type a number and press Enter")
		if l.Step.Optional {
			ask = lang.T("请输入数字，按回车；不想说就直接按回车", "Type a number and press Enter, or Enter alone to leave it out")
		}
		out = append(out, plain.Wrap(ask.In(l.Lang)+back+colon, w)...)
	default:
		hint := l.Step.Hint.In(l.Lang)
		hint = strings.TrimRight(hint, "。.")
		out = append(out, plain.Wrap(hint+back+colon, w)...)
	}
	return strings.Join(out, "\n") + "\n"
}

// recorded says what became of the last record and what its amount
// matches (对账), with the usual reasons where it matches nothing.
func recorded(l *line.Line, w int) []string {
	var out []string
	if t := l.Record.Said; !t.IsZero() {
		out = append(out, plain.Wrap(t.In(l.Lang), w)...)
	}
	if c := l.Record.Check; c != nil {
		out = append(out, plain.Wrap(lang.F("对账：记下的 %s 元。", "Statement check: the %s yuan recorded. ", c.Amount).In(l.Lang)+c.Words.In(l.Lang), w)...)
		for _, r := range c.Reasons {
			out = append(out, plain.Indent("- ", r.In(l.Lang), w)...)
		}
	}
	return out
}
