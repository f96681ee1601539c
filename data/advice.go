package data

// Profile is everything the advisor asks about a person. It holds no name
// and no ID number, and nothing in it is stored.
type Profile struct {
	Insurance Insurance
	Status    Status
	Age       int
	Base      *Money // monthly contribution base; nil when not given
	BirthYear int    // set when the age was worked out from a birth year
}

// Advice is the answer for one person in one place on one day.
type Advice struct {
	Place    Place
	Province Province
	Profile  Profile
	AsOf     Date
	Credit   Credit
	Notes    []NoteText
	Channels []ChannelAdvice
}

// Credit is the monthly (or annual) personal-account credit and where its
// figure comes from. Amounts are only meaningful when Known is true.
type Credit struct {
	Known      bool
	HasAccount *bool // nil when it depends on the local scheme
	Scheme     Scheme
	Period     string // "monthly" or "annual"

	Annual       Money
	GrossMonthly Money
	NetMonthly   Money
	Deductions   []DeductionAmount

	Rate       float64 // percent, for percent schemes
	Formula    Text    // how the figure is worked out, or the method when unknown
	Reason     Text    // when not Known: why there is no figure
	Credited   Text    // when the money arrives
	Caveat     Text    // a condition the figure depends on, for right under it
	RuleNote   Text    // the rule's own note
	Scope      string  // national, province or city
	RuleID     string
	From       Date  // the rule's effective_from; zero when not known
	To         *Date // the rule's effective_to, if any
	Confidence Confidence
	Source     Source
	NextChange *NextChange
}

// DeductionAmount is one deduction worked out for the person.
type DeductionAmount struct {
	Name    Text
	Monthly Money
	Known   bool    // false for a rate deduction without a base
	Rate    float64 // percent, for rate deductions
}

// NextChange is the next age at which the credit changes.
type NextChange struct {
	Age          int
	Known        bool
	Annual       Money
	GrossMonthly Money
	NetMonthly   Money
	Rate         float64 // percent, for percent schemes
}

// NoteText is an eligibility note chosen for the advice.
type NoteText struct {
	ID     string
	Text   Text
	Source *Source
}

// ChannelAdvice is a balance-query channel with its steps filled in for
// the place (area code, city name).
type ChannelAdvice struct {
	Channel     Channel
	Name        Text
	Steps       []Text
	Recommended bool
}

// Period values.
const (
	PeriodMonthly = "monthly"
	PeriodAnnual  = "annual"
)
