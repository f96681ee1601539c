package records_test

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"yibao/data/book"
	"yibao/data/records"
)

func yuan(y float64) book.Money { return book.Yuan(y) }

var nov = records.Month{Year: 2026, Month: 11}

func TestPutReplacesTheConsultationsRecord(t *testing.T) {
	stores(t, func(t *testing.T, target string) {
		ctx := context.Background()
		s := open(t, target)
		r := sample(110, nov)
		saved, err := s.Put(ctx, r)
		if err != nil || saved.Replaced {
			t.Fatalf("first put: %+v %v", saved, err)
		}
		again := r
		again.ID, again.Amount = records.NewID(), yuan(107)
		saved, err = s.Put(ctx, again)
		if err != nil || !saved.Replaced {
			t.Fatalf("second put of one consultation: %+v %v", saved, err)
		}
		got, err := s.Lookup(ctx, r.Key(), nov.Add(-11))
		if err != nil || len(got) != 1 || got[0].Amount != yuan(107) || got[0].ID != again.ID {
			t.Fatalf("after replacing: %+v %v", got, err)
		}
		if ok, err := s.TakeBack(ctx, again.ID); !ok || err != nil {
			t.Fatalf("take back: %v %v", ok, err)
		}
		if n, _ := s.Count(ctx); n != 0 {
			t.Fatalf("%d records after taking the only one back", n)
		}
	})
}

func TestCentreIsKept(t *testing.T) {
	stores(t, func(t *testing.T, target string) {
		ctx := context.Background()
		first, err := open(t, target).Centre(ctx)
		if err != nil || first == "" {
			t.Fatal(first, err)
		}
		second, _ := open(t, target).Centre(ctx)
		if second != first {
			t.Fatalf("centre %q, then %q", first, second)
		}
		r := sample(110, nov)
		r.Centre = ""
		saved, err := open(t, target).Put(ctx, r)
		if err != nil || saved.Record.Centre != first {
			t.Fatalf("a record without a centre got %q, want %q (%v)", saved.Record.Centre, first, err)
		}
	})
}

func TestSQLiteFileIsPrivate(t *testing.T) {
	target := sqliteTarget(t)
	open(t, target)
	info, err := os.Stat(target)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("mode %v, %v", info.Mode(), err)
	}
}

func TestDamagedStoreIsOnePlainLine(t *testing.T) {
	target := sqliteTarget(t)
	if err := os.WriteFile(target, []byte("<<<<<<< HEAD\nthis is not a database, only garbage that someone merged\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := records.Open(context.Background(), target)
	if !errors.Is(err, records.ErrUnreadable) {
		t.Fatalf("opening garbage: %v", err)
	}
	if msg := err.Error(); msg != "本服务台的记录现在读不到；咨询照常进行。 / The desk's records cannot be read now; the consultation goes on." {
		t.Fatalf("message %q", msg)
	}
}

func TestDownServerIsUnreadableWithoutTheURL(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10e9)
	defer cancel()
	_, err := records.Open(ctx, "postgres://kiosk7:secret@127.0.0.1:1/records?sslmode=disable&connect_timeout=2")
	if !errors.Is(err, records.ErrUnreadable) {
		t.Fatalf("a server that is down: %v", err)
	}
	for _, bad := range []string{"secret", "127.0.0.1", "kiosk7"} {
		if strings.Contains(err.Error(), bad) {
			t.Fatalf("the message shows %q: %s", bad, err)
		}
	}
}
