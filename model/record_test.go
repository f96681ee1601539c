package model_test

import (
	"os"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"yibao/data/lang"
	"yibao/data/records"
	"yibao/internal/testrecords"
	"yibao/model"
)

// recordingModel is an advisor that records into a store in a temporary
// folder.
func recordingModel(t *testing.T, l lang.Lang) (model.Model, *records.Store) {
	t.Helper()
	st, _ := testrecords.Store(t)
	o := options(t, l)
	o.Records = st
	return send(t, model.New(o), tea.WindowSizeMsg{Width: 80, Height: 24}), st
}

// runAll runs a command and feeds back what it reports, batches included.
func runAll(t *testing.T, m model.Model, cmd tea.Cmd) model.Model {
	t.Helper()
	if cmd == nil {
		return m
	}
	msg := cmd()
	if b, ok := msg.(tea.BatchMsg); ok {
		for _, c := range b {
			m = runAll(t, m, c)
		}
		return m
	}
	if msg == nil {
		return m
	}
	next, more := m.Update(msg)
	return runAll(t, next.(model.Model), more)
}

func pressRun(t *testing.T, m model.Model, keys ...string) model.Model {
	t.Helper()
	for _, k := range keys {
		if len([]rune(k)) > 1 && !isKeyName(k) {
			m = pressRun(t, m, strings.Split(k, "")...)
			continue
		}
		next, cmd := m.Update(keyMsg(k))
		m = runAll(t, next.(model.Model), cmd)
	}
	return m
}

// TestRecordOnTheResult: r asks the record questions as the question
// screen asks the consultation's (the amount, the month, last month
// unless changed, where it was read), records into the store, says so
// with what the amount matches, and three people agreeing give the
// desk's figure where the book has none.
func TestRecordOnTheResult(t *testing.T) {
	m, st := recordingModel(t, lang.ZH)
	m = pressRun(t, m, "1", "2", "hangzhou", "enter", "72", "enter")
	mustContain(t, m, "r 记录到账")
	if m.Advice.Credit.Known {
		t.Fatal("the test needs a place without a figure")
	}
	m = pressRun(t, m, "r")
	mustContain(t, m, "这个月划入多少元？", "记录：杭州市（浙江省），职工医保，已退休，70 到 74 岁", "不记姓名", "到账金额：")
	mustNotContain(t, m, "72 岁")
	m = pressRun(t, m, "abc", "enter")
	mustContain(t, m, "金额请填元数")
	m = pressRun(t, m, "ctrl+u", "288", "enter")
	mustContain(t, m, "是哪个月的到账？", "月份：2026-11")
	m = pressRun(t, m, "enter")
	mustContain(t, m, "在哪里看到的？", "1. 医保 App", "7. 结算小票", "回车 不选")
	m = pressRun(t, m, "1")
	atResult(t, m)
	mustContain(t, m, "已记下。", "对账：记下的 288 元", "书里没有这里的数可以对照")
	mustNotContain(t, tall(t, m), "医保退休手续还没办完") // nothing to differ from: no reasons
	recs := testrecords.All(t, st)
	if len(recs) != 1 || recs[0].Amount.String() != "288" || recs[0].Channel != records.App || recs[0].Desk != records.DeskLocal ||
		recs[0].Band != (records.Band{Min: 70, Max: 74}) || recs[0].Month.String() != "2026-11" {
		t.Fatalf("the store: %+v", recs)
	}
	// Two more people of the same band, the month changed, no channel.
	for _, age := range []string{"71", "73"} {
		m = pressRun(t, m, "n", "y", "1", "2", "hangzhou", "enter", age, "enter", "r", "288", "enter", "ctrl+u", "2026-10", "enter", "enter")
		atResult(t, m)
	}
	if c := m.Advice.Credit; !c.Known || c.Confidence != "desk" || c.NetMonthly.String() != "288" {
		t.Fatalf("three agreeing records: %+v", c)
	}
	said := 0
	for _, r := range testrecords.All(t, st) {
		if r.Channel != "" {
			said++
		}
	}
	if n := len(testrecords.All(t, st)); n != 3 || said != 1 {
		t.Fatalf("the store: %d records, %d with a channel", n, said)
	}
	// Esc leaves the questions without recording.
	m = pressRun(t, m, "r", "100", "enter", "esc", "esc")
	atResult(t, m)
	if recs := testrecords.All(t, st); len(recs) != 3 {
		t.Errorf("Esc recorded something: %d records", len(recs))
	}
}

