package main

import (
	"fmt"
	"io"
	"strings"

	"yibao/data/lang"
)

type completionOptions struct{}

// shells are the completion scripts, each made from the command
// declarations.
func shells() map[string]func(io.Writer) {
	return map[string]func(io.Writer){
		"bash": bashCompletion, "zsh": zshCompletion, "fish": fishCompletion, "powershell": powershellCompletion,
	}
}

func (completionOptions) run(pos []string, o IO) int {
	if len(pos) == 1 {
		if write, ok := shells()[pos[0]]; ok {
			write(o.Out)
			return exitOK
		}
	}
	return bad(o, lang.T("请写出 shell：yibao completion bash|zsh|fish|powershell", "name the shell: yibao completion bash|zsh|fish|powershell"))
}

// valueChoices are the values a flag or an argument takes, when its
// placeholder lists them (zh|en).
func valueChoices(arg string) []string {
	if !strings.Contains(arg, "|") || strings.ContainsAny(arg, " []") {
		return nil
	}
	return strings.Split(arg, "|")
}

// isFileArg reports whether a placeholder names a file or a folder.
func isFileArg(arg string) bool {
	a := strings.Trim(arg, "[].")
	return a == "PATH" || a == "FILE" || a == "DIR"
}

// firstWords are the words that may follow yibao: each command's first
// word, and help.
func firstWords() []string {
	var out []string
	seen := map[string]bool{}
	for _, c := range commands() {
		if w, _, _ := strings.Cut(c.Name, " "); w != "" && !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return append(out, "help")
}

// subWords are the second words of a family's commands (review, rules,
// export, import).
func subWords(fam []command) []string {
	var out []string
	for _, c := range fam {
		_, sub, _ := strings.Cut(c.Name, " ")
		out = append(out, sub)
	}
	return out
}

// flagWords are a command's flags as typed, with --help.
func flagWords(c command) []string {
	var out []string
	for _, d := range c.flags() {
		out = append(out, "--"+d.Name)
	}
	return append(out, "--help")
}

func bashCompletion(w io.Writer) {
	fmt.Fprint(w, `# bash completion for yibao, made by "yibao completion bash"
_yibao() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
    local cmd="" n=1
    case "${COMP_WORDS[1]}" in
`)
	for _, word := range firstWords() {
		if fam := family(word); len(fam) > 0 {
			fmt.Fprintf(w, "        %s) cmd=\"%s ${COMP_WORDS[2]}\"; n=3 ;;\n", word, word)
		} else {
			fmt.Fprintf(w, "        %s) cmd=%s; n=2 ;;\n", word, word)
		}
	}
	fmt.Fprintf(w, `    esac
    if (( COMP_CWORD == 1 )); then
        COMPREPLY=($(compgen -W "%s" -- "$cur")); return
    fi
`, strings.Join(append(firstWords(), flagWords(advisor())...), " "))
	for _, word := range firstWords() {
		if fam := family(word); len(fam) > 0 {
			fmt.Fprintf(w, "    if [[ ${COMP_WORDS[1]} == %s ]] && (( COMP_CWORD == 2 )); then\n", word)
			fmt.Fprintf(w, "        COMPREPLY=($(compgen -W \"%s\" -- \"$cur\")); return\n    fi\n", strings.Join(subWords(fam), " "))
		}
	}
	fmt.Fprint(w, "    case \"$cmd\" in\n")
	for _, c := range commands() {
		fmt.Fprintf(w, "    %q)\n        case \"$prev\" in\n", c.Name)
		for _, d := range c.flags() {
			switch {
			case d.Switch:
			case valueChoices(d.Arg) != nil:
				fmt.Fprintf(w, "            --%s) COMPREPLY=($(compgen -W \"%s\" -- \"$cur\")); return ;;\n", d.Name, strings.Join(valueChoices(d.Arg), " "))
			case isFileArg(d.Arg):
				fmt.Fprintf(w, "            --%s) COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n", d.Name)
			default:
				fmt.Fprintf(w, "            --%s) return ;;\n", d.Name)
			}
		}
		fmt.Fprint(w, "        esac\n")
		switch {
		case valueChoices(c.Args) != nil:
			fmt.Fprintf(w, "        [[ $cur != -* ]] && { COMPREPLY=($(compgen -W \"%s\" -- \"$cur\")); return; }\n", strings.Join(valueChoices(c.Args), " "))
		case isFileArg(c.Args):
			fmt.Fprint(w, "        [[ $cur != -* ]] && { COMPREPLY=($(compgen -f -- \"$cur\")); return; }\n")
		}
		fmt.Fprintf(w, "        COMPREPLY=($(compgen -W \"%s\" -- \"$cur\")) ;;\n", strings.Join(flagWords(c), " "))
	}
	fmt.Fprint(w, "    esac\n}\ncomplete -F _yibao yibao\n")
}

// described is a command's or a flag's description in a completion: the
// Chinese, then the English.
func described(t lang.Text) string { return t.Zh + " / " + t.En }

// zshQuote quotes for a zsh _arguments spec inside single quotes.
func zshQuote(s string) string {
	r := strings.NewReplacer("'", `'\''`, "[", `\[`, "]", `\]`, ":", `\:`)
	return r.Replace(s)
}

func zshCompletion(w io.Writer) {
	fmt.Fprint(w, "#compdef yibao\n# zsh completion for yibao, made by \"yibao completion zsh\"\n\n")
	zshArgs := func(c command) string {
		var specs []string
		for _, d := range c.flags() {
			spec := "'--" + d.Name + "[" + zshQuote(described(d.Help)) + "]"
			if d.Repeat {
				spec = "'*--" + d.Name + "[" + zshQuote(described(d.Help)) + "]"
			}
			switch {
			case d.Switch:
			case valueChoices(d.Arg) != nil:
				spec += ":" + zshQuote(d.Arg) + ":(" + strings.Join(valueChoices(d.Arg), " ") + ")"
			case isFileArg(d.Arg):
				spec += ":" + d.Arg + ":_files"
			default:
				spec += ":" + zshQuote(d.Arg) + ": "
			}
			specs = append(specs, spec+"'")
		}
		specs = append(specs, "'(- *)--help[本说明 / this help]'")
		switch {
		case valueChoices(c.Args) != nil:
			specs = append(specs, "'1:shell:("+strings.Join(valueChoices(c.Args), " ")+")'")
		case isFileArg(c.Args):
			specs = append(specs, "'*:file:_files'")
		}
		return strings.Join(specs, " \\\n        ")
	}
	fmt.Fprint(w, "_yibao() {\n    local -a cmds\n    cmds=(\n")
	for _, word := range firstWords() {
		t := lang.T("帮助", "help")
		if fam := family(word); len(fam) > 0 {
			t = lang.T(word+" 命令", word+" commands")
		} else if c, _, ok := find([]string{word}); ok {
			t = c.Summary
		}
		fmt.Fprintf(w, "        '%s:%s'\n", word, zshQuote(described(t)))
	}
	fmt.Fprint(w, "    )\n    if (( CURRENT == 2 )); then\n        _describe command cmds\n")
	fmt.Fprintf(w, "        _arguments %s\n        return\n    fi\n", zshArgs(advisor()))
	fmt.Fprint(w, "    case $words[2] in\n")
	for _, word := range firstWords() {
		fam := family(word)
		if len(fam) == 0 {
			c, _, ok := find([]string{word})
			if !ok {
				continue
			}
			fmt.Fprintf(w, "    %s)\n        shift words; (( CURRENT-- ))\n        _arguments %s ;;\n", word, zshArgs(c))
			continue
		}
		fmt.Fprintf(w, "    %s)\n        if (( CURRENT == 3 )); then\n            compadd %s; return\n        fi\n", word, strings.Join(subWords(fam), " "))
		fmt.Fprint(w, "        case $words[3] in\n")
		for _, c := range fam {
			_, sub, _ := strings.Cut(c.Name, " ")
			fmt.Fprintf(w, "        %s)\n            shift 2 words; (( CURRENT -= 2 ))\n            _arguments %s ;;\n", sub, zshArgs(c))
		}
		fmt.Fprint(w, "        esac ;;\n")
	}
	fmt.Fprint(w, "    esac\n}\n\n_yibao \"$@\"\n")
}

// fishQuote quotes for fish inside single quotes.
func fishQuote(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, "'", `\'`).Replace(s) + "'"
}

