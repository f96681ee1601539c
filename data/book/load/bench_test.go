package load

import "testing"

// BenchmarkOpen loads the embedded book as every start does: from its
// decoded form.
func BenchmarkOpen(b *testing.B) {
	for b.Loop() {
		if _, err := Open(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOpenParse parses and checks the TOML, the baseline the decoded
// form saves.
func BenchmarkOpenParse(b *testing.B) {
	for b.Loop() {
		if _, err := ParseEmbedded(); err != nil {
			b.Fatal(err)
		}
	}
}
