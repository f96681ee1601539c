package views

import (
	"strings"
	"yibao/views/plain"

	"charm.land/bubbles/v2/key"

	"yibao/data/lang"
	"yibao/model"
)

// short is the height below which the screens save rows: one help line,
// no blank line under the title.
const short = 20

// header is the title line with where the person is (the page's title),
// and a blank line under it when there is room.
func header(s model.State, st Styles, w int) []string {
	title := lang.T("医保个人账户查询", "Medical-insurance account advisor").In(s.Lang)
	var right lang.Text
	if p, ok := pageOf(s.Screen); ok {
		right = p.title(s)
	}
	r := right.In(s.Lang)
	if plain.Width(title)+plain.Width(r)+2 > w {
		title = lang.T("医保账户", "Advisor").In(s.Lang)
	}
	out := []string{" " + st.Title.Render(title) + strings.Repeat(" ", max(1, w-plain.Width(title)-plain.Width(r))) + st.Step.Render(r)}
	if _, h := s.Size(); h >= short {
		out = append(out, "")
	}
	return out
}

// footer is the still-there question or the quit question (when one is
// asked) and the help line with the keys of the current screen.
func footer(s model.State, st Styles, w int) []string {
	var out []string
	bar := func(t lang.Text) {
		for _, l := range plain.Wrap(t.In(s.Lang), min(w-2, measure)) {
			out = append(out, " "+st.Notice.Render(" "+l+" "))
		}
	}
	if !s.Warning.IsZero() {
		bar(s.Warning)
	}
	if s.Screen == model.ScreenResult && !s.Record.Said.IsZero() {
		bar(s.Record.Said)
	}
	if s.Confirm == model.ConfirmTakeBack && s.LastRecord != nil {
		bar(takeBackQuestion(*s.LastRecord))
	}
	if s.Confirm == model.ConfirmNew {
		bar(lang.T("开始下一位吗？这一位的答案会全部清空。按 y 开始，按其他键继续看。", "Start the next person? Every answer so far is cleared. Press y to start, any other key to stay."))
	}
	if s.Confirm == model.ConfirmQuit {
		bar(lang.T("确定要退出吗？按 y 退出，按其他键继续。", "Quit now? Press y to quit, any other key to stay."))
	}
	if _, h := s.Size(); h >= short {
		out = append([]string{""}, out...)
	}
	if s.ShowHelp {
		return append(out, " "+plain.Cut(lang.T("上下键翻看，其他键返回", "Up/Down to read, other keys go back").In(s.Lang), w))
	}
	return append(out, helpLine(s.ShortHelp(), s.Keys.Help, st, w, helpRows(s))...)
}

// helpRows is how many rows the help line may take: one in a short window
// (the ? screen has the rest), else two.
func helpRows(s model.State) int {
	if _, h := s.Size(); h < short {
		return 1
	}
	return 2
}

// helpLine lays the bindings out as "key desc" items on up to rows rows.
// When they do not all fit, the key for the full list ends the last row.
func helpLine(bs []key.Binding, help key.Binding, st Styles, w, rows int) []string {
	type item struct {
		key, desc string
		w         int
	}
	mk := func(b key.Binding) item {
		h := b.Help()
		return item{h.Key, h.Desc, plain.Width(h.Key) + 1 + plain.Width(h.Desc)}
	}
	put := func(row *strings.Builder, it item) {
		st.Key.Write(row, it.key)
		row.WriteString(" ")
		row.WriteString(it.desc)
	}
	// fill places items greedily on rows of width w, the last row keeping
	// room cells free; it returns the rows and how many items it placed.
	fill := func(items []item, room int) ([]string, int) {
		var out []string
		var row strings.Builder
		rw, placed := 0, 0
		row.Grow(2 * w)
		row.WriteString(" ")
		for _, it := range items {
			limit := w
			if len(out) == rows-1 {
				limit = w - room
			}
			if rw > 0 && rw+2+it.w > limit {
				if len(out) == rows-1 {
					break
				}
				out = append(out, row.String())
				row = strings.Builder{}
				row.Grow(2 * w)
				row.WriteString(" ")
				rw = 0
				if it.w > w-room && rows-1 == len(out) {
					break
				}
			}
			if rw > 0 {
				row.WriteString("  ")
				rw += 2
			}
			put(&row, it)
			rw += it.w
			placed++
		}
		return append(out, row.String()), placed
	}
	items := make([]item, 0, len(bs))
	for _, b := range bs {
		items = append(items, mk(b))
	}
	out, placed := fill(items, 0)
	if placed < len(items) {
		var rest []item
		for _, b := range bs {
			if b.Help().Key != help.Help().Key {
				rest = append(rest, mk(b))
			}
		}
		h := mk(help)
		out, _ = fill(rest, h.w+2)
		var last strings.Builder
		last.WriteString(out[len(out)-1])
		if out[len(out)-1] != " " {
			last.WriteString("  ")
		}
		put(&last, h)
		out[len(out)-1] = last.String()
	}
	return out
}

// fullHelp lists every key of the screen, one a line, scrolling when the
// window is short.
func fullHelp(s model.State, st Styles, w, h int) []string {
	out := []string{st.Question.Render(lang.T("全部按键", "All keys").In(s.Lang))}
	bs := s.FullHelp()
	kw := 0
	for _, b := range bs {
		kw = max(kw, plain.Width(b.Help().Key))
	}
	kw = min(kw, w/3)
	var lines []string
	for _, b := range bs {
		hp := b.Help()
		lines = append(lines, plain.Indent(plain.Pad(plain.Cut(hp.Key, kw), kw)+"  ", hp.Desc, w)...)
	}
	rows := max(1, h-len(out))
	top := max(0, min(s.HelpScroll, len(lines)-rows))
	if len(lines) > rows {
		rows--
	}
	out = append(out, lines[top:min(len(lines), top+rows)]...)
	if top+rows < len(lines) {
		out = append(out, st.Hint.Render(lang.T("（下面还有，按下键）", "(more: Down)").In(s.Lang)))
	}
	return out
}
