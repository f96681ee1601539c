// Package records keeps what service desks read on people's own
// statements (the month's personal-account credit for a kind of person in
// a place) in a store that one laptop, a centre's kiosk and a city's
// network of kiosks all use: an SQLite file by default, PostgreSQL for
// kiosks that share records. It decides when pooled records are trusted
// enough to give a figure where the book has none, checks a statement's
// amount against the book, and reviews, exports, imports and publishes
// the records.
//
// A record holds a random id, the centre and desk that made it, a random
// id for the consultation, the place code, the insurance, the status, a
// fixed five-year age band, the amount, the month, where it was read and
// the ISO week it was recorded: never an exact age, a name, an ID number
// or a time of day.
package records

import (
	"crypto/rand"
	"encoding/hex"

	"yibao/data/advice"
	"yibao/data/book"
)

// Record is one statement's credit, as a desk recorded it.
type Record struct {
	ID           string // random, 32 hex digits
	Centre       string // the centre's name; the store's own when empty on Put
	Desk         string // the kiosk's SSH user, "local" for the advisor, "cli" for observe
	Consultation string // random id of the consultation: one record each
	Place        string // the pooling place's code
	Insurance    book.Insurance
	Status       book.Status // "" for resident insurance, which is not asked
	Variant      string      // the answer to the place's own question (Shenzhen's tier, Chengdu's group); "" where none is asked
	Band         Band
	Amount       book.Money
	Month        Month
	Channel      Channel // "" when not said
	Week         Week    // the ISO week it was recorded
}

// Desks that are not a kiosk's SSH user.
const (
	DeskLocal = "local" // the advisor on a desk's own machine
	DeskCLI   = "cli"   // yibao observe
)

// NewID is a random id for a record or a consultation.
func NewID() string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails
	return hex.EncodeToString(b[:])
}

// BandOf is the band of the person the advice is for.
func BandOf(a advice.Advice) Band {
	if !a.Profile.AgeKnown {
		return AnyAge
	}
	return BandFor(a.Profile.Age)
}

// New is the record of what a statement showed for the person the advice
// is for, in a consultation, recorded on day. It keeps the band, not the
// age, and the week, not the day; the centre is left for the store.
func New(a advice.Advice, consultation, desk string, amount book.Money, month Month, ch Channel, day book.Date) Record {
	return Record{ID: NewID(), Desk: desk, Consultation: consultation,
		Place: a.Place.Code, Insurance: a.Profile.Insurance, Status: a.Profile.Status, Variant: a.Profile.Variant,
		Band: BandOf(a), Amount: amount, Month: month, Channel: ch, Week: WeekOf(day)}
}

// Key is what records pool under: a place, an insurance, a status, the
// place's variant and a band.
type Key struct {
	Place     string
	Insurance book.Insurance
	Status    book.Status
	Variant   string
	Band      Band
}

// KeyOf is the key of the person the advice is for.
func KeyOf(a advice.Advice) Key {
	return Key{a.Place.Code, a.Profile.Insurance, a.Profile.Status, a.Profile.Variant, BandOf(a)}
}

// Key is the record's key.
func (r Record) Key() Key { return Key{r.Place, r.Insurance, r.Status, r.Variant, r.Band} }
