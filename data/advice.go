package data

import "fmt"

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
	NetAnnual    Money // the year's credit after deductions
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
	Annual  Money   // for a yearly deduction; Monthly is then a twelfth of it
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
	RateChanged  bool
	// Deductions are those that apply from Age, when they differ from now.
	Deductions []DeductionAmount
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
	Dial        string // the number with the area code filled in, if any
	Steps       []Text
	Recommended bool
}

// NeedsBase reports whether the contribution base matters: only for a
// working employee, whose own contribution funds the account.
func (p Profile) NeedsBase() bool { return p.Insurance == Employee && p.Status == Working }

// Hotline is the medical-insurance hotline to dial for the place, with its
// area code ("010-12393"), from the hotline channel.
func (a Advice) Hotline() string {
	for _, c := range a.Channels {
		if c.Channel.Kind == "hotline" && c.Dial != "" {
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

// Headline is the figure in one sentence, or what stands in its place.
func (a Advice) Headline() Text {
	c := a.Credit
	switch {
	case c.Known && c.Period == PeriodAnnual:
		return T(fmt.Sprintf("每个医保年度划入 %s 元（折合每月约 %s 元，不是每月到账）。", c.Annual, c.GrossMonthly),
			fmt.Sprintf("%s yuan each insurance year (about %s yuan a month on average; not paid monthly).", c.Annual, c.GrossMonthly))
	case c.Known && c.NetMonthly != c.GrossMonthly:
		return T(fmt.Sprintf("每月实际划入 %s 元（划入 %s 元，扣款后到账）。", c.NetMonthly, c.GrossMonthly),
			fmt.Sprintf("%s yuan a month reaches the account (%s yuan before deductions).", c.NetMonthly, c.GrossMonthly))
	case c.Known:
		return T(fmt.Sprintf("每月实际划入 %s 元。", c.NetMonthly), fmt.Sprintf("%s yuan a month reaches the account.", c.NetMonthly))
	}
	t := a.NoFigure()
	return T(t.Zh+"。", t.En+".")
}

// NoFigure is the few words that stand where a figure would: no account,
// no retiree credit yet, the base is needed, or no verified figure.
func (a Advice) NoFigure() Text {
	c := a.Credit
	switch {
	case c.HasAccount != nil && !*c.HasAccount:
		return T("没有个人账户", "No personal account")
	case a.Profile.Status == NotRetired:
		return T("退休划入还没开始", "No retiree credit yet")
	case c.Scheme == PercentOfBase:
		return T("需要缴费基数才能算出", "Needs your contribution base")
	case c.Scheme == VariesLocally:
		return T("因地而异，暂无核实数据", "Depends on the place: no verified figure")
	}
	return T("暂无核实数据", "No verified figure")
}

// NextSteps says what someone insured in one place and living in another
// should know: the credit follows the insured place, and what to do before
// treatment where they live.
func NextSteps(insured, living Advice) []Text {
	out := []Text{T("个人账户划入一直按参保地的规定计算，住在别处不会改变。",
		"The credit always follows the insured place's rule; living elsewhere does not change it.")}
	switch {
	case insured.Place.Code == living.Place.Code:
		out = append(out, T("两处是同一个统筹地区，不需要另外办理。", "Both are the same pooling place; nothing else is needed."))
	case insured.Place.Province != living.Place.Province:
		out = append(out,
			T("跨省居住：在现居地看病前，先在参保地办「异地就医备案」（按 g 看「在外地看病」）。", "Living in another province: before treatment there, file with the insured place (press g: \"Treatment in another province\")."),
			T("如果要把医保关系转到现居地，余额跟着转（按 g 看「换地方了」）。", "To move the insurance to where you live, the balance moves with it (press g: \"Moving\")."))
	default:
		out = append(out, T("同省不同城市：在现居地看病前，先问参保地要不要办异地就医手续；各省做法不同（按 g 看「在外地看病」）。",
			"Another city in the same province: before treatment there, ask the insured place whether filing is needed; provinces differ (press g: \"Treatment in another province\")."))
	}
	return out
}

// Period values.
const (
	PeriodMonthly = "monthly"
	PeriodAnnual  = "annual"
)
