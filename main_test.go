package main

import (
	"bytes"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"yibao/internal/testkit"
)

func fixedNow() time.Time { return testkit.Now() }

// runIn runs a command line in-process with the given input and clock.
func runIn(args []string, in string, now func() time.Time) (string, string, int) {
	var out, errb bytes.Buffer
	code := run(args, IO{In: strings.NewReader(in), Out: &out, Err: &errb, Env: []string{"LANG=zh_CN.UTF-8"}, Now: now})
	return out.String(), errb.String(), code
}

// yibao runs the command line in-process and returns stdout, stderr and
// the exit code.
func yibao(args ...string) (string, string, int) { return runIn(args, "", fixedNow) }

// FuzzAdviseArgs: any command line gives exit 0, 1 or 2, and bad input
// gets exactly one line on stderr.
func FuzzAdviseArgs(f *testing.F) {
	f.Add("employee", "北京", "72", "retired", "")
	f.Add("职工", "bj", "７２", "working", "5000")
	f.Add("resident", "430100", "1954", "not-retired", "")
	f.Add("", "", "", "", "")
	f.Add("flexible", "xi'an", "abc", "x", "-1")
	f.Add("employee", "0\n0", "70", "retired", "")           // a city with a newline: one line of error
	f.Add("employee", "\x1b]0;PWN\a", "70", "retired", "")   // a terminal title sequence, escaped
	f.Add("employee", "\u009b31m", "\u00857", "retired", "") // C1 controls
	f.Fuzz(func(t *testing.T, ins, city, age, status, base string) {
		args := []string{"advise", "--insurance", ins, "--city", city, "--age", age, "--status", status}
		if base != "" {
			args = append(args, "--base", base)
		}
		out, errs, code := yibao(args...)
		switch code {
		case 0:
			if out == "" || errs != "" {
				t.Fatalf("exit 0 with stdout %q stderr %q", out, errs)
			}
		case 2:
			if strings.Count(errs, "\n") != 1 || out != "" {
				t.Fatalf("bad input must give one line: %q", errs)
			}
		default:
			t.Fatalf("exit %d for %q", code, args)
		}
	})
}

// TestTmuxFlow drives the real binary in tmux at 80x24: 1, 2, bj, Enter, Enter,
// 72, Enter must show 107 on the screen.
func TestTmuxFlow(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed (CI installs it)")
	}
	bin := buildYibao(t)
	sock := filepath.Join(t.TempDir(), "tmux.sock")
	tmux := func(args ...string) string {
		out, err := exec.Command("tmux", append([]string{"-S", sock}, args...)...).CombinedOutput()
		if err != nil {
			t.Fatalf("tmux %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	tmux("new-session", "-d", "-s", "yibao", "-x", "80", "-y", "24", "env", "LANG=C.UTF-8", "TERM=xterm-256color", bin)
	defer exec.Command("tmux", "-S", sock, "kill-server").Run()
	waitFor := func(want string) string {
		deadline := time.Now().Add(15 * time.Second)
		for {
			s := tmux("capture-pane", "-p", "-t", "yibao")
			if strings.Contains(s, want) {
				return s
			}
			if time.Now().After(deadline) {
				t.Fatalf("screen never showed %q:\n%s", want, s)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	waitFor("您参加的是哪种医保")
	tmux("send-keys", "-t", "yibao", "1")
	waitFor("您现在的退休情况是")
	tmux("send-keys", "-t", "yibao", "2")
	waitFor("您在哪个城市参保")
	tmux("send-keys", "-t", "yibao", "-l", "bj")
	waitFor("> 北京市")
	tmux("send-keys", "-t", "yibao", "Enter")
	waitFor("再按回车确认")
	tmux("send-keys", "-t", "yibao", "Enter")
	waitFor("您今年多少岁")
	tmux("send-keys", "-t", "yibao", "-l", "72")
	tmux("send-keys", "-t", "yibao", "Enter")
	s := waitFor("107")
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, "107 元") {
			return
		}
	}
	t.Fatalf("the result should read 107 元:\n%s", s)
}

// buildYibao builds the binary for the tests that run it.
func buildYibao(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "yibao")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return bin
}

// TestDumbTerminal: on a real terminal that says TERM=dumb the advisor
// switches to the line mode by itself: no alternate screen, no cursor
// movement, no colour.
func TestDumbTerminal(t *testing.T) {
	f, stop := onPTY(t, buildYibao(t), "TERM=dumb", "LANG=zh_CN.UTF-8")
	defer stop()
	seen := make(chan string, 64)
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := f.Read(buf)
			if n > 0 {
				seen <- string(buf[:n])
			}
			if err != nil {
				close(seen)
				return
			}
		}
	}()
	var out strings.Builder
	waitFor := func(want string) {
		t.Helper()
		timeout := time.After(15 * time.Second)
		for !strings.Contains(out.String(), want) {
			select {
			case s, ok := <-seen:
				if !ok {
					t.Fatalf("yibao ended before %q:\n%s", want, out.String())
				}
				out.WriteString(s)
			case <-timeout:
				t.Fatalf("never saw %q:\n%s", want, out.String())
			}
		}
	}
	for _, step := range []struct{ want, answer string }{
		{"第 1 步", "1"}, {"第 2 步", "2"}, {"第 3 步", "北京"}, {"第 4 步", "72"},
	} {
		waitFor(step.want)
		f.Write([]byte(step.answer + "\r"))
	}
	waitFor("每月实际划入 107 元")
	if strings.Contains(out.String(), "\x1b") {
		t.Errorf("the line mode must not send escape sequences:\n%q", out.String())
	}
}
