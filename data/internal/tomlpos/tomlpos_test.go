package tomlpos

import (
	"strings"
	"testing"
)

// TestIndex: one finder gives the line of every kind of key path.
func TestIndex(t *testing.T) {
	text := `# a comment
places = '''
x = not a key
'''
[[rule]]
id = "a"
credited = { zh = "每月", en = "monthly" }
[[rule.band]]
min_age = 0
[[rule.band]]
min_age = 70
[rule.source]
title = { zh = "t", "en" = "t" }
[[rule]]
id = "b"
[[rule.band]]
amount = 1
`
	ix := Index([]byte(text))
	for path, want := range map[string]int{
		"places": 2, "x": 0, "rule[1](a)": 5, "rule[1].credited.en": 7, "rule[1].band[2].min_age": 11,
		"rule[1].source.title.en": 13, "rule[2](b).band[1].amount": 17, "rule.band.amount": 17,
		"rule[2].band[3].min_age": 14, "rule[2].nothing": 14,
	} {
		if got := ix.Line(path); got != want {
			t.Errorf("Line(%q) = %d, want %d", path, got, want)
		}
	}
}

func TestTooDeep(t *testing.T) {
	if _, ok := TooDeep([]byte("a = { b = { c = [1, [2, \"[[[[[[[[[[\"]] } }\n"), 8); !ok {
		t.Error("brackets inside strings count as nesting")
	}
	deep := "a = " + strings.Repeat("[", 9) + strings.Repeat("]", 9) + "\n"
	if line, ok := TooDeep([]byte("# x\n"+deep), 8); ok || line != 2 {
		t.Errorf("nine levels: ok %v line %d", ok, line)
	}
	if _, ok := TooDeep([]byte("s = '''\n"+strings.Repeat("[", 20)+"\n'''\n"), 8); !ok {
		t.Error("brackets inside a multi-line string count as nesting")
	}
}
