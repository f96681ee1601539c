package model

import (
	"charm.land/bubbles/v2/key"

	"yibao/data"
)

// KeyMap holds every key binding of the advisor, with help text in the
// current language. No binding is a plain letter while a text field has
// focus, so typing never triggers a command.
type KeyMap struct {
	Choose   key.Binding // 1-3 on choice steps
	Move     key.Binding // Up and Down together, for the help line
	Page     key.Binding // PgUp and PgDn together, for the help line
	Ends     key.Binding // Home and End together, for the help
	Exit     key.Binding // Esc on the first question, which asks to quit
	Number   key.Binding // 1-9 on the guide list
	Up       key.Binding
	Down     key.Binding
	Enter    key.Binding
	Back     key.Binding
	Toggle   key.Binding // space on the checklist
	Open     key.Binding // enter on the checklist
	PageUp   key.Binding
	PageDown key.Binding
	Top      key.Binding
	Bottom   key.Binding
	Skip     key.Binding // enter on an empty base field
	Lang     key.Binding
	Help     key.Binding
	Quit     key.Binding // ctrl+c anywhere
	QuitKey  key.Binding // q where nothing is typed
	New      key.Binding
	Slip     key.Binding
	Compare  key.Binding
	Guides   key.Binding
	Close    key.Binding // any key leaves the slip
	Yes      key.Binding
	No       key.Binding

	// Editing a text field.
	DelBack   key.Binding
	DelFwd    key.Binding
	Left      key.Binding
	Right     key.Binding
	LineStart key.Binding
	LineEnd   key.Binding
	ClearLine key.Binding
}

// NewKeyMap builds the bindings with help in language l.
func NewKeyMap(l data.Lang) KeyMap {
	t := func(zh, en string) string {
		if l == data.EN {
			return en
		}
		return zh
	}
	b := func(keys []string, k, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, desc))
	}
	return KeyMap{
		Choose:   b([]string{"1", "2", "3", "１", "２", "３"}, "1-3", t("选择", "choose")),
		Move:     b([]string{"up", "down"}, t("上下键", "Up/Down"), t("移动", "move")),
		Page:     b([]string{"pgup", "pgdown"}, "PgUp/PgDn", t("翻页", "page")),
		Ends:     b([]string{"home", "end"}, "Home/End", t("到顶/到底", "top/bottom")),
		Exit:     b([]string{"esc"}, "Esc", t("退出", "quit")),
		Number:   b([]string{"1", "2", "3", "4", "5", "6", "7", "8", "9", "１", "２", "３", "４", "５", "６", "７", "８", "９"}, "1-9", t("打开", "open")),
		Up:       b([]string{"up"}, t("上键", "Up"), t("上移", "move up")),
		Down:     b([]string{"down"}, t("下键", "Down"), t("下移", "move down")),
		Enter:    b([]string{"enter"}, t("回车", "Enter"), t("确认", "confirm")),
		Back:     b([]string{"esc"}, "Esc", t("返回上一步", "back")),
		Toggle:   b([]string{"space"}, t("空格", "Space"), t("打勾", "tick")),
		Open:     b([]string{"enter"}, t("回车", "Enter"), t("看步骤", "steps")),
		PageUp:   b([]string{"pgup"}, "PgUp", t("上一页", "page up")),
		PageDown: b([]string{"pgdown"}, "PgDn", t("下一页", "page down")),
		Top:      b([]string{"home"}, "Home", t("到顶", "top")),
		Bottom:   b([]string{"end"}, "End", t("到底", "bottom")),
		Skip:     b([]string{"enter"}, t("回车", "Enter"), t("不填直接看结果", "skip")),
		Lang:     b([]string{"tab", "f2"}, "Tab", t("English", "中文")),
		Help:     b([]string{"?", "？", "f1"}, "?", t("全部按键", "all keys")),
		Quit:     b([]string{"ctrl+c"}, "Ctrl+C", t("退出", "quit")),
		QuitKey:  b([]string{"q"}, "q", t("退出", "quit")),
		New:      b([]string{"n"}, "n", t("下一位", "next person")),
		Slip:     b([]string{"s"}, "s", t("小票", "slip")),
		Compare:  b([]string{"c"}, "c", t("对比", "compare")),
		Guides:   b([]string{"g"}, "g", t("帮助", "help")),
		Close:    b([]string{"esc", "enter"}, "Esc", t("返回结果", "back to the result")),
		Yes:      b([]string{"y", "Y"}, "y", t("是", "yes")),
		No:       b([]string{"n", "esc"}, "n", t("否", "no")),

		DelBack:   b([]string{"backspace"}, "Backspace", t("删除；空着时返回上一步", "delete; back a step when empty")),
		DelFwd:    b([]string{"delete"}, "Delete", t("删除后一个字", "delete forward")),
		Left:      b([]string{"left"}, t("左键", "Left"), t("光标左移", "cursor left")),
		Right:     b([]string{"right"}, t("右键", "Right"), t("光标右移", "cursor right")),
		LineStart: b([]string{"home", "ctrl+a"}, "Home", t("到开头", "to the start")),
		LineEnd:   b([]string{"end", "ctrl+e"}, "End", t("到末尾", "to the end")),
		ClearLine: b([]string{"ctrl+u"}, "Ctrl+U", t("清空", "clear")),
	}
}

