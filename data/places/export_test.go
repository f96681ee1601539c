package places

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
