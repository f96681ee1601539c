package model_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"yibao/data/book"
	"yibao/data/lang"
	"yibao/internal/testkit"
	"yibao/model"
	"yibao/views"
)

// testBook is the embedded book, loaded once for all tests.
func testBook(t testing.TB) *book.Book { return testkit.Book(t) }

// fixedNow is the clock of every test.
func fixedNow() time.Time { return testkit.Now() }

// options are the advisor's options in the tests.
func options(t testing.TB, l lang.Lang) model.Options {
	return model.Options{Book: testBook(t), Places: testkit.Places(t), Lang: l, Now: fixedNow, Views: views.New()}
}

// newModel returns an advisor with the book loaded, sized w x h.
func newModel(t testing.TB, l lang.Lang, w, h int) model.Model {
	t.Helper()
	return send(t, model.New(options(t, l)), tea.WindowSizeMsg{Width: w, Height: h})
}

// send delivers one message; the command it returns is dropped (tests that
// need a command's message run it themselves).
func send(t testing.TB, m model.Model, msg tea.Msg) model.Model {
	t.Helper()
	next, _ := m.Update(msg)
	return next.(model.Model)
}

// keyMsg turns a key name into a key press.
func keyMsg(k string) tea.KeyPressMsg {
	codes := map[string]rune{
		"enter": tea.KeyEnter, "esc": tea.KeyEscape, "backspace": tea.KeyBackspace, "tab": tea.KeyTab,
		"up": tea.KeyUp, "down": tea.KeyDown, "pgdown": tea.KeyPgDown, "pgup": tea.KeyPgUp, "home": tea.KeyHome,
		"end": tea.KeyEnd, "left": tea.KeyLeft, "right": tea.KeyRight, "delete": tea.KeyDelete,
	}
	switch k {
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	case "ctrl+u":
		return tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl}
	case "ctrl+z":
		return tea.KeyPressMsg{Code: 'z', Mod: tea.ModCtrl}
	}
	if c, ok := codes[k]; ok {
		return tea.KeyPressMsg{Code: c}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// press sends keys: names such as "enter", or text typed rune by rune.
func press(t testing.TB, m model.Model, keys ...string) model.Model {
	t.Helper()
	for _, k := range keys {
		if k == "checklist" { // Down until the first checklist item is focused
			for i := 0; m.Focus < 0 && i < 500; i++ {
				m = send(t, m, keyMsg("down"))
			}
			continue
		}
		if len([]rune(k)) > 1 && !isKeyName(k) {
			for _, r := range k {
				m = send(t, m, keyMsg(string(r)))
			}
			continue
		}
		m = send(t, m, keyMsg(k))
	}
	return m
}

func isKeyName(k string) bool {
	switch k {
	case "enter", "esc", "backspace", "tab", "space", "up", "down", "pgdown", "pgup", "home", "end", "left", "right", "delete", "ctrl+c", "ctrl+u", "ctrl+z":
		return true
	}
	return false
}

// screen is the frame as plain text.
func screen(m model.Model) string { return ansi.Strip(m.View().Content) }

func mustContain(t *testing.T, m model.Model, want ...string) {
	t.Helper()
	s := screen(m)
	for _, w := range want {
		if !strings.Contains(s, w) {
			t.Fatalf("screen lacks %q:\n%s", w, s)
		}
	}
}

func mustNotContain(t *testing.T, m model.Model, bad ...string) {
	t.Helper()
	s := screen(m)
	for _, b := range bad {
		if strings.Contains(s, b) {
			t.Fatalf("screen shows %q:\n%s", b, s)
		}
	}
}

// tall shows the same state in a window tall enough for the whole result.
func tall(t testing.TB, m model.Model) model.Model {
	return send(t, m, tea.WindowSizeMsg{Width: m.Width, Height: 400})
}

// atResult fails unless the advice shows.
func atResult(t *testing.T, m model.Model) {
	t.Helper()
	if m.Screen != model.ScreenResult {
		t.Fatalf("screen %v, want the result:\n%s", m.Screen, screen(m))
	}
}

// atStep fails unless the question id shows.
func atStep(t *testing.T, m model.Model, id string) {
	t.Helper()
	if m.Screen != model.ScreenQuestion || string(m.Step.ID) != id {
		t.Fatalf("screen %v step %q, want the %s question:\n%s", m.Screen, m.Step.ID, id, screen(m))
	}
}

// hasColour reports whether styled text sets a foreground or background
// colour (SGR 30-38, 40-48, 90-97, 100-107).
func hasColour(s string) bool {
	for {
		i := strings.Index(s, "\x1b[")
		if i < 0 {
			return false
		}
		s = s[i+2:]
		j := strings.IndexByte(s, 'm')
		if j < 0 {
			return false
		}
		for _, p := range strings.Split(s[:j], ";") {
			n := 0
			fmt.Sscanf(p, "%d", &n)
			if (n >= 30 && n <= 38) || (n >= 40 && n <= 48) || (n >= 90 && n <= 97) || (n >= 100 && n <= 107) {
				return true
			}
		}
		s = s[j:]
	}
}
func screenText(s string) string { return ansi.Strip(s) }
