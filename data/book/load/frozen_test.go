package load

import (
	"bytes"
	"reflect"
	"slices"
	"testing"

	"yibao/data/book"
	"yibao/data/book/frozen"
)

// TestFrozen: the frozen form in the binary was made from exactly the
// embedded TOML and gives back what parsing and checking it gives. Run go
// generate ./data/book after editing a book file. A start does not check
// this (it would cost a fifth of an answer's time): this test and CI do.
func TestFrozen(t *testing.T) {
	files, err := embeddedFiles()
	if err != nil {
		t.Fatal(err)
	}
	thawed, ok := frozen.Decode(book.Frozen, frozen.Sum(files))
	if !ok {
		t.Fatal("book.frozen was not made from the embedded TOML: run go generate ./data/book")
	}
	parsed, err := parseEmbedded(files)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(thawed.Contents(), parsed.Contents()) {
		t.Fatal("book.frozen does not give back what parsing gives: run go generate ./data/book")
	}
	var buf bytes.Buffer
	if err := Freeze(&buf); err != nil || !bytes.Equal(buf.Bytes(), book.Frozen) {
		t.Fatalf("Freeze does not reproduce book.frozen (%v): run go generate ./data/book", err)
	}
}

// TestFrozenStale: a form is not taken for an edited book file, nor a
// cut one.
func TestFrozenStale(t *testing.T) {
	files, err := embeddedFiles()
	if err != nil {
		t.Fatal(err)
	}
	edited := append([]frozen.File(nil), files...)
	edited[0].Content = append(append([]byte(nil), edited[0].Content...), "\n# edited\n"...)
	if _, ok := frozen.Decode(book.Frozen, frozen.Sum(edited)); ok {
		t.Fatal("an edited book was thawed from a form made before the edit")
	}
	if _, ok := frozen.Decode(book.Frozen[:len(book.Frozen)/2], frozen.Sum(files)); ok {
		t.Fatal("a cut form was taken")
	}
	if _, _, ok := frozen.Read(book.Frozen[:len(book.Frozen)/2]); ok {
		t.Fatal("a cut form was read")
	}
}

// TestFrozenRulesFor: the rules the frozen form decodes for one place are
// those of the whole book that may apply there, in book order, for every
// place and unit.
func TestFrozenRulesFor(t *testing.T) {
	thawed, _, ok := frozen.Read(book.Frozen)
	if !ok {
		t.Fatal("book.frozen cannot be read")
	}
	parsed, err := ParseEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range parsed.All() {
		got, want := thawed.RulesFor(p), parsed.RulesFor(p)
		if len(want) == 0 || !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: %d rules decoded, %d in the book", p.Code, len(got), len(want))
		}
		for _, r := range parsed.Rules() {
			if r.AppliesTo(p) && !slices.ContainsFunc(got, func(g book.Rule) bool { return g.ID == r.ID }) {
				t.Fatalf("%s: rule %s applies but was not decoded", p.Code, r.ID)
			}
		}
	}
}
