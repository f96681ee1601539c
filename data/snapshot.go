package data

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
)

// Parsing the book's TOML takes a few milliseconds, most of a cold start.
// snapshot_gen.go holds the decoded files as Go values, generated from the
// TOML by `go generate ./data`. It is used only when the embedded files
// are exactly the ones it was made from (their SHA-256 matches); after an
// edit the TOML is parsed as before, and TestSnapshot fails until the
// snapshot is regenerated. Checking is the same on either path. A change
// to how the TOML is decoded, with the book unchanged, is caught by
// TestSnapshot too (CI), not at run time.
//
//go:generate go test -tags nosnapshot -run ^TestSnapshot$ -update .

// fromSnapshot returns the files decoded from the snapshot, if it was made
// from exactly these files.
func fromSnapshot(files []parsed) ([]parsed, bool) {
	if bookSum(files) != snapshotSum {
		return nil, false
	}
	bfs := snapshotFiles()
	if len(bfs) != len(files) {
		return nil, false
	}
	out := make([]parsed, len(files))
	for i, f := range files {
		out[i] = parsed{name: f.name, content: f.content, bf: bfs[i]}
	}
	return out, true
}

// bookSum is the SHA-256 of the files' names and contents, in order.
func bookSum(files []parsed) string {
	h := sha256.New()
	for _, f := range files {
		h.Write([]byte(f.name + "\x00" + strconv.Itoa(len(f.content)) + "\x00"))
		h.Write(f.content)
	}
	return hex.EncodeToString(h.Sum(nil))
}
