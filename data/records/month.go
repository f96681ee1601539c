package records

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"yibao/data/answers"
	"yibao/data/book"
	"yibao/data/lang"
)

// Month is a calendar month.
type Month struct {
	Year  int
	Month time.Month
}

func (m Month) String() string { return fmt.Sprintf("%04d-%02d", m.Year, int(m.Month)) }

// Before reports whether m comes before o.
func (m Month) Before(o Month) bool { return m.index() < o.index() }

// IsZero reports whether m is no month.
func (m Month) IsZero() bool { return m.Year == 0 }

// Add is the month n months after m (before, for n < 0).
func (m Month) Add(n int) Month {
	i := m.index() + n
	return Month{i / 12, time.Month(i%12 + 1)}
}

// First is the month's first day.
func (m Month) First() book.Date { return book.Date{Year: m.Year, Month: m.Month, Day: 1} }

func (m Month) index() int { return m.Year*12 + int(m.Month) - 1 }

// MonthOf is the month a day falls in.
func MonthOf(d book.Date) Month { return Month{d.Year, d.Month} }

// LastMonth is the month before the one a day falls in: the usual month
// to record, as a statement shows the credits paid in.
func LastMonth(d book.Date) Month { return MonthOf(d).Add(-1) }

// ParseMonth reads "2026-11" (or 2026/11, 2026.11, 2026年11月), refusing
// months after today's and before the reform of 1998.
func ParseMonth(s string, today book.Date) (Month, error) {
	m, ok := readMonth(s)
	switch {
	case !ok:
		return Month{}, lang.Errorf("月份请写成 年-月，例如 2026-11。", "Write the month as year-month, e.g. 2026-11.")
	case MonthOf(today).Before(m):
		return Month{}, lang.Errorf("%s 还没到；请写已经到账的月份。", "%s has not come yet; give a month whose credit has arrived.", m)
	case m.Year < 1998:
		return Month{}, lang.Errorf("%s 太早了：个人账户 1998 年才开始。", "%s is too early: personal accounts began in 1998.", m)
	}
	return m, nil
}

// readMonth reads a month without judging it.
func readMonth(s string) (Month, bool) {
	t := strings.TrimSpace(answers.Fold(s))
	t = strings.NewReplacer("年", "-", "月", "", "/", "-", ".", "-").Replace(t)
	y, mo, ok := strings.Cut(t, "-")
	year, err1 := strconv.Atoi(y)
	month, err2 := strconv.Atoi(mo)
	if !ok || err1 != nil || err2 != nil || len(y) != 4 || month < 1 || month > 12 {
		return Month{}, false
	}
	return Month{year, time.Month(month)}, true
}

// Week is an ISO week: all a record keeps of the day it was made, as a
// day could single out a visitor at a small centre.
type Week struct{ Year, Week int }

// WeekOf is the ISO week a day falls in.
func WeekOf(d book.Date) Week {
	y, w := time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC).ISOWeek()
	return Week{y, w}
}

func (w Week) String() string { return fmt.Sprintf("%04d-W%02d", w.Year, w.Week) }

// parseWeek reads "2026-W49".
func parseWeek(s string) (Week, bool) {
	y, n, ok := strings.Cut(s, "-W")
	year, err1 := strconv.Atoi(y)
	week, err2 := strconv.Atoi(n)
	if !ok || err1 != nil || err2 != nil || len(y) != 4 || week < 1 || week > 53 {
		return Week{}, false
	}
	return Week{year, week}, true
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
