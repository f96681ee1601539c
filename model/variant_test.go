package model_test

import (
	"testing"

	"yibao/data/lang"
)

// TestVariantFlow: Shenzhen asks its tier right after the place, in both
// languages; "do not know" shows each tier side by side, and a tier gives
// that tier's answer. Back from the age leads to the tier.
func TestVariantFlow(t *testing.T) {
	m := newModel(t, lang.ZH, 80, 24)
	m = press(t, m, "1", "2", "深圳", "enter")
	atStep(t, m, "variant")
	mustContain(t, m, "您在深圳参加的是哪一档医保", "1. 一档", "3. 三档", "4. 不知道", "第 4 步，共 5 步")
	// The question says what a tier is and where to find one's own.
	mustContain(t, m, "按缴费标准分", "只有一档有个人账户", "0755-12393")
	m = press(t, m, "4", "70", "enter")
	atResult(t, m)
	mustContain(t, tall(t, m), "各类不同", "一档：每月 251 元", "二档：没有个人账户，每月没有钱划入", "三档：没有个人账户")
	m = press(t, m, "esc")
	atStep(t, m, "age")
	m = press(t, m, "esc")
	atStep(t, m, "variant")
	m = press(t, m, "1")
	atResult(t, m) // the age, answered before, stands
	mustContain(t, tall(t, m), "251 元", "一档")
	mustNotContain(t, tall(t, m), "二档：")

	m = newModel(t, lang.EN, 80, 24)
	m = press(t, m, "1", "2", "chengdu", "enter")
	atStep(t, m, "variant")
	mustContain(t, m, "Where did you retire from", "public institution", "enterprise", "Do not know")
	m = press(t, m, "3", "70", "enter")
	atResult(t, m)
	mustContain(t, tall(t, m), "government and institution retirees: amount not found", "enterprise retirees: amount not found")

	// Beijing asks no such question.
	m = newModel(t, lang.ZH, 80, 24)
	m = press(t, m, "1", "2", "北京", "enter")
	atStep(t, m, "age")
}

// TestVariantStartsOnDoNotKnow: a reflex Enter on a place's own question
// answers "do not know", never the first group; a number outside the
// list says which numbers there are.
func TestVariantStartsOnDoNotKnow(t *testing.T) {
	m := newModel(t, lang.ZH, 80, 24)
	m = press(t, m, "1", "2", "成都", "enter")
	atStep(t, m, "variant")
	for _, d := range []string{"7", "0"} {
		m = press(t, m, d)
		atStep(t, m, "variant")
		mustContain(t, m, "请按 1 到 3 之间的数字")
	}
	m = press(t, m, "enter", "70", "enter")
	atResult(t, m)
	mustContain(t, tall(t, m), "机关事业单位退休人员：", "企业退休人员：")
}
