package book

import (
	"slices"
	"strings"

	"yibao/data/lang"
)

// Insurance is the kind of basic medical insurance a person holds.
type Insurance string

// The three insurance types the advisor knows.
const (
	Employee Insurance = "employee" // 职工医保, through an employer
	Flexible Insurance = "flexible" // 灵活就业, employee insurance paid as a self-employed person
	Resident Insurance = "resident" // 城乡居民医保
)

// Insurances lists the types in menu order.
func Insurances() []Insurance { return []Insurance{Employee, Flexible, Resident} }

// Name is the insurance type in words.
func (i Insurance) Name() lang.Text {
	switch i {
	case Employee:
		return lang.T("职工医保", "employee insurance")
	case Flexible:
		return lang.T("灵活就业", "flexible employment")
	case Resident:
		return lang.T("城乡居民医保", "resident insurance")
	}
	return lang.T(string(i), string(i))
}

// Status is where the person stands with retirement.
type Status string

// The three statuses.
const (
	Working    Status = "working"     // 在职
	Retired    Status = "retired"     // 已退休, medical-insurance retirement procedure done
	NotRetired Status = "not-retired" // 到龄未办理退休, of age but procedure not done
)

// Statuses lists the statuses in menu order.
func Statuses() []Status { return []Status{Working, Retired, NotRetired} }

// Name is the status in words.
func (s Status) Name() lang.Text {
	switch s {
	case Working:
		return lang.T("在职", "working")
	case Retired:
		return lang.T("已退休", "retired")
	case NotRetired:
		return lang.T("到龄未办退休", "of age, not retired")
	}
	return lang.T(string(s), string(s))
}

// MaxAge is the oldest age the book knows: age bands run from 0 to MaxAge.
const MaxAge = 120

// Pair is one (insurance, status) combination.
type Pair struct {
	Insurance Insurance
	Status    Status
}

func (p Pair) String() string { return string(p.Insurance) + "/" + string(p.Status) }

// Scheme is how a rule computes the credit.
type Scheme string

// Schemes.
const (
	FixedMonthly  Scheme = "fixed_monthly"              // a fixed amount each month
	FixedAnnual   Scheme = "fixed_annual"               // a fixed amount each insurance year
	PercentOfBase Scheme = "percent_of_base"            // rate % of the person's own contribution base
	PercentOfAvg  Scheme = "percent_of_average_pension" // rate % of a regional average pension
	NoAccount     Scheme = "none"                       // no personal account
	VariesLocally Scheme = "varies"                     // no single rule: depends on the local scheme
	// SetByCity is a province that leaves the retirees' amount to each
	// city, with no province-wide rate or amount: the national method
	// must not stand in for the city's figure.
	SetByCity Scheme = "set_by_city"
)

// Confidence says how good a source is.
type Confidence string

// Confidence levels, best first. Official, news and web figures are shown,
// each labelled with its level; unverified ones never are. Desk figures
// come from what a service desk recorded, never from the embedded book.
const (
	Official   Confidence = "official"   // a gov.cn page, or a verbatim copy of an official notice with its number and date
	News       Confidence = "news"       // a named news outlet, or a government portal's article citing the rule
	Web        Confidence = "web"        // two or more agreeing secondary pages, nothing contradicting
	Unverified Confidence = "unverified" // one farm page or conflicting figures: kept, never shown as a figure
	Desk       Confidence = "desk"       // two or more agreeing statements recorded at a service desk
)

// Confidences lists the levels, best first.
func Confidences() []Confidence { return []Confidence{Official, News, Web, Desk, Unverified} }

// Shown reports whether figures at this confidence may be shown to users.
func (c Confidence) Shown() bool { return c != Unverified && c != "" }

// Name says how good a source is, in plain words for an elderly reader.
func (c Confidence) Name() lang.Text {
	switch c {
	case Official:
		return lang.T("官方文件", "an official document")
	case News:
		return lang.T("新闻报道，请到当地核实", "a news report; please confirm locally")
	case Web:
		return lang.T("网上资料，请到当地核实", "web pages; please confirm locally")
	case Desk:
		return lang.T("本服务台的记录，不是官方数字", "this desk's records, not an official figure")
	}
	return lang.T("未核实", "unverified")
}

// NameAfter is Name said after a publisher: where the publisher already
// names the kind of source (网上资料（两个网站说法一致）), only the rest
// (请到当地核实), so that a source line says the level once.
func (c Confidence) NameAfter(publisher lang.Text) lang.Text {
	n := c.Name()
	rest := func(name, pub, sep string) string {
		kind, after, ok := strings.Cut(name, sep)
		if ok && kind != "" && strings.HasPrefix(strings.ToLower(pub), strings.ToLower(kind)) {
			return after
		}
		return name
	}
	return lang.T(rest(n.Zh, publisher.Zh, "，"), rest(n.En, publisher.En, "; "))
}

// Scope is the level a rule applies at.
type Scope string

// Scopes, most specific first.
const (
	ScopeCity     Scope = "city"
	ScopeUnit     Scope = "unit" // a provincial-level pooling unit (省本级 / 省直)
	ScopeProvince Scope = "province"
	ScopeNational Scope = "national"
)

// Period says how often a credit is paid in.
type Period string

// Periods.
const (
	Monthly Period = "monthly"
	Annual  Period = "annual" // each insurance year, in one payment or more
)

