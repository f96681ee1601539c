package main

import "yibao/data/lang"

// completionCommand is `yibao completion SHELL`.
func completionCommand() command {
	return command{Name: "completion", Summary: lang.T("输出 shell 的命令补全脚本", "print the shell's completion script"),
		Args: "bash|zsh|fish|powershell", MaxArgs: 1,
		Options: func() runner { return &completionOptions{} }}
}

type completionOptions struct{}

func (completionOptions) run(pos []string, o IO) int { return exitOK }
