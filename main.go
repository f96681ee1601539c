// Command yibao tells Chinese retirees how much goes into their
// medical-insurance personal account each month, whether it applies to
// them and how to check the balance.
//
//	yibao                      the advisor in this terminal
//	yibao advise ...           one answer for scripts and slips
//	yibao guide [TOPIC]        more-help guides
//	yibao observe ...          record what a statement showed
//	yibao data check PATH...   check local correction files
//	yibao serve                the SSH kiosk for a community centre
//	yibao version              what this build and its book are
//	yibao completion SHELL     shell completions; yibao man: the man page
//	yibao help [COMMAND]       the help, from the command declarations
package main

import (
	"io"
	"os"
	"time"

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

// commands are yibao's commands, in the order the help lists them; each
// is declared, with its flags, in its cmd_*.go file.
func commands() []command {
	return []command{
		advisorCommand(), adviseCommand(), observeCommand(), guideCommand(),
		dataCheckCommand(), dataObservationsCommand(), serveCommand(),
		versionCommand(), completionCommand(), manCommand(),
	}
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