// Rule is one dated, sourced rule for a scope and a set of (insurance, status).
type Rule struct {
	ID        string      `toml:"id"`
	Scope     Scope       `toml:"scope"`
	Code      string      `toml:"code"` // province, place or unit code; empty for national
	Insurance []Insurance `toml:"insurance"`
	Status    []Status    `toml:"status"`
	Scheme    Scheme      `toml:"scheme"`

	// Rate is the percent for the percent schemes when there are no bands.
	Rate float64 `toml:"rate"`
	// Approximate marks a rate the source gives as "about" (左右).
	Approximate bool `toml:"approximate"`
	// Average describes the regional average pension a percent rule uses.
	Average *Average `toml:"average"`
	// Except lists, for a province rule, the places (or units) of the
	// province that set their own figure: the province rule does not apply
	// there, so no other city's figure is handed to them.
	Except []string `toml:"except"`
	// Variant names the groups of the place's question (Question) the
	// rule is for; empty, it is for every group.
	Variant []string `toml:"variant"`

	Bands      []Band      `toml:"band"`
	Deductions []Deduction `toml:"deduction"`

	Credited lang.Text `toml:"credited"` // when the money arrives
	// Caveat is a condition the figure depends on, shown right under it
	// (who it applies to, the year it is from, what was inferred).
	Caveat lang.Text `toml:"caveat"`
	From   Date      `toml:"effective_from"`
	To     *Date     `toml:"effective_to"`
	Note   lang.Text `toml:"note"`
	// Source is written in place ([rule.source]) or named by SourceRef, the
	// id of a shared [[source]] table.
	Source    Source `toml:"source"`
	SourceRef string `toml:"source_ref"`

	// File is the book file the rule came from; Local is set for a rule
	// from a local correction file.
	File  string `toml:"-"`
	Local bool   `toml:"-"`
	// Masked are the pairs a local rule has taken over from this one.
	Masked []Pair `toml:"-"`
}

// Average is the regional average basic pension a percent rule is based on.
type Average struct {
	Of     lang.Text `toml:"of"`     // whose average, e.g. "each city's average basic pension"
	Year   int       `toml:"year"`   // base year; 0 when the source gives none
	Figure float64   `toml:"figure"` // yuan a month; 0 when not known
}

// Band is an age band with inclusive bounds. Fixed schemes give Amount;
// percent schemes may give a Rate per band.
type Band struct {
	MinAge int      `toml:"min_age"`
	MaxAge int      `toml:"max_age"`
	Amount *float64 `toml:"amount"`
	Rate   *float64 `toml:"rate"`
}

// Contains reports whether age falls in the band.
func (b Band) Contains(age int) bool { return age >= b.MinAge && age <= b.MaxAge }

// Deduction is taken from the credit before it reaches the account.
// Monthly is a fixed amount a month; Annual a fixed amount a year (taken
// from a yearly credit); Rate is a percent of the contribution base
// (percent_of_base rules only). None of the three means the deduction is
// known to be taken but its amount is not; Possible is then the monthly
// amount reports give that is not verified: never deducted from a figure,
// only used to recognise a statement showing the credit less it. Age
// bounds are optional and inclusive.
type Deduction struct {
	Name     lang.Text `toml:"name"`
	Monthly  *float64  `toml:"monthly"`
	Annual   *float64  `toml:"annual"`
	Rate     *float64  `toml:"rate"`
	Possible *float64  `toml:"possible"`
	MinAge   *int      `toml:"min_age"`
	MaxAge   *int      `toml:"max_age"`
}

// Applies reports whether the deduction applies at an age.
func (d Deduction) Applies(age int) bool {
	return (d.MinAge == nil || age >= *d.MinAge) && (d.MaxAge == nil || age <= *d.MaxAge)
}

// Source is a rule's provenance.
type Source struct {
	Title      lang.Text   `toml:"title"`
	DocNo      string      `toml:"doc_no"`
	Publisher  lang.Text   `toml:"publisher"`
	Date       PartialDate `toml:"date"`
	URL        string      `toml:"url"`
	SeenVia    lang.Text   `toml:"seen_via"` // where the text was read when not at the publisher
	VerifiedOn Date        `toml:"verified_on"`
	Confidence Confidence  `toml:"confidence"`
	// Remark is what the research found about the source, for maintainers
	// and `yibao data check`: never shown in an answer.
	Remark string `toml:"remark"`
}

// NamedSource is a [[source]] table that several rules share by id.
type NamedSource struct {
	ID string `toml:"id"`
	Source
}

// Covers reports whether the rule is about this insurance and status and
// no local rule has taken that pair over.
func (r Rule) Covers(ins Insurance, st Status) bool {
	p := Pair{ins, st}
	return slices.Contains(r.Insurance, ins) && slices.Contains(r.Status, st) && !slices.Contains(r.Masked, p)
}

// Pairs lists the (insurance, status) pairs the rule covers.
func (r Rule) Pairs() []Pair {
	var out []Pair
	for _, ins := range r.Insurance {
		for _, st := range r.Status {
			if r.Covers(ins, st) {
				out = append(out, Pair{ins, st})
			}
		}
	}
	return out
}

// InForce reports whether the rule is effective on day d.
func (r Rule) InForce(d Date) bool {
	return !d.Before(r.From) && (r.To == nil || !d.After(*r.To))
}

// Overlaps reports whether two rules are in force on some common day.
func (r Rule) Overlaps(o Rule) bool {
	return (r.To == nil || !r.To.Before(o.From)) && (o.To == nil || !o.To.Before(r.From))
}

// Period is how often the rule's credit is paid in.
func (r Rule) Period() Period {
	if r.Scheme == FixedAnnual {
		return Annual
	}
	return Monthly
}

// AppliesTo reports whether the rule is for this place: its own code, its
// province (unless excepted) or the whole country.
func (r Rule) AppliesTo(p Place) bool {
	switch r.Scope {
	case ScopeNational:
		return true
	case ScopeProvince:
		return r.Code == p.Province && !slices.Contains(r.Except, p.Code)
	}
	return r.Code == p.Code
}
