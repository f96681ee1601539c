package records_test

import (
	"context"
	"runtime"
	"testing"

	"yibao/data/records"
	"yibao/internal/testkit"
)

// TestConsultMemoryDoesNotGrowWithTheStore: what a result's lookup holds
// follows the distinct amounts, months and centres, not the number of
// records: a store of 20,000 records for the person's place and band
// costs the lookup no more than one of 200 (a kiosk session's memory does
// not grow with the store).
func TestConsultMemoryDoesNotGrowWithTheStore(t *testing.T) {
	if testing.Short() {
		t.Skip("fills a store of 20,000 records")
	}
	ctx := context.Background()
	cost := func(n int) uint64 {
		s := open(t, sqliteTarget(t))
		batch := make([]records.Record, 0, n)
		for i := range n {
			r := sample(float64(107+i%3), records.MonthOf(today).Add(-(i % 6)))
			r.Centre = []string{"east", "west", "north"}[i%3]
			batch = append(batch, r)
		}
		if _, err := s.Add(ctx, batch); err != nil {
			t.Fatal(err)
		}
		a := advise(t, testkit.Book(t), "110100", 72)
		if err := s.Consult(ctx, &a, today); err != nil { // warm: the statement cache
			t.Fatal(err)
		}
		var before, after runtime.MemStats
		const runs = 20
		runtime.ReadMemStats(&before)
		for range runs {
			b := advise(t, testkit.Book(t), "110100", 72)
			if err := s.Consult(ctx, &b, today); err != nil {
				t.Fatal(err)
			}
		}
		runtime.ReadMemStats(&after)
		return (after.TotalAlloc - before.TotalAlloc) / runs
	}
	small, large := cost(200), cost(20_000)
	if large > small*3/2+16<<10 {
		t.Errorf("a lookup allocates %d bytes over 20,000 records, %d over 200", large, small)
	}
	t.Logf("a lookup allocates %d bytes over 200 records, %d over 20,000", small, large)
}
