package main

import (
	"strings"
	"testing"
	"time"
)

// A snapshot or development build says it is not a release; a tagged
// release says nothing more.
func TestBuildKind(t *testing.T) {
	for _, c := range []struct{ version, want string }{
		{"dev", "a development build, not a release"},
		{"0.0.1-snapshot", "a snapshot of a commit without a version tag, not a release"},
		{"1.2.4-snapshot", "不是正式发布"},
		{"1.2.3", ""},
		{"1.2.3-rc1", ""},
	} {
		got := buildKind(c.version).Line()
		if c.want == "" && got != "" || !strings.Contains(got, c.want) {
			t.Errorf("buildKind(%q) = %q, want %q", c.version, got, c.want)
		}
	}
}

// yibao version prints the kind right under the version line.
func TestVersionSaysSnapshot(t *testing.T) {
	old := version
	t.Cleanup(func() { version = old })
	version = "0.3.1-snapshot"
	var out, errs strings.Builder
	if code := run([]string{"version"}, IO{In: strings.NewReader(""), Out: &out, Err: &errs, Now: time.Now}); code != exitOK {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	lines := strings.Split(out.String(), "\n")
	if len(lines) < 2 || lines[0] != "yibao 0.3.1-snapshot" || !strings.Contains(lines[1], "not a release") {
		t.Errorf("yibao version printed:\n%s", out.String())
	}
}
