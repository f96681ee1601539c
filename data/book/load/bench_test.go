package load

import (
	"runtime"
	"strconv"
	"strings"
	"testing"
)

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

// hostileFiles are shapes a file within the 1 MB limit can take: dotted
// keys and headers that cost the decoder gigabytes before the pre-scan,
// and the largest shapes that pass it (many headers, many unknown keys,
// many short dotted keys).
func hostileFiles() map[string][]byte {
	fill := func(unit func(i int) string) []byte {
		var b strings.Builder
		for i := 0; b.Len() < maxFileSize-100; i++ {
			b.WriteString(unit(i))
		}
		return []byte(b.String())
	}
	dotted := strings.TrimSuffix(strings.Repeat("a.", 60000), ".")
	return map[string][]byte{
		"dotted-key":      []byte(dotted + " = 1\n"),
		"dotted-header":   []byte("[" + dotted + "]\n"),
		"dotted-array":    []byte("[[" + dotted + "]]\n"),
		"dotted-inline":   []byte("x = { " + dotted + " = 1 }\n"),
		"many-dotted":     fill(func(i int) string { return "k" + strconv.Itoa(i) + ".b.c.d.e.f.g = 1\n" }),
		"many-headers":    fill(func(i int) string { return "[t" + strconv.Itoa(i) + "]\n" }),
		"deep-headers":    fill(func(i int) string { return "[a.b.c.d.e.f.g.t" + strconv.Itoa(i) + "]\n" }),
		"unknown-keys":    fill(func(i int) string { return "k" + strconv.Itoa(i) + " = 1\n" }),
		"array-of-tables": fill(func(int) string { return "[[rule]]\n" }),
		"bands":           fill(func(int) string { return "[[rule.band]]\n" }),
	}
}

// BenchmarkHostileFiles checks each hostile file as `data check` does.
// Targets: under 2 s each (ns/op) and under 200 MB; a file whose check
// allocates more than 200 MB in all fails the benchmark.
func BenchmarkHostileFiles(b *testing.B) {
	base, err := Open()
	if err != nil {
		b.Fatal(err)
	}
	for name, content := range hostileFiles() {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			for b.Loop() {
				if _, err := WithFile(base, name+".toml", content); err == nil {
					b.Fatal("a hostile file was taken")
				}
			}
			runtime.ReadMemStats(&after)
			mb := float64(after.TotalAlloc-before.TotalAlloc) / float64(b.N) / (1 << 20)
			b.ReportMetric(mb, "MB-alloc/op")
			if mb > 200 {
				b.Errorf("%s allocates %.0f MB", name, mb)
			}
		})
	}
}
