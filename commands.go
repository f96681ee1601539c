package main

import (
	"io"
	"strings"

	"yibao/data/lang"
)

// command is one of yibao's commands: what it is called, what it does,
// what arguments it takes and its options struct, whose tagged fields are
// its flags (see flagDecl). The table is commands (main.go); each options
// struct and its run method are in the command's cmd_*.go file.
type command struct {
	// Name is what follows yibao: "advise", "data check"; "" is the
	// advisor itself.
	Name    string
	Summary lang.Text
	// Args are its arguments as the help shows them ("[PATH...]"), and
	// MaxArgs how many it takes (-1: any number).
	Args    string
	MaxArgs int
	// Options makes a fresh options struct: its fields are the flags, its
	// run method does the work.
	Options func() runner
}

// runner is a command's options, parsed, ready to run with its arguments.
type runner interface {
	run(args []string, o IO) int
}

// flags are the command's flag declarations, to be shown.
func (c command) flags() []flagDecl { return declare(c.Options()) }

// exec parses a command line for c and runs it.
func (c command) exec(args []string, o IO) int {
	opts := c.Options()
	pos, code, ok := parse(c, declare(opts), args, o)
	if !ok {
		return code
	}
	return opts.run(pos, o)
}

// find picks the command a command line names: the longest name that
// its first words spell.
func find(args []string) (command, []string, bool) {
	var best command
	n := 0
	for _, c := range commands() {
		words := strings.Fields(c.Name)
		if len(words) > n && len(words) <= len(args) && strings.Join(args[:len(words)], " ") == c.Name {
			best, n = c, len(words)
		}
	}
	return best, args[n:], n > 0
}

// family lists the commands whose name starts with word and a space
// ("data" for data check and data observations).
func family(word string) []command {
	var out []command
	for _, c := range commands() {
		if strings.HasPrefix(c.Name, word+" ") {
			out = append(out, c)
		}
	}
	return out
}

// isCommandWord reports whether a word starts a command's name.
func isCommandWord(w string) bool {
	for _, c := range commands() {
		if first, _, _ := strings.Cut(c.Name, " "); first == w && w != "" {
			return true
		}
	}
	return w == "help"
}

// run dispatches a command line and returns the exit code.
func run(args []string, o IO) int {
	if o.Terminal == nil {
		o.Terminal = func() (bool, bool, int) { return false, false, 0 }
	}
	if len(args) > 0 {
		switch args[0] {
		case "help":
			return runHelp(args[1:], o)
		case "-h", "-help", "--help":
			_, _ = io.WriteString(o.Out, generalHelp())
			return exitOK
		case "--version", "-version":
			args = []string{"version"}
		}
		if c, rest, ok := find(args); ok {
			return c.exec(rest, o)
		}
		if fam := family(args[0]); len(fam) > 0 {
			if len(args) > 1 && isHelpFlag(args[1]) {
				_, _ = io.WriteString(o.Out, familyHelp(fam))
				return exitOK
			}
			return bad(o, familyUsage(fam))
		}
	}
	if c := misplacedCommand(args); c != "" {
		return bad(o, lang.F("命令要写在最前面：yibao %s ...", "put the command first: yibao %s ...", c))
	}
	return advisor().exec(args, o)
}

// advisor is the command without a name: the advisor in this terminal.
func advisor() command {
	for _, c := range commands() {
		if c.Name == "" {
			return c
		}
	}
	panic("no advisor command")
}

func isHelpFlag(a string) bool { return a == "-h" || a == "-help" || a == "--help" }

// runHelp is `yibao help [COMMAND]`.
func runHelp(args []string, o IO) int {
	if len(args) == 0 {
		_, _ = io.WriteString(o.Out, generalHelp())
		return exitOK
	}
	if c, rest, ok := find(args); ok && len(rest) == 0 {
		_, _ = io.WriteString(o.Out, commandHelp(c))
		return exitOK
	}
	if fam := family(args[0]); len(fam) > 0 && len(args) == 1 {
		_, _ = io.WriteString(o.Out, familyHelp(fam))
		return exitOK
	}
	return bad(o, lang.F("没有这个命令：%s（yibao help 查看用法）", "unknown command %s (see yibao help)", lang.Echo(strings.Join(args, " "))))
}
