package main

import (
	"yibao/data/book"
	"yibao/data/lang"
	"yibao/model"
)

// recorder is where a desk's observations go: the file given, or def when
// recording is used without one; nil when there is neither.
func recorder(path, def string, b *book.Book) (model.Recorder, error) { return nil, nil }

func runObserve(args []string, o IO) int {
	return bad(o, lang.T("还不能用", "not yet"))
}

func runDataObservations(args []string, o IO) int {
	return bad(o, lang.T("还不能用", "not yet"))
}

func withObservations(a any, path string, b *book.Book) error { return nil }
