package model

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"yibao/data/advice"
	"yibao/data/lang"
)

// slipSavedMsg reports where the slip went.
type slipSavedMsg struct {
	path string
	err  lang.Text
}

// SlipWidth is the width of a saved slip: an 80 mm receipt printer.
const SlipWidth = 48

// showSlip shows the slip full screen (to read out or photograph), saves it
// where the host keeps slips (one file per consultation: pressing s again
// writes that file again, with the ticks as they are now, so the screen
// and the file agree), and offers it to the clipboard over OSC 52 where
// the host asks for that.
func (m Model) showSlip() (Model, tea.Cmd) {
	m.leave(ScreenSlip)
	var cmds []tea.Cmd
	if m.saveSlip != nil {
		m.SlipErr = lang.Text{}
		text := m.views.Slip(m.State)
		save, name, again := m.saveSlip, slipName(*m.Advice), m.SlipPath
		cmds = append(cmds, func() tea.Msg {
			path, err := save(name, again, []byte(text))
			if err != nil {
				msg := lang.Message(err)
				return slipSavedMsg{err: lang.T("小票没有保存："+msg.Zh, "The slip was not saved: "+msg.En)}
			}
			return slipSavedMsg{path: path}
		})
	}
	if m.copySlip {
		m.SlipCopied = true
		cmds = append(cmds, tea.SetClipboard(m.views.Slip(m.State)))
	}
	return m, tea.Batch(cmds...)
}

// slipName names a slip by date and place, never by person:
// 2026-11-22-110100-beijing.txt.
func slipName(a advice.Advice) string {
	return fmt.Sprintf("%s-%s-%s.txt", a.AsOf, a.Place.Code, strings.ReplaceAll(a.Place.Pinyin, " ", ""))
}

// comparePlaceKey picks the place where the person lives now.
func (m Model) comparePlaceKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	if key.Matches(msg, m.Keys.Back) {
		m.backTo(ScreenResult)
		return m, nil
	}
	if pm, ok := m.pick(msg, &m.Compare); ok {
		a := advice.Resolve(m.Book, pm.Place, m.Advice.Profile, m.Advice.AsOf)
		a.County = pm.County
		m.Other = &a
		m.Screen, m.Scroll = ScreenCompare, 0
	}
	return m, nil
}

// pageKey scrolls a body a page, or to its top or end; it reports whether
// the key was one of those.
func (m *Model) pageKey(msg tea.KeyPressMsg) bool {
	k := m.Keys
	switch {
	case key.Matches(msg, k.PageDown):
		m.scrollBy(max(1, m.Body.Rows-1))
	case key.Matches(msg, k.PageUp):
		m.scrollBy(-max(1, m.Body.Rows-1))
	case key.Matches(msg, k.Top):
		m.scrollBy(-len(m.Body.Lines))
	case key.Matches(msg, k.Bottom):
		m.scrollBy(len(m.Body.Lines))
	default:
		return false
	}
	return true
}

// readKey scrolls a body to read (source, slip, comparison, guide) line
// by line or a page at a time, and asks before q quits; it reports whether
// the key was one of those.
func (m *Model) readKey(msg tea.KeyPressMsg) bool {
	k := m.Keys
	switch {
	case key.Matches(msg, k.Up):
		m.scrollBy(-1)
	case key.Matches(msg, k.Down):
		m.scrollBy(1)
	case key.Matches(msg, k.Toggle): // space pages on and on, as in a pager
		m.scrollBy(max(1, m.Body.Rows-1))
	case key.Matches(msg, k.QuitKey):
		m.Confirm = ConfirmQuit
	default:
		return m.pageKey(msg)
	}
	return true
}

// closeKey reads the source or the slip; Esc, Enter or the key that
// opened it goes back to the result.
func (m Model) closeKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.Keys
	if !m.readKey(msg) && key.Matches(msg, k.Back, k.Enter, k.Slip, k.Source) {
		m.backTo(ScreenResult)
	}
	return m, nil
}

// compareKey reads the comparison; g opens the guides, Esc goes back to
// the result.
func (m Model) compareKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.Keys
	switch {
	case m.readKey(msg):
	case key.Matches(msg, k.Guides) && m.Guides:
		m.openGuides()
	case key.Matches(msg, k.Back):
		m.backTo(ScreenResult)
	}
	return m, nil
}

// guideKey reads a guide; Esc goes back to the list.
func (m Model) guideKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	if !m.readKey(msg) && key.Matches(msg, m.Keys.Back) {
		m.Screen, m.Scroll = ScreenGuides, 0
		m.Cursor = m.guideIndex(m.GuideID)
	}
	return m, nil
}

// openGuides shows the list of more-help guides.
func (m *Model) openGuides() {
	if m.Screen == ScreenResult {
		m.ResultScroll = m.Scroll
	}
	m.From = m.Screen
	m.Screen, m.Cursor, m.Scroll = ScreenGuides, 0, 0
}

// guidesKey: a number opens a guide; Up/Down and Enter work too.
func (m Model) guidesKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.Keys
	n := len(m.Book.Guides())
	switch {
	case key.Matches(msg, k.Back) || n == 0:
		m.Screen = m.From
		if m.From == ScreenResult {
			m.Scroll = m.ResultScroll
		}
	case key.Matches(msg, k.Number):
		if d := digit(msg.String()); d >= 1 && d <= n {
			m.openGuide(m.Book.Guides()[d-1].ID)
		}
	case key.Matches(msg, k.Up):
		m.Cursor = (m.Cursor + n - 1) % n
	case key.Matches(msg, k.Down):
		m.Cursor = (m.Cursor + 1) % n
	case key.Matches(msg, k.Enter):
		m.openGuide(m.Book.Guides()[m.Cursor].ID)
	case key.Matches(msg, k.QuitKey):
		m.Confirm = ConfirmQuit
	}
	return m, nil
}

func (m *Model) openGuide(id string) {
	m.GuideID = id
	m.Screen, m.Scroll = ScreenGuide, 0
}

func (m *Model) guideIndex(id string) int {
	for i, g := range m.Book.Guides() {
		if g.ID == id {
			return i
		}
	}
	return 0
}
