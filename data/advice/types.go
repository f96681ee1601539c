// Package advice works out the answer for one person in one place on one
// day: the monthly (or yearly) personal-account credit with its formula
// and source, the eligibility notes that apply, and the ways to check the
// balance. It reads the policy book and never guesses: where no sourced
// figure exists, it says so and explains the method.
package advice

import (
	"yibao/data/book"
	"yibao/data/lang"
)

// Profile is everything the advisor asks about a person. It holds no name
// and no ID number, and nothing in it is stored.
type Profile struct {
	Insurance book.Insurance
	Status    book.Status // "" when it was not asked (resident insurance)
	Age       int
	AgeKnown  bool        // false when the age was not asked
	Base      *book.Money // monthly contribution base; nil when not given
	BirthYear int         // set when the age was worked out from a birth year
	// Variant is the answer to the place's own question (book.Question):
	// one of its values, book.Unknown, or "" when it was not asked.
	Variant string
}

// Advice is the answer for one person in one place on one day.
type Advice struct {
	Place    book.Place
	Province book.Province
	// County is the district or county the person named, when the place
	// was found through it (海淀区 for 北京市).
	County  *book.County
	Profile Profile
	AsOf    book.Date
	Credit  Credit
	// Groups are the figures of each group of the place's question, side
	// by side, when the person does not know which group they are in;
	// Credit then says that the figure depends on the group.
	Groups   []Group
	Notes    []NoteText
	Channels []ChannelAdvice
}

// Credit is the monthly (or annual) personal-account credit and where its
// figure comes from. Amounts are only meaningful when Known is true.
type Credit struct {
	Known      bool
	HasAccount *bool // nil when it depends on the local scheme
	Scheme     book.Scheme
	Period     book.Period

	Annual       book.Money
	GrossMonthly book.Money
	// NetMonthly and NetAnnual are after the deductions whose amounts are
	// known: what arrives only when NetKnown.
	NetMonthly book.Money
	NetAnnual  book.Money
	Deductions []DeductionAmount

	// Band is the age band of the rule that applied, when it has bands.
	Band       *book.Band
	Rate       float64   // percent, for percent schemes
	Formula    lang.Text // how the figure is worked out, or the method when unknown
	Reason     lang.Text // when not Known: why there is no figure
	Credited   lang.Text // when the money arrives
	Caveat     lang.Text // a condition the figure depends on, for right under it
	RuleNote   lang.Text // the rule's own note
	Scope      book.Scope
	RuleID     string
	From       book.Date  // the rule's effective_from; zero when not known
	To         *book.Date // the rule's effective_to, if any
	Confidence book.Confidence
	Source     book.Source
	NextChange *NextChange
	// Change is what the rule was before this one, when the book records
	// an earlier rule with a figure ("150 a month until 2022-12-31").
	Change *Change
	// Seen is what this desk recorded on statements for the same place,
	// insurance, status and age band (package observe); nil when the
	// desk's records were not consulted.
	Seen *Seen
}

// Group is the credit for one group of a place's question.
type Group struct {
	Choice book.Choice
	Credit Credit
}

// Seen is what a desk's records show for one kind of person in one place.
type Seen struct {
	Count    int           // records
	Agreeing int           // records that agree with the figure shown (the book's or the desk's; without a figure, the most common amount)
	Amounts  []AmountCount // each amount seen and how often, most often first
	Latest   string        // the latest month seen, YYYY-MM
	Centres  int           // the centres the records come from (0 when not known)
}

// AmountCount is one amount a desk saw and how often.
type AmountCount struct {
	Amount book.Money
	Count  int
}

// DeductionAmount is one deduction worked out for the person.
type DeductionAmount struct {
	Name    lang.Text
	Monthly book.Money
	Annual  book.Money // for a yearly deduction; Monthly is then a twelfth of it
	Known   bool       // false for a rate deduction without a base
	Rate    float64    // percent, for rate deductions
	// Possible is the monthly amount reports give for a deduction whose
	// amount is not known; not verified, never deducted.
	Possible book.Money
}

// NextChange is the next age at which the credit changes.
type NextChange struct {
	Age          int
	Known        bool
	Annual       book.Money
	GrossMonthly book.Money
	NetMonthly   book.Money
	Rate         float64 // percent, for percent schemes
	RateChanged  bool
	// Deductions are those that apply from Age, when they differ from now.
	Deductions []DeductionAmount
}

// Change is the figure of the rule in force before the current one.
type Change struct {
	RuleID string
	Period book.Period
	Net    book.Money // a month, or a year for a yearly credit
	Until  book.Date  // the earlier rule's last day
	Since  book.Date  // the current rule's first day
	Text   lang.Text  // the change in one line
}

// NoteText is an eligibility note chosen for the advice.
type NoteText struct {
	ID     string
	Text   lang.Text
	Source *book.Source
}

// ChannelAdvice is a balance-query channel with its steps filled in for
// the place (area code, city name).
type ChannelAdvice struct {
	Channel     book.Channel
	Name        lang.Text
	Dial        string // the number with the area code filled in, if any
	Steps       []lang.Text
	Recommended bool
}

// Ids of the notes the advice works out itself.
const (
	NoteNextChange      = "next-change"
	NoteBirthYear       = "birth-year"
	NoteUnverifiedLocal = "unverified-local"
	NoteStale           = "stale"
	NoteChange          = "change"
	NoteUnit            = "unit"
	NoteEarlyRetired    = "early-retired"
)

// EarlyRetirementAge is the age below which a retiree is unusual enough to
// be asked twice and noted: early retirement exists, but is rare.
const EarlyRetirementAge = 40

// StaleAfterMonths is how old a verification may be before the advice and
// `yibao data check` say so.
const StaleAfterMonths = 18

// NeedsBase reports whether the contribution base matters: only for a
// working employee, whose own contribution funds the account.
func (p Profile) NeedsBase() bool { return p.Insurance == book.Employee && p.Status == book.Working }

// Hotline is the medical-insurance hotline to dial for the place, with its
// area code ("010-12393"), from the hotline channel.
func (a Advice) Hotline() string {
	for _, c := range a.Channels {
		if c.Channel.Kind == book.Hotline && c.Dial != "" {
			return c.Dial
		}
	}
	return ""
}

// Note returns the note with an id, if the advice has it.
func (a Advice) Note(id string) (NoteText, bool) {
	for _, n := range a.Notes {
		if n.ID == id {
			return n, true
		}
	}
	return NoteText{}, false
}

// Relation is how the place a person lives relates to where they are
// insured, for the comparison's next steps.
type Relation int

// Relations.
const (
	SamePlace     Relation = iota // the same pooling place
	SameProvince                  // another place in the same province
	OtherProvince                 // another province
)

// Relate says how two places relate.
func Relate(insured, living book.Place) Relation {
	switch {
	case insured.Code == living.Code:
		return SamePlace
	case insured.Province == living.Province:
		return SameProvince
	}
	return OtherProvince
}
