package records

import (
	"cmp"
	"context"
	"maps"
	"slices"

	"yibao/data/advice"
	"yibao/data/book"
)

// Verdict is what a group of records says beside the book.
type Verdict string

// Verdicts, conflicts first.
const (
	Differs   Verdict = "differs"    // MinRecords or more records show another amount than the book's figure
	Split     Verdict = "split"      // enough records, no amount agreed by three in four
	NewFigure Verdict = "new_figure" // the book has no figure and the trust rule holds
	NoGroup   Verdict = "no_group"   // as NewFigure, but the people did not know their group of the place's question: no figure
	TooFew    Verdict = "too_few"    // too few records (or consultations) to say anything
	Agrees    Verdict = "agrees"     // the records agree with the book's figure
)

func (v Verdict) rank() int {
	return slices.Index([]Verdict{Differs, Split, NewFigure, NoGroup, TooFew, Agrees}, v)
}

// Conflict reports whether the verdict is one a maintainer should look at
// first.
func (v Verdict) Conflict() bool { return v == Differs || v == Split }

// Group is the records for one place, insurance, status and band, beside
// what the book says for such a person. It encodes as JSON for
// `records review --json`; amounts are yuan.
type Group struct {
	Place     string          `json:"place"`
	PlaceName string          `json:"place_name"`
	Insurance book.Insurance  `json:"insurance"`
	Status    book.Status     `json:"status"`
	Variant   string          `json:"variant"` // the place's own question's answer; "" where none is asked
	Band      Band            `json:"-"`
	MinAge    int             `json:"min_age"`
	MaxAge    int             `json:"max_age"`
	Count     int             `json:"records"`       // every record in the store
	Counted   int             `json:"counted"`       // the records the trust rule counts today
	Centres   []CentreTally   `json:"centres"`       // per centre, every record
	Latest    string          `json:"latest_month"`  // the latest month of any record
	First     string          `json:"first_counted"` // the earliest counted month, "" for none
	Majority  *float64        `json:"majority"`      // the most common counted amount
	Book      *float64        `json:"book_figure"`   // the book's figure (a month, or a year for a yearly credit)
	Period    book.Period     `json:"book_period,omitempty"`
	Level     book.Confidence `json:"book_level,omitempty"`
	Verdict   Verdict         `json:"verdict"`

	key      Key
	evidence Evidence
}

// CentreTally is one centre's records in a group.
type CentreTally struct {
	Centre  string        `json:"centre"`
	Count   int           `json:"records"`
	Amounts []AmountTally `json:"amounts"`
	Latest  string        `json:"latest_month"`
}

// AmountTally is an amount and how often it was recorded.
type AmountTally struct {
	Amount float64 `json:"amount"`
	Count  int     `json:"count"`
}

// Review groups every record by place, insurance, status and band and
// sets each group beside the book on day today: conflicts first, then by
// place. Records of places the book does not know are left out. The
// store is read as counts (one query), so that a million records cost
// seconds, not memory.
func Review(ctx context.Context, s *Store, b *book.Book, today book.Date) ([]Group, error) {
	by := map[Key][]tally{}
	err := s.tallies(ctx, func(k Key, t tally) { by[k] = append(by[k], t) })
	if err != nil {
		return nil, err
	}
	out := make([]Group, 0, len(by))
	for k, rows := range by {
		p, ok := b.Place(k.Place)
		if !ok {
			continue
		}
		out = append(out, group(b, p, k, rows, today))
	}
	slices.SortFunc(out, func(x, y Group) int {
		return cmp.Or(cmp.Compare(x.Verdict.rank(), y.Verdict.rank()), cmp.Compare(x.Place, y.Place), cmp.Compare(x.Insurance, y.Insurance),
			cmp.Compare(x.Status, y.Status), cmp.Compare(x.Variant, y.Variant), cmp.Compare(x.Band.Min, y.Band.Min), cmp.Compare(x.Band.Max, y.Band.Max))
	})
	return out, nil
}

