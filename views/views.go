// Package views draws the advisor: pure functions from the model's state,
// the window size and the language to text. Nothing here changes state or
// computes policy; figures come ready-made from the advice.
package views

import (
	"strings"
	"yibao/views/plain"

	tea "charm.land/bubbletea/v2"

	"yibao/data/lang"
	"yibao/model"
)

// measure is the widest a paragraph is drawn, for reading comfort on a
// large window.
const measure = 72

// Screens draws frames for the model; it implements model.Views.
type Screens struct {
	dark, light, either, plain Styles
}

// New returns the screens.
func New() Screens {
	return Screens{dark: NewStyles(false, Dark()), light: NewStyles(false, Light()), either: NewStyles(false, Either()),
		plain: NewStyles(true, Dark())}
}

func (v Screens) styles(s model.State) Styles {
	switch {
	case s.NoColor:
		return v.plain
	case s.FewColors:
		return v.either
	case s.Background == model.BackgroundLight:
		return v.light
	case s.Background == model.BackgroundDark:
		return v.dark
	}
	return v.either
}

// frame is a drawn screen before it becomes a tea.View.
type frame struct {
	lines []string
	// margined lines, from..to, take a space of margin before them when
	// the frame is joined (rather than a copy each with its space).
	margined [2]int
	cursor   *tea.Position // where the terminal cursor goes, if anywhere
}

// text joins the frame's lines.
func (f frame) text() string {
	n := len(f.lines) + f.margined[1] - f.margined[0]
	for _, l := range f.lines {
		n += len(l)
	}
	var b strings.Builder
	b.Grow(n)
	for i, l := range f.lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		if i >= f.margined[0] && i < f.margined[1] {
			b.WriteByte(' ')
		}
		b.WriteString(l)
	}
	return b.String()
}

// View draws one frame: full screen, no mouse (so text can be selected and
// copied), and a steady cursor only where text is typed.
func (v Screens) View(s model.State) tea.View {
	f := v.draw(s)
	tv := tea.NewView(f.text())
	tv.AltScreen = true
	tv.MouseMode = tea.MouseModeNone
	tv.WindowTitle = lang.T("医保个人账户", "Medical-insurance personal account").In(s.Lang)
	if f.cursor != nil {
		c := tea.NewCursor(f.cursor.X, f.cursor.Y)
		c.Blink = false
		c.Shape = tea.CursorBar
		tv.Cursor = c
	}
	return tv
}

// layout is where the parts of a frame go at the window's size.
type layout struct {
	w, h  int // the window
	cw    int // the width paragraphs are drawn at
	head  []string
	foot  []string
	bodyH int
}

func (v Screens) layout(s model.State, st Styles) layout {
	w, h := s.Size()
	l := layout{w: w, h: h, cw: min(w-2, measure)}
	l.head = header(s, st, w-2)
	l.foot = footer(s, st, w-2)
	l.bodyH = max(1, h-len(l.head)-len(l.foot))
	return l
}

// Body measures a scrolling screen: the lines it draws at the state's
// size and where its checklist items are. The frame draws these same lines.
func (v Screens) Body(s model.State) model.Body {
	st := v.styles(s)
	l := v.layout(s, st)
	lines, anchors := scrollLines(s, st, l)
	return model.Body{Lines: lines, Rows: bodyRows(len(lines), l.bodyH), Anchors: anchors}
}

// Item draws checklist item i of the result as Body draws it.
func (v Screens) Item(s model.State, i int) []string {
	w, _ := s.Size()
	return channelLines(s, v.styles(s), i, s.Advice.Channels[i], min(w-2, measure))
}

// bodyRows is how many rows of a scrolling body show: all of them, or one
// fewer to leave a row that says there is more.
func bodyRows(lines, rows int) int {
	if lines > rows {
		return max(1, rows-1)
	}
	return rows
}

// scrollLines draws a scrolling body; the anchors are the result's items.
func scrollLines(s model.State, st Styles, l layout) ([]string, [][2]int) {
	if p, ok := pageOf(s.Screen); ok && p.lines != nil {
		return p.lines(s, st, l)
	}
	return nil, nil
}

