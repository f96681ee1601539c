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

// BenchmarkOpenParse loads the embedded book by parsing its TOML, as after
// an edit before the snapshot is regenerated: the baseline for BenchmarkOpen.
func BenchmarkOpenParse(b *testing.B) {
	files, err := readBook(embedded)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		var ps []Problem
		if assemble(parseAll(files, &ps), &ps); len(ps) > 0 {
			b.Fatal(ps)
		}
	}
}
