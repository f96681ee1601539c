package main

import (
	"fmt"
	"strings"

	"yibao/views/plain"

	"golang.org/x/text/encoding/simplifiedchinese"

	"yibao/data/book"
	"yibao/data/lang"
)

// adviseOptions are what `yibao advise` takes; the answers are the flags
// of the consultation's questions (package consult), one each.
type adviseOptions struct {
	Answers   stepFlags
	AsOf      string `flag:"as-of" arg:"YYYY-MM-DD" zh:"按那一天有效的规则回答" en:"answer for the rule in force on that day" none:"今天|today"`
	JSON      bool   `flag:"json" zh:"输出 JSON" en:"print JSON"`
	Slip      bool   `flag:"slip" zh:"输出小票，适合 58/80 毫米小票打印机" en:"print a slip for 58/80 mm receipt printers"`
	Encoding  string `flag:"encoding" arg:"utf-8|gb18030" default:"utf-8" zh:"输出编码；小票打印机常用 gb18030" en:"output encoding; receipt printers take gb18030"`
	WidthFlag `none:"72；小票 32|72; 32 with --slip"`
	LangFlag  `default:"zh"`
	DataFlag
	RecordsFlag `none:"不读记录|records not read"`
}

// run answers once, as text, a slip or JSON.
func (opts adviseOptions) run(_ []string, o IO) int {
	if opts.JSON && opts.Slip {
		return bad(o, lang.T("--json 和 --slip 只能选一个", "--json and --slip cannot go together; choose one"))
	}
	l, err := opts.language(o)
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
	}
	enc := strings.ToLower(opts.Encoding)
	if enc != "utf-8" && enc != "utf8" && enc != "gb18030" {
		return bad(o, lang.T("--encoding 应为 utf-8 或 gb18030", "--encoding must be utf-8 or gb18030"))
	}
	b, _, a, code, ok := opts.fill(opts.Answers.given(), today, o)
	if !ok {
		return code
	}
	adv := a.Advise(b, asOf)
	opts.consult(&adv, today, o)
	if opts.JSON {
		if _, err := o.Out.Write(adv.JSON(l).Indented()); err != nil {
			fmt.Fprintln(o.Err, "yibao:", err)
			return exitDataError
		}
		return exitOK
	}
	var text string
	if opts.Slip {
		text = plain.Slip(adv, l, int(opts.Width), nil)
	} else {
		text = plain.Report(adv, l, int(opts.Width))
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
