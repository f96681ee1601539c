package model_test

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"yibao/data"
	"yibao/model"
	"yibao/views"
)

// deskModel is an advisor with every desk tool on; saved slips land in
// the returned map (name -> body).
func deskModel(t *testing.T, w, h int, copySlip bool) (model.Model, map[string]string) {
	t.Helper()
	saved := map[string]string{}
	o := model.Options{
		Book: testBook(t), Now: fixedNow, Renderer: views.New(),
		Slips: true, Compare: true, Guides: true, CopySlip: copySlip,
	}
	if !copySlip {
		o.SaveSlip = func(name string, body []byte) (string, error) {
			saved[name] = string(body)
			return "slips/" + name, nil
		}
	}
	return send(t, model.New(o), tea.WindowSizeMsg{Width: w, Height: h}), saved
}

// run executes a command and feeds what it returns back in (a batch is
// run item by item; clipboard and other terminal messages are skipped).
func run(t *testing.T, m model.Model, cmd tea.Cmd) model.Model {
	t.Helper()
	if cmd == nil {
		return m
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			m = run(t, m, c)
		}
	case nil:
	default:
		m = send(t, m, msg)
	}
	return m
}

func TestSlipSaved(t *testing.T) {
	m, saved := deskModel(t, 80, 24, false)
	m = press(t, m, "1", "bj", "enter", "72", "enter", "2", "down", "space")
	next, cmd := m.Update(keyMsg("s"))
	m = run(t, next.(model.Model), cmd)
	if m.Step != model.StepSlip {
		t.Fatalf("step %v, want the slip", m.Step)
	}
	body, ok := saved["2026-11-22-110100-beijing.txt"]
	if !ok {
		t.Fatalf("saved %v, want a slip named by date and place", saved)
	}
	for _, want := range []string{"北京市", "职工医保", "已退休", "107 元", "[x] 打医保服务热线 010-12393", "[ ] 国家医保服务平台", "010-12393", "不是官方通知", "验证码", "2022-09"} {
		if !strings.Contains(body, want) {
			t.Errorf("slip lacks %q:\n%s", want, body)
		}
	}
	mustContain(t, m, "已保存到 slips/2026-11-22-110100-beijing.txt", "医保个人账户查询结果")
	m = press(t, m, "esc")
	if m.Step != model.StepResult || !m.Ticks["hotline"] {
		t.Fatal("Esc returns to the result with its ticks")
	}
}

func TestSlipOverSSHIsCopiedAndShown(t *testing.T) {
	m, _ := deskModel(t, 80, 24, true)
	m = press(t, m, "1", "sh", "enter", "74", "enter", "2")
	next, cmd := m.Update(keyMsg("s"))
	m = next.(model.Model)
	if cmd == nil || !m.SlipCopied {
		t.Fatal("over SSH the slip goes to the clipboard by OSC 52")
	}
	mustContain(t, m, "剪贴板", "1680 元", "查余额的方法")
}

func TestCompareTwoPlaces(t *testing.T) {
	m, _ := deskModel(t, 80, 24, false)
	m = press(t, m, "1", "bj", "enter", "72", "enter", "2", "c")
	mustContain(t, m, "您现在住在哪个城市", "已选：")
	m = press(t, m, "changsha", "enter")
	if m.Step != model.StepCompare || m.Other == nil || m.Other.Place.Code != "430100" {
		t.Fatalf("step %v", m.Step)
	}
	s := screen(tall(t, m))
	for _, want := range []string{"参保地（您的划入按这里计算）", "现居地（仅供对比）", "北京市", "长沙市（湖南省）", "107 元", "75 元", "跨省居住", "异地就医备案", "官方文件", "网上资料"} {
		if !strings.Contains(s, want) {
			t.Errorf("comparison lacks %q:\n%s", want, s)
		}
	}
	m = press(t, m, "esc")
	if m.Step != model.StepResult {
		t.Fatal("Esc returns to the result")
	}
	// Narrow: one under the other.
	m = send(t, press(t, m, "c", "enter"), tea.WindowSizeMsg{Width: 40, Height: 15})
	mustContain(t, tall(t, m), "参保地", "现居地")
}

func TestGuides(t *testing.T) {
	m, _ := deskModel(t, 80, 24, false)
	m = press(t, m, "1", "bj", "enter", "72", "enter", "2", "g")
	mustContain(t, m, "更多帮助", "1. 换地方了", "2. 在外地看病", "6. 去医保窗口")
	m = press(t, m, "2")
	if m.Step != model.StepGuide || m.GuideID != "remote-care" {
		t.Fatalf("step %v guide %q", m.Step, m.GuideID)
	}
	mustContain(t, tall(t, m), "异地就医备案", "怎么办", "来源")
	m = press(t, m, "esc")
	mustContain(t, m, "> 2. 在外地看病")
	m = press(t, m, "esc")
	if m.Step != model.StepResult {
		t.Fatalf("step %v", m.Step)
	}
	// From the comparison, back returns there.
	m = press(t, m, "c", "cs", "enter", "g", "esc")
	if m.Step != model.StepCompare {
		t.Fatalf("step %v, want the comparison", m.Step)
	}
}

func TestQuitPromptEnterDoesNotQuit(t *testing.T) {
	m := newModel(t, data.ZH, 80, 24)
	m = press(t, m, "esc")
	next, cmd := m.Update(keyMsg("enter"))
	if cmd != nil || next.(model.Model).Confirm != model.ConfirmNone {
		t.Fatal("Enter at the quit question must keep the session")
	}
}

