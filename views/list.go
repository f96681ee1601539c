package views

import (
	"yibao/data/lang"
)

// listed lays a heading and a list out in h rows: all of it when it fits,
// with a blank row between the items when spaced and there is room for
// that; else the items around the highlighted one, the heading's first
// lines given up if even it needs their room, and a last row that says
// more items are above or below. Every item can then be reached with Up
// and Down in any window the screens draw in.
func listed(head []string, items [][]string, sel int, spaced bool, st Styles, l lang.Lang, h int) []string {
	n := 0
	for _, it := range items {
		n += len(it)
	}
	gaps := 0
	if spaced && len(items) > 1 && len(head)+n+len(items)-1 <= h {
		gaps = 1
	}
	if len(head)+n+gaps*(len(items)-1) <= h || len(items) == 0 {
		out := append([]string(nil), head...)
		for i, it := range items {
			if i > 0 && gaps > 0 {
				out = append(out, "")
			}
			out = append(out, it...)
		}
		return out
	}
	sel = max(0, min(sel, len(items)-1))
	room := h - 1 // the row that says there is more
	for len(head) > 0 && room-len(head) < len(items[sel]) {
		head = head[1:]
	}
	room -= len(head)
	// From the highlighted item, take the items after it, then before it,
	// while they fit whole.
	first, last, used := sel, sel, len(items[sel])
	for last+1 < len(items) && used+len(items[last+1]) <= room {
		last++
		used += len(items[last])
	}
	for first > 0 && used+len(items[first-1]) <= room {
		first--
		used += len(items[first])
	}
	out := append([]string(nil), head...)
	for _, it := range items[first : last+1] {
		out = append(out, it...)
	}
	var more lang.Text
	switch {
	case first > 0 && last+1 < len(items):
		more = lang.T("（上下还有，按上下键）", "(more above and below: Up/Down)")
	case last+1 < len(items):
		more = lang.T("（下面还有，按下键）", "(more below: Down)")
	default:
		more = lang.T("（上面还有，按上键）", "(more above: Up)")
	}
	return append(out, st.Hint.Render(more.In(l)))
}
