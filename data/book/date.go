package book

import (
	"fmt"
	"time"

	"yibao/data/lang"
	"yibao/internal/lazy"
)

// Date is a calendar day without time of day or zone. In the book it is
// written as a TOML local date: effective_from = 2024-01-01.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// DateOf returns the calendar day of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// ParseDate reads YYYY-MM-DD.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("not a date YYYY-MM-DD: %q", s)
	}
	return DateOf(t), nil
}

// IsZero reports whether the date is unset.
func (d Date) IsZero() bool { return d.Year == 0 }

// Before reports whether d is strictly earlier than o.
func (d Date) Before(o Date) bool { return d.cmp(o) < 0 }

// After reports whether d is strictly later than o.
func (d Date) After(o Date) bool { return d.cmp(o) > 0 }

// Compare returns -1, 0 or +1 as d is before, the same as or after o.
func (d Date) Compare(o Date) int {
	switch c := d.cmp(o); {
	case c < 0:
		return -1
	case c > 0:
		return 1
	}
	return 0
}

func (d Date) cmp(o Date) int {
	switch {
	case d.Year != o.Year:
		return d.Year - o.Year
	case d.Month != o.Month:
		return int(d.Month) - int(o.Month)
	default:
		return d.Day - o.Day
	}
}

// AddMonths returns the date n months later (or earlier), day clamped by time.
func (d Date) AddMonths(n int) Date {
	return DateOf(time.Date(d.Year, d.Month+time.Month(n), d.Day, 12, 0, 0, 0, time.UTC))
}

// AddDays returns the date n days later (or earlier).
func (d Date) AddDays(n int) Date {
	return DateOf(time.Date(d.Year, d.Month, d.Day+n, 12, 0, 0, 0, time.UTC))
}

// String formats the date as YYYY-MM-DD; the zero date is "".
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// UnmarshalTOML accepts a TOML local date (2024-01-01) or a string of that form.
func (d *Date) UnmarshalTOML(v any) error {
	switch x := v.(type) {
	case time.Time:
		h, m, s := x.Clock()
		if h != 0 || m != 0 || s != 0 || x.Nanosecond() != 0 {
			return fmt.Errorf("want a date without time of day, got %v", x)
		}
		*d = DateOf(x)
		return nil
	case string:
		p, err := ParseDate(x)
		if err != nil {
			return err
		}
		*d = p
		return nil
	default:
		return fmt.Errorf("want a date like 2024-01-01, got %T", v)
	}
}

// MarshalText writes YYYY-MM-DD (JSON output).
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// PartialDate is a publication date known to the year, month or day
// ("2021", "2022-09", "2021-04-13"), or "undated" when the source gives none.
type PartialDate string

// NoDate is the PartialDate of a source that gives no date.
const NoDate PartialDate = "undated"

var partialDateRE = lazy.Regexp(`^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$`)

// Valid reports whether the string has one of the accepted forms.
func (p PartialDate) Valid() bool { return p == NoDate || partialDateRE().MatchString(string(p)) }

// Undated reports whether the source gives no date.
func (p PartialDate) Undated() bool { return p == NoDate }

// In shows the date for people: the date itself, or "日期不详" / "undated".
func (p PartialDate) In(l lang.Lang) string {
	if p.Undated() {
		return lang.T("日期不详", "undated").In(l)
	}
	return string(p)
}

// Words is the date for an elderly reader: 2023 年 1 月, or "January 2023".
func (p PartialDate) Words(l lang.Lang) string {
	if p.Undated() || !p.Valid() {
		return lang.T("日期不详", "undated").In(l)
	}
	s := string(p)
	y := s[:4]
	if len(s) == 4 {
		return lang.F("%s 年", "%s", y).In(l)
	}
	m, _ := time.Parse("2006-01", s[:7])
	return lang.T(fmt.Sprintf("%s 年 %d 月", y, int(m.Month())), m.Month().String()+" "+y).In(l)
}

// Earliest returns the first day the partial date can stand for.
func (p PartialDate) Earliest() Date {
	s := string(p)
	switch len(s) {
	case 4:
		s += "-01-01"
	case 7:
		s += "-01"
	}
	d, _ := ParseDate(s)
	return d
}
