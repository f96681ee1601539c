package answers

import (
	"errors"
	"strconv"
	"strings"
	"testing"
	"yibao/data/book"
	"yibao/data/lang"
)

func TestParseAge(t *testing.T) {
	for in, want := range map[string][2]int{
		"72": {72, 0}, "７２": {72, 0}, " 72 ": {72, 0}, "72岁": {72, 0}, "０": {0, 0},
		"120": {120, 0}, "1954": {72, 1954}, "１９５４": {72, 1954}, "2026": {0, 2026},
	} {
		a, err := ParseAge(in, today)
		if err != nil || a.Years != want[0] || a.BirthYear != want[1] {
			t.Errorf("ParseAge(%q) = %+v, %v; want %v", in, a, err, want)
		}
	}
	for _, in := range []string{"", "abc", "121", "-1", "7 2", "1899", "2027", "0954", "72.5", "１２１", "99999"} {
		_, err := ParseAge(in, today)
		var ie *lang.Error
		if !errors.As(err, &ie) || ie.Msg.Zh == "" || ie.Msg.En == "" || strings.Contains(err.Error(), "\n") {
			t.Errorf("ParseAge(%q) error = %v; want one bilingual line", in, err)
		}
	}
}

// TestFourDigitsAreABirthYear: 1890 is a birth year out of range, never
// an age of 1890.
func TestFourDigitsAreABirthYear(t *testing.T) {
	for _, in := range []string{"1890", "1000", "１８９０"} {
		_, err := ParseAge(in, today)
		if err == nil || !strings.Contains(lang.Message(err).Zh, "出生年份") || strings.Contains(lang.Message(err).Zh, "年龄应在") {
			t.Errorf("ParseAge(%q): %v", in, err)
		}
	}
	if a, err := ParseAge(strconv.Itoa(today.Year-book.MaxAge), today); err != nil || a.Years != book.MaxAge {
		t.Errorf("the oldest birth year: %+v %v", a, err)
	}
}

func TestParseBase(t *testing.T) {
	for in, want := range map[string]book.Money{"5000": 500000, "５０００": 500000, "5,000": 500000, "5000.5": 500050, "5000.05": 500005, "5000元": 500000} {
		got, err := ParseBase(in)
		if err != nil || got != want {
			t.Errorf("ParseBase(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "0", "-5", "abc", "5000.123", "1e9", "1000001", "5.000.0"} {
		if _, err := ParseBase(in); err == nil {
			t.Errorf("ParseBase(%q) accepted", in)
		}
	}
}

func TestParseChoices(t *testing.T) {
	for in, want := range map[string]book.Insurance{"employee": book.Employee, "职工": book.Employee, "1": book.Employee, "１": book.Employee, "灵活就业": book.Flexible, "FLEXIBLE": book.Flexible, "居民": book.Resident, "3": book.Resident} {
		if got, err := ParseInsurance(in); err != nil || got != want {
			t.Errorf("ParseInsurance(%q) = %v, %v", in, got, err)
		}
	}
	for in, want := range map[string]book.Status{"working": book.Working, "在职": book.Working, "retired": book.Retired, "已退休": book.Retired, "not-retired": book.NotRetired, "not_retired": book.NotRetired, "到龄未办理退休": book.NotRetired} {
		if got, err := ParseStatus(in); err != nil || got != want {
			t.Errorf("ParseStatus(%q) = %v, %v", in, got, err)
		}
	}
	for _, in := range []string{"", "4", "boss"} {
		if _, err := ParseInsurance(in); err == nil {
			t.Errorf("ParseInsurance(%q) accepted", in)
		}
		if _, err := ParseStatus(in); err == nil {
			t.Errorf("ParseStatus(%q) accepted", in)
		}
	}
	if l, err := ParseLang("EN"); err != nil || l != lang.EN {
		t.Errorf("ParseLang(EN) = %v, %v", l, err)
	}
	if _, err := ParseLang("fr"); err == nil {
		t.Error("ParseLang(fr) accepted")
	}
}

var today = book.Date{Year: 2026, Month: 11, Day: 22}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{"７２": "72", "ｃｓ": "cs", "\u3000北京\u3000": "北京", "５０００．５": "5000.5", "长沙": "长沙"} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseYuan(t *testing.T) {
	for in, want := range map[string]book.Money{"75": 7500, "75.00": 7500, "７５": 7500, "75元": 7500, "1,200.5": 120050} {
		if got, err := ParseYuan(in); err != nil || got != want {
			t.Errorf("ParseYuan(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "-5", "7.555", "abc", "1e3", "75.0.0"} {
		if _, err := ParseYuan(in); err == nil {
			t.Errorf("ParseYuan(%q) accepted", in)
		}
	}
}

// FuzzParseAge: any input gives an age in 0..120 or one bilingual line.
func FuzzParseAge(f *testing.F) {
	for _, s := range []string{"72", "７２", "1954", "", "abc", "121", "72岁", "-1", "99999999999999999999", "\x00", "１９５４"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ParseAge(s, today)
		if err != nil {
			checkInputError(t, err)
			return
		}
		if a.Years < 0 || a.Years > book.MaxAge || (a.BirthYear != 0 && today.Year-a.BirthYear != a.Years) {
			t.Fatalf("ParseAge(%q) = %+v", s, a)
		}
	})
}

// TestBaseMustBePlausible: a base with a digit missing is asked again.
func TestBaseMustBePlausible(t *testing.T) {
	for in, ok := range map[string]bool{"5000": true, "1000": true, "100000": true, "50": false, "999": false, "300000": false} {
		if _, err := ParseBase(in); (err == nil) != ok {
			t.Errorf("ParseBase(%q): %v", in, err)
		}
	}
	if _, err := ParseBase("50"); err == nil || !strings.Contains(err.Error(), "50 元对不上") {
		t.Errorf("the message must name what was typed: %v", err)
	}
}

// FuzzParseBase: a plausible amount or one bilingual line.
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
		if m < book.Yuan(MinBase) || m > book.Yuan(MaxBase) {
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

func checkInputError(t *testing.T, err error) {
	t.Helper()
	var ie *lang.Error
	if !errors.As(err, &ie) || ie.Msg.Zh == "" || ie.Msg.En == "" || strings.ContainsAny(err.Error(), "\n\r") {
		t.Fatalf("error %q is not one bilingual line", err)
	}
}
