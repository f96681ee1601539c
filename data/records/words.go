package records

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"yibao/data/advice"
	"yibao/data/book"
	"yibao/data/lang"
)

// pooled names where records come from: "3 个服务台的 5 次记录".
func pooled(centres, n int) lang.Text {
	en := fmt.Sprintf("%d %s from %d %s", n, plural(n, "record", "records"), centres, plural(centres, "centre", "centres"))
	if centres == 0 {
		return lang.T(fmt.Sprintf("%d 次记录", n), fmt.Sprintf("%d %s", n, plural(n, "record", "records")))
	}
	return lang.T(fmt.Sprintf("%d 个服务台的 %d 次记录", centres, n), en)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// countOf is how often an amount was seen.
func countOf(s advice.Seen, m book.Money) int {
	for _, a := range s.Amounts {
		if a.Amount == m {
			return a.Count
		}
	}
	return 0
}

// AmountsIn lists the amounts seen: "75 元 2 次、80 元 1 次".
func AmountsIn(s advice.Seen, l lang.Lang) string { return listAmounts(s.Amounts, l) }

// othersIn lists the amounts other than those given.
func othersIn(s advice.Seen, l lang.Lang, except ...book.Money) string {
	var rest []advice.AmountCount
	for _, a := range s.Amounts {
		if !slices.Contains(except, a.Amount) {
			rest = append(rest, a)
		}
	}
	return listAmounts(rest, l)
}

func listAmounts(list []advice.AmountCount, l lang.Lang) string {
	parts := make([]string, len(list))
	for i, a := range list {
		if l == lang.EN {
			parts[i] = a.Amount.String() + " yuan " + times(a.Count)
		} else {
			parts[i] = a.Amount.String() + " 元 " + strconv.Itoa(a.Count) + " 次"
		}
	}
	return strings.Join(parts, lang.T("、", ", ").In(l))
}

func times(n int) string {
	if n == 1 {
		return "once"
	}
	return strconv.Itoa(n) + " times"
}
