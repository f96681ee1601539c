package lineview_test

import (
	"strings"
	"testing"

	"yibao/data/lang"
	"yibao/internal/testkit"
	"yibao/model/line"
	"yibao/views/lineview"
)

// TestLineVariant: the line mode asks Shenzhen's tier after the place,
// numbered like any choice, and "do not know" lists each tier.
func TestLineVariant(t *testing.T) {
	l := line.New(line.Options{Book: testkit.Book(t), Places: testkit.Places(t), Lang: lang.ZH, Now: testkit.Now})
	for _, a := range []string{"1", "2", "深圳"} {
		l.Answer(a)
	}
	if l.Step.ID != "variant" {
		t.Fatalf("after 深圳: %s", l.Step.ID)
	}
	out := lineview.Output(l, 80)
	for _, want := range []string{"哪一档", "1. 一档", "2. 二档", "3. 三档", "4. 不知道"} {
		if !strings.Contains(out, want) {
			t.Errorf("the question lacks %q:\n%s", want, out)
		}
	}
	l.Answer("9")
	if l.Step.ID != "variant" || l.Err.Zh == "" {
		t.Fatal("9 is no option")
	}
	l.Answer("4")
	l.Answer("35")
	if l.Step.ID != "age" || !strings.Contains(l.Err.Zh, "提前退休") {
		t.Fatalf("a retiree of 35 is warned: %s %q", l.Step.ID, l.Err.Zh)
	}
	l.Answer("35")
	if !l.AtResult() {
		t.Fatalf("the same age again goes on: %s", l.Step.ID)
	}
	out = lineview.Output(l, 80)
	for _, want := range []string{"一档：每月 251 元", "二档：没有个人账户", "提前退休"} {
		if !strings.Contains(out, want) {
			t.Errorf("the result lacks %q:\n%s", want, out)
		}
	}
}
