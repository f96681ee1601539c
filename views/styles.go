package views

import (
	"strings"

	"charm.land/lipgloss/v2"
)

// Styles is every style the screens use. Colours come from the ANSI-16
// palette so they follow the terminal's own theme; meaning is never carried
// by colour alone (markers, words and brackets carry it too).
type Styles struct {
	Title    lipgloss.Style
	Step     lipgloss.Style
	Question lipgloss.Style
	Hint     lipgloss.Style
	Option   lipgloss.Style
	Selected lipgloss.Style // the highlighted option: reverse video plus a ">" marker
	Error    lipgloss.Style
	Label    lipgloss.Style
	Amount   lipgloss.Style // a cell of the big digits
	Big      lipgloss.Style // large words in place of digits
	Good     lipgloss.Style
	Warn     lipgloss.Style
	Section  lipgloss.Style
	Match    lipgloss.Style // matched characters in a place result
	Key      lipgloss.Style
	Notice   lipgloss.Style
	// Plain is true when the styles carry no colour; the big digits are
	// then drawn with '#' instead of coloured cells.
	Plain bool
	// cellOn and cellOff open and close the Amount style around a run of
	// cells, worked out once because the digits paint many short runs.
	cellOn, cellOff string
}

// NewStyles returns the styles with colour, or without when noColor is set.
func NewStyles(noColor bool) Styles {
	s := lipgloss.NewStyle
	st := Styles{
		Title:    s().Bold(true),
		Step:     s(),
		Question: s().Bold(true),
		Hint:     s(),
		Option:   s(),
		Selected: s().Reverse(true).Bold(true),
		Error:    s().Bold(true),
		Label:    s().Bold(true),
		Amount:   s(),
		Big:      s().Bold(true),
		Good:     s().Bold(true),
		Warn:     s().Bold(true),
		Section:  s().Bold(true).Underline(true),
		Match:    s().Underline(true),
		Key:      s().Bold(true),
		Notice:   s().Reverse(true).Bold(true),
		Plain:    noColor,
	}
	if noColor {
		return st
	}
	st.Title = st.Title.Foreground(lipgloss.Cyan)
	st.Step = st.Step.Foreground(lipgloss.Cyan)
	st.Error = st.Error.Foreground(lipgloss.Red)
	st.Amount = st.Amount.Background(lipgloss.Green)
	st.Big = st.Big.Foreground(lipgloss.Yellow)
	st.Good = st.Good.Foreground(lipgloss.Green)
	st.Warn = st.Warn.Foreground(lipgloss.Yellow)
	st.Key = st.Key.Foreground(lipgloss.Cyan)
	st.cellOn, st.cellOff, _ = strings.Cut(st.Amount.Render("#"), "#")
	return st
}
