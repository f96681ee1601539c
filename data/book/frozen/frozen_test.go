package frozen

import (
	"reflect"
	"testing"

	"yibao/data/book"
)

// fill gives every field of v a value that is not its zero, so that a
// field the codec forgets shows up as a difference.
func fill(v reflect.Value, depth int) {
	switch v.Kind() {
	case reflect.String:
		v.SetString("x" + v.Type().Name())
	case reflect.Int, reflect.Int64:
		v.SetInt(7)
	case reflect.Float64:
		v.SetFloat(1.25)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		fill(p.Elem(), depth+1)
		v.Set(p)
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 1, 1)
		fill(s.Index(0), depth+1)
		v.Set(s)
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
		fill(k, depth+1)
		fill(e, depth+1)
		m.SetMapIndex(k, e)
		v.Set(m)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), depth+1)
			}
		}
	}
}

// TestCodecCoversEveryField: a book whose every field is set comes back
// whole, so a field added to a book type and not to the codec fails here.
func TestCodecCoversEveryField(t *testing.T) {
	var c book.Contents
	fill(reflect.ValueOf(&c).Elem(), 0)
	c.Replaced = nil // not part of the embedded book
	b := book.New(c)
	got, ok := Decode(Encode("sum", b), "sum")
	if !ok {
		t.Fatal("the form does not decode")
	}
	if !reflect.DeepEqual(got.Contents(), b.Contents()) {
		t.Fatalf("round trip lost something:\n got %+v\nwant %+v", got.Contents(), b.Contents())
	}
	if _, ok := Decode(Encode("sum", b), "other"); ok {
		t.Fatal("a form for other files was taken")
	}
}

// FuzzDecode: a broken form is refused, never a panic.
func FuzzDecode(f *testing.F) {
	f.Add(book.Frozen[:min(len(book.Frozen), 200)])
	f.Add([]byte(frozenMagic + "\x05abc"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if b, ok := Decode(data, "sum"); ok {
			b.Counties() // read later, and as safely
		}
	})
}
