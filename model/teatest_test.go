package model_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"yibao/data/book"
	"yibao/data/lang"
	"yibao/model"
)

// runProgram starts the advisor in a real Bubble Tea program with a pinned
// environment and colour profile.
func runProgram(t *testing.T, env []string, profile colorprofile.Profile) *teatest.TestModel {
	t.Helper()
	m := model.New(options(t, lang.ZH))
	return teatest.NewTestModel(t, m,
		teatest.WithInitialTermSize(80, 24),
		teatest.WithProgramOptions(tea.WithEnvironment(env), tea.WithColorProfile(profile)))
}

func waitFor(t *testing.T, tm *teatest.TestModel, want string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(want)) },
		teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}

func enter(tm *teatest.TestModel) { tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter}) }

// answer waits for each prompt in turn and types its answer; an answer
// ending in "\n" is followed by Enter.
func answer(t *testing.T, tm *teatest.TestModel, steps ...[2]string) {
	t.Helper()
	for _, st := range steps {
		waitFor(t, tm, st[0])
		typed, withEnter := strings.CutSuffix(st[1], "\n")
		if typed != "" {
			tm.Type(typed)
		}
		if withEnter {
			enter(tm)
		}
	}
}

func finalScreen(t *testing.T, tm *teatest.TestModel) (model.Model, string) {
	t.Helper()
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(model.Model)
	return fm, ansi.Strip(fm.View().Content)
}

func TestProgramBeijing(t *testing.T) {
	tm := runProgram(t, []string{"TERM=xterm-256color", "LANG=zh_CN.UTF-8"}, colorprofile.ANSI256)
	answer(t, tm, [2]string{"医保", "1"}, [2]string{"退休情况", "2"}, [2]string{"参保", "bj"}, [2]string{"陕西省", "\n"},
		[2]string{"再按回车确认", "\n"}, [2]string{"多少岁", "72\n"})
	waitFor(t, tm, "107")
	tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	waitFor(t, tm, "退出吗")
	tm.Type("y")
	fm, s := finalScreen(t, tm)
	if fm.Screen != model.ScreenResult || fm.Advice.Credit.NetMonthly != book.Yuan(107) || !strings.Contains(s, "107 元") {
		t.Fatalf("final screen %v:\n%s", fm.Screen, s)
	}
}

func TestProgramEnglishShanghai(t *testing.T) {
	tm := runProgram(t, []string{"TERM=xterm-256color"}, colorprofile.ANSI)
	waitFor(t, tm, "医保")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyTab})
	answer(t, tm, [2]string{"Which", "1"}, [2]string{"retirement", "2"}, [2]string{"insured", "shanghai"}, [2]string{"Shanghai", "\n"},
		[2]string{"old", "1950\n"})
	waitFor(t, tm, "1,890")
	tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	tm.Type("y")
	fm, s := finalScreen(t, tm)
	if fm.Answers.Age.Years != 76 || !strings.Contains(s, "Credited to the account each year: 1,890 yuan") || !strings.Contains(s, "yuan a year") {
		t.Fatalf("age %+v:\n%s", fm.Answers.Age, s)
	}
}

func TestProgramNoColor(t *testing.T) {
	tm := runProgram(t, []string{"TERM=xterm-256color", "NO_COLOR=1"}, colorprofile.ANSI256)
	answer(t, tm, [2]string{"医保", "1"}, [2]string{"退休情况", "2"}, [2]string{"参保", "jinan"}, [2]string{"山东省", "\n"},
		[2]string{"多少岁", "70\n"})
	waitFor(t, tm, "元/月")
	tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	tm.Type("y")
	fm, s := finalScreen(t, tm)
	if !fm.NoColor || !strings.Contains(s, "######") || hasColour(fm.View().Content) {
		t.Fatalf("NO_COLOR: noColor=%v\n%s", fm.NoColor, s)
	}
}

// TestGoldenResult is the one golden smoke test: the Beijing result at
// 80x24 without colour, as text. Regenerate with go test ./model -update.
func TestGoldenResult(t *testing.T) {
	m := newModel(t, lang.ZH, 80, 24)
	m = send(t, m, tea.EnvMsg{"NO_COLOR=1"})
	m = press(t, m, "1", "2", "bj", "enter", "enter", "72", "enter")
	golden.RequireEqual(t, []byte(screen(m)))
}
