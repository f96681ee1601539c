package model_test

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"yibao/data/lang"
	"yibao/model"
)

// deskModel is an advisor with every desk tool on; saved slips land in
// the returned map (name -> body).
func deskModel(t *testing.T, w, h int, copySlip bool) (model.Model, map[string]string) {
	t.Helper()
	saved := map[string]string{}
	o := options(t, lang.ZH)
	o.Slips, o.Compare, o.Guides, o.CopySlip = true, true, true, copySlip
	if !copySlip {
		o.SaveSlip = func(name, again string, body []byte) (string, error) {
			if again != "" {
				name = strings.TrimPrefix(again, "slips/")
			}
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
	m = press(t, m, "1", "2", "bj", "enter", "enter", "72", "enter", "checklist", "space")
	next, cmd := m.Update(keyMsg("s"))
	m = run(t, next.(model.Model), cmd)
	if m.Screen != model.ScreenSlip {
		t.Fatalf("screen %v, want the slip", m.Screen)
	}
	body, ok := saved["2026-12-01-110100-beijing.txt"]
	if !ok {
		t.Fatalf("saved %v, want a slip named by date and place", saved)
	}
	for _, want := range []string{"北京市", "职工医保", "已退休", "107 元", "[x] 打医保服务热线 010-12393", "[ ] 国家医保服务平台", "010-12393", "不是官方通知", "验证码", "来源：北京市医疗保障局，2022 年 9 月；新闻报道"} {
		if !strings.Contains(body, want) {
			t.Errorf("slip lacks %q:\n%s", want, body)
		}
	}
	mustContain(t, m, "已保存到 slips/2026-12-01-110100-beijing.txt", "医保个人账户查询结果")
	m = press(t, m, "esc")
	if m.Screen != model.ScreenResult || !m.Ticks["hotline"] {
		t.Fatal("Esc returns to the result with its ticks")
	}
	// One file per consultation: a tick after the first save, then s
	// again, writes the same file again with the tick, as the screen says.
	m = press(t, m, "checklist", "down", "space")
	next, cmd = m.Update(keyMsg("s"))
	m = run(t, next.(model.Model), cmd)
	if len(saved) != 1 {
		t.Fatalf("a second s made another file: %v", saved)
	}
	if body := saved["2026-12-01-110100-beijing.txt"]; !strings.Contains(body, "[x] 国家医保服务平台") || !strings.Contains(screen(m), "[x] 国家医保服务平台") {
		t.Errorf("the file lacks the later tick:\n%s", body)
	}
	mustContain(t, m, "已保存到 slips/2026-12-01-110100-beijing.txt")
	// A failed save says why in plain words, with the path.
	m, _ = deskModel(t, 80, 24, false)
	m = press(t, m, "1", "2", "bj", "enter", "enter", "72", "enter")
	m.State.Slips = true
}

// TestSlipWithoutAFigureStatesTheMethod: a slip that has no figure says
// how it is worked out, as its text promises.
func TestSlipWithoutAFigureStatesTheMethod(t *testing.T) {
	m, saved := deskModel(t, 80, 24, false)
	m = press(t, m, "1", "2", "zhangjiakou", "enter", "70", "enter")
	next, cmd := m.Update(keyMsg("s"))
	run(t, next.(model.Model), cmd)
	for _, body := range saved {
		if !strings.Contains(body, "计算方法") || !strings.Contains(body, "2%") {
			t.Errorf("the slip gives no method:\n%s", body)
		}
	}
}

func TestSlipOverSSHIsCopiedAndShown(t *testing.T) {
	m, _ := deskModel(t, 80, 24, true)
	m = press(t, m, "1", "2", "shanghai", "enter", "74", "enter")
	next, cmd := m.Update(keyMsg("s"))
	m = next.(model.Model)
	if cmd == nil || !m.SlipCopied {
		t.Fatal("over SSH the slip goes to the clipboard by OSC 52")
	}
	mustContain(t, m, "剪贴板", "1,680 元", "查余额的方法")
}

func TestCompareTwoPlaces(t *testing.T) {
	m, _ := deskModel(t, 80, 24, false)
	m = press(t, m, "1", "2", "bj", "enter", "enter", "72", "enter", "c")
	mustContain(t, m, "您现在住在哪个城市", "已选：")
	m = press(t, m, "changsha", "enter")
	if m.Screen != model.ScreenCompare || m.Other == nil || m.Other.Place.Code != "430100" {
		t.Fatalf("screen %v", m.Screen)
	}
	s := screen(tall(t, m))
	for _, want := range []string{"参保地（您的划入按这里计算）", "现居地（仅供对比）", "北京市", "长沙市（湖南省）", "107 元", "75 元", "跨省居住", "异地就医备案", "新闻报道", "网上资料", "! 每月 3 元大额互助资金"} {
		if !strings.Contains(s, want) {
			t.Errorf("comparison lacks %q:\n%s", want, s)
		}
	}
	m = press(t, m, "esc")
	if m.Screen != model.ScreenResult {
		t.Fatal("Esc returns to the result")
	}
	// Narrow: one under the other.
	m = send(t, press(t, m, "c", "changsha", "enter"), tea.WindowSizeMsg{Width: 40, Height: 15})
	mustContain(t, tall(t, m), "参保地", "现居地")
}

func TestGuides(t *testing.T) {
	m, _ := deskModel(t, 80, 24, false)
	m = press(t, m, "1", "2", "bj", "enter", "enter", "72", "enter", "g")
	mustContain(t, m, "更多帮助", "1. 为什么我的医保返款变少了", "3. 在外地看病", "7. 去医保窗口", "1-7 打开")
	m = press(t, m, "3")
	if m.Screen != model.ScreenGuide || m.GuideID != "remote-care" {
		t.Fatalf("screen %v guide %q", m.Screen, m.GuideID)
	}
	mustContain(t, tall(t, m), "异地就医备案", "怎么办", "来源")
	m = press(t, m, "esc")
	mustContain(t, m, "> 3. 在外地看病")
	m = press(t, m, "esc")
	if m.Screen != model.ScreenResult {
		t.Fatalf("screen %v", m.Screen)
	}
	// From the comparison, back returns there.
	m = press(t, m, "c", "cs", "enter", "g", "esc")
	if m.Screen != model.ScreenCompare {
		t.Fatalf("screen %v, want the comparison", m.Screen)
	}
}

func TestQuitPromptEnterDoesNotQuit(t *testing.T) {
	m := newModel(t, lang.ZH, 80, 24)
	m = press(t, m, "esc")
	next, cmd := m.Update(keyMsg("enter"))
	if cmd != nil || next.(model.Model).Confirm != model.ConfirmNone {
		t.Fatal("Enter at the quit question must keep the session")
	}
}

func TestPlaceHighlightStaysInView(t *testing.T) {
	m := newModel(t, lang.ZH, 40, 15)
	m = press(t, m, "1", "2", "0898")
	for range 8 {
		m = press(t, m, "down")
	}
	sel := m.Place.Matches[m.Place.Sel].Place.Name
	mustContain(t, m, "> "+sel)
}

func TestTypoSuggestionsAndProvinces(t *testing.T) {
	m := newModel(t, lang.ZH, 80, 24)
	m = press(t, m, "1", "2", "shangai")
	mustContain(t, m, "没有找到「shangai」", "是不是", "上海市")
	m = press(t, m, "enter")
	mustContain(t, m, "是不是 上海市？再按回车确认")
	if m.Answers.Place != nil {
		t.Fatal("the first Enter on a guess must ask, not take it")
	}
	m = press(t, m, "enter")
	if a := m.Answers.Place; a == nil || a.Place.Code != "310100" {
		t.Fatalf("the second Enter takes the first suggestion: %v", a)
	}
	// A near miss on a city is listed before a county that merely starts
	// the same, and is a guess too: typing on drops the question.
	m = press(t, newModel(t, lang.ZH, 80, 24), "1", "2", "chendu")
	mustContain(t, m, "没有找到「chendu」，是不是", "> 成都市")
	m = press(t, m, "enter", "backspace", "u")
	mustNotContain(t, m, "再按回车确认")
	m = press(t, m, "enter", "enter")
	if a := m.Answers.Place; a == nil || a.Place.Code != "510100" {
		t.Fatalf("chendu, Enter, Enter: %v; want 成都市", a)
	}
	m = press(t, newModel(t, lang.ZH, 80, 24), "1", "2", "湖南")
	mustContain(t, m, "> 长沙市", "湖南省")
}

func TestChosenPlaceShownOnLaterQuestions(t *testing.T) {
	m := newModel(t, lang.ZH, 80, 24)
	m = press(t, m, "1", "2", "fuzhou", "down", "enter")
	mustContain(t, m, "已选：职工医保，已退休，抚州市（江西省）")
	m = press(t, m, "70", "enter", "esc")
	atStep(t, m, "age")
	mustContain(t, m, "已选：职工医保，已退休，抚州市（江西省）")
}

func TestBirthYearOnABoundary(t *testing.T) {
	m := newModel(t, lang.ZH, 80, 40)
	m = press(t, m, "1", "2", "bj", "enter", "enter")
	m = press(t, m, "1956")
	if strings.Contains(screen(m), "1956 岁") {
		t.Fatal("a birth year is not an age in 岁")
	}
	m = press(t, m, "enter")
	mustContain(t, m, "107 元", "如果今年还没过生日，实际是 69 岁", "每月实际划入 97 元")
}

func TestCompactFigureInSmallWindow(t *testing.T) {
	m := newModel(t, lang.EN, 40, 15)
	m = send(t, m, tea.EnvMsg{"NO_COLOR=1"})
	m = press(t, m, "1", "2", "gz", "enter", "enter", "72", "enter")
	mustContain(t, m, "160.42")
	if strings.Contains(screen(m), "#") {
		t.Fatal("at 40x15 the figure is one line, not cut-off big digits")
	}
	mustContain(t, m, "?")
}

func TestFocusFollowsScreen(t *testing.T) {
	m := newModel(t, lang.ZH, 80, 24)
	m = press(t, m, "1", "2", "bj", "enter", "enter", "72", "enter", "checklist", "down", "down", "down", "down")
	m = send(t, m, tea.WindowSizeMsg{Width: 40, Height: 15})
	mustContain(t, m, "> [ ] 5.")
	m = press(t, m, "tab")
	mustContain(t, m, "> [ ] 5.")
}

func TestBackspaceOnChoiceStepsDoesNothing(t *testing.T) {
	m := newModel(t, lang.ZH, 80, 24)
	m = press(t, m, "1", "backspace")
	atStep(t, m, "status")
}
