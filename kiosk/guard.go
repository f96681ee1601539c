package kiosk

import (
	tea "charm.land/bubbletea/v2"
)

// guard wraps a session's model so that a panic in Init, Update or View
// ends only that session: the screen apologises, the program quits and the
// host logs one line. The frame is drawn inside Update, where a panic can
// still be answered with a quit; Bubble Tea catches panics in commands.
type guard struct {
	inner   tea.Model
	view    tea.View
	drawn   bool
	crashed bool
	onPanic func(any)
}

func newGuard(inner tea.Model, onPanic func(any)) guard {
	return guard{inner: inner, onPanic: onPanic}
}

// safely runs fn and reports whether it finished without a panic.
func (g guard) safely(fn func()) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			g.onPanic(r)
			ok = false
		}
	}()
	fn()
	return true
}

func (g guard) Init() tea.Cmd {
	var cmd tea.Cmd
	if !g.safely(func() { cmd = g.inner.Init() }) {
		return tea.Quit
	}
	return cmd
}

func (g guard) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if g.crashed {
		return g, nil
	}
	var cmd tea.Cmd
	ok := g.safely(func() {
		var next tea.Model
		next, cmd = g.inner.Update(msg)
		g.inner = next
		g.view = next.View()
		g.drawn = true
	})
	if !ok {
		g.crashed = true
		return g, tea.Quit
	}
	return g, cmd
}

func (g guard) View() tea.View {
	switch {
	case g.crashed:
		return apology()
	case g.drawn:
		return g.view
	}
	var v tea.View
	if !g.safely(func() { v = g.inner.View() }) {
		return apology()
	}
	return v
}

func apology() tea.View {
	v := tea.NewView(msgPanic())
	v.AltScreen = true
	return v
}
