package model_test

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"yibao/data"
	"yibao/model"
)

func TestBeijingRetiredFlow(t *testing.T) {
	m := newModel(t, data.ZH, 80, 24)
	mustContain(t, m, "您参加的是哪种医保", "1. 职工医保", "第 1 步，共 4 步")
	m = press(t, m, "1")
	mustContain(t, m, "您在哪个城市参保", "第 2 步")
	m = press(t, m, "bj")
	mustContain(t, m, "> 北京市", "毕节市", "贵州省", "宝鸡市")
	m = press(t, m, "enter")
	mustContain(t, m, "您今年多少岁", "第 3 步")
	m = press(t, m, "72", "enter")
	mustContain(t, m, "您现在的退休情况是", "第 4 步，共 4 步")
	m = press(t, m, "2")
	if m.Step != model.StepResult {
		t.Fatalf("step = %v, want the result", m.Step)
	}
	mustContain(t, m, "北京市，职工医保，已退休，72 岁", "107 元", "元/月", "扣除大额医疗费用互助资金 3 元", "大额互助资金")
	mustContain(t, tall(t, m), "官方文件")
}

// TestEveryFlow runs each insurance type with each status to the result.
func TestEveryFlow(t *testing.T) {
	type want struct{ ins, st string }
	cases := map[want][]string{
		{"1", "1"}: {"需要缴费基数才能算出"},
		{"1", "2"}: {"97 元"},
		{"1", "3"}: {"退休划入还没开始"},
		{"2", "1"}: {"因地而异，暂无核实数据"},
		{"2", "2"}: {"暂无核实数据", "计算方法"},
		{"2", "3"}: {"退休划入还没开始", "单建统筹"},
		{"3", "1"}: {"没有个人账户"},
		{"3", "2"}: {"没有个人账户", "城乡居民医保没有个人账户"},
		{"3", "3"}: {"没有个人账户"},
	}
	for c, wants := range cases {
		m := newModel(t, data.ZH, 80, 24)
		m = press(t, m, c.ins, "beijing", "enter", "66", "enter", c.st)
		if c.ins == "1" && c.st == "1" {
			mustContain(t, m, "缴费基数", "第 5 步，共 5 步")
			m = press(t, m, "enter")
		}
		if m.Step != model.StepResult {
			t.Fatalf("%v: step %v, want result\n%s", c, m.Step, screen(m))
		}
		mustContain(t, m, wants...)
	}
}

func TestWorkingEmployeeWithBase(t *testing.T) {
	m := newModel(t, data.ZH, 80, 24)
	m = press(t, m, "1", "hangzhou", "enter", "45", "enter", "1")
	mustContain(t, m, "您每月的医保缴费基数是多少元")
	m = press(t, m, "abc", "enter")
	mustContain(t, m, "缴费基数请填每月金额")
	m = press(t, m, "backspace", "backspace", "backspace", "５０００", "enter")
	mustContain(t, m, "100 元", "本人月缴费基数 5000 元的 2%", "缴费基数 5000 元")
}

func TestBackKeepsAnswers(t *testing.T) {
	m := newModel(t, data.ZH, 80, 24)
	m = press(t, m, "1", "shanghai", "enter", "74", "enter", "2")
	mustContain(t, m, "1680 元", "元/年", "折合每月约 140 元")
	m = press(t, m, "esc")
	if m.Step != model.StepStatus || m.Cursor != 1 {
		t.Fatalf("back from the result: step %v cursor %d", m.Step, m.Cursor)
	}
	m = press(t, m, "esc")
	mustContain(t, m, "年龄：74")
	m = press(t, m, "backspace", "5", "enter", "enter")
	mustContain(t, m, "1890 元", "上海市，职工医保，已退休，75 岁")
	m = press(t, m, "esc", "esc", "esc")
	mustContain(t, m, "城市：shanghai", "> 上海市")
	m = press(t, m, "esc")
	if m.Step != model.StepInsurance || m.Cursor != 0 {
		t.Fatalf("back to the first step: %v cursor %d", m.Step, m.Cursor)
	}
	mustContain(t, m, "> 1. 职工医保")
	// Forward again with Enter: every answer is still there.
	m = press(t, m, "enter", "enter", "enter", "enter")
	mustContain(t, m, "1890 元")
}

func TestBackspaceInEmptyFieldGoesBack(t *testing.T) {
	m := newModel(t, data.ZH, 80, 24)
	m = press(t, m, "1", "cs", "backspace")
	if m.Step != model.StepPlace || m.PlacePick.Input.Value() != "c" {
		t.Fatalf("backspace should delete: %q", m.PlacePick.Input.Value())
	}
	m = press(t, m, "backspace", "backspace")
	if m.Step != model.StepInsurance {
		t.Fatalf("backspace in an empty field should go back, step %v", m.Step)
	}
}

