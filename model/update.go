package model

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"yibao/data"
)

// key handles one key press: first the keys that work everywhere, then
// those of the current step.
func (m Model) key(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.Keys
	if m.touch() || m.Closing {
		return m, nil
	}
	if m.Confirm == ConfirmQuit {
		if key.Matches(msg, k.Yes, k.Quit) {
			return m, tea.Quit
		}
		m.Confirm = ConfirmNone
		return m, nil
	}
	if m.ShowHelp {
		m.ShowHelp = false
		return m, nil
	}
	if !m.render.Fits(m.State) && !key.Matches(msg, k.Quit) {
		return m, nil // the screen asks for a larger window; nothing acts unseen
	}
	switch {
	case key.Matches(msg, k.Quit):
		m.Confirm = ConfirmQuit
		return m, nil
	case key.Matches(msg, k.Lang):
		m.Lang = m.Lang.Other()
		m.Keys = NewKeyMap(m.Lang)
		m.clampScroll()
		return m, nil
	case key.Matches(msg, k.Help):
		m.ShowHelp = true
		return m, nil
	}
	switch m.Step {
	case StepInsurance, StepStatus:
		return m.choiceKey(msg)
	case StepPlace:
		return m.placeKey(msg)
	case StepAge, StepBase:
		return m.numberKey(msg)
	case StepResult:
		return m.resultKey(msg)
	case StepComparePlace:
		return m.comparePlaceKey(msg)
	case StepSlip, StepCompare, StepGuide:
		return m.readKey(msg)
	case StepGuides:
		return m.guidesKey(msg)
	}
	return m, nil
}

// choiceKey: a digit chooses and moves on; arrows and Enter work too.
func (m Model) choiceKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.Keys
	n := len(m.Options())
	switch {
	case key.Matches(msg, k.Choose):
		return m.choose(digit(msg.String()) - 1)
	case key.Matches(msg, k.Up):
		m.Cursor = (m.Cursor + n - 1) % n
	case key.Matches(msg, k.Down):
		m.Cursor = (m.Cursor + 1) % n
	case key.Matches(msg, k.Enter):
		return m.choose(m.Cursor)
	case key.Matches(msg, k.Back):
		m.back()
	case key.Matches(msg, k.QuitKey):
		m.Confirm = ConfirmQuit
	}
	return m, nil
}

func (m Model) choose(i int) (tea.Model, tea.Cmd) {
	switch m.Step {
	case StepInsurance:
		m.Insurance = data.Insurances()[i]
	case StepStatus:
		m.Status = data.Statuses()[i]
	}
	m.forward()
	return m, nil
}

// placeKey: typing searches at once; Up/Down pick; Enter takes the pick.
func (m Model) placeKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if p, ok := m.pick(msg, &m.PlacePick); ok {
		m.Place = &p
		m.forward()
	}
	return m, nil
}

// pick handles a key on a place picker and reports the place Enter took.
func (m *Model) pick(msg tea.KeyPressMsg, pk *Picker) (data.Place, bool) {
	k := m.Keys
	switch {
	case key.Matches(msg, k.Up):
		if pk.Sel > 0 {
			pk.Sel--
		}
	case key.Matches(msg, k.Down):
		if pk.Sel < len(pk.Matches)-1 {
			pk.Sel++
		}
	case key.Matches(msg, k.Enter):
		if m.Book == nil {
			return data.Place{}, false
		}
		if len(pk.Matches) == 0 {
			if pk.Input.Trimmed() == "" {
				m.Err = PlaceHint()
			} else {
				m.Err = data.T("没有找到这个地区，请换个写法，例如 长沙、changsha、cs。", "No place matches; try another spelling, e.g. 长沙, changsha, cs.")
			}
			return data.Place{}, false
		}
		return pk.Matches[pk.Sel].Place, true
	case key.Matches(msg, k.Back):
		m.back()
	default:
		if m.editField(msg, &pk.Input) {
			m.edited()
		}
	}
	return data.Place{}, false
}

// numberKey handles the age and base fields.
func (m Model) numberKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.Keys
	f := m.field()
	switch {
	case key.Matches(msg, k.Enter):
		m.submitNumber()
	case key.Matches(msg, k.Back):
		m.back()
	default:
		if m.editField(msg, f) {
			m.edited()
		}
	}
	return m, nil
}

func (m *Model) submitNumber() {
	switch m.Step {
	case StepAge:
		m.Today = data.DateOf(m.now())
		age, by, err := data.ParseAge(m.AgeInput.Value(), m.Today)
		if err != nil {
			m.Err = inputMsg(err)
			return
		}
		m.Age, m.BirthYear, m.AgeSet = age, by, true
		m.forward()
	case StepBase:
		if m.BaseInput.Trimmed() == "" {
			m.Base = nil
			m.forward()
			return
		}
		base, err := data.ParseBase(m.BaseInput.Value())
		if err != nil {
			m.Err = inputMsg(err)
			return
		}
		m.Base = &base
		m.forward()
	}
}

