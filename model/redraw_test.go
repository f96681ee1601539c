package model_test

import (
	"slices"
	"testing"

	"yibao/data/lang"
	"yibao/model"
	"yibao/views"
)

// TestBodyIsNeverStale: after every key, on every scrolling screen, the
// body the model keeps is the one the views draw from the state now.
// Only a scroll (or a key that does nothing) keeps the body as drawn; a
// change to anything else the body depends on, missed, fails here.
func TestBodyIsNeverStale(t *testing.T) {
	m := newModel(t, lang.ZH, 80, 24)
	m = press(t, m, "1", "2", "bj", "enter", "enter", "72", "enter")
	walk := []string{"x", "space", "down", "down", "checklist", "space", "enter", "down", "esc", "pgdown", "end", "home", "up",
		"tab", "down", "pgdown", "tab", "i", "down", "pgdown", "esc", "s", "end", "esc", "c", "上海", "enter",
		"down", "pgdown", "g", "1", "down", "space", "esc", "esc", "esc", "?", "down", "x", "end", "q", "n", "n"}
	for i, k := range walk {
		m = press(t, m, k)
		fresh(t, m, i, k)
	}
	// A record's line under the result goes with the next key: the body
	// has that row back.
	m, _ = recordingModel(t, lang.ZH)
	m = pressRun(t, m, "1", "2", "bj", "enter", "enter", "72", "enter", "r", "80", "enter", "enter", "1")
	for i, k := range []string{"down", "down", "r", "esc", "down"} {
		m = pressRun(t, m, k)
		fresh(t, m, i, k)
	}
}

// fresh fails when the body kept is not the body drawn from the state.
func fresh(t *testing.T, m model.Model, i int, k string) {
	t.Helper()
	if !m.Scrolls() {
		return
	}
	want := views.New().Body(m.State)
	if !slices.Equal(m.Body.Lines, want.Lines) || m.Body.Rows != want.Rows || !slices.Equal(m.Body.Anchors, want.Anchors) {
		t.Fatalf("after key %d (%q) on screen %d the body kept is not the body drawn now", i, k, m.Screen)
	}
}
