package records_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"yibao/data/book"
	"yibao/data/records"
	"yibao/internal/testkit"
)

// p99 reports the 99th percentile of durations, in milliseconds.
func p99(b *testing.B, ds []time.Duration) {
	if len(ds) == 0 {
		return
	}
	slices.Sort(ds)
	b.ReportMetric(float64(ds[len(ds)*99/100].Microseconds())/1000, "p99-ms")
}

// BenchmarkRecord is one record put into an SQLite file (target: p99
// under 5 ms).
func BenchmarkRecord(b *testing.B) {
	s := open(b, sqliteTarget(b))
	ctx := context.Background()
	ds := make([]time.Duration, 0, b.N)
	for b.Loop() {
		r := sample(110, nov)
		start := time.Now()
		if _, err := s.Put(ctx, r); err != nil {
			b.Fatal(err)
		}
		ds = append(ds, time.Since(start))
	}
	p99(b, ds)
}

// million fills an SQLite store with n records spread over every place,
// the pairs and the bands of the last two years, unless
// YIBAO_BENCH_MILLION is set to 1 (then n is a million).
func million(b *testing.B) (*records.Store, *book.Book) {
	if os.Getenv("YIBAO_BENCH_MILLION") != "1" {
		b.Skip("set YIBAO_BENCH_MILLION=1 to run the benchmarks over a million records")
	}
	return filled(b, 1_000_000)
}

func filled(b *testing.B, n int) (*records.Store, *book.Book) {
	bk := testkit.Book(b)
	s := open(b, sqliteTarget(b))
	places := bk.Places()
	batch := make([]records.Record, 0, 10000)
	for i := range n {
		r := sample(float64(60+i%7*10), records.MonthOf(today).Add(-(i % 24)))
		r.Place = places[i%len(places)].Code
		r.Band = records.BandFor(60 + (i/len(places))%40)
		r.Centre = "centre-" + strconv.Itoa(i%5)
		batch = append(batch, r)
		if len(batch) == cap(batch) || i == n-1 {
			if _, err := s.Add(context.Background(), batch); err != nil {
				b.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	return s, bk
}

// BenchmarkLookup is the result screen's records lookup in a store of a
// million records (target: p99 under 2 ms).
func BenchmarkLookup(b *testing.B) {
	s, bk := million(b)
	ctx := context.Background()
	places := bk.Places()
	ds := make([]time.Duration, 0, b.N)
	i := 0
	for b.Loop() {
		a := advise(&testing.T{}, bk, places[i%len(places)].Code, 60+i%40)
		i++
		start := time.Now()
		if err := s.Consult(ctx, &a, today); err != nil {
			b.Fatal(err)
		}
		ds = append(ds, time.Since(start))
	}
	p99(b, ds)
}

// BenchmarkReview is the review of a million records (target: under 5 s).
func BenchmarkReview(b *testing.B) {
	s, bk := million(b)
	cpu := cpuTime()
	for b.Loop() {
		if _, err := records.Review(context.Background(), s, bk, today); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric((cpuTime()-cpu).Seconds()/float64(b.N), "cpu-s/op")
}

// BenchmarkImport is the import of 100,000 records, exported into files
// of at most 1 MB, into a new store (target: under 10 s).
func BenchmarkImport(b *testing.B) {
	from, bk := filled(b, 100_000)
	path := filepath.Join(b.TempDir(), "export.toml")
	files, n, err := records.Export(context.Background(), from, records.Month{}, path)
	if err != nil || n != 100_000 {
		b.Fatal(n, err)
	}
	opt := records.ImportOptions{Book: bk, Today: today}
	cpu := cpuTime()
	for b.Loop() {
		b.StopTimer()
		to := open(b, sqliteTarget(b))
		b.StartTimer()
		added := 0
		for _, f := range files {
			got, err := records.ImportFile(context.Background(), to, f, opt)
			if err != nil || len(got.Warnings) > 0 {
				b.Fatal(err, got.Warnings)
			}
			added += got.Added
		}
		if added != n {
			b.Fatalf("%d added of %d", added, n)
		}
	}
	b.ReportMetric(float64(len(files)), "files")
	b.ReportMetric((cpuTime()-cpu).Seconds()/float64(b.N), "cpu-s/op")
}
