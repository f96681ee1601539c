package views

import "strings"

// glyph is a five-row digit font drawn with '#', ASCII only so that every
// terminal, locale and ambiguous-width setting gives it the same width.
func glyph(r rune) [5]string {
	switch r {
	case '0':
		return [5]string{"###", "# #", "# #", "# #", "###"}
	case '1':
		return [5]string{" # ", "## ", " # ", " # ", "###"}
	case '2':
		return [5]string{"###", "  #", "###", "#  ", "###"}
	case '3':
		return [5]string{"###", "  #", "###", "  #", "###"}
	case '4':
		return [5]string{"# #", "# #", "###", "  #", "  #"}
	case '5':
		return [5]string{"###", "#  ", "###", "  #", "###"}
	case '6':
		return [5]string{"###", "#  ", "###", "# #", "###"}
	case '7':
		return [5]string{"###", "  #", "  #", "  #", "  #"}
	case '8':
		return [5]string{"###", "# #", "###", "# #", "###"}
	case '9':
		return [5]string{"###", "# #", "###", "  #", "###"}
	case '.':
		return [5]string{" ", " ", " ", " ", "#"}
	}
	return [5]string{" ", " ", " ", " ", " "}
}

// bigWidth is the width in cells of a number drawn by bigDigits.
func bigWidth(num string, scale int) int {
	w := 0
	for i, r := range num {
		if i > 0 {
			w += scale
		}
		w += len(glyph(r)[0]) * scale
	}
	return w
}

// bigDigits draws a number five rows tall, each '#' scale cells wide. In
// colour the cells are coloured spaces; without colour they are '#'.
func bigDigits(num string, scale int, st Styles) []string {
	rows := make([]string, 5)
	for row := range rows {
		var plain strings.Builder
		for i, r := range num {
			if i > 0 {
				plain.WriteString(strings.Repeat(" ", scale))
			}
			for _, c := range glyph(r)[row] {
				plain.WriteString(strings.Repeat(string(c), scale))
			}
		}
		rows[row] = paint(plain.String(), st)
	}
	return rows
}

// paint turns runs of '#' into coloured cells unless the styles are plain.
func paint(s string, st Styles) string {
	if st.Plain {
		return s
	}
	var b strings.Builder
	for len(s) > 0 {
		i := strings.IndexByte(s, '#')
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		s = s[i:]
		j := strings.IndexFunc(s, func(r rune) bool { return r != '#' })
		if j < 0 {
			j = len(s)
		}
		b.WriteString(st.Amount.on + strings.Repeat(" ", j) + st.Amount.off)
		s = s[j:]
	}
	return b.String()
}
