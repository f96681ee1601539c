package views

import (
	"strings"
	"testing"

	"yibao/views/plain"
)

func TestBigDigits(t *testing.T) {
	noColour := NewStyles(true, Dark())
	rows := bigDigits("107.5", 1, noColour)
	want := []string{
		" #  ### ###   ###",
		"##  # #   #   #  ",
		" #  # #   #   ###",
		" #  # #   #     #",
		"### ###   # # ###",
	}
	for i := range want {
		if rows[i] != want[i] {
			t.Errorf("row %d = %q, want %q", i, rows[i], want[i])
		}
	}
	if w := bigWidth("107.5", 2); w != plain.Width(bigDigits("107.5", 2, noColour)[0]) {
		t.Errorf("bigWidth %d does not match the drawing", w)
	}
	colour := bigDigits("1", 1, NewStyles(false, Dark()))
	if strings.Contains(colour[0], "#") || !strings.Contains(colour[0], "\x1b[") {
		t.Errorf("colour digits should be coloured cells: %q", colour[0])
	}
}
