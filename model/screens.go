package model

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"yibao/data/consult"
	"yibao/data/lang"
	"yibao/model/field"
)

// Screen is what the advisor shows.
type Screen int

// Screens. Each has one entry in the table below (its keys, its help,
// whether it scrolls) and one in the views (what it draws).
const (
	ScreenQuestion     Screen = iota // one question of the consultation
	ScreenResult                     // the advice
	ScreenSource                     // the full source of the figure (title, number, address, notes)
	ScreenSlip                       // the take-home slip, full screen
	ScreenComparePlace               // choosing a second place to compare
	ScreenCompare                    // the two places side by side
	ScreenGuides                     // the list of more-help guides
	ScreenGuide                      // one guide
	ScreenRecord                     // recording what a statement showed
	screenCount
)

// AllScreens lists every screen, in the order they are declared.
func AllScreens() []Screen {
	out := make([]Screen, screenCount)
	for i := range out {
		out[i] = Screen(i)
	}
	return out
}

// screen is one screen's behaviour: what its keys do, the keys its help
// line and the ? screen show, whether it is a scrolling body, and the text
// field that typing goes to.
type screen struct {
	key   func(Model, tea.KeyPressMsg) (Model, tea.Cmd)
	short func(State) []key.Binding // the help line, the keys to read first first
	full  func(State) []key.Binding // the ? screen, before the keys of every screen
	// scrolls is set on a screen drawn as a body that scrolls (State.Body).
	scrolls bool
}

// input names a screen's text field. It is a name, looked up apart from
// the table, rather than a function into the state in the table: the
// model would otherwise be copied to the heap on every key, to be passed
// to a function the compiler cannot see.
type input int

// Inputs.
const (
	noInput       input = iota
	questionInput       // the place search on the place question, the number field on a number question
	compareInput        // the search for the second place
)

// entry is the screen's row of the table; a screen without one has no key.
func (sc Screen) entry() screen {
	switch sc {
	case ScreenQuestion:
		return screen{key: Model.questionKey, short: State.questionShort, full: State.questionFull}
	case ScreenResult:
		return screen{key: Model.resultKey, short: State.resultShort, full: State.resultFull, scrolls: true}
	case ScreenSource, ScreenSlip:
		return screen{key: Model.closeKey, short: State.closeShort, full: State.closeFull, scrolls: true}
	case ScreenComparePlace:
		return screen{key: Model.comparePlaceKey, short: State.pickShort, full: State.formFull}
	case ScreenCompare:
		return screen{key: Model.compareKey, short: State.compareShort, full: State.compareFull, scrolls: true}
	case ScreenGuides:
		return screen{key: Model.guidesKey, short: State.guidesShort, full: State.guidesFull}
	case ScreenGuide:
		return screen{key: Model.guideKey, short: State.guideShort, full: State.guideFull, scrolls: true}
	case ScreenRecord:
		return screen{key: Model.recordKey, short: State.recordShort, full: State.recordFull}
	}
	return screen{}
}

// Defined reports whether the screen has its entry in the model's table.
func (sc Screen) Defined() bool {
	e := sc.entry()
	return e.key != nil && e.short != nil && e.full != nil
}

// Scrolls reports whether the screen shows a scrolling body.
func (s State) Scrolls() bool { return s.Screen.entry().scrolls }

// input is the text field typing goes to on the screen.
func (sc Screen) input() input {
	switch sc {
	case ScreenQuestion, ScreenRecord: // the record questions are steps too
		return questionInput
	case ScreenComparePlace:
		return compareInput
	}
	return noInput
}

// picker is the place search typing goes to on the current screen, or nil.
func (m *Model) picker() *Picker {
	switch m.Screen.input() {
	case questionInput:
		if m.Step.Kind == consult.PlaceName {
			return &m.Place
		}
	case compareInput:
		return &m.Compare
	}
	return nil
}

// field returns the text field of the current screen, or nil.
func (m *Model) field() *field.Field {
	if pk := m.picker(); pk != nil {
		return &pk.Input
	}
	switch m.Screen.input() {
	case questionInput:
		if m.Step.Kind == consult.Number {
			return &m.Field
		}
	}
	return nil
}

// edited reacts to a change of the current field's text: a place search
// looks again.
func (m *Model) edited() {
	m.Err = lang.Text{}
	if pk := m.picker(); pk != nil {
		m.search(pk)
	}
}
