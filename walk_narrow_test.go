package main

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"yibao/data/consult"
	"yibao/data/lang"
	"yibao/internal/testkit"
	"yibao/views/plain"
)

// tmuxPane runs the binary in a tmux pane of w x h cells; keys sends keys
// (tmux names such as Enter, or text with -l), and wait returns the screen
// once it shows every one of want.
type tmuxPane struct {
	t    *testing.T
	sock string
}

func newTmuxPane(t *testing.T, w, h int, env []string, args ...string) tmuxPane {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed (CI installs it)")
	}
	p := tmuxPane{t: t, sock: filepath.Join(t.TempDir(), "tmux.sock")}
	cmd := append([]string{"new-session", "-d", "-s", "yibao", "-x", fmt.Sprint(w), "-y", fmt.Sprint(h), "env"}, env...)
	p.run(append(append(cmd, buildYibao(t)), args...)...)
	t.Cleanup(func() { exec.Command("tmux", "-S", p.sock, "kill-server").Run() })
	return p
}

func (p tmuxPane) run(args ...string) string {
	p.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-S", p.sock}, args...)...).CombinedOutput()
	if err != nil {
		p.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

func (p tmuxPane) keys(ks ...string) {
	p.t.Helper()
	p.run(append([]string{"send-keys", "-t", "yibao"}, ks...)...)
}
func (p tmuxPane) text(s string) { p.t.Helper(); p.keys("-l", s) }

func (p tmuxPane) wait(want ...string) string {
	p.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		s := p.run("capture-pane", "-p", "-t", "yibao")
		missing := ""
		for _, w := range want {
			if !strings.Contains(s, w) {
				missing = w
				break
			}
		}
		if missing == "" {
			return s
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("the screen never showed %q:\n%s", missing, s)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestTmuxNarrowEnglish walks the real binary at 40x15 in English, the
// smallest window and the longest words: Down brings every option of the
// choices and every guide of the list into view whole, wrapped and
// hang-indented under its number, with a row saying there is more below.
func TestTmuxNarrowEnglish(t *testing.T) {
	p := newTmuxPane(t, 40, 15, []string{"LANG=C.UTF-8", "TERM=xterm-256color"}, "--lang", "en")
	const w = 40 - 2 // the body's width
	// each highlights every item in turn with Down and waits for it whole.
	each := func(labels []string) {
		t.Helper()
		for i, label := range labels {
			p.wait(plain.Indent(fmt.Sprintf("> %d. ", i+1), label, w)...)
			p.keys("Down")
		}
	}
	p.wait("Which medical insurance")
	for i, id := range []consult.ID{consult.Insurance, consult.Status} {
		var labels []string
		for _, o := range consult.Find(id).Options {
			labels = append(labels, o.Label.In(lang.EN))
		}
		each(labels)
		p.text([]string{"1", "2"}[i]) // an employee, retired
	}
	p.wait("Where are you insured")
	p.text("bj")
	p.wait("> Beijing")
	p.keys("Enter")
	p.wait("Did you mean Beijing")
	p.keys("Enter")
	p.wait("How old")
	p.text("72")
	p.keys("Enter")
	p.wait("107 yuan")
	p.text("g")
	p.wait("More help", "(more below: Down)")
	guides := testkit.Book(t).Guides()
	var titles []string
	for _, g := range guides {
		titles = append(titles, g.Title.In(lang.EN))
	}
	each(titles)
	// The last guide opens and reads to its end.
	p.text(fmt.Sprint(len(guides)))
	p.wait(plain.Wrap(titles[len(titles)-1], w)[0])
	p.keys("End")
	p.wait("(the end")
}
