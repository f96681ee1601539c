package model

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"yibao/data/advice"
	"yibao/data/consult"
	"yibao/data/lang"
	"yibao/data/records"
)

// RecordState is recording's part of a consultation: its id, made when
// its result is first shown (a second record replaces the first); what
// was last done, said once under the result; what the amount recorded
// matches (对账), shown on the result; and the one line the result shows
// where the desk's records cannot be read.
type RecordState struct {
	Consultation string
	Said         lang.Text
	Check        *records.Statement
	Unreadable   lang.Text
}

// recordedMsg reports a record kept, or why not.
type recordedMsg struct {
	saved records.Recorded
	err   error
}

// tookBackMsg reports a record taken back, or why not.
type tookBackMsg struct {
	rec  records.Record
	gone bool
	err  error
}

// consultedMsg brings the advice with the desk's records applied, for the
// result shown n-th.
type consultedMsg struct {
	n      int
	advice advice.Advice
	err    error
}

// MaxRecords is how many records one program (one desk's session) may
// keep: a desk records a few a day; more is someone filling the book.
const MaxRecords = 20

// openRecord asks the record questions, the month set to last month;
// while a record is being written, or once MaxRecords are kept, it says
// so instead.
func (m *Model) openRecord() {
	switch {
	case m.keeping:
		m.Record.Said = lang.T("上一条记录还在保存，请稍等。", "The last record is still being saved; a moment, please.")
		return
	case m.kept >= MaxRecords:
		m.Record.Said = lang.F("这次已经记录了 %d 条，不能再记录；请下次再记。", "%d records were kept this time, the most there may be; please record more another time.", MaxRecords)
		return
	}
	m.leave(ScreenRecord)
	m.ask(consult.StartRecord(&m.Answers, m.Today))
}

// recordKey asks the record questions as the question screen asks the
// consultation's; Ctrl+Z asks to take this person's record back.
func (m Model) recordKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	if key.Matches(msg, m.Keys.TakeBack) && m.CanTakeBack() {
		m.Confirm = ConfirmTakeBack
		return m, nil
	}
	return m.questionKey(msg)
}

// keep records the answers as the consultation's record, in a command,
// and returns to the result. The amount is checked against the book's
// advice (not the desk's figure), for the statement check.
func (m *Model) keep() tea.Cmd {
	d, ctx, b, a, id, today := m.desk, m.ctx, m.Book, m.Answers, m.Record.Consultation, m.Today
	m.backTo(ScreenResult)
	m.keeping = true
	return func() tea.Msg {
		saved, err := d.Record(ctx, b, a, id, today)
		return recordedMsg{saved: saved, err: err}
	}
}

// recorded says what became of a record, shows what its amount matches
// under the figure (the result back at its top, where that is), and
// reads the desk's figures again.
func (m *Model) recorded(msg recordedMsg) tea.Cmd {
	m.keeping = false
	if msg.err != nil {
		m.Record.Said = lang.Message(msg.err)
		return nil
	}
	m.kept++
	r, check := msg.saved.Record, msg.saved.Check
	m.LastRecord, m.Record.Said = &r, msg.saved.Words()
	if r.Consultation == m.Record.Consultation { // not the next person's already
		m.Record.Check = &check
	}
	if m.Screen == ScreenResult {
		m.Scroll, m.Focus = 0, -1
	}
	return m.consultCmd()
}

// takeBack removes this person's record, in a command.
func (m *Model) takeBack() tea.Cmd {
	if !m.CanTakeBack() || m.keeping {
		return nil
	}
	d, ctx, rec := m.desk, m.ctx, *m.LastRecord
	if m.Screen == ScreenRecord {
		m.backTo(ScreenResult)
	}
	m.keeping = true
	return func() tea.Msg {
		gone, err := d.TakeBack(ctx, rec.ID)
		return tookBackMsg{rec: rec, gone: gone, err: err}
	}
}

// tookBack says what became of taking a record back.
func (m *Model) tookBack(msg tookBackMsg) tea.Cmd {
	m.keeping = false
	if msg.err != nil {
		m.Record.Said = lang.Message(msg.err)
		return nil
	}
	m.LastRecord = nil
	if msg.rec.Consultation == m.Record.Consultation {
		m.Record.Check = nil
	}
	m.Record.Said = lang.F("已撤回刚才记下的那条记录（%s 元，%s），它不再算进本服务台的记录。",
		"The last record (%s yuan, %s) is taken back: the desk's records no longer count it.", msg.rec.Amount, msg.rec.Month)
	if !msg.gone {
		m.Record.Said = lang.T("那条记录已经不在了，没有要撤回的。", "That record is no longer there; there is nothing to take back.")
	}
	return m.consultCmd()
}

// consultCmd reads the desk's records for the result on show, in a
// command: the advice is worked out again and the records applied to it.
func (m Model) consultCmd() tea.Cmd {
	if !m.desk.Records() || m.Advice == nil || m.Book == nil || !m.Answers.Complete() {
		return nil
	}
	d, ctx, b, ans, asOf, n := m.desk, m.ctx, m.Book, m.Answers, m.Advice.AsOf, m.results
	return func() tea.Msg {
		a, err := d.Advise(ctx, b, ans, asOf)
		return consultedMsg{n: n, advice: a, err: err}
	}
}

// consulted shows the advice with the desk's records, or the one line
// saying they cannot be read; a reading for an earlier result is dropped.
func (m *Model) consulted(msg consultedMsg) {
	if msg.n != m.results {
		return
	}
	if msg.err != nil {
		m.Record.Unreadable = lang.Message(msg.err)
		return
	}
	m.Advice, m.Record.Unreadable = &msg.advice, lang.Text{}
}
