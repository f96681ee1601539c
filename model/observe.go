package model

import (
	tea "charm.land/bubbletea/v2"

	"yibao/data/lang"
)

// Recorder keeps what a statement showed (see package observe); the host
// gives one where a desk records.
type Recorder interface {
	Record(o any) error
}

// Observe is the form that records the credit a statement showed.
type Observe struct {
	Amount Field
	Err    lang.Text
}

func (o *Observe) field() *Field { return &o.Amount }

// recordedMsg reports whether a record was kept.
type recordedMsg struct{ err lang.Text }

func (m *Model) openObserve() { m.leave(ScreenObserve) }

func (m Model) observeKey(msg tea.KeyPressMsg) (Model, tea.Cmd) { return m, nil }

func (m *Model) recorded(msg recordedMsg) {}
