package model

import (
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"yibao/data/consult"
	"yibao/data/lang"
)

// resultKey handles a key on the advice: Up and Down read it line by line
// and move through the checklist items when they come into view; Space
// ticks and Enter opens the focused item.
func (m Model) resultKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	said := !m.Record.Said.IsZero()
	m.Record.Said = lang.Text{} // said once, under the result
	m, cmd := m.checklistKey(msg)
	m.still = m.still && !said // the line it took went: the body has more room
	return m, cmd
}

// checklistKey acts on the result's text and checklist.
func (m Model) checklistKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.Keys
	n := len(m.Advice.Channels)
	switch {
	case key.Matches(msg, k.Down):
		m.down(n)
	case key.Matches(msg, k.Up):
		m.up()
	case key.Matches(msg, k.Toggle, k.Open) && n == 0:
		m.still = true
	case key.Matches(msg, k.Toggle, k.Open) && m.Focus < 0:
		// Nothing is focused yet: focus the first item if it is in view,
		// act on nothing unseen, and never scroll the figure away.
		m.still = !m.visible(0)
		if m.visible(0) {
			m.Focus = 0
			m.restyle(-1, 0)
		}
	case key.Matches(msg, k.Toggle):
		id := m.Advice.Channels[m.Focus].Channel.ID
		m.Ticks[id] = !m.Ticks[id]
		m.restyle(m.Focus)
	case key.Matches(msg, k.Open):
		id := m.Advice.Channels[m.Focus].Channel.ID
		m.Opened[id] = !m.Opened[id]
		m.reopen(m.Focus)
		m.measure()
		m.reveal()
	case m.page(msg):
	case key.Matches(msg, k.New):
		m.Confirm = ConfirmNew
	case key.Matches(msg, k.Source):
		m.leave(ScreenSource)
	case key.Matches(msg, k.Slip) && m.Slips:
		return m.showSlip()
	case key.Matches(msg, k.Compare) && m.Compares:
		// The field starts empty each time: a place typed before would
		// run into the next words typed.
		m.leave(ScreenComparePlace)
		m.Compare.Input.Clear()
		m.search(&m.Compare)
	case key.Matches(msg, k.Guides) && m.Guides:
		m.openGuides()
	case key.Matches(msg, k.Record) && m.Recording && m.canRecord():
		m.openRecord()
	case key.Matches(msg, k.Back) && m.Focus >= 0 && m.Opened[m.Advice.Channels[m.Focus].Channel.ID]:
		// Esc first closes the item it opened, as people expect.
		m.Opened[m.Advice.Channels[m.Focus].Channel.ID] = false
		m.reopen(m.Focus)
		m.measure()
		m.reveal()
	case key.Matches(msg, k.Back):
		m.ask(consult.Last(m.Answers))
	case key.Matches(msg, k.QuitKey):
		m.Confirm = ConfirmQuit
	default:
		m.still = true // a key that does nothing here
	}
	return m, nil
}

// restyle draws again, in place in the body as drawn, the checklist
// items whose focus or tick changed, rather than the whole result: the
// keys that move through the checklist then cost an item or two, not a
// page. An item drawn to another height (never so far) redraws the body;
// opening one is reopen's.
// Items that did not change (the same focus twice, or none) are skipped.
func (m *Model) restyle(items ...int) {
	if m.views == nil {
		return
	}
	if len(items) == 2 && items[0] == items[1] {
		return // the focus stayed: a scroll, or nothing
	}
	a := m.Body.Anchors
	var lines []string
	for _, i := range items {
		if i < 0 || i >= len(a) {
			continue
		}
		drawn := m.views.Item(m.State, i)
		first, last := a[i][0], a[i][1]
		if len(drawn) != last-first+1 || last >= len(m.Body.Lines) {
			m.still = false
			return
		}
		if lines == nil {
			// The lines are shared with the states before this one.
			lines = slices.Clone(m.Body.Lines)
		}
		copy(lines[first:], drawn)
	}
	if lines != nil {
		m.Body.Lines, m.still = lines, true
	}
}

