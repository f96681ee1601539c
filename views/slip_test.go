package views

import (
	"strings"
	"testing"

	"yibao/data"
)

func advice(t *testing.T, code string, ins data.Insurance, st data.Status, age int) data.Advice {
	t.Helper()
	b, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	p, _ := b.Place(code)
	return b.Advise(p, data.Profile{Insurance: ins, Status: st, Age: age}, data.Date{Year: 2026, Month: 11, Day: 22})
}

func TestSlipWidthsAndContents(t *testing.T) {
	a := advice(t, "430100", data.Employee, data.Retired, 72)
	for _, w := range []int{32, 48} {
		for _, l := range []data.Lang{data.ZH, data.EN} {
			slip := Slip(a, l, w, map[string]bool{"hotline": true})
			for _, line := range strings.Split(slip, "\n") {
				if width(line) > w {
					t.Errorf("%d %s: %q is %d wide", w, l, line, width(line))
				}
			}
			want := map[data.Lang][]string{
				data.ZH: {"长沙市（湖南省）", "职工医保", "已退休", "75 元", "[x] 打医保服务热线", "0731-12393", "不是官方通知", "验证码", "2026-11-22"},
				data.EN: {"Changsha", "employee insurance", "retired", "75 yuan", "[x] Call the medical", "0731-12393", "Not an official notice", "verification code"},
			}[l]
			flat := strings.ReplaceAll(slip, "\n", "")
			for _, s := range want {
				if !strings.Contains(flat, strings.ReplaceAll(s, " ", "")) && !strings.Contains(slip, s) {
					t.Errorf("%d %s: slip lacks %q:\n%s", w, l, s, slip)
				}
			}
		}
	}
}

func TestSlipWithoutFigureShowsNoAmount(t *testing.T) {
	a := advice(t, "330100", data.Employee, data.Retired, 72)
	slip := Slip(a, data.ZH, 32, nil)
	if !strings.Contains(slip, "暂无核实数据") || strings.Contains(slip, "\n[x]") {
		t.Fatalf("slip:\n%s", slip)
	}
	for _, line := range strings.Split(slip, "\n") {
		if i := strings.Index(line, "元"); i > 0 && line[i-1] >= '0' && line[i-1] <= '9' || strings.Contains(line, " 元") && strings.ContainsAny(line, "0123456789") && !strings.Contains(line, "12393") {
			t.Errorf("an amount on a slip without a verified figure: %q", line)
		}
	}
}

func TestGuideLines(t *testing.T) {
	b, _ := data.Embedded()
	for _, g := range b.Guides() {
		for _, l := range []data.Lang{data.ZH, data.EN} {
			lines := GuideLines(g, l, 40)
			text := strings.Join(lines, "\n")
			if !strings.HasPrefix(strings.Join(lines, " "), g.Title.In(l)) && !strings.HasPrefix(strings.Join(lines, ""), g.Title.In(l)) || !strings.Contains(text, tr(l == data.EN, "来源：", "Sources:")) {
				t.Errorf("%s %s:\n%s", g.ID, l, text)
			}
			for _, line := range lines {
				if width(line) > 40 {
					t.Errorf("%s: %q too wide", g.ID, line)
				}
			}
		}
	}
	idx := GuideIndex(b.Guides(), data.ZH)
	for _, id := range []string{"transfer", "remote-care", "withdrawal", "family", "lapse", "counter"} {
		if !strings.Contains(idx, id) {
			t.Errorf("index lacks %s:\n%s", id, idx)
		}
	}
}