func TestNewPersonClearsEverything(t *testing.T) {
	m := newModel(t, data.ZH, 80, 24)
	m = press(t, m, "1", "jinan", "enter", "69", "enter", "2", "space", "n")
	if m.Step != model.StepInsurance || m.Insurance != "" || m.Place != nil || m.AgeSet || m.Status != "" ||
		m.Advice != nil || len(m.Ticks) != 0 || m.PlacePick.Input.Value() != "" || m.AgeInput.Value() != "" {
		t.Fatalf("n left answers behind: %+v", m.State)
	}
	mustContain(t, m, "第 1 步", "> 1. 职工医保")
	m = press(t, m, "1")
	mustNotContain(t, m, "jinan", "济南")
}

func TestInvalidAges(t *testing.T) {
	for in, msg := range map[string]string{
		"abc": "年龄只能填数字", "130": "年龄应在 0 到 120 岁之间", "2030": "出生年份应在", "": "请输入年龄",
	} {
		m := newModel(t, data.ZH, 80, 24)
		m = press(t, m, "1", "cs", "enter")
		if in != "" {
			m = press(t, m, in)
		}
		m = press(t, m, "enter")
		if m.Step != model.StepAge {
			t.Fatalf("%q: the age step must stay", in)
		}
		mustContain(t, m, msg, "您今年多少岁")
		m = press(t, m, "x")
		mustNotContain(t, m, msg)
	}
}

func TestBirthYear(t *testing.T) {
	m := newModel(t, data.ZH, 80, 24)
	m = press(t, m, "1", "bj", "enter", "1956", "enter", "2")
	if m.Age != 70 || m.BirthYear != 1956 {
		t.Fatalf("age %d from %d", m.Age, m.BirthYear)
	}
	mustContain(t, tall(t, m), "北京市，职工医保，已退休，70 岁", "出生年份 1956", "107 元")
}

func TestFullwidthAndPaste(t *testing.T) {
	m := newModel(t, data.ZH, 80, 24)
	m = press(t, m, "１")
	if m.Step != model.StepPlace {
		t.Fatal("a fullwidth 1 should choose")
	}
	m = send(t, m, tea.PasteMsg{Content: "长沙\n"})
	mustContain(t, m, "城市：长沙", "> 长沙市")
	m = press(t, m, "enter", "７２", "enter", "２")
	mustContain(t, m, "75 元", "长沙市（湖南省）")
}

