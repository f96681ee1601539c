// Package line is the line mode: one question at a time, answered by a
// line of text (a number, a place, an age), for screen readers, TERM=dumb
// terminals and pipes. It asks the questions of package consult, the same
// as the screens, and ends on the same deadlines (package session); it
// draws nothing: package views/lineview says what to print.
package line

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"yibao/data/advice"
	"yibao/data/answers"
	"yibao/data/book"
	"yibao/data/consult"
	"yibao/data/lang"
	"yibao/data/places"
	"yibao/data/records"
	"yibao/model/session"
)

// Options configure the line mode.
type Options struct {
	Book   *book.Book
	Places *places.Index // built from Book when nil
	Lang   lang.Lang
	Now    func() time.Time // time.Now when nil
	// Place is a place query to start with (a deep link): it answers the
	// place question when it names one place, and is offered with its
	// suggestions otherwise.
	Place string
	// Records is the desks' records store: the result shows what it holds
	// and the desk may record into it; nil: no recording and no desk
	// figures.
	Records *records.Store
	// Desk names the desk on its records: "local" for the advisor, the
	// SSH user name for the kiosk.
	Desk string
	// Centre is the centre's name on its records (--centre); "" lets the
	// store use its own kept name.
	Centre string
	// OnRecord is called, in the record's command, with the id of each
	// record kept; nil for none.
	OnRecord func(id string)
	// OnRecordsError is called when the store cannot be read or written;
	// nil for none.
	OnRecordsError func(error)
}

// Line is the line mode's state.
type Line struct {
	Book   *book.Book
	Places *places.Index
	Lang   lang.Lang
	now    func() time.Time
	desk   session.Desk

	Answers consult.Answers
	Step    consult.Step
	// Advice is set once every question has an answer.
	Advice *advice.Advice
	// Choices are the places a query matched equally well, or the
	// suggestions for an unknown name; a number picks one.
	Choices []places.Match
	// Query is the place text waiting to be answered: a deep link that
	// named no place, or the text that gave the choices.
	Query string
	// Err is the message about the last answer, printed before asking again.
	Err lang.Text
	// Shown is set once the advice has been printed.
	Shown bool
	// Done is set when the person asks to stop.
	Done bool
	// Record is the recording's part: the record questions after the
	// advice, and what became of them.
	Record Recording
}

// New starts the line mode at the first question. A Place query that
// names one place answers the place question in advance; one that does
// not is offered with its suggestions when the place is asked.
func New(o Options) *Line {
	if o.Lang == "" {
		o.Lang = lang.ZH
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Places == nil && o.Book != nil {
		o.Places = places.New(o.Book)
	}
	l := &Line{Book: o.Book, Places: o.Places, Lang: o.Lang, now: o.Now,
		desk: session.Desk{Store: o.Records, Name: o.Desk, Centre: o.Centre, OnRecord: o.OnRecord, OnRecordsError: o.OnRecordsError}}
	if o.Place != "" {
		if pm, err := l.Places.Lookup(o.Place); err == nil {
			l.Answers.Place = &pm
		} else {
			l.Query = o.Place
			l.offer(err)
		}
	}
	l.Step, _ = consult.First(l.Answers)
	return l
}

// AtResult reports whether the advice is being shown.
func (l *Line) AtResult() bool { return l.Advice != nil }

// Progress is the question's number and, once known, how many there are.
func (l *Line) Progress() (n, total int, known bool) { return consult.Progress(l.Answers, l.Step.ID) }

// Answer takes one line. "0" goes back a question; on the advice, "1"
// starts the next person, "2" asks the record questions (where the desk
// records and the person has an account) and "0" (or q) stops.
func (l *Line) Answer(text string) {
	t := strings.TrimSpace(text)
	l.Err, l.Record.Said, l.Record.Check = lang.Text{}, lang.Text{}, nil
	if l.AtResult() && !l.Record.Asking {
		l.Shown = true // it was printed before this answer was asked for
		switch strings.ToLower(answers.Fold(t)) {
		case "1", "n":
			*l = Line{Book: l.Book, Places: l.Places, Lang: l.Lang, now: l.now, desk: l.desk}
			l.Step, _ = consult.First(l.Answers)
		case "2":
			if !l.CanRecord() {
				l.Err = l.menuError()
				break
			}
			l.Record.Asking = true
			l.Step = consult.StartRecord(&l.Answers, book.DateOf(l.now()))
		case "0", "q":
			l.Done = true
		default:
			l.Err = l.menuError()
		}
		return
	}
	if l.Step.Kind == consult.Choose && strings.EqualFold(t, "q") {
		l.Done = true // q quits where a choice is asked (elsewhere it may start a place name)
		return
	}
	if answers.Fold(t) == "0" {
		if st, ok := consult.Back(l.Answers, l.Step.ID); ok {
			l.Step, l.Choices = st, nil
		} else if l.Record.Asking {
			l.Record.Asking = false // back to the choices after the advice
		} else {
			l.Done = true // 0 at the first question quits, as its prompt says
		}
		return
	}
	if l.Step.ID == consult.Place && l.pick(t) {
		l.forward()
		return
	}
	env := consult.Env{Places: l.Places, Today: book.DateOf(l.now())}
	if err := l.Step.Set(&l.Answers, t, env); err != nil {
		l.Choices, l.Query = nil, ""
		if l.Step.ID == consult.Place {
			l.Query = t
			l.offer(err)
			return
		}
		l.Err = lang.Message(err)
		return
	}
	if l.Step.ID == consult.Place {
		l.Choices, l.Query = nil, ""
	}
	l.forward()
}

// pick takes a number from the choices just listed.
func (l *Line) pick(t string) bool {
	n, err := strconv.Atoi(answers.Fold(t))
	if err != nil || n < 1 || n > len(l.Choices) {
		return false
	}
	pm := l.Choices[n-1]
	l.Answers.Place, l.Choices, l.Query = &pm, nil, ""
	return true
}

// offer lists the places a query may have meant, or says why there are none.
func (l *Line) offer(err error) {
	var pe *places.PlaceError
	if !errors.As(err, &pe) {
		l.Err = lang.Message(err)
		return
	}
	l.Choices, l.Err = pe.Candidates, pe.Msg
	if len(pe.Candidates) > 0 {
		q := lang.Echo(l.Query)
		l.Err = lang.T("「"+q+"」可能是下面几个地区之一：", "\""+q+"\" may be one of these places:")
	}
}

// forward asks the next question, or shows the advice with the desk's
// records; after the last record question it keeps the record.
func (l *Line) forward() {
	if st, ok := consult.Next(l.Answers, l.Step.ID); ok {
		l.Step = st
		return
	}
	if l.Record.Asking {
		l.keep()
		return
	}
	l.advise()
}
