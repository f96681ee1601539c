package views

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"yibao/data"
	"yibao/model"
)

// stepBody draws a question screen and says where the cursor goes.
func stepBody(s model.State, st Styles, w, h int) ([]string, *tea.Position) {
	switch s.Step {
	case model.StepInsurance, model.StepStatus:
		return choiceBody(s, st, w, h), nil
	case model.StepPlace:
		return placeBody(s, st, w, h)
	case model.StepAge, model.StepBase:
		return numberBody(s, st, w)
	case model.StepComparePlace:
		return comparePlaceBody(s, st, w, h)
	case model.StepGuides:
		return guideList(s, st, w, h), nil
	}
	return nil, nil
}

// fieldWindow is the part of a field's text that fits in avail cells, kept
// around the cursor, and the cursor's cell within it.
func fieldWindow(f model.Field, avail int) (string, int) {
	before, after := f.Before(), strings.TrimPrefix(f.Value(), f.Before())
	avail = max(avail-1, 2) // a cell for the cursor after the text
	if width(before)+width(after) <= avail {
		return before + after, width(before)
	}
	b := []rune(before)
	for len(b) > 0 && width(string(b)) > avail {
		b = b[1:]
	}
	shown := string(b)
	at := width(shown)
	used := at
	for _, r := range after {
		if used+runeWidth(r) > avail {
			break
		}
		shown += string(r)
		used += runeWidth(r)
	}
	return shown, at
}

// chosen recalls the answers so far above a question, so a wrong place
// (fuzhou: 福州 or 抚州?) shows before the result.
func chosen(s model.State, st Styles, w int) []string {
	if s.Place == nil {
		return nil
	}
	en := s.Lang == data.EN
	text := tr(en, "已选：", "So far: ") + placeLabel(s.Book, *s.Place, s.Lang)
	if s.Insurance != "" {
		text += tr(en, "，", ", ") + s.Insurance.Name().In(s.Lang)
	}
	if s.AgeSet && s.Step != model.StepAge {
		text += fmt.Sprintf(tr(en, "，%d 岁", ", age %d"), s.Age)
	}
	var out []string
	for _, l := range wrap(text, w) {
		out = append(out, st.Hint.Render(l))
	}
	return append(out, "")
}

// question draws the question and its hint.
func question(st Styles, q, hint string, w int) []string {
	out := []string{}
	for _, l := range wrap(q, w) {
		out = append(out, st.Question.Render(l))
	}
	for _, l := range wrap(hint, w) {
		out = append(out, st.Hint.Render(l))
	}
	return append(out, "")
}

// choiceBody lists numbered options, a blank row between them when there
// is room, the highlighted one marked with ">" and reverse video.
func choiceBody(s model.State, st Styles, w, h int) []string {
	en := s.Lang == data.EN
	var out []string
	if s.Step == model.StepInsurance {
		out = question(st, tr(en, "您参加的是哪种医保？", "Which medical insurance do you have?"),
			tr(en, "按数字键直接选择，也可以用上下键和回车。", "Press a number, or use Up/Down and Enter."), w)
	} else {
		out = append(chosen(s, st, w), question(st, tr(en, "您现在的退休情况是？", "Where do you stand with retirement?"),
			tr(en, "按数字键直接选择，也可以用上下键和回车。", "Press a number, or use Up/Down and Enter."), w)...)
	}
	opts := s.Options()
	spaced := len(out)+2*len(opts) <= h
	for i, o := range opts {
		label := fmt.Sprintf("%d. %s", i+1, o.In(s.Lang))
		lines := indent("  ", label, w)
		if i == s.Cursor {
			lines = indent("> ", label, w)
			for j := range lines {
				lines[j] = st.Selected.Render(pad(lines[j], min(w, width(lines[0])+1)))
			}
		}
		out = append(out, lines...)
		if spaced && i < len(opts)-1 {
			out = append(out, "")
		}
	}
	return out
}

// placeBody is the search field with its results listed under it.
func placeBody(s model.State, st Styles, w, h int) ([]string, *tea.Position) {
	en := s.Lang == data.EN
	q := question(st, tr(en, "您在哪个城市参保？", "Where are you insured?"),
		tr(en, "输入城市的汉字、拼音或首字母，例如 长沙、changsha、cs。", "Type the city in hanzi, pinyin or initials, e.g. 长沙, changsha, cs."), w)
	return pickerBody(s, st, q, s.PlacePick, w, h)
}

