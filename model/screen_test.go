package model_test

import (
	"fmt"
	"image/color"
	"os"
	"os/exec"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/mattn/go-runewidth"

	"yibao/data/lang"
	"yibao/internal/testrecords"
	"yibao/model"
)

// screens drives the advisor to every kind of screen at one size.
func screens(t *testing.T, l lang.Lang, w, h int, noColor bool) map[string]model.Model {
	t.Helper()
	o := options(t, l)
	o.Slips, o.Compare, o.Guides, o.CopySlip = true, true, true, true
	o.Records, _ = testrecords.Store(t)
	base := send(t, model.New(o), tea.WindowSizeMsg{Width: w, Height: h})
	if noColor {
		base = send(t, base, tea.EnvMsg{"NO_COLOR=1"})
	} else {
		base = send(t, base, tea.BackgroundColorMsg{Color: color.Black})
	}
	out := map[string]model.Model{}
	out["insurance"] = base
	out["help"] = press(t, base, "?")
	out["confirm"] = press(t, base, "ctrl+c")
	out["status"] = press(t, base, "1")
	out["place-empty"] = press(t, base, "1", "2")
	out["place-bj"] = press(t, base, "1", "2", "bj")
	out["place-zhou"] = press(t, base, "1", "2", "州")
	out["place-district"] = press(t, base, "1", "2", "朝阳")
	out["place-none"] = press(t, base, "1", "2", "vvvv", "enter")
	out["age"] = press(t, base, "1", "2", "bj", "enter", "enter", "7")
	out["age-error"] = press(t, base, "1", "2", "bj", "enter", "enter", "abc", "enter")
	out["base"] = press(t, base, "1", "1", "cs", "enter", "45", "enter")
	beijing := press(t, base, "1", "2", "bj", "enter", "enter", "72", "enter")
	out["result"] = beijing
	out["result-open"] = press(t, beijing, "checklist", "enter", "space")
	out["result-end"] = press(t, beijing, "end")
	out["result-guangzhou"] = press(t, base, "1", "2", "gz", "enter", "66", "enter")
	out["result-shanghai"] = press(t, base, "1", "2", "shanghai", "enter", "74", "enter")
	out["result-unknown"] = press(t, base, "2", "2", "hangzhou", "enter", "66", "enter")
	out["result-resident"] = press(t, base, "3", "enshi", "enter")
	out["result-ningbo"] = press(t, base, "1", "2", "ningbo", "enter", "72", "enter")
	out["source"] = press(t, beijing, "i")
	out["source-end"] = press(t, beijing, "i", "end")
	out["place-suggest"] = press(t, base, "1", "2", "shangai")
	out["slip"] = press(t, beijing, "checklist", "space", "s")
	out["slip-end"] = press(t, beijing, "s", "end")
	out["compare-place"] = press(t, beijing, "c", "cs")
	out["compare"] = press(t, beijing, "c", "cs", "enter")
	out["compare-end"] = press(t, beijing, "c", "gz", "enter", "end")
	out["guides"] = press(t, beijing, "g")
	out["guide"] = press(t, beijing, "g", "1")
	out["guide-end"] = press(t, beijing, "g", "6", "end")
	out["help-result"] = press(t, beijing, "?")
	out["record"] = press(t, beijing, "r", "10")
	out["record-error"] = press(t, beijing, "r", "abc", "enter")
	out["record-month"] = press(t, beijing, "r", "107", "enter")
	out["record-channel"] = press(t, beijing, "r", "107", "enter", "enter")
	out["record-channel-down"] = press(t, beijing, "r", "107", "enter", "enter", "down", "down")
	recorded := pressRun(t, beijing, "r", "110", "enter", "enter", "enter")
	out["result-recorded"] = recorded
	out["result-recorded-end"] = press(t, recorded, "end")
	out["confirm-take-back"] = pressRun(t, recorded, "r", "ctrl+z")
	return out
}

// TestScreensFit checks every screen at 80x24, 60x20 and 40x15 in both
// languages, with and without colour: the frame fills the window exactly,
// no line is wider than the window, and no character of ambiguous width
// appears (Chinese terminals draw those two cells wide).
func TestScreensFit(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {60, 20}, {40, 15}, {120, 40}} {
		for _, l := range []lang.Lang{lang.ZH, lang.EN} {
			for _, noColor := range []bool{false, true} {
				for name, m := range screens(t, l, size[0], size[1], noColor) {
					label := fmt.Sprintf("%dx%d %s noColor=%v %s", size[0], size[1], l, noColor, name)
					v := m.View()
					if !v.AltScreen || v.MouseMode != tea.MouseModeNone {
						t.Errorf("%s: want the alt screen with the mouse off", label)
					}
					if v.Cursor != nil && v.Cursor.Blink {
						t.Errorf("%s: the cursor must not blink", label)
					}
					lines := strings.Split(ansi.Strip(v.Content), "\n")
					if len(lines) != size[1] {
						t.Errorf("%s: %d lines, want %d", label, len(lines), size[1])
					}
					for i, l := range lines {
						if lw := ansi.StringWidth(l); lw > size[0] {
							t.Errorf("%s: line %d is %d wide: %q", label, i, lw, l)
						}
						for _, r := range l {
							if r > 0x7F && runewidth.IsAmbiguousWidth(r) {
								t.Errorf("%s: line %d has ambiguous-width %q: %q", label, i, r, l)
							}
						}
					}
					if noColor && hasColour(v.Content) {
						t.Errorf("%s: NO_COLOR but a colour is set", label)
					}
					if !noColor && name == "result" && !hasColour(v.Content) {
						t.Errorf("%s: the result should use colour", label)
					}
				}
			}
		}
	}
}

