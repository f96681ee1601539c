package main

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"yibao/data/lang"
	"yibao/data/records"
	"yibao/internal/testkit"
	"yibao/model"
)

var updateREADME = flag.Bool("update-readme", false, "rewrite README.md's generated blocks from what yibao prints")

func readREADME(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// readmeBlocks are the README's samples of what yibao prints, by the
// comment that opens each (<!-- NAME --> up to <!-- end -->).
func readmeBlocks(t *testing.T) map[string]string {
	blocks := map[string]string{"yibao help": generalHelp()}
	if advisorRecordsIntoStore() {
		blocks["the advisor"] = beijingScreen(t)
	}
	return blocks
}

// advisorRecordsIntoStore reports whether the advisor records into the
// store of model.Options.Records, which puts "r 记录到账" on its result
// screen: not while model.Options still takes the earlier Recorder.
func advisorRecordsIntoStore() bool {
	_, earlier := reflect.TypeFor[model.Options]().FieldByName("Record")
	return !earlier
}

// beijingScreen is the advisor's result as the README shows it: 1, 2, bj,
// Enter, Enter, 72, Enter at 80x24 with NO_COLOR.
func beijingScreen(t *testing.T) string {
	b := testkit.Book(t)
	store, err := records.Open(context.Background(), filepath.Join(t.TempDir(), "records.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	m := model.New(localAdvisor(b, testkit.Places(t), lang.ZH, testkit.Now, store, ""))
	for _, msg := range []tea.Msg{
		tea.WindowSizeMsg{Width: 80, Height: 24}, tea.EnvMsg{"NO_COLOR=1"},
		key('1'), key('2'), key('b'), key('j'), tea.KeyPressMsg{Code: tea.KeyEnter},
		tea.KeyPressMsg{Code: tea.KeyEnter}, key('7'), key('2'), tea.KeyPressMsg{Code: tea.KeyEnter},
	} {
		next, _ := m.Update(msg)
		m = next.(model.Model)
	}
	return ansi.Strip(m.View().Content)
}

func key(r rune) tea.KeyPressMsg { return tea.KeyPressMsg{Code: r, Text: string(r)} }

// TestREADMEBlocks: the README's sample screen and help are what yibao
// prints, so they cannot drift. After a change that is meant, rewrite
// them: go test . -run TestREADMEBlocks -update-readme
func TestREADMEBlocks(t *testing.T) {
	readme := readREADME(t)
	out := readme
	for name, want := range readmeBlocks(t) {
		open := "<!-- " + name + " -->\n"
		start := strings.Index(out, open)
		end := strings.Index(out[start+1:], "<!-- end -->")
		if start < 0 || end < 0 {
			t.Errorf("README.md has no %q block", open)
			continue
		}
		end += start + 1
		block := out[start+len(open) : end]
		if got, want := normal(block, "    "), normal(want, ""); got != want {
			if !*updateREADME {
				t.Errorf("README.md's %q differs from what yibao prints (go test . -run TestREADMEBlocks -update-readme):\n--- README\n%s\n--- yibao\n%s", name, got, want)
			}
			out = out[:start+len(open)] + indented(want) + out[end:]
		}
	}
	if *updateREADME && out != readme {
		if err := os.WriteFile("README.md", []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// normal is a block without its indent, trailing spaces and blank edges.
func normal(s, indent string) string {
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		lines = append(lines, strings.TrimRight(strings.TrimPrefix(l, indent), " "))
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}

// indented is a Markdown code block of text, between blank lines.
func indented(s string) string {
	var b strings.Builder
	b.WriteString("\n")
	for _, l := range strings.Split(normal(s, ""), "\n") {
		if l == "" {
			b.WriteString("\n")
			continue
		}
		b.WriteString("    " + l + "\n")
	}
	return b.String() + "\n"
}
