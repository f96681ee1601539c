package advice

import (
	"yibao/data/book"
	"yibao/data/lang"
)

// AdviceJSON is the documented JSON shape of `yibao advise --json`.
// Texts are in the requested language; amounts are yuan, at most two
// decimals, and null when unknown.
type AdviceJSON struct {
	Place   PlaceJSON   `json:"place"`
	Profile ProfileJSON `json:"profile"`
	Credit  CreditJSON  `json:"credit"`
	// Groups are each group's credit, side by side, when the person does
	// not know which group of the place's question they are in.
	Groups   []GroupJSON   `json:"groups,omitempty"`
	Notes    []NoteJSON    `json:"notes"`
	Channels []ChannelJSON `json:"channels"`
	AsOf     string        `json:"as_of"`
	Lang     lang.Lang     `json:"lang"`
	// Disclaimer is the statement every front end ends the answer with.
	Disclaimer string `json:"disclaimer"`
}

// PlaceJSON names the insured place.
type PlaceJSON struct {
	Code     string `json:"code"`
	Name     string `json:"name"`
	Province string `json:"province"`
	NameEn   string `json:"name_en"`
	AreaCode string `json:"area_code"`
	Kind     string `json:"kind"` // municipality, prefecture, county or unit
	// County is the district or county the place was found through.
	County *CountyJSON `json:"county,omitempty"`
}

// CountyJSON names the district or county a person gave.
type CountyJSON struct {
	Code   string `json:"code"`
	Name   string `json:"name"`
	NameEn string `json:"name_en"`
}

// ProfileJSON echoes the answers.
type ProfileJSON struct {
	Insurance book.Insurance `json:"insurance"`
	Status    *book.Status   `json:"status"` // null when not asked
	Age       *int           `json:"age"`    // null when not asked
	Base      *float64       `json:"base"`
	BirthYear *int           `json:"birth_year,omitempty"`
	// Variant is the answer to the place's own question (tier1, public,
	// unknown...); null when the place asks none of this person.
	Variant *string `json:"variant"`
}

// GroupJSON is one group's credit: its value, its name and the credit.
type GroupJSON struct {
	Variant string     `json:"variant"`
	Name    string     `json:"name"`
	Credit  CreditJSON `json:"credit"`
}

// CreditJSON is the credit and its provenance.
type CreditJSON struct {
	Known        bool        `json:"known"`
	HasAccount   *bool       `json:"has_account"`
	Scheme       book.Scheme `json:"scheme"`
	Period       book.Period `json:"period"`
	Annual       *float64    `json:"annual"`
	NetAnnual    *float64    `json:"net_annual"`
	GrossMonthly *float64    `json:"gross_monthly"`
	// NetAnnual and NetMonthly are what arrives, given only where the book
	// knows it (Credit.NetKnown): null when a deduction's amount is not
	// known (it is named in Deductions, its amount null) and when no
	// deduction is recorded (the book does not know that none is taken).
	NetMonthly *float64        `json:"net_monthly"`
	Rate       *float64        `json:"rate_percent"`
	Deductions []DeductionJSON `json:"deductions"`
	// Headline is the figure in one sentence, as every front end says it.
	Headline   string          `json:"headline,omitempty"`
	Formula    string          `json:"formula"`
	Reason     string          `json:"reason,omitempty"`
	Credited   string          `json:"credited,omitempty"`
	Caveat     string          `json:"caveat,omitempty"`
	Note       string          `json:"note,omitempty"`
	Scope      book.Scope      `json:"scope"`
	RuleID     string          `json:"rule_id"`
	Confidence book.Confidence `json:"confidence"`
	Source     SourceJSON      `json:"source"`
	VerifiedOn string          `json:"verified_on"`
	From       *string         `json:"effective_from"`
	To         *string         `json:"effective_to"`
	NextChange *NextChangeJSON `json:"next_change"`
	Change     *ChangeJSON     `json:"change"`
	// Observations is what the desk's records show for such a person;
	// present only when the records were consulted and hold some.
	Observations *SeenJSON `json:"observations,omitempty"`
}

