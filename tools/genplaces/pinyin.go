package main

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/mozillazg/go-pinyin"
)

// pinyinOverrides are readings of short names that go-pinyin, reading
// character by character with each character's most common reading, gets
// wrong (mostly polyphonic characters). Keyed by short name; lower-case,
// space-separated, toneless, ü as v.
var pinyinOverrides = map[string]string{
	"重庆":   "chong qing", // 重 zhong -> chong
	"长春":   "chang chun", // 长 zhang -> chang, likewise below
	"长沙":   "chang sha",
	"长治":   "chang zhi",
	"厦门":   "xia men",       // 厦 sha -> xia
	"成都":   "cheng du",      // 都 dou -> du
	"昌都":   "chang du",      // 都 dou -> du
	"西藏":   "xi zang",       // 藏 cang -> zang
	"佛山":   "fo shan",       // 佛 fu -> fo
	"六安":   "lu an",         // 六 liu -> lu (local reading)
	"蚌埠":   "beng bu",       // 蚌 bang -> beng
	"喀什":   "ka shi",        // 什 shen -> shi
	"锡林郭勒": "xi lin guo le", // 勒 lei -> le
	"克孜勒苏": "ke zi le su",   // 勒 lei -> le
	"阿勒泰":  "a le tai",      // 勒 lei -> le
}

var pinyinArgs = pinyin.Args{Style: pinyin.Normal}

// libraryPinyin is go-pinyin's reading of s, one syllable per character.
func libraryPinyin(s string) (string, error) {
	var syl []string
	for _, r := range s {
		p := pinyin.SinglePinyin(r, pinyinArgs)
		if len(p) == 0 {
			return "", fmt.Errorf("no pinyin for %q in %q", r, s)
		}
		syl = append(syl, p[0])
	}
	return strings.Join(syl, " "), nil
}

// readPinyin is the reading of a short name: the curated override if
// there is one, else go-pinyin's.
func readPinyin(short string) (string, error) {
	if p, ok := pinyinOverrides[short]; ok {
		if len(strings.Fields(p)) != utf8.RuneCountInString(short) {
			return "", fmt.Errorf("pinyin override %q for %s: syllable count differs from character count", p, short)
		}
		return p, nil
	}
	return libraryPinyin(short)
}

// initials are the first letters of the syllables: "chang sha" -> "cs".
func initials(py string) string {
	var b strings.Builder
	for _, syl := range strings.Fields(py) {
		b.WriteByte(syl[0])
	}
	return b.String()
}

// aliases are the other ways to type a reading with ü (written v):
// "lv liang" -> ["lu liang", "lü liang"]. Nil when there is no ü.
func aliases(py string) []string {
	if !strings.Contains(py, "v") {
		return nil
	}
	return []string{strings.ReplaceAll(py, "v", "u"), strings.ReplaceAll(py, "v", "ü")}
}

// fillNames sets the short name and everything read from it.
func fillNames(n *Names) error {
	n.Short = shortName(n.Name)
	py, err := readPinyin(n.Short)
	if err != nil {
		return fmt.Errorf("%s %s: %w", n.Code, n.Name, err)
	}
	n.Pinyin = py
	n.Initials = initials(py)
	n.Aliases = aliases(py)
	n.En = enName(n.Short, py)
	return nil
}
