package consult_test

import (
	"errors"
	"strings"
	"testing"

	"yibao/data/consult"
	"yibao/data/lang"
	"yibao/data/records"
	"yibao/internal/testkit"
)

// TestRecordSteps: the record questions follow the advice as steps of
// the consultation's kind: the amount, the month (last month when left
// blank), where it was read (optional), then the record is complete.
func TestRecordSteps(t *testing.T) {
	a := answer(t, "employee", "retired", "北京", "72")
	st := consult.StartRecord(&a, testkit.Today)
	if st.ID != consult.Amount || st.Kind != consult.Number || st.Flag != "amount" {
		t.Fatalf("first record step: %+v", st)
	}
	if got := consult.Find(consult.Month).Text(a); got != "2026-11" {
		t.Errorf("the month before it is answered: %q, want last month", got)
	}
	if _, ok := consult.Back(a, consult.Amount); ok {
		t.Error("nothing is before the amount: Back leads to the advice")
	}
	if n, total, known := consult.Progress(a, consult.Month); n != 2 || total != 3 || !known {
		t.Errorf("the month is step %d of %d (%v)", n, total, known)
	}
	for _, bad := range []string{"abc", "0", "-5"} {
		if err := st.Set(&a, bad, env(t)); err == nil {
			t.Errorf("amount %q was taken", bad)
		}
	}
	if err := st.Set(&a, "107", env(t)); err != nil {
		t.Fatal(err)
	}
	st, ok := consult.Next(a, st.ID)
	if !ok || st.ID != consult.Month {
		t.Fatalf("after the amount: %s", st.ID)
	}
	if err := st.Set(&a, "2027-01", env(t)); err == nil || !strings.Contains(lang.Message(err).Zh, "还没到") {
		t.Errorf("a month to come: %v", err)
	}
	if err := st.Set(&a, "", env(t)); err != nil || a.Statement.Month.String() != "2026-11" {
		t.Fatalf("a blank month keeps last month: %v %v", a.Statement.Month, err)
	}
	st, _ = consult.Next(a, st.ID)
	if st.ID != consult.Channel || st.Kind != consult.Choose || !st.Optional || len(st.Options) != len(records.Channels()) {
		t.Fatalf("the channel step: %+v", st)
	}
	if err := st.Set(&a, "fax", env(t)); err == nil {
		t.Error("an unknown channel was taken")
	}
	for _, c := range []struct {
		text string
		want records.Channel
	}{{"3", records.WeChat}, {"微信", records.WeChat}, {"", ""}, {"receipt", records.Receipt}} { // receipt last: the entry below keeps it
		if err := st.Set(&a, c.text, env(t)); err != nil || a.Statement.Channel != c.want {
			t.Errorf("channel %q: %q, %v", c.text, a.Statement.Channel, err)
		}
	}
	if _, ok := consult.Next(a, consult.Channel); ok {
		t.Error("after the channel the record is complete")
	}
	e := a.Entry("c1", records.DeskLocal, "")
	if e.Amount.String() != "107" || e.Month.String() != "2026-11" || e.Channel != records.Receipt || e.Consultation != "c1" || e.Desk != "local" {
		t.Errorf("the entry: %+v", e)
	}
	// The next record of the consultation starts afresh.
	consult.StartRecord(&a, testkit.Today)
	if a.Statement.Amount != nil || a.Statement.ChannelDone {
		t.Errorf("StartRecord kept the last record's answers: %+v", a.Statement)
	}
}

// TestRecordAmountChecks: an amount no rule could give is refused with a
// plain question; one far from the figure is asked about once and taken
// when given again.
func TestRecordAmountChecks(t *testing.T) {
	a := answer(t, "employee", "retired", "北京", "72")
	st := consult.StartRecord(&a, testkit.Today)
	err := st.Set(&a, "20000", env(t))
	if err == nil || !strings.Contains(lang.Message(err).Zh, "「个人账户划入」那一行") || a.Statement.Amount != nil {
		t.Fatalf("an impossible amount: %v", err)
	}
	err = st.Set(&a, "1070", env(t))
	var w *consult.Warning
	if !errors.As(err, &w) || !strings.Contains(w.Msg.Zh, "是 1070 元吗？") || a.Statement.Amount != nil {
		t.Fatalf("a slipped zero: %v", err)
	}
	if err := st.Set(&a, "1070", env(t)); err != nil || a.Statement.Amount.String() != "1070" {
		t.Fatalf("the same amount again: %v", err)
	}
	// Gross, net and a year at once are what a statement may show: no question.
	for _, ok := range []string{"110", "107", "1284"} {
		if err := st.Set(&a, ok, env(t)); err != nil {
			t.Errorf("%s: %v", ok, err)
		}
	}
}
