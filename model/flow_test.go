package model_test

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"yibao/data/lang"
	"yibao/model"
)

func TestBeijingRetiredFlow(t *testing.T) {
	m := newModel(t, lang.ZH, 80, 24)
	mustContain(t, m, "您参加的是哪种医保", "1. 职工医保", "第 1 步")
	mustNotContain(t, m, "共")
	m = press(t, m, "1")
	mustContain(t, m, "您现在的退休情况是", "第 2 步")
	m = press(t, m, "2")
	mustContain(t, m, "您在哪个城市参保", "第 3 步")
	m = press(t, m, "bj")
	mustContain(t, m, "> 北京市", "毕节市", "贵州省", "宝鸡市")
	m = press(t, m, "enter")
	mustContain(t, m, "是不是 北京市？再按回车确认")
	m = press(t, m, "enter")
	mustContain(t, m, "您今年多少岁", "第 4 步，共 4 步")
	m = press(t, m, "72", "enter")
	atResult(t, m)
	mustContain(t, m, "北京市，职工医保，已退休，72 岁", "107 元", "元/月", "扣除大额医疗费用互助资金 3 元", "大额互助资金")
	mustContain(t, tall(t, m), "来源      北京市医疗保障局，2022 年 9 月；新闻报道")
}

// TestEveryFlow runs each insurance type with each status to the result;
// resident insurance asks nothing that does not change the answer.
func TestEveryFlow(t *testing.T) {
	type want struct{ ins, st string }
	cases := map[want][]string{
		{"1", "1"}: {"需要缴费基数才能算出"},
		{"1", "2"}: {"97 元"},
		{"1", "3"}: {"退休划入还没开始"},
		{"2", "1"}: {"因地而异，暂无核实数据"},
		{"2", "2"}: {"暂无核实数据", "计算方法"},
		{"2", "3"}: {"退休划入还没开始"},
	}
	for c, wants := range cases {
		m := newModel(t, lang.ZH, 80, 24)
		m = press(t, m, c.ins, c.st, "beijing", "enter", "66", "enter")
		if c.ins == "1" && c.st == "1" {
			mustContain(t, m, "缴费基数", "第 5 步，共 5 步")
			m = press(t, m, "enter")
		}
		atResult(t, m)
		mustContain(t, tall(t, m), wants...)
	}
	m := newModel(t, lang.ZH, 80, 24)
	m = press(t, m, "3")
	mustContain(t, m, "您在哪个城市参保", "第 2 步")
	m = press(t, m, "beijing", "enter")
	atResult(t, m)
	mustContain(t, m, "北京市，城乡居民医保", "没有个人账户")
	mustNotContain(t, m, "已退休", "岁")
}

func TestWorkingEmployeeWithBase(t *testing.T) {
	m := newModel(t, lang.ZH, 80, 24)
	m = press(t, m, "1", "1", "hangzhou", "enter", "45", "enter")
	mustContain(t, m, "您每月的医保缴费基数是多少元")
	m = press(t, m, "abc", "enter")
	mustContain(t, m, "缴费基数请填每月金额")
	m = press(t, m, "backspace", "backspace", "backspace", "５０００", "enter")
	mustContain(t, tall(t, m), "100 元", "本人月缴费基数 5000 元的 2%", "缴费基数 5000 元")
}

func TestBackKeepsAnswers(t *testing.T) {
	m := newModel(t, lang.ZH, 80, 24)
	m = press(t, m, "1", "2", "shanghai", "enter", "74", "enter")
	mustContain(t, tall(t, m), "1,680 元", "元/年", "折合每月约 140 元")
	m = press(t, m, "esc")
	atStep(t, m, "age")
	mustContain(t, m, "年龄：74", "第 4 步，共 4 步")
	m = press(t, m, "backspace", "5", "enter")
	mustContain(t, tall(t, m), "1,890 元", "上海市，职工医保，已退休，75 岁")
	m = press(t, m, "esc", "esc")
	mustContain(t, m, "城市：上海", "> 上海市", "第 3 步")
	m = press(t, m, "esc")
	atStep(t, m, "status")
	if m.Cursor != 1 {
		t.Fatalf("the status question shows its answer: cursor %d", m.Cursor)
	}
	mustContain(t, m, "第 2 步")
	mustNotContain(t, m, "共 4 步") // the status may change, and the count with it
	m = press(t, m, "esc")
	atStep(t, m, "insurance")
	mustContain(t, m, "> 1. 职工医保")
	// Forward again: a question answered before is not asked again.
	m = press(t, m, "enter")
	atResult(t, m)
	mustContain(t, tall(t, m), "1,890 元")
}