// Slip is the take-home slip for the model to save or copy.
func (v Screens) Slip(s model.State) string {
	if s.Advice == nil {
		return ""
	}
	return plain.Slip(*s.Advice, s.Lang, model.SlipWidth, s.Ticks)
}

// draw lays out header, body and footer for the window.
func (v Screens) draw(s model.State) frame {
	st := v.styles(s)
	w, h := s.Size()
	if !s.Fits() {
		return frame{lines: tooSmall(s.Lang, w, h)}
	}
	if !s.Notice.IsZero() {
		return frame{lines: notice(st, s.Notice.In(s.Lang), w, h)}
	}
	l := v.layout(s, st)
	var body []string
	var cursor *tea.Position
	switch {
	case s.ShowHelp:
		body = fullHelp(s, st, l.w-2, l.bodyH)
	case s.Scrolls():
		body = scrolled(s, st, l)
	default:
		if p, ok := pageOf(s.Screen); ok && p.fixed != nil {
			body, cursor = p.fixed(s, st, l)
		}
	}
	if len(body) > l.bodyH {
		body = body[:l.bodyH]
	}
	lines := make([]string, 0, h)
	lines = append(lines, l.head...)
	lines = append(lines, body...)
	for len(lines) < h-len(l.foot) {
		lines = append(lines, "")
	}
	lines = append(lines, l.foot...)
	if cursor != nil {
		cursor.X++
		cursor.Y += len(l.head)
	}
	return frame{lines: lines, margined: [2]int{len(l.head), len(l.head) + len(body)}, cursor: cursor}
}

// scrolled is the visible part of a scrolling body, with a last row that
// says there is more, or that this is the end.
func scrolled(s model.State, st Styles, l layout) []string {
	all := s.Body.Lines
	if s.Body.Rows == 0 && len(all) == 0 {
		all, _ = scrollLines(s, st, l)
	}
	view := bodyRows(len(all), l.bodyH)
	top := max(0, min(s.Scroll, len(all)-view))
	body := append([]string(nil), all[top:min(len(all), top+view)]...)
	if view < l.bodyH {
		more := lang.T("（下面还有，按下键或 PgDn）", "(more below: Down or PgDn)")
		if top+view >= len(all) {
			more = lang.T("（已到底，按 Home 回到顶部）", "(the end: Home goes back to the top)")
		}
		for len(body) < view {
			body = append(body, "")
		}
		body = append(body, st.Hint.Render(plain.Cut(more.In(s.Lang), l.w-2)))
	}
	return body
}

// tooSmall asks for a larger window; the smallest width ("至少 40 列") is
// never parted across lines where it fits on one.
func tooSmall(l lang.Lang, w, h int) []string {
	if w < 2 {
		return []string{""}
	}
	least := lang.F("至少 %d 列", "at least %d columns", model.MinWidth).In(l)
	msg := lang.F("请把窗口放大一些（%s、%d 行）。按 Ctrl+C 退出。", "Please enlarge the window (%s by %d rows). Ctrl+C quits.", least, model.MinHeight).In(l)
	lines := wrapWhole(msg, least, max(w-1, 2))
	return lines[:min(len(lines), max(h, 1))]
}

// wrapWhole wraps s with the phrase whole in it kept on one line, as one
// word of its width, where it fits on a line at all.
func wrapWhole(s, whole string, w int) []string {
	stand := strings.Repeat("x", plain.Width(whole)) // one word, as wide
	if plain.Width(whole) > w || strings.Contains(s, stand) || !strings.Contains(s, whole) {
		return plain.Wrap(s, w)
	}
	lines := plain.Wrap(strings.Replace(s, whole, stand, 1), w)
	for i, line := range lines {
		if strings.Contains(line, stand) {
			lines[i] = strings.Replace(line, stand, whole, 1)
			return lines
		}
	}
	return plain.Wrap(s, w)
}

func notice(st Styles, text string, w, h int) []string {
	lines := make([]string, 0, h)
	for range h / 3 {
		lines = append(lines, "")
	}
	for _, l := range plain.Wrap(text, w-4) {
		lines = append(lines, "  "+st.Notice.Render(" "+l+" "))
	}
	return lines
}
