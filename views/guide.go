package views

import (
	"fmt"
	"strings"

	"yibao/data"
)

// GuideLines is a more-help guide as plain lines of at most w cells: the
// answer, what to know, what to do, and the sources with their confidence.
func GuideLines(g data.Guide, l data.Lang, w int) []string {
	en := l == data.EN
	out := wrap(g.Title.In(l), w)
	out = append(out, "")
	out = append(out, wrap(g.Summary.In(l), w)...)
	if len(g.Points) > 0 {
		out = append(out, "", tr(en, "要知道：", "Good to know:"))
		for _, p := range g.Points {
			out = append(out, indent("- ", p.In(l), w)...)
		}
	}
	if len(g.Steps) > 0 {
		out = append(out, "", tr(en, "怎么办：", "What to do:"))
		for i, s := range g.Steps {
			out = append(out, indent(fmt.Sprintf("%d) ", i+1), s.In(l), w)...)
		}
	}
	out = append(out, "", tr(en, "来源：", "Sources:"))
	for _, s := range g.Sources {
		out = append(out, indent("- ", sourceLine(s, l)+tr(en, "；", "; ")+s.Confidence.Name().In(l), w)...)
	}
	return out
}

// GuideIndex lists the guides for `yibao guide`: each topic with its title.
func GuideIndex(gs []data.Guide, l data.Lang) string {
	en := l == data.EN
	var b strings.Builder
	b.WriteString(tr(en, "更多帮助（yibao guide 主题）：\n", "More help (yibao guide TOPIC):\n"))
	width := 0
	for _, g := range gs {
		width = max(width, len(g.ID))
	}
	for _, g := range gs {
		fmt.Fprintf(&b, "  %-*s  %s\n", width, g.ID, g.Title.In(l))
	}
	return b.String()
}
