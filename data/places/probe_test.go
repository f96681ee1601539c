package places_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"yibao/internal/testkit"
)

func TestProbe(t *testing.T) {
	qs := os.Getenv("PROBE")
	if qs == "" {
		t.Skip()
	}
	ix := testkit.Places(t)
	for _, q := range strings.Split(qs, ",") {
		ms := ix.Search(q, 6)
		var s []string
		for _, m := range ms {
			s = append(s, fmt.Sprintf("%s/%d", m.Name(), m.Tier))
		}
		lm, err := ix.Lookup(q)
		fmt.Printf("%-12s %v  => %s %v\n", q, s, lm.Name(), err)
	}
}
