package main

import (
	"fmt"
	"runtime/debug"
	"strings"

	"yibao/data/advice"
	"yibao/data/book"
)

// Stamped by the release build (-ldflags "-X main.version=... -X main.commit=... -X main.date=...").
var (
	version = "dev"
	commit  = ""
	date    = ""
)

// versionOptions are what `yibao version` takes: no flags.
type versionOptions struct{}

// run says which build this is and which book it carries: the book's
// date (the last day a source was checked) and its counts.
func (versionOptions) run(_ []string, o IO) int {
	c, d := commit, date
	if c == "none" { // a snapshot build outside a checkout
		c = ""
	}
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			switch {
			case s.Key == "vcs.revision" && c == "":
				c = s.Value
			case s.Key == "vcs.time" && d == "":
				d = s.Value
			}
		}
	}
	fmt.Fprintf(o.Out, "yibao %s\n", version)
	if c != "" {
		fmt.Fprintf(o.Out, "commit %s\n", c)
	}
	if d != "" {
		fmt.Fprintf(o.Out, "built %s\n", d)
	}
	b, _, ok := DataFlag{}.openBook(o)
	if !ok {
		return exitDataError
	}
	var last book.Date
	for _, r := range b.Rules() {
		if v := r.Source.VerifiedOn; v.After(last) {
			last = v
		}
	}
	s := advice.Summarize(b, book.DateOf(o.Now()))
	var levels []string
	for _, l := range book.Confidences() {
		if s.Rules[l] > 0 {
			levels = append(levels, fmt.Sprintf("%s %d", l, s.Rules[l]))
		}
	}
	fmt.Fprintf(o.Out, "政策数据核对至 / book checked to %s\n", last)
	fmt.Fprintf(o.Out, "有金额的地区 / places with a figure: %d / %d\n", s.PlacesWithFigure, s.Places)
	fmt.Fprintf(o.Out, "规则 / rules: %s\n", strings.Join(levels, ", "))
	return exitOK
}
