package views

import (
	"fmt"
	"strings"

	"yibao/data"
	"yibao/model"
)

// LineWidth keeps line-mode paragraphs whole: a screen reader reads them
// as they are, and the terminal wraps them.
const LineWidth = 1000

// LineOutput is what the line mode prints before reading the next answer:
// the message about the last answer, then the question with numbered
// choices, or the result as plain lines. No colour and no cursor movement,
// so screen readers read it line by line and pipes stay clean.
func LineOutput(l *model.Line, w int) string {
	en := l.Lang == data.EN
	var out []string
	if l.Err.Zh != "" {
		out = append(out, wrap(l.Err.In(l.Lang), w)...)
	}
	if l.Step == model.StepResult {
		if !l.Shown {
			out = append(out, strings.TrimRight(Report(*l.Advice, l.Lang, w), "\n"))
		}
		out = append(out, tr(en, "输入 1 查询下一位，输入 0 退出：", "Type 1 for the next person, 0 to quit:"))
		return strings.Join(out, "\n") + "\n"
	}
	if l.Step == model.StepPlace && len(l.Choices) > 0 && l.Err.Zh != "" {
		for i, p := range l.Choices {
			out = append(out, fmt.Sprintf("%d. %s", i+1, placeLabel(l.Book, p, l.Lang)))
		}
		out = append(out, tr(en, "请输入数字选择，或重新输入城市：", "Type a number to choose, or type the city again:"))
		return strings.Join(out, "\n") + "\n"
	}
	n, total := 1, len(l.Steps())
	for i, st := range l.Steps() {
		if st == l.Step {
			n = i + 1
		}
	}
	head := fmt.Sprintf(tr(en, "第 %d 步，共 %d 步。", "Step %d of %d. "), n, total)
	back := ""
	if n > 1 {
		back = tr(en, "（输入 0 返回上一步）", " (0 goes back)")
	}
	switch l.Step {
	case model.StepInsurance, model.StepStatus:
		q := tr(en, "您参加的是哪种医保？", "Which medical insurance do you have?")
		if l.Step == model.StepStatus {
			q = tr(en, "您现在的退休情况是？", "Where do you stand with retirement?")
		}
		out = append(out, wrap(head+q, w)...)
		for i, o := range (model.State{Step: l.Step}).Options() {
			out = append(out, indent(fmt.Sprintf("%d. ", i+1), o.In(l.Lang), w)...)
		}
		out = append(out, tr(en, "请输入数字，按回车", "Type a number and press Enter")+back+tr(en, "：", ":"))
	case model.StepPlace:
		out = append(out, wrap(head+tr(en, "您在哪个城市参保？", "Where are you insured?"), w)...)
		out = append(out, wrap(tr(en, "请输入城市的汉字、拼音或首字母，例如 长沙、changsha、cs", "Type the city in hanzi, pinyin or initials, e.g. 长沙, changsha, cs")+back+tr(en, "：", ":"), w)...)
	case model.StepAge:
		out = append(out, wrap(head+tr(en, "您今年多少岁？", "How old are you?"), w)...)
		out = append(out, wrap(tr(en, "请输入年龄，例如 72，或四位出生年份，例如 1954", "Type the age, e.g. 72, or a birth year such as 1954")+back+tr(en, "：", ":"), w)...)
	case model.StepBase:
		out = append(out, wrap(head+tr(en, "您每月的医保缴费基数是多少元？", "What is your monthly contribution base, in yuan?"), w)...)
		out = append(out, wrap(tr(en, "不知道可以直接按回车", "Press Enter alone if you do not know it")+back+tr(en, "：", ":"), w)...)
	}
	return strings.Join(out, "\n") + "\n"
}

// placeLabel names a place with its province, looked up in the book.
func placeLabel(b *data.Book, p data.Place, l data.Lang) string {
	pr, _ := b.Province(p.Province)
	return placeName(p, pr, l)
}

// placeName names a place with its province: 毕节市（贵州省）, or
// "Bijie 毕节市 (Guizhou)"; a municipality stands alone.
func placeName(p data.Place, pr data.Province, l data.Lang) string {
	if l == data.EN {
		s := p.En + " " + p.Name
		if p.Kind != data.KindMunicipality {
			s += " (" + pr.En + ")"
		}
		return s
	}
	if p.Kind == data.KindMunicipality {
		return p.Name
	}
	return p.Name + "（" + pr.Name + "）"
}
