package answers

import (
	"strconv"
	"strings"

	"yibao/data/book"
	"yibao/data/lang"
)

// The monthly contribution bases accepted, in yuan. Bases run from about
// 60% to 300% of a city's average wage (a few thousand to a few tens of
// thousands); a base of 50 is a missing digit, and gives a believable but
// wrong credit, so it is asked again.
const (
	MinBase = 1_000
	MaxBase = 100_000
)

// ParseInsurance reads an insurance type: employee, flexible, resident,
// their Chinese names, or the menu digits 1, 2, 3.
func ParseInsurance(s string) (book.Insurance, error) {
	switch strings.ToLower(Fold(s)) {
	case "employee", "1", "职工", "职工医保", "职工基本医疗保险", "城镇职工", "城镇职工医保":
		return book.Employee, nil
	case "flexible", "2", "灵活就业", "灵活就业人员", "个体", "灵活":
		return book.Flexible, nil
	case "resident", "3", "居民", "居民医保", "城乡居民", "城乡居民医保", "城乡居民基本医疗保险", "新农合":
		return book.Resident, nil
	}
	return "", choiceError("参保类型请填 1 职工医保、2 灵活就业 或 3 城乡居民医保。",
		"Insurance must be 1 employee, 2 flexible (self-employed) or 3 resident.")
}

// ChoiceError is an answer that is none of a question's choices, worded
// for a menu (its digits); a front end that takes the answer by name, as
// a flag, names the flag and its values instead.
type ChoiceError struct{ Err *lang.Error }

func (e *ChoiceError) Error() string { return e.Err.Error() }

// Unwrap gives the message, a *lang.Error.
func (e *ChoiceError) Unwrap() error { return e.Err }

// choiceError is a ChoiceError with these words.
func choiceError(zh, en string) *ChoiceError { return &ChoiceError{&lang.Error{Msg: lang.T(zh, en)}} }

// ParseStatus reads a retirement status: working, retired, not-retired,
// their Chinese names, or the menu digits 1, 2, 3.
func ParseStatus(s string) (book.Status, error) {
	switch strings.ToLower(strings.ReplaceAll(Fold(s), "_", "-")) {
	case "working", "work", "1", "在职", "在职人员", "上班":
		return book.Working, nil
	case "retired", "2", "已退休", "退休", "退休人员":
		return book.Retired, nil
	case "not-retired", "notretired", "3", "到龄未办理退休", "到龄未退休", "未办理退休", "未办退休":
		return book.NotRetired, nil
	}
	return "", choiceError("退休状态请填 1 在职、2 已退休 或 3 到龄未办理退休。",
		"Status must be 1 working, 2 retired or 3 not-retired (of age, procedure not done).")
}

// Age is an age in whole years, and the birth year it was worked out from
// when the person gave one.
type Age struct {
	Years     int
	BirthYear int // 0 when the age was given as such
}

// ParseAge reads an age in halfwidth or fullwidth digits ("72", "７２",
// "72岁"), or a four-digit birth year, which it turns into an age with
// today's year.
func ParseAge(s string, today book.Date) (Age, error) {
	t := Fold(s)
	for _, suf := range []string{"周岁", "岁", "歲", "years", "year", "y"} {
		t = strings.TrimSpace(strings.TrimSuffix(t, suf))
	}
	switch {
	case t == "":
		return Age{}, lang.Errorf("请输入年龄（0 到 120 之间的数字），或四位数的出生年份。",
			"Type the age (a number from 0 to 120) or a four-digit birth year.")
	case !isDigits(t):
		return Age{}, lang.Errorf("年龄只能填数字，例如 72；也可以填出生年份，例如 1954。",
			"The age must be digits, e.g. 72, or a birth year such as 1954.")
	case len(t) > 4:
		return Age{}, lang.Errorf("年龄应在 0 到 120 岁之间；出生年份是四位数，例如 1954。",
			"The age must be from 0 to 120; a birth year has four digits, e.g. 1954.")
	}
	n, _ := strconv.Atoi(t)
	if len(t) == 4 && t[0] != '0' { // four digits are a birth year, never an age (1890 is not 1890 years)
		if n > today.Year {
			return Age{}, lang.Errorf("出生年份 %d 还没到，请核对（应在 %d 到 %d 之间）。",
				"The birth year %d is in the future; please check it (from %d to %d).", n, today.Year-book.MaxAge, today.Year)
		}
		if today.Year-n > book.MaxAge {
			return Age{}, lang.Errorf("出生年份应在 %d 到 %d 之间。", "The birth year must be from %d to %d.", today.Year-book.MaxAge, today.Year)
		}
		return Age{Years: today.Year - n, BirthYear: n}, nil
	}
	if n > book.MaxAge {
		return Age{}, lang.Errorf("年龄应在 0 到 120 岁之间。", "The age must be from 0 to 120.")
	}
	return Age{Years: n}, nil
}

// ParseBase reads a monthly contribution base in yuan: "5000", "５０００",
// "5,000", "5000.50", "5000元".
func ParseBase(s string) (book.Money, error) {
	m, err := ParseYuan(s)
	if err != nil {
		return 0, lang.Errorf("缴费基数请填每月金额（元），例如 5000。", "The contribution base must be a monthly amount in yuan, e.g. 5000.")
	}
	if m < book.Yuan(MinBase) || m > book.Yuan(MaxBase) {
		return 0, lang.Errorf("缴费基数是每月几千到几万元（%d 到 %d）；%s 元对不上，请看工资条再填。",
			"A monthly base is thousands of yuan (%d to %d); %s does not fit: check the payslip.", MinBase, MaxBase, m)
	}
	return m, nil
}

// ParseYuan reads an amount of yuan with at most two decimals: "75",
// "７５", "75.00", "1,200.5", "75元". It says nothing about the range.
func ParseYuan(s string) (book.Money, error) {
	t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(Fold(s), "元"), "yuan"))
	t = strings.NewReplacer(",", "", " ", "").Replace(t)
	bad := lang.Errorf("金额请填元数，最多两位小数，例如 75 或 75.50。", "An amount is yuan with at most two decimals, e.g. 75 or 75.50.")
	whole, frac, hasDot := strings.Cut(t, ".")
	if !isDigits(whole) || len(whole) > 9 || (hasDot && (!isDigits(frac) || len(frac) > 2)) {
		return 0, bad
	}
	n, _ := strconv.ParseInt(whole, 10, 64)
	cents := n * 100
	if hasDot {
		f, _ := strconv.ParseInt(frac, 10, 64)
		if len(frac) == 1 {
			f *= 10
		}
		cents += f
	}
	return book.Money(cents), nil
}

// ParseLang reads a language: zh or en.
func ParseLang(s string) (lang.Lang, error) {
	switch strings.ToLower(Fold(s)) {
	case "zh", "cn", "zh-cn", "zh_cn", "中文", "chinese":
		return lang.ZH, nil
	case "en", "english", "英文":
		return lang.EN, nil
	}
	return "", lang.Errorf("语言请填 zh（中文）或 en（英文）。", "The language must be zh (Chinese) or en (English).")
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
