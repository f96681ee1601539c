package model_test

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"yibao/data/consult"
	"yibao/data/lang"
	"yibao/data/records"
	"yibao/model"
	"yibao/views/plain"
)

// TestEscOnFirstQuestion: on the first question there is no step to go
// back to: Esc does nothing (no quit question that would swallow the next
// key), and neither the help line nor the ? screen offers it.
func TestEscOnFirstQuestion(t *testing.T) {
	for _, l := range []lang.Lang{lang.ZH, lang.EN} {
		m := newModel(t, l, 80, 24)
		back := m.Keys.Back.Help().Desc
		mustNotContain(t, m, "Esc "+back)
		m = press(t, m, "?")
		for _, line := range strings.Split(screen(m), "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "Esc ") {
				t.Errorf("%s: the ? screen offers %q on the first question", l, line)
			}
		}
		m = press(t, m, "?") // closes the ? screen
		m = press(t, m, "esc")
		if m.Confirm != model.ConfirmNone {
			t.Fatalf("%s: Esc on the first question asked %v", l, m.Confirm)
		}
		atStep(t, m, "insurance")
		m = press(t, m, "1")
		atStep(t, m, "status") // the key after Esc was taken
		mustContain(t, m, "Esc "+back)
	}
}

// TestCompareStartsEmpty: the second place's field is empty each time the
// comparison opens, never holding what was typed the time before.
func TestCompareStartsEmpty(t *testing.T) {
	o := options(t, lang.ZH)
	o.Compare = true
	m := send(t, model.New(o), tea.WindowSizeMsg{Width: 80, Height: 24})
	m = press(t, m, "1", "2", "bj", "enter", "enter", "72", "enter", "c")
	if v := m.Compare.Input.Value(); v != "" || len(m.Compare.Matches) != 0 {
		t.Fatalf("compare opened with %q and %d matches", v, len(m.Compare.Matches))
	}
	m = press(t, m, "sh", "esc", "c")
	if v := m.Compare.Input.Value(); v != "" || len(m.Compare.Matches) != 0 {
		t.Fatalf("compare opened again with %q and %d matches", v, len(m.Compare.Matches))
	}
	mustNotContain(t, m, "上海市")
}

// TestEveryItemReachableAt40x15: in the smallest window, in both
// languages, Up and Down bring every option of every choice and every
// guide into view whole (wrapped and hang-indented under its number), and
// a row says when there are more than show.
func TestEveryItemReachableAt40x15(t *testing.T) {
	for _, l := range []lang.Lang{lang.EN, lang.ZH} {
		o := options(t, l)
		o.Guides = true
		m := send(t, model.New(o), tea.WindowSizeMsg{Width: 40, Height: 15})
		w := 40 - 2 // the body's width
		more := map[lang.Lang]string{lang.EN: "(more ", lang.ZH: "还有，按"}[l]
		// reach walks the items with Down, twice round, and fails unless
		// each shows whole when highlighted.
		reach := func(what string, labels []string) {
			t.Helper()
			sawMore := false
			for range 2 * len(labels) {
				lines := plain.Indent("> ", fmt.Sprintf("%d. %s", m.Cursor+1, labels[m.Cursor]), w)
				s := screen(m)
				for _, line := range lines {
					if !strings.Contains(s, line) {
						t.Fatalf("%s %s %d: %q is not in view:\n%s", l, what, m.Cursor+1, line, s)
					}
				}
				sawMore = sawMore || strings.Contains(s, more)
				m = press(t, m, "down")
			}
			if !sawMore {
				t.Logf("%s %s: all shown at once", l, what)
			}
		}
		for i, id := range []consult.ID{consult.Insurance, consult.Status} {
			atStep(t, m, string(id))
			var labels []string
			for _, op := range m.Step.Options {
				labels = append(labels, op.Label.In(l))
			}
			reach(string(id), labels)
			m = press(t, m, []string{"1", "2"}[i]) // an employee, retired
		}
		m = press(t, m, "bj", "enter", "enter", "72", "enter", "home", "g")
		if m.Screen != model.ScreenGuides {
			t.Fatalf("g did not open the guides:\n%s", screen(m))
		}
		var titles []string
		for _, g := range m.Book.Guides() {
			titles = append(titles, g.Title.In(l))
		}
		reach("guide", titles)
		if l == lang.EN && !strings.Contains(screen(press(t, m, "home")), "(more below: Down)") && len(titles) > 4 {
			t.Errorf("the guide list says nothing of the guides below:\n%s", screen(m))
		}
	}
}

// TestRecordChannelsReachableAt40x15: in the smallest window the record
// form's list of where a statement was read scrolls with Up and Down, so
// every channel can be seen before its number is pressed.
func TestRecordChannelsReachableAt40x15(t *testing.T) {
	for _, l := range []lang.Lang{lang.EN, lang.ZH} {
		m, _ := recordingModel(t, l)
		m = send(t, m, tea.WindowSizeMsg{Width: 40, Height: 15})
		m = pressRun(t, m, "1", "2", "bj", "enter", "enter", "72", "enter", "r", "107", "enter", "enter")
		if m.Screen != model.ScreenRecord || m.Step.ID != consult.Channel {
			t.Fatalf("%s: not at the channel question:\n%s", l, screen(m))
		}
		seen := map[string]bool{}
		for range len(records.Channels()) + 1 {
			for _, line := range strings.Split(screen(m), "\n") {
				seen[strings.TrimPrefix(strings.TrimSpace(line), "> ")] = true
			}
			m = press(t, m, "down")
		}
		for i, c := range records.Channels() {
			for _, line := range plain.Indent("  ", fmt.Sprintf("%d. %s", i+1, c.Name().In(l)), 38) {
				if !seen[strings.TrimSpace(line)] {
					t.Errorf("%s: Down never showed %q", l, line)
				}
			}
		}
	}
}
