// Package testrecords opens records stores for tests: real SQLite files in
// a test's temporary folder.
package testrecords

import (
	"context"
	"path/filepath"
	"testing"

	"yibao/data/records"
)

// Store opens a records store in a new SQLite file in a temporary
// folder, closed when the test ends, and gives its path.
func Store(t testing.TB) (*records.Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "records.db")
	st, err := records.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st, path
}

// All is every record in a store, in the order of month and id.
func All(t testing.TB, st *records.Store) []records.Record {
	t.Helper()
	var out []records.Record
	if err := st.Each(context.Background(), records.Month{}, func(r records.Record) error { out = append(out, r); return nil }); err != nil {
		t.Fatal(err)
	}
	return out
}
