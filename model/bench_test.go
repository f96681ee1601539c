package model_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"yibao/data/lang"
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
	start := press(b, newModel(b, lang.ZH, 80, 24), "1", "2")
	var keys []tea.KeyPressMsg
	for _, r := range "changsha" {
		keys = append(keys, keyMsg(string(r)))
	}
	keystrokes(b, start, keys)
}

// BenchmarkScrollResult moves through the Beijing result at 80x24: down
// through the checklist, opening and ticking, then paging back up.
func BenchmarkScrollResult(b *testing.B) {
	start := press(b, newModel(b, lang.ZH, 80, 24), "1", "2", "bj", "enter", "enter", "72", "enter")
	var keys []tea.KeyPressMsg
	for _, k := range []string{"down", "down", "enter", "space", "down", "down", "pgdown", "down", "end", "pgup", "up", "home"} {
		keys = append(keys, keyMsg(k))
	}
	keystrokes(b, start, keys)
}

// BenchmarkTypeFlood types 16 KB into the place field as a program's input
// filter sees it: beyond what the field holds, every key is dropped before
// it costs an update and a frame. The figure is CPU per 16 KB.
func BenchmarkTypeFlood(b *testing.B) {
	start := press(b, newModel(b, lang.ZH, 80, 24), "1", "2")
	key := keyMsg("a")
	for b.Loop() {
		var m tea.Model = start
		for range 16 << 10 {
			if msg := model.Filter(m, key); msg != nil {
				m, _ = m.Update(msg)
				_ = m.View()
			}
		}
	}
}

// BenchmarkEveryScreen presses the keys of TestKeyAllocations, each from
// its screen, at 80x24 and 160x60, and reports the median and the 99th
// percentile per key with the garbage collector on, the target being p99
// under 1 ms.
func BenchmarkEveryScreen(b *testing.B) {
	for _, size := range [][2]int{{80, 24}, {160, 60}} {
		b.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(b *testing.B) {
			cases := keyCases()
			starts := make([]model.Model, len(cases))
			for i, c := range cases {
				starts[i] = keyStart(b, size[0], size[1], c)
			}
			var times []time.Duration
			b.ReportAllocs()
			for b.Loop() {
				for i, c := range cases {
					k := keyMsg(c.key)
					t0 := time.Now()
					next, _ := starts[i].Update(k)
					_ = next.View()
					times = append(times, time.Since(t0))
				}
			}
			slices.Sort(times)
			b.ReportMetric(float64(times[len(times)/2].Nanoseconds()), "p50-ns/key")
			b.ReportMetric(float64(times[len(times)*99/100].Nanoseconds()), "p99-ns/key")
		})
	}
}
