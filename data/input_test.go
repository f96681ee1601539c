package data

import (
	"errors"
	"strings"
	"testing"
)

func TestParseAge(t *testing.T) {
	for in, want := range map[string][2]int{
		"72": {72, 0}, "７２": {72, 0}, " 72 ": {72, 0}, "72岁": {72, 0}, "０": {0, 0},
		"120": {120, 0}, "1954": {72, 1954}, "１９５４": {72, 1954}, "2026": {0, 2026},
	} {
		age, by, err := ParseAge(in, today)
		if err != nil || age != want[0] || by != want[1] {
			t.Errorf("ParseAge(%q) = %d, %d, %v; want %v", in, age, by, err, want)
		}
	}
	for _, in := range []string{"", "abc", "121", "-1", "7 2", "1899", "2027", "0954", "72.5", "１２１", "99999"} {
		_, _, err := ParseAge(in, today)
		var ie *InputError
		if !errors.As(err, &ie) || ie.Msg.Zh == "" || ie.Msg.En == "" || strings.Contains(err.Error(), "\n") {
			t.Errorf("ParseAge(%q) error = %v; want one bilingual line", in, err)
		}
	}
}

func TestParseBase(t *testing.T) {
	for in, want := range map[string]Money{"5000": 500000, "５０００": 500000, "5,000": 500000, "5000.5": 500050, "5000.05": 500005, "5000元": 500000} {
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
	for in, want := range map[string]Insurance{"employee": Employee, "职工": Employee, "1": Employee, "１": Employee, "灵活就业": Flexible, "FLEXIBLE": Flexible, "居民": Resident, "3": Resident} {
		if got, err := ParseInsurance(in); err != nil || got != want {
			t.Errorf("ParseInsurance(%q) = %v, %v", in, got, err)
		}
	}
	for in, want := range map[string]Status{"working": Working, "在职": Working, "retired": Retired, "已退休": Retired, "not-retired": NotRetired, "not_retired": NotRetired, "到龄未办理退休": NotRetired} {
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
	if l, err := ParseLang("EN"); err != nil || l != EN {
		t.Errorf("ParseLang(EN) = %v, %v", l, err)
	}
	if _, err := ParseLang("fr"); err == nil {
		t.Error("ParseLang(fr) accepted")
	}
}

func TestMoney(t *testing.T) {
	for m, want := range map[Money]string{10000: "100", 15750: "157.5", 16042: "160.42", 5: "0.05", -300: "-3"} {
		if got := m.String(); got != want {
			t.Errorf("Money(%d) = %q, want %q", int64(m), got, want)
		}
	}
	if got := Yuan(5000).Percent(2); got != Yuan(100) {
		t.Errorf("2%% of 5000 = %s", got)
	}
}

func TestFindAmount(t *testing.T) {
	for in, want := range map[string]string{"每月 100 元": "100 元", "1,200.5yuan": "1,200.5yuan", "拨 12393": "", "元": "", "2% 元": ""} {
		if got := findAmount([]byte(in)); got != want {
			t.Errorf("findAmount(%q) = %q, want %q", in, got, want)
		}
	}
}
