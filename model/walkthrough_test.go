package model_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"yibao/data/lang"
)

// stepCount reads "第 3 步，共 5 步" / "Step 3 of 5" off the screen.
var stepCount = regexp.MustCompile(`(?:第 (\d) 步(?:，共 (\d) 步)?)|(?:Step (\d)(?: of (\d))?)`)

// TestWalkthrough walks a consultation at 80x24, 60x20 and 40x15 in both
// languages, reading each screen as a person would: held Backspace never
// leaves a field nor changes an answer; Esc goes back one step and keeps
// every answer; the step count, once shown, never changes; and Down alone
// shows every line of the result on the way to the checklist.
func TestWalkthrough(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {60, 20}, {40, 15}} {
		for _, l := range []lang.Lang{lang.ZH, lang.EN} {
			t.Run(fmt.Sprintf("%dx%d-%s", size[0], size[1], l), func(t *testing.T) {
				walk(t, l, size[0], size[1])
			})
		}
	}
}

func walk(t *testing.T, l lang.Lang, w, h int) {
	m := newModel(t, l, w, h)
	total := ""
	count := func() {
		t.Helper()
		got := stepCount.FindStringSubmatch(screen(m))
		if got == nil {
			return
		}
		of := got[2] + got[4]
		switch {
		case of != "" && total != "" && of != total:
			t.Fatalf("the count changed from %s to %s steps:\n%s", total, of, screen(m))
		case of != "":
			total = of
		}
	}
	// An employee at work, so that the optional base is asked: five steps.
	for _, k := range []string{"1", "1", "cs"} {
		m = press(t, m, k)
		count()
	}
	// 1. Held Backspace empties the field and stays on the step.
	for range 12 {
		m = press(t, m, "backspace")
		count()
	}
	atStep(t, m, "place")
	if m.Answers.Insurance != "employee" || m.Answers.Status != "working" {
		t.Fatalf("Backspace changed an answer: %+v", m.Answers)
	}
	m = press(t, m, "3") // a digit in the field is text, never a menu choice
	if m.Place.Input.Value() != "3" || m.Answers.Insurance != "employee" {
		t.Fatalf("a digit after Backspace: field %q, insurance %s", m.Place.Input.Value(), m.Answers.Insurance)
	}
	m = press(t, m, "backspace", "cs", "enter", "55", "enter")
	count()
	atStep(t, m, "base")
	// Esc goes back one step at a time, keeping every answer.
	m = press(t, m, "esc")
	count()
	atStep(t, m, "age")
	m = press(t, m, "esc")
	count()
	atStep(t, m, "place")
	m = press(t, m, "esc")
	count()
	atStep(t, m, "status")
	if m.Answers.Insurance != "employee" || m.Answers.Status != "working" || m.Answers.Place == nil || m.Answers.Age == nil {
		t.Fatalf("Esc changed an answer: %+v", m.Answers)
	}
	// Enter keeps each answer and goes on to the first one not given yet.
	for i := 0; i < 4 && m.Step.ID != "base"; i++ {
		m = press(t, m, "enter")
		count()
	}
	atStep(t, m, "base")
	if total != "5" {
		t.Errorf("the count showed %q steps in all, want 5 for a working employee", total)
	}
	m = press(t, m, "8000", "enter")
	atResult(t, m)
	// 2. Down alone shows every line above the checklist.
	seen := map[string]bool{}
	for i := 0; m.Focus < 0 && i < 400; i++ {
		for _, line := range strings.Split(screen(m), "\n") {
			seen[strings.TrimSpace(line)] = true
		}
		m = press(t, m, "down")
	}
	if m.Focus != 0 {
		t.Fatalf("Down never reached the checklist")
	}
	for _, line := range m.Body.Lines[:m.Body.Anchors[0][0]] {
		if text := strings.TrimSpace(stripANSI(line)); text != "" && !seen[text] {
			t.Errorf("Down skipped %q", text)
		}
	}
	for _, want := range []string{lang.T("来源", "Source").In(l), lang.T("到账时间", "When").In(l)} {
		found := false
		for s := range seen {
			found = found || strings.HasPrefix(s, want)
		}
		if !found {
			t.Errorf("never saw a line starting %q on the way down", want)
		}
	}
}
