package model_test

import (
	"testing"

	"yibao/data/lang"
)

// TestSharedPinyinAsks: words that fit two listed places equally (taizhou:
// 台州 and 泰州; suzhou: 苏州 and 宿州; sz; bj) are not taken on the first
// Enter: the screen asks once more, and a second Enter takes the first.
// Words that fit one place (beijing) go straight on, and so does a place
// picked with the arrows.
func TestSharedPinyinAsks(t *testing.T) {
	for q, want := range map[string]string{"taizhou": "台州市", "suzhou": "苏州市", "sz": "深圳市", "bj": "北京市"} {
		m := press(t, newModel(t, lang.ZH, 80, 24), "1", "2", q, "enter")
		mustContain(t, m, "您在哪个城市参保", "是不是 "+want+"？再按回车确认")
		m = press(t, m, "enter")
		mustNotContain(t, m, "您在哪个城市参保")
	}
	m := press(t, newModel(t, lang.ZH, 80, 24), "1", "2", "beijing", "enter")
	mustContain(t, m, "您今年多少岁")
	m = press(t, newModel(t, lang.ZH, 80, 24), "1", "2", "taizhou", "down", "enter")
	mustContain(t, m, "您今年多少岁", "泰州市")
}
