package records

import (
	"testing"

	"yibao/data/book"
)

// FuzzParseImport feeds import files of any shape to the parser: it must
// return records, warnings or one error, never panic or hang.
func FuzzParseImport(f *testing.F) {
	f.Add([]byte("[[record]]\nid = \"a\"\ncentre = \"c\"\ndesk = \"d\"\nconsultation = \"k\"\nplace = \"110100\"\ninsurance = \"employee\"\nmin_age = 70\nmax_age = 74\namount = 1.5\nmonth = \"2026-11\"\nweek = \"2026-W48\"\n"))
	f.Add([]byte("[[observation]]\nplace = \"110100\"\ninsurance = \"employee\"\nmin_age = 70\nmax_age = 120\namount = 107.0\nmonth = \"2026-11\"\nday = 2026-12-01\n"))
	f.Add([]byte("a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a = 1\n[a.a.a.a.a.a.a.a.a.a.a.a]\n"))
	f.Add([]byte("[[record]]\nunknown = 1\n[[record]]\n"))
	opt := ImportOptions{Today: book.Date{Year: 2026, Month: 12, Day: 8}}
	f.Fuzz(func(t *testing.T, content []byte) {
		recs, warnings, err := parseImport("fuzz.toml", content, opt)
		if err != nil && (len(recs) > 0 || len(warnings) > 0) {
			t.Fatal("an error with records")
		}
		for _, r := range recs {
			if r.ID == "" || r.Consultation == "" || r.Amount <= 0 {
				t.Fatalf("a record without its id or amount: %+v", r)
			}
		}
	})
}
