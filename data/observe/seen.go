package observe

import (
	"yibao/data/advice"
	"yibao/data/book"
	"yibao/data/lang"
	"yibao/data/records"
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
func amountsIn(s advice.Seen, l lang.Lang) string { return records.AmountsIn(s, l) }
