package data

import "testing"

// BenchmarkOpen loads and validates the embedded book.
func BenchmarkOpen(b *testing.B) {
	for b.Loop() {
		if _, err := Open(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSearch runs the place search for each prefix of "changsha", as
// the place step does on every key.
func BenchmarkSearch(b *testing.B) {
	book := openBook(b)
	qs := []string{"c", "ch", "cha", "chan", "chang", "changs", "changsh", "changsha"}
	for b.Loop() {
		for _, q := range qs {
			book.Search(q, 8)
		}
	}
}

// BenchmarkAdvise resolves one piece of advice.
func BenchmarkAdvise(b *testing.B) {
	book := openBook(b)
	p, _ := book.Place("110100")
	for b.Loop() {
		book.Advise(p, Profile{Insurance: Employee, Status: Retired, Age: 72}, today)
	}
}
