package model

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"yibao/data/consult"
	"yibao/data/lang"
)

// key handles one key press: first the keys that work everywhere, then
// those of the current screen.
func (m Model) key(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.Keys
	if m.touch() || m.Closing {
		return m, nil
	}
	if !m.Fits() {
		// The screen asks for a larger window; nothing acts unseen, and a
		// question nobody can read is not asked: Ctrl+C quits at once.
		if key.Matches(msg, k.Quit) {
			return m, tea.Quit
		}
		return m, nil
	}
	if m.Confirm != ConfirmNone {
		// Only y does what was asked; any other key keeps everything.
		asked := m.Confirm
		m.Confirm = ConfirmNone
		switch {
		case !key.Matches(msg, k.Yes):
		case asked == ConfirmQuit:
			return m, tea.Quit
		case asked == ConfirmNew:
			m.reset()
		}
		return m, nil
	}
	if m.ShowHelp {
		switch {
		case key.Matches(msg, k.Down, k.PageDown):
			m.HelpScroll++
		case key.Matches(msg, k.Up, k.PageUp):
			m.HelpScroll = max(0, m.HelpScroll-1)
		default:
			m.ShowHelp, m.HelpScroll = false, 0
		}
		return m, nil
	}
	switch {
	case key.Matches(msg, k.Quit):
		m.Confirm = ConfirmQuit
		return m, nil
	case key.Matches(msg, k.Lang):
		m.Lang = m.Lang.Other()
		m.Keys = NewKeyMap(m.Lang)
		m.measure()
		m.reveal()
		return m, nil
	case key.Matches(msg, k.Help):
		m.ShowHelp = true
		return m, nil
	}
	switch m.Screen {
	case ScreenQuestion:
		return m.questionKey(msg)
	case ScreenResult:
		return m.resultKey(msg)
	case ScreenComparePlace:
		return m.comparePlaceKey(msg)
	case ScreenSource, ScreenSlip, ScreenCompare, ScreenGuide:
		return m.readKey(msg)
	case ScreenGuides:
		return m.guidesKey(msg)
	case ScreenObserve:
		return m.observeKey(msg)
	}
	return m, nil
}

// Filter drops, before they cost an update and a frame, printable keys
// that would do nothing: typed into a field that is already full, or, on
// a screen without a field, bound to nothing there. A flood of typing (or
// a paste without bracketed-paste mode) then costs the server next to
// nothing. Hosts pass it to tea.WithFilter.
func Filter(tm tea.Model, msg tea.Msg) tea.Msg {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok || k.Text == "" || k.Mod&(tea.ModCtrl|tea.ModAlt) != 0 {
		return msg
	}
	m, ok := tm.(Model)
	if !ok || !m.accepting() || m.timers.Warned() || m.Confirm != ConfirmNone || m.ShowHelp || !m.Fits() {
		return msg
	}
	if f := m.field(); f != nil {
		if f.Full() {
			return nil
		}
		return msg
	}
	if !key.Matches(k, m.FullHelp()...) && !key.Matches(k, m.Keys.Up, m.Keys.Down, m.Keys.Choose, m.Keys.Number) {
		return nil
	}
	return msg
}

// field returns the text field of the current screen, or nil.
func (m *Model) field() *Field {
	switch m.Screen {
	case ScreenQuestion:
		switch m.Step.Kind {
		case consult.PlaceName:
			return &m.Place.Input
		case consult.Number:
			return &m.Field
		}
	case ScreenComparePlace:
		return &m.Compare.Input
	case ScreenObserve:
		return m.Observe.field()
	}
	return nil
}

// editField applies a typing key to a field; it reports whether the text
// changed. Backspace only ever deletes: in an empty field it does nothing,
// so holding it down never walks back through the questions.
func (m *Model) editField(msg tea.KeyPressMsg, f *Field) bool {
	k := m.Keys
	switch {
	case key.Matches(msg, k.DelBack):
		return f.Backspace()
	case key.Matches(msg, k.DelFwd):
		return f.Delete()
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
		return f.Insert(msg.Text)
	}
	return false
}

// edited reacts to a change of the current field's text.
func (m *Model) edited() {
	m.Err = lang.Text{}
	switch m.Screen {
	case ScreenQuestion:
		if m.Step.Kind == consult.PlaceName {
			m.search(&m.Place)
		}
	case ScreenComparePlace:
		m.search(&m.Compare)
	}
}
