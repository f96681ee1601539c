package model

import (
	"context"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"yibao/data"
)

// clock is a settable time source.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

func timedModel(t *testing.T, c *clock) Model {
	t.Helper()
	b, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return New(Options{Book: b, Now: c.now, Idle: 15 * time.Minute, IdleWarn: time.Minute, MaxSession: 2 * time.Hour})
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
	c := &clock{time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)}
	m := timedModel(t, c)
	if m.Init() == nil {
		t.Fatal("a timed advisor must schedule its check")
	}
	m, _ = step(t, m, tea.KeyPressMsg{Code: '1', Text: "1"})
	c.t = c.t.Add(10 * time.Minute)
	m, _ = step(t, m, checkMsg{})
	if m.Notice.Zh != "" || m.Ended != EndNone {
		t.Fatal("no warning before 14 minutes")
	}
	c.t = c.t.Add(4 * time.Minute)
	m, _ = step(t, m, checkMsg{})
	if m.Notice.Zh == "" || !m.warned {
		t.Fatal("the still-there question should show after 14 minutes")
	}
	// A key dismisses the question and does nothing else.
	m, _ = step(t, m, tea.KeyPressMsg{Code: 'x', Text: "x"})
	if m.Notice.Zh != "" || m.PlacePick.Input.Value() != "" || m.Step != StepPlace {
		t.Fatalf("the key should only dismiss the question: notice %q field %q", m.Notice.Zh, m.PlacePick.Input.Value())
	}
	m, _ = step(t, m, tea.KeyPressMsg{Code: 'c', Text: "c"})
	// The next check comes late, past the whole idle time: it still warns
	// first and gives the warning its minute.
	c.t = c.t.Add(15 * time.Minute)
	m, _ = step(t, m, checkMsg{})
	if m.Ended != EndNone || m.Notice.Zh == "" {
		t.Fatalf("a late check must warn before it ends: ended %v", m.Ended)
	}
	c.t = c.t.Add(time.Minute)
	m, cmd := step(t, m, checkMsg{})
	if m.Ended != EndIdle || !isQuit(cmd) {
		t.Fatalf("a minute after the warning the session ends: ended %v", m.Ended)
	}
	if m.Insurance != "" || m.PlacePick.Input.Value() != "" {
		t.Fatal("the answers must be cleared on expiry")
	}
}

func TestMaxSession(t *testing.T) {
	c := &clock{time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)}
	m := timedModel(t, c)
	for i := 0; i < 20; i++ { // busy all along
		c.t = c.t.Add(6 * time.Minute)
		m, _ = step(t, m, tea.KeyPressMsg{Code: tea.KeyTab})
	}
	m, cmd := step(t, m, checkMsg{})
	if m.Ended != EndTimeUp || !isQuit(cmd) {
		t.Fatalf("after two hours the session ends: %v", m.Ended)
	}
}

func TestClosingNoticeSurvivesIdleWarning(t *testing.T) {
	c := &clock{time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)}
	m := timedModel(t, c)
	c.t = c.t.Add(14 * time.Minute)
	m, _ = step(t, m, checkMsg{})
	m, _ = step(t, m, ClosingMsg{After: time.Second})
	m, _ = step(t, m, tea.KeyPressMsg{Code: 'x', Text: "x"})
	if !m.Closing || m.Notice.Zh == "" || m.Notice != (Model{}).closingNotice() {
		t.Fatalf("a key must not clear the closing notice: %q", m.Notice.Zh)
	}
}

func TestClosing(t *testing.T) {
	c := &clock{time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)}
	m := timedModel(t, c)
	m, cmd := step(t, m, ClosingMsg{After: time.Millisecond})
	if !m.Closing || m.Notice.Zh == "" || cmd == nil {
		t.Fatal("closing should show a notice and schedule the end")
	}
	m, _ = step(t, m, tea.KeyPressMsg{Code: '1', Text: "1"})
	if m.Step != StepInsurance || !m.Closing {
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
	b, _ := data.Embedded()
	m := New(Options{Book: b})
	if m.Init() != nil {
		t.Fatal("the local advisor starts no timer")
	}
}
