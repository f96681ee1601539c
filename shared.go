package main

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"yibao/data/advice"
	"yibao/data/answers"
	"yibao/data/book"
	"yibao/data/book/load"
	"yibao/data/consult"
	"yibao/data/lang"
	"yibao/data/places"
	"yibao/data/records"
)

// The flags several commands share, each declared once here; a command
// takes one by embedding it in its options.

// LangFlag is --lang.
type LangFlag struct {
	Lang string `flag:"lang" arg:"zh|en" zh:"语言：zh 中文，en 英文" en:"language: zh Chinese, en English" none:"随终端的语言环境 LC_ALL、LC_MESSAGES、LANG|the terminal's locale, from LC_ALL, LC_MESSAGES or LANG"`
}

// language reads --lang, or the locale of the environment when empty.
func (f LangFlag) language(o IO) (lang.Lang, error) {
	if f.Lang == "" {
		return lang.FromEnv(o.Env), nil
	}
	return answers.ParseLang(f.Lang)
}

// DataFlag is --data: local corrections to the book.
type DataFlag struct {
	Data pathList `flag:"data" arg:"PATH" zh:"本地更正文件或 *.toml 文件夹，可写多次" en:"local corrections, a file or a folder of *.toml; may be repeated"`
}

// openBook loads the book with the local corrections; problems go to
// stderr.
func (f DataFlag) openBook(o IO) (*book.Book, *places.Index, bool) {
	b, err := load.Open(f.Data...)
	if err != nil {
		fmt.Fprintln(o.Err, "yibao: "+lang.T("数据有误，请修正后再试", "the data has problems; fix them and retry").Line()+":")
		fmt.Fprintln(o.Err, err)
		return nil, nil, false
	}
	return b, places.New(b), true
}

// fill opens the book and takes the consultation's answers from the
// flags given; ok is false, with the exit code, when the book does not
// load or an answer cannot be taken.
func (f DataFlag) fill(given map[consult.ID]string, today book.Date, o IO) (b *book.Book, ix *places.Index, a consult.Answers, code int, ok bool) {
	if b, ix, ok = f.openBook(o); !ok {
		return nil, nil, a, exitDataError, false
	}
	a, err := consult.Fill(given, consult.Env{Places: ix, Today: today})
	if err != nil {
		return nil, nil, a, badErr(o, err), false
	}
	return b, ix, a, exitOK, true
}

// WidthFlag is --width, checked once: 24 to 200 columns.
type WidthFlag struct {
	Width width `flag:"width" arg:"N" zh:"每行宽度，24 到 200 列" en:"columns a line, 24 to 200"`
}

type width int

func (w *width) String() string { return strconv.Itoa(int(*w)) }
func (w *width) Set(v string) error {
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil || n < 24 || n > 200 {
		return &lang.Error{Msg: lang.T("--width 应在 24 到 200 之间", "--width must be from 24 to 200")}
	}
	*w = width(n)
	return nil
}

// RecordsFlag is --records: where a desk's records are kept, for the
// commands that read or write them. YIBAO_RECORDS gives the same, so
// that a PostgreSQL password never shows in a process list.
type RecordsFlag struct {
	Records string `flag:"records" arg:"TARGET" env:"YIBAO_RECORDS" zh:"记录库：SQLite 文件或 postgres:// 地址" en:"the records store: a SQLite file or a postgres:// address" none:"不记录|none"`
}

// target is the store named by --records or YIBAO_RECORDS; with
// byDefault, the user's own store (records.DefaultPath) when neither is
// given. "" means no store.
func (f RecordsFlag) target(o IO, byDefault bool) (string, error) {
	if f.Records != "" || !byDefault {
		return f.Records, nil
	}
	return records.DefaultPath(o.Env)
}

// openRecords opens the store for a consultation. Where it cannot be
// opened, it prints the store's one plain line (never a path or a
// server) and returns nil: the consultation goes on without records.
func (f RecordsFlag) openRecords(o IO, byDefault bool) *records.Store {
	target, err := f.target(o, byDefault)
	if err == nil && target == "" {
		return nil
	}
	s, _ := openStore(target, err, o)
	return s
}

// openStore opens the store at target (err: why there is none); where
// it cannot, one plain line says so, and ok is false.
func openStore(target string, err error, o IO) (s *records.Store, ok bool) {
	if err == nil {
		s, err = records.Open(context.Background(), target)
	}
	if err != nil {
		fmt.Fprintln(o.Err, "yibao: "+recordsLine(err).Line())
		return nil, false
	}
	return s, true
}

// recordsLine is what a desk is told when the records fail: the store's
// own words, which name no path or server; anything else is the plain
// line that the records cannot be read now.
func recordsLine(err error) lang.Text {
	var re *records.Error
	if errors.As(err, &re) {
		return re.Msg
	}
	return lang.T("本服务台的记录现在读不到；咨询照常进行。", "The desk's records cannot be read now; the consultation goes on.")
}

// consult tells the advice what the desks' records show, when a store is
// named; where they cannot be read, one plain line says so and the
// advice goes on without them.
func (f RecordsFlag) consult(a *advice.Advice, today book.Date, o IO) {
	s := f.openRecords(o, false)
	if s == nil {
		return
	}
	defer s.Close()
	if err := s.Consult(context.Background(), a, today); err != nil {
		fmt.Fprintln(o.Err, "yibao: "+recordsLine(err).Line())
	}
}

// CentreFlag is --centre: the centre's name on the records it makes.
type CentreFlag struct {
	Centre string `flag:"centre" arg:"NAME" zh:"记录上写的服务中心名字" en:"the centre's name on its records" none:"记录库自己保存的随机名字|a random name the store keeps"`
}

// pathList collects a repeated flag's values.
type pathList []string

func (p *pathList) String() string     { return strings.Join(*p, ",") }
func (p *pathList) Set(v string) error { *p = append(*p, v); return nil }

// stepFlags are the consultation's questions as flags, one a question,
// from its step table (package consult).
type stepFlags map[consult.ID]*stepAnswer

// stepAnswer is one question's answer as typed, and whether it was given.
type stepAnswer struct {
	text  string
	given bool
}

func (s *stepAnswer) String() string     { return s.text }
func (s *stepAnswer) Set(v string) error { s.text, s.given = v, true; return nil }

func (f *stepFlags) flagDecls() []flagDecl {
	if *f == nil {
		*f = stepFlags{}
	}
	var out []flagDecl
	for _, st := range consult.Steps() {
		a := &stepAnswer{}
		(*f)[st.ID] = a
		arg := strings.ToUpper(st.Flag)
		if st.Kind == consult.Choose && len(st.Options) > 0 {
			var vs []string
			for _, o := range st.Options {
				vs = append(vs, o.Value)
			}
			arg = strings.Join(vs, "|")
		}
		out = append(out, flagDecl{Name: st.Flag, Arg: arg, Required: !st.Optional, value: a,
			Help: lang.T(st.Title.Zh+"："+st.Values.Zh, st.Title.En+": "+st.Values.En)})
	}
	return out
}

// given are the answers whose flags were given.
func (f stepFlags) given() map[consult.ID]string {
	out := map[consult.ID]string{}
	for id, a := range f {
		if a.given {
			out[id] = a.text
		}
	}
	return out
}
