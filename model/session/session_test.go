package session

import (
	"testing"
	"time"
)

// TestTimers: one definition of the deadlines, as both modes use it.
func TestTimers(t *testing.T) {
	start := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
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
