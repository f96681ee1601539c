package observe

import (
	"strconv"
	"strings"

	"yibao/data/advice"
	"yibao/data/book"
	"yibao/data/lang"
)

// count is how often an amount was seen.
func count(s advice.Seen, m book.Money) int {
	for _, a := range s.Amounts {
		if a.Amount == m {
			return a.Count
		}
	}
	return 0
}

// amountsIn lists the amounts seen: "75 元 2 次、80 元 1 次".
func amountsIn(s advice.Seen, l lang.Lang) string {
	parts := make([]string, len(s.Amounts))
	for i, a := range s.Amounts {
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
