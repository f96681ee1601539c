package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"yibao/kiosk"
)

// everyHelp is each page of help: the general one, each command's, each
// family's.
func everyHelp() map[string]string {
	pages := map[string]string{"yibao help": generalHelp()}
	for _, c := range commands() {
		pages["yibao "+c.Name+" --help"] = commandHelp(c)
		if first, _, ok := strings.Cut(c.Name, " "); ok {
			pages["yibao "+first+" --help"] = familyHelp(family(first))
		}
	}
	return pages
}

// TestHelpFits: every help fits an 80-column terminal, Chinese counted two
// columns a character, and starts with its title line: the name, then
// what it does.
func TestHelpFits(t *testing.T) {
	for name, page := range everyHelp() {
		head := strings.Join(strings.Fields(strings.TrimSuffix(strings.TrimSuffix(name, "--help"), " help")), " ")
		if !strings.HasPrefix(page, head+"：") {
			t.Errorf("%s does not start with its title %q:\n%s", name, head+"：", page)
		}
		for _, l := range strings.Split(page, "\n") {
			if w := ansi.StringWidth(l); w > 80 {
				t.Errorf("%s: a line %d columns wide: %q", name, w, l)
			}
		}
	}
}

// mentions reports whether text names a flag: --name, not followed by
// more of a longer name (--max-session is not --max-sessions).
func mentions(text, name string) bool {
	return regexp.MustCompile(`--` + regexp.QuoteMeta(name) + `([^a-z0-9-]|$)`).MatchString(text)
}

// TestEveryFlagDocumented: each flag of each command is in its help, in
// the general help, in the man page and in the README, with words in both
// languages.
func TestEveryFlagDocumented(t *testing.T) {
	readme := readREADME(t)
	var man bytes.Buffer
	writeMan(&man)
	for _, c := range commands() {
		help := commandHelp(c)
		for _, d := range c.flags() {
			if d.Help.Zh == "" || d.Help.En == "" {
				t.Errorf("yibao %s --%s: no help in both languages", c.Name, d.Name)
			}
			if !mentions(help, d.Name) {
				t.Errorf("yibao %s --help lacks --%s", c.Name, d.Name)
			}
			if !mentions(synopsis(c, true), d.Name) {
				t.Errorf("yibao help lacks --%s of %q", d.Name, c.Name)
			}
			if !mentions(strings.ReplaceAll(man.String(), `\-`, "-"), d.Name) {
				t.Errorf("the man page lacks --%s", d.Name)
			}
			if !mentions(readme, d.Name) {
				t.Errorf("README.md lacks --%s of %q", d.Name, c.Name)
			}
		}
	}
}

// TestFlagsDeclaredOnce: no command declares a flag twice (an embedded
// shared flag and a field of its own, say).
func TestFlagsDeclaredOnce(t *testing.T) {
	for _, c := range commands() {
		seen := map[string]bool{}
		for _, d := range c.flags() {
			if seen[d.Name] {
				t.Errorf("%q declares --%s twice", c.Name, d.Name)
			}
			seen[d.Name] = true
		}
	}
}

// TestCompletionsAndMan: every completion script and the man page name
// every command and every flag, and each choice a flag offers.
func TestCompletionsAndMan(t *testing.T) {
	outputs := map[string]string{}
	for shell, write := range shells() {
		var b bytes.Buffer
		write(&b)
		outputs[shell] = b.String()
	}
	var man bytes.Buffer
	writeMan(&man)
	outputs["man"] = strings.ReplaceAll(man.String(), `\-`, "-")
	for name, out := range outputs {
		for _, w := range firstWords() {
			if !regexp.MustCompile(`\b` + w + `\b`).MatchString(out) {
				t.Errorf("%s lacks the command %s", name, w)
			}
		}
		for _, c := range commands() {
			for _, sub := range strings.Fields(c.Name) {
				if !strings.Contains(out, sub) {
					t.Errorf("%s lacks %q of %q", name, sub, c.Name)
				}
			}
			for _, d := range c.flags() {
				if name == "fish" {
					if !strings.Contains(out, "-l "+d.Name+" ") {
						t.Errorf("fish lacks --%s", d.Name)
					}
				} else if !mentions(out, d.Name) {
					t.Errorf("%s lacks --%s of %q", name, d.Name, c.Name)
				}
				for _, v := range valueChoices(d.Arg) {
					if !strings.Contains(out, v) {
						t.Errorf("%s lacks the value %s of --%s", name, v, d.Name)
					}
				}
			}
		}
	}
}