// profileOf is the person a key stands for: the youngest of its band.
func profileOf(k Key) advice.Profile {
	return advice.Profile{Insurance: k.Insurance, Status: k.Status, Variant: k.Variant, Age: k.Band.Min, AgeKnown: k.Band != AnyAge}
}

// group weighs one group's tallies.
func group(b *book.Book, p book.Place, k Key, rows []tally, today book.Date) Group {
	g := Group{Place: k.Place, PlaceName: p.Name, Insurance: k.Insurance, Status: k.Status, Variant: k.Variant, Band: k.Band, MinAge: k.Band.Min, MaxAge: k.Band.Max, key: k}
	a := advice.Resolve(b, p, profileOf(k), today)
	since, now := Since(today, a.Credit.From), MonthOf(today)
	var counted int
	per := map[string]map[book.Money]int{}
	latestOf := map[string]Month{}
	var latest Month
	for _, t := range rows {
		g.Count += t.n
		if !t.month.Before(since) && !now.Before(t.month) {
			counted += t.n
		}
		if per[t.centre] == nil {
			per[t.centre] = map[book.Money]int{}
		}
		per[t.centre][t.amount] += t.n
		latestOf[t.centre] = maxMonth(latestOf[t.centre], t.month)
		latest = maxMonth(latest, t.month)
	}
	g.Latest = latest.String()
	for _, c := range slices.Sorted(maps.Keys(per)) {
		ct := CentreTally{Centre: c, Latest: latestOf[c].String()}
		for _, ac := range sortedCounts(per[c]) {
			ct.Count += ac.Count
			ct.Amounts = append(ct.Amounts, AmountTally{ac.Amount.Float(), ac.Count})
		}
		g.Centres = append(g.Centres, ct)
	}
	ev := weigh(rows, since, now, counted) // the store keeps one record a consultation
	g.Counted, g.evidence = ev.Seen.Count, ev
	if ev.Seen.Count > 0 {
		g.First = ev.First.String()
		g.Majority = ptr(ev.Majority.Float())
	}
	c := a.Credit
	if c.Known {
		g.Book, g.Period, g.Level = ptr(c.Figure().Float()), c.Period, c.Confidence
	}
	gross := grossOf(c)
	possible, _ := possibleNet(c)
	switch _, other := strongestOther(ev.Seen, c.Figure(), gross, possible); {
	case c.Known && other:
		g.Verdict = Differs
	case c.Known && (countOf(ev.Seen, c.Figure()) > 0 || gross > 0 && countOf(ev.Seen, gross) > 0 || possible > 0 && countOf(ev.Seen, possible) > 0):
		g.Verdict = Agrees
	case !c.Known && ev.Trusted && k.Variant == book.Unknown:
		g.Verdict = NoGroup
	case !c.Known && ev.Trusted:
		g.Verdict = NewFigure
	case ev.Seen.Count >= MinRecords && counted >= MinConsultations && !c.Known:
		g.Verdict = Split
	default:
		g.Verdict = TooFew
	}
	return g
}

func maxMonth(a, b Month) Month {
	if a.Before(b) {
		return b
	}
	return a
}

func ptr[T any](v T) *T { return &v }

// tallies reads the store as counts of records by key, centre, amount and
// month.
func (s *Store) tallies(ctx context.Context, fn func(Key, tally)) error {
	rows, err := s.db.QueryContext(ctx, "SELECT place, insurance, status, variant, band_min, band_max, centre, amount_fen, month, COUNT(*) FROM records "+
		"GROUP BY place, insurance, status, variant, band_min, band_max, month, centre, amount_fen") // the key index's order: no sort
	if err != nil {
		return unreadable(err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			k           Key
			ins, st, mo string
			t           tally
			amount      int64
		)
		if err := rows.Scan(&k.Place, &ins, &st, &k.Variant, &k.Band.Min, &k.Band.Max, &t.centre, &amount, &mo, &t.n); err != nil {
			return unreadable(err)
		}
		var ok bool
		if t.month, ok = readMonth(mo); !ok {
			continue
		}
		k.Insurance, k.Status, t.amount = book.Insurance(ins), book.Status(st), book.Money(amount)
		fn(k, t)
	}
	return asError(rows.Err())
}
