package model

import (
	"context"
	"io"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"yibao/internal/testkit"
)

// clock is a settable time source.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

func timedModel(t *testing.T, c *clock) Model {
	t.Helper()
	return New(Options{Book: testkit.Book(t), Places: testkit.Places(t), Now: c.now, Idle: 15 * time.Minute, IdleWarn: time.Minute, MaxSession: 2 * time.Hour})
}

func step(t *testing.T, m Model, msg tea.Msg) (Model, tea.Cmd) {
	t.Helper()
	next, cmd := m.Update(msg)
	return next.(Model), cmd
}

func isQuit(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	_, ok := cmd().(tea.QuitMsg)
	return ok
}

func TestIdleWarningThenEnd(t *testing.T) {
	c := &clock{testkit.Now()}
	m := timedModel(t, c)
	if m.nextCheck() == nil {
		t.Fatal("a timed advisor must schedule its check")
	}
	m, _ = step(t, m, tea.KeyPressMsg{Code: '1', Text: "1"})
	m, _ = step(t, m, tea.KeyPressMsg{Code: '2', Text: "2"})
	c.t = c.t.Add(10 * time.Minute)
	m, _ = step(t, m, checkMsg{})
	if !m.Warning.IsZero() || m.Ended != EndNone {
		t.Fatal("no warning before 14 minutes")
	}
	c.t = c.t.Add(4 * time.Minute)
	m, _ = step(t, m, checkMsg{})
	if m.Warning.IsZero() || !m.timers.Warned() || !strings.Contains(m.Warning.Zh, "1 分钟后") {
		t.Fatalf("the still-there question should show after 14 minutes, saying when: %q", m.Warning.Zh)
	}
	// A key dismisses the question and does nothing else.
	m, _ = step(t, m, tea.KeyPressMsg{Code: 'x', Text: "x"})
	if !m.Warning.IsZero() || m.Place.Input.Value() != "" || m.Step.ID != "place" {
		t.Fatalf("the key should only dismiss the question: warning %q field %q", m.Warning.Zh, m.Place.Input.Value())
	}
	m, _ = step(t, m, tea.KeyPressMsg{Code: 'c', Text: "c"})
	// The next check comes late, past the whole idle time: it still warns
	// first and gives the warning its minute.
	c.t = c.t.Add(15 * time.Minute)
	m, _ = step(t, m, checkMsg{})
	if m.Ended != EndNone || m.Warning.IsZero() {
		t.Fatalf("a late check must warn before it ends: ended %v", m.Ended)
	}
	c.t = c.t.Add(time.Minute)
	m, cmd := step(t, m, checkMsg{})
	if m.Ended != EndIdle || !isQuit(cmd) {
		t.Fatalf("a minute after the warning the session ends: ended %v", m.Ended)
	}
	if m.Answers.Insurance != "" || m.Place.Input.Value() != "" {
		t.Fatal("the answers must be cleared on expiry")
	}
}

func TestMaxSession(t *testing.T) {
	c := &clock{testkit.Now()}
	m := timedModel(t, c)
	for range 20 { // busy all along
		c.t = c.t.Add(6 * time.Minute)
		m, _ = step(t, m, tea.KeyPressMsg{Code: tea.KeyTab})
	}
	m, cmd := step(t, m, checkMsg{})
	if m.Ended != EndTimeUp || !isQuit(cmd) {
		t.Fatalf("after two hours the session ends: %v", m.Ended)
	}
}

func TestClosingNoticeSurvivesIdleWarning(t *testing.T) {
	c := &clock{testkit.Now()}
	m := timedModel(t, c)
	c.t = c.t.Add(14 * time.Minute)
	m, _ = step(t, m, checkMsg{})
	m, _ = step(t, m, ClosingMsg{After: time.Second})
	m, _ = step(t, m, tea.KeyPressMsg{Code: 'x', Text: "x"})
	if !m.Closing || m.Notice != ClosingNotice() {
		t.Fatalf("a key must not clear the closing notice: %q", m.Notice.Zh)
	}
}

