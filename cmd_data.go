package main

import (
	"fmt"

	"yibao/views/plain"

	"yibao/data/advice"
	"yibao/data/book"
)

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
