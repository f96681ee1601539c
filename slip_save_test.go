package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestSaveSlipAgain: a second person's slip of the same name gets its own
// file; the same person's slip saved again rewrites that person's file.
func TestSaveSlipAgain(t *testing.T) {
	dir := t.TempDir()
	first, err := saveSlip(dir, "a.txt", "", []byte("[ ] one"))
	if err != nil {
		t.Fatal(err)
	}
	other, err := saveSlip(dir, "a.txt", "", []byte("other"))
	if err != nil || other != filepath.Join(dir, "a-2.txt") {
		t.Fatalf("another person's slip: %q, %v", other, err)
	}
	again, err := saveSlip(dir, "a.txt", first, []byte("[x] one"))
	if err != nil || again != first {
		t.Fatalf("saved again to %q, %v; want %q", again, err, first)
	}
	for p, want := range map[string]string{first: "[x] one", other: "other"} {
		if b, _ := os.ReadFile(p); string(b) != want {
			t.Errorf("%s holds %q, want %q", p, b, want)
		}
	}
}
