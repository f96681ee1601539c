package views

import (
	"image/color"
	"strings"

	"charm.land/lipgloss/v2"
)

// Styles is every style the screens use. Meaning never rests on colour
// alone: markers, words and brackets carry it too, and without colour the
// screens say the same.
type Styles struct {
	Title    Paint
	Step     Paint
	Question Paint
	Hint     Paint
	Selected Paint // the highlighted option: reverse video plus a ">" marker
	Hit      Paint // the letters a place search matched: underlined
	HitSel   Paint // the same in the highlighted row
	Error    Paint
	Label    Paint
	Amount   Paint // a cell of the big digits
	Big      Paint // large words in place of digits
	Warn     Paint
	Section  Paint
	Key      Paint
	Notice   Paint
	// Plain is true when the styles carry no colour; the big digits are
	// then drawn with '#' instead of coloured cells.
	Plain bool
}

// Paint is a style worked out once into the sequences that open and close
// it: a frame paints hundreds of short pieces, and a lipgloss Render for
// each (measuring, borders, margins) was most of a key's cost.
type Paint struct {
	on, off string
	Style   lipgloss.Style // what it was made from
}

func newPaint(st lipgloss.Style) Paint {
	on, off, _ := strings.Cut(st.Render("#"), "#")
	return Paint{on: on, off: off, Style: st}
}

// Render paints one line of text; text of several lines goes to lipgloss.
func (p Paint) Render(s string) string {
	switch {
	case s == "" || p.on == "":
		return s
	case strings.ContainsRune(s, '\n'):
		return p.Style.Render(s)
	}
	return p.on + s + p.off
}

// Write paints one line of text onto b, as Render does.
func (p Paint) Write(b *strings.Builder, s string) {
	if s == "" || p.on == "" || strings.ContainsRune(s, '\n') {
		b.WriteString(p.Render(s))
		return
	}
	b.WriteString(p.on)
	b.WriteString(s)
	b.WriteString(p.off)
}

// Palette is the colours of one theme. They are fixed colours of the
// 256-colour palette rather than the terminal's own yellow and cyan, which
// many light themes draw too pale to read: each text colour keeps a
// contrast of at least 4.5:1 on the backgrounds of its theme, and the big
// digits' cells 3:1 (TestContrast). A 16-colour terminal would turn them
// into its own nearest colours (a caveat's amber into alarm red), so
// there the screens use Either (TestSixteenColours).
type Palette struct {
	Accent color.Color // titles, the step, key names
	Warn   color.Color // what the figure depends on
	Error  color.Color
	Cell   color.Color // the big digits' cells
}

// Dark is the palette for a terminal that says its background is dark.
func Dark() Palette {
	return Palette{Accent: lipgloss.Color("81"), Warn: lipgloss.Color("220"), Error: lipgloss.Color("210"), Cell: lipgloss.Color("71")}
}

// Light is the palette for a terminal that says its background is light
// (macOS Terminal's default).
func Light() Palette {
	return Palette{Accent: lipgloss.Color("24"), Warn: lipgloss.Color("94"), Error: lipgloss.Color("124"), Cell: lipgloss.Color("28")}
}

// Either is the palette until the terminal says what its background is,
// when it never does (PuTTY, the Windows console), or when it has only
// sixteen colours: no fixed colour at all, only the terminal's own
// foreground with bold and underline, and the big digits in reverse video. No fixed colour reads well on every
// background a desk may have chosen, but the terminal's own does.
func Either() Palette { return Palette{} }

// NewStyles returns the styles for a palette, or without colour when
// noColor is set.
func NewStyles(noColor bool, p Palette) Styles {
	s := lipgloss.NewStyle
	title, step, key := s().Bold(true), s(), s().Bold(true)
	errs, big, warn, amount := s().Bold(true), s().Bold(true), s().Bold(true), s()
	if !noColor {
		if p.Accent != nil {
			title, step, key = title.Foreground(p.Accent), step.Foreground(p.Accent), key.Foreground(p.Accent)
		}
		if p.Error != nil {
			errs = errs.Foreground(p.Error)
		}
		if p.Warn != nil {
			big, warn = big.Foreground(p.Warn), warn.Foreground(p.Warn)
		}
		if p.Cell != nil {
			amount = amount.Background(p.Cell)
		} else {
			amount = amount.Reverse(true)
		}
	}
	return Styles{
		Title: newPaint(title), Step: newPaint(step), Question: newPaint(s().Bold(true)), Hint: newPaint(s()),
		Selected: newPaint(s().Reverse(true).Bold(true)), Hit: newPaint(s().Underline(true)),
		HitSel: newPaint(s().Reverse(true).Bold(true).Underline(true)), Error: newPaint(errs), Label: newPaint(s().Bold(true)),
		Amount: newPaint(amount), Big: newPaint(big), Warn: newPaint(warn), Section: newPaint(s().Bold(true).Underline(true)),
		Key: newPaint(key), Notice: newPaint(s().Reverse(true).Bold(true)), Plain: noColor,
	}
}
