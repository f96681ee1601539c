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

// commands maps each command to the function that runs it.
func commands() map[string]func([]string, IO) int {
	return map[string]func([]string, IO) int{
		"advise":  runAdvise,
		"guide":   runGuide,
		"data":    runData,
		"serve":   runServe,
		"observe": runObserve,
		"version": runVersion,
	}
}

func main() {
	restore := utf8Console()
	code := run(os.Args[1:], IO{
		In: os.Stdin, Out: os.Stdout, Err: os.Stderr, Env: os.Environ(), Now: time.Now,
		Terminal: func() (bool, bool, int) {
			w, _, err := term.GetSize(os.Stdout.Fd())
			if err != nil {
				w = 0
			}
			return term.IsTerminal(os.Stdin.Fd()), term.IsTerminal(os.Stdout.Fd()), w
		},
	})
	restore()
	os.Exit(code)
}

// run dispatches a command line and returns the exit code.
func run(args []string, o IO) int {
	if o.Terminal == nil {
		o.Terminal = func() (bool, bool, int) { return false, false, 0 }
	}
	if len(args) > 0 {
		if cmd, ok := commands()[args[0]]; ok {
			return cmd(args[1:], o)
		}
		switch args[0] {
		case "help", "-h", "-help", "--help":
			_, _ = io.WriteString(o.Out, usage)
			return exitOK
		case "--version", "-version":
			return runVersion(nil, o)
		}
	}
	return runAdvisor(args, o)
}
