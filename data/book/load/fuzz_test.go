package load_test

import (
	"errors"
	"strings"
	"testing"
	"yibao/data/book/load"
	"yibao/internal/testkit"
)

// FuzzWithFile feeds arbitrary bytes to the book loader: it must never
// panic, and any failure must be a *load.LoadError whose problems name the file.
func FuzzWithFile(f *testing.F) {
	f.Add([]byte(localRule))
	f.Add([]byte("a = " + strings.Repeat("{b = ", 30) + "1" + strings.Repeat("}", 30)))
	f.Add([]byte("[[rule]]\nid = \"x\"\n[[rule.band]]\namount = \"75元\"\n"))
	f.Add([]byte("[[rule]]\nid = \"x\"\n"))
	f.Add([]byte("[[rule]]\n[[rule.band]]\nmin_age = 70\nmax_age = 1\n"))
	f.Add([]byte("[[note]]\nid = \"n\"\ntext = { zh = \"中\" }\n"))
	f.Add([]byte("[[source]]\nid = \"s\"\n[[rule]]\nsource_ref = \"s\"\n"))
	f.Add([]byte("[[channel]]\nid = \"c\"\nsteps = [{ zh = \"一\", en = \"one\" }]\n"))
	f.Add([]byte("x = 1979-05-27T07:32:00Z\n[a]\nb = [1, 2]\n"))
	f.Add([]byte("provinces = '''\n110000 | x\n'''\nplaces = \"\"\"\n1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | z\n\"\"\"\n"))
	dotted := strings.TrimSuffix(strings.Repeat("a.", 3000), ".")
	f.Add([]byte(dotted + " = 1\n"))
	f.Add([]byte("[" + dotted + "]\n[[" + dotted + "]]\nx = { " + dotted + " = 1 }\n"))
	f.Add([]byte("[[rule]]\nsource.title.zh = \"x\"\n\"a.b\".c = 1\n[rule . band]\n"))
	b := testkit.Book(f)
	f.Fuzz(func(t *testing.T, content []byte) {
		nb, err := load.WithFile(b, "fuzz.toml", content)
		if err == nil {
			if nb == nil || len(nb.Places()) != 369 {
				t.Fatal("a successful load must give the whole book")
			}
			return
		}
		var le *load.LoadError
		if !errors.As(err, &le) || len(le.Problems) == 0 {
			t.Fatalf("error %v is not a *load.LoadError with problems", err)
		}
		for _, p := range le.Problems {
			if !strings.HasPrefix(p.Error(), "fuzz.toml") && !strings.HasPrefix(p.Error(), "data/book") {
				t.Fatalf("problem %q does not name the file", p.Error())
			}
			if p.Msg.Zh == "" || p.Msg.En == "" {
				t.Fatalf("problem %q lacks a language", p.Error())
			}
		}
	})
}
