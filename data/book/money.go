package book

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Money is an amount of yuan held as whole fen (cents), so that sums and
// differences of book figures are exact.
type Money int64

// Yuan converts a book figure to Money, rounding to the nearest fen.
func Yuan(y float64) Money { return Money(math.Round(y * 100)) }

// Float returns the amount in yuan, for JSON.
func (m Money) Float() float64 { return float64(m) / 100 }

// String formats yuan with at most two decimals and no trailing zeros:
// 100, 157.5, 160.42.
func (m Money) String() string {
	neg := m < 0
	if neg {
		m = -m
	}
	s := strconv.FormatInt(int64(m)/100, 10)
	if f := int64(m) % 100; f != 0 {
		s += strings.TrimRight(fmt.Sprintf(".%02d", f), "0")
	}
	if neg {
		return "-" + s
	}
	return s
}

// Percent returns rate percent of m, rounded to the nearest fen.
func (m Money) Percent(rate float64) Money {
	return Money(math.Round(float64(m) * rate / 100))
}
