// Package testkit holds what the tests of every package share: the
// embedded book and its place index (loaded once), the fixed clock, and a
// wait that polls a condition instead of sleeping.
package testkit

import (
	"sync"
	"testing"
	"time"

	"yibao/data/book"
	"yibao/data/book/load"
	"yibao/data/places"
)

var (
	once  sync.Once
	b     *book.Book
	ix    *places.Index
	loadE error
)

func open() {
	b, loadE = load.Open()
	if loadE == nil {
		ix = places.New(b)
	}
}

// Book is the embedded book.
func Book(t testing.TB) *book.Book {
	t.Helper()
	once.Do(open)
	if loadE != nil {
		t.Fatalf("embedded book: %v", loadE)
	}
	return b
}

// Places is the place index of the embedded book.
func Places(t testing.TB) *places.Index {
	t.Helper()
	Book(t)
	return ix
}

// Today is the day every test runs on.
var Today = book.Date{Year: 2026, Month: 12, Day: 1}

// Now is the clock of every test: 10:00 on Today, Beijing time.
func Now() time.Time {
	return time.Date(Today.Year, Today.Month, Today.Day, 10, 0, 0, 0, time.FixedZone("CST", 8*3600))
}

// WaitFor polls cond until it holds or the time runs out, then fails the
// test naming what it waited for. It never stands in for a sleep: it
// returns as soon as cond holds.
func WaitFor(t testing.TB, what string, within time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", within, what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
