package book_test

import (
	"reflect"
	"testing"
	"yibao/internal/testkit"

	"github.com/mattn/go-runewidth"
)

// TestNoAmbiguousWidth: every string the book shows is free of characters
// of East Asian ambiguous width (“ ” → × · … ü), which Chinese terminals
// draw two cells wide while layout code counts one.
func TestNoAmbiguousWidth(t *testing.T) {
	b := testkit.Book(t)
	var check func(path string, v reflect.Value)
	check = func(path string, v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			for _, r := range v.String() {
				if r > 0x7F && runewidth.IsAmbiguousWidth(r) {
					t.Errorf("%s: %q holds %q (U+%04X), ambiguous width", path, v.String(), r, r)
					return
				}
			}
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				f := v.Type().Field(i)
				if f.IsExported() && f.Name != "Aliases" {
					check(path+"."+f.Name, v.Field(i))
				}
			}
		case reflect.Slice, reflect.Array:
			for i := 0; i < v.Len(); i++ {
				check(path, v.Index(i))
			}
		case reflect.Pointer:
			if !v.IsNil() {
				check(path, v.Elem())
			}
		}
	}
	check("provinces", reflect.ValueOf(b.Provinces()))
	check("places", reflect.ValueOf(b.Places()))
	check("rules", reflect.ValueOf(b.Rules()))
	check("notes", reflect.ValueOf(b.Notes()))
	check("channels", reflect.ValueOf(b.Channels()))
	check("guides", reflect.ValueOf(b.Guides()))
}
