package advice

import (
	"slices"

	"yibao/data/book"
)

// amount is a rule's figure at one age.
type amount struct {
	known         bool
	band          *book.Band
	gross, annual book.Money
	rate          float64
}

func amountAt(r book.Rule, age int, base *book.Money) amount {
	a := amount{rate: r.Rate}
	for i := range r.Bands {
		if r.Bands[i].Contains(age) {
			a.band = &r.Bands[i]
			if a.band.Rate != nil {
				a.rate = *a.band.Rate
			}
		}
	}
	switch r.Scheme {
	case book.FixedMonthly:
		if a.band != nil {
			a.known, a.gross = true, book.Yuan(*a.band.Amount)
			a.annual = a.gross * 12
		}
	case book.FixedAnnual:
		if a.band != nil {
			a.known, a.annual = true, book.Yuan(*a.band.Amount)
			a.gross = twelfth(a.annual)
		}
	case book.PercentOfBase:
		if base != nil {
			a.known, a.gross = true, base.Percent(a.rate)
			a.annual = a.gross * 12
		}
	case book.PercentOfAvg:
		if r.Average != nil && r.Average.Figure > 0 {
			a.known, a.gross = true, book.Yuan(r.Average.Figure).Percent(a.rate)
			a.annual = a.gross * 12
		}
	}
	return a
}

// twelfth is a year's amount a month, rounded half up to the fen.
func twelfth(m book.Money) book.Money { return book.Money((int64(m)*2 + 12) / 24) }

// work computes a rule's figure at the person's age: the amount, the
// deductions that apply, and the net monthly credit.
func work(r book.Rule, p Profile) (amt amount, deds []DeductionAmount, net book.Money) {
	amt = amountAt(r, p.Age, p.Base)
	net = amt.gross
	for _, d := range r.Deductions {
		if !d.Applies(p.Age) {
			continue
		}
		da := DeductionAmount{Name: d.Name}
		switch {
		case d.Monthly != nil:
			da.Monthly, da.Known = book.Yuan(*d.Monthly), true
		case d.Annual != nil:
			da.Annual, da.Known = book.Yuan(*d.Annual), true
			da.Monthly = twelfth(da.Annual)
		case d.Rate != nil:
			da.Rate = *d.Rate
			if r.Scheme == book.PercentOfBase && p.Base != nil {
				da.Monthly, da.Known = p.Base.Percent(*d.Rate), true
			}
		}
		if !da.Known && d.Possible != nil {
			da.Possible = book.Yuan(*d.Possible)
		}
		if da.Known {
			net -= da.Monthly
		}
		deds = append(deds, da)
	}
	return amt, deds, net
}

// nextChange finds the first later age at which the figure differs: where
// an age band starts, or where a deduction starts or stops (成都: 0.1% of
// the base under 40, 0.2% from 40).
func nextChange(r book.Rule, p Profile, cur amount, curDeds []DeductionAmount, curNet book.Money) *NextChange {
	if !p.AgeKnown {
		return nil
	}
	var ages []int
	for _, bd := range r.Bands {
		ages = append(ages, bd.MinAge)
	}
	for _, d := range r.Deductions {
		if d.MinAge != nil {
			ages = append(ages, *d.MinAge)
		}
		if d.MaxAge != nil {
			ages = append(ages, *d.MaxAge+1)
		}
	}
	slices.Sort(ages)
	for _, age := range slices.Compact(ages) {
		if age <= p.Age || age > book.MaxAge {
			continue
		}
		older := p
		older.Age = age
		amt, deds, net := work(r, older)
		sameDeds := slices.EqualFunc(deds, curDeds, func(a, b DeductionAmount) bool {
			return a.Name == b.Name && a.Rate == b.Rate && a.Monthly == b.Monthly && a.Known == b.Known
		})
		if amt.known == cur.known && amt.rate == cur.rate && amt.gross == cur.gross && amt.annual == cur.annual && net == curNet && sameDeds {
			continue
		}
		nc := &NextChange{Age: age, Known: amt.known, Rate: amt.rate, RateChanged: amt.rate != cur.rate}
		if amt.known {
			nc.Annual, nc.GrossMonthly, nc.NetMonthly = amt.annual, amt.gross, net
		}
		if !sameDeds {
			nc.Deductions = append([]DeductionAmount{}, deds...) // empty, not nil, when none is left
		}
		return nc
	}
	return nil
}
