package plain

import (
	"regexp"
	"strings"
	"testing"

	"yibao/data/advice"
	"yibao/data/book"
	"yibao/data/lang"
	"yibao/internal/testkit"
)

func adviseFor(t *testing.T, code string, ins book.Insurance, st book.Status, age int) advice.Advice {
	t.Helper()
	b := testkit.Book(t)
	p, _ := b.Place(code)
	return advice.Resolve(b, p, advice.Profile{Insurance: ins, Status: st, Age: age, AgeKnown: true}, testkit.Today)
}

func TestSlipWidthsAndContents(t *testing.T) {
	a := adviseFor(t, "430100", book.Employee, book.Retired, 72)
	for _, w := range []int{32, 48} {
		for _, l := range []lang.Lang{lang.ZH, lang.EN} {
			slip := Slip(a, l, w, map[string]bool{"hotline": true})
			for _, line := range strings.Split(slip, "\n") {
				if Width(line) > w {
					t.Errorf("%d %s: %q is %d wide", w, l, line, Width(line))
				}
			}
			want := map[lang.Lang][]string{
				lang.ZH: {"长沙市（湖南省）", "职工医保", "已退休", "75 元", "[x] 打医保服务热线", "0731-12393", "不是官方通知", "验证码", "2026-12-01", "网上资料"},
				lang.EN: {"Changsha", "employee insurance", "retired", "75 yuan", "[x] Call the medical", "0731-12393", "not an official notice", "verification code", "web pages"},
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

// domainRE finds a website's name: letters, a dot, a top-level domain.
var domainRE = regexp.MustCompile(`[a-z0-9-]+\.(com|cn|net|org|gov|icu|top|info|cc)\b`)

// TestNoDomainNames: the result's source line and the slip name who
// published a figure, never a website's address; that is one key away.
func TestNoDomainNames(t *testing.T) {
	b := testkit.Book(t)
	for _, p := range b.All() {
		a := advice.Resolve(b, p, advice.Profile{Insurance: book.Employee, Status: book.Retired, Age: 65, AgeKnown: true}, testkit.Today)
		for _, l := range []lang.Lang{lang.ZH, lang.EN} {
			head, _ := SlipParts(a, l, 48, nil)
			for _, text := range append(head, SourceWords(a.Credit, l)) {
				if m := domainRE.FindString(strings.ToLower(text)); m != "" {
					t.Errorf("%s %s: %q names the site %s", p.Name, l, text, m)
				}
			}
		}
	}
}

func TestSlipWithoutFigureShowsNoAmount(t *testing.T) {
	a := adviseFor(t, "330100", book.Employee, book.Retired, 72)
	slip := Slip(a, lang.ZH, 32, nil)
	if !strings.Contains(slip, "暂无核实数据") || strings.Contains(slip, "\n[x]") {
		t.Fatalf("slip:\n%s", slip)
	}
	for _, line := range strings.Split(slip, "\n") {
		if i := strings.Index(line, "元"); i > 0 && line[i-1] >= '0' && line[i-1] <= '9' || strings.Contains(line, " 元") && strings.ContainsAny(line, "0123456789") && !strings.Contains(line, "12393") {
			t.Errorf("an amount on a slip without a verified figure: %q", line)
		}
	}
	if !strings.Contains(strings.ReplaceAll(slip, "\n", ""), "计算方法") {
		t.Errorf("a slip without a figure states the method:\n%s", slip)
	}
}

func TestGuideLines(t *testing.T) {
	b := testkit.Book(t)
	for _, g := range b.Guides() {
		for _, l := range []lang.Lang{lang.ZH, lang.EN} {
			lines := GuideLines(g, l, 40)
			text := strings.Join(lines, "\n")
			if !strings.HasPrefix(strings.Join(lines, " "), g.Title.In(l)) && !strings.HasPrefix(strings.Join(lines, ""), g.Title.In(l)) || !strings.Contains(text, lang.T("来源：", "Sources:").In(l)) {
				t.Errorf("%s %s:\n%s", g.ID, l, text)
			}
			for _, line := range lines {
				if Width(line) > 40 {
					t.Errorf("%s: %q too wide", g.ID, line)
				}
			}
		}
	}
	idx := GuideIndex(b.Guides(), lang.ZH)
	for _, id := range []string{"1  less-money", "transfer", "remote-care", "withdrawal", "family", "lapse", "counter"} {
		if !strings.Contains(idx, id) {
			t.Errorf("index lacks %s:\n%s", id, idx)
		}
	}
}

// TestResidentSlip: a resident has no account; the slip says whose balance
// the ways to check look up (a family member's) and never calls a method
// "not a local amount" where there is no amount at all.
func TestResidentSlip(t *testing.T) {
	a := adviseFor(t, "430100", book.Resident, "", 70)
	for _, l := range []lang.Lang{lang.ZH, lang.EN} {
		for _, w := range []int{32, 48} {
			slip := Slip(a, l, w, nil)
			flat := strings.Join(strings.Fields(strings.ReplaceAll(slip, "\n", " ")), " ")
			if l == lang.ZH {
				flat = strings.ReplaceAll(strings.ReplaceAll(slip, "\n", ""), " ", "")
			}
			want := strings.Join(strings.Fields(ForFamily(a.Credit, l)), " ")
			if l == lang.ZH {
				want = strings.ReplaceAll(want, " ", "")
			}
			if want == "" || !strings.Contains(flat, want) {
				t.Errorf("%s %d: the slip does not say whose balance the ways check (%q):\n%s", l, w, want, slip)
			}
			for _, bad := range []string{"不是本地金额", "not a local amount", "notalocalamount"} {
				if strings.Contains(flat, bad) {
					t.Errorf("%s %d: the slip says %q without an amount:\n%s", l, w, bad, slip)
				}
			}
		}
	}
}
