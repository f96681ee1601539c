package lineview_test

import (
	"strings"
	"testing"

	"yibao/data/book"
	"yibao/data/lang"
	"yibao/internal/testkit"
	"yibao/model/line"
	"yibao/views/lineview"
)

// TestLineMode walks the line mode as it prints: choices, a message, the
// advice, the next person, a deep link.
func TestLineMode(t *testing.T) {
	o := line.Options{Book: testkit.Book(t), Places: testkit.Places(t), Lang: lang.ZH, Now: testkit.Now}
	l := line.New(o)
	for _, a := range []string{"1", "2", "bj"} {
		l.Answer(a)
	}
	if l.Step.ID != "place" || len(l.Choices) != 3 {
		t.Fatalf("bj: step %v choices %d", l.Step.ID, len(l.Choices))
	}
	out := lineview.Output(l, 80)
	for _, want := range []string{"1. 北京市", "2. 毕节市（贵州省）", "3. 宝鸡市（陕西省）", "请输入数字选择"} {
		if !strings.Contains(out, want) {
			t.Errorf("choices lack %q:\n%s", want, out)
		}
	}
	l.Answer("1")
	l.Answer("abc")
	if l.Step.ID != "age" || l.Err.Zh == "" {
		t.Fatal("a bad age stays on the question with a message")
	}
	if out := lineview.Output(l, 80); !strings.HasPrefix(out, "年龄只能填数字") || strings.Contains(out, "\x1b") {
		t.Fatalf("line output: %q", out)
	}
	l.Answer("0")
	if l.Step.ID != "place" {
		t.Fatal("0 goes back")
	}
	l.Answer("北京")
	l.Answer("72")
	if !l.AtResult() || l.Advice.Credit.NetMonthly != book.Yuan(107) {
		t.Fatalf("step %v", l.Step.ID)
	}
	if out := lineview.Output(l, 80); !strings.Contains(out, "每月实际划入 107 元") || !strings.Contains(out, "输入 1 查询下一位") {
		t.Fatalf("result: %s", out)
	}
	l.Shown = true
	l.Answer("1")
	if l.Step.ID != "insurance" || l.Answers.Place != nil {
		t.Fatal("1 starts the next person")
	}
	answer := func(l *line.Line, as ...string) *line.Line {
		for _, a := range as {
			l.Answer(a)
		}
		return l
	}
	if answer(l, "1", "0", "0"); l.Step.ID != "insurance" {
		t.Fatalf("0 twice goes back to the start, step %v", l.Step.ID)
	}
	o.Place = "长沙"
	if l = answer(line.New(o), "1", "2"); l.Step.ID != "age" {
		t.Fatalf("a deep-link place skips the question, step %v", l.Step.ID)
	}
	// A mistyped link offers its suggestions when the place is asked.
	o.Place = "shangai"
	l = answer(line.New(o), "1", "2")
	if out := lineview.Output(l, 80); l.Step.ID != "place" || !strings.Contains(out, "上海市") {
		t.Fatalf("mistyped link: %q", out)
	}
}
