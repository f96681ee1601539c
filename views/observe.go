package views

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"yibao/data/lang"
	"yibao/data/observe"
	"yibao/model"
	"yibao/views/plain"
)

// observeBody is the form that records what a statement showed: for whom
// (in words: place, insurance, status and the age band kept, never the
// age), then one question at a time.
func observeBody(s model.State, st Styles, w, h int) ([]string, *tea.Position) {
	l := s.Lang
	o := s.Observe
	var out []string
	if a := s.Advice; a != nil {
		who := s.Places.Label(*s.Answers.Place, l) + lang.T("，", ", ").In(l) + a.Profile.Insurance.Name().In(l)
		if a.Profile.Status != "" {
			who += lang.T("，", ", ").In(l) + a.Profile.Status.Name().In(l)
		}
		who += lang.T("，", ", ").In(l) + observe.BandOf(*a).Words().In(l)
		out = append(out, plain.Wrap(lang.T("记录：", "Recording for: ").In(l)+who, w)...)
		out = append(out, "")
	}
	amount, month, channel := observe.Questions()
	q := []observe.Question{amount, month, channel}[o.Step]
	out = append(out, question(st, q.Prompt.In(l), q.Hint.In(l), w)...)
	var cursor *tea.Position
	switch o.Step {
	case model.ObserveAmount, model.ObserveMonth:
		f := o.Amount
		unit := " " + lang.T("元", "yuan").In(l)
		if o.Step == model.ObserveMonth {
			f, unit = o.Month, ""
		}
		label := capital(q.Title.In(l)) + lang.T("：", ": ").In(l)
		text, at := fieldWindow(f, w-plain.Width(label)-plain.Width(unit))
		out = append(out, st.Label.Render(label)+text+unit)
		cursor = &tea.Position{X: plain.Width(label) + at, Y: len(out) - 1}
	default:
		// In a short window, the channels from the one Up and Down
		// scrolled to, and a row saying there are more.
		var items [][]string
		for i, c := range observe.Channels() {
			items = append(items, plain.Indent("  ", fmt.Sprintf("%d. %s", i+1, c.Name().In(l)), w))
		}
		out = listed(out, items, o.Top, false, st, l, h)
	}
	if !o.Err.IsZero() {
		out = append(out, "")
		for _, line := range plain.Wrap(o.Err.In(l), w) {
			out = append(out, st.Error.Render(line))
		}
	}
	return out, cursor
}