func fishCompletion(w io.Writer) {
	fmt.Fprint(w, "# fish completion for yibao, made by \"yibao completion fish\"\ncomplete -c yibao -f\n")
	flags := func(cond string, c command) {
		for _, d := range c.flags() {
			line := "complete -c yibao -n " + fishQuote(cond) + " -l " + d.Name
			switch {
			case d.Switch:
			case valueChoices(d.Arg) != nil:
				line += " -x -a " + fishQuote(strings.Join(valueChoices(d.Arg), " "))
			case isFileArg(d.Arg):
				line += " -r -F"
			default:
				line += " -x"
			}
			fmt.Fprintln(w, line+" -d "+fishQuote(described(d.Help)))
		}
		switch {
		case valueChoices(c.Args) != nil:
			fmt.Fprintf(w, "complete -c yibao -n %s -a %s\n", fishQuote(cond), fishQuote(strings.Join(valueChoices(c.Args), " ")))
		case isFileArg(c.Args):
			fmt.Fprintf(w, "complete -c yibao -n %s -F\n", fishQuote(cond))
		}
	}
	flags("__fish_use_subcommand", advisor())
	for _, word := range firstWords() {
		fam := family(word)
		if len(fam) == 0 {
			t := lang.T("帮助", "help")
			c, _, ok := find([]string{word})
			if ok {
				t = c.Summary
			}
			fmt.Fprintf(w, "complete -c yibao -n __fish_use_subcommand -a %s -d %s\n", word, fishQuote(described(t)))
			if ok {
				flags("__fish_seen_subcommand_from "+word, c)
			}
			continue
		}
		subs := strings.Join(subWords(fam), " ")
		fmt.Fprintf(w, "complete -c yibao -n __fish_use_subcommand -a %s -d %s\n", word, fishQuote(described(lang.T(word+" 命令", word+" commands"))))
		for _, c := range fam {
			_, sub, _ := strings.Cut(c.Name, " ")
			fmt.Fprintf(w, "complete -c yibao -n %s -a %s -d %s\n",
				fishQuote("__fish_seen_subcommand_from "+word+"; and not __fish_seen_subcommand_from "+subs), sub, fishQuote(described(c.Summary)))
			flags("__fish_seen_subcommand_from "+word+"; and __fish_seen_subcommand_from "+sub, c)
		}
	}
}

