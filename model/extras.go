package model

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"yibao/data"
)

// slipSavedMsg reports where the slip went.
type slipSavedMsg struct {
	path string
	err  data.Text
}

// SlipWidth is the width of a saved slip: an 80 mm receipt printer.
const SlipWidth = 48

// showSlip shows the slip full screen (to read out or photograph), saves it
// where the host keeps slips, and offers it to the clipboard over OSC 52
// where the host asks for that.
func (m Model) showSlip() (tea.Model, tea.Cmd) {
	m.ResultScroll = m.Scroll
	m.Step = StepSlip
	m.SlipPath, m.SlipErr, m.SlipCopied = "", data.Text{}, false
	text := m.render.Slip(m.State, SlipWidth)
	var cmds []tea.Cmd
	if m.saveSlip != nil {
		save, name := m.saveSlip, slipName(*m.Advice)
		cmds = append(cmds, func() tea.Msg {
			path, err := save(name, []byte(text))
			if err != nil {
				return slipSavedMsg{err: data.T("小票没有保存："+err.Error(), "The slip was not saved: "+err.Error())}
			}
			return slipSavedMsg{path: path}
		})
	}
	if m.copySlip {
		m.SlipCopied = true
		cmds = append(cmds, tea.SetClipboard(text))
	}
	return m, tea.Batch(cmds...)
}

// slipName names a slip by date and place, never by person:
// 2026-11-22-110100-beijing.txt.
func slipName(a data.Advice) string {
	return fmt.Sprintf("%s-%s-%s.txt", a.AsOf, a.Place.Code, strings.ReplaceAll(a.Place.Pinyin, " ", ""))
}

// leaveTo returns from a side screen, restoring the result's scroll.
func (m *Model) leaveTo(st Step) {
	m.Err = data.Text{}
	m.Step = st
	m.Scroll = 0
	if st == StepResult {
		m.Scroll = m.ResultScroll
	}
	if st == StepGuides {
		m.Cursor = index(guideIDs(m.Book), m.GuideID)
	}
}

// backFrom is where Esc leads from the compare and guide screens.
func (m *Model) backFrom() Step {
	if m.Step == StepGuides && m.From == StepCompare {
		return StepCompare
	}
	return StepResult
}

// comparePlaceKey picks the place where the person lives now.
func (m Model) comparePlaceKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if p, ok := m.pick(msg, &m.OtherPick); ok {
		a := m.Book.Advise(p, m.Advice.Profile, m.Advice.AsOf)
		m.Other = &a
		m.Step = StepCompare
		m.Scroll = 0
	}
	return m, nil
}

// readKey scrolls the compare and guide screens.
func (m Model) readKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.Keys
	l := m.layout()
	switch {
	case key.Matches(msg, k.Up):
		m.Scroll--
	case key.Matches(msg, k.Down):
		m.Scroll++
	case key.Matches(msg, k.PageDown, k.Toggle): // space pages on and on, as in a pager
		m.Scroll += l.Body - 1
	case key.Matches(msg, k.PageUp):
		m.Scroll -= l.Body - 1
	case key.Matches(msg, k.Top):
		m.Scroll = 0
	case key.Matches(msg, k.Bottom):
		m.Scroll = l.Lines
	case key.Matches(msg, k.Guides) && m.Step == StepCompare && m.Guides:
		m.openGuides()
		return m, nil
	case key.Matches(msg, k.Back), m.Step == StepSlip && key.Matches(msg, k.Enter, k.Slip):
		m.back()
		return m, nil
	case key.Matches(msg, k.QuitKey):
		m.Confirm = ConfirmQuit
	}
	m.clamp(l)
	return m, nil
}

// openGuides shows the list of more-help guides.
func (m *Model) openGuides() {
	if m.Step == StepResult {
		m.ResultScroll = m.Scroll
	}
	m.From = m.Step
	m.Step = StepGuides
	m.Cursor = 0
	m.Scroll = 0
}

// guidesKey: a number opens a guide; Up/Down and Enter work too.
func (m Model) guidesKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.Keys
	ids := guideIDs(m.Book)
	if len(ids) == 0 {
		m.back()
		return m, nil
	}
	switch {
	case key.Matches(msg, k.Number):
		if n := digit(msg.String()); n >= 1 && n <= len(ids) {
			m.openGuide(ids[n-1])
		}
	case key.Matches(msg, k.Up):
		m.Cursor = (m.Cursor + len(ids) - 1) % len(ids)
	case key.Matches(msg, k.Down):
		m.Cursor = (m.Cursor + 1) % len(ids)
	case key.Matches(msg, k.Enter):
		m.openGuide(ids[m.Cursor])
	case key.Matches(msg, k.Back):
		m.back()
	case key.Matches(msg, k.QuitKey):
		m.Confirm = ConfirmQuit
	}
	return m, nil
}

func (m *Model) openGuide(id string) {
	m.GuideID = id
	m.Step = StepGuide
	m.Scroll = 0
}

func guideIDs(b *data.Book) []string {
	if b == nil {
		return nil
	}
	var ids []string
	for _, g := range b.Guides() {
		ids = append(ids, g.ID)
	}
	return ids
}
