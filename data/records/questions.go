package records

import "yibao/data/lang"

// Question is one question of the record form, defined once for the
// screens and for `yibao observe`'s flags.
type Question struct {
	Flag         string
	Title        lang.Text // the field's label
	Prompt, Hint lang.Text
	Limit        int // runes a field takes
	Optional     bool
}

// The record form's questions, in order.
func Questions() (amount, month, channel Question) {
	amount = Question{Flag: "amount", Title: lang.T("到账金额", "amount"),
		Prompt: lang.T("这个月划入多少元？", "How much was credited this month, in yuan?"),
		Hint: lang.T("看账户明细上「个人账户划入」那一行，例如 75 或 75.50。只记金额、月份和地区，不记姓名、证件号和年龄。",
			"Read the personal-account credit on the statement, e.g. 75 or 75.50. Only the amount, month and place are kept: no name, ID or age."),
		Limit: 12}
	month = Question{Flag: "month", Title: lang.T("月份", "month"),
		Prompt: lang.T("是哪个月的到账？", "Which month's credit is it?"),
		Hint:   lang.T("写成 年-月；直接按回车就是上个月。", "Write year-month; Enter keeps last month."),
		Limit:  10}
	channel = Question{Flag: "channel", Title: lang.T("在哪里看到的", "where it was read"),
		Prompt:   lang.T("在哪里看到的？", "Where was it read?"),
		Hint:     lang.T("按数字选择；不想说就直接按回车。", "Press its number; Enter to leave it out."),
		Optional: true}
	return amount, month, channel
}
