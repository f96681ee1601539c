package model_test

import (
	"slices"
	"testing"

	"yibao/data/lang"
	"yibao/views"
)

// TestBodyIsNeverStale: after every key, on every scrolling screen, the
// body the model keeps is the one the views draw from the state now.
// Only a scroll keeps the body as drawn; a change to anything else the
// body depends on, missed, fails here.
func TestBodyIsNeverStale(t *testing.T) {
	v := views.New()
	m := newModel(t, lang.ZH, 80, 24)
	m = press(t, m, "1", "2", "bj", "enter", "72", "enter")
	walk := []string{"down", "down", "checklist", "space", "enter", "down", "esc", "pgdown", "end", "home", "up",
		"tab", "down", "pgdown", "tab", "i", "down", "pgdown", "esc", "s", "end", "esc", "c", "上海", "enter",
		"down", "pgdown", "g", "1", "down", "space", "esc", "esc", "esc", "?", "down", "x", "end", "q", "n", "n"}
	for i, k := range walk {
		m = press(t, m, k)
		if !m.Scrolls() {
			continue
		}
		want := v.Body(m.State)
		if !slices.Equal(m.Body.Lines, want.Lines) || m.Body.Rows != want.Rows || !slices.Equal(m.Body.Anchors, want.Anchors) {
			t.Fatalf("after key %d (%q) on screen %d the body kept is not the body drawn now", i, k, m.Screen)
		}
	}
}
