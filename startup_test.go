package main

import (
	"bytes"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/creack/pty"
)

// BenchmarkStartup measures the time from starting the binary to its first
// frame on an 80x24 pseudo-terminal, for yibao and, alternating in the same
// run, for testdata/floor: the smallest Bubble Tea v2 program. The target is
// yibao at most 1.5 times the floor (median).
func BenchmarkStartup(b *testing.B) {
	dir := b.TempDir()
	yibaoBin, floorBin := filepath.Join(dir, "yibao"), filepath.Join(dir, "floor")
	for bin, pkg := range map[string]string{yibaoBin: ".", floorBin: "./testdata/floor"} {
		if out, err := exec.Command("go", "build", "-o", bin, pkg).CombinedOutput(); err != nil {
			b.Fatalf("build %s: %v\n%s", pkg, err, out)
		}
	}
	var yt, ft []time.Duration
	for b.Loop() {
		ft = append(ft, firstFrame(b, floorBin, "floor: first frame"))
		yt = append(yt, firstFrame(b, yibaoBin, "您参加的是哪种医保"))
	}
	slices.Sort(yt)
	slices.Sort(ft)
	med := func(d []time.Duration) float64 { return float64(d[len(d)/2].Microseconds()) }
	b.ReportMetric(med(ft), "floor-p50-µs")
	b.ReportMetric(med(yt), "yibao-p50-µs")
	b.ReportMetric(med(yt)/med(ft), "ratio")
}

// firstFrame starts bin in a pty and returns how long it took until want
// appeared in its output.
func firstFrame(tb testing.TB, bin, want string) time.Duration {
	cmd := exec.Command(bin)
	cmd.Env = []string{"TERM=xterm-256color", "LANG=C.UTF-8", "HOME=" + tb.TempDir()}
	start := time.Now()
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 24, Cols: 80})
	if err != nil {
		tb.Fatal(err)
	}
	defer func() {
		cmd.Process.Kill()
		f.Close()
		cmd.Wait()
	}()
	var seen []byte
	buf := make([]byte, 4096)
	for {
		n, err := f.Read(buf)
		seen = append(seen, buf[:n]...)
		if bytes.Contains(seen, []byte(want)) {
			return time.Since(start)
		}
		if err != nil {
			tb.Fatalf("%s exited before its first frame: %v\n%q", bin, err, seen)
		}
	}
}