// TestBackspaceOnlyEdits: holding Backspace in an empty field never walks
// back, so the digits typed next cannot choose a menu item unseen.
func TestBackspaceOnlyEdits(t *testing.T) {
	m := newModel(t, lang.ZH, 80, 24)
	m = press(t, m, "1", "2", "cs", "backspace")
	if m.Place.Input.Value() != "c" {
		t.Fatalf("backspace should delete: %q", m.Place.Input.Value())
	}
	for range 10 {
		m = press(t, m, "backspace")
	}
	atStep(t, m, "place")
	m = press(t, m, "cs", "enter")
	for range 10 {
		m = press(t, m, "backspace")
	}
	atStep(t, m, "age")
	m = press(t, m, "3", "enter")
	atStep(t, m, "age")
	if m.Answers.Insurance != "employee" || m.Answers.Status != "retired" {
		t.Fatalf("answers changed by themselves: %+v", m.Answers)
	}
	mustContain(t, m, "3 岁的人不会参加职工医保")
}

func TestNewPersonClearsEverything(t *testing.T) {
	m := newModel(t, lang.ZH, 80, 24)
	m = press(t, m, "1", "2", "jinan", "enter", "69", "enter", "checklist", "space", "n")
	mustContain(t, m, "开始下一位吗？这一位的答案会全部清空")
	if kept := press(t, m, "x"); kept.Advice == nil || kept.Confirm != model.ConfirmNone {
		t.Fatal("any key but y keeps the person's answers")
	}
	m = press(t, m, "y")
	a := m.Answers
	if m.Screen != model.ScreenQuestion || a.Insurance != "" || a.Place != nil || a.Age != nil || a.Status != "" ||
		m.Advice != nil || len(m.Ticks) != 0 || m.Place.Input.Value() != "" || m.Field.Value() != "" {
		t.Fatalf("n left answers behind: %+v", m.State)
	}
	mustContain(t, m, "第 1 步", "> 1. 职工医保")
	m = press(t, m, "1", "2")
	mustNotContain(t, m, "jinan", "济南")
}

// TestImpossibleAnswers: ages no insured employee can have, a retired
// person under 40 and a birth year to come are one plain sentence.
func TestImpossibleAnswers(t *testing.T) {
	for in, msg := range map[string]string{
		"130": "年龄应在 0 到 120 岁之间", "2030": "出生年份 2030 还没到", "": "请输入年龄",
		"2026": "0 岁的人不会参加职工医保", "12": "12 岁的人不会参加职工医保", "35": "已退休的人一般不会只有 35 岁",
	} {
		m := newModel(t, lang.ZH, 80, 24)
		m = press(t, m, "1", "2", "cs", "enter")
		if in != "" {
			m = press(t, m, in)
		}
		m = press(t, m, "enter")
		atStep(t, m, "age")
		mustContain(t, m, msg, "您今年多少岁")
		m = press(t, m, "7")
		mustNotContain(t, m, msg)
	}
}

func TestBirthYear(t *testing.T) {
	m := newModel(t, lang.ZH, 80, 24)
	m = press(t, m, "1", "2", "bj", "enter", "enter", "1956", "enter")
	if m.Answers.Age.Years != 70 || m.Answers.Age.BirthYear != 1956 {
		t.Fatalf("age %+v", m.Answers.Age)
	}
	mustContain(t, tall(t, m), "北京市，职工医保，已退休，70 岁", "出生年份 1956", "107 元")
}

