package fileerr

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWords: a missing folder is named as the folder, a folder given for
// a file as a folder, and a long path is cut to a readable line.
func TestWords(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "nope", "deeper", "records.toml")
	_, err := os.ReadFile(p)
	if got := Read(p, err).Error(); !strings.Contains(got, "folder "+filepath.Join(dir, "nope")+" does not exist") || strings.Contains(got, "records.toml") {
		t.Errorf("read, missing folder: %q", got)
	}
	err = os.WriteFile(p, nil, 0o600)
	if got := Write(p, err).Error(); !strings.Contains(got, "folder "+filepath.Join(dir, "nope")+" does not exist; records.toml was not written") {
		t.Errorf("write, missing folder: %q", got)
	}
	_, err = os.ReadFile(filepath.Join(dir, "absent.toml"))
	if got := Read(filepath.Join(dir, "absent.toml"), err).Error(); !strings.Contains(got, "the file") {
		t.Errorf("missing file: %q", got)
	}
	_, err = os.ReadFile(dir)
	if got := Read(dir, err).Error(); !strings.Contains(got, "is a folder") {
		t.Errorf("read a folder: %q", got)
	}
	err = os.WriteFile(dir, nil, 0o600)
	if got := Write(dir, err).Error(); !strings.Contains(got, "is a folder") {
		t.Errorf("write a folder: %q", got)
	}
	st, _ := os.Stat(dir)
	if got := NotRegular(dir, st.Mode()).Error(); !strings.Contains(got, "is a folder") || strings.Contains(got, "pipe") {
		t.Errorf("not regular, a folder: %q", got)
	}
	long := filepath.Join(dir, strings.Repeat("x", 100<<10), "f.toml")
	_, err = os.ReadFile(long)
	if got := Read(long, err).Error(); len(got) > 1000 || strings.Count(got, "…") != 2 {
		t.Errorf("a 100 KB path gives a %d-byte line: %.200q", len(got), got)
	}
}
