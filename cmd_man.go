package main

import "yibao/data/lang"

// manCommand is `yibao man`.
func manCommand() command {
	return command{Name: "man", Summary: lang.T("输出 man 手册页（roff）", "print the man page (roff)"),
		Options: func() runner { return &manOptions{} }}
}

type manOptions struct{}

func (manOptions) run(_ []string, o IO) int { return exitOK }