// SeenJSON is what a desk's records show: how many, how many agree with
// the figure shown (without one, with the most common amount), each
// amount and how often, and the latest month.
type SeenJSON struct {
	Count       int               `json:"count"`
	Agreeing    int               `json:"agreeing"`
	Amounts     []AmountCountJSON `json:"amounts"`
	LatestMonth string            `json:"latest_month"`
	Centres     int               `json:"centres,omitempty"`
}

// AmountCountJSON is one amount seen and how often.
type AmountCountJSON struct {
	Amount float64 `json:"amount"`
	Count  int     `json:"count"`
}

// ChangeJSON is the earlier rule's figure, when the book records one.
type ChangeJSON struct {
	RuleID string      `json:"rule_id"`
	Period book.Period `json:"period"`
	Net    float64     `json:"net"`
	Until  string      `json:"until"`
	Since  string      `json:"since"`
	Text   string      `json:"text"`
}

// DeductionJSON is one deduction; monthly is null when its amount is not
// known: a percent deduction without a base, or one the book knows is
// taken without knowing how much.
type DeductionJSON struct {
	Name    string   `json:"name"`
	Monthly *float64 `json:"monthly"`
	Rate    *float64 `json:"rate_percent,omitempty"`
}

// SourceJSON is the provenance of the figure.
type SourceJSON struct {
	Title     string `json:"title"`
	DocNo     string `json:"doc_no"`
	Publisher string `json:"publisher"`
	Date      string `json:"date"`
	URL       string `json:"url"`
	SeenVia   string `json:"seen_via,omitempty"`
}

// NextChangeJSON is the next age at which the credit changes.
type NextChangeJSON struct {
	Age          int      `json:"age"`
	NetMonthly   *float64 `json:"net_monthly"`
	GrossMonthly *float64 `json:"gross_monthly"`
	Annual       *float64 `json:"annual"`
	Rate         *float64 `json:"rate_percent,omitempty"`
}

// NoteJSON is one eligibility note.
type NoteJSON struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// ChannelJSON is one balance-query channel.
type ChannelJSON struct {
	ID          string   `json:"id"`
	Kind        string   `json:"kind"`
	Name        string   `json:"name"`
	Steps       []string `json:"steps"`
	Needs       []string `json:"needs"`
	Suits       string   `json:"suits"`
	Recommended bool     `json:"recommended"`
	Note        string   `json:"note,omitempty"`
	SourceNote  string   `json:"source_note"`
	Confidence  string   `json:"confidence"`
	VerifiedOn  string   `json:"verified_on"`
}

// JSON returns the advice in the documented JSON shape, texts in language l.
func (a Advice) JSON(l lang.Lang) AdviceJSON {
	out := AdviceJSON{
		Place: PlaceJSON{
			Code: a.Place.Code, Name: a.Place.Name, Province: a.Province.Name,
			NameEn: a.Place.En, AreaCode: a.Place.AreaCode, Kind: string(a.Place.Kind),
		},
		Profile:    a.Profile.json(),
		AsOf:       a.AsOf.String(),
		Lang:       l,
		Disclaimer: Disclaimer().In(l),
		Credit:     a.Credit.json(l),
		Notes:      []NoteJSON{},
		Channels:   []ChannelJSON{},
	}
	if k := a.County; k != nil {
		out.Place.County = &CountyJSON{Code: k.Code, Name: k.Name, NameEn: k.En}
	}
	for _, g := range a.Groups {
		out.Groups = append(out.Groups, GroupJSON{Variant: g.Choice.Value, Name: g.Choice.Short.In(l), Credit: g.Credit.json(l)})
	}
	for _, n := range a.Notes {
		out.Notes = append(out.Notes, NoteJSON{ID: n.ID, Text: n.Text.In(l)})
	}
	for _, ch := range a.Channels {
		out.Channels = append(out.Channels, ch.json(l))
	}
	return out
}

// ptr is v's address, or nil when v is its zero value.
func ptr[T comparable](v T) *T {
	var zero T
	if v == zero {
		return nil
	}
	return &v
}

