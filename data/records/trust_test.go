package records_test

import (
	"context"
	"strings"
	"testing"

	"yibao/data/advice"
	"yibao/data/book"
	"yibao/data/records"
	"yibao/internal/testkit"
)

var today = book.Date{Year: 2026, Month: 12, Day: 8}

// advise is the advice for an employee-insured retiree of an age.
func advise(t *testing.T, b *book.Book, code string, age int) advice.Advice {
	t.Helper()
	p, ok := b.Place(code)
	if !ok {
		t.Fatalf("no place %s", code)
	}
	return advice.Resolve(b, p, advice.Profile{Insurance: book.Employee, Status: book.Retired, Age: age, AgeKnown: true}, today)
}

// seen builds records for a key: each amount once per listed month, each
// from its own consultation, centres taken in turn from a list.
func seen(a advice.Advice, centres []string, amounts ...float64) []records.Record {
	var out []records.Record
	for i, y := range amounts {
		r := records.New(a, records.NewID(), "local", book.Yuan(y), records.LastMonth(today), records.App, today)
		r.Centre = centres[i%len(centres)]
		out = append(out, r)
	}
	return out
}

func TestDeskFigureNeedsThreeConsultationsAndThreeInFour(t *testing.T) {
	b := testkit.Book(t)
	base := advise(t, b, "320100", 72) // Nanjing: the book has no figure
	if base.Credit.Known {
		t.Fatalf("Nanjing now has a figure; pick another place without one")
	}
	centres := []string{"east", "west", "north"}
	cases := []struct {
		name    string
		amounts []float64
		figure  bool
	}{
		{"majority of four", []float64{118, 118, 118, 120}, true},
		{"too few", []float64{118, 118}, false},
		{"split", []float64{118, 118, 120, 120}, false},
		{"two in three", []float64{118, 118, 120}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := base
			a.Notes = nil
			records.Apply(&a, seen(base, centres, tc.amounts...), today)
			if a.Credit.Known != tc.figure {
				t.Fatalf("figure %v, want %v; notes %v", a.Credit.Known, tc.figure, a.Notes)
			}
			if tc.figure {
				if a.Credit.NetMonthly != book.Yuan(118) || a.Credit.Confidence != book.Desk {
					t.Fatalf("figure %v at %s", a.Credit.NetMonthly, a.Credit.Confidence)
				}
				if !strings.Contains(a.Credit.Source.Title.Zh, "3 个服务台的 3 次记录") {
					t.Fatalf("the source does not say how many centres: %q", a.Credit.Source.Title.Zh)
				}
				if _, ok := a.Note(records.NoteOthers); !ok {
					t.Fatal("the other amount is not a note")
				}
				return
			}
			if _, ok := a.Note(records.NoteTooFew); !ok {
				t.Fatalf("no note; notes %v", a.Notes)
			}
		})
	}
}

func TestOneConsultationCountsOnce(t *testing.T) {
	b := testkit.Book(t)
	a := advise(t, b, "320100", 72)
	recs := seen(a, []string{"east"}, 118, 118, 118)
	for i := range recs {
		recs[i].Consultation = recs[0].Consultation // three records of one consultation (an old store merged in)
	}
	records.Apply(&a, recs, today)
	if a.Credit.Known {
		t.Fatal("one consultation gave a figure")
	}
}

func TestOldRecordsAndRecordsBeforeTheRuleDoNotCount(t *testing.T) {
	b := testkit.Book(t)
	a := advise(t, b, "320100", 72)
	recs := seen(a, []string{"east", "west", "north"}, 118, 118, 118)
	for i := range recs {
		recs[i].Month = records.MonthOf(today).Add(-12) // thirteen months ago counted inclusively
	}
	records.Apply(&a, recs, today)
	if a.Credit.Known || len(a.Notes) != len(advise(t, b, "320100", 72).Notes) {
		t.Fatalf("records older than a year changed the advice: %v", a.Notes)
	}

	// Hefei: 150 a month until 2022-12-31, 70 since. Records of 150 from
	// 2022 must not warn that 70 is out of date.
	h := advise(t, b, "340100", 66)
	old := seen(h, []string{"east", "west", "north"}, 150, 150, 150)
	for i := range old {
		old[i].Month = records.Month{Year: 2022, Month: 11}
	}
	ev := records.Weigh(old, book.Date{Year: 2023, Month: 6, Day: 1}, h.Credit.From)
	if ev.Seen.Count != 0 || ev.Left != 3 {
		t.Fatalf("records before the rule in force counted: %+v", ev)
	}
}

