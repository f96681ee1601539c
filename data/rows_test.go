package data

import (
	"strings"
	"testing"
	"testing/fstest"
)

// loadEdited loads the embedded book with places.toml edited, by parsing
// (an edited book never matches the snapshot).
func loadEdited(t *testing.T, edit func(string) string) []Problem {
	t.Helper()
	fsys := fstest.MapFS{}
	files, err := readBook(embedded)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		c := string(f.content)
		if strings.HasSuffix(f.name, "/places.toml") {
			c = edit(c)
		}
		fsys[strings.TrimPrefix(f.name, "data/")] = &fstest.MapFile{Data: []byte(c)}
	}
	edited, err := readBook(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := fromSnapshot(edited); ok {
		t.Fatal("the snapshot was made from an edited book")
	}
	var ps []Problem
	assemble(parseAll(edited, &ps), &ps)
	return ps
}

func lineOf(t *testing.T, text, prefix string) int {
	t.Helper()
	for i, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(l, prefix) {
			return i + 1
		}
	}
	t.Fatalf("no line starts with %q", prefix)
	return 0
}

func wantRowProblem(t *testing.T, ps []Problem, path, words string, line int) {
	t.Helper()
	for _, p := range ps {
		if p.File == "data/book/places.toml" && p.Path == path && strings.Contains(p.Msg.En, words) {
			if p.Line != line {
				t.Errorf("%q at line %d, want %d", p.Error(), p.Line, line)
			}
			return
		}
	}
	t.Errorf("no problem at %s mentioning %q; got:\n%v", path, words, (&LoadError{ps}).Error())
}

func TestPlaceRows(t *testing.T) {
	places, _ := embedded.ReadFile("book/places.toml")
	text := string(places)
	changsha := lineOf(t, text, "430100 |")
	ps := loadEdited(t, func(c string) string {
		return strings.Replace(c, "| chang sha | cs |", "| chang sha | xx |", 1)
	})
	wantRowProblem(t, ps, "place[185](430100).initials", "do not match the pinyin", changsha)

	ps = loadEdited(t, func(c string) string { return strings.Replace(c, "| 0731 |", "| 0731", 1) })
	wantRowProblem(t, ps, "place[185](430100)", "needs 10 or 11 columns", changsha)

	ps = loadEdited(t, func(c string) string {
		return strings.Replace(c, "430100 | 长沙市 | 长沙 | 430000 | prefecture", "430100 | 长沙市 | 长沙 | 430000 | town", 1)
	})
	wantRowProblem(t, ps, "place[185](430100).kind", "kind must be", changsha)

	beijing := lineOf(t, text, "110000 |")
	ps = loadEdited(t, func(c string) string {
		return strings.Replace(c, "110000 | 北京市 | 北京 | bei jing", "110000 | 北京市 | 北京 | Bei Jing", 1)
	})
	wantRowProblem(t, ps, "province[1](110000).pinyin", "lower-case syllables", beijing)
}

// TestRowLinesOnKeyLine: rows that start on the key's line are counted
// from there.
func TestRowLinesOnKeyLine(t *testing.T) {
	places, _ := embedded.ReadFile("book/places.toml")
	tianjin := lineOf(t, string(places), "120000 |") - 1
	ps := loadEdited(t, func(c string) string {
		c = strings.Replace(c, "provinces = '''\n110000", "provinces = '''110000", 1)
		return strings.Replace(c, "120000 | 天津市 | 天津 | tian jin | tj", "120000 | 天津市 | 天津 | tian jin | xx", 1)
	})
	wantRowProblem(t, ps, "province[2](120000).initials", "do not match", tianjin)
}

func TestPlaceRowsAliases(t *testing.T) {
	b := openBook(t)
	p, ok := b.Place("141100")
	if !ok || strings.Join(p.Aliases, ",") != "lu liang,lü liang" {
		t.Fatalf("吕梁 aliases %q", p.Aliases)
	}
	bj, _ := b.Place("110100")
	if bj.Prominence != 3 || bj.AreaCode != "010" || bj.Aliases != nil {
		t.Fatalf("北京 %+v", bj)
	}
}
