package data

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
)

// Schemes lists every scheme the book accepts.
func Schemes() []Scheme {
	return []Scheme{FixedMonthly, FixedAnnual, PercentOfBase, PercentOfAvg, NoAccount, VariesLocally}
}

// Confidence says how good a rule's source is.
type Confidence string

// Confidence levels, best first. Official, news and web figures are shown,
// each labelled with its level; unverified ones never are.
const (
	Official   Confidence = "official"   // a gov.cn page, or a verbatim copy of an official notice with its number and date
	News       Confidence = "news"       // a named news outlet, or a government portal's article citing the rule
	Web        Confidence = "web"        // two or more agreeing secondary pages, nothing contradicting
	Unverified Confidence = "unverified" // one farm page or conflicting figures: kept, never shown as a figure
)

// Confidences lists the levels a source may have, best first.
func Confidences() []Confidence { return []Confidence{Official, News, Web, Unverified} }

// Shown reports whether figures at this confidence may be shown to users.
func (c Confidence) Shown() bool { return c == Official || c == News || c == Web }

// Scope levels of a rule.
const (
	ScopeNational = "national"
	ScopeProvince = "province"
	ScopeCity     = "city"
	ScopeUnit     = "unit" // a provincial-level pooling unit (省本级 / 省直)
)

// Rule is one dated, sourced rule for a scope and a set of (insurance, status).
type Rule struct {
	ID        string      `toml:"id"`
	Scope     string      `toml:"scope"` // national, province or city
	Code      string      `toml:"code"`  // province or place code; empty for national
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

	Bands      []Band      `toml:"band"`
	Deductions []Deduction `toml:"deduction"`

	Credited Text `toml:"credited"` // when the money arrives
	// Caveat is a condition the figure depends on, shown right under it
	// (who it applies to, the year it is from, what was inferred).
	Caveat Text  `toml:"caveat"`
	From   Date  `toml:"effective_from"`
	To     *Date `toml:"effective_to"`
	Note   Text  `toml:"note"`
	// Source is written in place ([rule.source]) or named by SourceRef, the
	// id of a shared [[source]] table.
	Source    Source `toml:"source"`
	SourceRef string `toml:"source_ref"`

	file   string        // the book file the rule came from
	local  bool          // from a local file rather than the embedded book
	masked map[Pair]bool // pairs a local rule has taken over
}

// Average is the regional average basic pension a percent rule is based on.
type Average struct {
	Of     Text    `toml:"of"`     // whose average, e.g. "each city's average basic pension"
	Year   int     `toml:"year"`   // base year; 0 when the source gives none
	Figure float64 `toml:"figure"` // yuan a month; 0 when not known
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
// (percent_of_base rules only). Age bounds are optional and inclusive.
type Deduction struct {
	Name    Text     `toml:"name"`
	Monthly *float64 `toml:"monthly"`
	Annual  *float64 `toml:"annual"`
	Rate    *float64 `toml:"rate"`
	MinAge  *int     `toml:"min_age"`
	MaxAge  *int     `toml:"max_age"`
}

// Applies reports whether the deduction applies at an age.
func (d Deduction) Applies(age int) bool {
	if d.MinAge != nil && age < *d.MinAge {
		return false
	}
	if d.MaxAge != nil && age > *d.MaxAge {
		return false
	}
	return true
}

// Source is a rule's provenance.
type Source struct {
	Title      Text        `toml:"title"`
	DocNo      string      `toml:"doc_no"`
	Publisher  Text        `toml:"publisher"`
	Date       PartialDate `toml:"date"`
	URL        string      `toml:"url"`
	SeenVia    Text        `toml:"seen_via"` // where the text was read when not at the publisher
	VerifiedOn Date        `toml:"verified_on"`
	Confidence Confidence  `toml:"confidence"`
}

// NamedSource is a [[source]] table that several rules share by id.
type NamedSource struct {
	ID string `toml:"id"`
	Source
}

// File is the book file the rule was loaded from.
func (r Rule) File() string { return r.file }

// Covers reports whether the rule is about this insurance and status.
func (r Rule) Covers(ins Insurance, st Status) bool {
	return contains(r.Insurance, ins) && contains(r.Status, st)
}

// InForce reports whether the rule is effective on day d.
func (r Rule) InForce(d Date) bool {
	if d.Before(r.From) {
		return false
	}
	return r.To == nil || !d.After(*r.To)
}

func contains[T comparable](xs []T, x T) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// Name is the insurance type in words.
func (i Insurance) Name() Text {
	switch i {
	case Employee:
		return T("职工医保", "employee insurance")
	case Flexible:
		return T("灵活就业", "flexible employment")
	case Resident:
		return T("城乡居民医保", "resident insurance")
	}
	return T(string(i), string(i))
}

// Name is the status in words.
func (s Status) Name() Text {
	switch s {
	case Working:
		return T("在职", "working")
	case Retired:
		return T("已退休", "retired")
	case NotRetired:
		return T("到龄未办退休", "of age, not retired")
	}
	return T(string(s), string(s))
}

// Name says how good a source is, in words for the screen.
func (c Confidence) Name() Text {
	switch c {
	case Official:
		return T("官方文件", "official document")
	case News:
		return T("新闻报道，请到当地核实", "a news report; please confirm locally")
	case Web:
		return T("网上资料，请到当地核实", "web pages; please confirm locally")
	}
	return T("未核实", "unverified")
}
