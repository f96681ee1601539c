package tomlpos

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// dotted is a key of n parts: a.a.a...
func dotted(n int) string { return strings.TrimSuffix(strings.Repeat("a.", n), ".") }

// Hostile shapes a megabyte can take, each of which cost the decoder
// gigabytes or minutes before the pre-scan.
var hostile = map[string]string{
	"key":         dotted(30000) + " = 1\n",
	"header":      "[" + dotted(30000) + "]\n",
	"array":       "[[" + dotted(30000) + "]]\n",
	"inline":      "x = { " + dotted(30000) + " = 1 }\n",
	"quoted":      "x = 1\n" + strings.Repeat(`"a".`, 20000) + "b = 1\n",
	"spaced":      "[ " + strings.Repeat("a . ", 20000) + "b ]\n",
	"long":        strings.Repeat("k", 200) + " = 1\n",
	"many-dotted": manyDotted(60000),
}

func manyDotted(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString("k")
		b.WriteString(strings.Repeat("x", i%7))
		b.WriteString(".b.c.d.e.f.g = 1\n")
	}
	return b.String()
}

// TestPrescanRefuses: every hostile shape is refused, at its line, in
// both languages; every real book file passes.
func TestPrescanRefuses(t *testing.T) {
	for name, text := range hostile {
		line, msg, ok := Prescan([]byte("# a comment\n\n"+text), 8)
		if ok {
			t.Errorf("%s: not refused", name)
			continue
		}
		if line < 3 || msg.Zh == "" || msg.En == "" {
			t.Errorf("%s: line %d, message %q", name, line, msg.Line())
		}
	}
	if line, _, _ := Prescan([]byte("a = 1\n\n\n"+dotted(20)+" = 2\n"), 8); line != 4 {
		t.Errorf("the key on line 4 refused at line %d", line)
	}
	files, _ := filepath.Glob("../../book/*.toml")
	if len(files) == 0 {
		t.Fatal("no book files")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if line, msg, ok := Prescan(b, 8); !ok {
			t.Errorf("%s:%d refused: %s", f, line, msg.Line())
		}
	}
}

// TestPrescanKeepsWhatIsFine: quotes, strings, comments and values with
// dots are not keys; short dotted keys and headers pass.
func TestPrescanKeepsWhatIsFine(t *testing.T) {
	for _, text := range []string{
		"[[rule.band]]\namount = 1.5\n",
		"a.b.c = 1\n[x . y . \"z.w\"]\n",
		"s = \"" + dotted(1000) + "\"\n",
		"s = '''\n" + dotted(1000) + " = 1\n'''\n",
		"# " + dotted(1000) + "\n",
		"v = [\n  1.5,\n  2.5,\n]\n",
		"t = { a.b = 1, c = { d.e = 2 } }\n",
		"\"" + strings.Repeat("x.", 40) + "\" = 1\n",
	} {
		if line, msg, ok := Prescan([]byte(text), 8); !ok {
			t.Errorf("%q refused at %d: %s", text, line, msg.Line())
		}
	}
}

// FuzzPrescan: whatever the bytes, the pre-scan ends and never panics;
// a file it passes decodes (or fails) without its keys costing more than
// the limits, and the line index of it is built.
func FuzzPrescan(f *testing.F) {
	for _, text := range hostile {
		f.Add([]byte(text[:min(len(text), 4096)]))
	}
	f.Add([]byte("a.b.c = 1\n[x.y]\nz.w = { q.r = 1 }\n"))
	f.Add([]byte("[[a.b]]\n[[a.b.c]]\n[a]\nb.c = 'x'\n"))
	f.Add([]byte("\"a\".'b'.c = \"\"\"\nx.y\n\"\"\"\n"))
	f.Fuzz(func(t *testing.T, content []byte) {
		if _, _, ok := Prescan(content, 8); !ok {
			return
		}
		var v map[string]any
		_, _ = toml.Decode(string(content), &v)
		Index(content).Line("a.b")
	})
}