// TestScreensFitEastAsian runs TestScreensFit again in a child process with
// RUNEWIDTH_EASTASIAN=1 and a Chinese locale, which make width libraries
// count ambiguous characters as two cells.
func TestScreensFitEastAsian(t *testing.T) {
	if os.Getenv("RUNEWIDTH_EASTASIAN") == "1" {
		t.Skip("already the East Asian run")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestScreensFit$", "-test.count=1")
	cmd.Env = append(os.Environ(), "RUNEWIDTH_EASTASIAN=1", "LANG=zh_CN.UTF-8", "LC_ALL=zh_CN.UTF-8")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("TestScreensFit with RUNEWIDTH_EASTASIAN=1 failed: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "PASS") {
		t.Fatalf("child run did not pass:\n%s", out)
	}
}

func TestTooSmall(t *testing.T) {
	for _, size := range [][2]int{{39, 24}, {80, 14}, {20, 5}, {1, 1}} {
		m := newModel(t, lang.ZH, size[0], size[1])
		s := screen(m)
		if !strings.Contains(strings.ReplaceAll(s, "\n", ""), "请把窗口放大") && size[0] > 6 {
			t.Errorf("%v: want the enlarge message, got %q", size, s)
		}
		for _, l := range strings.Split(s, "\n") {
			if ansi.StringWidth(l) > size[0] {
				t.Errorf("%v: line %q too wide", size, l)
			}
		}
		if n := len(strings.Split(s, "\n")); n > max(size[1], 1) {
			t.Errorf("%v: %d lines", size, n)
		}
	}
	// Keys do nothing while the window is too small; growing it brings
	// the step back as it was.
	m := newModel(t, lang.ZH, 30, 10)
	m = press(t, m, "1", "bj")
	m = send(t, m, tea.WindowSizeMsg{Width: 80, Height: 24})
	mustContain(t, m, "您参加的是哪种医保")
	m = press(t, m, "1")
	mustContain(t, m, "您现在的退休情况是")
	// Ctrl+C quits at once in a tiny window: a question there could not be read.
	_, cmd := send(t, m, tea.WindowSizeMsg{Width: 30, Height: 10}).Update(keyMsg("ctrl+c"))
	if cmd == nil {
		t.Fatal("Ctrl+C in a window too small must quit")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Fatal("Ctrl+C in a window too small must send tea.QuitMsg")
	}
}

func TestNoColorDigits(t *testing.T) {
	m := newModel(t, lang.ZH, 80, 24)
	m = send(t, m, tea.ColorProfileMsg{})
	m = press(t, m, "1", "2", "bj", "enter", "enter", "72", "enter")
	s := screen(m)
	if !strings.Contains(s, "  ##") || !strings.Contains(s, "107 元") {
		t.Fatalf("without colour the big digits are drawn with #:\n%s", s)
	}
	m = newModel(t, lang.ZH, 80, 24)
	m = press(t, m, "1", "2", "bj", "enter", "enter", "72", "enter")
	if strings.Contains(screen(m), "###") {
		t.Fatal("with colour the digits are coloured cells, not #")
	}
}

func TestCursorSitsAtTheText(t *testing.T) {
	m := newModel(t, lang.ZH, 80, 24)
	m = press(t, m, "1", "2", "长沙")
	v := m.View()
	if v.Cursor == nil {
		t.Fatal("the place field needs the terminal cursor")
	}
	lines := strings.Split(ansi.Strip(v.Content), "\n")
	row := lines[v.Cursor.Y]
	if !strings.HasPrefix(strings.TrimSpace(row), "城市：长沙") {
		t.Fatalf("cursor row %d is %q", v.Cursor.Y, row)
	}
	if want := ansi.StringWidth(" 城市：长沙"); v.Cursor.X != want {
		t.Fatalf("cursor x = %d, want %d (after the Chinese text)", v.Cursor.X, want)
	}
	m = press(t, m, "left")
	if want := ansi.StringWidth(" 城市：长"); m.View().Cursor.X != want {
		t.Fatalf("after left: cursor x = %d, want %d", m.View().Cursor.X, want)
	}
	if press(t, m, "enter").View().Cursor == nil {
		t.Fatal("the age field needs the cursor too")
	}
	if press(t, newModel(t, lang.ZH, 80, 24), "?").View().Cursor != nil {
		t.Fatal("no cursor where nothing is typed")
	}
}

// TestColoursFollowTheBackground: until the terminal says what its
// background is, the screens use its own colours (bold, reverse video);
// then the palette made for that background.
func TestColoursFollowTheBackground(t *testing.T) {
	m := newModel(t, lang.ZH, 80, 24)
	m = press(t, m, "1", "2", "bj", "enter", "enter", "72", "enter")
	if v := m.View().Content; strings.Contains(v, "38;5;") || strings.Contains(v, "48;5;") {
		t.Error("a fixed colour before the terminal said what its background is")
	}
	if v := send(t, m, tea.BackgroundColorMsg{Color: color.White}).View().Content; !strings.Contains(v, "38;5;24") || strings.Contains(v, "38;5;81") {
		t.Error("on a light background the key names must be dark blue (24), not light cyan (81)")
	}
	if v := send(t, m, tea.BackgroundColorMsg{Color: color.Black}).View().Content; !strings.Contains(v, "38;5;81") {
		t.Error("on a dark background the key names must be light cyan (81)")
	}
}
