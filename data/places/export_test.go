package places

import "strings"

// RankCompare orders two matches as Search does, for the tests.
func RankCompare(a, b Match) int {
	if a.key != b.key {
		if a.key < b.key {
			return -1
		}
		return 1
	}
	return 0
}

// NearCost is how far a query is from a pinyin, in half letters, for the tests.
func NearCost(q, p string) int { return nearCost(q, p, 8) }

// Traditional is the table of traditional characters, for the tests.
const Traditional = traditional

// LookupIndexed is Lookup always through the index, for the tests.
func (ix *Index) LookupIndexed(query string) (Match, error) {
	return ix.lookup(strings.TrimSpace(query))
}
