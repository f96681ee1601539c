package data

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzWithFile feeds arbitrary bytes to the book loader: it must never
// panic, and any failure must be a *LoadError whose problems name the file.
func FuzzWithFile(f *testing.F) {
	f.Add([]byte(localRule))
	f.Add([]byte("[[rule]]\nid = \"x\"\n"))
	f.Add([]byte("[[rule]]\n[[rule.band]]\nmin_age = 70\nmax_age = 1\n"))
	f.Add([]byte("[[note]]\nid = \"n\"\ntext = { zh = \"中\" }\n"))
	f.Add([]byte("[[source]]\nid = \"s\"\n[[rule]]\nsource_ref = \"s\"\n"))
	f.Add([]byte("[[channel]]\nid = \"c\"\nsteps = [{ zh = \"一\", en = \"one\" }]\n"))
	f.Add([]byte("x = 1979-05-27T07:32:00Z\n[a]\nb = [1, 2]\n"))
	f.Add([]byte("provinces = '''\n110000 | x\n'''\nplaces = \"\"\"\n1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | z\n\"\"\"\n"))
	b := openBook(f)
	f.Fuzz(func(t *testing.T, content []byte) {
		book, err := b.WithFile("fuzz.toml", content)
		if err == nil {
			if book == nil || len(book.Places()) != 369 {
				t.Fatal("a successful load must give the whole book")
			}
			return
		}
		var le *LoadError
		if !errors.As(err, &le) || len(le.Problems) == 0 {
			t.Fatalf("error %v is not a *LoadError with problems", err)
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

// FuzzParseAge: any input gives an age in 0..120 or one bilingual line.
func FuzzParseAge(f *testing.F) {
	for _, s := range []string{"72", "７２", "1954", "", "abc", "121", "72岁", "-1", "99999999999999999999", "\x00", "１９５４"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		age, by, err := ParseAge(s, today)
		if err != nil {
			checkInputError(t, err)
			return
		}
		if age < 0 || age > MaxAge || (by != 0 && today.Year-by != age) {
			t.Fatalf("ParseAge(%q) = %d, %d", s, age, by)
		}
	})
}

// FuzzParseBase: a positive amount or one bilingual line.
func FuzzParseBase(f *testing.F) {
	for _, s := range []string{"5000", "５０００", "5,000.50", "0", "", "1e9", "5000元", ".5", "5."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseBase(s)
		if err != nil {
			checkInputError(t, err)
			return
		}
		if m <= 0 || m > Yuan(maxBaseYuan) {
			t.Fatalf("ParseBase(%q) = %d", s, m)
		}
	})
}

// FuzzParseChoices covers the insurance, status and language parsers.
func FuzzParseChoices(f *testing.F) {
	for _, s := range []string{"employee", "职工", "1", "retired", "到龄未办理退休", "zh", "EN", "", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if _, err := ParseInsurance(s); err != nil {
			checkInputError(t, err)
		}
		if _, err := ParseStatus(s); err != nil {
			checkInputError(t, err)
		}
		if _, err := ParseLang(s); err != nil {
			checkInputError(t, err)
		}
	})
}

// FuzzLookup: place queries never panic; results are ranked and errors
// are plain PlaceErrors.
func FuzzLookup(f *testing.F) {
	for _, s := range []string{"bj", "北京", "changsha", "430100", "0731", "xi'an", "ｃｓ", "", "州", "\x00\xff", "lü"} {
		f.Add(s)
	}
	b := openBook(f)
	f.Fuzz(func(t *testing.T, s string) {
		ms := b.Search(s, 0)
		for i := 1; i < len(ms); i++ {
			if ms[i].Tier < ms[i-1].Tier {
				t.Fatalf("Search(%q) not ranked by tier", s)
			}
		}
		for _, m := range ms {
			for _, h := range m.Hits {
				if h < 0 || h >= utf8.RuneCountInString(m.Place.Short) {
					t.Fatalf("Search(%q): hit %d outside %s", s, h, m.Place.Short)
				}
			}
		}
		_, err := b.Lookup(s)
		var pe *PlaceError
		if err != nil && !errors.As(err, &pe) {
			t.Fatalf("Lookup(%q) error %T", s, err)
		}
	})
}

func checkInputError(t *testing.T, err error) {
	t.Helper()
	var ie *InputError
	if !errors.As(err, &ie) || ie.Msg.Zh == "" || ie.Msg.En == "" || strings.ContainsAny(err.Error(), "\n\r") {
		t.Fatalf("error %q is not one bilingual line", err)
	}
}