// reopen draws again item i, opened or closed, in place of its lines as
// drawn, the items after it moving down or up. A body that comes to fit
// in the window, or no longer fits, is drawn again whole: its rows change.
func (m *Model) reopen(i int) {
	a := m.Body.Anchors
	if m.views == nil || i < 0 || i >= len(a) {
		return
	}
	first, last := a[i][0], a[i][1]
	old := m.Body.Lines
	if last >= len(old) {
		return
	}
	drawn := m.views.Item(m.State, i)
	d := len(drawn) - (last - first + 1)
	// The rows shown stay as they were while the body scrolls before and
	// after, or fits before and after (the window's rows, less one that
	// says there is more when it scrolls).
	rows, scrolls := m.Body.Rows, len(old) > m.Body.Rows
	if scrolls {
		rows++
	}
	if m.Body.Rows <= 1 || scrolls != (len(old)+d > rows) {
		return
	}
	lines := make([]string, 0, len(old)+d)
	lines = append(append(append(lines, old[:first]...), drawn...), old[last+1:]...)
	anchors := slices.Clone(a)
	anchors[i][1] += d
	for j := i + 1; j < len(anchors); j++ {
		anchors[j][0] += d
		anchors[j][1] += d
	}
	m.Body.Lines, m.Body.Anchors, m.still = lines, anchors, true
}

// page scrolls a page, or to the top or the end, and reports whether the
// key was one of those. PgUp and PgDn skip past items unseen, so they take
// no item into focus (PgDn from the text does not land on item 2): the
// focus stays only on the item it was on, still in view. End lands on
// the list, focused.
func (m *Model) page(msg tea.KeyPressMsg) bool {
	was := m.Focus
	if !m.pageKey(msg) {
		return false
	}
	if f := m.Focus; f != was && key.Matches(msg, m.Keys.PageDown, m.Keys.PageUp) {
		m.Focus = -1
		m.restyle(f) // drawn again unfocused, in place
	}
	return true
}

// down moves one line down the advice, or to the next checklist item once
// the items are in view.
func (m *Model) down(n int) {
	switch {
	case m.Focus >= 0 && m.Focus+1 < n:
		m.Focus++
		m.restyle(m.Focus-1, m.Focus)
		m.reveal()
	case m.Focus < 0 && n > 0 && m.visible(0):
		m.Focus = 0
		m.restyle(-1, 0)
		m.reveal()
	default:
		m.scrollBy(1)
	}
}

// up moves one line up, or to the previous checklist item, or out of the
// checklist into the text above it.
func (m *Model) up() {
	switch {
	case m.Focus > 0 && m.visible(m.Focus):
		m.Focus--
		m.restyle(m.Focus+1, m.Focus)
		m.reveal()
	case m.Focus == 0 && m.visible(0):
		m.Focus = -1
		m.restyle(0, -1)
		m.Scroll = max(0, m.Scroll-1)
	default:
		m.scrollBy(-1)
	}
}

// scrollBy moves the view by n lines and keeps the focus on an item in
// view, or clears it, so that Space and Enter never act on a line that
// cannot be seen.
func (m *Model) scrollBy(n int) {
	m.Scroll += n
	m.clamp()
	m.still = true // the body as drawn holds, unless the focus moves
	if m.Screen != ScreenResult || m.visible(m.Focus) {
		return
	}
	was := m.Focus
	m.Focus = -1
	for i := range m.Body.Anchors {
		if m.visible(i) {
			m.Focus = i
			break
		}
	}
	m.restyle(was, m.Focus)
}

// visible reports whether item i's first line is in view.
func (s State) visible(i int) bool {
	a := s.Body.Anchors
	return i >= 0 && i < len(a) && a[i][0] >= s.Scroll && a[i][0] < s.Scroll+s.Body.Rows
}

// reveal scrolls so the focused item shows, its first line at least.
func (m *Model) reveal() {
	a := m.Body.Anchors
	if m.Screen != ScreenResult || m.Focus < 0 || m.Focus >= len(a) || m.Body.Rows <= 0 {
		m.clamp()
		return
	}
	first, last := a[m.Focus][0], a[m.Focus][1]
	if last >= m.Scroll+m.Body.Rows {
		m.Scroll = last - m.Body.Rows + 1
	}
	if first < m.Scroll {
		m.Scroll = first
	}
	m.clamp()
}

// leave goes from the result to a side screen, keeping the result's scroll.
func (m *Model) leave(to Screen) {
	m.ResultScroll = m.Scroll
	m.From = m.Screen
	m.Screen, m.Scroll, m.Err = to, 0, lang.Text{}
}

// backTo returns from a side screen, restoring the result's scroll.
func (m *Model) backTo(to Screen) {
	m.Err = lang.Text{}
	m.Screen, m.Scroll = to, 0
	if to == ScreenResult {
		m.Scroll = m.ResultScroll
	}
}
