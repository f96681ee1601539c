package main

import (
	"fmt"
	"io"
	"strings"
)

type manOptions struct{}

// run writes the man page, section 1, from the command declarations.
func (manOptions) run(_ []string, o IO) int {
	writeMan(o.Out)
	return exitOK
}

// roff escapes text for roff: backslashes, hyphens of options, and a
// line that would start with a control character.
func roff(s string) string {
	s = strings.NewReplacer(`\`, `\e`, "-", `\-`).Replace(s)
	if strings.HasPrefix(s, ".") || strings.HasPrefix(s, "'") {
		s = `\&` + s
	}
	return s
}

func writeMan(w io.Writer) {
	p := func(format string, a ...any) { fmt.Fprintf(w, format+"\n", a...) }
	p(`'\" -*- coding: UTF-8 -*-`)
	p(`.TH YIBAO 1 "" "yibao %s" "yibao"`, roff(version))
	p(".nh")
	p(".ad l")
	p(".SH NAME")
	p(`yibao \- %s`, roff(about().En))
	p(".PP")
	p("yibao \\- %s", roff(about().Zh))
	p(".SH SYNOPSIS")
	for _, c := range commands() {
		p(".PP")
		p(".B %s", roff(strings.TrimSpace("yibao "+c.Name)))
		p("%s", roff(strings.Join(synopsisWords(c, true)[1+len(strings.Fields(c.Name)):], " ")))
	}
	p(".SH DESCRIPTION")
	p("%s", roff("yibao answers the question Chinese retirees bring to community service desks: "+
		"how much goes into the medical-insurance personal account each month, whether it applies, "+
		"and how to check the balance. Every figure comes from a dated, sourced rule; where none is known, yibao says so."))
	p(".PP")
	p("%s", roff("yibao 回答社区服务台最常被问到的问题："))
	p(".br")
	p("%s", roff("医保个人账户每月划入多少、是否适用、怎么查余额。"))
	p(".br")
	p("%s", roff("每个数字都来自注明日期和出处的规则；不知道时直接说不知道。"))
	p(".SH COMMANDS")
	for _, c := range commands() {
		p(".SS %s", roff(strings.TrimSpace("yibao "+c.Name+" "+c.Args)))
		p("%s", roff(c.Summary.Zh))
		p(".br")
		p("%s", roff(c.Summary.En))
		for _, d := range c.flags() {
			zh, en := flagHelp(d)
			p(".TP")
			p(`.B %s`, roff(flagUsage(d)))
			p("%s", roff(zh))
			p(".br")
			p("%s", roff(en))
		}
	}
	p(".SH EXIT STATUS")
	p(".TP\n.B 0\n%s", roff("成功 / success"))
	p(".TP\n.B 1\n%s", roff("数据错误：政策数据或记录文件读不进来 / a data error: a book or records file that does not load"))
	p(".TP\n.B 2\n%s", roff("输入有误：标准错误输出一行说明，先中文后英文 / bad input: one line on stderr, Chinese first, then English"))
	p(".SH ENVIRONMENT")
	p(".TP\n.B LC_ALL, LC_MESSAGES, LANG\n%s", roff("不写 --lang 时的语言：en_* 为英文，其余为中文 / the language without --lang: English for en_*, else Chinese"))
	p(".TP\n.B NO_COLOR\n%s", roff("不用颜色 / no colour"))
	p(".TP\n.B TERM\n%s", roff("TERM=dumb 时逐行问答 / TERM=dumb asks line by line"))
	seen := map[string]bool{}
	for _, c := range commands() {
		for _, d := range c.flags() {
			if d.Env != "" && !seen[d.Env] {
				seen[d.Env] = true
				p(".TP\n.B %s\n%s", roff(d.Env), roff(flagUsage(d)))
			}
		}
	}
	p(".SH SEE ALSO")
	p("%s", roff("yibao help, yibao COMMAND --help; the README in the source and release archives."))
}
