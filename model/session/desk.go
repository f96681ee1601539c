package session

import (
	"context"
	"errors"

	"yibao/data/advice"
	"yibao/data/book"
	"yibao/data/consult"
	"yibao/data/records"
)

// Desk is where a session records what statements showed, for the screens
// and the line mode alike: the store, the desk and centre each record
// names, and whom to tell. A Desk without a store records nothing and
// shows no desk figures.
type Desk struct {
	Store          *records.Store
	Name, Centre   string       // Name is records.DeskLocal when empty
	OnRecord       func(string) // a record's id, once it is kept
	OnTakeBack     func(string) // a record's id, once it is taken back
	OnRecordsError func(error)  // the store cannot be read or written
}

// Records reports whether the desk records.
func (d Desk) Records() bool { return d.Store != nil }

// Advise works the advice out for complete answers and applies the
// desk's records to it; where they cannot be read, the advice is the
// book's and the error is the one line to show.
func (d Desk) Advise(ctx context.Context, b *book.Book, a consult.Answers, asOf book.Date) (advice.Advice, error) {
	adv := a.Advise(b, asOf)
	if d.Store == nil {
		return adv, nil
	}
	err := d.Store.Consult(ctx, &adv, asOf)
	d.failed(err)
	return adv, err
}

// Record keeps the record questions' answers as the consultation's
// record (in place of an earlier one), checking the amount against the
// book's advice.
func (d Desk) Record(ctx context.Context, b *book.Book, a consult.Answers, consultation string, today book.Date) (records.Recorded, error) {
	name := d.Name
	if name == "" {
		name = records.DeskLocal
	}
	saved, err := d.Store.Record(ctx, b, a.Advise(b, today), a.Entry(consultation, name, d.Centre), today)
	if err != nil {
		d.failed(err)
		return saved, err
	}
	if d.OnRecord != nil {
		d.OnRecord(saved.Record.ID)
	}
	return saved, nil
}

// TakeBack removes a record, reporting whether it was there.
func (d Desk) TakeBack(ctx context.Context, id string) (bool, error) {
	gone, err := d.Store.TakeBack(ctx, id)
	d.failed(err)
	if gone && d.OnTakeBack != nil {
		d.OnTakeBack(id)
	}
	return gone, err
}

// failed tells the host that the store could not be read or written (not
// that an amount was refused).
func (d Desk) failed(err error) {
	var re *records.Error
	if d.OnRecordsError != nil && errors.As(err, &re) {
		d.OnRecordsError(err)
	}
}
