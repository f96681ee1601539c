package data

import (
	"fmt"
	"strconv"
	"strings"
)

// InputError is bad input from a person, explained in plain words in both
// languages. Error() gives one line, Chinese first.
type InputError struct {
	Msg Text
}

func (e *InputError) Error() string { return e.Msg.Zh + " / " + e.Msg.En }

func inputErr(zh, en string) *InputError { return &InputError{Msg: T(zh, en)} }

// Limits of accepted input.
const (
	MaxAge      = maxAge
	maxBaseYuan = 1_000_000
)

// halfwidth turns fullwidth digits, letters and punctuation into ASCII and
// trims spaces of both widths.
func halfwidth(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= 0xFF01 && r <= 0xFF5E:
			r -= 0xFEE0
		case r == 0x3000:
			r = ' '
		}
		b.WriteRune(r)
	}
	return strings.TrimSpace(b.String())
}

// ParseInsurance reads an insurance type: employee, flexible, resident,
// their Chinese names, or the menu digits 1, 2, 3.
func ParseInsurance(s string) (Insurance, error) {
	switch strings.ToLower(halfwidth(s)) {
	case "employee", "1", "职工", "职工医保", "职工基本医疗保险", "城镇职工", "城镇职工医保":
		return Employee, nil
	case "flexible", "2", "灵活就业", "灵活就业人员", "个体", "灵活":
		return Flexible, nil
	case "resident", "3", "居民", "居民医保", "城乡居民", "城乡居民医保", "城乡居民基本医疗保险", "新农合":
		return Resident, nil
	}
	return "", inputErr("参保类型请填 1 职工医保、2 灵活就业 或 3 城乡居民医保。",
		"Insurance must be 1 employee, 2 flexible (self-employed) or 3 resident.")
}

// ParseStatus reads a retirement status: working, retired, not-retired,
// their Chinese names, or the menu digits 1, 2, 3.
func ParseStatus(s string) (Status, error) {
	switch strings.ToLower(strings.ReplaceAll(halfwidth(s), "_", "-")) {
	case "working", "work", "1", "在职", "在职人员", "上班":
		return Working, nil
	case "retired", "2", "已退休", "退休", "退休人员":
		return Retired, nil
	case "not-retired", "notretired", "3", "到龄未办理退休", "到龄未退休", "未办理退休", "未办退休":
		return NotRetired, nil
	}
	return "", inputErr("退休状态请填 1 在职、2 已退休 或 3 到龄未办理退休。",
		"Status must be 1 working, 2 retired or 3 not-retired (of age, procedure not done).")
}

// ParseAge reads an age in halfwidth or fullwidth digits ("72", "７２",
// "72岁"), or a four-digit birth year, which it turns into an age with
// today's year; birthYear is then set.
func ParseAge(s string, today Date) (age, birthYear int, err error) {
	t := halfwidth(s)
	for _, suf := range []string{"周岁", "岁", "歲", "years", "year", "y"} {
		t = strings.TrimSpace(strings.TrimSuffix(t, suf))
	}
	if t == "" {
		return 0, 0, inputErr("请输入年龄（0 到 120 之间的数字），或四位数的出生年份。",
			"Type the age (a number from 0 to 120) or a four-digit birth year.")
	}
	if !isDigits(t) {
		return 0, 0, inputErr("年龄只能填数字，例如 72；也可以填出生年份，例如 1954。",
			"The age must be digits, e.g. 72, or a birth year such as 1954.")
	}
	if len(t) > 4 {
		return 0, 0, inputErr("年龄应在 0 到 120 岁之间；出生年份是四位数，例如 1954。", "The age must be from 0 to 120; a birth year has four digits, e.g. 1954.")
	}
	n, _ := strconv.Atoi(t)
	if len(t) == 4 && n >= 1900 {
		if n > today.Year || today.Year-n > MaxAge {
			return 0, 0, inputErr(fmt.Sprintf("出生年份应在 %d 到 %d 之间。", today.Year-MaxAge, today.Year),
				fmt.Sprintf("The birth year must be from %d to %d.", today.Year-MaxAge, today.Year))
		}
		return today.Year - n, n, nil
	}
	if n > MaxAge {
		return 0, 0, inputErr("年龄应在 0 到 120 岁之间。", "The age must be from 0 to 120.")
	}
	return n, 0, nil
}

// ParseBase reads a monthly contribution base in yuan: "5000", "５０００",
// "5,000", "5000.50", "5000元".
func ParseBase(s string) (Money, error) {
	t := halfwidth(s)
	t = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(t, "元"), "yuan"))
	t = strings.NewReplacer(",", "", "，", "", " ", "").Replace(t)
	bad := inputErr("缴费基数请填每月金额（元），例如 5000。", "The contribution base must be a monthly amount in yuan, e.g. 5000.")
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
	if cents <= 0 || n > maxBaseYuan {
		return 0, inputErr("缴费基数应大于 0，且不超过 1000000 元。", "The contribution base must be above 0 and at most 1000000 yuan.")
	}
	return Money(cents), nil
}

// ParseLang reads a language: zh or en.
func ParseLang(s string) (Lang, error) {
	switch strings.ToLower(halfwidth(s)) {
	case "zh", "cn", "zh-cn", "zh_cn", "中文", "chinese":
		return ZH, nil
	case "en", "english", "英文":
		return EN, nil
	}
	return "", inputErr("语言请填 zh（中文）或 en（英文）。", "The language must be zh (Chinese) or en (English).")
}

// LangFromEnv picks the starting language from an environment: English
// for an en_* locale, Chinese otherwise, looking at LC_ALL, LC_MESSAGES and
// LANG in that order.
func LangFromEnv(env []string) Lang {
	get := func(k string) string {
		for _, kv := range env {
			if v, ok := strings.CutPrefix(kv, k+"="); ok {
				return v
			}
		}
		return ""
	}
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := get(k); v != "" {
			if strings.HasPrefix(strings.ToLower(v), "en") {
				return EN
			}
			return ZH
		}
	}
	return ZH
}
