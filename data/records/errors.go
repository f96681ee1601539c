package records

import (
	"errors"

	"yibao/data/lang"
)

// Error is a store's failure in plain words for a desk: it never names a
// server, a path or a password. Kind says what a front end may do; Err,
// for a maintainer's log, is the driver's own error (which may name the
// server, so it is never shown to a desk).
type Error struct {
	Kind Kind
	Msg  lang.Text
	Err  error
}

// Kind is what went wrong, as far as a front end needs to know.
type Kind int

// Kinds.
const (
	// Unreadable: the records cannot be read now (a damaged file, a
	// database that is down). The consultation goes on without them.
	Unreadable Kind = iota + 1
	// NotRecorded: a record was not written (nothing of it was kept).
	NotRecorded
	// Full: the disk or database is full; the record was not written.
	Full
	// Newer: the store was made by a newer release of yibao.
	Newer
	// BadTarget: the target is neither a file path nor a PostgreSQL URL.
	BadTarget
)

func (e *Error) Error() string { return e.Msg.Line() }

// Words is the message, for lang.Message.
func (e *Error) Words() lang.Text { return e.Msg }

func (e *Error) Unwrap() error { return e.Err }

// Is matches an *Error of the same kind, so that errors.Is(err,
// records.ErrUnreadable) works.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Kind == e.Kind && t.Msg.IsZero()
}

// Targets for errors.Is.
var (
	ErrUnreadable  = &Error{Kind: Unreadable}
	ErrNotRecorded = &Error{Kind: NotRecorded}
	ErrFull        = &Error{Kind: Full}
)

// unreadable is the one line a desk sees when the records cannot be read.
func unreadable(err error) error {
	return &Error{Kind: Unreadable, Err: err, Msg: lang.T("本服务台的记录现在读不到；咨询照常进行。",
		"The desk's records cannot be read now; the consultation goes on.")}
}

// notRecorded says a record was not written, and that nothing of it was.
func notRecorded(err error) error {
	if isFull(err) {
		return &Error{Kind: Full, Err: err, Msg: lang.T("没有记下：存储空间已满，这条记录一点也没有写入；以前的记录都还在。",
			"Not recorded: the storage is full, and nothing of this record was written; earlier records are all kept.")}
	}
	return &Error{Kind: NotRecorded, Err: err, Msg: lang.T("没有记下：记录现在写不进去，这条记录一点也没有写入；咨询照常进行。",
		"Not recorded: the records cannot be written now, and nothing of this record was written; the consultation goes on.")}
}

// asError keeps an *Error as it is and makes anything else unreadable.
func asError(err error) error {
	if err == nil {
		return nil
	}
	var e *Error
	if errors.As(err, &e) {
		return err
	}
	return unreadable(err)
}
