package model_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"yibao/data/consult"
	"yibao/data/lang"
	"yibao/model"
)

// unitStart is a unit that must stay on the line of its number.
var unitStart = regexp.MustCompile(`^(岁|元|年|月|日|号|个|次|%|yuan\b|years?\b)`)

// domain is a website name, which belongs one key away, not on the
// result or the slip.
var domain = regexp.MustCompile(`(?i)\b[a-z0-9-]+\.(com|cn|net|org|icu|cc|top|info)\b`)

// TestScreensReadWell reads every screen at 80x24, 60x20, 40x15 and
// 120x40 in both languages as a person would: one help line below 20
// rows; a number never parted from its unit, nor a 【marker】 broken; no
// website names outside the source details; the ? screen shows each key's
// description whole; text kept to a readable measure on wide windows.
func TestScreensReadWell(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {60, 20}, {40, 15}, {120, 40}} {
		for _, l := range []lang.Lang{lang.ZH, lang.EN} {
			for name, m := range screens(t, l, size[0], size[1], false) {
				label := fmt.Sprintf("%dx%d %s %s", size[0], size[1], l, name)
				lines := strings.Split(screen(m), "\n")
				last := strings.TrimSpace(lines[len(lines)-1])
				if size[1] < 20 && !strings.HasPrefix(name, "confirm") {
					for _, b := range m.ShortHelp() {
						h := b.Help()
						if item := h.Key + " " + h.Desc; strings.Contains(lines[len(lines)-2], item) {
							t.Errorf("%s: the help takes two rows in a short window (%q above the last line)", label, item)
						}
					}
				}
				help := last + " " + strings.TrimSpace(lines[len(lines)-2])
				if !strings.Contains(help, lang.T("? 全部按键", "? all keys").In(l)) && !strings.Contains(help, lang.T("上下键翻看", "Up/Down to read").In(l)) && !strings.HasPrefix(name, "confirm") {
					t.Errorf("%s: the help line does not say how to see every key: %q", label, help)
				}
				for i, line := range lines {
					text := strings.TrimSpace(line)
					if i+1 < len(lines) && endsWithDigit(text) {
						if next := strings.TrimLeft(lines[i+1], " >"); unitStart.MatchString(next) {
							t.Errorf("%s: a number is parted from its unit at line %d:\n%s\n%s", label, i, line, lines[i+1])
						}
					}
					if strings.Count(text, "【") != strings.Count(text, "】") {
						t.Errorf("%s: a bracketed marker is broken at line %d: %q", label, i, line)
					}
					if !strings.HasPrefix(name, "source") && domain.MatchString(text) {
						t.Errorf("%s: a website name on the screen at line %d: %q", label, i, line)
					}
					twoColumns := strings.HasPrefix(name, "compare") || strings.HasPrefix(name, "slip")
					if size[0] == 120 && !twoColumns && i > 0 && i < len(lines)-3 {
						if w := displayWidth(strings.TrimRight(line, " ")); w > 80 {
							t.Errorf("%s: line %d is %d columns of text; keep to about 72: %q", label, i, w, line)
						}
					}
				}
				if strings.HasPrefix(name, "help") {
					checkHelpWhole(t, label, m.FullHelp(), lines)
				}
			}
		}
	}
}

// checkHelpWhole: every key line of the ? screen is one key with its
// whole description, never a description cut short.
func checkHelpWhole(t *testing.T, label string, bs []key.Binding, lines []string) {
	t.Helper()
	for i, line := range lines[1 : len(lines)-1] {
		text := strings.TrimSpace(line)
		if text == "" || strings.HasPrefix(text, "全部按键") || strings.HasPrefix(text, "All keys") ||
			strings.HasPrefix(text, "（") || strings.HasPrefix(text, "(") {
			continue
		}
		whole := false
		for _, b := range bs {
			h := b.Help()
			if rest, ok := strings.CutPrefix(text, h.Key); ok && strings.TrimSpace(rest) == h.Desc {
				whole = true
				break
			}
		}
		if !whole {
			t.Errorf("%s: help line %d is not a key with its whole description: %q", label, i+1, line)
		}
	}
}

func endsWithDigit(s string) bool {
	return s != "" && unicode.IsDigit(rune(s[len(s)-1]))
}

func displayWidth(s string) int { return ansi.StringWidth(s) }

// TestFilterDropsOnlyDeadKeys: on every screen each key the full help
// lists passes the filter, and a letter bound to nothing is dropped where
// there is no field to type it into.
func TestFilterDropsOnlyDeadKeys(t *testing.T) {
	for name, m := range screens(t, lang.ZH, 80, 24, false) {
		for _, b := range m.FullHelp() {
			for _, k := range b.Keys() {
				msg := keyMsg(k)
				if k == "space" {
					msg = keyMsg("space")
				}
				if msg.Text == "" {
					continue
				}
				if model.Filter(m, msg) == nil {
					t.Errorf("%s: the filter drops %q (%s)", name, k, b.Help().Desc)
				}
			}
		}
		hasField := m.Screen == model.ScreenComparePlace ||
			(m.Screen == model.ScreenQuestion || m.Screen == model.ScreenRecord) && m.Step.Kind != consult.Choose
		if dropped := model.Filter(m, keyMsg("x")) == nil; dropped == hasField && !m.ShowHelp && m.Confirm == model.ConfirmNone && name != "too-small" {
			t.Errorf("%s: x dropped %v, field %v", name, dropped, hasField)
		}
	}
}
