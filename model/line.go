package model

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"yibao/data"
)

// Line is the accessible line mode: one question at a time, answered by a
// line of text (a number, a place, an age), for screen readers, TERM=dumb
// terminals and pipes. It holds the same answers as the full-screen
// advisor and draws nothing; views.LineOutput says what to print.
type Line struct {
	Book *data.Book
	Lang data.Lang
	now  func() time.Time

	Step      Step
	Insurance data.Insurance
	Place     *data.Place
	Age       int
	BirthYear int
	Status    data.Status
	Base      *data.Money
	Advice    *data.Advice

	// Choices are the places a query matched equally well, or the
	// suggestions for an unknown name; a number picks one.
	Choices []data.Place
	Query   string
	// Err is the message about the last answer, printed before asking again.
	Err data.Text
	// Shown is set once the result has been printed.
	Shown bool
	// skipPlace passes over the place question once (a deep-link place).
	skipPlace bool
	// Done is set when the person asks to stop.
	Done bool
}

// NewLine starts the line mode at the first question. A Place query that
// names one place answers the place question in advance.
func NewLine(o Options) *Line {
	if o.Lang == "" {
		o.Lang = data.ZH
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	l := &Line{Book: o.Book, Lang: o.Lang, now: o.Now}
	if o.Place != "" && o.Book != nil {
		if p, err := o.Book.Lookup(o.Place); err == nil {
			l.Place, l.skipPlace = &p, true
		}
	}
	return l
}

// PlaceHint asks for a place when none was typed.
func PlaceHint() data.Text {
	return data.T("请输入城市名称、拼音或首字母，例如 长沙、changsha、cs。", "Type a city in hanzi, pinyin or initials, e.g. 长沙, changsha, cs.")
}

// Steps lists this person's questions, as the full-screen advisor asks them.
func (l *Line) Steps() []Step {
	return State{Insurance: l.Insurance, Status: l.Status}.Steps()
}

// Answer takes one line. "0" goes back a step; on the result, "1" starts
// the next person and "0" (or q) stops.
func (l *Line) Answer(text string) {
	t := strings.TrimSpace(text)
	l.Err = data.Text{}
	if l.Step == StepResult {
		l.Shown = true // it was printed before this answer was asked for
		switch strings.ToLower(t) {
		case "1", "１", "n":
			*l = Line{Book: l.Book, Lang: l.Lang, now: l.now}
		case "0", "０", "q":
			l.Done = true
		default:
			l.Err = data.T("请输入 1 查询下一位，或 0 退出。", "Type 1 for the next person, or 0 to quit.")
		}
		return
	}
	if t == "0" || t == "０" {
		l.back()
		return
	}
	switch l.Step {
	case StepInsurance:
		ins, err := data.ParseInsurance(t)
		if err != nil {
			l.Err = inputMsg(err)
			return
		}
		l.Insurance = ins
	case StepPlace:
		if !l.place(t) {
			return
		}
	case StepAge:
		age, by, err := data.ParseAge(t, data.DateOf(l.now()))
		if err != nil {
			l.Err = inputMsg(err)
			return
		}
		l.Age, l.BirthYear = age, by
	case StepStatus:
		st, err := data.ParseStatus(t)
		if err != nil {
			l.Err = inputMsg(err)
			return
		}
		l.Status = st
	case StepBase:
		l.Base = nil
		if t != "" {
			b, err := data.ParseBase(t)
			if err != nil {
				l.Err = inputMsg(err)
				return
			}
			l.Base = &b
		}
	}
	l.forward()
}

// place answers the place question: a number picks from the choices, text
// is looked up; it reports whether a place was settled.
func (l *Line) place(t string) bool {
	// A small number picks from the list just shown; anything else (a
	// name, a code, an area code) is looked up.
	if n, err := strconv.Atoi(halfDigits(t)); err == nil && n >= 1 && n <= len(l.Choices) {
		p := l.Choices[n-1]
		l.Place, l.Choices = &p, nil
		return true
	}
	l.Choices = nil
	if t == "" {
		l.Err = PlaceHint()
		return false
	}
	p, err := l.Book.Lookup(t)
	if err == nil {
		l.Place, l.Choices = &p, nil
		return true
	}
	var pe *data.PlaceError
	if errors.As(err, &pe) {
		l.Query, l.Choices = t, pe.Candidates
		l.Err = pe.Message(l.Book)
		if len(pe.Candidates) > 0 {
			q := data.Quoted(t)
			l.Err = data.T("「"+q+"」可能是下面几个地区之一：", "\""+q+"\" may be one of these places:")
		}
	}
	return false
}

func (l *Line) forward() {
	steps := l.Steps()
	for i, st := range steps {
		if st != l.Step {
			continue
		}
		if i+1 < len(steps) {
			l.Step = steps[i+1]
			if l.Step == StepPlace && l.skipPlace {
				l.skipPlace = false
				l.Step = steps[i+2] // the place came with the connection
			}
			return
		}
	}
	p := data.Profile{Insurance: l.Insurance, Status: l.Status, Age: l.Age, Base: l.Base, BirthYear: l.BirthYear}
	if !p.NeedsBase() {
		p.Base = nil
	}
	a := l.Book.Advise(*l.Place, p, data.DateOf(l.now()))
	l.Advice = &a
	l.Step = StepResult
}

func (l *Line) back() {
	steps := l.Steps()
	for i, st := range steps {
		if st == l.Step && i > 0 {
			l.Step = steps[i-1]
			l.skipPlace = false
			l.Choices = nil
			return
		}
	}
}

// halfDigits turns fullwidth digits into ASCII.
func halfDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return r - '０' + '0'
		}
		return r
	}, s)
}
