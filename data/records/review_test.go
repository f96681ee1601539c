package records_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"yibao/data/book"
	"yibao/data/book/load"
	"yibao/data/records"
	"yibao/internal/testkit"
)

// putAll stores records.
func putAll(t *testing.T, s *records.Store, recs []records.Record) {
	t.Helper()
	for _, r := range recs {
		if _, err := s.Put(context.Background(), r); err != nil {
			t.Fatal(err)
		}
	}
}

func TestReviewAndRules(t *testing.T) {
	stores(t, func(t *testing.T, target string) {
		ctx := context.Background()
		b := testkit.Book(t)
		s := open(t, target)
		centres := []string{"east", "west", "north"}
		nanjing := advise(t, b, "320100", 72)
		first := seen(nanjing, centres, 118, 118, 118, 118)
		first[0].Month = records.Month{Year: 2026, Month: 3}
		putAll(t, s, first)
		putAll(t, s, seen(advise(t, b, "110100", 72), centres, 110, 110, 110)) // Beijing: the amount before the deduction
		putAll(t, s, seen(advise(t, b, "110100", 66), centres, 90, 90, 90))    // Beijing: another amount
		putAll(t, s, seen(advise(t, b, "320100", 66), centres, 90))            // too few

		groups, err := records.Review(ctx, s, b, today)
		if err != nil {
			t.Fatal(err)
		}
		verdicts := map[string]records.Verdict{}
		for _, g := range groups {
			verdicts[g.Place+" "+g.Band.String()] = g.Verdict
		}
		want := map[string]records.Verdict{"110100 70-74": records.Agrees, "110100 65-69": records.Differs, "320100 70-74": records.NewFigure, "320100 65-69": records.TooFew}
		for k, v := range want {
			if verdicts[k] != v {
				t.Errorf("%s: %s, want %s", k, verdicts[k], v)
			}
		}
		if groups[0].Verdict != records.Differs {
			t.Errorf("conflicts are not first: %s", groups[0].Verdict)
		}
		if _, err := json.Marshal(groups); err != nil {
			t.Fatal(err)
		}
		if len(groups[0].Centres) != 3 || groups[0].Centres[0].Centre != "east" {
			t.Errorf("per centre: %+v", groups[0].Centres)
		}

		text, n := records.Rules(groups, b, today)
		if n != 1 || strings.Contains(text, "110100") {
			t.Fatalf("%d rules:\n%s", n, text)
		}
		path := filepath.Join(t.TempDir(), "desk.toml")
		if err := records.WriteRules(path, text, n); err != nil {
			t.Fatal(err)
		}
		nb, err := load.With(b, path)
		if err != nil {
			t.Fatalf("the rules file does not load: %v\n%s", err, text)
		}
		p, _ := nb.Place("320100")
		at := func(age int, day book.Date) (bool, book.Money) {
			a := advise(t, nb, p.Code, age)
			if day != today {
				a = adviseOn(t, nb, p.Code, age, day)
			}
			return a.Credit.Known, a.Credit.NetMonthly
		}
		if known, x := at(72, today); !known || x != book.Yuan(118) {
			t.Errorf("72 with the desk rule: %v %v", known, x)
		}
		if known, _ := at(66, today); known {
			t.Error("the desk rule spoke for 66, outside its band")
		}
		if known, _ := at(72, book.Date{Year: 2026, Month: 2, Day: 20}); known {
			t.Error("the desk rule spoke before its first counted month")
		}
		if !strings.Contains(text, "effective_from = 2026-03-01") || strings.Contains(text, "effective_to") {
			t.Errorf("dates of the rule:\n%s", text)
		}

		// Nothing to write: said plainly, the good file kept.
		err = records.WriteRules(path, "", 0)
		if err == nil || !strings.Contains(err.Error(), "No rules to write") {
			t.Fatalf("nothing to write: %v", err)
		}
		if got, _ := os.ReadFile(path); string(got) != text {
			t.Fatal("the good file was changed")
		}
	})
}

func adviseOn(t *testing.T, b *book.Book, code string, age int, day book.Date) (a adviceT) {
	t.Helper()
	p, _ := b.Place(code)
	return resolve(b, p, age, day)
}

func TestReportEscapesNames(t *testing.T) {
	s := open(t, sqliteTarget(t))
	r := sample(100, nov)
	r.Centre = "east\x1b]52;c;ZXZpbA==\a"
	putAll(t, s, []records.Record{r})
	groups, err := records.Review(context.Background(), s, testkit.Book(t), today)
	if err != nil {
		t.Fatal(err)
	}
	text := records.Report(groups)
	if strings.ContainsAny(text, "\x1b\a") || !strings.Contains(text, "too few") {
		t.Fatalf("report:\n%q", text)
	}
}
