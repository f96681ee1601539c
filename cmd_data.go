package main

import (
	"fmt"
	"yibao/views/plain"

	"yibao/data/advice"
	"yibao/data/book"
	"yibao/data/lang"
)

// runData is `yibao data check PATH...` and `yibao data observations`.
func runData(args []string, o IO) int {
	if len(args) > 0 && args[0] == "observations" {
		return runDataObservations(args[1:], o)
	}
	if len(args) == 0 || args[0] != "check" {
		return bad(o, lang.T("用法：yibao data check 文件或文件夹...，或 yibao data observations 文件...", "usage: yibao data check PATH..., or yibao data observations FILE..."))
	}
	// With no paths it checks and summarises the embedded book alone.
	paths := args[1:]
	b, _, ok := openBook(paths, o)
	if !ok {
		return exitDataError
	}
	// The summary repeats file names and ids; escaped, as every text from a file.
	fmt.Fprint(o.Out, lang.CleanLines(plain.Summary(advice.Summarize(b, book.DateOf(o.Now())))))
	return exitOK
}
