package model_test

import (
	"image/color"
	"path/filepath"
	"runtime"
	"testing"

	tea "charm.land/bubbletea/v2"

	"yibao/data/lang"
	"yibao/data/observe"
	"yibao/model"
)

// keyCase is one key on one screen: the keys that lead there and the key
// whose cost is measured, from that same state every time.
type keyCase struct {
	name string
	to   []string
	key  string
}

// keyCases covers every screen with the keys people press most there.
func keyCases() []keyCase {
	bj := []string{"1", "2", "bj", "enter", "72", "enter"}
	at := func(keys ...string) []string { return append(append([]string(nil), bj...), keys...) }
	return []keyCase{
		{"choice/down", nil, "down"},
		{"choice/up", []string{"down"}, "up"},
		{"place/first-letter", []string{"1", "2"}, "c"},
		{"place/letter", []string{"1", "2", "changs"}, "h"},
		{"place/hanzi", []string{"1", "2", "长"}, "沙"},
		{"place/backspace", []string{"1", "2", "changsha"}, "backspace"},
		{"place/down", []string{"1", "2", "zhou"}, "down"},
		{"age/digit", []string{"1", "2", "bj", "enter", "7"}, "2"},
		{"result/scroll", bj, "down"},
		{"result/focus", at("checklist"), "down"},
		{"result/tick", at("checklist"), "space"},
		{"result/open", at("checklist"), "enter"},
		{"result/pgdown", bj, "pgdown"},
		{"source/down", at("i"), "down"},
		{"slip/down", at("s"), "down"},
		{"compare-place/letter", at("c", "chang"), "s"},
		{"compare/down", at("c", "cs", "enter"), "down"},
		{"guides/down", at("g"), "down"},
		{"guide/down", at("g", "1"), "down"},
		{"observe/digit", at("r", "10"), "7"},
	}
}

// keyStart is the advisor at a case's screen, with every feature on.
func keyStart(t testing.TB, w, h int, c keyCase) model.Model {
	o := options(t, lang.ZH)
	o.Slips, o.Compare, o.Guides = true, true, true
	o.Record = observe.NewFile(filepath.Join(t.TempDir(), "observations.toml"), testBook(t), fixedNow)
	m := send(t, model.New(o), tea.WindowSizeMsg{Width: w, Height: h})
	m = send(t, m, tea.BackgroundColorMsg{Color: color.Black})
	return press(t, m, c.to...)
}

// keyCost is what one key costs from start, update and frame: the bytes
// and the allocations, averaged over runs.
func keyCost(start model.Model, k tea.KeyPressMsg, runs int) (bytes, allocs float64) {
	once := func() {
		next, _ := start.Update(k)
		_ = next.View()
	}
	once()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range runs {
		once()
	}
	runtime.ReadMemStats(&after)
	return float64(after.TotalAlloc-before.TotalAlloc) / float64(runs), float64(after.Mallocs-before.Mallocs) / float64(runs)
}

func TestKeyCostReport(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {160, 60}} {
		for _, c := range keyCases() {
			m := keyStart(t, size[0], size[1], c)
			b, a := keyCost(m, keyMsg(c.key), 50)
			next, _ := m.Update(keyMsg(c.key))
			f := len(next.View().Content)
			t.Logf("%dx%d %-22s %8.0f B %6.0f allocs frame %6d over %6.0f", size[0], size[1], c.name, b, a, f, b-2*float64(f))
		}
	}
}
