package views

import (
	"bytes"
	"image/color"
	"math"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"yibao/data/lang"
	"yibao/internal/testkit"
	"yibao/model"
	"yibao/views/plain"
)

// luminance is WCAG's relative luminance of a colour.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		x := float64(v>>8) / 255
		if x <= 0.03928 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// contrast is WCAG's contrast ratio of two colours.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// TestContrast: every text colour keeps 4.5:1, and the big digits' cells
// 3:1, on the backgrounds of the common terminal themes of its kind; the
// palette for an unknown background uses the terminal's own colours.
func TestContrast(t *testing.T) {
	hex := lipgloss.Color
	dark := map[string]color.Color{
		"black (PuTTY, xterm)": hex("#000000"), "Windows Terminal Campbell": hex("#0c0c0c"),
		"VS Code, GNOME dark": hex("#1e1e1e"), "Solarized dark": hex("#002b36"),
		"Ubuntu aubergine": hex("#300a24"), "One Dark": hex("#282c34"),
	}
	light := map[string]color.Color{
		"white (macOS Terminal Basic)": hex("#ffffff"), "Solarized light": hex("#fdf6e3"),
		"GNOME light": hex("#fafafa"), "light grey": hex("#eeeeee"),
	}
	for _, c := range []struct {
		name string
		p    Palette
		bgs  map[string]color.Color
	}{{"dark", Dark(), dark}, {"light", Light(), light}} {
		for bgName, bg := range c.bgs {
			for role, fg := range map[string]color.Color{"accent": c.p.Accent, "warn": c.p.Warn, "error": c.p.Error} {
				if r := contrast(fg, bg); r < 4.5 {
					t.Errorf("%s palette, %s on %s: contrast %.2f, want at least 4.5", c.name, role, bgName, r)
				}
			}
			if r := contrast(c.p.Cell, bg); r < 3 {
				t.Errorf("%s palette, digit cells on %s: contrast %.2f, want at least 3", c.name, bgName, r)
			}
		}
	}
	if e := Either(); e.Accent != nil || e.Warn != nil || e.Error != nil || e.Cell != nil {
		t.Error("the palette for an unknown background must leave colour to the terminal")
	}
	if st := NewStyles(false, Either()); !st.Amount.Style.GetReverse() {
		t.Error("without a known background the digits must be drawn in reverse video")
	}
}

// xterm16 is xterm's own sixteen colours, as a 16-colour terminal
// (TERM=xterm: PuTTY and Xshell send it too) draws SGR 30-37 and 90-97.
var xterm16 = [16]string{
	"#000000", "#cd0000", "#00cd00", "#cdcd00", "#0000ee", "#cd00cd", "#00cdcd", "#e5e5e5",
	"#7f7f7f", "#ff0000", "#00ff00", "#ffff00", "#5c5cff", "#ff00ff", "#00ffff", "#ffffff",
}

// TestSixteenColours: on a 16-colour terminal the result, drawn as the
// terminal receives it, keeps 4.5:1 for every text colour (3:1 for the
// digits' cells) on xterm's black and white, never paints a caveat in
// red, and shows the figure in reverse video where it has no colour.
func TestSixteenColours(t *testing.T) {
	hex := lipgloss.Color
	for _, bg := range []struct {
		name string
		said tea.Msg  // what the terminal said of its background, if anything
		on   []string // the backgrounds the colours must read on
	}{
		{"unknown", nil, []string{"#000000", "#ffffff"}},
		{"dark", tea.BackgroundColorMsg{Color: hex("#000000")}, []string{"#000000"}},
		{"light", tea.BackgroundColorMsg{Color: hex("#ffffff")}, []string{"#ffffff"}},
	} {
		o := model.Options{Book: testkit.Book(t), Places: testkit.Places(t), Lang: lang.ZH, Now: testkit.Now, Views: New()}
		var tm tea.Model = model.New(o)
		msgs := []tea.Msg{tea.WindowSizeMsg{Width: 80, Height: 60}, tea.ColorProfileMsg{Profile: colorprofile.ANSI}}
		if bg.said != nil {
			msgs = append(msgs, bg.said)
		}
		for _, k := range "12bj\r\r72\r" {
			if k == '\r' {
				msgs = append(msgs, tea.KeyPressMsg{Code: tea.KeyEnter})
				continue
			}
			msgs = append(msgs, tea.KeyPressMsg{Code: k, Text: string(k)})
		}
		for _, msg := range msgs {
			tm, _ = tm.Update(msg)
		}
		m := tm.(model.Model)
		if m.Advice == nil {
			t.Fatalf("%s: no result", bg.name)
		}
		var out bytes.Buffer
		w := &colorprofile.Writer{Forward: &out, Profile: colorprofile.ANSI}
		if _, err := w.Write([]byte(m.View().Content)); err != nil {
			t.Fatal(err)
		}
		var caveats []string // how each caveat starts on the screen
		for _, c := range plain.Caveats(*m.Advice, lang.ZH) {
			caveats = append(caveats, "! "+string([]rune(c)[:min(8, len([]rune(c)))]))
		}
		if len(caveats) == 0 {
			t.Fatal("the Beijing result has no caveat to look at")
		}
		reverse, sawCaveat := false, false
		for _, line := range strings.Split(out.String(), "\n") {
			text := ansi.Strip(line)
			caveat := false
			for _, c := range caveats {
				caveat = caveat || strings.Contains(text, c)
			}
			sawCaveat = sawCaveat || caveat
			for _, sgr := range sgrs(line) {
				for _, n := range sgr {
					fg, idx := false, 0
					switch {
					case n == 7:
						reverse = true
						continue
					case n >= 30 && n <= 37:
						fg, idx = true, n-30
					case n >= 90 && n <= 97:
						fg, idx = true, n-90+8
					case n >= 40 && n <= 47:
						idx = n - 40
					case n >= 100 && n <= 107:
						idx = n - 100 + 8
					case n == 38 || n == 48:
						t.Errorf("%s: a colour beyond the sixteen %v: %q", bg.name, sgr, text)
						continue
					default:
						continue
					}
					if fg && caveat && (idx == 1 || idx == 9) {
						t.Errorf("%s: a caveat in red: %q", bg.name, text)
					}
					want := 3.0
					if fg {
						want = 4.5
					}
					for _, b := range bg.on {
						if r := contrast(hex(xterm16[idx]), hex(b)); r < want {
							t.Errorf("%s: colour %d on %s has contrast %.2f, want %.1f: %q", bg.name, idx, b, r, want, text)
						}
					}
				}
			}
		}
		if !sawCaveat {
			t.Errorf("%s: never saw the caveat %q", bg.name, caveats)
		}
		if !reverse {
			t.Errorf("%s: nothing in reverse video on a 16-colour terminal", bg.name)
		}
	}
}

// sgrs are the parameters of each SGR sequence (ESC [ ... m) in a line.
func sgrs(line string) [][]int {
	var out [][]int
	for {
		i := strings.Index(line, "\x1b[")
		if i < 0 {
			return out
		}
		line = line[i+2:]
		j := strings.IndexFunc(line, func(r rune) bool { return r < '0' || r > '9' && r != ';' })
		if j < 0 {
			return out
		}
		if line[j] != 'm' {
			continue
		}
		var ps []int
		for _, p := range strings.Split(line[:j], ";") {
			n, _ := strconv.Atoi(p)
			ps = append(ps, n)
		}
		out = append(out, ps)
		line = line[j:]
	}
}
