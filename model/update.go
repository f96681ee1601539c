package model

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"yibao/model/field"
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
		case asked == ConfirmTakeBack:
			return m, m.takeBack()
		}
		return m, nil
	}
	if m.ShowHelp {
		switch {
		case key.Matches(msg, k.Down, k.PageDown):
			m.HelpScroll++
			m.still = true
		case key.Matches(msg, k.Up, k.PageUp):
			m.HelpScroll = max(0, m.HelpScroll-1)
			m.still = true
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
		m.Keys = keyMap(m.Lang)
		m.measure()
		m.reveal()
		return m, nil
	case key.Matches(msg, k.Help):
		m.ShowHelp = true
		return m, nil
	}
	if e := m.Screen.entry(); e.key != nil {
		return e.key(m, msg)
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

// editField applies a typing key to a field; it reports whether the text
// changed. Backspace only ever deletes: in an empty field it does nothing,
// so holding it down never walks back through the questions.
func (m *Model) editField(msg tea.KeyPressMsg, f *field.Field) bool {
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