func powershellCompletion(w io.Writer) {
	psQuote := func(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }
	psList := func(ws []string) string {
		q := make([]string, len(ws))
		for i, s := range ws {
			q[i] = psQuote(s)
		}
		return "@(" + strings.Join(q, ", ") + ")"
	}
	fmt.Fprint(w, "# PowerShell completion for yibao, made by \"yibao completion powershell\"\n")
	fmt.Fprint(w, "Register-ArgumentCompleter -Native -CommandName yibao, yibao.exe -ScriptBlock {\n")
	fmt.Fprint(w, "    param($wordToComplete, $commandAst, $cursorPosition)\n")
	fmt.Fprint(w, "    $flags = @{\n")
	values := map[string][]string{}
	var files []string
	for _, c := range commands() {
		fmt.Fprintf(w, "        %s = %s\n", psQuote(c.Name), psList(flagWords(c)))
		for _, d := range c.flags() {
			if v := valueChoices(d.Arg); v != nil {
				values[c.Name+" --"+d.Name] = v
			} else if isFileArg(d.Arg) {
				files = append(files, c.Name+" --"+d.Name)
			}
		}
		if v := valueChoices(c.Args); v != nil {
			values[c.Name+" "] = v
		}
	}
	fmt.Fprint(w, "    }\n    $values = @{\n")
	for _, c := range commands() {
		for _, d := range c.flags() {
			if v, ok := values[c.Name+" --"+d.Name]; ok {
				fmt.Fprintf(w, "        %s = %s\n", psQuote(c.Name+" --"+d.Name), psList(v))
			}
		}
		if v, ok := values[c.Name+" "]; ok {
			fmt.Fprintf(w, "        %s = %s\n", psQuote(c.Name+" "), psList(v))
		}
	}
	fmt.Fprintf(w, "    }\n    $files = %s\n", psList(files))
	fmt.Fprintf(w, "    $families = @{\n")
	for _, word := range firstWords() {
		if fam := family(word); len(fam) > 0 {
			fmt.Fprintf(w, "        %s = %s\n", psQuote(word), psList(subWords(fam)))
		}
	}
	fmt.Fprintf(w, "    }\n    $first = %s\n", psList(firstWords()))
	fmt.Fprint(w, `    $words = @($commandAst.CommandElements | ForEach-Object { $_.ToString() })
    if ($wordToComplete -ne '' -and $words.Count -gt 1) { $words = $words[0..($words.Count - 2)] }
    $cmd = ''
    $n = 1
    if ($words.Count -gt 1 -and $first -contains $words[1]) {
        $cmd = $words[1]; $n = 2
        if ($families.ContainsKey($cmd)) {
            if ($words.Count -gt 2) { $cmd = $cmd + ' ' + $words[2]; $n = 3 }
            else { $candidates = $families[$cmd] }
        }
    }
    $prev = if ($words.Count -gt $n) { $words[-1] } else { '' }
    if ($null -eq $candidates) {
        if ($values.ContainsKey("$cmd $prev")) { $candidates = $values["$cmd $prev"] }
        elseif ($files -contains "$cmd $prev") { return }
        elseif ($words.Count -eq 1) { $candidates = $first + $flags[''] }
        elseif ($values.ContainsKey("$cmd ") -and $wordToComplete -notlike '-*') { $candidates = $values["$cmd "] }
        else { $candidates = $flags[$cmd] }
    }
    $candidates | Where-Object { $_ -like "$wordToComplete*" } | ForEach-Object {
        [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
    }
}
`)
}
