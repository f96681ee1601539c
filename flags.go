package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"time"

	"yibao/data/lang"
)

// A command's flags are the fields of its options struct, each declared
// once by its tags; the parser, the help, the usage errors, the shell
// completions and the man page are all made from these declarations.
//
//	flag:"as-of"            the name (a field without it is no flag)
//	arg:"YYYY-MM-DD"        what its value looks like; none for a switch
//	zh:"..." en:"..."       what it is for, Chinese and English
//	default:"utf-8"         the value when it is not given
//	none:"中文|English"     what happens when it is not given and has no default
//	env:"NAME"              the environment variable read when it is not given
//	required:"yes"          the command cannot do without it
//
// A flag several commands take is a small struct embedded in their
// options (LangFlag, DataFlag, WidthFlag, RecordsFlag); a default or none
// tag on the embedding overrides the shared one. A field whose type
// implements flagLister (stepFlags: one flag per question of the
// consultation) declares a flag for each thing it lists.
type flagDecl struct {
	Name, Arg string
	Help      lang.Text
	Default   string
	None      lang.Text
	Env       string
	Required  bool
	Switch    bool // takes no value
	Repeat    bool // may be given more than once
	// value is the field the flag sets; nil in a declaration read only to
	// be shown.
	value flag.Value
}

// flagLister is a field type that declares flags of its own.
type flagLister interface {
	flagDecls() []flagDecl
}

// declare reads the flags of an options struct (a pointer), bound to its
// fields.
func declare(opts any) []flagDecl {
	return declareStruct(reflect.ValueOf(opts).Elem(), reflect.StructTag(""))
}

func declareStruct(v reflect.Value, outer reflect.StructTag) []flagDecl {
	var out []flagDecl
	for i := range v.NumField() {
		f, fv := v.Type().Field(i), v.Field(i)
		if l, ok := fv.Addr().Interface().(flagLister); ok {
			out = append(out, l.flagDecls()...)
			continue
		}
		name, ok := f.Tag.Lookup("flag")
		if !ok {
			if f.Anonymous && f.Type.Kind() == reflect.Struct {
				out = append(out, declareStruct(fv, f.Tag)...)
			}
			continue
		}
		d := flagDecl{Name: name, Arg: f.Tag.Get("arg"), Help: lang.T(f.Tag.Get("zh"), f.Tag.Get("en")),
			Default: f.Tag.Get("default"), None: bilingual(f.Tag.Get("none")), Env: f.Tag.Get("env"),
			Required: f.Tag.Get("required") == "yes"}
		if def, ok := outer.Lookup("default"); ok {
			d.Default = def
		}
		if none, ok := outer.Lookup("none"); ok {
			d.None = bilingual(none)
		}
		d.value = fieldValue(fv, d.Default)
		_, d.Repeat = d.value.(*pathList)
		if b, ok := d.value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
			d.Switch = true
		}
		out = append(out, d)
	}
	return out
}

// bilingual splits "中文|English".
func bilingual(s string) lang.Text {
	zh, en, _ := strings.Cut(s, "|")
	return lang.T(zh, en)
}

// fieldValue makes the flag.Value that sets a field, and gives the field
// its default.
func fieldValue(fv reflect.Value, def string) flag.Value {
	var v flag.Value
	switch p := fv.Addr().Interface().(type) {
	case flag.Value:
		v = p
	case *string:
		v = (*stringValue)(p)
	case *bool:
		v = (*boolValue)(p)
	case *int:
		v = (*intValue)(p)
	case *float64:
		v = (*floatValue)(p)
	case *time.Duration:
		v = (*durationValue)(p)
	default:
		panic("flags: no flag of type " + fv.Type().String())
	}
	if def != "" {
		if err := v.Set(def); err != nil {
			panic("flags: default " + def + ": " + err.Error())
		}
	}
	return v
}

// The values of the plain field types.
type (
	stringValue   string
	boolValue     bool
	intValue      int
	floatValue    float64
	durationValue time.Duration
)