// TestServeDefaults: the defaults serve declares are the kiosk's own.
func TestServeDefaults(t *testing.T) {
	opts := &serveOptions{}
	declare(opts)
	want := serveOptions{Listen: kiosk.DefaultListen, Idle: kiosk.DefaultIdle, MaxSession: kiosk.DefaultMaxSession,
		MaxSessions: kiosk.DefaultMaxSessions, Rate: kiosk.DefaultRate, Burst: kiosk.DefaultBurst, Auth: string(kiosk.AuthNone)}
	if !reflect.DeepEqual(*opts, want) {
		t.Errorf("serve's defaults %+v, the kiosk's %+v", *opts, want)
	}
}

// TestSharedFlag: a shared flag embedded in options is parsed, takes the
// embedding's default, and falls back to its environment variable; this
// is what adding --records to a command takes.
func TestSharedFlag(t *testing.T) {
	type example struct {
		RecordsFlag
		WidthFlag `default:"48"`
	}
	parseEx := func(env []string, args ...string) (example, int) {
		opts := &example{}
		_, code, _ := parse(command{Name: "example"}, declare(opts), args, IO{Env: env, Out: &bytes.Buffer{}, Err: &bytes.Buffer{}, Now: time.Now})
		return *opts, code
	}
	if e, code := parseEx(nil); code != 0 || e.Width != 48 || e.Records != "" {
		t.Errorf("defaults: %+v, exit %d", e, code)
	}
	if e, _ := parseEx([]string{"YIBAO_RECORDS=desk.db"}); e.Records != "desk.db" {
		t.Errorf("from the environment: %+v", e)
	}
	if e, _ := parseEx([]string{"YIBAO_RECORDS=desk.db"}, "--records", "other.db", "--width", "32"); e.Records != "other.db" || e.Width != 32 {
		t.Errorf("the flag goes before the environment: %+v", e)
	}
	if _, code := parseEx(nil, "--width", "20"); code != exitBadInput {
		t.Errorf("--width 20: exit %d", code)
	}
}

// TestBashCompletion runs the bash completion as bash would: the words so
// far in, the candidates out.
func TestBashCompletion(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("bash is not installed")
	}
	var script bytes.Buffer
	bashCompletion(&script)
	for line, want := range map[string]string{
		"yibao adv":                 "advise",
		"yibao advise --insurance ": "employee flexible resident",
		"yibao advise --as":         "--as-of",
		"yibao records ":            "review rules export import",
		"yibao records export --s":  "--since",
		"yibao completion ":         "bash zsh fish powershell",
		"yibao --la":                "--lang",
		"yibao serve --auth p":      "password",
	} {
		words := strings.Split(line, " ")
		cmd := exec.Command("bash", "-c", script.String()+`
COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); _yibao; echo "${COMPREPLY[*]}"`, "bash")
		cmd.Args = append(cmd.Args, words...)
		out, err := cmd.Output()
		if err != nil || strings.TrimSpace(string(out)) != want {
			t.Errorf("%q: %q, want %q (%v)", line, out, want, err)
		}
	}
}

// TestCompletionScriptsParse: each shell reads its script without a
// syntax error (a shell that is not installed is skipped), and fish
// completes from it.
func TestCompletionScriptsParse(t *testing.T) {
	for shell, check := range map[string][]string{"bash": {"-n"}, "zsh": {"-n"}, "fish": {"-n"}} {
		t.Run(shell, func(t *testing.T) {
			if _, err := exec.LookPath(shell); err != nil {
				t.Skip(shell + " is not installed")
			}
			var script bytes.Buffer
			shells()[shell](&script)
			file := filepath.Join(t.TempDir(), "yibao."+shell)
			if err := os.WriteFile(file, script.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			if out, err := exec.Command(shell, append(check, file)...).CombinedOutput(); err != nil {
				t.Fatalf("%s: %v\n%s", shell, err, out)
			}
			if shell != "fish" {
				return
			}
			out, err := exec.Command("fish", "--no-config", "-c", "source "+file+"; complete -C 'yibao serve --auth '; complete -C 'yibao records '").Output()
			for _, want := range []string{"password\t", "keys\t", "review\t", "import\t"} {
				if err != nil || !strings.Contains(string(out), want) {
					t.Errorf("fish does not offer %q: %v\n%s", want, err, out)
				}
			}
		})
	}
}
