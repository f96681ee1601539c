package model_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"yibao/data/lang"
	"yibao/data/observe"
	"yibao/internal/testkit"
	"yibao/model"
)

// recordingModel is an advisor that records into a file in a temporary
// folder.
func recordingModel(t *testing.T, l lang.Lang) (model.Model, *observe.File) {
	t.Helper()
	f := observe.NewFile(filepath.Join(t.TempDir(), "observations.toml"), testBook(t), fixedNow)
	o := options(t, l)
	o.Record = f
	return send(t, model.New(o), tea.WindowSizeMsg{Width: 80, Height: 24}), f
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

// TestRecordOnTheResult: r asks for the amount, the month (last month
// unless changed) and where it was read, records it, says so, and a
// second agreeing record gives the desk's figure where the book has none.
func TestRecordOnTheResult(t *testing.T) {
	m, f := recordingModel(t, lang.ZH)
	m = pressRun(t, m, "1", "2", "hangzhou", "enter", "72", "enter")
	mustContain(t, m, "r 记录到账")
	if m.Advice.Credit.Known {
		t.Fatal("the test needs a place without a figure")
	}
	m = pressRun(t, m, "r")
	mustContain(t, m, "这个月划入多少元？", "记录：杭州市（浙江省），职工医保，已退休，70 到 79 岁", "不记姓名")
	mustNotContain(t, m, "72 岁")
	m = pressRun(t, m, "abc", "enter")
	mustContain(t, m, "金额请填元数")
	m = pressRun(t, m, "ctrl+u", "288", "enter")
	mustContain(t, m, "是哪个月的到账？", "月份：2026-11")
	m = pressRun(t, m, "enter")
	mustContain(t, m, "在哪里看到的？", "1. 医保 App", "7. 结算小票")
	m = pressRun(t, m, "1")
	if m.Screen != model.ScreenResult {
		t.Fatalf("after recording: screen %v", m.Screen)
	}
	mustContain(t, m, "已记录：288 元，2026-11。谢谢！")
	if m.Advice.Credit.Known {
		t.Fatal("one record must not give a figure")
	}
	mustContain(t, tall(t, m), "只记录过 1 次实际到账")
	// A second person of the same band, the month changed, no channel.
	m = pressRun(t, m, "n", "1", "2", "hangzhou", "enter", "75", "enter", "r", "288", "enter", "ctrl+u", "2026-10", "enter", "enter")
	if c := m.Advice.Credit; !c.Known || c.Confidence != "desk" || c.NetMonthly.String() != "288" {
		t.Fatalf("two agreeing records: %+v", c)
	}
	mustContain(t, tall(t, m), "本服务台看到 2 人的账户实际到账 288 元", "来源      本服务台记录，2026 年 11 月；本服务台的记录，不是官方数字")
	obs, err := f.All()
	if err != nil || len(obs) != 2 || obs[1].Channel != "" || obs[1].Month.String() != "2026-10" {
		t.Fatalf("the file: %+v, %v", obs, err)
	}
	content, _ := os.ReadFile(f.Path)
	if strings.Contains(string(content), "72") || strings.Contains(string(content), "75") {
		t.Errorf("an exact age reached the file:\n%s", content)
	}
	// Esc leaves the form without recording.
	m = pressRun(t, m, "r", "100", "enter", "esc", "esc")
	if m.Screen != model.ScreenResult {
		t.Fatalf("Esc: screen %v", m.Screen)
	}
	if obs, _ := f.All(); len(obs) != 2 {
		t.Errorf("Esc recorded something: %d records", len(obs))
	}
}

// TestRecordFails: a file that cannot be written gets a plain sentence on
// the result, and the consultation goes on.
func TestRecordFails(t *testing.T) {
	f := observe.NewFile("/proc/nope/observations.toml", testBook(t), fixedNow)
	o := options(t, lang.ZH)
	o.Record = f
	m := send(t, model.New(o), tea.WindowSizeMsg{Width: 80, Height: 24})
	m = pressRun(t, m, "1", "2", "bj", "enter", "enter", "72", "enter", "r", "107", "enter", "enter", "enter")
	mustContain(t, m, "没有记录：找不到文件夹 /proc/nope，observations.toml 没有写入")
	mustNotContain(t, m, "no such file")
	mustContain(t, tall(t, m), "107 元")
	_ = testkit.Today
}

// TestRecordLimits: one record at a time, and at most MaxRecords in a
// session, however fast r is pressed.
func TestRecordLimits(t *testing.T) {
	m, f := recordingModel(t, lang.ZH)
	m = pressRun(t, m, "1", "2", "bj", "enter", "enter", "72", "enter")
	// Without running its command, the first record is still being saved.
	m = press(t, m, "r", "107", "enter", "enter", "enter")
	m = press(t, m, "r")
	mustContain(t, m, "上一条记录还在保存")
	if m.Screen != model.ScreenResult {
		t.Fatal("a second form opened while the first record was being saved")
	}
	if obs, _ := f.All(); len(obs) > 0 {
		t.Fatalf("a record was written without its command: %d", len(obs))
	}
	m, f = recordingModel(t, lang.ZH)
	m = pressRun(t, m, "1", "2", "bj", "enter", "enter", "72", "enter")
	for range model.MaxRecords {
		m = pressRun(t, m, "r", "107", "enter", "enter", "enter")
	}
	m = pressRun(t, m, "r")
	mustContain(t, m, "不能再记录")
	if obs, _ := f.All(); len(obs) != model.MaxRecords {
		t.Fatalf("%d records kept, want %d", len(obs), model.MaxRecords)
	}
}
