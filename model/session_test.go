package model

import (
	"context"
	"strings"
	"testing"
	"time"
	"yibao/model/session"

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
	if !m.Warning.IsZero() || m.Ended != session.EndNone {
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
	if m.Ended != session.EndNone || m.Warning.IsZero() {
		t.Fatalf("a late check must warn before it ends: ended %v", m.Ended)
	}
	c.t = c.t.Add(time.Minute)
	m, cmd := step(t, m, checkMsg{})
	if m.Ended != session.EndIdle || !isQuit(cmd) {
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
	if m.Ended != session.EndTimeUp || !isQuit(cmd) {
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
	if !m.Closing || m.Notice != session.ClosingNotice() {
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
	if m.Ended != session.EndClosing || !isQuit(cmd) {
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
