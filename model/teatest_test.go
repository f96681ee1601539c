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

	"yibao/data"
	"yibao/model"
	"yibao/views"
)

// runProgram starts the advisor in a real Bubble Tea program with a pinned
// environment and colour profile.
func runProgram(t *testing.T, env []string, profile colorprofile.Profile) *teatest.TestModel {
	t.Helper()
	m := model.New(model.Options{Book: testBook(t), Now: fixedNow, Renderer: views.New()})
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

func finalScreen(t *testing.T, tm *teatest.TestModel) (model.Model, string) {
	t.Helper()
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(model.Model)
	return fm, ansi.Strip(fm.View().Content)
}

func TestProgramBeijing(t *testing.T) {
	tm := runProgram(t, []string{"TERM=xterm-256color", "LANG=zh_CN.UTF-8"}, colorprofile.ANSI256)
	waitFor(t, tm, "医保")
	tm.Type("1")
	waitFor(t, tm, "参保")
	tm.Type("bj")
	waitFor(t, tm, "陕西省")
	enter(tm)
	waitFor(t, tm, "多少岁")
	tm.Type("72")
	enter(tm)
	waitFor(t, tm, "退休情况")
	tm.Type("2")
	waitFor(t, tm, "107")
	tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	waitFor(t, tm, "退出吗")
	tm.Type("y")
	fm, s := finalScreen(t, tm)
	if fm.Step != model.StepResult || fm.Advice.Credit.NetMonthly != data.Yuan(107) || !strings.Contains(s, "107 元") {
		t.Fatalf("final step %v:\n%s", fm.Step, s)
	}
}

func TestProgramEnglishShanghai(t *testing.T) {
	tm := runProgram(t, []string{"TERM=xterm-256color"}, colorprofile.ANSI)
	waitFor(t, tm, "医保")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyTab})
	waitFor(t, tm, "Which")
	tm.Type("1")
	waitFor(t, tm, "insured")
	tm.Type("shanghai")
	waitFor(t, tm, "Shanghai")
	enter(tm)
	waitFor(t, tm, "old")
	tm.Type("1950")
	enter(tm)
	waitFor(t, tm, "retirement")
	tm.Type("2")
	waitFor(t, tm, "1890")
	tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	tm.Type("y")
	fm, s := finalScreen(t, tm)
	if fm.Age != 76 || !strings.Contains(s, "Credited each insurance year: 1890 yuan") || !strings.Contains(s, "yuan a year") {
		t.Fatalf("age %d:\n%s", fm.Age, s)
	}
}

func TestProgramNoColor(t *testing.T) {
	tm := runProgram(t, []string{"TERM=xterm-256color", "NO_COLOR=1"}, colorprofile.ANSI256)
	waitFor(t, tm, "医保")
	tm.Type("1")
	waitFor(t, tm, "参保")
	tm.Type("jinan")
	waitFor(t, tm, "山东省")
	enter(tm)
	waitFor(t, tm, "多少岁")
	tm.Type("70")
	enter(tm)
	waitFor(t, tm, "退休情况")
	tm.Type("2")
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
	m := newModel(t, data.ZH, 80, 24)
	m = send(t, m, tea.EnvMsg{"NO_COLOR=1"})
	m = press(t, m, "1", "bj", "enter", "72", "enter", "2")
	golden.RequireEqual(t, []byte(screen(m)))
}