// editField applies a typing key to a field; it reports whether the text
// changed. Backspace in an empty field goes back a step instead.
func (m *Model) editField(msg tea.KeyPressMsg, f *Field) bool {
	k := m.Keys
	switch {
	case key.Matches(msg, k.DelBack):
		if f.Empty() {
			m.back()
			return false
		}
		f.Backspace()
		return true
	case key.Matches(msg, k.DelFwd):
		f.Delete()
		return true
	case key.Matches(msg, k.Left):
		f.Move(-1)
	case key.Matches(msg, k.Right):
		f.Move(1)
	case key.Matches(msg, k.LineStart):
		f.Home()
	case key.Matches(msg, k.LineEnd):
		f.End()
	case key.Matches(msg, k.ClearLine):
		f.Clear()
		return true
	case msg.Text != "" && msg.Mod&(tea.ModCtrl|tea.ModAlt) == 0:
		f.Insert(msg.Text)
		return true
	}
	return false
}

// edited reacts to a change of the current field's text.
func (m *Model) edited() {
	m.Err = data.Text{}
	switch m.Step {
	case StepPlace:
		m.search(&m.PlacePick)
	case StepComparePlace:
		m.search(&m.OtherPick)
	}
}

// search refreshes a picker's matches for its text.
func (m *Model) search(pk *Picker) {
	pk.Sel, pk.Matches, pk.Suggested = 0, nil, false
	if m.Book == nil {
		return
	}
	q := pk.Input.Value()
	pk.Matches = m.Book.Search(q, maxMatches)
	if len(pk.Matches) == 0 && data.Normalize(q) != "" {
		for _, p := range m.Book.Suggest(q) {
			pk.Matches = append(pk.Matches, data.Match{Place: p, Tier: data.TierFuzzy})
		}
		pk.Suggested = len(pk.Matches) > 0
	}
}

// maxMatches is how many places a search keeps.
const maxMatches = 30

// field returns the text field of the current step, or nil.
func (m *Model) field() *Field {
	switch m.Step {
	case StepPlace:
		return &m.PlacePick.Input
	case StepAge:
		return &m.AgeInput
	case StepBase:
		return &m.BaseInput
	case StepComparePlace:
		return &m.OtherPick.Input
	}
	return nil
}

// forward moves to the next unanswered step, or to the result.
func (m *Model) forward() {
	m.Err = data.Text{}
	steps := m.Steps()
	for i, st := range steps {
		if st != m.Step {
			continue
		}
		if i+1 < len(steps) {
			m.enter(steps[i+1])
			if m.Step == StepPlace && m.skip && m.Place != nil {
				m.skip = false
				m.enter(StepAge)
			}
			return
		}
	}
	m.showResult()
}

// back returns to the previous step, keeping every answer.
func (m *Model) back() {
	m.Err = data.Text{}
	m.skip = false
	steps := m.Steps()
	switch m.Step {
	case StepSlip:
		m.leaveTo(StepResult)
		return
	case StepComparePlace, StepCompare, StepGuides:
		m.leaveTo(m.backFrom())
		return
	case StepGuide:
		m.leaveTo(StepGuides)
		return
	}
	if m.Step == StepResult {
		m.enter(steps[len(steps)-1])
		return
	}
	for i, st := range steps {
		if st == m.Step {
			if i == 0 {
				m.Confirm = ConfirmQuit
				return
			}
			m.enter(steps[i-1])
			return
		}
	}
}

// enter shows a step with its previous answer in place.
func (m *Model) enter(st Step) {
	m.Step = st
	m.Cursor = 0
	switch st {
	case StepInsurance:
		m.Cursor = index(data.Insurances(), m.Insurance)
	case StepStatus:
		m.Cursor = index(data.Statuses(), m.Status)
	case StepPlace:
		m.search(&m.PlacePick)
		if m.Place != nil {
			for i, mt := range m.PlacePick.Matches {
				if mt.Place.Code == m.Place.Code {
					m.PlacePick.Sel = i
				}
			}
		}
	}
}

// showResult works the advice out and shows it.
func (m *Model) showResult() {
	if m.Book == nil || m.Place == nil {
		return
	}
	m.Today = data.DateOf(m.now())
	base := m.Base
	if !m.needsBase() {
		base = nil // asked only of a working employee; an old answer does not count
	}
	a := m.Book.Advise(*m.Place, data.Profile{
		Insurance: m.Insurance, Status: m.Status, Age: m.Age, Base: base, BirthYear: m.BirthYear,
	}, m.Today)
	m.Advice = &a
	m.Step = StepResult
	m.Focus, m.Scroll = -1, 0
}

func index[T comparable](xs []T, x T) int {
	for i, y := range xs {
		if y == x {
			return i
		}
	}
	return 0
}

// digit reads "1".."9" in halfwidth or fullwidth.
func digit(s string) int {
	r := []rune(s)
	if len(r) != 1 {
		return 0
	}
	switch {
	case r[0] >= '1' && r[0] <= '9':
		return int(r[0] - '0')
	case r[0] >= '１' && r[0] <= '９':
		return int(r[0]-'１') + 1
	}
	return 0
}

// inputMsg turns a parser error into the message under the field.
func inputMsg(err error) data.Text {
	if ie, ok := err.(*data.InputError); ok {
		return ie.Msg
	}
	return data.T(err.Error(), err.Error())
}
