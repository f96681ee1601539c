// Package observe keeps what a service desk saw on people's own statements:
// the month's personal-account credit, for a kind of person in a place. Two
// such records that agree are better evidence than most web pages, and
// where the book has no figure they give one, labelled as the desk's own.
//
// A record holds the place code, the insurance type, the status, the age
// band of the rule that applied (or a ten-year band), the amount, the
// month, where it was read and the day it was recorded: never an exact
// age, a name, an ID, a time of day or anything else typed.
//
// Package records keeps desk records in a database shared by centres, and
// imports files of this package's format; front ends move to it.
package observe

import (
	"strconv"

	"yibao/data/advice"
	"yibao/data/book"
	"yibao/data/lang"
	"yibao/data/records"
)

// Observation is one statement's credit, as a desk recorded it.
type Observation struct {
	Place     string // the pooling place's code
	Insurance book.Insurance
	Status    book.Status // "" for resident insurance, which is not asked
	Band      Band
	Amount    book.Money
	Month     Month
	Channel   Channel // "" when not said
	Day       book.Date
}

// Band is an age band, both ends included.
type Band struct{ Min, Max int }

func (b Band) String() string { return strconv.Itoa(b.Min) + "-" + strconv.Itoa(b.Max) }

// Words names the band for a person: "70 岁及以上", "60 到 69 岁".
func (b Band) Words() lang.Text {
	switch {
	case b.Min == 0 && b.Max >= 120:
		return lang.T("不分年龄", "any age")
	case b.Max >= 120:
		return lang.F("%d 岁及以上", "%d and over", b.Min)
	case b.Min == 0:
		return lang.F("%d 岁及以下", "%d and under", b.Max)
	}
	return lang.F("%d 到 %d 岁", "%d to %d", b.Min, b.Max)
}

// BandOf is the band a person's record goes under: the age band of the
// rule that applied, else the ten years around the age, else every age.
func BandOf(a advice.Advice) Band {
	switch {
	case a.Credit.Band != nil:
		return Band{a.Credit.Band.MinAge, a.Credit.Band.MaxAge}
	case a.Profile.AgeKnown:
		lo := a.Profile.Age / 10 * 10
		return Band{lo, min(lo+9, 120)}
	}
	return Band{0, 120}
}

// New is the record of what a statement showed for the person the advice
// is for. It keeps the band, not the age.
func New(a advice.Advice, amount book.Money, month Month, ch Channel, day book.Date) Observation {
	return Observation{Place: a.Place.Code, Insurance: a.Profile.Insurance, Status: a.Profile.Status,
		Band: BandOf(a), Amount: amount, Month: month, Channel: ch, Day: day}
}

// The month, amount and channel of a record, shared with package records.
type (
	Month    = records.Month
	Channel  = records.Channel
	Question = records.Question
)

// Channels.
const (
	App      = records.App
	Alipay   = records.Alipay
	WeChat   = records.WeChat
	Hotline  = records.Hotline
	Counter  = records.Counter
	Terminal = records.Terminal
	Receipt  = records.Receipt
)

// MaxAmount is the most a month's statement can show.
const MaxAmount = records.MaxAmount

// Shared helpers of package records.
var (
	MonthOf      = records.MonthOf
	LastMonth    = records.LastMonth
	ParseMonth   = records.ParseMonth
	ParseAmount  = records.ParseAmount
	ParseChannel = records.ParseChannel
	Channels     = records.Channels
	Questions    = records.Questions
)
