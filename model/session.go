package model

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"

	"yibao/data"
)

// Ending says why a session ended, for the host to tell the person.
type Ending int

// Endings.
const (
	EndNone    Ending = iota
	EndIdle           // nobody pressed a key for the idle time; the answers were cleared
	EndTimeUp         // the session reached its longest allowed time
	EndClosing        // the server is closing
	EndQuit           // the person pressed Ctrl+C or Ctrl+D in line mode
)

// ClosingMsg tells the advisor that the server is closing: it shows a
// notice and ends after the given time.
type ClosingMsg struct{ After time.Duration }

// checkMsg asks the advisor to look at its idle and session deadlines.
type checkMsg struct{}

// endMsg ends the session for a reason.
type endMsg struct{ why Ending }

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

// timed reports whether the advisor watches idle or session time.
func (m Model) timed() bool { return m.idle > 0 || m.maxSession > 0 }

// nextCheck schedules the single pending deadline check: the idle warning,
// the idle end, or the session's end, whichever comes first.
func (m Model) nextCheck() tea.Cmd {
	now := m.now()
	var at time.Time
	if m.idle > 0 {
		at = m.lastKey.Add(m.idle - m.idleWarn)
		if m.warned {
			at = later(m.lastKey.Add(m.idle), m.warnedAt.Add(m.idleWarn))
		}
	}
	if m.maxSession > 0 {
		if end := m.started.Add(m.maxSession); at.IsZero() || end.Before(at) {
			at = end
		}
	}
	return wait(m.ctx, at.Sub(now), checkMsg{})
}

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// check handles a deadline check.
func (m Model) check() (tea.Model, tea.Cmd) {
	now := m.now()
	switch {
	case m.maxSession > 0 && !now.Before(m.started.Add(m.maxSession)):
		return m.end(EndTimeUp)
	case m.idle > 0 && !now.Before(m.lastKey.Add(m.idle-m.idleWarn)) && !m.warned:
		// Warn first, even when the check comes late, and give the warning
		// its full time before ending.
		m.warned = true
		m.warnedAt = now
		if !m.Closing {
			m.Notice = IdleWarning(false)
		}
	case m.idle > 0 && m.warned && !now.Before(m.warnedAt.Add(m.idleWarn)) && !now.Before(m.lastKey.Add(m.idle)):
		return m.end(EndIdle)
	}
	return m, m.nextCheck()
}

// IdleWarning is the still-there question, for a screen (any key) or for
// the line mode (any answer).
func IdleWarning(line bool) data.Text {
	if line {
		return data.T("还在吗？长时间没有操作，稍后会清除答案并断开连接。输入任何内容继续。",
			"Still there? Nothing has been typed for a while; soon the answers will be cleared and the session will end. Type anything to continue.")
	}
	return data.T("还在吗？长时间没有操作，稍后会清除答案并断开连接。按任意键继续。",
		"Still there? Nothing has been pressed for a while; soon the answers will be cleared and the session will end. Press any key to continue.")
}

// end clears the answers and quits, recording why.
func (m Model) end(why Ending) (tea.Model, tea.Cmd) {
	m.reset()
	m.Ended = why
	return m, tea.Quit
}

// closing shows the server's closing notice and ends after a moment.
func (m Model) closing(msg ClosingMsg) (tea.Model, tea.Cmd) {
	m.Closing = true
	m.Notice = m.closingNotice()
	return m, wait(m.ctx, msg.After, endMsg{why: EndClosing})
}

func (Model) closingNotice() data.Text {
	return data.T("服务器即将关闭，本次咨询到此结束。谢谢！", "The server is closing; this consultation ends here. Thank you!")
}

// touch records a key press for the idle timer; it reports whether the
// key only dismissed the idle warning.
func (m *Model) touch() bool {
	m.lastKey = m.now()
	if m.warned {
		m.warned = false
		if !m.Closing {
			m.Notice = data.Text{}
		}
		return true
	}
	return false
}
