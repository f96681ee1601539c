package main

import (
	"fmt"

	"yibao/views/plain"

	"yibao/data/advice"
	"yibao/data/book"
	"yibao/data/lang"
)

// dataCheckCommand is `yibao data check PATH...`.
func dataCheckCommand() command {
	return command{Name: "data check", Summary: lang.T("检查数据（不写路径：内置数据）", "check data (no paths: the built-in book)"),
		Args: "[PATH...]", MaxArgs: -1,
		Options: func() runner { return &dataCheckOptions{} }}
}

// dataCheckOptions are what `yibao data check` takes: no flags.
type dataCheckOptions struct{}

// run checks local correction files with the book; with no paths it
// checks and summarises the embedded book alone.
func (dataCheckOptions) run(paths []string, o IO) int {
	b, _, ok := DataFlag{Data: paths}.openBook(o)
	if !ok {
		return exitDataError
	}
	fmt.Fprint(o.Out, plain.Summary(advice.Summarize(b, book.DateOf(o.Now()))))
	return exitOK
}
