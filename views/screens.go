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
	result := func(model.State) lang.Text { return lang.T("结果", "Result") }
	compare := func(model.State) lang.Text { return lang.T("两地对比", "Two places") }
	guides := func(model.State) lang.Text { return lang.T("更多帮助", "More help") }
	switch sc {
	case model.ScreenQuestion:
		return page{title: progress, fixed: func(s model.State, st Styles, l layout) ([]string, *tea.Position) {
			return questionBody(s, st, l.cw, l.bodyH)
		}}, true
	case model.ScreenResult:
		return page{title: result, lines: func(s model.State, st Styles, l layout) ([]string, [][2]int) {
			return resultLines(s, st, l.cw, l.bodyH)
		}}, true
	case model.ScreenSource:
		return page{title: result, lines: noItems(func(s model.State, st Styles, l layout) []string {
			return sourceScreen(s, st, l.cw)
		})}, true
	case model.ScreenSlip:
		return page{title: func(model.State) lang.Text { return lang.T("小票", "Slip") },
			lines: noItems(func(s model.State, st Styles, l layout) []string { return slipScreen(s, st, l.w-2) })}, true
	case model.ScreenComparePlace:
		return page{title: compare, fixed: func(s model.State, st Styles, l layout) ([]string, *tea.Position) {
			return comparePlaceBody(s, st, l.cw, l.bodyH)
		}}, true
	case model.ScreenCompare:
		return page{title: compare, lines: noItems(func(s model.State, st Styles, l layout) []string {
			return compareLines(s, st, l.w-2)
		})}, true
	case model.ScreenGuides:
		return page{title: guides, fixed: func(s model.State, st Styles, l layout) ([]string, *tea.Position) {
			return guideList(s, st, l.cw), nil
		}}, true
	case model.ScreenGuide:
		return page{title: guides, lines: noItems(func(s model.State, st Styles, l layout) []string {
			return guideScreen(s, st, l.cw)
		})}, true
	case model.ScreenObserve:
		return page{title: func(model.State) lang.Text { return lang.T("记录到账", "Record") },
			fixed: func(s model.State, st Styles, l layout) ([]string, *tea.Position) { return observeBody(s, st, l.cw) }}, true
	}
	return page{}, false
}

// noItems is a scrolling body without checklist items.
func noItems(f func(model.State, Styles, layout) []string) func(model.State, Styles, layout) ([]string, [][2]int) {
	return func(s model.State, st Styles, l layout) ([]string, [][2]int) { return f(s, st, l), nil }
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