func (p Profile) json() ProfileJSON {
	out := ProfileJSON{Insurance: p.Insurance, Status: ptr(p.Status), BirthYear: ptr(p.BirthYear), Variant: ptr(p.Variant)}
	if p.AgeKnown {
		age := p.Age
		out.Age = &age
	}
	if p.Base != nil {
		out.Base = yuanPtr(*p.Base)
	}
	return out
}

func (c Credit) json(l lang.Lang) CreditJSON {
	cj := CreditJSON{
		Known: c.Known, HasAccount: c.HasAccount, Scheme: c.Scheme, Period: c.Period,
		Formula: c.Formula.In(l), Reason: c.Reason.In(l), Credited: c.Credited.In(l), Caveat: c.Caveat.In(l), Note: c.RuleNote.In(l),
		Scope: c.Scope, RuleID: c.RuleID, Confidence: c.Confidence,
		Source: SourceJSON{
			Title: c.Source.Title.In(l), DocNo: c.Source.DocNo, Publisher: c.Source.Publisher.In(l),
			Date: string(c.Source.Date), URL: c.Source.URL, SeenVia: c.Source.SeenVia.In(l),
		},
		VerifiedOn: c.Source.VerifiedOn.String(),
		Deductions: []DeductionJSON{},
		Rate:       ptr(c.Rate),
	}
	if !c.From.IsZero() {
		cj.From = ptr(c.From.String())
	}
	if c.To != nil {
		cj.To = ptr(c.To.String())
	}
	if c.Known {
		cj.Annual, cj.GrossMonthly = yuanPtr(c.Annual), yuanPtr(c.GrossMonthly)
		cj.Headline = c.Headline().In(l)
	}
	if c.NetKnown() {
		cj.NetMonthly, cj.NetAnnual = yuanPtr(c.NetMonthly), yuanPtr(c.NetAnnual)
	}
	if sn := c.Seen; sn != nil {
		sj := &SeenJSON{Count: sn.Count, Agreeing: sn.Agreeing, LatestMonth: sn.Latest, Centres: sn.Centres, Amounts: []AmountCountJSON{}}
		for _, a := range sn.Amounts {
			sj.Amounts = append(sj.Amounts, AmountCountJSON{Amount: a.Amount.Float(), Count: a.Count})
		}
		cj.Observations = sj
	}
	if ch := c.Change; ch != nil {
		cj.Change = &ChangeJSON{RuleID: ch.RuleID, Period: ch.Period, Net: ch.Net.Float(), Until: ch.Until.String(), Since: ch.Since.String(), Text: ch.Text.In(l)}
	}
	for _, d := range c.Deductions {
		dj := DeductionJSON{Name: d.Name.In(l), Rate: ptr(d.Rate)}
		if d.Known && c.Known {
			dj.Monthly = yuanPtr(d.Monthly)
		}
		cj.Deductions = append(cj.Deductions, dj)
	}
	if nc := c.NextChange; nc != nil {
		nj := &NextChangeJSON{Age: nc.Age}
		if nc.Known {
			nj.GrossMonthly, nj.Annual = yuanPtr(nc.GrossMonthly), yuanPtr(nc.Annual)
			if nc.netKnown(c) {
				nj.NetMonthly = yuanPtr(nc.NetMonthly)
			}
		} else {
			nj.Rate = ptr(nc.Rate)
		}
		cj.NextChange = nj
	}
	return cj
}

func (ch ChannelAdvice) json(l lang.Lang) ChannelJSON {
	cj := ChannelJSON{
		ID: ch.Channel.ID, Kind: string(ch.Channel.Kind), Name: ch.Name.In(l),
		Needs: append([]string{}, ch.Channel.Needs...), Suits: ch.Channel.Suits.In(l),
		Recommended: ch.Recommended, Note: ch.Channel.Note.In(l), SourceNote: ch.Channel.SourceNote.In(l),
		Confidence: string(ch.Channel.Confidence),
		VerifiedOn: ch.Channel.VerifiedOn.String(),
	}
	for _, s := range ch.Steps {
		cj.Steps = append(cj.Steps, s.In(l))
	}
	return cj
}

func yuanPtr(m book.Money) *float64 {
	f := m.Float()
	return &f
}
