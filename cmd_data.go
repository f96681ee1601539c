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
	paths := args[1:]
	if len(paths) == 0 {
		return bad(o, lang.T("请写出要检查的文件或文件夹", "name the files or folders to check"))
	}
	b, _, ok := openBook(paths, o)
	if !ok {
		return exitDataError
	}
	fmt.Fprint(o.Out, plain.Summary(advice.Summarize(b, book.DateOf(o.Now()))))
	return exitOK
}
