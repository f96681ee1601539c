package model

import (
	"context"
	"time"
	"yibao/model/session"

	tea "charm.land/bubbletea/v2"

	"yibao/data/lang"
)

// ClosingMsg tells the advisor that the server is closing: it shows a
// notice and ends after the given time.
type ClosingMsg struct{ After time.Duration }

// checkMsg asks the advisor to look at its deadlines.
type checkMsg struct{}

// endMsg ends the session for a reason.
type endMsg struct{ why session.Ending }

// wait returns a command that delivers msg after d, or nothing once ctx is
// done: the goroutine behind it never outlives the session.
func wait(ctx context.Context, d time.Duration, msg tea.Msg) tea.Cmd {
	return func() tea.Msg {
		t := time.NewTimer(max(d, 0))
		defer t.Stop()
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
			return msg
		}
	}
}

// nextCheck schedules the one pending check of the deadlines.
func (m Model) nextCheck() tea.Cmd {
	if !m.timers.Active() {
		return nil
	}
	return wait(m.ctx, m.timers.Due().Sub(m.now()), checkMsg{})
}

// check handles a deadline check.
func (m Model) check() (tea.Model, tea.Cmd) {
	switch m.timers.Check(m.now()) {
	case session.EventTimeUp:
		return m.end(session.EndTimeUp)
	case session.EventIdle:
		return m.end(session.EndIdle)
	case session.EventWarn:
		m.Warning = session.IdleWarning(false, m.timers.Warn)
	}
	return m, m.nextCheck()
}

// end clears the answers and quits, recording why.
func (m Model) end(why session.Ending) (tea.Model, tea.Cmd) {
	m.reset()
	m.Ended = why
	return m, tea.Quit
}

// closing shows the server's closing notice and ends after a moment.
func (m Model) closing(msg ClosingMsg) (tea.Model, tea.Cmd) {
	m.Closing = true
	m.Notice = session.ClosingNotice()
	return m, wait(m.ctx, msg.After, endMsg{why: session.EndClosing})
}

// touch records a key press for the idle timer; it reports whether the
// key only dismissed the still-there question.
func (m *Model) touch() bool {
	if m.timers.Touch(m.now()) {
		m.Warning = lang.Text{}
		return true
	}
	return false
}
