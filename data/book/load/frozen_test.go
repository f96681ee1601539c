package load

import (
	"bytes"
	"reflect"
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
