package main

import (
	"fmt"
	"strconv"
	"strings"
	"yibao/views/plain"

	"yibao/data/book"
	"yibao/data/lang"
)

// guideOptions are what `yibao guide` takes.
type guideOptions struct {
	LangFlag  `default:"zh"`
	WidthFlag `default:"72"`
}

// run prints a more-help guide, by number or topic, or the list.
func (opts *guideOptions) run(pos []string, o IO) int {
	l, err := opts.language(o)
	if err != nil {
		return badErr(o, err)
	}
	b, _, ok := DataFlag{}.openBook(o)
	if !ok {
		return exitDataError
	}
	if len(pos) == 0 {
		fmt.Fprint(o.Out, plain.GuideIndex(b.Guides(), l))
		return exitOK
	}
	g, found := findGuide(b, pos[0])
	if !found {
		var ids []string
		for i, g := range b.Guides() {
			ids = append(ids, strconv.Itoa(i+1)+" "+g.ID)
		}
		q := lang.Echo(pos[0])
		return bad(o, lang.T("没有这个主题："+q+"（可以用："+strings.Join(ids, "、")+"）", "no such topic: "+q+" (topics: "+strings.Join(ids, ", ")+")"))
	}
	fmt.Fprintln(o.Out, strings.Join(plain.GuideLines(g, l, int(opts.Width)), "\n"))
	return exitOK
}

// findGuide finds a guide by its number in the list, its topic, or words
// of its title as the screens show it (换地方, 返款变少).
func findGuide(b *book.Book, q string) (book.Guide, bool) {
	q = strings.TrimSpace(q)
	if n, err := strconv.Atoi(q); err == nil && n >= 1 && n <= len(b.Guides()) {
		return b.Guides()[n-1], true
	}
	if g, ok := b.Guide(q); ok {
		return g, true
	}
	var found []book.Guide
	for _, g := range b.Guides() {
		if q != "" && (strings.Contains(g.Title.Zh, q) || strings.Contains(strings.ToLower(g.Title.En), strings.ToLower(q))) {
			found = append(found, g)
		}
	}
	if len(found) == 1 {
		return found[0], true
	}
	return book.Guide{}, false
}
