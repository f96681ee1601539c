package load

import (
	"strings"
	"testing"

	"yibao/data/book"
)

// loadEdited parses the embedded book with places.toml edited.
func loadEdited(t *testing.T, edit func(string) string) []Problem {
	t.Helper()
	files, err := embeddedFiles()
	if err != nil {
		t.Fatal(err)
	}
	for i, f := range files {
		if strings.HasSuffix(f.Name, "/places.toml") {
			files[i].Content = []byte(edit(string(f.Content)))
		}
	}
	var ps Problems
	build(parseAll(files, &ps), &ps)
	return ps.list
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
	t.Errorf("no problem at %s mentioning %q; got:\n%v", path, words, (&LoadError{Problems: ps}).Error())
}

func placesText(t *testing.T) string {
	b, err := book.TOML.ReadFile("places.toml")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestPlaceRows(t *testing.T) {
	text := placesText(t)
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
	tianjin := lineOf(t, placesText(t), "120000 |") - 1
	ps := loadEdited(t, func(c string) string {
		c = strings.Replace(c, "provinces = '''\n110000", "provinces = '''110000", 1)
		return strings.Replace(c, "120000 | 天津市 | 天津 | tian jin | tj", "120000 | 天津市 | 天津 | tian jin | xx", 1)
	})
	wantRowProblem(t, ps, "province[2](120000).initials", "do not match", tianjin)
}
