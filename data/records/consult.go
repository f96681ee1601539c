package records

import (
	"context"
	"strings"
	"unicode"

	"yibao/data/advice"
	"yibao/data/book"
)

// Consult reads the records for the person the advice is for (one
// indexed query) and applies them with Apply. Where the records cannot be
// read, the advice is left as it was and the error (Kind Unreadable) is
// the one plain line a front end shows; the consultation goes on.
//
// The query reads counts from the key's index alone (by centre, amount
// and month), so that its cost follows the number of distinct amounts,
// not of records.
func (s *Store) Consult(ctx context.Context, a *advice.Advice, today book.Date) error {
	k, since, now := KeyOf(*a), Since(today, a.Credit.From), MonthOf(today)
	rows, err := s.db.QueryContext(ctx, s.q("SELECT centre, amount_fen, month, MAX(week), COUNT(*) FROM records "+
		"WHERE place = ? AND insurance = ? AND status = ? AND variant = ? AND band_min = ? AND band_max = ? AND month >= ? AND month <= ? "+
		"GROUP BY centre, amount_fen, month"),
		k.Place, string(k.Insurance), string(k.Status), k.Variant, k.Band.Min, k.Band.Max, since.String(), now.String())
	if err != nil {
		return unreadable(err)
	}
	defer rows.Close()
	var (
		ts    []tally
		last  Week
		total int
	)
	for rows.Next() {
		var (
			t      tally
			mo, wk string
			amount int64
		)
		if err := rows.Scan(&t.centre, &amount, &mo, &wk, &t.n); err != nil {
			return unreadable(err)
		}
		m, ok1 := readMonth(mo)
		w, ok2 := parseWeek(wk)
		if !ok1 || !ok2 {
			continue
		}
		t.month, t.amount = m, book.Money(amount)
		if last.Year*100+last.Week < w.Year*100+w.Week {
			last = w
		}
		total += t.n
		ts = append(ts, t)
	}
	if err := rows.Err(); err != nil {
		return unreadable(err)
	}
	ev := weigh(ts, since, now, total) // the store keeps one record a consultation
	ev.LastWeek = last
	applyEvidence(a, ev)
	return nil
}

// Entry is what a desk records for a consultation's result.
type Entry struct {
	Consultation string // the consultation's random id (NewID, once a consultation)
	Desk         string // the kiosk's SSH user, DeskLocal or DeskCLI
	Centre       string // --centre; "" (or blanks) means not given: the store's own
	Amount       book.Money
	Month        Month
	Channel      Channel
}

// Name is a centre's or a desk's name as a record keeps it, so that an
// export of it imports again: blanks at the ends dropped, every other
// character than a letter, a digit or . _ @ - made a -, at most 64
// characters. "" (or blanks) stays "": not given.
func Name(s string) string {
	s = strings.TrimSpace(s)
	var b strings.Builder
	n := 0
	for _, r := range s {
		if n == 64 {
			break
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("._@-", r) {
			r = '-'
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}

// Recorded is what Record did: the record as stored (its ID is what
// TakeBack takes), whether it replaced the consultation's earlier record,
// and what the amount matches.
type Recorded struct {
	Saved
	Check Statement
}

// Record checks a statement's amount against what any rule in the book
// could give (refusing it with a plain question, before anything is
// written), stores it as the consultation's record and says what it
// matches. day is today, of which the record keeps only the ISO week.
func (s *Store) Record(ctx context.Context, b *book.Book, a advice.Advice, e Entry, day book.Date) (Recorded, error) {
	if err := Plausible(b, a.Place, a.Profile.Insurance, a.Profile.Status, e.Amount); err != nil {
		return Recorded{}, err
	}
	r := New(a, e.Consultation, e.Desk, e.Amount, e.Month, e.Channel, day)
	r.Centre, r.Desk = Name(e.Centre), Name(e.Desk)
	saved, err := s.Put(ctx, r)
	if err != nil {
		return Recorded{}, err
	}
	return Recorded{Saved: saved, Check: CheckStatement(b, a, e.Amount)}, nil
}