// ShortHelp lists the keys of the current step for the help line, the
// ones to read first first.
func (s State) ShortHelp() []key.Binding {
	k := s.Keys
	if s.Confirm != ConfirmNone {
		return []key.Binding{k.Yes, k.No}
	}
	switch s.Step {
	case StepInsurance:
		return []key.Binding{k.Choose, k.Move, k.Enter, k.Help, k.Lang, k.Exit}
	case StepStatus:
		return []key.Binding{k.Choose, k.Move, k.Enter, k.Back, k.Help, k.Lang}
	case StepPlace, StepComparePlace:
		return []key.Binding{k.Move, k.Enter, k.Back, k.Help, k.Lang}
	case StepAge, StepBase:
		return []key.Binding{k.Enter, k.Back, k.Help, k.Lang}
	case StepResult:
		return s.resultHelp()
	case StepSlip:
		return []key.Binding{k.Move, k.Page, k.Close, k.Help, k.Lang}
	case StepCompare:
		out := []key.Binding{k.Move, k.Page, k.Back, k.Help}
		if s.Guides {
			out = append(out, k.Guides)
		}
		return append(out, k.Lang)
	case StepGuides:
		return []key.Binding{k.Number, k.Move, k.Enter, k.Back, k.Help, k.Lang}
	case StepGuide:
		return []key.Binding{k.Move, k.Page, k.Back, k.Help, k.Lang}
	}
	return nil
}

func (s State) resultHelp() []key.Binding {
	k := s.Keys
	out := []key.Binding{k.Move, k.Toggle, k.Open, k.Page, k.Help, k.Back, k.New}
	if s.Slips {
		out = append(out, k.Slip)
	}
	if s.Compare {
		out = append(out, k.Compare)
	}
	if s.Guides {
		out = append(out, k.Guides)
	}
	return append(out, k.Lang, k.QuitKey)
}

// FullHelp lists every key of the current step, for the ? screen.
func (s State) FullHelp() []key.Binding {
	k := s.Keys
	common := []key.Binding{k.Lang, k.Help, k.Quit}
	switch s.Step {
	case StepInsurance:
		return append([]key.Binding{k.Choose, k.Move, k.Enter, k.Exit, k.QuitKey}, common...)
	case StepStatus:
		return append([]key.Binding{k.Choose, k.Move, k.Enter, k.Back, k.QuitKey}, common...)
	case StepPlace:
		return append(append([]key.Binding{k.Move, k.Enter, k.Back}, k.fieldKeys()...), common...)
	case StepAge:
		return append(append([]key.Binding{k.Enter, k.Back}, k.fieldKeys()...), common...)
	case StepBase:
		return append(append([]key.Binding{k.Enter, k.Skip, k.Back}, k.fieldKeys()...), common...)
	case StepSlip:
		return append([]key.Binding{k.Move, k.Page, k.Close}, common...)
	case StepComparePlace:
		return append(append([]key.Binding{k.Move, k.Enter, k.Back}, k.fieldKeys()...), common...)
	case StepCompare, StepGuide:
		out := []key.Binding{k.Move, k.Page, k.Ends, k.Back}
		if s.Step == StepCompare && s.Guides {
			out = append(out, k.Guides)
		}
		return append(out, common...)
	case StepGuides:
		return append([]key.Binding{k.Number, k.Move, k.Enter, k.Back, k.QuitKey}, common...)
	}
	out := []key.Binding{k.Move, k.Toggle, k.Open, k.Page, k.Ends, k.New, k.Back}
	if s.Slips {
		out = append(out, k.Slip)
	}
	if s.Compare {
		out = append(out, k.Compare)
	}
	if s.Guides {
		out = append(out, k.Guides)
	}
	return append(append(out, k.QuitKey), common...)
}

// fieldKeys are the editing keys of a text field, for the full help.
func (k KeyMap) fieldKeys() []key.Binding {
	return []key.Binding{k.DelBack, k.ClearLine} // Left, Right, Home and End work as in any field
}
