package records_test

import (
	"path/filepath"
	"runtime"
	"testing"

	"yibao/data/records"
)

func TestTargetFromEnv(t *testing.T) {
	env := []string{"HOME=/home/desk", "YIBAO_RECORDS=/old.db", "YIBAO_RECORDS=postgres://kiosk@db/records"}
	if got := records.TargetFromEnv(env); got != "postgres://kiosk@db/records" || !records.IsPostgres(got) {
		t.Fatalf("%q", got)
	}
	if records.TargetFromEnv([]string{"HOME=/h"}) != "" || records.IsPostgres("/var/lib/yibao/records.db") {
		t.Fatal("a file path taken for a URL, or a target from nowhere")
	}
}

func TestDefaultPath(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the Linux data folder")
	}
	got, err := records.DefaultPath([]string{"HOME=/home/desk"})
	if err != nil || got != filepath.FromSlash("/home/desk/.local/share/yibao/records.db") {
		t.Fatalf("%q %v", got, err)
	}
	got, _ = records.DefaultPath([]string{"HOME=/home/desk", "XDG_DATA_HOME=/data"})
	if got != "/data/yibao/records.db" {
		t.Fatalf("%q", got)
	}
	if _, err := records.DefaultPath(nil); err == nil {
		t.Fatal("no HOME, no error")
	}
}
