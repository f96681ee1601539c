package records_test

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"yibao/data/records"
)

// allIDs is every record id in a store.
func allIDs(t *testing.T, s *records.Store) map[string]bool {
	t.Helper()
	ids := map[string]bool{}
	if err := s.Each(context.Background(), records.Month{}, func(r records.Record) error { ids[r.ID] = true; return nil }); err != nil {
		t.Fatal(err)
	}
	return ids
}

func TestFiftyWritersOnOneSQLiteFile(t *testing.T) {
	if testing.Short() {
		t.Skip("starts 50 processes")
	}
	writersConcurrently(t, sqliteTarget(t), 50, 10)
}

func TestTwoWritersOnOnePostgreSQL(t *testing.T) {
	writersConcurrently(t, pgTarget(t), 2, 100)
}

// writersConcurrently starts all the writers before reading any, so that
// they run at once.
func writersConcurrently(t *testing.T, target string, n, each int) {
	open(t, target)
	type child struct {
		cmd  *exec.Cmd
		done chan []string
	}
	kids := make([]child, n)
	for i := range kids {
		cmd, out := startWriter(t, target, each)
		kids[i] = child{cmd, make(chan []string, 1)}
		go func(c child) {
			var ids []string
			for out.Scan() {
				ids = append(ids, out.Text())
			}
			c.done <- ids
		}(kids[i])
	}
	var want []string
	for i, k := range kids {
		ids := <-k.done
		if err := k.cmd.Wait(); err != nil || len(ids) != each {
			t.Fatalf("writer %d: %v, %d records", i, err, len(ids))
		}
		want = append(want, ids...)
	}
	got := allIDs(t, open(t, target))
	if len(got) != n*each {
		t.Fatalf("%d records kept, want %d", len(got), n*each)
	}
	for _, id := range want {
		if !got[id] {
			t.Fatalf("record %s lost", id)
		}
	}
}

func TestSIGKILLMidRecordKeepsEveryFinishedRecord(t *testing.T) {
	stores(t, func(t *testing.T, target string) {
		open(t, target)
		cmd, out := startWriter(t, target, 0) // writes until killed
		var ids []string
		for len(ids) < 200 && out.Scan() {
			ids = append(ids, out.Text())
		}
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		cmd.Wait()
		got := allIDs(t, open(t, target))
		for _, id := range ids {
			if !got[id] {
				t.Fatalf("finished record %s lost (%d reported, %d kept)", id, len(ids), len(got))
			}
		}
		if len(ids) < 200 {
			t.Fatalf("the writer reported only %d records", len(ids))
		}
	})
}

func TestFullDiskWritesARecordWholeOrNotAtAll(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("mounting a small tmpfs needs root")
	}
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs here: %s", strings.TrimSpace(string(out)))
	}
	t.Cleanup(func() { exec.Command("umount", dir).Run() })
	target := filepath.Join(dir, "records.db")
	s := open(t, target)
	ctx := context.Background()
	var kept []string
	var full error
	for i := 0; i < 100000 && full == nil; i++ {
		r := sample(110, nov)
		if _, err := s.Put(ctx, r); err != nil {
			full = err
			break
		}
		kept = append(kept, r.ID)
	}
	if full == nil {
		t.Fatal("the disk never filled")
	}
	t.Logf("%d records before the disk filled: %v", len(kept), full)
	if !errors.Is(full, records.ErrFull) || !strings.Contains(full.Error(), "nothing of this record was written") {
		t.Fatalf("message %q", full)
	}
	// Later records are refused the same way, and every earlier one reads.
	if _, err := s.Put(ctx, sample(110, nov)); err == nil {
		t.Log("a record fitted after the disk filled")
	}
	s.Close()
	got := allIDs(t, open(t, target))
	for _, id := range kept {
		if !got[id] {
			t.Fatalf("record %s lost after the disk filled", id)
		}
	}
	if len(got) < len(kept) || len(got) > len(kept)+1 {
		t.Fatalf("%d records kept, %d were recorded", len(got), len(kept))
	}
}
