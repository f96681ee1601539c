package load_test

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"yibao/data/book"
	"yibao/data/book/load"
	"yibao/internal/testkit"
)

// hostileRunes are what a file may carry to a terminal: ESC (with an OSC
// title and a screen clear), BEL, a C1 CSI, and bidirectional overrides.
var hostileRunes = []string{"\x1b", "\a", "\u009b", "\u202e", "\u2066", "\u200f"}

// tomlHostile is all of them as TOML escapes inside a string.
const tomlHostile = `x\u001b]0;pwn\u0007\u001b[2J\u009b31m\u202egnp.exe\u2066\u200f`

// rawControl finds a raw control in printed text.
func rawControl(s string) (string, bool) {
	for _, r := range hostileRunes {
		if strings.Contains(s, r) {
			return r, true
		}
	}
	return "", false
}

// refusedEscaped checks that a file is refused with no control printed raw.
func refusedEscaped(t *testing.T, b *book.Book, name, content string) {
	t.Helper()
	_, err := load.WithFile(b, "local.toml", []byte(content))
	if err == nil {
		t.Errorf("%s: a hostile value was taken", name)
		return
	}
	if r, bad := rawControl(err.Error()); bad {
		t.Errorf("%s: %U printed raw: %q", name, []rune(r)[0], err.Error())
	}
}

// TestNothingRawReachesATerminal: whatever field of a local file holds
// control characters (ids, codes, names, texts, sources, unknown keys, the
// file's own name), every problem printed about it has them escaped; and
// a text holding one is refused.
func TestNothingRawReachesATerminal(t *testing.T) {
	fields := map[string]string{
		"id":        `id = "beijing-retired-local"`,
		"scope":     `scope = "city"`,
		"code":      `code = "110100"`,
		"insurance": `insurance = ["employee"]`,
		"status":    `status = ["retired"]`,
		"scheme":    `scheme = "fixed_monthly"`,
		"credited":  `credited = { zh = "每月", en = "monthly" }`,
		"title":     `title = { zh = "本地窗口答复", en = "Reply at the local counter" }`,
		"publisher": `publisher = { zh = "社区服务台", en = "Community desk" }`,
		"date":      `date = "2026-11-01"`,
		"conf":      `confidence = "official"`,
	}
	key := regexp.MustCompile(`^(\w+) = `)
	b := testkit.Book(t)
	for name, line := range fields {
		k := key.FindStringSubmatch(line)[1]
		var with string
		switch {
		case strings.Contains(line, "{"):
			with = k + ` = { zh = "` + tomlHostile + `", en = "` + tomlHostile + `" }`
		case strings.Contains(line, "["):
			with = k + ` = ["` + tomlHostile + `"]`
		default:
			with = k + ` = "` + tomlHostile + `"`
		}
		content := strings.Replace(localRule, line, with, 1)
		if content == localRule {
			t.Fatalf("%s: no line %q", name, line)
		}
		refusedEscaped(t, b, name, content)
	}
	// An unknown key, a note and a channel id, a source reference.
	for name, content := range map[string]string{
		"unknown key": localRule + "\"" + tomlHostile + "\" = 1\n",
		"note":        "[[note]]\nid = \"" + tomlHostile + "\"\ntext = { zh = \"a\", en = \"b\" }\n",
		"channel":     "[[channel]]\nid = \"" + tomlHostile + "\"\nreplaces = \"" + tomlHostile + "\"\n",
		"source_ref":  strings.Replace(localRule, "[rule.source]", "source_ref = \""+tomlHostile+"\"\n[rule.source]", 1),
		"syntax":      "a = \"" + tomlHostile + "\" \"" + tomlHostile + "\"\n",
	} {
		refusedEscaped(t, b, name, content)
	}
	// The file's own name, from a folder listing.
	dir := t.TempDir()
	file := filepath.Join(dir, "a\x1b]0;pwn\a\u202e.toml")
	if err := os.WriteFile(file, []byte("x = 1\n"), 0o600); err != nil {
		t.Skip("this file system takes no such name")
	}
	_, err := load.Open(dir)
	var le *load.LoadError
	if !errors.As(err, &le) {
		t.Fatalf("err = %v", err)
	}
	if r, bad := rawControl(err.Error()); bad {
		t.Errorf("file name: %U printed raw: %q", []rune(r)[0], err.Error())
	}
}
