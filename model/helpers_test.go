package model_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"yibao/data"
	"yibao/model"
	"yibao/views"
)

var (
	bookOnce sync.Once
	book     *data.Book
	bookErr  error
)

// testBook loads the embedded book once for all tests.
func testBook(t testing.TB) *data.Book {
	t.Helper()
	bookOnce.Do(func() { book, bookErr = data.Embedded() })
	if bookErr != nil {
		t.Fatal(bookErr)
	}
	return book
}

// fixedNow is the clock of every test: 2026-11-22.
func fixedNow() time.Time { return time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC) }

// newModel returns an advisor with the book loaded, sized w x h.
func newModel(t testing.TB, lang data.Lang, w, h int) model.Model {
	t.Helper()
	m := model.New(model.Options{Book: testBook(t), Lang: lang, Now: fixedNow, Renderer: views.New()})
	return send(t, m, tea.WindowSizeMsg{Width: w, Height: h})
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
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "pgup":
		return tea.KeyPressMsg{Code: tea.KeyPgUp}
	case "home":
		return tea.KeyPressMsg{Code: tea.KeyHome}
	case "end":
		return tea.KeyPressMsg{Code: tea.KeyEnd}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "delete":
		return tea.KeyPressMsg{Code: tea.KeyDelete}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// press sends keys: names such as "enter", or text typed rune by rune.
func press(t testing.TB, m model.Model, keys ...string) model.Model {
	t.Helper()
	for _, k := range keys {
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
	case "enter", "esc", "backspace", "tab", "space", "up", "down", "pgdown", "pgup", "home", "end", "left", "right", "delete", "ctrl+c":
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

func viewsRenderer() views.Renderer { return views.New() }

// tall shows the same state in a window tall enough for the whole result.
func tall(t testing.TB, m model.Model) model.Model {
	return send(t, m, tea.WindowSizeMsg{Width: m.Width, Height: 400})
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
