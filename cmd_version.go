package main

import (
	"fmt"
	"runtime/debug"
	"strings"

	"yibao/data/advice"
	"yibao/data/book"
	"yibao/data/lang"
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
	if strings.HasPrefix(d, "0001-01-01") { // nor did it know the commit's date
		d = ""
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
	if k := buildKind(version); !k.IsZero() {
		fmt.Fprintln(o.Out, k.Line())
	}
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

// buildKind says in plain words when a build is not a release: a snapshot
// (GoReleaser's build of a commit without its own vX.Y.Z tag) or a
// development build (go build, go run, go install). A release says nothing.
func buildKind(version string) lang.Text {
	switch {
	case version == "dev":
		return lang.T("开发版，不是正式发布", "a development build, not a release")
	case strings.HasSuffix(version, "-snapshot"):
		return lang.T("快照版（没有版本标签的提交），不是正式发布", "a snapshot of a commit without a version tag, not a release")
	}
	return lang.Text{}
}
