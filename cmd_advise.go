package main

import (
	"fmt"
	"strings"

	"yibao/views/plain"

	"golang.org/x/text/encoding/simplifiedchinese"

	"yibao/data/book"
	"yibao/data/consult"
	"yibao/data/lang"
)

// adviseOptions are what `yibao advise` takes; the answers are the flags
// of the consultation's questions (package consult), one each.
type adviseOptions struct {
	Answers      map[consult.ID]*string
	AsOf         string
	Lang         string
	JSON         bool
	Slip         bool
	Encoding     string
	Width        int
	Data         pathList
	Observations string
}

// runAdvise answers once, as text, a slip or JSON.
func runAdvise(args []string, o IO) int {
	var opts adviseOptions
	fs := newFlags("advise")
	opts.Answers = stepFlags(fs)
	fs.StringVar(&opts.AsOf, "as-of", "", "")
	fs.StringVar(&opts.Lang, "lang", "zh", "")
	fs.BoolVar(&opts.JSON, "json", false, "")
	fs.BoolVar(&opts.Slip, "slip", false, "")
	fs.StringVar(&opts.Encoding, "encoding", "utf-8", "")
	fs.IntVar(&opts.Width, "width", 0, "")
	fs.Var(&opts.Data, "data", "")
	fs.StringVar(&opts.Observations, "observations", "", "")
	if code, ok := parseNoArgs(fs, args, o); !ok {
		return code
	}
	return opts.run(givenSteps(fs, opts.Answers), o)
}

func (opts adviseOptions) run(given map[consult.ID]string, o IO) int {
	l, err := langFlag(opts.Lang, o)
	if err != nil {
		return badErr(o, err)
	}
	today := book.DateOf(o.Now())
	asOf := today
	if opts.AsOf != "" {
		if asOf, err = book.ParseDate(strings.TrimSpace(opts.AsOf)); err != nil {
			return bad(o, lang.F("--as-of 应写成 YYYY-MM-DD，例如 2025-06-30", "--as-of must be YYYY-MM-DD, e.g. 2025-06-30"))
		}
	}
	switch {
	case opts.Width == 0 && opts.Slip:
		opts.Width = 32
	case opts.Width == 0:
		opts.Width = 72
	case opts.Width < 24 || opts.Width > 200:
		return bad(o, lang.T("--width 应在 24 到 200 之间", "--width must be from 24 to 200"))
	}
	enc := strings.ToLower(opts.Encoding)
	if enc != "utf-8" && enc != "utf8" && enc != "gb18030" {
		return bad(o, lang.T("--encoding 应为 utf-8 或 gb18030", "--encoding must be utf-8 or gb18030"))
	}
	b, ix, ok := openBook(opts.Data, o)
	if !ok {
		return exitDataError
	}
	a, err := consult.Fill(given, consult.Env{Places: ix, Today: today})
	if err != nil {
		return badErr(o, err)
	}
	adv := a.Advise(b, asOf)
	if err := withObservations(&adv, opts.Observations, b, o); err != nil {
		fmt.Fprintln(o.Err, "yibao: "+lang.Message(err).Line())
		return exitDataError
	}
	if opts.JSON {
		if _, err := o.Out.Write(adv.JSON(l).Indented()); err != nil {
			fmt.Fprintln(o.Err, "yibao:", err)
			return exitDataError
		}
		return exitOK
	}
	var text string
	if opts.Slip {
		text = plain.Slip(adv, l, opts.Width, nil)
	} else {
		text = plain.Report(adv, l, opts.Width)
	}
	if enc == "gb18030" {
		// ESC/POS receipt printers take GB18030 bytes.
		if text, err = simplifiedchinese.GB18030.NewEncoder().String(text); err != nil {
			fmt.Fprintln(o.Err, "yibao: GB18030:", err)
			return exitDataError
		}
	}
	fmt.Fprint(o.Out, text)
	return exitOK
}
