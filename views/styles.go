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
	Title    lipgloss.Style
	Step     lipgloss.Style
	Question lipgloss.Style
	Hint     lipgloss.Style
	Selected lipgloss.Style // the highlighted option: reverse video plus a ">" marker
	Error    lipgloss.Style
	Label    lipgloss.Style
	Amount   lipgloss.Style // a cell of the big digits
	Big      lipgloss.Style // large words in place of digits
	Warn     lipgloss.Style
	Section  lipgloss.Style
	Key      lipgloss.Style
	Notice   lipgloss.Style
	// Plain is true when the styles carry no colour; the big digits are
	// then drawn with '#' instead of coloured cells.
	Plain bool
	// cellOn and cellOff open and close the Amount style around a run of
	// cells, worked out once because the digits paint many short runs.
	cellOn, cellOff string
}

// Palette is the colours of one theme. They are fixed colours of the
// 256-colour palette rather than the terminal's own yellow and cyan, which
// many light themes draw too pale to read: each text colour keeps a
// contrast of at least 4.5:1 on the backgrounds of its theme, and the big
// digits' cells 3:1 (TestContrast).
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
// or when it never does (PuTTY, the Windows console): no fixed colour at
// all, only the terminal's own foreground with bold and underline, and
// the big digits in reverse video. No fixed colour reads well on every
// background a desk may have chosen, but the terminal's own does.
func Either() Palette { return Palette{} }

// NewStyles returns the styles for a palette, or without colour when
// noColor is set.
func NewStyles(noColor bool, p Palette) Styles {
	s := lipgloss.NewStyle
	st := Styles{
		Title:    s().Bold(true),
		Step:     s(),
		Question: s().Bold(true),
		Hint:     s(),
		Selected: s().Reverse(true).Bold(true),
		Error:    s().Bold(true),
		Label:    s().Bold(true),
		Amount:   s(),
		Big:      s().Bold(true),
		Warn:     s().Bold(true),
		Section:  s().Bold(true).Underline(true),
		Key:      s().Bold(true),
		Notice:   s().Reverse(true).Bold(true),
		Plain:    noColor,
	}
	if noColor {
		return st
	}
	if p.Accent != nil {
		st.Title = st.Title.Foreground(p.Accent)
		st.Step = st.Step.Foreground(p.Accent)
		st.Key = st.Key.Foreground(p.Accent)
	}
	if p.Error != nil {
		st.Error = st.Error.Foreground(p.Error)
	}
	if p.Warn != nil {
		st.Big = st.Big.Foreground(p.Warn)
		st.Warn = st.Warn.Foreground(p.Warn)
	}
	if p.Cell != nil {
		st.Amount = st.Amount.Background(p.Cell)
	} else {
		st.Amount = st.Amount.Reverse(true)
	}
	st.cellOn, st.cellOff, _ = strings.Cut(st.Amount.Render("#"), "#")
	return st
}
