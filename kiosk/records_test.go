package kiosk

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"charm.land/log/v2"

	"yibao/data/lang"
	"yibao/data/records"
	"yibao/model"
)

// openStore is a fresh SQLite records store.
func openStore(t testing.TB) (*records.Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "records.db")
	s, err := records.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

// TestRecordingNeedsAuthBeyondLoopback: a kiosk that records refuses to
// listen beyond this machine without authentication, in plain words; on
// loopback, or with keys, it starts.
func TestRecordingNeedsAuthBeyondLoopback(t *testing.T) {
	store, _ := openStore(t)
	keys := filepath.Join(t.TempDir(), "authorized_keys")
	if err := os.WriteFile(keys, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		listen string
		auth   AuthMode
		keys   string
		ok     bool
	}{
		{"0.0.0.0:0", AuthNone, "", false},
		{"[::]:0", AuthNone, "", false},
		{"192.0.2.1:0", "", "", false},
		{"127.0.0.1:0", AuthNone, "", true},
		{"localhost:0", AuthNone, "", true},
		{"0.0.0.0:0", AuthKeys, keys, true},
	} {
		cfg := Config{Book: testBook(t), Listen: tc.listen, Auth: tc.auth, AuthorizedKeys: tc.keys,
			HostKeyPath: filepath.Join(t.TempDir(), "host"), Records: store, Logger: log.New(&buffer{})}
		_, err := New(cfg)
		if (err == nil) != tc.ok {
			t.Errorf("%s with auth %q: %v", tc.listen, tc.auth, err)
		}
		if err != nil && (!strings.Contains(err.Error(), "--auth password") || !strings.Contains(err.Error(), "登录验证")) {
			t.Errorf("the refusal is not plain and bilingual: %v", err)
		}
		if tc.ok || tc.auth == AuthKeys {
			continue
		}
		cfg.Records = nil // without recording, an open kiosk only warns
		if _, err := New(cfg); err != nil {
			t.Errorf("%s without recording: %v", tc.listen, err)
		}
	}
}

// TestRecordLogLine: one line a record, with the session id, the desk
// user escaped and the record id; never the place or the amount.
func TestRecordLogLine(t *testing.T) {
	store, _ := openStore(t)
	ts := startServer(t, func(c *Config) { c.Records = store })
	ts.records.recorded("s-1f2e", "desk\x1b]0;PWN\a")("0123456789abcdef")
	logs := ts.waitLog(t, "record=0123456789abcdef")
	line := logs[strings.LastIndex(logs[:strings.Index(logs, "record=0123456789abcdef")], "\n")+1:]
	line, _, _ = strings.Cut(line, "\n")
	if !strings.Contains(line, "id=s-1f2e") || !strings.Contains(line, `desk\x1b]0;PWN\a`) || strings.ContainsAny(line, "\x1b\a") {
		t.Errorf("record line: %q", line)
	}
	// A record taken back gets its own line, by id alone.
	ts.records.takenBack("s-1f2e", "desk")("0123456789abcdef")
	logs = ts.waitLog(t, "take-back")
	line = logs[strings.LastIndex(logs[:strings.Index(logs, "take-back")], "\n")+1:]
	line, _, _ = strings.Cut(line, "\n")
	if !strings.Contains(line, "id=s-1f2e") || !strings.Contains(line, "record=0123456789abcdef") {
		t.Errorf("take-back line: %q", line)
	}
}

// TestRecordsErrorLoggedOnceAMinute: a store that cannot be read is
// logged at most once a minute, in the store's words.
func TestRecordsErrorLoggedOnceAMinute(t *testing.T) {
	now := time.Date(2026, 12, 8, 10, 0, 0, 0, time.UTC)
	ts := startServer(t, func(c *Config) { c.Now = func() time.Time { return now } })
	err := &records.Error{Kind: records.Unreadable, Msg: lang.T("本服务台的记录现在读不到", "cannot be read")}
	for range 5 {
		ts.records.failed(err)
	}
	now = now.Add(time.Minute)
	ts.records.failed(err)
	ts.records.failed(err)
	ts.Shutdown(context.Background()) // flushes the log
	if n := strings.Count(ts.logs.String(), "读不到"); n != 2 {
		t.Errorf("%d lines about the records in two minutes, want 2:\n%s", n, ts.logs.String())
	}
}

// advisorRecordsIntoStore reports whether the advisor records into the
// store of model.Options.Records: not while model.Options still takes
// the earlier Recorder.
func advisorRecordsIntoStore() bool {
	_, earlier := reflect.TypeFor[model.Options]().FieldByName("Record")
	return !earlier
}

// TestRecordingSessions: 50 desks recording at once over SSH into one
// SQLite store lose no record and corrupt none; the log has one line a
// record, naming the record, and nothing recorded.
func TestRecordingSessions(t *testing.T) {
	if !advisorRecordsIntoStore() {
		t.Skip("the advisor records into the earlier Recorder, not model.Options.Records")
	}
	store, path := openStore(t)
	ts := startServer(t, func(c *Config) {
		c.Rate, c.Burst, c.MaxSessions = 1000, 1000, 200
		c.Records, c.Centre = store, "east"
	})
	const n = 50
	t.Run("desks", func(t *testing.T) {
		for i := range n {
			t.Run(strconv.Itoa(i), func(t *testing.T) {
				t.Parallel()
				c := ts.open(t, openOpts{})
				c.converse(t, "您参加的是哪种医保", "1", "退休情况", "2", "城市", "hangzhou"+enter, "多少岁", "72"+enter,
					"记录到账", "r", "这个月划入多少元", strconv.Itoa(200+i)+enter, "是哪个月的到账", enter, "在哪里看到的", "3", "已记下", "")
			})
		}
	})
	var recs []records.Record
	if err := store.Each(context.Background(), records.Month{}, func(r records.Record) error { recs = append(recs, r); return nil }); err != nil || len(recs) != n {
		t.Fatalf("%d records, %v", len(recs), err)
	}
	amounts := map[string]bool{}
	for _, r := range recs {
		amounts[r.Amount.String()] = true
		if r.Channel != records.WeChat || r.Band != (records.Band{Min: 70, Max: 74}) || r.Centre != "east" || r.Desk != "desk" {
			t.Errorf("record %+v", r)
		}
		ts.waitLog(t, "record="+r.ID)
	}
	if len(amounts) != n {
		t.Errorf("%d distinct amounts, want %d", len(amounts), n)
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
		t.Errorf("mode %v", info.Mode().Perm())
	}
	logs := ts.logs.String()
	if strings.Count(logs, " record=") != n {
		t.Errorf("%d record lines, want %d", strings.Count(logs, " record="), n)
	}
	for _, answer := range []string{"hangzhou", "杭州", "330100", "amount", "=200", "=249"} {
		if strings.Contains(logs, answer) {
			t.Errorf("an answer (%s) reached the log:\n%s", answer, logs)
		}
	}
}

// converse waits for each prompt in turn and answers it: prompt, answer,
// prompt, answer ... ("" sends nothing).
func (c *client) converse(t testing.TB, pairs ...string) {
	t.Helper()
	for i := 0; i+1 < len(pairs); i += 2 {
		c.waitFor(t, pairs[i])
		if pairs[i+1] != "" {
			c.send(pairs[i+1])
		}
	}
}
