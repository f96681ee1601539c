// Command yibao tells Chinese retirees how much goes into their
// medical-insurance personal account each month, whether it applies to
// them and how to check the balance.
//
//	yibao                      the advisor in this terminal
//	yibao advise ...           one answer for scripts and slips
//	yibao guide [TOPIC]        more-help guides
//	yibao observe ...          record what a statement showed
//	yibao data check PATH...   check local correction files
//	yibao records review ...   review, publish, export and import desk records
//	yibao serve                the SSH kiosk for a community centre
//	yibao version              what this build and its book are
//	yibao completion SHELL     shell completions; yibao man: the man page
//	yibao help [COMMAND]       the help, from the command declarations
package main

import (
	"io"
	"os"
	"time"
	"yibao/data/lang"

	"github.com/charmbracelet/x/term"
)

// Exit codes.
const (
	exitOK        = 0
	exitDataError = 1
	exitBadInput  = 2
)

// IO is what a command reads and writes, and what it knows of the world:
// passed in, so that every command, the advisor too, runs in tests.
type IO struct {
	In       io.Reader
	Out, Err io.Writer
	Env      []string // the environment, KEY=value
	// Terminal reports whether input and output are a terminal, and its
	// width (0 when not known).
	Terminal func() (in, out bool, width int)
	Now      func() time.Time
}

// Getenv looks a variable up in the environment.
func (o IO) Getenv(k string) string {
	for _, kv := range o.Env {
		if len(kv) > len(k) && kv[:len(k)] == k && kv[len(k)] == '=' {
			return kv[len(k)+1:]
		}
	}
	return ""
}

// commands are yibao's commands, in the order the help lists them: each
// with its options struct (in its cmd_*.go file), whose tagged fields are
// its flags.
func commands() []command {
	return []command{
		{Summary: lang.T("在本终端问答", "the advisor in this terminal"), MaxArgs: -1, Options: newOptions[advisorOptions]},
		{Name: "advise", Summary: lang.T("一次性输出建议或小票", "one answer for scripts and slips"), Options: newOptions[adviseOptions]},
		{Name: "observe", Summary: lang.T("记录对账单上的实际到账", "record what a statement showed"), Options: newOptions[observeOptions]},
		{Name: "guide", Summary: lang.T("更多帮助", "more-help guides"), Args: "[编号或主题 / NUMBER or TOPIC]", MaxArgs: 1, Options: newOptions[guideOptions]},
		{Name: "data check", Summary: lang.T("检查数据（不写路径：内置数据）", "check data (no paths: the built-in book)"), Args: "[PATH...]", MaxArgs: -1, Options: newOptions[dataCheckOptions]},
		{Name: "records review", Summary: lang.T("审阅服务台的到账记录，冲突在前", "review the desks' records, conflicts first"), Args: "[TARGET]", MaxArgs: 1, Options: newOptions[recordsReviewOptions]},
		{Name: "records rules", Summary: lang.T("把可信的记录写成更正文件", "write the trusted records as a correction file"), Args: "[TARGET]", MaxArgs: 1, Options: newOptions[recordsRulesOptions]},
		{Name: "records export", Summary: lang.T("导出记录（TOML，带编号）", "export the records (TOML, with their ids)"), Args: "[TARGET]", MaxArgs: 1, Options: newOptions[recordsExportOptions]},
		{Name: "records import", Summary: lang.T("导入记录，每条只加一次", "import records, each once"), Args: "[TARGET] FILE...", MaxArgs: -1, Options: newOptions[recordsImportOptions]},
		{Name: "serve", Summary: lang.T("社区服务台的 SSH 服务", "the SSH kiosk for a community centre"), Options: newOptions[serveOptions]},
		{Name: "version", Summary: lang.T("版本和政策数据的日期", "this build and its book's date"), Options: newOptions[versionOptions]},
		{Name: "completion", Summary: lang.T("输出 shell 的命令补全脚本", "print a shell's completion script"), Args: "bash|zsh|fish|powershell", MaxArgs: 1, Options: newOptions[completionOptions]},
		{Name: "man", Summary: lang.T("输出 man 手册页（roff）", "print the man page (roff)"), Options: newOptions[manOptions]},
	}
}

// newOptions makes a command's options, ready to be parsed into.
func newOptions[T any, P interface {
	*T
	runner
}]() runner {
	return P(new(T))
}

func main() {
	restore := utf8Console()
	code := run(os.Args[1:], systemIO(time.Now))
	restore()
	os.Exit(code)
}

// systemIO is the process's own input, output, environment and terminal,
// with the given clock.
func systemIO(now func() time.Time) IO {
	return IO{
		In: os.Stdin, Out: os.Stdout, Err: os.Stderr, Env: os.Environ(), Now: now,
		Terminal: func() (bool, bool, int) {
			w, _, err := term.GetSize(os.Stdout.Fd())
			if err != nil {
				w = 0
			}
			return term.IsTerminal(os.Stdin.Fd()), term.IsTerminal(os.Stdout.Fd()), w
		},
	}
}
