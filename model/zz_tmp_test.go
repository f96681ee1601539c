package model_test
import ("os";"testing")
func BenchmarkZZCase(b *testing.B) {
	for _, c := range keyCases() {
		if c.name != os.Getenv("CASE") { continue }
		w, h := 80, 24
		if os.Getenv("BIG") != "" { w, h = 160, 60 }
		m := keyStart(b, w, h, c)
		k := keyMsg(c.key)
		b.ReportAllocs()
		for b.Loop() { next, _ := m.Update(k); _ = next.View() }
	}
}
func TestZZDebug(t *testing.T) {
	c := keyCase{"x", append([]string{"1", "2", "bj", "enter", "72", "enter"}, "checklist"), "enter"}
	m := keyStart(t, 160, 60, c)
	t.Log(len(m.Body.Lines), m.Body.Rows, m.Body.Anchors, m.Focus)
	m = press(t, m, "enter")
	t.Log(len(m.Body.Lines), m.Body.Rows, m.Body.Anchors, m.Focus)
}
