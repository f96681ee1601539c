package records

import (
	"strings"
	"testing"
)

// TestPooledWords: the count of records reads whole in both languages,
// from one centre or several.
func TestPooledWords(t *testing.T) {
	for _, c := range []struct {
		centres, n int
		zh, en     string
	}{{0, 1, "1 次记录", "1 record"}, {0, 2, "2 次记录", "2 records"}, {3, 5, "3 个服务台的 5 次记录", "5 records from 3 centres"}} {
		got := pooled(c.centres, c.n)
		if got.Zh != c.zh || got.En != c.en || strings.Contains(got.Zh+got.En, "%!") {
			t.Errorf("pooled(%d, %d) = %q / %q", c.centres, c.n, got.Zh, got.En)
		}
	}
}
