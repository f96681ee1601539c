package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/rogpeppe/go-internal/testscript"
	"golang.org/x/text/encoding/simplifiedchinese"

	"yibao/internal/testkit"
)

var updateScripts = flag.Bool("update-scripts", false, "rewrite the cmp files of testdata/script from what yibao prints")

// TestMain lets the scripts run yibao: the test binary is the command.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"yibao": func() { os.Exit(scriptYibao()) }})
}

// scriptYibao runs yibao as the scripts do: on the test clock (or the day
// in $NOW), leaving its exit code in $WORK/.status for `status`.
func scriptYibao() int {
	now := testkit.Now
	if s := os.Getenv("NOW"); s != "" {
		t, err := time.Parse(time.DateOnly, s)
		if err != nil {
			panic(err)
		}
		now = func() time.Time { return t.Add(10 * time.Hour) }
	}
	code := run(os.Args[1:], systemIO(now))
	if w := os.Getenv("WORK"); w != "" {
		_ = os.WriteFile(filepath.Join(w, ".status"), []byte(strconv.Itoa(code)), 0o600)
	}
	return code
}

// TestScripts runs the command-line transcripts in testdata/script: each
// is what a user types and what yibao answers.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:           "testdata/script",
		UpdateScripts: *updateScripts,
		Setup: func(e *testscript.Env) error {
			data, err := filepath.Abs("data/book")
			e.Setenv("LANG", "zh_CN.UTF-8")
			e.Setenv("DATA", data) // the book's files
			// The user's own records store (records.DefaultPath) in the work folder.
			e.Setenv("XDG_DATA_HOME", filepath.Join(e.WorkDir, ".local", "share"))
			// What people type that a terminal would act on.
			e.Setenv("TITLE", "\x1b]0;PWN\a")
			e.Setenv("NEWLINE", "0\n0")
			e.Setenv("RED", "\x1b[31mX")
			return err
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"status":  cmdStatus,
			"refused": cmdRefused,
			"json":    cmdJSON,
			"fits":    cmdFits,
			"gb18030": cmdGB18030,
		},
	})
}

// status N: yibao's last exit code was N.
func cmdStatus(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: status N")
	}
	got := strings.TrimSpace(ts.ReadFile(filepath.Join(ts.Getenv("WORK"), ".status")))
	if (got == args[0]) == neg {
		ts.Fatalf("exit code %s, want %s%s", got, map[bool]string{true: "not "}[neg], args[0])
	}
}

// refused PATTERN: yibao refused the input: exit 2, nothing on stdout,
// one line on stderr, Chinese then " / " then English, no control
// character, matching PATTERN.
func cmdRefused(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: refused PATTERN")
	}
	cmdStatus(ts, false, []string{"2"})
	out, errs := ts.ReadFile("stdout"), ts.ReadFile("stderr")
	switch {
	case out != "":
		ts.Fatalf("stdout should be empty, got %q", out)
	case strings.Count(errs, "\n") != 1 || !strings.HasSuffix(errs, "\n"):
		ts.Fatalf("want one line on stderr, got %q", errs)
	case strings.Count(errs, " / ") != 1:
		ts.Fatalf("want Chinese once, then English once, got %q", errs)
	case strings.ContainsAny(errs[:len(errs)-1], "\x1b\a\r\n"):
		ts.Fatalf("the message carries a control character: %q", errs)
	}
	ts.Check(match(errs, args[0]))
}

// json PATH [VALUE]: stdout is JSON, and the value at PATH (keys and
// array indexes by dots; len is a length) is VALUE, strings written bare;
// with no VALUE, PATH is present. With !, it is not VALUE.
func cmdJSON(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) < 1 || len(args) > 2 {
		ts.Fatalf("usage: json PATH [VALUE]")
	}
	var cur any
	if err := json.Unmarshal([]byte(ts.ReadFile("stdout")), &cur); err != nil {
		ts.Fatalf("stdout is not JSON: %v", err)
	}
	found := true
	for _, k := range strings.Split(args[0], ".") {
		switch v := cur.(type) {
		case map[string]any:
			cur, found = v[k]
		case []any:
			if k == "len" {
				cur = float64(len(v))
				continue
			}
			i, err := strconv.Atoi(k)
			found = err == nil && i >= 0 && i < len(v)
			if found {
				cur = v[i]
			}
		default:
			found = false
		}
		if !found {
			break
		}
	}
	if len(args) == 1 {
		if found == neg {
			ts.Fatalf("%s present: %v", args[0], found)
		}
		return
	}
	got := "null"
	if s, ok := cur.(string); ok && found {
		got = s
	} else if found {
		b, _ := json.Marshal(cur)
		got = string(b)
	}
	if (got == args[1]) == neg {
		ts.Fatalf("%s is %s, want %s%s", args[0], got, map[bool]string{true: "not "}[neg], args[1])
	}
}

// fits N: no line of stdout is wider than N columns, Chinese counted two.
func cmdFits(ts *testscript.TestScript, neg bool, args []string) {
	n, err := strconv.Atoi(strings.Join(args, ""))
	if neg || err != nil {
		ts.Fatalf("usage: fits N")
	}
	for _, l := range strings.Split(ts.ReadFile("stdout"), "\n") {
		if w := ansi.StringWidth(l); w > n {
			ts.Fatalf("a line %d columns wide, over %d: %q", w, n, l)
		}
	}
}

// gb18030 FILE: stdout, read as GB18030, is FILE.
func cmdGB18030(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: gb18030 FILE")
	}
	back, err := simplifiedchinese.GB18030.NewDecoder().String(ts.ReadFile("stdout"))
	ts.Check(err)
	if back != ts.ReadFile(args[0]) {
		ts.Fatalf("stdout does not decode to %s", args[0])
	}
}

// match reports whether text matches a script's pattern, as stdout and
// stderr do.
func match(text, pattern string) error {
	re, err := regexp.Compile("(?m)" + pattern)
	if err != nil {
		return err
	}
	if !re.MatchString(text) {
		return fmt.Errorf("no match for %q in %q", pattern, text)
	}
	return nil
}
