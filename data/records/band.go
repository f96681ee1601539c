package records

import (
	"strconv"

	"yibao/data/book"
	"yibao/data/lang"
)

// Band is a record's age band, both ends included. Records use fixed
// five-year bands (60-64, 65-69, ... 95-99, then 100 and over), not the
// book's, so that records pool across releases whose books draw their
// bands elsewhere. Below 60 is one band (0-59): few people there have a
// retiree's credit, and a narrower band would single them out. A record
// whose age was not asked (resident insurance) is in the band of every
// age, 0-120.
type Band struct{ Min, Max int }

// Ages of the fixed bands.
const (
	firstBand = 60  // the first five-year band starts here
	lastBand  = 100 // the last band runs from here to book.MaxAge
)

// AnyAge is the band of a record whose age was not asked.
var AnyAge = Band{0, book.MaxAge}

// BandFor is the fixed band of an age.
func BandFor(age int) Band {
	switch {
	case age < firstBand:
		return Band{0, firstBand - 1}
	case age >= lastBand:
		return Band{lastBand, book.MaxAge}
	}
	lo := age / 5 * 5
	return Band{lo, lo + 4}
}

// Fixed reports whether b is one of the fixed bands (or AnyAge); records
// carried over from the earlier file format may hold others.
func (b Band) Fixed() bool { return b == AnyAge || BandFor(b.Min) == b }

func (b Band) String() string { return strconv.Itoa(b.Min) + "-" + strconv.Itoa(b.Max) }

// Words names the band for a person: "70 到 74 岁", "100 岁及以上".
func (b Band) Words() lang.Text {
	switch {
	case b.Min == 0 && b.Max >= book.MaxAge:
		return lang.T("不分年龄", "any age")
	case b.Max >= book.MaxAge:
		return lang.F("%d 岁及以上", "%d and over", b.Min)
	case b.Min == 0:
		return lang.F("%d 岁及以下", "%d and under", b.Max)
	}
	return lang.F("%d 到 %d 岁", "%d to %d", b.Min, b.Max)
}