func TestClosing(t *testing.T) {
	c := &clock{testkit.Now()}
	m := timedModel(t, c)
	m, cmd := step(t, m, ClosingMsg{After: time.Millisecond})
	if !m.Closing || m.Notice.Zh == "" || cmd == nil {
		t.Fatal("closing should show a notice and schedule the end")
	}
	m, _ = step(t, m, tea.KeyPressMsg{Code: '1', Text: "1"})
	if m.Step.ID != "insurance" || !m.Closing {
		t.Fatal("keys do nothing while closing")
	}
	msg := cmd()
	m, cmd = step(t, m, msg)
	if m.Ended != EndClosing || !isQuit(cmd) {
		t.Fatalf("the closing timer ends the session: %v", m.Ended)
	}
}

func TestWaitStopsWithContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cmd := wait(ctx, time.Hour, checkMsg{})
	done := make(chan tea.Msg)
	go func() { done <- cmd() }()
	cancel()
	if msg := <-done; msg != nil {
		t.Fatalf("a cancelled wait returns nothing, got %T", msg)
	}
	if msg := wait(context.Background(), 0, checkMsg{})(); msg != (checkMsg{}) {
		t.Fatalf("an elapsed wait returns its message, got %T", msg)
	}
}

func TestUntimedHasNoTimer(t *testing.T) {
	m := New(Options{Book: testkit.Book(t)})
	if m.nextCheck() != nil {
		t.Fatal("the local advisor starts no timer")
	}
}

// TestTimers: one definition of the deadlines, as both modes use it.
func TestTimers(t *testing.T) {
	start := testkit.Now()
	tm := NewTimers(15*time.Minute, time.Minute, 2*time.Hour, start)
	if got := tm.Due(); !got.Equal(start.Add(14 * time.Minute)) {
		t.Fatalf("first check due %v", got.Sub(start))
	}
	if e := tm.Check(start.Add(13 * time.Minute)); e != EventNone {
		t.Fatalf("early check: %v", e)
	}
	if e := tm.Check(start.Add(14 * time.Minute)); e != EventWarn {
		t.Fatalf("at 14 minutes: %v", e)
	}
	if e := tm.Check(start.Add(15 * time.Minute)); e != EventIdle {
		t.Fatalf("at 15 minutes: %v", e)
	}
	if !tm.Touch(start.Add(15*time.Minute)) || tm.Touch(start.Add(15*time.Minute)) {
		t.Fatal("the first input answers the warning, the next is input")
	}
	if e := tm.Check(start.Add(2 * time.Hour)); e != EventTimeUp {
		t.Fatalf("at two hours: %v", e)
	}
}

// TestLineModeTimers: the line mode ends on the same deadlines as the
// screens, with the still-there question first.
func TestLineModeTimers(t *testing.T) {
	c := &clock{testkit.Now()}
	l := NewLine(Options{Book: testkit.Book(t), Places: testkit.Places(t), Now: c.now})
	r, w := io.Pipe()
	defer w.Close()
	var out strings.Builder
	timers := NewTimers(50*time.Millisecond, 25*time.Millisecond, time.Hour, time.Now())
	why := RunLines(context.Background(), l, LineIO{In: r, Out: &syncWriter{b: &out}, Render: func(*Line, int) string { return "?\n" }, Timers: timers})
	if why != EndIdle || !strings.Contains(out.String(), "还在吗") {
		t.Fatalf("ended %v, output %q", why, out.String())
	}
}

// TestLineModeLongLine: a line longer than any answer is cut, and said so,
// instead of ending the session.
func TestLineModeLongLine(t *testing.T) {
	l := NewLine(Options{Book: testkit.Book(t), Places: testkit.Places(t), Now: testkit.Now})
	in := strings.Repeat("x", 100_000) + "\n1\n"
	var out strings.Builder
	why := RunLines(context.Background(), l, LineIO{In: strings.NewReader(in), Out: &syncWriter{b: &out}, Render: func(l *Line, _ int) string { return string(l.Step.ID) + "\n" }})
	if why != EndNone || !strings.Contains(out.String(), "这一行太长") || l.Answers.Insurance != "employee" {
		t.Fatalf("ended %v, insurance %q, output %.300q", why, l.Answers.Insurance, out.String())
	}
}

type syncWriter struct{ b *strings.Builder }

func (s *syncWriter) Write(p []byte) (int, error) { return s.b.Write(p) }
