package lineview_test

import (
	"os"
	"strings"
	"testing"

	"yibao/data/lang"
	"yibao/data/records"
	"yibao/internal/testkit"
	"yibao/internal/testrecords"
	"yibao/model/line"
	"yibao/views/lineview"
)

// TestLineModeRecords: after the advice, 2 asks the record questions line
// by line, as the consultation's are asked; the record goes into the
// store, and what the amount matches is printed at once. A second record
// of the consultation replaces the first and says so.
func TestLineModeRecords(t *testing.T) {
	st, _ := testrecords.Store(t)
	var ids []string
	l := line.New(line.Options{Book: testkit.Book(t), Places: testkit.Places(t), Lang: lang.ZH, Now: testkit.Now,
		Records: st, OnRecord: func(id string) { ids = append(ids, id) }})
	say := func(text string, want ...string) string {
		t.Helper()
		l.Answer(text)
		out := lineview.Output(l, 80)
		for _, w := range want {
			if !strings.Contains(out, w) {
				t.Fatalf("after %q the output lacks %q:\n%s", text, w, out)
			}
		}
		return out
	}
	for _, a := range []string{"1", "2", "北京"} {
		say(a)
	}
	say("72", "每月实际划入 107 元", "输入 2 记录对账单上的到账")
	say("2", "记录到账，第 1 步，共 3 步。这个月划入多少元？", "（输入 0 返回上一步）")
	say("0", "输入 1 查询下一位")
	say("2", "这个月划入多少元？")
	say("20000", "一次最多划入 1320 元", "这个月划入多少元？")
	say("110", "第 2 步，共 3 步。是哪个月的到账？", "直接按回车就是上个月")
	out := say("", "第 3 步，共 3 步。在哪里看到的？", "1. 医保 App", "3. 微信", "不想说就直接按回车")
	if strings.Contains(out, "每月实际划入") {
		t.Errorf("the advice was printed again:\n%s", out)
	}
	say("3", "已记下。", "对账：记下的 110 元。这是扣款前的数：110 = 107 + 3", "输入 2 记录对账单上的到账")
	recs := testrecords.All(t, st)
	if len(recs) != 1 || recs[0].Channel != records.WeChat || recs[0].Month.String() != "2026-11" || recs[0].Desk != records.DeskLocal ||
		len(ids) != 1 || ids[0] != recs[0].ID {
		t.Fatalf("the store: %+v, ids %v", recs, ids)
	}
	say("2")
	say("107")
	say("")
	out = say("", "并替换了这次咨询先前的那条记录", "相符：每月实际到账 107 元")
	if recs := testrecords.All(t, st); len(recs) != 1 || recs[0].Amount.String() != "107" || recs[0].Channel != "" {
		t.Fatalf("one record a consultation: %+v", recs)
	}
	if strings.Contains(out, "每月实际划入") {
		t.Errorf("the advice was printed again:\n%s", out)
	}
	say("1", "您参加的是哪种医保")
	for _, a := range []string{"1", "2", "北京", "72", "2", "107", "", ""} {
		l.Answer(a)
	}
	if len(testrecords.All(t, st)) != 2 {
		t.Error("the next person's record is another")
	}
}

// TestLineModeWithoutRecords: where the desk does not record, 2 is not
// offered, and is refused in plain words.
func TestLineModeWithoutRecords(t *testing.T) {
	l := line.New(line.Options{Book: testkit.Book(t), Places: testkit.Places(t), Lang: lang.ZH, Now: testkit.Now})
	for _, a := range []string{"1", "2", "北京", "72"} {
		l.Answer(a)
	}
	if out := lineview.Output(l, 80); strings.Contains(out, "输入 2") {
		t.Fatalf("2 offered without a store:\n%s", out)
	}
	l.Answer("2")
	if out := lineview.Output(l, 80); !strings.HasPrefix(out, "请输入 1 查询下一位，或 0 退出。") || l.Record.Asking {
		t.Fatalf("2 without a store:\n%s", out)
	}
}

// TestLineModeUnreadableStore: where the desk's records cannot be read,
// the advice starts with one plain line and the consultation goes on.
func TestLineModeUnreadableStore(t *testing.T) {
	st, path := testrecords.Store(t)
	var errs int
	l := line.New(line.Options{Book: testkit.Book(t), Places: testkit.Places(t), Lang: lang.ZH, Now: testkit.Now,
		Records: st, OnRecordsError: func(error) { errs++ }})
	st.Close()
	if err := os.WriteFile(path, []byte("<<<<<<< HEAD\nnot a database\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, a := range []string{"1", "2", "北京", "72"} {
		l.Answer(a)
	}
	out := lineview.Output(l, 80)
	if !strings.HasPrefix(out, "本服务台的记录现在读不到；咨询照常进行。\n") || !strings.Contains(out, "每月实际划入 107 元") || strings.Contains(out, path) || errs != 1 {
		t.Fatalf("errors %d, output:\n%s", errs, out)
	}
}

// TestLineModeNoFigureNoReasons: where the book has no figure, the record
// says so and lists no reasons for a mismatch; the first question says
// that 0 quits.
func TestLineModeNoFigureNoReasons(t *testing.T) {
	st, _ := testrecords.Store(t)
	l := line.New(line.Options{Book: testkit.Book(t), Places: testkit.Places(t), Lang: lang.ZH, Now: testkit.Now, Records: st})
	if out := lineview.Output(l, 80); !strings.Contains(out, "（输入 0 退出）") {
		t.Fatalf("the first question does not say how to quit:\n%s", out)
	}
	for _, a := range []string{"1", "2", "南京", "72", "2", "88", "", ""} {
		l.Answer(a)
	}
	out := lineview.Output(l, 80)
	if !strings.Contains(out, "书里没有这里的数可以对照") || strings.Contains(out, "常见的原因") || strings.Contains(out, "退休手续") {
		t.Fatalf("no figure:\n%s", out)
	}
}
