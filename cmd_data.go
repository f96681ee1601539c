package main

import (
	"fmt"

	"yibao/views/plain"

	"yibao/data/advice"
	"yibao/data/book"
	"yibao/data/lang"
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
	// The summary repeats file names and ids; escaped, as every text from a file.
	fmt.Fprint(o.Out, lang.CleanLines(plain.Summary(advice.Summarize(b, book.DateOf(o.Now())))))
	return exitOK
}
