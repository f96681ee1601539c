package model

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"yibao/data"
)

// resultKey: the checklist (move, tick, open) and scrolling.
func (m Model) resultKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.Keys
	n := len(m.Advice.Channels)
	switch {
	case key.Matches(msg, k.Up):
		if m.Focus > 0 {
			m.Focus--
			m.reveal()
		} else {
			m.Scroll = 0
		}
	case key.Matches(msg, k.Down):
		if m.Focus < n-1 {
			m.Focus++
			m.reveal()
		} else {
			m.scrollBy(1 << 20)
		}
	case key.Matches(msg, k.Toggle):
		id := m.Advice.Channels[m.Focus].Channel.ID
		m.Ticks[id] = !m.Ticks[id]
		m.reveal()
	case key.Matches(msg, k.Open):
		id := m.Advice.Channels[m.Focus].Channel.ID
		m.Opened[id] = !m.Opened[id]
		m.reveal()
	case key.Matches(msg, k.PageDown):
		l := m.layout()
		m.Scroll += l.Body - 1
		m.clamp(l)
	case key.Matches(msg, k.PageUp):
		l := m.layout()
		m.Scroll -= l.Body - 1
		m.clamp(l)
	case key.Matches(msg, k.Top):
		m.Scroll = 0
	case key.Matches(msg, k.Bottom):
		m.scrollBy(1 << 20)
	case key.Matches(msg, k.New):
		m.reset()
	case key.Matches(msg, k.Slip) && m.Slips:
		return m.showSlip()
	case key.Matches(msg, k.Compare) && m.Compare:
		m.ResultScroll = m.Scroll
		m.Err = data.Text{}
		m.Step = StepComparePlace
		m.search(&m.OtherPick)
	case key.Matches(msg, k.Guides) && m.Guides:
		m.openGuides()
	case key.Matches(msg, k.Back), msg.String() == "backspace":
		m.back()
	case key.Matches(msg, k.QuitKey):
		m.Confirm = ConfirmQuit
	}
	return m, nil
}

func (m *Model) layout() Layout {
	if m.render == nil {
		return Layout{}
	}
	return m.render.Layout(m.State)
}

// scrollBy moves the result body by n rows within its bounds.
func (m *Model) scrollBy(n int) {
	m.Scroll += n
	m.clampScroll()
}

// clampScroll keeps the scroll position inside the body.
func (m *Model) clampScroll() {
	switch m.Step {
	case StepResult, StepSlip, StepCompare, StepGuide:
		m.clamp(m.layout())
	}
}

func (m *Model) clamp(l Layout) {
	m.Scroll = max(0, min(m.Scroll, l.Lines-l.Body))
}

// reveal scrolls so the focused channel shows, its first row at least.
func (m *Model) reveal() {
	l := m.layout()
	if m.Focus >= len(l.Anchors) || l.Body <= 0 {
		return
	}
	first, last := l.Anchors[m.Focus][0], l.Anchors[m.Focus][1]
	if last >= m.Scroll+l.Body {
		m.Scroll = last - l.Body + 1
	}
	if first < m.Scroll {
		m.Scroll = first
	}
	m.clamp(l)
}
