package line

import (
	"context"
	"time"

	"yibao/data/book"
	"yibao/data/consult"
	"yibao/data/lang"
	"yibao/data/records"
)

// Recording is the line mode's part in recording: whether the record
// questions are being asked, the consultation's id (one record each),
// what became of the last record (printed once) with what its amount
// matches, and the line saying the desk's records cannot be read.
type Recording struct {
	Asking       bool
	Consultation string
	Said         lang.Text
	Check        *records.Statement
	Unreadable   lang.Text
}

// storeTimeout bounds a read or a write of the store, so that a database
// that does not answer never holds the session.
const storeTimeout = 10 * time.Second

// CanRecord reports whether 2 records what a statement showed: the desk
// records and the advice is one a statement could confirm.
func (l *Line) CanRecord() bool {
	return l.desk.Records() && l.Advice != nil && consult.Recordable(*l.Advice)
}

func (l *Line) menuError() lang.Text {
	if l.CanRecord() {
		return lang.T("请输入 1 查询下一位，2 记录对账单上的到账，或 0 退出。", "Type 1 for the next person, 2 to record what a statement showed, or 0 to quit.")
	}
	return lang.T("请输入 1 查询下一位，或 0 退出。", "Type 1 for the next person, or 0 to quit.")
}

// advise works the advice out, with the desk's records where there are
// any; where they cannot be read, it says so in one line and goes on.
func (l *Line) advise() {
	ctx, cancel := context.WithTimeout(context.Background(), storeTimeout)
	defer cancel()
	a, err := l.desk.Advise(ctx, l.Book, l.Answers, book.DateOf(l.now()))
	l.Advice, l.Record.Consultation, l.Record.Unreadable = &a, records.NewID(), lang.Text{}
	if err != nil {
		l.Record.Unreadable = lang.Message(err)
	}
}

// keep records the answers as the consultation's record (a second record
// replaces the first) and says what the amount matches, checked against
// the book's advice.
func (l *Line) keep() {
	l.Record.Asking = false
	ctx, cancel := context.WithTimeout(context.Background(), storeTimeout)
	defer cancel()
	saved, err := l.desk.Record(ctx, l.Book, l.Answers, l.Record.Consultation, book.DateOf(l.now()))
	if err != nil {
		l.Record.Said = lang.Message(err)
		return
	}
	l.Record.Said, l.Record.Check = saved.Words(), &saved.Check
}