// TestRecordTwiceReplaces: a second r on the same result replaces the
// consultation's record and says so; the next person's is another.
func TestRecordTwiceReplaces(t *testing.T) {
	m, st := recordingModel(t, lang.ZH)
	m = pressRun(t, m, "1", "2", "bj", "enter", "enter", "72", "enter", "r", "107", "enter", "enter", "enter")
	mustContain(t, m, "已记下。", "相符：每月实际到账 107 元")
	m = pressRun(t, m, "r", "110", "enter", "enter", "enter")
	mustContain(t, m, "并替换了这次咨询先前的那条记录")
	recs := testrecords.All(t, st)
	if len(recs) != 1 || recs[0].Amount.String() != "110" {
		t.Fatalf("one record a consultation: %+v", recs)
	}
	// Going back to a question and to the result again is the same consultation.
	m = pressRun(t, m, "esc", "enter", "r", "107", "enter", "enter", "enter")
	mustContain(t, m, "并替换了")
	m = pressRun(t, m, "n", "y", "1", "2", "bj", "enter", "enter", "72", "enter", "r", "107", "enter", "enter", "enter")
	mustNotContain(t, m, "替换")
	recs = testrecords.All(t, st)
	if len(recs) != 2 || recs[0].Consultation == recs[1].Consultation {
		t.Fatalf("the next person is another consultation: %+v", recs)
	}
}

// TestTakeBack: the record screen takes the session's last record back,
// after a question in plain words; any key but y keeps it.
func TestTakeBack(t *testing.T) {
	m, st := recordingModel(t, lang.ZH)
	m = pressRun(t, m, "1", "2", "bj", "enter", "enter", "72", "enter", "r")
	mustNotContain(t, m, "Ctrl+Z")
	m = pressRun(t, m, "107", "enter", "enter", "enter", "r")
	mustContain(t, m, "Ctrl+Z 撤回上一条记录")
	m = pressRun(t, m, "ctrl+z")
	mustContain(t, m, "撤回刚才记下的那条记录（107 元，2026-11）吗？", "按 y 撤回")
	m = pressRun(t, m, "n")
	if len(testrecords.All(t, st)) != 1 || m.Screen != model.ScreenRecord {
		t.Fatal("n took the record back")
	}
	m = pressRun(t, m, "ctrl+z", "y")
	atResult(t, m)
	mustContain(t, m, "已撤回刚才记下的那条记录（107 元，2026-11）")
	mustNotContain(t, tall(t, m), "对账")
	if n := len(testrecords.All(t, st)); n != 0 {
		t.Fatalf("%d records after taking back", n)
	}
	m = pressRun(t, m, "r")
	mustNotContain(t, m, "Ctrl+Z")
}

// TestTakeBackOnlyThisPersons: after the next person starts, Ctrl+Z
// never takes back the previous person's record.
func TestTakeBackOnlyThisPersons(t *testing.T) {
	m, st := recordingModel(t, lang.ZH)
	m = pressRun(t, m, "1", "2", "bj", "enter", "enter", "72", "enter", "r", "107", "enter", "enter", "enter")
	m = pressRun(t, m, "n", "y", "1", "2", "bj", "enter", "enter", "72", "enter", "r")
	mustNotContain(t, m, "Ctrl+Z")
	m = pressRun(t, m, "ctrl+z", "y")
	mustNotContain(t, m, "撤回")
	if n := len(testrecords.All(t, st)); n != 1 {
		t.Fatalf("%d records: the previous person's was taken back", n)
	}
}

// TestRecordChecksTheAmount: an amount no rule could give is refused with
// a plain question and may be corrected; one far from the figure is asked
// about once; what was kept is checked against the book at once.
func TestRecordChecksTheAmount(t *testing.T) {
	m, st := recordingModel(t, lang.ZH)
	m = pressRun(t, m, "1", "2", "bj", "enter", "enter", "72", "enter", "r", "20000", "enter")
	mustContain(t, m, "一次最多划入 1320 元", "到账金额：20000")
	if m.Step.ID != "amount" {
		t.Fatalf("an impossible amount went on to %s", m.Step.ID)
	}
	m = pressRun(t, m, "ctrl+u", "1070", "enter")
	mustContain(t, m, "是 1070 元吗？")
	m = pressRun(t, m, "ctrl+u", "110", "enter", "enter", "enter")
	atResult(t, m)
	mustContain(t, tall(t, m), "对账：记下的 110 元", "这是扣款前的数：110 = 107 + 3")
	m = pressRun(t, m, "r", "107", "enter", "enter", "enter")
	mustContain(t, tall(t, m), "相符：每月实际到账 107 元")
	mustNotContain(t, tall(t, m), "扣款前")
	if recs := testrecords.All(t, st); len(recs) != 1 || recs[0].Amount.String() != "107" {
		t.Fatalf("the store: %+v", recs)
	}
}

