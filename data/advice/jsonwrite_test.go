package advice

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"yibao/data/book"
	"yibao/data/lang"
)

// encodingJSON is what encoding/json writes for v, as `advise --json` did.
func encodingJSON(t *testing.T, v any) []byte {
	t.Helper()
	var buf bytes.Buffer
	e := json.NewEncoder(&buf)
	e.SetEscapeHTML(false)
	e.SetIndent("", "  ")
	if err := e.Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestIndentedIsEncodingJSON: the JSON written without reflection is byte
// for byte encoding/json's, for every place and unit, every insurance and
// status, with and without an age and a base, in both languages.
func TestIndentedIsEncodingJSON(t *testing.T) {
	b := openBook(t)
	base := book.Money(500000)
	profiles := []Profile{
		{Insurance: book.Employee, Status: book.Retired, Age: 72, AgeKnown: true},
		{Insurance: book.Employee, Status: book.NotRetired, Age: 45, AgeKnown: true, Base: &base},
		{Insurance: book.Employee, Status: book.NotRetired, Age: 45, AgeKnown: true},
		{Insurance: book.Flexible, Status: book.Retired, Age: 66, AgeKnown: true, BirthYear: 1960},
		{Insurance: book.Resident},
	}
	n := 0
	for i, p := range b.All() {
		for j, pr := range profiles {
			if (i+j)%2 == 1 && p.Kind != book.Unit {
				continue // every place with half the profiles; the units with all
			}
			a := Resolve(b, p, pr, today)
			if i%3 == 0 {
				a.Credit.Seen = &Seen{Count: 3, Agreeing: 2, Latest: "2026-10", Amounts: []AmountCount{{Amount: 10750, Count: 2}, {Amount: 9000, Count: 1}}}
			}
			for _, l := range []lang.Lang{lang.ZH, lang.EN} {
				j := a.JSON(l)
				if got, want := j.Indented(), encodingJSON(t, j); !bytes.Equal(got, want) {
					t.Fatalf("%s %+v %s:\n%s\nencoding/json:\n%s", p.Code, pr, l, got, want)
				}
				n++
			}
		}
	}
	t.Logf("%d answers compared", n)
}

// TestIndentedCoversEveryField: with every field set, to text that needs
// escaping and numbers of every form, and with every field empty, the
// JSON is encoding/json's: a field added to the JSON types and not to
// Indented fails here.
func TestIndentedCoversEveryField(t *testing.T) {
	texts := []string{"a\"b\\c\n\t\r\b\f\x01\x1f\x7f <&> \u2028\u2029 中文 \xff\xfe end", "", "plain"}
	nums := []float64{0, 107.5, 1e-7, -2.5e-9, 1e21, 123456789.125, -0.01}
	for i := range 7 {
		var full AdviceJSON
		fill(reflect.ValueOf(&full).Elem(), texts[i%len(texts)], nums[i%len(nums)], i)
		if got, want := full.Indented(), encodingJSON(t, full); !bytes.Equal(got, want) {
			t.Fatalf("filled %d:\n%s\nencoding/json:\n%s", i, got, want)
		}
	}
	var zero AdviceJSON
	if got, want := zero.Indented(), encodingJSON(t, zero); !bytes.Equal(got, want) {
		t.Fatalf("zero:\n%s\nencoding/json:\n%s", got, want)
	}
}

// fill sets every field under v: strings to s, numbers to f or i, bools
// true, pointers to filled values, slices to two filled elements.
func fill(v reflect.Value, s string, f float64, i int) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(s)
	case reflect.Float64:
		v.SetFloat(f)
	case reflect.Int:
		v.SetInt(int64(i))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem(), s, f, i)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for k := range 2 {
			fill(v.Index(k), s, f, i+k)
		}
	case reflect.Struct:
		for k := range v.NumField() {
			fill(v.Field(k), s, f, i)
		}
	}
}
