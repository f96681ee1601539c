package views

import (
	"image/color"
	"math"
	"testing"

	"charm.land/lipgloss/v2"
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
