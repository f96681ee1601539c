package views

import (
	tea "charm.land/bubbletea/v2"

	"yibao/data/consult"
	"yibao/data/lang"
	"yibao/model"
)

// page is what one screen draws: the words at the right of the title
// line, and either a body that scrolls (the model measures it) or a fixed
// body with, where text is typed, the cursor. Its keys and help are the
// model's entry for the same screen.
type page struct {
	title func(model.State) lang.Text
	lines func(model.State, Styles, layout) ([]string, [][2]int)      // a scrolling body and its checklist items
	fixed func(model.State, Styles, layout) ([]string, *tea.Position) // a body that does not scroll
}

// pageOf is the screen's row of the table; ok is false for a screen
// without one.
func pageOf(sc model.Screen) (p page, ok bool) {
	switch sc {
	case model.ScreenQuestion:
		return page{title: progress, fixed: form(questionBody)}, true
	case model.ScreenResult:
		return page{title: resultTitle, lines: func(s model.State, st Styles, l layout) ([]string, [][2]int) {
			return resultLines(s, st, l.cw, l.bodyH)
		}}, true
	case model.ScreenSource:
		return page{title: resultTitle, lines: text(sourceScreen, paragraph)}, true
	case model.ScreenSlip:
		return page{title: slipTitle, lines: text(slipScreen, window)}, true
	case model.ScreenComparePlace:
		return page{title: compareTitle, fixed: form(comparePlaceBody)}, true
	case model.ScreenCompare:
		return page{title: compareTitle, lines: text(compareLines, window)}, true
	case model.ScreenGuides:
		return page{title: guidesTitle, fixed: form(guideList)}, true
	case model.ScreenGuide:
		return page{title: guidesTitle, lines: text(guideScreen, paragraph)}, true
	case model.ScreenRecord:
		return page{title: recordTitle, fixed: form(questionBody)}, true
	}
	return page{}, false
}

// The titles that do not change.
func resultTitle(model.State) lang.Text  { return lang.T("结果", "Result") }
func compareTitle(model.State) lang.Text { return lang.T("两地对比", "Two places") }
func guidesTitle(model.State) lang.Text  { return lang.T("更多帮助", "More help") }
func slipTitle(model.State) lang.Text    { return lang.T("小票", "Slip") }
func recordTitle(model.State) lang.Text  { return lang.T("记录到账", "Record") }

// paragraph and window are the widths a body is drawn at: the reading
// measure, or the whole window less its margins (for columns side by side).
func paragraph(l layout) int { return l.cw }
func window(l layout) int    { return l.w - 2 }

// text is a scrolling body without checklist items, drawn at a width.
func text(draw func(model.State, Styles, int) []string, width func(layout) int) func(model.State, Styles, layout) ([]string, [][2]int) {
	return func(s model.State, st Styles, l layout) ([]string, [][2]int) { return draw(s, st, width(l)), nil }
}

// form is a body that does not scroll, drawn at the reading measure in
// the rows there are.
func form(draw func(model.State, Styles, int, int) ([]string, *tea.Position)) func(model.State, Styles, layout) ([]string, *tea.Position) {
	return func(s model.State, st Styles, l layout) ([]string, *tea.Position) { return draw(s, st, l.cw, l.bodyH) }
}

// progress is where a question stands. The step count never changes
// during a consultation: the total shows only once no answer can change it.
func progress(s model.State) lang.Text {
	n, total, known := s.Progress()
	if known {
		return lang.F("第 %d 步，共 %d 步", "Step %d of %d", n, total)
	}
	return lang.F("第 %d 步", "Step %d", n)
}

// questionBody draws a question of the consultation and says where the
// cursor goes.
func questionBody(s model.State, st Styles, w, h int) ([]string, *tea.Position) {
	switch s.Step.Kind {
	case consult.Choose:
		return choiceBody(s, st, w, h), nil
	case consult.PlaceName:
		q := question(st, s.Step.Prompt.In(s.Lang), s.Step.Hint.In(s.Lang), w)
		return pickerBody(s, st, append(chosen(s, st, w), q...), s.Place, w, h)
	}
	return numberBody(s, st, w)
}
