package views

import (
	"fmt"
	"strings"
	"yibao/views/plain"

	tea "charm.land/bubbletea/v2"

	"yibao/data/answers"
	"yibao/data/book"
	"yibao/data/consult"
	"yibao/data/lang"
	"yibao/data/places"
	"yibao/model"
	"yibao/model/field"
)

// comparePlaceBody asks where the person lives now, to compare.
func comparePlaceBody(s model.State, st Styles, w, h int) ([]string, *tea.Position) {
	q := append(chosen(s, st, w), question(st, lang.T("您现在住在哪个城市？", "Which city do you live in now?").In(s.Lang),
		lang.T("用来和参保地对比。输入城市或区县的汉字、拼音或首字母。", "To compare with where you are insured. Type the city, district or county in hanzi, pinyin or initials.").In(s.Lang), w)...)
	return pickerBody(s, st, q, s.Compare, w, h)
}

// fieldWindow is the part of a field's text that fits in avail cells, kept
// around the cursor, and the cursor's cell within it.
func fieldWindow(f field.Field, avail int) (string, int) {
	before, after := f.Before(), strings.TrimPrefix(f.Value(), f.Before())
	avail = max(avail-1, 2) // a cell for the cursor after the text
	if plain.Width(before)+plain.Width(after) <= avail {
		return before + after, plain.Width(before)
	}
	b := []rune(before)
	for len(b) > 0 && plain.Width(string(b)) > avail {
		b = b[1:]
	}
	shown := string(b)
	at := plain.Width(shown)
	used := at
	for _, r := range after {
		if used+plain.RuneWidth(r) > avail {
			break
		}
		shown += string(r)
		used += plain.RuneWidth(r)
	}
	return shown, at
}

// chosen recalls the answers so far above a question, so that a wrong
// place (fuzhou: 福州 or 抚州?) shows before the result; above a record
// question, whom the record is for.
func chosen(s model.State, st Styles, w int) []string {
	if s.Screen == model.ScreenRecord {
		return recordedFor(s, w)
	}
	a := s.Answers
	var parts []string
	if a.Insurance != "" && s.Step.ID != consult.Insurance {
		parts = append(parts, a.Insurance.Name().In(s.Lang))
	}
	if a.Status != "" && s.Step.ID != consult.Status && consult.Find(consult.Status).Asked(a) {
		parts = append(parts, a.Status.Name().In(s.Lang))
	}
	if a.Place != nil && (s.Step.ID != consult.Place || s.Screen != model.ScreenQuestion) {
		parts = append(parts, s.Places.Label(*a.Place, s.Lang))
	}
	if a.Age != nil && s.Step.ID != consult.Age {
		parts = append(parts, plain.AgeWords(a.Age.Years, s.Lang))
	}
	if len(parts) == 0 {
		return nil
	}
	var out []string
	for _, l := range plain.Wrap(lang.T("已选：", "So far: ").In(s.Lang)+strings.Join(parts, lang.T("，", ", ").In(s.Lang)), w) {
		out = append(out, st.Hint.Render(l))
	}
	return append(out, "")
}

// question draws the question and its hint.
func question(st Styles, q, hint string, w int) []string {
	var out []string
	for _, l := range plain.Wrap(q, w) {
		out = append(out, st.Question.Render(l))
	}
	for _, l := range plain.Wrap(hint, w) {
		out = append(out, st.Hint.Render(l))
	}
	return append(out, "")
}

// choiceBody lists numbered options, a blank row between them when there
// is room, the highlighted one marked with ">" and reverse video; in a
// short window the options around the highlighted one, with a row saying
// there are more.
func choiceBody(s model.State, st Styles, w, h int) []string {
	// A place's own question says what it asks about (what a tier is);
	// the others say how to answer.
	hint := lang.T("按数字键直接选择，也可以用上下键和回车。", "Press a number, or use Up/Down and Enter.").In(s.Lang)
	if !s.Step.Hint.IsZero() {
		hint = s.Step.Hint.In(s.Lang)
	}
	head := append(chosen(s, st, w), question(st, s.Step.Prompt.In(s.Lang), hint, w)...)
	opts := s.Step.Options
	items := make([][]string, len(opts))
	for i, o := range opts {
		// A wrapped label hangs under its first word, past the number.
		num, label := fmt.Sprintf("%d. ", i+1), o.Label.In(s.Lang)
		items[i] = plain.Indent("  "+num, label, w)
		if i == s.Cursor {
			lines := plain.Indent("> "+num, label, w)
			for j := range lines {
				lines[j] = st.Selected.Render(plain.Pad(lines[j], min(w, plain.Width(lines[0])+1)))
			}
			items[i] = lines
		}
	}
	errs := errLines(s, st, w)
	return append(listed(head, items, s.Cursor, true, st, s.Lang, h-len(errs)), errs...)
}

// errLines is the message under a field, if any.
func errLines(s model.State, st Styles, w int) []string {
	if s.Err.IsZero() {
		return nil
	}
	out := []string{""}
	for _, l := range plain.Wrap(s.Err.In(s.Lang), w) {
		out = append(out, st.Error.Render(l))
	}
	return out
}

