package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAdvisorOwnStore: without --records or YIBAO_RECORDS the advisor
// opens the user's own store, records.db in yibao's folder of the data
// folder, created 0600 in a folder of 0700, and says nothing about it.
func TestAdvisorOwnStore(t *testing.T) {
	data := t.TempDir()
	var out, errb bytes.Buffer
	code := run([]string{"--plain"}, IO{In: strings.NewReader("0\n"), Out: &out, Err: &errb,
		Env: []string{"LANG=zh_CN.UTF-8", "HOME=" + t.TempDir(), "XDG_DATA_HOME=" + data}, Now: fixedNow})
	if code != exitOK || errb.Len() > 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	for path, mode := range map[string]os.FileMode{filepath.Join(data, "yibao"): 0o700, filepath.Join(data, "yibao", "records.db"): 0o600} {
		info, err := os.Stat(path)
		if err != nil || info.Mode().Perm() != mode {
			t.Errorf("%s: %v, want mode %v", path, err, mode)
		}
	}
}

// TestRecordsNeverShowAPath: a store that cannot be opened is one plain
// line, naming neither the file nor the server, and the advice prints.
func TestRecordsNeverShowAPath(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "secret-place.db")
	if err := os.WriteFile(bad, []byte("not a database at all, but long enough to be read as a header"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, target := range []string{bad, "postgres://yibao:hunter2@127.0.0.1:1/none?connect_timeout=2"} {
		out, errOut, code := yibao("advise", "--records", target, "--insurance", "employee", "--status", "retired", "--city", "北京", "--age", "72")
		if code != exitOK || !strings.Contains(out, "107") {
			t.Errorf("%s: exit %d, advice %q", target, code, out)
		}
		if strings.Count(errOut, "\n") != 1 || strings.Contains(errOut, "secret-place") || strings.Contains(errOut, "hunter2") || strings.Contains(errOut, "127.0.0.1") {
			t.Errorf("%s: stderr %q", target, errOut)
		}
	}
}
