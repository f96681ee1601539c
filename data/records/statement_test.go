package records_test

import (
	"context"
	"strings"
	"testing"

	"yibao/data/book"
	"yibao/data/records"
	"yibao/internal/testkit"
)

func TestStatementCheck(t *testing.T) {
	b := testkit.Book(t)
	cases := []struct {
		name   string
		code   string
		age    int
		day    book.Date
		amount float64
		want   records.Match
	}{
		{"net", "110100", 72, today, 107, records.MatchNet},
		{"gross before the mutual-aid fund", "110100", 72, today, 110, records.MatchGross},
		{"a year at once", "110100", 72, today, 1284, records.MatchAnnual},
		{"Shanghai's yearly credit", "310100", 70, today, 1680, records.MatchAnnual},
		{"a twelfth of Shanghai's", "310100", 70, today, 140, records.MatchAnnual},
		{"Hefei's earlier rule", "340100", 66, today, 150, records.MatchEarlierRule},
		{"another band", "110100", 72, today, 97, records.MatchOtherBand},
		{"differs", "110100", 72, today, 88, records.MatchDiffers},
		{"Chongqing after the possible deduction", "500100", 66, today, 100, records.MatchPossible},
		{"Chongqing's figure", "500100", 66, today, 105, records.MatchNet},
		{"no figure", "320100", 72, today, 88, records.MatchNoFigure},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := advise(t, b, tc.code, tc.age)
			st := records.CheckStatement(b, a, book.Yuan(tc.amount))
			if st.Match != tc.want || st.Words.IsZero() {
				t.Fatalf("%s %v: %s %q", tc.code, tc.amount, st.Match, st.Words.Zh)
			}
			if (tc.want == records.MatchDiffers) != (len(st.Reasons) > 0) {
				t.Fatalf("reasons %v for %s", st.Reasons, st.Match)
			}
		})
	}
}

func TestRecordRefusesTheImpossibleAndChecksTheRest(t *testing.T) {
	b := testkit.Book(t)
	s := open(t, sqliteTarget(t))
	a := advise(t, b, "110100", 72)
	e := records.Entry{Consultation: records.NewID(), Desk: records.DeskLocal, Centre: "east", Amount: book.Yuan(1999), Month: nov}
	if _, err := s.Record(context.Background(), b, a, e, today); err == nil {
		t.Fatal("1999 a month for Beijing was recorded")
	}
	if n, _ := s.Count(context.Background()); n != 0 {
		t.Fatalf("%d records after a refusal", n)
	}
	e.Amount = book.Yuan(110)
	got, err := s.Record(context.Background(), b, a, e, today)
	if err != nil || got.Check.Match != records.MatchGross || got.Replaced || got.Record.Band != records.BandFor(72) || got.Record.Week != records.WeekOf(today) {
		t.Fatalf("%+v %v", got, err)
	}
	e.Amount = book.Yuan(107)
	got, err = s.Record(context.Background(), b, a, e, today)
	if err != nil || !got.Replaced || got.Check.Match != records.MatchNet || got.Words().En == "" {
		t.Fatalf("the second record of one consultation: %+v %v", got, err)
	}
}

func TestNameKeepsWhatImportReads(t *testing.T) {
	for in, want := range map[string]string{"": "", "  ": "", " 东城社区 ": "东城社区", "east side\x1b[2J": "east-side--2J", "a;b": "a-b"} {
		if got := records.Name(in); got != want {
			t.Errorf("Name(%q) = %q, want %q", in, got, want)
		}
	}
	if got := records.Name(strings.Repeat("x", 100)); len(got) != 64 {
		t.Errorf("a long name keeps %d characters", len(got))
	}
}

// TestPossibleDeductionIsNoMismatch: Chongqing credits 105 and may take an
// unverified 5 yuan: 100 on a statement is probably that, said plainly,
// and neither a warning to the records nor a disagreeing group.
func TestPossibleDeductionIsNoMismatch(t *testing.T) {
	b := testkit.Book(t)
	a := advise(t, b, "500100", 66)
	st := records.CheckStatement(b, a, book.Yuan(100))
	if st.Match != records.MatchPossible || len(st.Reasons) > 0 || !strings.Contains(st.Words.Zh, "105 - 5 = 100") || !strings.Contains(st.Words.Zh, "没有核实") {
		t.Fatalf("%s %q %v", st.Match, st.Words.Zh, st.Reasons)
	}
	applied := a
	records.Apply(&applied, seen(a, []string{"east", "west", "north"}, 100, 100, 100), today)
	if _, warned := applied.Note(records.NoteDiffers); warned {
		t.Fatalf("the figure less a possible deduction warned: %v", applied.Notes)
	}
	if _, few := applied.Note(records.NoteTooFew); few {
		t.Fatalf("called too few: %v", applied.Notes)
	}
	if n, ok := applied.Note(records.NotePossible); !ok || !strings.Contains(n.Text.Zh, "没有核实") {
		t.Fatalf("no plain note: %v", applied.Notes)
	}
	s := open(t, sqliteTarget(t))
	putAll(t, s, seen(a, []string{"east", "west", "north"}, 100, 100, 100))
	groups, err := records.Review(context.Background(), s, b, today)
	if err != nil || len(groups) != 1 || groups[0].Verdict != records.Agrees {
		t.Fatalf("%+v %v", groups, err)
	}
}