func TestFullwidthAndPaste(t *testing.T) {
	m := newModel(t, lang.ZH, 80, 24)
	m = press(t, m, "１", "２")
	atStep(t, m, "place")
	m = send(t, m, tea.PasteMsg{Content: "长沙\n"})
	mustContain(t, m, "城市：长沙", "> 长沙市")
	m = press(t, m, "enter", "７２", "enter")
	mustContain(t, m, "75 元", "长沙市（湖南省）")
}

func TestChineseTypedByIME(t *testing.T) {
	m := newModel(t, lang.ZH, 80, 24)
	m = press(t, m, "1", "2")
	for _, r := range "济南" {
		m = send(t, m, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	mustContain(t, m, "> 济南市", "山东省")
}

func TestDistrictFindsItsPlace(t *testing.T) {
	m := newModel(t, lang.ZH, 80, 24)
	m = press(t, m, "1", "2", "haidian")
	mustContain(t, m, "> 海淀区", "属于 北京市")
	m = press(t, m, "enter", "72", "enter")
	mustContain(t, m, "海淀区（属于北京市）", "107 元")
}

func TestPlaceNotFound(t *testing.T) {
	m := newModel(t, lang.ZH, 80, 24)
	m = press(t, m, "1", "2", "vvvv")
	mustContain(t, m, "没有找到")
	m = press(t, m, "enter")
	atStep(t, m, "place")
	mustContain(t, m, "没有找到这个地区")
	m = press(t, m, "down", "up")
	m = press(t, m, "backspace", "backspace", "backspace", "backspace", "shangai")
	mustContain(t, m, "没有找到「shangai」，是不是", "上海市")
}

func TestQuitAsksFirst(t *testing.T) {
	m := newModel(t, lang.ZH, 80, 24)
	m = press(t, m, "1", "2", "ctrl+c")
	mustContain(t, m, "确定要退出吗")
	next, cmd := m.Update(keyMsg("n"))
	m = next.(model.Model)
	if cmd != nil || m.Confirm != model.ConfirmNone {
		t.Fatal("n must keep the session")
	}
	atStep(t, m, "place")
	mustNotContain(t, m, "确定要退出吗")
	if m.Place.Input.Value() != "" {
		t.Fatal("the answer to the question must not be typed into the field")
	}
	m = press(t, m, "ctrl+c")
	_, cmd = m.Update(keyMsg("y"))
	if cmd == nil {
		t.Fatal("y must quit")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Fatal("y must send tea.QuitMsg")
	}
	// q on the first question asks too (Esc there does nothing); q on the result.
	m = newModel(t, lang.ZH, 80, 24)
	m = press(t, m, "q")
	mustContain(t, m, "确定要退出吗")
	m = press(t, m, "esc", "1", "2", "cs", "enter", "70", "enter", "q")
	mustContain(t, m, "确定要退出吗")
}

func TestLanguageSwitchAnywhere(t *testing.T) {
	m := newModel(t, lang.ZH, 80, 24)
	m = press(t, m, "tab")
	mustContain(t, m, "Which medical insurance", "Step 1", "Tab 中文")
	m = press(t, m, "1", "2", "cs", "tab")
	if m.Place.Input.Value() != "cs" {
		t.Fatalf("Tab must not type: %q", m.Place.Input.Value())
	}
	mustContain(t, m, "您在哪个城市参保", "长沙市", "湖南省")
	m = press(t, m, "tab")
	mustContain(t, m, "Where are you insured", "Changsha 长沙市", "Hunan")
	m = press(t, m, "enter", "70", "enter")
	mustContain(t, m, "Credited to the account each month: 75 yuan", "Changsha")
	m = press(t, m, "end")
	if m.Focus < 0 {
		t.Fatal("at the end a checklist item is in view and focused")
	}
	m = press(t, m, "home", "checklist")
	mustContain(t, m, "> [ ] 1. Call the medical-insurance hotline 0731-12393 (try this first)")
	m = press(t, m, "tab")
	mustContain(t, m, "> [ ] 1. 打医保服务热线 0731-12393【推荐先用】")
}

func TestHelpScreen(t *testing.T) {
	m := newModel(t, lang.ZH, 80, 24)
	m = press(t, m, "?")
	mustContain(t, m, "全部按键", "Ctrl+C")
	m = press(t, m, "x")
	mustContain(t, m, "您参加的是哪种医保")
	atStep(t, m, "insurance")
	// ? on the age step shows help too, and is not typed.
	m = press(t, m, "1", "2", "cs", "enter", "?")
	mustContain(t, m, "全部按键")
	m = press(t, m, "esc")
	atStep(t, m, "age")
	if m.Field.Value() != "" {
		t.Fatalf("help key typed: %q", m.Field.Value())
	}
}

// TestReadTheResult: Up and Down read the advice line by line and move
// through the checklist once it is in view; Space ticks and Enter opens.
func TestReadTheResult(t *testing.T) {
	m := newModel(t, lang.ZH, 80, 24)
	m = press(t, m, "1", "2", "jinan", "enter", "70", "enter")
	top := m.Body.Lines[0]
	seen := map[string]bool{}
	for i := 0; m.Focus < 0 && i < 200; i++ {
		for _, l := range strings.Split(screen(m), "\n") {
			seen[strings.TrimSpace(l)] = true
		}
		m = press(t, m, "down")
	}
	if m.Focus != 0 {
		t.Fatalf("Down never reached the checklist (focus %d)", m.Focus)
	}
	// Every line above the checklist was on the screen on the way down.
	for _, l := range m.Body.Lines[:m.Body.Anchors[0][0]] {
		if plain := strings.TrimSpace(stripANSI(l)); plain != "" && !seen[plain] {
			t.Errorf("line %q was skipped by Down", plain)
		}
	}
	m = press(t, m, "space")
	if !m.Ticks["hotline"] {
		t.Fatal("space must tick the focused channel")
	}
	m = press(t, m, "enter")
	if !m.Opened["hotline"] {
		t.Fatal("Enter must open the focused channel")
	}
	mustContain(t, m, "[x] 1. 打医保服务热线 0531-12393【推荐先用】", "1) 用任何电话拨 0531-12393")
	for range 4 {
		m = press(t, m, "down")
	}
	if m.Focus != 4 {
		t.Fatalf("focus %d", m.Focus)
	}
	mustContain(t, m, "> [ ] 5.")
	m = press(t, m, "space")
	mustContain(t, m, "> [x] 5.")
	for m.Focus >= 0 {
		m = press(t, m, "up")
	}
	for i := 0; m.Scroll > 0 && i < 200; i++ {
		m = press(t, m, "up")
	}
	if m.Scroll != 0 || stripANSI(m.Body.Lines[0]) != stripANSI(top) {
		t.Fatalf("Up did not come back to the top: scroll %d", m.Scroll)
	}
	mustContain(t, m, "125 元")
	m = press(t, m, "pgdown")
	mustNotContain(t, m, "每月实际划入个人账户：125 元")
	m = press(t, m, "end")
	mustContain(t, m, "本结果不是官方通知")
	if m.Focus >= 0 && !strings.Contains(screen(m), "> [") {
		t.Fatal("a focused channel must be on screen")
	}
}

func TestRecommendedMarkedInWords(t *testing.T) {
	m := newModel(t, lang.EN, 80, 24)
	m = send(t, m, tea.EnvMsg{"NO_COLOR=1"})
	m = press(t, m, "1", "2", "bj", "enter", "enter", "72", "enter", "checklist")
	mustContain(t, m, "(try this first)")
	if hasColour(m.View().Content) {
		t.Fatal("NO_COLOR: no colour codes expected")
	}
}

func TestDeepLinkPlace(t *testing.T) {
	o := options(t, lang.ZH)
	o.Place = "长沙"
	m := send(t, model.New(o), tea.WindowSizeMsg{Width: 80, Height: 24})
	m = press(t, m, "1", "2")
	if a := m.Answers.Place; a == nil || a.Place.Code != "430100" {
		t.Fatalf("deep link: place %v", a)
	}
	atStep(t, m, "age")
	mustContain(t, m, "第 4 步，共 4 步", "长沙市（湖南省）")
	m = press(t, m, "esc")
	mustContain(t, m, "城市：长沙", "> 长沙市")
	// An ambiguous link leaves the question open.
	o.Place = "bj"
	m = press(t, model.New(o), "1", "2")
	atStep(t, m, "place")
	mustContain(t, m, "城市：bj", "> 北京市")
	// A mistyped link too, with its suggestions.
	o.Place = "shangai"
	m = press(t, model.New(o), "1", "2")
	atStep(t, m, "place")
	mustContain(t, m, "城市：shangai", "是不是", "上海市")
	// A near miss is never taken for the person: the question stays open
	// with the guess highlighted.
	o.Place = "chendu"
	m = press(t, model.New(o), "1", "2")
	atStep(t, m, "place")
	mustContain(t, m, "城市：chendu", "是不是", "> 成都市")
}

func stripANSI(s string) string { return strings.TrimSpace(screenText(s)) }

// TestUnansweredTypingIsDropped: letters typed and left unanswered do not
// run into the next words (n, Esc, 北京 must not find 南京 as "n北京"); going
// back shows the answer given, and a new result opens at its top.
func TestUnansweredTypingIsDropped(t *testing.T) {
	m := newModel(t, lang.ZH, 80, 24)
	m = press(t, m, "1", "2", "n", "esc", "2", "北京")
	if v := m.Place.Input.Value(); v != "北京" {
		t.Fatalf("the city field holds %q", v)
	}
	m = press(t, m, "enter", "72", "enter", "end", "esc", "esc")
	atStep(t, m, "place")
	mustContain(t, m, "城市：北京")
	m = press(t, m, "ctrl+u", "上海", "enter")
	atResult(t, m) // the age was given: straight to the result
	m = press(t, m, "enter")
	if m.Scroll != 0 {
		t.Errorf("the new result opens %d lines down", m.Scroll)
	}
	mustContain(t, m, "上海市，职工医保，已退休，72 岁")
}

// TestAgeKeepsDigits: the age field drops letters as they are typed or
// pasted, and keeps digits, fullwidth ones too.
func TestAgeKeepsDigits(t *testing.T) {
	m := press(t, newModel(t, lang.ZH, 80, 24), "1", "2", "cs", "enter", "7", "a", "b", "２")
	if got := m.Field.Value(); got != "7２" {
		t.Fatalf("field %q, want 7２", got)
	}
	m = send(t, m, tea.PasteMsg{Content: "x1岁"})
	if got := m.Field.Value(); got != "7２1" {
		t.Fatalf("after a paste, field %q", got)
	}
}

// TestMenuHangIndent: at 40 columns a wrapped option hangs under its first
// word, past the number ("2. Employee insurance as a flexible" / "worker").
func TestMenuHangIndent(t *testing.T) {
	m := newModel(t, lang.EN, 40, 15)
	lines := strings.Split(screen(m), "\n")
	for i, l := range lines {
		at := strings.Index(l, "2. Employee")
		if at < 0 {
			continue
		}
		if i+1 >= len(lines) {
			t.Fatalf("option 2 is not wrapped:\n%s", screen(m))
		}
		next := lines[i+1]
		if got := len(next) - len(strings.TrimLeft(next, " ")); got != at+3 {
			t.Errorf("the wrapped line starts at %d, want %d:\n%s", got, at+3, screen(m))
		}
		return
	}
	t.Fatalf("no option 2:\n%s", screen(m))
}

// TestPageDownTakesNoItem: PgDn skips past items unseen without taking
// one into focus; the checklist is reached line by line.
func TestPageDownTakesNoItem(t *testing.T) {
	m := press(t, newModel(t, lang.ZH, 80, 24), "1", "2", "bj", "enter", "enter", "72", "enter")
	for i := 0; i < 6; i++ {
		m = press(t, m, "pgdown")
		if m.Focus >= 0 {
			t.Fatalf("PgDn took item %d into focus", m.Focus+1)
		}
	}
	m = press(t, m, "checklist")
	mustContain(t, m, "空格 打勾", "回车 看步骤")
}
