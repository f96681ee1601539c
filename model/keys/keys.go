// Package keys is the advisor's key bindings, in one map.
package keys

import (
	"charm.land/bubbles/v2/key"

	"yibao/data/lang"
)

// Map holds every key binding of the advisor, with help text in the
// current language. No binding is a plain letter while a text field has
// focus, so typing never triggers a command; Backspace only ever deletes.
type Map struct {
	Choose   key.Binding // the option numbers on choice steps
	Move     key.Binding // Up and Down together, for the help line
	Page     key.Binding // PgUp and PgDn together, for the help line
	Ends     key.Binding // Home and End together, for the help
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
	Quit     key.Binding // ctrl+c anywhere: asks first
	QuitKey  key.Binding // q where nothing is typed: asks first
	New      key.Binding
	Source   key.Binding // the figure's full source
	Slip     key.Binding
	Compare  key.Binding
	Guides   key.Binding
	Record   key.Binding // record what a statement showed
	TakeBack key.Binding // take the session's last record back
	Close    key.Binding // leaves the slip or the source
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

// New builds the bindings with help in language l.
func New(l lang.Lang) Map {
	t := func(zh, en string) string { return lang.T(zh, en).In(l) }
	b := func(keys []string, k, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, desc))
	}
	digits := []string{"1", "2", "3", "4", "5", "6", "7", "8", "9", "１", "２", "３", "４", "５", "６", "７", "８", "９"}
	return Map{
		Choose:   b(digits, "1-3", t("选择", "choose")),
		Move:     b([]string{"up", "down"}, t("上下键", "Up/Down"), t("移动", "move")),
		Page:     b([]string{"pgup", "pgdown"}, "PgUp/PgDn", t("翻页", "page")),
		Ends:     b([]string{"home", "end"}, "Home/End", t("到顶、到底", "top, end")),
		Number:   b(digits, "1-9", t("打开", "open")),
		Up:       b([]string{"up"}, t("上键", "Up"), t("上移", "move up")),
		Down:     b([]string{"down"}, t("下键", "Down"), t("下移", "move down")),
		Enter:    b([]string{"enter"}, t("回车", "Enter"), t("确认", "confirm")),
		Back:     b([]string{"esc"}, "Esc", t("返回上一步", "back")),
		Toggle:   b([]string{"space"}, t("空格", "Space"), t("打勾", "tick")),
		Open:     b([]string{"enter"}, t("回车", "Enter"), t("看步骤", "steps")),
		PageUp:   b([]string{"pgup"}, "PgUp", t("上一页", "page up")),
		PageDown: b([]string{"pgdown"}, "PgDn", t("下一页", "page down")),
		Top:      b([]string{"home"}, "Home", t("到顶", "top")),
		Bottom:   b([]string{"end"}, "End", t("到底", "end")),
		Skip:     b([]string{"enter"}, t("回车", "Enter"), t("不填直接看结果", "skip")),
		Lang:     b([]string{"tab", "f2"}, "Tab", t("English", "中文")),
		Help:     b([]string{"?", "？", "f1"}, "?", t("全部按键", "all keys")),
		Quit:     b([]string{"ctrl+c"}, "Ctrl+C", t("退出", "quit")),
		QuitKey:  b([]string{"q"}, "q", t("退出", "quit")),
		New:      b([]string{"n"}, "n", t("下一位", "next person")),
		Source:   b([]string{"i"}, "i", t("来源详情", "source details")),
		Slip:     b([]string{"s"}, "s", t("小票", "slip")),
		Compare:  b([]string{"c"}, "c", t("对比", "compare")),
		Guides:   b([]string{"g"}, "g", t("帮助", "help")),
		Record:   b([]string{"r"}, "r", t("记录到账", "record")),
		TakeBack: b([]string{"ctrl+z"}, "Ctrl+Z", t("撤回上一条记录", "take back the last record")),
		Close:    b([]string{"esc", "enter"}, "Esc", t("返回结果", "back to the result")),
		Yes:      b([]string{"y", "Y"}, "y", t("是", "yes")),
		No:       b([]string{"n", "esc"}, "n", t("否", "no")),

		DelBack:   b([]string{"backspace"}, "Backspace", t("删除前一个字", "delete back")),
		DelFwd:    b([]string{"delete"}, "Delete", t("删除后一个字", "delete forward")),
		Left:      b([]string{"left"}, t("左键", "Left"), t("光标左移", "cursor left")),
		Right:     b([]string{"right"}, t("右键", "Right"), t("光标右移", "cursor right")),
		LineStart: b([]string{"home", "ctrl+a"}, "Home", t("到开头", "to the start")),
		LineEnd:   b([]string{"end", "ctrl+e"}, "End", t("到末尾", "to the end")),
		ClearLine: b([]string{"ctrl+u"}, "Ctrl+U", t("清空", "clear")),
	}
}
