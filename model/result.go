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
			m.Focus = -1
			m.Scroll = 0
		}
	case key.Matches(msg, k.Down):
		if m.Focus < n-1 {
			m.Focus++
			m.reveal()
		} else {
			m.scrollBy(1 << 20)
			m.followScroll(m.layout())
		}
	case key.Matches(msg, k.Toggle, k.Open) && n == 0:
	case key.Matches(msg, k.Toggle, k.Open) && m.Focus < 0:
		// Nothing is focused yet: go to the first channel, act on nothing unseen.
		m.Focus = 0
		m.reveal()
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
		m.followScroll(l)
	case key.Matches(msg, k.PageUp):
		l := m.layout()
		m.Scroll -= l.Body - 1
		m.clamp(l)
		m.followScroll(l)
	case key.Matches(msg, k.Top):
		m.Scroll = 0
		m.followScroll(m.layout())
	case key.Matches(msg, k.Bottom):
		m.scrollBy(1 << 20)
		m.followScroll(m.layout())
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
	case key.Matches(msg, k.Back):
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
	m.clamp(m.layout())
}

// clampScroll keeps the scroll position inside the body and, on the
// result, the focused channel in view (after a resize or a language switch).
func (m *Model) clampScroll() {
	switch m.Step {
	case StepResult:
		m.reveal()
	case StepSlip, StepCompare, StepGuide:
		m.clamp(m.layout())
	}
}

func (m *Model) clamp(l Layout) {
	m.Scroll = max(0, min(m.Scroll, l.Lines-l.Body))
}

// followScroll moves the checklist focus onto a channel in view after a
// scroll, or clears it when none is, so Space and Enter never act on a row
// that cannot be seen.
func (m *Model) followScroll(l Layout) {
	visible := func(i int) bool {
		return i >= 0 && i < len(l.Anchors) && l.Anchors[i][0] >= m.Scroll && l.Anchors[i][0] < m.Scroll+l.Body
	}
	if visible(m.Focus) {
		return
	}
	m.Focus = -1
	for i := range l.Anchors {
		if visible(i) {
			m.Focus = i
			return
		}
	}
}

// reveal scrolls so the focused channel shows, its first row at least.
func (m *Model) reveal() {
	l := m.layout()
	if m.Focus < 0 || m.Focus >= len(l.Anchors) || l.Body <= 0 {
		m.clamp(l)
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
