// Package consult is the consultation, defined once: the questions in
// order, each with its prompt and hint in both languages, its choices or
// its parser, when it is asked and how the consultation moves on and back.
// The full-screen advisor, the line mode and `yibao advise` are drivers
// over this one table and one Answers value.
package consult

import (
	"yibao/data/advice"
	"yibao/data/answers"
	"yibao/data/book"
	"yibao/data/places"
)

// Answers are what the person has answered so far. Nothing else about the
// person is kept: no name, no ID number.
type Answers struct {
	Insurance book.Insurance // "" until answered
	Status    book.Status
	Place     *places.Match // the place, and the district or county it was named by
	// Variant answers the place's own question: a group's value, or
	// book.Unknown. It counts only while the place asks it (Profile).
	Variant string
	Age     *answers.Age
	Base    *book.Money
	// BaseDone is set once the base question was answered, blank or not.
	BaseDone bool
	// Statement answers the record questions (RecordSteps), asked after
	// the advice where a desk records what a statement showed.
	Statement Statement
	// warned names the answers a Warning was given for (a status and an
	// age, an amount): given again, they are taken.
	warned string
}

// Env is what answering needs from outside: the place search and the day.
type Env struct {
	Places *places.Index
	Today  book.Date
}

// Profile is the answers as the advice needs them; a question that is not
// asked of this person does not count, whatever it held before.
func (a Answers) Profile() advice.Profile {
	p := advice.Profile{Insurance: a.Insurance}
	if Find(Status).Asked(a) {
		p.Status = a.Status
	}
	if Find(Age).Asked(a) && a.Age != nil {
		p.Age, p.BirthYear, p.AgeKnown = a.Age.Years, a.Age.BirthYear, true
	}
	if Find(Variant).Asked(a) {
		p.Variant = a.Variant
	}
	if Find(Base).Asked(a) {
		p.Base = a.Base
	}
	return p
}

// Complete reports whether every question asked of this person has an
// answer, so the advice can be worked out.
func (a Answers) Complete() bool {
	for _, s := range Steps() {
		if s.Asked(a) && !s.Answered(a) {
			return false
		}
	}
	return true
}

// Advise works the advice out for complete answers.
func (a Answers) Advise(b *book.Book, asOf book.Date) advice.Advice {
	adv := advice.Resolve(b, a.Place.Place, a.Profile(), asOf)
	adv.County = a.Place.County
	return adv
}
