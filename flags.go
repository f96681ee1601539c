package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"yibao/data/book/load"
	"yibao/data/consult"

	"yibao/data/answers"
	"yibao/data/book"
	"yibao/data/lang"
	"yibao/data/places"
)

// newFlags makes a flag set that reports errors in our own words.
func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// once refuses a flag given twice (yibao advise --age 70 --age 80 would
// otherwise take the second silently); repeatable flags (--data) are
// lists and take every value.
type once struct {
	flag.Value
	name string
	set  bool
}

func (o *once) Set(v string) error {
	if o.set {
		return errRepeated{o.name}
	}
	o.set = true
	return o.Value.Set(v)
}

func (o *once) IsBoolFlag() bool {
	b, ok := o.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

type errRepeated struct{ name string }

func (e errRepeated) Error() string { return "repeated --" + e.name }

// parse reads a command's flags, given in any order with its arguments; on
// -h it prints the usage, on a bad flag one bilingual line, and ok is
// false with the exit code to return.
func parse(fs *flag.FlagSet, args []string, o IO) (pos []string, code int, ok bool) {
	fs.VisitAll(func(f *flag.Flag) {
		if _, list := f.Value.(*pathList); !list {
			f.Value = &once{Value: f.Value, name: f.Name}
		}
	})
	for {
		err := fs.Parse(args)
		switch {
		case errors.Is(err, flag.ErrHelp):
			_, _ = io.WriteString(o.Out, usage)
			return nil, exitOK, false
		case err != nil:
			return nil, bad(o, flagError(err, args)), false
		}
		rest := fs.Args()
		used := len(args) - len(rest)
		if len(rest) == 0 || used > 0 && args[used-1] == "--" {
			return append(pos, rest...), exitOK, true
		}
		pos, args = append(pos, rest[0]), rest[1:]
	}
}

// parseNoArgs parses the flags of a command that takes no arguments.
func parseNoArgs(fs *flag.FlagSet, args []string, o IO) (code int, ok bool) {
	pos, code, ok := parse(fs, args, o)
	if ok && len(pos) > 0 {
		return bad(o, lang.F("多余的参数：%s", "unexpected argument %s", lang.Echo(pos[0]))), false
	}
	return code, ok
}

// flagError turns a flag parsing error into plain words, naming the flag
// as it was typed.
func flagError(err error, args []string) lang.Text {
	var rep errRepeated
	if errors.As(err, &rep) {
		return lang.F("选项 --%s 写了两次，只能写一次", "option --%s is given twice; give it once", rep.name)
	}
	msg := err.Error()
	if _, name, ok := strings.Cut(msg, "repeated --"); ok {
		return lang.F("选项 --%s 写了两次，只能写一次", "option --%s is given twice; give it once", lang.Echo(name))
	}
	asTyped := func(f string) string {
		bare := strings.TrimLeft(f, "-")
		for _, a := range args {
			name, _, _ := strings.Cut(a, "=")
			if strings.TrimLeft(name, "-") == bare && strings.HasPrefix(name, "-") {
				return lang.Echo(name)
			}
		}
		return lang.Echo(f)
	}
	switch {
	case strings.HasPrefix(msg, "flag provided but not defined: "):
		f := asTyped(strings.TrimPrefix(msg, "flag provided but not defined: "))
		return lang.F("没有这个选项：%s（yibao help 查看用法）", "unknown option %s (see yibao help)", f)
	case strings.HasPrefix(msg, "flag needs an argument: "):
		f := asTyped(strings.TrimPrefix(msg, "flag needs an argument: "))
		return lang.F("选项 %s 后面要写一个值", "option %s needs a value", f)
	case strings.Contains(msg, "invalid value"):
		return lang.F("选项的值不对：%s", "a value is not right: %s", lang.Echo(msg))
	}
	return lang.F("命令行有误：%s", "bad command line: %s", lang.Echo(msg))
}

// bad prints one line about bad input, Chinese first, and returns its exit
// code.
func bad(o IO, msg lang.Text) int {
	fmt.Fprintln(o.Err, "yibao: "+msg.Line())
	return exitBadInput
}

// badErr prints an input error (a parser's, a place lookup's) as one line.
func badErr(o IO, err error) int { return bad(o, lang.Message(err)) }

// openBook loads the book with local files; problems go to stderr.
func openBook(paths []string, o IO) (*book.Book, *places.Index, bool) {
	b, err := load.Open(paths...)
	if err != nil {
		fmt.Fprintln(o.Err, "yibao: "+lang.T("数据有误，请修正后再试", "the data has problems; fix them and retry").Line()+":")
		fmt.Fprintln(o.Err, err)
		return nil, nil, false
	}
	return b, places.New(b), true
}

// pathList collects repeated --data flags.
type pathList []string

func (p *pathList) String() string     { return strings.Join(*p, ",") }
func (p *pathList) Set(v string) error { *p = append(*p, v); return nil }

// langFlag reads --lang, or the locale of the environment when empty.
func langFlag(v string, o IO) (lang.Lang, error) {
	if v == "" {
		return lang.FromEnv(o.Env), nil
	}
	return answers.ParseLang(v)
}

// isSet reports whether a flag was given on the command line.
func isSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// stepFlags defines a flag for each question of the consultation, from the
// step table.
func stepFlags(fs *flag.FlagSet) map[consult.ID]*string {
	out := map[consult.ID]*string{}
	for _, st := range consult.Steps() {
		out[st.ID] = fs.String(st.Flag, "", "")
	}
	return out
}

// givenSteps are the answers whose flags were given.
func givenSteps(fs *flag.FlagSet, values map[consult.ID]*string) map[consult.ID]string {
	given := map[consult.ID]string{}
	for _, st := range consult.Steps() {
		if isSet(fs, st.Flag) {
			given[st.ID] = *values[st.ID]
		}
	}
	return given
}
