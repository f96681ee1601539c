package observe

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"yibao/data/advice"
	"yibao/data/book"
	"yibao/data/lang"
)

// Group is the records for one place, insurance, status and age band,
// with what the book says for such a person.
type Group struct {
	Place     book.Place
	Insurance book.Insurance
	Status    book.Status
	Band      Band
	Seen      advice.Seen
	First     Month       // the earliest month seen
	LastDay   book.Date   // the latest day recorded
	Book      *book.Money // the book's figure (a month, or a year for a yearly credit); nil for none
	BookLevel book.Confidence
}

// Agreed reports whether the records agree among themselves, two or more.
func (g Group) Agreed() bool { return g.Seen.Count >= 2 && len(g.Seen.Amounts) == 1 }

// Conflict reports whether the records disagree among themselves or with
// the book.
func (g Group) Conflict() bool {
	return len(g.Seen.Amounts) > 1 || g.Book != nil && g.Seen.Amounts[0].Amount != *g.Book
}

// Review groups the records and sets each group beside the book's figure
// on day: conflicts first, then by place.
func Review(b *book.Book, obs []Observation, day book.Date) []Group {
	type key struct {
		place     string
		insurance book.Insurance
		status    book.Status
		band      Band
	}
	by := map[key][]Observation{}
	for _, o := range obs {
		k := key{o.Place, o.Insurance, o.Status, o.Band}
		by[k] = append(by[k], o)
	}
	out := make([]Group, 0, len(by))
	for k, list := range by {
		p, ok := b.Place(k.place)
		if !ok {
			continue
		}
		g := Group{Place: p, Insurance: k.insurance, Status: k.status, Band: k.band, Seen: tally(list), First: list[0].Month}
		for _, o := range list {
			if o.Month.Before(g.First) {
				g.First = o.Month
			}
			if g.LastDay.Before(o.Day) {
				g.LastDay = o.Day
			}
		}
		a := advice.Resolve(b, p, advice.Profile{Insurance: k.insurance, Status: k.status, Age: k.band.Min, AgeKnown: k.insurance != book.Resident}, day)
		if c := a.Credit; c.Known {
			figure := c.NetMonthly
			if c.Period == book.Annual {
				figure = c.NetAnnual
			}
			g.Book, g.BookLevel = &figure, c.Confidence
		}
		out = append(out, g)
	}
	slices.SortFunc(out, func(x, y Group) int {
		if x.Conflict() != y.Conflict() {
			if x.Conflict() {
				return -1
			}
			return 1
		}
		return cmp.Or(cmp.Compare(x.Place.Code, y.Place.Code), cmp.Compare(x.Insurance, y.Insurance),
			cmp.Compare(x.Status, y.Status), cmp.Compare(x.Band.Min, y.Band.Min))
	})
	return out
}

// Report is the review for a maintainer, one block a group.
func Report(groups []Group) string {
	var b strings.Builder
	fmt.Fprintf(&b, "服务台记录 %d 组 / %d groups of desk records (conflicts first)\n", len(groups), len(groups))
	for _, g := range groups {
		status := string(g.Status)
		if status == "" {
			status = "-"
		}
		fmt.Fprintf(&b, "\n%s %s  %s/%s  %s\n", g.Place.Code, g.Place.Name, g.Insurance, status, g.Band.Words().Line())
		fmt.Fprintf(&b, "  记录 / records: %d  %s  最近 / latest %s\n", g.Seen.Count, amountsIn(g.Seen, lang.ZH), g.Seen.Latest)
		switch {
		case g.Book == nil:
			fmt.Fprintln(&b, "  本书 / book: 没有数字 / no figure")
		case g.Conflict():
			fmt.Fprintf(&b, "  本书 / book: %s（%s）— 不一致 / differs\n", g.Book, g.BookLevel)
		default:
			fmt.Fprintf(&b, "  本书 / book: %s（%s）— 相符 / agrees\n", g.Book, g.BookLevel)
		}
	}
	return b.String()
}

// Rules writes a correction file of the groups whose records agree and
// that the book lacks or contradicts: one city rule each at level desk,
// for a maintainer to review and pass with --data.
func Rules(groups []Group) string {
	var b strings.Builder
	b.WriteString("# Corrections from this desk's records (yibao data observations --rules).\n")
	b.WriteString("# Review each before use: a desk figure is what statements showed, not an official one.\n")
	for _, g := range groups {
		if !g.Agreed() || g.Book != nil && !g.Conflict() {
			continue
		}
		x := g.Seen.Amounts[0].Amount
		id := strings.Join(slices.DeleteFunc([]string{"desk", g.Place.Code, string(g.Insurance), string(g.Status), g.Band.String()},
			func(s string) bool { return s == "" }), "-")
		scope := book.ScopeCity
		if g.Place.Kind == book.Unit {
			scope = book.ScopeUnit
		}
		fmt.Fprintf(&b, "\n[[rule]]\nid = %q\nscope = %q\ncode = %q\ninsurance = [%q]\n", id, scope, g.Place.Code, g.Insurance)
		if g.Status != "" {
			fmt.Fprintf(&b, "status = [%q]\n", g.Status)
		}
		fmt.Fprintf(&b, "scheme = \"fixed_monthly\"\ncredited = { zh = \"每月（本服务台在账户明细上所见）\", en = \"monthly (as this desk saw on statements)\" }\n")
		fmt.Fprintf(&b, "effective_from = %04d-%02d-01\n", g.First.Year, int(g.First.Month))
		fmt.Fprintf(&b, "\n[[rule.band]]\nmin_age = %d\nmax_age = %d\namount = %s\n", g.Band.Min, g.Band.Max, x)
		fmt.Fprintf(&b, "\n[rule.source]\ntitle = { zh = \"本服务台记录：%d 次实际到账，%s 到 %s\", en = \"This desk's records: %d credits, %s to %s\" }\n",
			g.Seen.Count, g.First, g.Seen.Latest, g.Seen.Count, g.First, g.Seen.Latest)
		fmt.Fprintf(&b, "publisher = { zh = \"本服务台记录\", en = \"this desk's records\" }\ndate = %q\nverified_on = %s\nconfidence = \"desk\"\n", g.Seen.Latest, g.LastDay)
	}
	return b.String()
}