func (s *stringValue) Set(v string) error { *s = stringValue(v); return nil }
func (s *stringValue) String() string     { return string(*s) }
func (b *boolValue) Set(v string) error {
	x, err := strconv.ParseBool(v)
	*b = boolValue(x)
	return err
}
func (b *boolValue) String() string   { return strconv.FormatBool(bool(*b)) }
func (b *boolValue) IsBoolFlag() bool { return true }
func (n *intValue) Set(v string) error {
	x, err := strconv.Atoi(v)
	*n = intValue(x)
	return err
}
func (n *intValue) String() string { return strconv.Itoa(int(*n)) }
func (f *floatValue) Set(v string) error {
	x, err := strconv.ParseFloat(v, 64)
	*f = floatValue(x)
	return err
}
func (f *floatValue) String() string { return strconv.FormatFloat(float64(*f), 'g', -1, 64) }
func (d *durationValue) Set(v string) error {
	x, err := time.ParseDuration(v)
	*d = durationValue(x)
	return err
}
func (d *durationValue) String() string { return time.Duration(*d).String() }

// flagSet binds declarations to a flag set that reports errors in our own
// words. A flag other than a list refuses to be given twice (yibao advise
// --age 70 --age 80 would otherwise take the second silently).
func flagSet(name string, decls []flagDecl) (*flag.FlagSet, []*once) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	var vals []*once
	for _, d := range decls {
		v := &once{Value: d.value, name: d.Name, repeat: d.Repeat}
		vals = append(vals, v)
		fs.Var(v, d.Name, "")
	}
	return fs, vals
}

// once is a flag's value as parsed: given at most once unless a list, and
// keeping the error its value gave, so that the message stays ours.
type once struct {
	flag.Value
	name   string
	repeat bool
	set    bool
	err    error
}

func (o *once) Set(v string) error {
	if o.set && !o.repeat {
		o.err = errRepeated{o.name}
		return o.err
	}
	o.set = true
	if err := o.Value.Set(v); err != nil {
		o.err = err
		return err
	}
	return nil
}

func (o *once) IsBoolFlag() bool {
	b, ok := o.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

type errRepeated struct{ name string }

func (e errRepeated) Error() string { return "repeated --" + e.name }

// parse reads a command's flags, given in any order with its arguments,
// then the environment variables of the flags not given; on -h it prints
// the command's help, on a bad flag one bilingual line, and ok is false
// with the exit code to return.
func parse(c command, decls []flagDecl, args []string, o IO) (pos []string, code int, ok bool) {
	fs, vals := flagSet(c.Name, decls)
	for {
		err := fs.Parse(args)
		switch {
		case errors.Is(err, flag.ErrHelp):
			_, _ = io.WriteString(o.Out, commandHelp(c))
			return nil, exitOK, false
		case err != nil:
			for _, v := range vals {
				var le *lang.Error
				if errors.As(v.err, &le) || errors.As(v.err, new(errRepeated)) {
					return nil, bad(o, flagError(c, v.err, args)), false
				}
			}
			return nil, bad(o, flagError(c, err, args)), false
		}
		rest := fs.Args()
		used := len(args) - len(rest)
		if len(rest) == 0 || used > 0 && args[used-1] == "--" {
			pos = append(pos, rest...)
			break
		}
		pos, args = append(pos, rest[0]), rest[1:]
	}
	for i, d := range decls {
		if e := o.Getenv(d.Env); d.Env != "" && e != "" && !vals[i].set {
			if err := d.value.Set(e); err != nil {
				return nil, bad(o, lang.F("环境变量 %s 的值不对", "the environment variable %s has a bad value", d.Env)), false
			}
		}
	}
	if c.MaxArgs >= 0 && len(pos) > c.MaxArgs {
		return nil, bad(o, lang.F("多余的参数：%s", "unexpected argument %s", lang.Echo(pos[c.MaxArgs]))), false
	}
	return pos, exitOK, true
}

// flagError turns a flag parsing error into plain words, naming the flag
// as it was typed and the command's help.
func flagError(c command, err error, args []string) lang.Text {
	var rep errRepeated
	if errors.As(err, &rep) {
		return lang.F("选项 --%s 写了两次，只能写一次", "option --%s is given twice; give it once", rep.name)
	}
	var le *lang.Error
	if errors.As(err, &le) {
		return le.Msg
	}
	msg := err.Error()
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
		help := strings.Join(strings.Fields("yibao "+c.Name+" --help"), " ")
		return lang.F("没有这个选项：%s（"+help+" 查看用法）", "unknown option %s (see "+help+")", f)
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