func TestChineseTypedByIME(t *testing.T) {
	m := newModel(t, data.ZH, 80, 24)
	m = press(t, m, "1")
	for _, r := range "济南" {
		m = send(t, m, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	mustContain(t, m, "> 济南市", "山东省")
}

func TestPlaceNotFound(t *testing.T) {
	m := newModel(t, data.ZH, 80, 24)
	m = press(t, m, "1", "vvvv")
	mustContain(t, m, "没有找到")
	m = press(t, m, "enter")
	if m.Step != model.StepPlace {
		t.Fatal("Enter with no match must stay")
	}
	mustContain(t, m, "没有找到这个地区")
	m = press(t, m, "down", "up")
}

func TestQuitAsksFirst(t *testing.T) {
	m := newModel(t, data.ZH, 80, 24)
	m = press(t, m, "1", "ctrl+c")
	mustContain(t, m, "确定要退出吗")
	next, cmd := m.Update(keyMsg("n"))
	m = next.(model.Model)
	if cmd != nil || m.Confirm != model.ConfirmNone || m.Step != model.StepPlace {
		t.Fatal("n must keep the session")
	}
	mustNotContain(t, m, "确定要退出吗")
	if m.PlacePick.Input.Value() != "" {
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
	// Esc on the first question asks too; q on the result.
	m = newModel(t, data.ZH, 80, 24)
	m = press(t, m, "esc")
	mustContain(t, m, "确定要退出吗")
	m = press(t, m, "esc", "1", "cs", "enter", "70", "enter", "2", "q")
	mustContain(t, m, "确定要退出吗")
}

func TestLanguageSwitchAnywhere(t *testing.T) {
	m := newModel(t, data.ZH, 80, 24)
	m = press(t, m, "tab")
	mustContain(t, m, "Which medical insurance", "Step 1 of 4", "Tab 中文")
	m = press(t, m, "1", "cs", "tab")
	if m.PlacePick.Input.Value() != "cs" {
		t.Fatalf("Tab must not type: %q", m.PlacePick.Input.Value())
	}
	mustContain(t, m, "您在哪个城市参保", "长沙市", "湖南省")
	m = press(t, m, "tab")
	mustContain(t, m, "Where are you insured", "Changsha 长沙市", "Hunan")
	m = press(t, m, "enter", "70", "enter", "2")
	mustContain(t, m, "Reaches the account each month: 75 yuan", "Changsha")
	m = press(t, m, "down")
	mustContain(t, m, "> [ ] 1. Call the medical-insurance hotline 0731-12393 (try this first)")
	m = press(t, m, "tab")
	mustContain(t, m, "> [ ] 1. 打医保服务热线 0731-12393【推荐先用】")
	m = press(t, m, "up")
	mustContain(t, m, "每月实际划入个人账户：75 元")
}

func TestHelpScreen(t *testing.T) {
	m := newModel(t, data.ZH, 80, 24)
	m = press(t, m, "?")
	mustContain(t, m, "全部按键", "Ctrl+C")
	m = press(t, m, "x")
	mustContain(t, m, "您参加的是哪种医保")
	if m.Step != model.StepInsurance {
		t.Fatal("closing help must not act")
	}
	// ? on the age step shows help too, and is not typed.
	m = press(t, m, "1", "cs", "enter", "?")
	mustContain(t, m, "全部按键")
	m = press(t, m, "esc")
	if m.AgeInput.Value() != "" || m.Step != model.StepAge {
		t.Fatalf("help key typed or moved: %q %v", m.AgeInput.Value(), m.Step)
	}
}

func TestChecklist(t *testing.T) {
	m := newModel(t, data.ZH, 80, 24)
	m = press(t, m, "1", "jinan", "enter", "70", "enter", "2")
	m = press(t, m, "space")
	if m.Focus != 0 || len(m.Ticks) != 0 {
		t.Fatal("the first space moves to the first channel and ticks nothing unseen")
	}
	mustContain(t, m, "> [ ] 1. 打医保服务热线")
	m = press(t, m, "space")
	if !m.Ticks["hotline"] {
		t.Fatal("space must tick the focused channel")
	}
	m = press(t, m, "enter")
	if !m.Opened["hotline"] {
		t.Fatal("Enter must open the focused channel")
	}
	mustContain(t, m, "[x] 1. 打医保服务热线 0531-12393【推荐先用】", "1) 用任何电话拨 0531-12393")
	for i := 0; i < 4; i++ {
		m = press(t, m, "down")
	}
	if m.Focus != 4 {
		t.Fatalf("focus %d", m.Focus)
	}
	mustContain(t, m, "> [ ] 5.", "济南医保")
	m = press(t, m, "space")
	mustContain(t, m, "> [x] 5.")
	m = press(t, m, "home")
	mustContain(t, m, "125 元")
	if m.Focus != -1 {
		t.Fatalf("at the top no channel shows, so none is focused: %d", m.Focus)
	}
	m = press(t, m, "pgdown")
	mustNotContain(t, m, "每月实际划入个人账户：125 元")
	m = press(t, m, "end")
	mustContain(t, m, "本结果不是官方通知")
	if m.Focus >= 0 && !strings.Contains(screen(m), "> [") {
		t.Fatal("a focused channel must be on screen")
	}
}

func TestRecommendedMarkedInWords(t *testing.T) {
	m := newModel(t, data.EN, 80, 24)
	m = send(t, m, tea.EnvMsg{"NO_COLOR=1"})
	m = press(t, m, "1", "bj", "enter", "72", "enter", "2", "down")
	mustContain(t, m, "(try this first)")
	if strings.Contains(m.View().Content, "\x1b[3") {
		t.Fatal("NO_COLOR: no colour codes expected")
	}
}

func TestDeepLinkPlace(t *testing.T) {
	m := model.New(model.Options{Book: testBook(t), Now: fixedNow, Renderer: viewsRenderer(), Place: "长沙"})
	m = send(t, m, tea.WindowSizeMsg{Width: 80, Height: 24})
	m = press(t, m, "1")
	if m.Step != model.StepAge || m.Place == nil || m.Place.Code != "430100" {
		t.Fatalf("deep link: step %v place %v", m.Step, m.Place)
	}
	m = press(t, m, "esc")
	mustContain(t, m, "城市：长沙", "> 长沙市")
	// An ambiguous link leaves the question open.
	m = model.New(model.Options{Book: testBook(t), Now: fixedNow, Renderer: viewsRenderer(), Place: "bj"})
	m = press(t, m, "1")
	if m.Step != model.StepPlace {
		t.Fatalf("ambiguous deep link should ask, step %v", m.Step)
	}
	mustContain(t, m, "城市：bj", "> 北京市")
}

func TestBookLoadsInInit(t *testing.T) {
	m := model.New(model.Options{Now: fixedNow, Renderer: viewsRenderer()})
	cmd := m.Init()
	if cmd == nil {
		t.Fatal("Init must load the book")
	}
	m = press(t, m, "1", "cs")
	mustContain(t, m, "正在载入地区表")
	m = send(t, m, cmd())
	mustContain(t, m, "> 长沙市")
}