func TestRecordsNeverOverrideTheBook(t *testing.T) {
	b := testkit.Book(t)
	a := advise(t, b, "110100", 72) // Beijing, news: 107 a month after the 3-yuan deduction
	if !a.Credit.Known || a.Credit.NetMonthly != book.Yuan(107) {
		t.Fatalf("Beijing 72: %v", a.Credit.NetMonthly)
	}
	agree := a
	records.Apply(&agree, seen(a, []string{"east", "west"}, 107, 107, 107, 110), today)
	n, ok := agree.Note(records.NoteAgrees)
	if !ok || agree.Credit.NetMonthly != book.Yuan(107) || !strings.Contains(n.Text.Zh, "2 个服务台的 3 次记录与此相符") || strings.Contains(n.Text.Zh, "110") {
		t.Fatalf("agreeing: %v %v", agree.Credit.NetMonthly, agree.Notes)
	}
	differ := a
	records.Apply(&differ, seen(a, []string{"east", "west", "north"}, 100, 100, 100, 100), today)
	if _, ok := differ.Note(records.NoteDiffers); !ok || differ.Credit.NetMonthly != book.Yuan(107) || differ.Credit.Confidence != book.News {
		t.Fatalf("differing: %v %s %v", differ.Credit.NetMonthly, differ.Credit.Confidence, differ.Notes)
	}
	gross := a
	records.Apply(&gross, seen(a, []string{"east", "west", "north"}, 110, 110, 110, 110), today)
	n, ok = gross.Note(records.NoteGross)
	if _, warned := gross.Note(records.NoteDiffers); warned || !ok || !strings.Contains(n.Text.Zh, "扣款前的数 110 元（107 + 3") || strings.Count(n.Text.Zh, "。") != 1 {
		t.Fatalf("the amount before the deduction: %v", gross.Notes)
	}
	if _, ok := gross.Note(records.NoteTooFew); ok {
		t.Fatalf("records of the gross amount called too few: %v", gross.Notes)
	}
	few := a
	records.Apply(&few, seen(a, []string{"east"}, 110, 110), today)
	if _, ok := few.Note(records.NoteDiffers); ok {
		t.Fatal("two records warned that an official figure is out of date")
	}
}

func TestPlausible(t *testing.T) {
	b := testkit.Book(t)
	p, _ := b.Place("110100")
	if err := records.Plausible(b, p, book.Employee, book.Retired, book.Yuan(1999)); err == nil || !strings.Contains(err.Error(), "？") {
		t.Fatalf("1999 yuan for Beijing: %v", err)
	}
	if err := records.Plausible(b, p, book.Employee, book.Retired, book.Yuan(110)); err != nil {
		t.Fatal(err)
	}
}

type adviceT = advice.Advice

func resolve(b *book.Book, p book.Place, age int, day book.Date) advice.Advice {
	return advice.Resolve(b, p, advice.Profile{Insurance: book.Employee, Status: book.Retired, Age: age, AgeKnown: true}, day)
}

func TestConsultIsApplyOverTheStore(t *testing.T) {
	stores(t, func(t *testing.T, target string) {
		b := testkit.Book(t)
		s := open(t, target)
		base := advise(t, b, "320100", 72)
		recs := seen(base, []string{"east", "west", "north"}, 118, 118, 118, 120)
		recs[3].Month = records.MonthOf(today).Add(-13) // too old: left out by both
		putAll(t, s, recs)
		want, got := base, base
		records.Apply(&want, recs, today)
		if err := s.Consult(context.Background(), &got, today); err != nil {
			t.Fatal(err)
		}
		if !got.Credit.Known || got.Credit.Formula != want.Credit.Formula || got.Credit.Source != want.Credit.Source || len(got.Notes) != len(want.Notes) {
			t.Fatalf("consult:\n%+v\napply:\n%+v", got.Credit, want.Credit)
		}
	})
}

// TestVariantsPoolApart: records of one answer to a place's own question
// (Shenzhen's tier) never count for another.
func TestVariantsPoolApart(t *testing.T) {
	stores(t, func(t *testing.T, target string) {
		ctx := context.Background()
		b := testkit.Book(t)
		s := open(t, target)
		p, _ := b.Place("440300")
		q := p.Question
		if q == nil || len(q.Options) < 2 {
			t.Fatal("Shenzhen asks no question of its own in this book")
		}
		prof := func(v string) advice.Advice {
			return advice.Resolve(b, p, advice.Profile{Insurance: book.Employee, Status: book.Retired, Age: 72, AgeKnown: true, Variant: v}, today)
		}
		one, two := prof(q.Options[0].Value), prof(q.Options[1].Value)
		putAll(t, s, seen(one, []string{"east", "west", "north"}, 1, 1, 1))
		got, err := s.Lookup(ctx, records.KeyOf(two), records.Month{Year: 2000, Month: 1})
		if err != nil || len(got) != 0 {
			t.Fatalf("another tier's lookup: %d records, %v", len(got), err)
		}
		got, err = s.Lookup(ctx, records.KeyOf(one), records.Month{Year: 2000, Month: 1})
		if err != nil || len(got) != 3 || got[0].Variant != q.Options[0].Value {
			t.Fatalf("the tier's own lookup: %+v, %v", got, err)
		}
		groups, err := records.Review(ctx, s, b, today)
		if err != nil || len(groups) != 1 || groups[0].Variant != q.Options[0].Value {
			t.Fatalf("review: %+v, %v", groups, err)
		}
	})
}
