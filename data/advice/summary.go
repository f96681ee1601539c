package advice

import (
	"slices"

	"yibao/data/book"
)

// Summary is what `yibao data check` reports about a book.
type Summary struct {
	Files            []string
	Places           int
	PlacesWithFigure int // places where a retired employee aged 65 gets a figure (in some group of the place's question)
	Rules            map[book.Confidence]int
	Notes            int
	Channels         int
	Stale            []StaleEntry // verified more than 18 months before the day
	Replaced         []book.Replacement
	Local            []LocalRule // rules from local files
	Coverage         []Coverage  // per province, in code order
	Day              book.Date
}

// Coverage counts, for one province, its places by the level of the figure
// a retired employee aged 65 gets there ("" when none).
type Coverage struct {
	Province book.Province
	Places   int
	ByLevel  map[book.Confidence]int
	None     int
}

// LocalRule describes a rule that came from a local file.
type LocalRule struct {
	ID, File string
	Scope    book.Scope
	Code     string
	Name     string
	Pairs    []book.Pair
}

// StaleEntry is a rule, note or channel whose check is old.
type StaleEntry struct {
	Kind       string // rule, note, channel
	ID         string
	VerifiedOn book.Date
}

// Summarize counts what the book holds on day d.
func Summarize(b *book.Book, d book.Date) Summary {
	s := Summary{Files: b.Files(), Places: len(b.Places()), Notes: len(b.Notes()), Channels: len(b.Channels()),
		Replaced: b.Replacements(), Day: d, Rules: map[book.Confidence]int{}}
	byProvince := map[string]*Coverage{}
	for _, pr := range b.Provinces() {
		s.Coverage = append(s.Coverage, Coverage{Province: pr, ByLevel: map[book.Confidence]int{}})
	}
	for i := range s.Coverage {
		byProvince[s.Coverage[i].Province.Code] = &s.Coverage[i]
	}
	retiree := Profile{Insurance: book.Employee, Status: book.Retired, Age: 65, AgeKnown: true}
	for _, p := range b.Places() {
		c := byProvince[p.Province]
		c.Places++
		a := Resolve(b, p, retiree, d)
		cr := a.Credit
		for _, g := range a.Groups { // a place that asks a group: its first group with a figure
			if g.Credit.Known {
				cr = g.Credit
				break
			}
		}
		if !cr.Known {
			c.None++
			continue
		}
		s.PlacesWithFigure++
		c.ByLevel[cr.Confidence]++
	}
	old := func(v book.Date) bool { return !v.IsZero() && v.AddMonths(StaleAfterMonths).Before(d) }
	for _, r := range b.Rules() {
		if len(r.Pairs()) == 0 {
			continue // wholly replaced by a local rule: counted once, as that rule
		}
		s.Rules[r.Source.Confidence]++
		if old(r.Source.VerifiedOn) {
			s.Stale = append(s.Stale, StaleEntry{"rule", r.ID, r.Source.VerifiedOn})
		}
		if !r.Local {
			continue
		}
		lr := LocalRule{ID: r.ID, File: r.File, Scope: r.Scope, Code: r.Code, Pairs: r.Pairs()}
		if p, ok := b.Place(r.Code); ok {
			lr.Name = p.Name
		} else if pr, ok := b.Province(r.Code); ok {
			lr.Name = pr.Name
		}
		s.Local = append(s.Local, lr)
	}
	for _, n := range b.Notes() {
		if n.Source != nil && old(n.Source.VerifiedOn) {
			s.Stale = append(s.Stale, StaleEntry{"note", n.ID, n.Source.VerifiedOn})
		}
	}
	for _, c := range b.Channels() {
		if old(c.VerifiedOn) {
			s.Stale = append(s.Stale, StaleEntry{"channel", c.ID, c.VerifiedOn})
		}
	}
	s.Coverage = slices.DeleteFunc(s.Coverage, func(c Coverage) bool { return c.Places == 0 })
	return s
}
