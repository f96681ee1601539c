// Package observe keeps what a service desk saw on people's own statements:
// the month's personal-account credit, for a kind of person in a place. Two
// such records that agree are better evidence than most web pages, and
// where the book has no figure they give one, labelled as the desk's own.
//
// A record holds the place code, the insurance type, the status, the age
// band of the rule that applied (or a ten-year band), the amount, the
// month, where it was read and the day it was recorded: never an exact
// age, a name, an ID, a time of day or anything else typed.
package observe

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"yibao/data/advice"
	"yibao/data/answers"
	"yibao/data/book"
	"yibao/data/lang"
)

// Observation is one statement's credit, as a desk recorded it.
type Observation struct {
	Place     string // the pooling place's code
	Insurance book.Insurance
	Status    book.Status // "" for resident insurance, which is not asked
	Band      Band
	Amount    book.Money
	Month     Month
	Channel   Channel // "" when not said
	Day       book.Date
}

// Band is an age band, both ends included.
type Band struct{ Min, Max int }

func (b Band) String() string { return strconv.Itoa(b.Min) + "-" + strconv.Itoa(b.Max) }

// Words names the band for a person: "70 岁及以上", "60 到 69 岁".
func (b Band) Words() lang.Text {
	switch {
	case b.Min == 0 && b.Max >= 120:
		return lang.T("不分年龄", "any age")
	case b.Max >= 120:
		return lang.F("%d 岁及以上", "%d and over", b.Min)
	case b.Min == 0:
		return lang.F("%d 岁及以下", "%d and under", b.Max)
	}
	return lang.F("%d 到 %d 岁", "%d to %d", b.Min, b.Max)
}

// BandOf is the band a person's record goes under: the age band of the
// rule that applied, else the ten years around the age, else every age.
func BandOf(a advice.Advice) Band {
	switch {
	case a.Credit.Band != nil:
		return Band{a.Credit.Band.MinAge, a.Credit.Band.MaxAge}
	case a.Profile.AgeKnown:
		lo := a.Profile.Age / 10 * 10
		return Band{lo, min(lo+9, 120)}
	}
	return Band{0, 120}
}

// New is the record of what a statement showed for the person the advice
// is for. It keeps the band, not the age.
func New(a advice.Advice, amount book.Money, month Month, ch Channel, day book.Date) Observation {
	return Observation{Place: a.Place.Code, Insurance: a.Profile.Insurance, Status: a.Profile.Status,
		Band: BandOf(a), Amount: amount, Month: month, Channel: ch, Day: day}
}

// Month is a calendar month.
type Month struct {
	Year  int
	Month time.Month
}

func (m Month) String() string { return fmt.Sprintf("%04d-%02d", m.Year, int(m.Month)) }

// Before reports whether m comes before o.
func (m Month) Before(o Month) bool { return m.Year < o.Year || m.Year == o.Year && m.Month < o.Month }

// MonthOf is the month a day falls in.
func MonthOf(d book.Date) Month { return Month{d.Year, d.Month} }

// LastMonth is the month before the one a day falls in: the usual month
// to record, as a statement shows the credits paid in.
func LastMonth(d book.Date) Month {
	if d.Month == time.January {
		return Month{d.Year - 1, time.December}
	}
	return Month{d.Year, d.Month - 1}
}

// ParseMonth reads "2026-11" (or 2026/11, 2026.11, 2026年11月), refusing
// months after today's and before the reform of 1998.
func ParseMonth(s string, today book.Date) (Month, error) {
	t := strings.TrimSpace(answers.Fold(s))
	t = strings.NewReplacer("年", "-", "月", "", "/", "-", ".", "-").Replace(t)
	y, mo, ok := strings.Cut(t, "-")
	year, err1 := strconv.Atoi(y)
	month, err2 := strconv.Atoi(mo)
	if !ok || err1 != nil || err2 != nil || len(y) != 4 || month < 1 || month > 12 {
		return Month{}, lang.Errorf("月份请写成 年-月，例如 2026-11。", "Write the month as year-month, e.g. 2026-11.")
	}
	m := Month{year, time.Month(month)}
	switch {
	case MonthOf(today).Before(m):
		return Month{}, lang.Errorf("%s 还没到；请写已经到账的月份。", "%s has not come yet; give a month whose credit has arrived.", m)
	case year < 1998:
		return Month{}, lang.Errorf("%s 太早了：个人账户 1998 年才开始。", "%s is too early: personal accounts began in 1998.", m)
	}
	return m, nil
}

// MaxAmount is the most a month's statement can show: a whole year's
// credit paid at once, at the loader's yearly limit.
const MaxAmount = 24000

// ParseAmount reads the yuan a statement showed: above 0, at most two
// decimals, at most MaxAmount.
func ParseAmount(s string) (book.Money, error) {
	m, err := answers.ParseYuan(s)
	if err != nil {
		return 0, err
	}
	if m <= 0 || m > book.Yuan(MaxAmount) {
		return 0, lang.Errorf("到账金额应大于 0，且不超过 %d 元。", "The amount must be above 0 and at most %d yuan.", MaxAmount)
	}
	return m, nil
}