// pickerBody draws a place search: the question, the field, the results.
func pickerBody(s model.State, st Styles, out []string, pk model.Picker, w, h int) ([]string, *tea.Position) {
	label := lang.T("城市：", "City: ").In(s.Lang)
	text, at := fieldWindow(pk.Input, w-plain.Width(label))
	out = append(out, st.Label.Render(label)+text)
	cursor := &tea.Position{X: plain.Width(label) + at, Y: len(out) - 1}
	out = append(out, "")
	if !s.Err.IsZero() {
		for _, l := range plain.Wrap(s.Err.In(s.Lang), w) {
			out = append(out, st.Error.Render(l))
		}
		return out, cursor
	}
	switch {
	case pk.Input.Trimmed() == "":
	case len(pk.Matches) == 0:
		for _, l := range plain.Wrap(lang.T("没有找到，请换个写法。", "Nothing found; try another spelling.").In(s.Lang), w) {
			out = append(out, st.Error.Render(l))
		}
	default:
		switch q, sel := lang.Echo(pk.Input.Trimmed()), pk.Matches[min(pk.Sel, len(pk.Matches)-1)]; {
		case pk.Checking:
			out = append(out, plain.Wrap(lang.T("是不是 "+sel.Name()+"？再按回车确认，不是请继续输入。", "Did you mean "+sel.En()+" "+sel.Name()+"? Press Enter again to take it, or keep typing.").In(s.Lang), w)...)
		case pk.Suggested || pk.Matches[0].Guess:
			out = append(out, plain.Wrap(lang.F("没有找到「%s」，是不是：", "No place called \"%s\". Did you mean:", q).In(s.Lang), w)...)
		}
		room := max(1, h-len(out)-1)
		// The rows shown follow the highlighted one, so it is always in view.
		start := max(0, pk.Sel-room+1)
		end := min(len(pk.Matches), start+room)
		for i := start; i < end; i++ {
			out = append(out, placeRow(s, st, pk.Matches[i], i == pk.Sel, w))
		}
		if more := len(pk.Matches) - end; more > 0 || start > 0 {
			for _, l := range plain.Wrap(lang.F("（共 %d 个，上下键查看，或继续输入）", "(%d in all: Up/Down, or keep typing)", len(pk.Matches)).In(s.Lang), w) {
				out = append(out, st.Hint.Render(l))
			}
		}
	}
	return out, cursor
}

// placeRow shows a result with where it is: its province, or for a
// district the place it belongs to ("海淀区 属于 北京市"); the characters the
// query matched are underlined.
func placeRow(s model.State, st Styles, m places.Match, sel bool, w int) string {
	base, hit, marker := Paint{}, st.Hit, "  "
	if sel {
		base, hit, marker = st.Selected, st.HitSel, "> "
	}
	lead := marker
	if s.Lang == lang.EN {
		lead += m.En() + " "
	}
	where := whereWords(s, m)
	nameW := plain.Width(lead) + plain.Width(m.Name())
	tail := strings.Repeat(" ", max(2, 26-nameW)) + where + " "
	if nameW+plain.Width(tail) > w {
		tail = " "
	}
	return base.Render(lead) + underline(m.Name(), m.Short(), m.Hits, base, hit) + base.Render(tail)
}

// whereWords says where a search result is.
func whereWords(s model.State, m places.Match) string {
	switch {
	case m.County != nil:
		return lang.T("属于 "+m.Place.Name, "in "+m.Place.En).In(s.Lang)
	case m.Place.Kind == book.Municipality:
		return lang.T("直辖市", "municipality").In(s.Lang)
	case m.Place.Kind == book.Unit:
		return lang.T("省级参保单位", "provincial pool").In(s.Lang)
	}
	pr := s.Book.ProvinceOf(m.Place)
	return lang.T(pr.Name, pr.En).In(s.Lang)
}

// underline styles the matched characters, which index the short name; the
// short name is the start of the full name.
func underline(name, short string, hits []int, plain, hit Paint) string {
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
	hint := s.Step.Hint.In(s.Lang)
	if _, h := s.Size(); h < short && !s.Err.IsZero() {
		hint = "" // in a short window the message takes the hint's place
	}
	out := append(chosen(s, st, w), question(st, s.Step.Prompt.In(s.Lang), hint, w)...)
	label := capital(s.Step.Title.In(s.Lang)) + lang.T("：", ": ").In(s.Lang)
	unit := ""
	if u := s.Step.Unit.In(s.Lang); u != "" && !strings.HasSuffix(s.Field.Trimmed(), u) && !isYear(s.Field.Trimmed()) {
		unit = " " + u
	}
	text, at := fieldWindow(s.Field, w-plain.Width(label)-plain.Width(unit))
	out = append(out, st.Label.Render(label)+text+unit)
	cursor := &tea.Position{X: plain.Width(label) + at, Y: len(out) - 1}
	return append(out, errLines(s, st, w)...), cursor
}

// isYear reports whether typed digits are a birth year rather than an
// amount: four of them, 19.. or 20.., so that 1956 is not shown as 1956 岁.
func isYear(t string) bool {
	t = answers.Fold(t)
	return len(t) == 4 && (strings.HasPrefix(t, "19") || strings.HasPrefix(t, "20"))
}

// capital starts an English label with a capital letter.
func capital(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