func TestPlaceHighlightStaysInView(t *testing.T) {
	m := newModel(t, data.ZH, 40, 15)
	m = press(t, m, "1", "0898")
	for i := 0; i < 8; i++ {
		m = press(t, m, "down")
	}
	sel := m.PlacePick.Matches[m.PlacePick.Sel].Place.Name
	mustContain(t, m, "> "+sel)
}

func TestTypoSuggestionsAndProvinces(t *testing.T) {
	m := newModel(t, data.ZH, 80, 24)
	m = press(t, m, "1", "shangai")
	mustContain(t, m, "没有找到「shangai」", "是不是", "上海市")
	m = press(t, m, "enter")
	if m.Place == nil || m.Place.Code != "310100" {
		t.Fatalf("Enter takes the first suggestion: %v", m.Place)
	}
	m = press(t, newModel(t, data.ZH, 80, 24), "1", "湖南")
	mustContain(t, m, "> 长沙市", "湖南省")
	m = press(t, newModel(t, data.ZH, 80, 24), "1", "海淀")
	mustContain(t, m, "区、县请输入所在的城市")
}

func TestChosenPlaceShownOnLaterQuestions(t *testing.T) {
	m := newModel(t, data.ZH, 80, 24)
	m = press(t, m, "1", "fuzhou", "down", "enter")
	mustContain(t, m, "已选：抚州市（江西省），职工医保")
	m = press(t, m, "70", "enter")
	mustContain(t, m, "已选：抚州市（江西省），职工医保，70 岁")
}

func TestBirthYearOnABoundary(t *testing.T) {
	m := newModel(t, data.ZH, 80, 40)
	m = press(t, m, "1", "bj", "enter")
	m = press(t, m, "1956")
	if strings.Contains(screen(m), "1956 岁") {
		t.Fatal("a birth year is not an age in 岁")
	}
	m = press(t, m, "enter", "2")
	mustContain(t, m, "107 元", "如果今年还没过生日，实际是 69 岁", "每月实际划入 97 元")
}

func TestCompactFigureInSmallWindow(t *testing.T) {
	m := newModel(t, data.EN, 40, 15)
	m = send(t, m, tea.EnvMsg{"NO_COLOR=1"})
	m = press(t, m, "1", "gz", "enter", "72", "enter", "2")
	mustContain(t, m, "160.42")
	if strings.Contains(screen(m), "#") {
		t.Fatal("at 40x15 the figure is one line, not cut-off big digits")
	}
	mustContain(t, m, "?")
}

func TestFocusFollowsScreen(t *testing.T) {
	m := newModel(t, data.ZH, 80, 24)
	m = press(t, m, "1", "bj", "enter", "72", "enter", "2", "down", "down", "down", "down", "down")
	m = send(t, m, tea.WindowSizeMsg{Width: 40, Height: 15})
	mustContain(t, m, "> [ ] 5.")
	m = press(t, m, "tab")
	mustContain(t, m, "> [ ] 5.")
}

func TestBackspaceOnChoiceStepsDoesNothing(t *testing.T) {
	m := newModel(t, data.ZH, 80, 24)
	m = press(t, m, "1", "bj", "enter", "72", "enter", "backspace")
	if m.Step != model.StepStatus {
		t.Fatalf("backspace on a choice step moved to %v", m.Step)
	}
}

func TestLineMode(t *testing.T) {
	l := model.NewLine(model.Options{Book: testBook(t), Now: fixedNow})
	for _, a := range []string{"1", "bj"} {
		l.Answer(a)
	}
	if l.Step != model.StepPlace || len(l.Choices) != 3 {
		t.Fatalf("bj: step %v choices %d", l.Step, len(l.Choices))
	}
	out := views.LineOutput(l, 80)
	for _, want := range []string{"1. 北京市", "2. 毕节市（贵州省）", "3. 宝鸡市（陕西省）", "请输入数字选择"} {
		if !strings.Contains(out, want) {
			t.Errorf("choices lack %q:\n%s", want, out)
		}
	}
	l.Answer("1")
	l.Answer("abc")
	if l.Step != model.StepAge || l.Err.Zh == "" {
		t.Fatal("a bad age stays on the question with a message")
	}
	if out := views.LineOutput(l, 80); !strings.HasPrefix(out, "年龄只能填数字") || strings.Contains(out, "\x1b") {
		t.Fatalf("line output: %q", out)
	}
	l.Answer("0")
	if l.Step != model.StepPlace {
		t.Fatal("0 goes back")
	}
	l.Answer("北京")
	l.Answer("72")
	l.Answer("2")
	if l.Step != model.StepResult || l.Advice.Credit.NetMonthly != data.Yuan(107) {
		t.Fatalf("step %v", l.Step)
	}
	if out := views.LineOutput(l, 80); !strings.Contains(out, "每月实际划入 107 元") || !strings.Contains(out, "输入 1 查询下一位") {
		t.Fatalf("result: %s", out)
	}
	l.Shown = true
	l.Answer("1")
	if l.Step != model.StepInsurance || l.Place != nil {
		t.Fatal("1 starts the next person")
	}
	l.Answer("3")
	l.Answer("0")
	l.Answer("0")
	if l.Step != model.StepInsurance {
		t.Fatalf("0 twice goes back to the start, step %v", l.Step)
	}
	l = model.NewLine(model.Options{Book: testBook(t), Now: fixedNow, Place: "长沙"})
	l.Answer("1")
	if l.Step != model.StepAge {
		t.Fatalf("a deep-link place skips the question, step %v", l.Step)
	}
}
