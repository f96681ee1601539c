// Package views draws the advisor: pure functions from the model's state,
// the window size and the language to text. Nothing here changes state or
// computes policy; figures come ready-made from the data package.
package views

import (
	"strings"
	"sync"

	tea "charm.land/bubbletea/v2"

	"yibao/data"
	"yibao/model"
)

// Minimum window size; below it the screen asks to be enlarged.
const (
	MinWidth  = 40
	MinHeight = 15
	// default size until the terminal reports its own
	defaultWidth  = 80
	defaultHeight = 24
)

// Renderer draws frames for the model. It holds the two style sets and a
// memo of the last result body; use one renderer per program.
type Renderer struct {
	color, plain Styles
	memo         *bodyMemo
}

// New returns a renderer.
func New() Renderer {
	return Renderer{color: NewStyles(false), plain: NewStyles(true), memo: &bodyMemo{}}
}

// bodyMemo keeps the result body of one state revision: the model measures
// it while handling a key and the frame drawn right after reuses it.
type bodyMemo struct {
	mu      sync.Mutex
	key     memoKey
	lines   []string
	anchors [][2]int
}

type memoKey struct {
	rev     uint64
	step    model.Step
	advice  *data.Advice
	focus   int
	width   int
	height  int
	lang    data.Lang
	noColor bool
}

// scrolls reports whether the step shows a scrolling body.
func scrolls(s model.State) bool {
	switch s.Step {
	case model.StepResult, model.StepSlip, model.StepCompare:
		return s.Advice != nil
	case model.StepGuide:
		return s.Book != nil
	}
	return false
}

// body draws the scrolling body of the step, or returns the one drawn for
// this revision.
func (r Renderer) body(s model.State, st Styles, w, h int) ([]string, [][2]int) {
	if r.memo == nil {
		return scrollLines(s, st, w, h)
	}
	k := memoKey{s.Rev, s.Step, s.Advice, s.Focus, w, h, s.Lang, s.NoColor}
	r.memo.mu.Lock()
	defer r.memo.mu.Unlock()
	if r.memo.key != k || r.memo.lines == nil {
		r.memo.lines, r.memo.anchors = scrollLines(s, st, w, h)
		r.memo.key = k
	}
	return r.memo.lines, r.memo.anchors
}

// scrollLines draws a scrolling body; the anchors are the result's channels.
func scrollLines(s model.State, st Styles, w, h int) ([]string, [][2]int) {
	switch s.Step {
	case model.StepSlip:
		return slipScreen(s, st, w), nil
	case model.StepCompare:
		return compareLines(s, st, w), nil
	case model.StepGuide:
		return guideScreen(s, st, w), nil
	}
	return resultLines(s, st, w, h)
}

func (r Renderer) styles(s model.State) Styles {
	if s.NoColor {
		return r.plain
	}
	return r.color
}

// size returns the window size, assuming 80x24 until it is known.
func size(s model.State) (int, int) {
	w, h := s.Width, s.Height
	if w <= 0 || h <= 0 {
		return defaultWidth, defaultHeight
	}
	return w, h
}

// frame is a drawn screen before it becomes a tea.View.
type frame struct {
	lines  []string
	cursor *tea.Position // where the terminal cursor goes, if anywhere
}

// Fits reports whether the window is large enough for the screens.
func (r Renderer) Fits(s model.State) bool {
	w, h := size(s)
	return w >= MinWidth && h >= MinHeight
}

// bodyView is how many rows of a scrolling body show: all of them, or one
// fewer to leave a row that says there is more.
func bodyView(lines, rows int) int {
	if lines > rows {
		return max(1, rows-1)
	}
	return rows
}

// Slip is the take-home slip for the model to save or copy.
func (r Renderer) Slip(s model.State, w int) string {
	if s.Advice == nil {
		return ""
	}
	return Slip(*s.Advice, s.Lang, w, s.Ticks)
}

// View draws one frame: full screen, no mouse (so text can be selected and
// copied), and a steady cursor only where text is typed.
func (r Renderer) View(s model.State) tea.View {
	f := r.draw(s)
	v := tea.NewView(strings.Join(f.lines, "\n"))
	v.AltScreen = true
	v.MouseMode = tea.MouseModeNone
	v.WindowTitle = tr(s.Lang == "en", "医保个人账户", "Medical-insurance personal account")
	if f.cursor != nil {
		c := tea.NewCursor(f.cursor.X, f.cursor.Y)
		c.Blink = false
		c.Shape = tea.CursorBar
		v.Cursor = c
	}
	return v
}

// draw lays out header, body and footer for the window.
func (r Renderer) draw(s model.State) frame {
	st := r.styles(s)
	w, h := size(s)
	en := s.Lang == "en"
	if w < MinWidth || h < MinHeight {
		return frame{lines: tooSmall(en, w, h)}
	}
	if s.Notice.Zh != "" {
		return frame{lines: notice(st, s.Notice.In(s.Lang), w, h)}
	}
	cw := w - 2 // one column of margin on each side
	head := header(s, st, cw)
	foot := footer(s, st, cw)
	bodyH := h - len(head) - len(foot)
	var body []string
	var cursor *tea.Position
	switch {
	case s.ShowHelp:
		body = fullHelp(s, st, cw, bodyH)
	case scrolls(s):
		all, _ := r.body(s, st, cw, bodyH)
		view := bodyView(len(all), bodyH)
		top := max(0, min(s.Scroll, len(all)-view))
		body = all[top:min(len(all), top+view)]
		if view < bodyH {
			more := tr(en, "（下面还有，按下键或 PgDn）", "(more below: Down or PgDn)")
			if top+view >= len(all) {
				more = tr(en, "（已到底，按 Home 回到顶部）", "(the end: Home goes back to the top)")
			}
			for len(body) < view {
				body = append(body, "")
			}
			body = append(body, st.Hint.Render(more))
		}
	default:
		body, cursor = stepBody(s, st, cw, bodyH)
	}
	if len(body) > bodyH {
		body = body[:bodyH]
	}
	lines := make([]string, 0, h)
	lines = append(lines, head...)
	for _, l := range body {
		lines = append(lines, " "+l)
	}
	for len(lines) < h-len(foot) {
		lines = append(lines, "")
	}
	lines = append(lines, foot...)
	if cursor != nil {
		cursor.X++
		cursor.Y += len(head)
	}
	return frame{lines: lines, cursor: cursor}
}

// Layout measures the scrolling body for the model.
func (r Renderer) Layout(s model.State) model.Layout {
	if !scrolls(s) {
		return model.Layout{}
	}
	st := r.styles(s)
	w, h := size(s)
	cw := w - 2
	bodyH := h - len(header(s, st, cw)) - len(footer(s, st, cw))
	lines, anchors := r.body(s, st, cw, bodyH)
	return model.Layout{Body: bodyView(len(lines), bodyH), Lines: len(lines), Anchors: anchors}
}

func tooSmall(en bool, w, h int) []string {
	if w < 2 {
		return []string{""}
	}
	msg := wrap(tr(en, "请把窗口放大一些（至少 40 列、15 行）。", "Please enlarge the window (at least 40 columns by 15 rows)."), max(w-1, 2))
	if len(msg) > h {
		msg = msg[:max(h, 1)]
	}
	return msg
}

func notice(st Styles, text string, w, h int) []string {
	lines := make([]string, 0, h)
	for i := 0; i < h/3; i++ {
		lines = append(lines, "")
	}
	for _, l := range wrap(text, w-4) {
		lines = append(lines, "  "+st.Notice.Render(" "+l+" "))
	}
	return lines
}
