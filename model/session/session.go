// Package session holds what every front end of a session shares: its
// deadlines (the still-there question, the idle end, the longest session)
// and the reasons it ends. The screens check them through commands, the
// line mode through a timer; both use these.
package session

import (
	"time"

	"yibao/data/lang"
)

// Ending says why a session ended, for the host to tell the person.
type Ending int

// Endings.
const (
	EndNone    Ending = iota
	EndIdle           // nobody pressed a key for the idle time; the answers were cleared
	EndTimeUp         // the session reached its longest allowed time
	EndClosing        // the server is closing
	EndQuit           // the person asked to stop (Ctrl+C or Ctrl+D in line mode)
)

// Timers are a session's deadlines: a still-there question some time
// before the idle end, the idle end itself, and the longest session. They
// are defined once: the screens check them through commands, the line mode
// through a timer.
type Timers struct {
	Idle, Warn, Max time.Duration
	start, last     time.Time
	warnedAt        time.Time
	warned          bool
}

// Event is what a check of the timers finds due.
type Event int

// Events.
const (
	EventNone   Event = iota
	EventWarn         // ask whether the person is still there
	EventIdle         // end: nobody answered the question
	EventTimeUp       // end: the longest session is over
)

// NewTimers starts the deadlines at now. Zero durations mean never; the
// warning comes a minute (or half the idle time) before the idle end.
func NewTimers(idle, warn, longest time.Duration, now time.Time) Timers {
	if warn <= 0 || warn >= idle {
		warn = min(time.Minute, idle/2)
	}
	return Timers{Idle: idle, Warn: warn, Max: longest, start: now, last: now}
}

// Active reports whether any deadline is set.
func (t Timers) Active() bool { return t.Idle > 0 || t.Max > 0 }

// Warned reports whether the still-there question is showing.
func (t Timers) Warned() bool { return t.warned }

// Touch records input. It reports whether the input only answered the
// still-there question.
func (t *Timers) Touch(now time.Time) bool {
	t.last = now
	if t.warned {
		t.warned = false
		return true
	}
	return false
}

// Due is when the next check should run; zero when never.
func (t Timers) Due() time.Time {
	var at time.Time
	if t.Idle > 0 {
		at = t.last.Add(t.Idle - t.Warn)
		if t.warned {
			at = later(t.last.Add(t.Idle), t.warnedAt.Add(t.Warn))
		}
	}
	if t.Max > 0 {
		if end := t.start.Add(t.Max); at.IsZero() || end.Before(at) {
			at = end
		}
	}
	return at
}

// Check finds what is due at now. The warning always comes first, even
// when the check comes late, and gets its full time before the end.
func (t *Timers) Check(now time.Time) Event {
	switch {
	case t.Max > 0 && !now.Before(t.start.Add(t.Max)):
		return EventTimeUp
	case t.Idle > 0 && !t.warned && !now.Before(t.last.Add(t.Idle-t.Warn)):
		t.warned, t.warnedAt = true, now
		return EventWarn
	case t.Idle > 0 && t.warned && !now.Before(t.warnedAt.Add(t.Warn)) && !now.Before(t.last.Add(t.Idle)):
		return EventIdle
	}
	return EventNone
}

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// IdleWarning is the still-there question: what happens and when, without
// hiding what the person was reading (the screens show it in the footer).
func IdleWarning(line bool, left time.Duration) lang.Text {
	mins := max(1, int((left+30*time.Second)/time.Minute))
	act := lang.T("按任意键继续", "Press any key to continue")
	if line {
		act = lang.T("输入任何内容后回车继续", "Type anything and press Enter to continue")
	}
	return lang.F("还在吗？很久没有操作了，%d 分钟后会清除答案并断开。"+act.Zh+"。",
		"Still there? Nothing has happened for a while; in %d minutes the answers are cleared and the session ends. "+act.En+".", mins)
}

// ClosingNotice is what the screens say when the server closes.
func ClosingNotice() lang.Text {
	return lang.T("服务器即将关闭，本次咨询到此结束。谢谢！", "The server is closing; this consultation ends here. Thank you!")
}
