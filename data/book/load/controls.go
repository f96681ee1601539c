package load

import (
	"fmt"
	"reflect"

	"yibao/data/lang"
)

// controls refuses an entry any of whose texts holds a control character
// (an escape sequence, a bell, a C1 or bidirectional control; line breaks
// and tabs are text): such a text would drive or garble the terminal of
// every desk that shows it, and of whoever checks the file. It reports
// whether the file is clean.
func controls(raw *rawFile, fp *fileProblems) bool {
	clean := true
	each := func(kind string, n int, entry func(int) any) {
		for i := range n {
			if s, ok := controlIn(reflect.ValueOf(entry(i))); ok {
				clean = false
				fp.add(fmt.Sprintf("%s[%d]", kind, i+1), lang.F("文字里有控制字符（%s）；请删掉", "a text holds a control character (%s); remove it", lang.Echo(s)))
			}
		}
	}
	each("rule", len(raw.Rule), func(i int) any { return raw.Rule[i] })
	each("note", len(raw.Note), func(i int) any { return raw.Note[i] })
	each("channel", len(raw.Channel), func(i int) any { return raw.Channel[i] })
	each("guide", len(raw.Guide), func(i int) any { return raw.Guide[i] })
	each("source", len(raw.Source), func(i int) any { return raw.Source[i] })
	each("unit", len(raw.Unit), func(i int) any { return raw.Unit[i] })
	return clean
}

// controlIn finds a string holding a control character anywhere in v,
// from the control on.
func controlIn(v reflect.Value) (string, bool) {
	switch v.Kind() {
	case reflect.String:
		s := v.String()
		for i, r := range s {
			if r != '\n' && r != '\t' && lang.HasControl(string(r)) {
				return s[i:], true
			}
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			return controlIn(v.Elem())
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				if s, ok := controlIn(v.Field(i)); ok {
					return s, true
				}
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			if s, ok := controlIn(v.Index(i)); ok {
				return s, true
			}
		}
	case reflect.Map:
		it := v.MapRange()
		for it.Next() {
			if s, ok := controlIn(it.Key()); ok {
				return s, true
			}
			if s, ok := controlIn(it.Value()); ok {
				return s, true
			}
		}
	}
	return "", false
}
