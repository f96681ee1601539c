package model_test

import (
	"image/color"
	"runtime"
	"testing"

	tea "charm.land/bubbletea/v2"

	"yibao/data/lang"
	"yibao/internal/testrecords"
	"yibao/model"
)

// keyCase is one key on one screen: the keys that lead there and the key
// whose cost is measured, from that same state every time.
type keyCase struct {
	name string
	to   []string
	key  string
	// whole is set on a key that searches every place or draws the
	// result again whole.
	whole bool
}

// keyCases covers every screen with the keys people press most there.
func keyCases() []keyCase {
	bj := []string{"1", "2", "bj", "enter", "enter", "72", "enter"}
	at := func(keys ...string) []string { return append(append([]string(nil), bj...), keys...) }
	return []keyCase{
		{name: "choice/down", to: nil, key: "down"},
		{name: "choice/up", to: []string{"down"}, key: "up"},
		{name: "place/first-letter", to: []string{"1", "2"}, key: "c", whole: true},
		{name: "place/letter", to: []string{"1", "2", "changs"}, key: "h"},
		{name: "place/hanzi", to: []string{"1", "2", "长"}, key: "沙"},
		{name: "place/backspace", to: []string{"1", "2", "changsha"}, key: "backspace"},
		{name: "place/down", to: []string{"1", "2", "zhou"}, key: "down"},
		{name: "age/digit", to: []string{"1", "2", "bj", "enter", "enter", "7"}, key: "2"},
		{name: "result/scroll", to: bj, key: "down"},
		{name: "result/focus", to: at("checklist"), key: "down"},
		{name: "result/tick", to: at("checklist"), key: "space"},
		{name: "result/open", to: at("checklist"), key: "enter", whole: true}, // at 160x60 the result then scrolls
		{name: "result/pgdown", to: bj, key: "pgdown"},
		{name: "source/down", to: at("i"), key: "down"},
		{name: "slip/down", to: at("s"), key: "down"},
		{name: "compare-place/letter", to: at("c", "chang"), key: "s"},
		{name: "compare/down", to: at("c", "cs", "enter"), key: "down"},
		{name: "guides/down", to: at("g"), key: "down"},
		{name: "guide/down", to: at("g", "1"), key: "down"},
		{name: "record/digit", to: at("r", "10"), key: "7"},
	}
}

// keyStart is the advisor at a case's screen, with every feature on.
func keyStart(t testing.TB, w, h int, c keyCase) model.Model {
	o := options(t, lang.ZH)
	o.Slips, o.Compare, o.Guides = true, true, true
	o.Records, _ = testrecords.Store(t)
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

// TestKeyAllocations: a key, its update and its frame, allocates a few KB
// on every screen, at most 16 KB at 80x24 and 20 KB at 160x60: collecting
// more is what makes the slowest keys slow. A first letter typed into a
// search ranks most of the places, and a checklist item whose opening
// makes the result scroll, where it fitted the window before, draws the
// result again whole: those get up to 40 KB.
func TestKeyAllocations(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector allocates on its own")
	}
	for _, size := range [][2]int{{80, 24}, {160, 60}} {
		for _, c := range keyCases() {
			m := keyStart(t, size[0], size[1], c)
			k := keyMsg(c.key)
			bytes, _ := keyCost(m, k, 50)
			allocs := testing.AllocsPerRun(50, func() {
				next, _ := m.Update(k)
				_ = next.View()
			})
			budget, count := 16<<10, 400.0
			if size[0] > 80 {
				budget = 20 << 10
			}
			if c.whole {
				budget, count = 40<<10, 800
			}
			if bytes > float64(budget) || allocs > count {
				t.Errorf("%dx%d %s: %.0f bytes in %.0f allocations a key; at most %d bytes in %.0f", size[0], size[1], c.name, bytes, allocs, budget, count)
			}
		}
	}
}

// TestItemsRedrawnInPlace: the checklist items drawn again in place of
// their lines (focus, tick, open, close) leave the body as the views draw
// it whole, at every size, a result that comes to scroll or stops
// scrolling included.
func TestItemsRedrawnInPlace(t *testing.T) {
	walk := []string{"checklist", "space", "enter", "down", "enter", "space", "down", "down", "enter", "up", "esc",
		"up", "enter", "pgdown", "end", "space", "enter", "home", "down", "down", "space", "esc", "enter", "up", "up", "up"}
	for _, size := range [][2]int{{80, 24}, {160, 60}, {60, 20}, {120, 40}, {100, 70}} {
		m := keyStart(t, size[0], size[1], keyCase{to: []string{"1", "2", "bj", "enter", "enter", "72", "enter"}})
		for i, k := range walk {
			m = press(t, m, k)
			fresh(t, m, i, k)
		}
	}
}