// pickerBody draws a place search: the question, the field, the results.
func pickerBody(s model.State, st Styles, out []string, pk model.Picker, w, h int) ([]string, *tea.Position) {
	en := s.Lang == data.EN
	label := tr(en, "城市：", "City: ")
	text, at := fieldWindow(pk.Input, w-width(label))
	out = append(out, st.Label.Render(label)+text)
	cursor := &tea.Position{X: width(label) + at, Y: len(out) - 1}
	out = append(out, "")
	if s.Err.Zh != "" {
		for _, l := range wrap(s.Err.In(s.Lang), w) {
			out = append(out, st.Error.Render(l))
		}
		return out, cursor
	}
	switch {
	case s.Book == nil:
		out = append(out, tr(en, "正在载入地区表。", "Loading the place list..."))
	case pk.Input.Trimmed() == "":
	case len(pk.Matches) == 0:
		for _, l := range wrap(tr(en, "没有找到，请换个写法。区、县请输入所在的城市。", "Nothing found; try another spelling. For a district or county, type its city."), w) {
			out = append(out, st.Error.Render(l))
		}
	default:
		if pk.Suggested {
			out = append(out, wrap(fmt.Sprintf(tr(en, "没有找到「%s」（区、县请输入所在的城市），是不是：", "No place called \"%s\" (for a district or county, type its city). Did you mean:"), pk.Input.Trimmed()), w)...)
		}
		room := max(1, h-len(out)-1)
		// The rows shown follow the highlighted one, so it is always in view.
		start := max(0, pk.Sel-room+1)
		end := min(len(pk.Matches), start+room)
		for i := start; i < end; i++ {
			out = append(out, placeRow(s, st, pk.Matches[i], i == pk.Sel, w))
		}
		if more := len(pk.Matches) - end; more > 0 || start > 0 {
			for _, l := range wrap(fmt.Sprintf(tr(en, "（共 %d 个，上下键查看，或继续输入）", "(%d in all: Up/Down, or keep typing)"), len(pk.Matches)), w) {
				out = append(out, st.Hint.Render(l))
			}
		}
	}
	return out, cursor
}

// placeRow shows a result with its province; the characters the query
// matched are underlined. Each piece is styled on its own, so the
// highlight of the selected row runs unbroken through the underlines.
func placeRow(s model.State, st Styles, m data.Match, sel bool, w int) string {
	p := m.Place
	en := s.Lang == data.EN
	base := lipgloss.NewStyle()
	if sel {
		base = st.Selected
	}
	prov := s.Book.ProvinceName(p, s.Lang)
	if p.Kind == data.KindMunicipality {
		prov = tr(en, "直辖市", "municipality")
	}
	marker := "  "
	if sel {
		marker = "> "
	}
	lead := marker
	if en {
		lead += p.En + " "
	}
	nameW := width(lead) + width(p.Name)
	tail := strings.Repeat(" ", max(2, 26-nameW)) + prov + " "
	if nameW+width(tail) > w {
		tail = " "
	}
	return base.Render(lead) + underline(p.Name, p.Short, m.Hits, base, base.Underline(true)) + base.Render(tail)
}

// underline styles the matched characters, which index the short name; the
// short name is the start of the full name.
func underline(name, short string, hits []int, plain, hit lipgloss.Style) string {
	if len(hits) == 0 || !strings.HasPrefix(name, short) {
		return plain.Render(name)
	}
	matched := map[int]bool{}
	for _, h := range hits {
		matched[h] = true
	}
	var b strings.Builder
	var run []rune
	runHit := false
	flush := func() {
		if len(run) == 0 {
			return
		}
		if runHit {
			b.WriteString(hit.Render(string(run)))
		} else {
			b.WriteString(plain.Render(string(run)))
		}
		run = run[:0]
	}
	for i, r := range []rune(name) {
		if matched[i] != runHit {
			flush()
			runHit = matched[i]
		}
		run = append(run, r)
	}
	flush()
	return b.String()
}

// numberBody is the age or base field with its message.
func numberBody(s model.State, st Styles, w int) ([]string, *tea.Position) {
	en := s.Lang == data.EN
	var out []string
	var label, unit string
	out = append(out, chosen(s, st, w)...)
	if s.Step == model.StepAge {
		out = append(out, question(st, tr(en, "您今年多少岁？", "How old are you?"),
			tr(en, "输入年龄，例如 72；也可以输入四位出生年份，例如 1954，会按今天的日期换算成年龄。",
				"Type the age, e.g. 72, or a four-digit birth year such as 1954, which is turned into an age with today's date."), w)...)
		label = tr(en, "年龄：", "Age: ")
		if len([]rune(s.AgeInput.Trimmed())) <= 3 {
			unit = tr(en, " 岁", "")
		}
	} else {
		out = append(out, question(st, tr(en, "您每月的医保缴费基数是多少元？", "What is your monthly contribution base, in yuan?"),
			tr(en, "工资条或单位社保缴费单上有这个数；不知道就不填，直接按回车看结果。",
				"It is on the payslip or the employer's contribution statement; if you do not know it, just press Enter."), w)...)
		label = tr(en, "缴费基数：", "Base: ")
		unit = tr(en, " 元", " yuan")
	}
	f := s.AgeInput
	if s.Step == model.StepBase {
		f = s.BaseInput
	}
	text, at := fieldWindow(f, w-width(label)-width(unit))
	out = append(out, st.Label.Render(label)+text+unit)
	cursor := &tea.Position{X: width(label) + at, Y: len(out) - 1}
	out = append(out, "")
	if s.Err.Zh != "" {
		for _, l := range wrap(s.Err.In(s.Lang), w) {
			out = append(out, st.Error.Render(l))
		}
	}
	return out, cursor
}
