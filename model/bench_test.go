package model_test

import (
	"slices"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"yibao/data"
	"yibao/model"
)

// keystrokes measures Update+View for each key and reports the median and
// the 99th percentile per key, the target being p99 under 1 ms.
func keystrokes(b *testing.B, start model.Model, keys []tea.KeyPressMsg) {
	var times []time.Duration
	for b.Loop() {
		m := start
		for _, k := range keys {
			t0 := time.Now()
			next, _ := m.Update(k)
			m = next.(model.Model)
			_ = m.View()
			times = append(times, time.Since(t0))
		}
	}
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Nanoseconds()), "p50-ns/key")
	b.ReportMetric(float64(times[len(times)*99/100].Nanoseconds()), "p99-ns/key")
}

// BenchmarkTypeChangsha types "changsha" on the place step at 80x24.
func BenchmarkTypeChangsha(b *testing.B) {
	start := press(b, newModel(b, data.ZH, 80, 24), "1")
	var keys []tea.KeyPressMsg
	for _, r := range "changsha" {
		keys = append(keys, keyMsg(string(r)))
	}
	keystrokes(b, start, keys)
}

// BenchmarkScrollResult moves through the Beijing result at 80x24: down
// through the checklist, opening and ticking, then paging back up.
func BenchmarkScrollResult(b *testing.B) {
	start := press(b, newModel(b, data.ZH, 80, 24), "1", "bj", "enter", "72", "enter", "2")
	var keys []tea.KeyPressMsg
	for _, k := range []string{"down", "down", "enter", "space", "down", "down", "pgdown", "down", "end", "pgup", "up", "home"} {
		keys = append(keys, keyMsg(k))
	}
	keystrokes(b, start, keys)
}
