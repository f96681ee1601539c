package model

import (
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"yibao/data/lang"
	"yibao/data/observe"
	"yibao/model/field"
)

// Recorder keeps what desks saw on statements (an *observe.File); the
// host gives one where a desk records.
type Recorder interface {
	Record(observe.Observation) error
	All() ([]observe.Observation, error)
}

// Observe is the form that records the credit a statement showed: the
// amount, the month (last month unless changed) and, if said, where it
// was read.
type Observe struct {
	Step   int // 0 amount, 1 month, 2 channel
	Amount field.Field
	Month  field.Field
	Err    lang.Text
	// Top is the first channel shown where the list does not fit the
	// window; Up and Down move it.
	Top int
	// Done says what was recorded, or why not, on the result.
	Done lang.Text
}

// The form's steps.
const (
	ObserveAmount = iota
	ObserveMonth
	ObserveChannel
)

func (o *Observe) field() *field.Field {
	switch o.Step {
	case ObserveAmount:
		return &o.Amount
	case ObserveMonth:
		return &o.Month
	}
	return nil
}

// recordedMsg reports a record kept (with every record now on file) or
// why it was not.
type recordedMsg struct {
	seen []observe.Observation
	text lang.Text
	err  bool
}

// seenMsg brings the desk's records, read when a result is shown.
type seenMsg struct{ seen []observe.Observation }

// MaxRecords is how many records one program (one desk's session) may
// keep: a desk records a few a day; more is someone filling the book.
const MaxRecords = 20

// openObserve starts the form, the month set to last month; while a
// record is being written, or once MaxRecords are kept, it says so instead.
func (m *Model) openObserve() {
	switch {
	case m.keeping:
		m.Observe.Done = lang.T("上一条记录还在保存，请稍等。", "The last record is still being saved; a moment, please.")
		return
	case m.kept >= MaxRecords:
		m.Observe.Done = lang.F("这次已经记录了 %d 条，不能再记录；请下次再记。", "%d records were kept this time, the most there may be; please record more another time.", MaxRecords)
		return
	}
	m.leave(ScreenObserve)
	amount, month, _ := observe.Questions()
	m.Observe = Observe{Amount: field.Field{Limit: amount.Limit}, Month: field.Field{Limit: month.Limit}}
	m.Observe.Month.SetValue(observe.LastMonth(m.Today).String())
}

// observeKey answers the form: Enter goes on, Esc goes back a question (or
// to the result), digits choose the channel.
func (m Model) observeKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k, o := m.Keys, &m.Observe
	switch {
	case key.Matches(msg, k.Back):
		o.Err = lang.Text{}
		if o.Step == ObserveAmount {
			m.backTo(ScreenResult)
			return m, nil
		}
		o.Step--
		return m, nil
	case o.Step == ObserveChannel && digit(msg.Text) > 0 && digit(msg.Text) <= len(observe.Channels()):
		return m.keep(observe.Channels()[digit(msg.Text)-1])
	case o.Step == ObserveChannel && key.Matches(msg, k.Down):
		o.Top = min(o.Top+1, len(observe.Channels())-1)
		return m, nil
	case o.Step == ObserveChannel && key.Matches(msg, k.Up):
		o.Top = max(0, o.Top-1)
		return m, nil
	case key.Matches(msg, k.Enter):
		return m.observeNext()
	}
	if f := o.field(); f != nil && m.editField(msg, f) {
		o.Err = lang.Text{}
	}
	return m, nil
}

// observeNext checks the question answered and goes on.
func (m Model) observeNext() (Model, tea.Cmd) {
	o := &m.Observe
	switch o.Step {
	case ObserveAmount:
		if _, err := observe.ParseAmount(o.Amount.Value()); err != nil {
			o.Err = lang.Message(err)
			return m, nil
		}
	case ObserveMonth:
		if _, err := observe.ParseMonth(o.Month.Value(), m.Today); err != nil {
			o.Err = lang.Message(err)
			return m, nil
		}
	case ObserveChannel:
		return m.keep("")
	}
	o.Step++
	return m, nil
}

// keep records the observation, in a command, and returns to the result.
func (m Model) keep(ch observe.Channel) (Model, tea.Cmd) {
	o := m.Observe
	amount, _ := observe.ParseAmount(o.Amount.Value())
	month, _ := observe.ParseMonth(o.Month.Value(), m.Today)
	obs := observe.New(*m.Advice, amount, month, ch, m.Today)
	rec := m.record
	m.backTo(ScreenResult)
	m.keeping = true
	return m, func() tea.Msg {
		if err := rec.Record(obs); err != nil {
			msg := lang.Message(err)
			return recordedMsg{err: true, text: lang.T("没有记录："+msg.Zh, "Not recorded: "+msg.En)}
		}
		seen, _ := rec.All()
		return recordedMsg{seen: seen, text: lang.F("已记录：%s 元，%s。谢谢！", "Recorded: %s yuan, %s. Thank you!", amount, month)}
	}
}

// recorded shows what became of a record, and what the desk now knows.
func (m *Model) recorded(msg recordedMsg) {
	m.keeping = false
	m.Observe.Done = msg.text
	if !msg.err {
		m.kept++
		m.takeSeen(msg.seen)
	}
}

// loadSeen reads the desk's records for a result just shown.
func (m Model) loadSeen() tea.Cmd {
	rec := m.record
	return func() tea.Msg {
		seen, err := rec.All()
		if err != nil {
			return nil // an unreadable file is reported when recording
		}
		return seenMsg{seen}
	}
}

// takeSeen works the result out again with the desk's records.
func (m *Model) takeSeen(seen []observe.Observation) {
	if slices.Equal(seen, m.seen) {
		return
	}
	m.seen = seen
	if m.Advice != nil && m.Answers.Complete() {
		a := m.Answers.Advise(m.Book, m.Advice.AsOf)
		observe.Apply(&a, m.seen)
		m.Advice = &a
	}
}
