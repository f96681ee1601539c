package lang

import (
	"strings"
	"testing"
)

func TestFromEnv(t *testing.T) {
	for _, c := range []struct {
		env  []string
		want Lang
	}{
		{nil, ZH},
		{[]string{"LANG=en_US.UTF-8"}, EN},
		{[]string{"LANG=zh_CN.UTF-8"}, ZH},
		{[]string{"LANG=en_US.UTF-8", "LC_ALL=zh_CN.UTF-8"}, ZH},
		{[]string{"LC_MESSAGES=en_GB", "LANG=zh_CN"}, EN},
	} {
		if got := FromEnv(c.env); got != c.want {
			t.Errorf("FromEnv(%v) = %s, want %s", c.env, got, c.want)
		}
	}
}

// TestEcho: user text in a message never carries a control character to
// the terminal and never breaks the line.
func TestEcho(t *testing.T) {
	for in, want := range map[string]string{
		"长沙":           "长沙",
		"\x1b]0;PWN\a": `\x1b]0;PWN\a`,
		"\x1b[31mX":    `\x1b[31mX`,
		"0\n0":         `0\n0`,
		"a\u0085b":     `a\u0085b`,
		"\xff\xfe":     `\xff\xfe`,
		"一二三四五六七八九十一二三四五六七八九十多": "一二三四五六七八九十一二三四五六七八九十…",
	} {
		got := Echo(in)
		if got != want {
			t.Errorf("Echo(%q) = %q, want %q", in, got, want)
		}
		for _, r := range got {
			if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
				t.Errorf("Echo(%q) holds control %U", in, r)
			}
		}
		if strings.Contains(got, "\n") {
			t.Errorf("Echo(%q) breaks the line", in)
		}
	}
}

func FuzzEcho(f *testing.F) {
	f.Add("\x1b]0;PWN\a")
	f.Add("0\n0")
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range Echo(s) {
			if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
				t.Fatalf("Echo(%q) holds control %U", s, r)
			}
		}
	})
}

// TestCleanCuts: a long path keeps its start and its end, with … once; a
// long value is cut once; escaped lines keep their breaks.
func TestCleanCuts(t *testing.T) {
	long := "/" + strings.Repeat("很长的文件夹/", 20000) + "rules.toml"
	got := Clean(long)
	if n := len([]rune(got)); n > cleanRunes+1 || strings.Count(got, "…") != 1 || !strings.HasSuffix(got, "rules.toml") || !strings.HasPrefix(got, "/很长") {
		t.Errorf("Clean(long path) = %q (%d runes)", got, n)
	}
	if got := Clean("/tmp/a\x1bb.toml"); got != `/tmp/a\x1bb.toml` {
		t.Errorf("Clean = %q", got)
	}
	if got := Echo(strings.Repeat("x", 100000)); len([]rune(got)) != echoRunes+1 || strings.Count(got, "…") != 1 {
		t.Errorf("Echo cut to %q", got)
	}
	if got := CleanLines("a\x1b\nb\u202e\n"); got != "a\\x1b\nb\\u202e\n" {
		t.Errorf("CleanLines = %q", got)
	}
	if !HasControl("a\u2066") || HasControl("长沙 xi'an") {
		t.Error("HasControl")
	}
}
