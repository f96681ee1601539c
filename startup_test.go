package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/creack/pty"
)

// buildPair builds yibao and the baseline program it is compared with, as
// the release archives are built (and as go builds on a machine without a
// C compiler): without cgo, which the net package would otherwise bring
// in, at about 1.4 ms more per start.
func buildPair(b *testing.B, baseline string) (yibaoBin, baseBin string) {
	dir := b.TempDir()
	yibaoBin, baseBin = filepath.Join(dir, "yibao"), filepath.Join(dir, "baseline")
	for bin, pkg := range map[string]string{yibaoBin: ".", baseBin: baseline} {
		cmd := exec.Command("go", "build", "-o", bin, pkg)
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("build %s: %v\n%s", pkg, err, out)
		}
	}
	return yibaoBin, baseBin
}

// BenchmarkStartup measures the time from starting the binary to its first
// frame on an 80x24 pseudo-terminal, for yibao and, alternating in the same
// run, for testdata/floor: the smallest Bubble Tea v2 program. The target is
// yibao at most 1.5 times the floor (median).
func BenchmarkStartup(b *testing.B) {
	yibaoBin, floorBin := buildPair(b, "./testdata/floor")
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

// BenchmarkAdviseProcess measures `yibao advise` as a whole process, from
// exec to exit, and, alternating in the same run, testdata/hello: the
// smallest Go program that prints a line, and testdata/deps: the same
// linked with yibao's libraries, whose start-up alone is the floor of
// any yibao command. The target is yibao within 2 times hello (p50).
func BenchmarkAdviseProcess(b *testing.B) {
	yibaoBin, helloBin := buildPair(b, "./testdata/hello")
	_, depsBin := buildPair(b, "./testdata/deps")
	dir := b.TempDir()
	run := func(want string, bin string, args ...string) time.Duration {
		cmd := exec.Command(bin, args...)
		cmd.Env = []string{"LANG=C.UTF-8", "HOME=" + dir}
		start := time.Now()
		out, err := cmd.Output()
		d := time.Since(start)
		if err != nil || !bytes.Contains(out, []byte(want)) {
			b.Fatalf("%s: %v\n%s", bin, err, out)
		}
		return d
	}
	var yt, ht, dt []time.Duration
	for b.Loop() {
		ht = append(ht, run("hello", helloBin))
		dt = append(dt, run("hello", depsBin))
		yt = append(yt, run("107", yibaoBin, "advise", "--insurance", "employee", "--city", "beijing", "--age", "72", "--status", "retired"))
	}
	slices.Sort(yt)
	slices.Sort(ht)
	slices.Sort(dt)
	at := func(d []time.Duration, q float64) float64 {
		return float64(d[int(q*float64(len(d)-1))].Microseconds()) / 1000
	}
	b.ReportMetric(at(ht, 0.5), "hello-p50-ms")
	b.ReportMetric(at(yt, 0.5), "advise-p50-ms")
	b.ReportMetric(at(yt, 0.95), "advise-p95-ms")
	b.ReportMetric(at(yt, 0.5)/at(ht, 0.5), "ratio")
	b.ReportMetric(at(dt, 0.5), "deps-p50-ms")
	b.ReportMetric(at(yt, 0.5)/at(dt, 0.5), "ratio-to-deps")
}

// onPTY starts bin on an 80x24 pseudo-terminal with env (and a fresh
// HOME); stop kills it and closes the terminal.
func onPTY(tb testing.TB, bin string, env ...string) (f *os.File, stop func()) {
	cmd := exec.Command(bin)
	cmd.Env = append(env, "HOME="+tb.TempDir())
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 24, Cols: 80})
	if err != nil {
		tb.Fatal(err)
	}
	return f, func() {
		cmd.Process.Kill()
		f.Close()
		cmd.Wait()
	}
}

// firstFrame starts bin in a pty and returns how long it took until want
// appeared in its output.
func firstFrame(tb testing.TB, bin, want string) time.Duration {
	start := time.Now()
	f, stop := onPTY(tb, bin, "TERM=xterm-256color", "LANG=C.UTF-8")
	defer stop()
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