// TestUnreadableStore: where the desk's records cannot be read, the result
// says so in one plain line (never a path) and the consultation goes on.
func TestUnreadableStore(t *testing.T) {
	st, path := testrecords.Store(t)
	var errs []error
	o := options(t, lang.ZH)
	o.Records, o.OnRecordsError = st, func(err error) { errs = append(errs, err) }
	m := send(t, model.New(o), tea.WindowSizeMsg{Width: 80, Height: 24})
	st.Close()
	if err := os.WriteFile(path, []byte("<<<<<<< HEAD\nnot a database\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	m = pressRun(t, m, "1", "2", "bj", "enter", "enter", "72", "enter")
	atResult(t, m)
	mustContain(t, m, "本服务台的记录现在读不到；咨询照常进行。", "107")
	mustNotContain(t, m, path, "records.db")
	if len(errs) != 1 {
		t.Errorf("OnRecordsError was called %d times", len(errs))
	}
	m = pressRun(t, m, "r", "107", "enter", "enter", "enter")
	atResult(t, m)
	mustContain(t, m, "没有记下")
	mustContain(t, tall(t, m), "107")
}

// TestOnRecord: the host hears of each record kept by its id, and of
// nothing else.
func TestOnRecord(t *testing.T) {
	st, _ := testrecords.Store(t)
	var ids []string
	o := options(t, lang.ZH)
	o.Records, o.Desk, o.Centre = st, "desk7", "east"
	o.OnRecord = func(id string) { ids = append(ids, id) }
	var back []string
	o.OnTakeBack = func(id string) { back = append(back, id) }
	m := send(t, model.New(o), tea.WindowSizeMsg{Width: 80, Height: 24})
	m = pressRun(t, m, "1", "2", "bj", "enter", "enter", "72", "enter", "r", "107", "enter", "enter", "enter")
	recs := testrecords.All(t, st)
	if len(ids) != 1 || len(recs) != 1 || ids[0] != recs[0].ID || recs[0].Desk != "desk7" || recs[0].Centre != "east" {
		t.Fatalf("ids %v, records %+v", ids, recs)
	}
	// A record taken back is reported too, by the same id.
	pressRun(t, m, "r", "ctrl+z", "y")
	if len(back) != 1 || back[0] != ids[0] {
		t.Fatalf("taken back %v, recorded %v", back, ids)
	}
}

// TestRecordLimits: one record at a time, and at most MaxRecords in a
// session, however fast r is pressed.
func TestRecordLimits(t *testing.T) {
	m, st := recordingModel(t, lang.ZH)
	m = pressRun(t, m, "1", "2", "bj", "enter", "enter", "72", "enter")
	// Without running its command, the first record is still being saved.
	m = press(t, m, "r", "107", "enter", "enter", "enter")
	m = press(t, m, "r")
	mustContain(t, m, "上一条记录还在保存")
	atResult(t, m)
	if n := len(testrecords.All(t, st)); n > 0 {
		t.Fatalf("a record was written without its command: %d", n)
	}
	m, st = recordingModel(t, lang.ZH)
	for range model.MaxRecords {
		m = pressRun(t, m, "n", "y", "1", "2", "bj", "enter", "enter", "72", "enter", "r", "107", "enter", "enter", "enter")
	}
	m = pressRun(t, m, "r")
	mustContain(t, m, "不能再记录")
	if n := len(testrecords.All(t, st)); n != model.MaxRecords {
		t.Fatalf("%d records kept, want %d", n, model.MaxRecords)
	}
}

// TestRecordHeadingNamesTheGroup: the record screen says which group of
// the place's question the record is for, or that it was not known.
func TestRecordHeadingNamesTheGroup(t *testing.T) {
	m, _ := recordingModel(t, lang.ZH)
	m = pressRun(t, m, "1", "2", "chengdu", "enter", "3", "72", "enter", "r")
	mustContain(t, m, "记录：成都市（四川省），职工医保，已退休，不知道属于哪一组，70 到 74 岁")
	m, _ = recordingModel(t, lang.ZH)
	m = pressRun(t, m, "1", "2", "chengdu", "enter", "2", "72", "enter", "r")
	mustContain(t, m, "记录：成都市（四川省），职工医保，已退休，企业退休人员，70 到 74 岁")
}
