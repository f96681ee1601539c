package data

// Summary is what `yibao data check` reports about a book.
type Summary struct {
	Files            []string
	Places           int
	PlacesWithFigure int // places where a retired employee gets a known figure
	Official         int // rules by confidence
	News             int
	Web              int
	Unverified       int
	Notes            int
	Channels         int
	Stale            []StaleEntry // verified more than 18 months before the day
	Replaced         []Replacement
	Local            []LocalRule // rules from local files
	Day              Date
}

// LocalRule describes a rule that came from a local file.
type LocalRule struct {
	ID, File, Scope, Code, Name string
	Pairs                       []Pair
}

// StaleEntry is a rule, note or channel whose check is old.
type StaleEntry struct {
	Kind       string // rule, note, channel
	ID         string
	VerifiedOn Date
}

// Summarize counts what the book holds on day d.
func (b *Book) Summarize(d Date) Summary {
	s := Summary{Files: b.files, Places: len(b.places), Notes: len(b.notes), Channels: len(b.channels), Replaced: b.replaced, Day: d}
	for _, p := range b.places {
		if b.Advise(p, Profile{Insurance: Employee, Status: Retired, Age: 65}, d).Credit.Known {
			s.PlacesWithFigure++
		}
	}
	old := func(v Date) bool { return !v.IsZero() && v.AddMonths(StaleAfterMonths).Before(d) }
	for _, r := range b.rules {
		switch r.Source.Confidence {
		case Official:
			s.Official++
		case News:
			s.News++
		case Web:
			s.Web++
		default:
			s.Unverified++
		}
		if old(r.Source.VerifiedOn) {
			s.Stale = append(s.Stale, StaleEntry{"rule", r.ID, r.Source.VerifiedOn})
		}
	}
	for _, r := range b.rules {
		if !r.local {
			continue
		}
		lr := LocalRule{ID: r.ID, File: r.file, Scope: r.Scope, Code: r.Code, Pairs: r.pairs()}
		if p, ok := b.Place(r.Code); ok {
			lr.Name = p.Name
		} else if pr, ok := b.Province(r.Code); ok {
			lr.Name = pr.Name
		}
		s.Local = append(s.Local, lr)
	}
	for _, n := range b.notes {
		if n.Source != nil && old(n.Source.VerifiedOn) {
			s.Stale = append(s.Stale, StaleEntry{"note", n.ID, n.Source.VerifiedOn})
		}
	}
	for _, c := range b.channels {
		if old(c.VerifiedOn) {
			s.Stale = append(s.Stale, StaleEntry{"channel", c.ID, c.VerifiedOn})
		}
	}
	return s
}

// PairString formats (insurance, status) pairs: employee/retired, ...
func PairString(ps []Pair) string { return pairString(ps) }
