package main

import (
	"strings"

	"yibao/data/lang"
	"yibao/views/plain"
)

// helpWidth is the widest line of any help: an 80-column terminal, Chinese
// counted two columns a character.
const helpWidth = 80

// about is what yibao is for, in a line.
func about() lang.Text {
	return lang.T("医保个人账户每月划入多少、怎么查余额",
		"how much goes into the medical-insurance personal account, and how to check it")
}

// generalHelp is `yibao help`: every command with its flags, made from
// the command declarations.
func generalHelp() string {
	var b strings.Builder
	b.WriteString(title("yibao", about()))
	for _, c := range commands() {
		b.WriteString("\n")
		b.WriteString(wrapLine(c.Summary.Zh+" / "+c.Summary.En+":", "", ""))
		b.WriteString(synopsis(c, true))
	}
	b.WriteString("\n在本终端问答的选项 / the advisor's options:\n")
	b.WriteString(flagsHelp(advisor()))
	b.WriteString("\n")
	b.WriteString(wrapLine("每个命令的选项说明：yibao 命令 --help", "", ""))
	b.WriteString(wrapLine("what each command's flags do: yibao COMMAND --help", "", ""))
	return b.String()
}

// commandHelp is `yibao COMMAND --help`: its synopsis and each flag.
func commandHelp(c command) string {
	var b strings.Builder
	b.WriteString(title(strings.TrimSpace("yibao "+c.Name), c.Summary))
	b.WriteString("\n用法 / usage:\n")
	b.WriteString(synopsis(c, false))
	b.WriteString("\n选项 / options:\n")
	b.WriteString(flagsHelp(c))
	b.WriteString("  -h, --help\n      本说明 / this help\n")
	return b.String()
}

// flagsHelp explains each flag of a command.
func flagsHelp(c command) string {
	var b strings.Builder
	for _, d := range c.flags() {
		b.WriteString(wrapLine(flagUsage(d), "  ", "  "))
		zh, en := flagHelp(d)
		b.WriteString(wrapLine(zh, "      ", "      "))
		b.WriteString(wrapLine(en, "      ", "      "))
	}
	return b.String()
}

// familyHelp is `yibao data --help`: the title every help starts with,
// then the synopsis of each command of the family.
func familyHelp(fam []command) string {
	var b strings.Builder
	name, _, _ := strings.Cut(fam[0].Name, " ")
	zh, en := make([]string, len(fam)), make([]string, len(fam))
	for i, c := range fam {
		zh[i], en[i] = c.Summary.Zh, c.Summary.En
	}
	b.WriteString(title("yibao "+name, lang.T(strings.Join(zh, "；"), strings.Join(en, "; "))))
	for _, c := range fam {
		b.WriteString("\n")
		b.WriteString(wrapLine(c.Summary.Zh+" / "+c.Summary.En+":", "", ""))
		b.WriteString(synopsis(c, true))
	}
	return b.String()
}

// familyUsage is the usage error of a family named without a command.
func familyUsage(fam []command) lang.Text {
	var lines []string
	for _, c := range fam {
		lines = append(lines, strings.Join(synopsisWords(c, true), " "))
	}
	return lang.T("用法："+strings.Join(lines, "，或 "), "usage: "+strings.Join(lines, ", or "))
}

// title is a help's first lines: the name and what it does, in Chinese
// then English.
func title(name string, what lang.Text) string {
	return wrapLine(name+"："+what.Zh, "", "") + wrapLine(name+": "+what.En, "", "")
}

// synopsis is how the command is typed, wrapped under its name: with
// every flag, or with the required ones and [选项 / options].
func synopsis(c command, every bool) string {
	words := synopsisWords(c, every)
	n := 1 + len(strings.Fields(c.Name))
	lead := "  " + strings.Join(words[:n], " ") + " "
	return wrapWords(words[n:], lead, strings.Repeat(" ", plain.Width(lead)))
}

func synopsisWords(c command, every bool) []string {
	words := append([]string{"yibao"}, strings.Fields(c.Name)...)
	optional := false
	for _, d := range c.flags() {
		switch {
		case d.Required:
			words = append(words, flagUsage(d))
		case every:
			words = append(words, "["+flagUsage(d)+"]")
		default:
			optional = true
		}
	}
	if optional {
		words = append(words, "[选项 / options]")
	}
	if c.Args != "" {
		words = append(words, c.Args)
	}
	return words
}

// flagUsage is a flag as typed: --name ARG.
func flagUsage(d flagDecl) string {
	if d.Switch || d.Arg == "" {
		return "--" + d.Name
	}
	return "--" + d.Name + " " + d.Arg
}

// flagHelp is what a flag is for, with its default, what happens without
// it and its environment variable, in Chinese and in English.
func flagHelp(d flagDecl) (zh, en string) {
	zh, en = d.Help.Zh, d.Help.En
	switch {
	case d.Default != "" && !d.Switch:
		zh += "（默认 " + d.Default + "）"
		en += " (default " + d.Default + ")"
	case d.None.Zh != "":
		zh += "（不写：" + d.None.Zh + "）"
		en += " (if not given: " + d.None.En + ")"
	}
	if d.Env != "" {
		zh += "（也可用环境变量 " + d.Env + "）"
		en += " (or the environment variable " + d.Env + ")"
	}
	return zh, en
}

// wrapLine wraps text to the help's width, with a first-line prefix and
// a prefix for the lines after it.
func wrapLine(s, first, rest string) string {
	var b strings.Builder
	for i, l := range plain.Wrap(s, helpWidth-plain.Width(first)) {
		if i == 0 {
			b.WriteString(first + l + "\n")
		} else {
			b.WriteString(rest + l + "\n")
		}
	}
	return b.String()
}

// wrapWords fills whole words (a flag and its value stay together) into
// lines of the help's width.
func wrapWords(words []string, first, rest string) string {
	var b strings.Builder
	line := first
	fresh := true
	for _, w := range words {
		if !fresh && plain.Width(line)+1+plain.Width(w) > helpWidth {
			b.WriteString(line + "\n")
			line, fresh = rest, true
		}
		if !fresh {
			line += " "
		}
		line += w
		fresh = false
	}
	return b.String() + strings.TrimRight(line, " ") + "\n"
}
