package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"yibao/internal/testkit"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/text/encoding/simplifiedchinese"
)

func fixedNow() time.Time { return testkit.Now() }

// runIn runs a command line in-process with the given input and clock.
func runIn(args []string, in string, now func() time.Time) (string, string, int) {
	var out, errb bytes.Buffer
	code := run(args, IO{In: strings.NewReader(in), Out: &out, Err: &errb, Env: []string{"LANG=zh_CN.UTF-8"}, Now: now})
	return out.String(), errb.String(), code
}

// yibao runs the command line in-process and returns stdout, stderr and
// the exit code.
func yibao(args ...string) (string, string, int) { return runIn(args, "", fixedNow) }

func adviseJSON(t *testing.T, args ...string) map[string]any {
	t.Helper()
	out, errs, code := yibao(append([]string{"advise", "--json"}, args...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var v map[string]any
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	return v
}

func path(v map[string]any, keys ...string) any {
	var cur any = v
	for _, k := range keys {
		m, ok := cur.(map[string]any)
		if !ok {
			return nil
		}
		cur = m[k]
	}
	return cur
}

func TestAdviseJSONShape(t *testing.T) {
	v := adviseJSON(t, "--insurance", "employee", "--city", "北京", "--age", "72", "--status", "retired")
	want := map[string]any{
		"place.code": "110100", "place.name": "北京市", "place.province": "北京市",
		"profile.insurance": "employee", "profile.status": "retired", "profile.age": 72.0, "profile.base": nil,
		"credit.known": true, "credit.has_account": true, "credit.period": "monthly",
		"credit.annual": 1320.0, "credit.gross_monthly": 110.0, "credit.net_monthly": 107.0,
		"credit.scope": "city", "credit.confidence": "news", "credit.verified_on": "2026-12-01",
		"credit.next_change": nil, "credit.source.date": "2022-09",
	}
	for k, w := range want {
		if got := path(v, strings.Split(k, ".")...); got != w {
			t.Errorf("%s = %#v, want %#v", k, got, w)
		}
	}
	deds := path(v, "credit", "deductions").([]any)
	if len(deds) != 1 || deds[0].(map[string]any)["monthly"] != 3.0 || deds[0].(map[string]any)["name"] == "" {
		t.Errorf("deductions = %v", deds)
	}
	for _, k := range []string{"formula", "source"} {
		if path(v, "credit", k) == nil {
			t.Errorf("credit.%s missing", k)
		}
	}
	for _, k := range []string{"title", "doc_no", "publisher", "date", "url"} {
		if _, ok := path(v, "credit", "source").(map[string]any)[k]; !ok {
			t.Errorf("credit.source.%s missing", k)
		}
	}
	notes := v["notes"].([]any)
	if len(notes) == 0 || notes[0].(map[string]any)["id"] == "" || notes[0].(map[string]any)["text"] == "" {
		t.Errorf("notes = %v", notes)
	}
	ch := v["channels"].([]any)[0].(map[string]any)
	if ch["id"] != "hotline" || ch["recommended"] != true || len(ch["steps"].([]any)) == 0 || ch["name"] == "" {
		t.Errorf("first channel = %v", ch)
	}

	v = adviseJSON(t, "--insurance", "职工", "--city", "beijing", "--age", "６９", "--status", "retired")
	if path(v, "credit", "net_monthly") != 97.0 || path(v, "credit", "next_change", "age") != 70.0 || path(v, "credit", "next_change", "net_monthly") != 107.0 {
		t.Errorf("Beijing 69: %v / %v", path(v, "credit", "net_monthly"), path(v, "credit", "next_change"))
	}
	v = adviseJSON(t, "--insurance", "employee", "--city", "上海", "--age", "74", "--status", "retired")
	if path(v, "credit", "annual") != 1680.0 || path(v, "credit", "period") != "annual" {
		t.Errorf("Shanghai 74: %v", path(v, "credit"))
	}
	v = adviseJSON(t, "--insurance", "employee", "--city", "hangzhou", "--age", "45", "--status", "working", "--base", "5000")
	if path(v, "credit", "net_monthly") != 100.0 || path(v, "profile", "base") != 5000.0 || path(v, "credit", "scope") != "national" {
		t.Errorf("Hangzhou base 5000: %v", path(v, "credit"))
	}
	v = adviseJSON(t, "--insurance", "resident", "--city", "wuhan", "--age", "70", "--status", "retired", "--lang", "en")
	if path(v, "credit", "has_account") != false || path(v, "credit", "annual") != nil || v["lang"] != "en" {
		t.Errorf("resident: %v", path(v, "credit"))
	}
	// Resident insurance asks nothing else: no status, no age.
	v = adviseJSON(t, "--insurance", "resident", "--city", "海淀区")
	if path(v, "profile", "status") != nil || path(v, "profile", "age") != nil || path(v, "place", "code") != "110100" || path(v, "place", "county", "name") != "海淀区" {
		t.Errorf("resident in Haidian: %v / %v", path(v, "profile"), path(v, "place"))
	}
	// --as-of answers for the rule in force on that day.
	v = adviseJSON(t, "--insurance", "employee", "--city", "合肥", "--age", "70", "--status", "retired", "--as-of", "2022-06-01")
	if path(v, "credit", "net_monthly") != 150.0 || v["as_of"] != "2022-06-01" {
		t.Errorf("Hefei in 2022: %v", path(v, "credit", "net_monthly"))
	}
	v = adviseJSON(t, "--insurance", "employee", "--city", "合肥", "--age", "70", "--status", "retired")
	if path(v, "credit", "net_monthly") != 70.0 || path(v, "credit", "change", "net") != 150.0 || path(v, "credit", "change", "until") != "2022-12-31" {
		t.Errorf("Hefei now, with what it was: %v / %v", path(v, "credit", "net_monthly"), path(v, "credit", "change"))
	}
}

func TestAdviseUnknownFigureShowsNoAmount(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		args := []string{"advise", "--insurance", "employee", "--city", "杭州", "--age", "70", "--status", "retired", "--lang", lang}
		text, _, code := yibao(args...)
		js, _, code2 := yibao(append(args, "--json")...)
		if code != 0 || code2 != 0 {
			t.Fatalf("exit %d %d", code, code2)
		}
		for _, out := range []string{text, js} {
			if m := amount(out); m != "" {
				t.Errorf("%s: no verified figure, yet %q appears:\n%s", lang, m, out)
			}
		}
		if !strings.Contains(strings.ToLower(text), map[string]string{"zh": "暂无核实数据", "en": "no verified figure"}[lang]) {
			t.Errorf("%s: the text must say there is no verified figure:\n%s", lang, text)
		}
		if !strings.Contains(js, `"known": false`) || !strings.Contains(js, `"net_monthly": null`) {
			t.Errorf("JSON must have known false and null amounts:\n%s", js)
		}
	}
}

// amount finds digits followed by 元 or yuan.
func amount(s string) string {
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == '\n' })
	for _, f := range fields {
		for _, unit := range []string{"元", "yuan"} {
			for i := strings.Index(f, unit); i > 0; {
				j := strings.TrimRight(f[:i], " ")
				if j != "" && j[len(j)-1] >= '0' && j[len(j)-1] <= '9' {
					return f
				}
				k := strings.Index(f[i+len(unit):], unit)
				if k < 0 {
					break
				}
				i += len(unit) + k
			}
		}
	}
	return ""
}

func TestAdviseText(t *testing.T) {
	out, _, code := yibao("advise", "--insurance", "employee", "--city", "jinan", "--age", "70", "--status", "retired")
	if code != 0 || !strings.Contains(out, "每月实际划入 125 元") || !strings.Contains(out, "0531-12393") {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	out, _, _ = yibao("advise", "--insurance", "employee", "--city", "lanzhou", "--age", "66", "--status", "retired", "--lang", "en", "--width", "40")
	if !strings.Contains(out, "90 yuan a month") {
		t.Fatalf("Lanzhou:\n%s", out)
	}
	for _, l := range strings.Split(out, "\n") {
		if w := ansi.StringWidth(l); w > 40 {
			t.Errorf("line %d cells wide, over 40: %q", w, l)
		}
	}
	out, _, _ = yibao("advise", "--insurance", "flexible", "--city", "武汉", "--age", "50", "--status", "working")
	if !strings.Contains(out, "没有个人账户") {
		t.Fatalf("Wuhan flexible working:\n%s", out)
	}
}

func TestAdviseBadInput(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"--insurance", "employee", "--city", "bj", "--age", "72", "--status", "retired"}, "北京市"},
		{[]string{"--insurance", "employee", "--city", "beijingg", "--age", "72", "--status", "retired"}, "北京"},
		{[]string{"--insurance", "employee", "--city", "atlantis", "--age", "72", "--status", "retired"}, "找不到"},
		{[]string{"--insurance", "employee", "--city", "cs", "--age", "121", "--status", "retired"}, "0 到 120"},
		{[]string{"--insurance", "employee", "--city", "cs", "--age", "-3", "--status", "retired"}, "年龄"},
		{[]string{"--insurance", "boss", "--city", "cs", "--age", "70", "--status", "retired"}, "参保类型"},
		{[]string{"--insurance", "employee", "--city", "cs", "--age", "70", "--status", "sleeping"}, "退休状态"},
		{[]string{"--insurance", "employee", "--city", "cs", "--age", "70"}, "--status"},
		{[]string{"--insurance", "employee", "--age", "70", "--status", "retired"}, "--city"},
		{[]string{"--city", "cs", "--age", "70", "--status", "retired"}, "--insurance"},
		{[]string{"--insurance", "employee", "--city", "cs", "--age", "70", "--status", "retired", "--lang", "fr"}, "语言"},
		{[]string{"--insurance", "employee", "--city", "cs", "--age", "70", "--status", "working", "--base", "lots"}, "缴费基数"},
		{[]string{"--insurance", "employee", "--city", "cs", "--nope"}, "没有这个选项"},
		{[]string{"--insurance"}, "后面要写一个值"},
		{[]string{"--insurance", "employee", "--city", "cs", "--age", "12", "--status", "working"}, "12 岁的人不会参加职工医保"},
		{[]string{"--insurance", "employee", "--city", "cs", "--age", "2031", "--status", "working"}, "还没到"},
		{[]string{"--insurance", "employee", "--insurance", "resident", "--city", "cs"}, "--insurance 写了两次"},
		{[]string{"--bogus"}, "没有这个选项：--bogus"},
		{[]string{"-bogus"}, "没有这个选项：-bogus"},
		{[]string{"--insurance", "employee", "--city", "cs", "--age", "70", "--status", "retired", "--as-of", "2025/1/1"}, "--as-of"},
		{[]string{"--insurance", "employee", "--city", "\x1b]0;PWN\a", "--age", "70", "--status", "retired"}, `\x1b]0;PWN\a`},
		{[]string{"--insurance", "employee", "--city", "0\n0", "--age", "70", "--status", "retired"}, `0\n0`},
	}
	for _, c := range cases {
		out, errs, code := yibao(append([]string{"advise"}, c.args...)...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2", c.args, code)
		}
		if out != "" {
			t.Errorf("%v: stdout should be empty, got %q", c.args, out)
		}
		if strings.Count(errs, "\n") != 1 || !strings.Contains(errs, c.want) || strings.Count(errs, " / ") != 1 {
			t.Errorf("%v: want one bilingual line mentioning %q, Chinese once then English once, got %q", c.args, c.want, errs)
		}
		if strings.ContainsAny(errs[:len(errs)-1], "\x1b\a\r\n") {
			t.Errorf("%v: the message carries a control character: %q", c.args, errs)
		}
	}
	_, errs, _ := yibao("advise", "--insurance", "employee", "--city", "bj", "--age", "72", "--status", "retired")
	for _, name := range []string{"北京市", "毕节市", "宝鸡市"} {
		if !strings.Contains(errs, name) {
			t.Errorf("the ambiguity message should list %s: %q", name, errs)
		}
	}
	// With no flags, every missing one is named.
	_, errs, code := yibao("advise")
	for _, f := range []string{"--insurance", "--status", "--city", "--age"} {
		if code != 2 || !strings.Contains(errs, f) {
			t.Errorf("advise without flags: exit %d, %q lacks %s", code, errs, f)
		}
	}
}

func TestDataErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.toml")
	os.WriteFile(bad, []byte("[[rule]]\nid = \"x\"\nscope = \"city\"\ncode = \"999999\"\n"), 0o644)
	_, errs, code := yibao("advise", "--insurance", "employee", "--city", "cs", "--age", "70", "--status", "retired", "--data", bad)
	if code != 1 || !strings.Contains(errs, "bad.toml") || !strings.Contains(errs, "999999") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	_, errs, code = yibao("data", "check", bad)
	if code != 1 || !strings.Contains(errs, "bad.toml:") {
		t.Errorf("data check: exit %d, stderr %q", code, errs)
	}
	good := filepath.Join(dir, "good.toml")
	os.WriteFile(good, []byte(`[[rule]]
id = "changsha-local"
scope = "city"
code = "430100"
insurance = ["employee"]
status = ["retired"]
scheme = "fixed_monthly"
credited = { zh = "每月", en = "monthly" }
effective_from = 2026-01-01
[[rule.band]]
min_age = 0
max_age = 120
amount = 80
[rule.source]
title = { zh = "窗口答复", en = "Counter reply" }
publisher = { zh = "长沙医保窗口", en = "Changsha counter" }
date = "2026-11"
verified_on = 2026-11-20
confidence = "official"
`), 0o644)
	out, errs, code := yibao("data", "check", good)
	if code != 0 || !strings.Contains(out, "changsha-local") || !strings.Contains(out, "长沙市") || !strings.Contains(out, "good.toml") || !strings.Contains(out, "/ 369") {
		t.Errorf("data check good: exit %d\n%s\n%s", code, out, errs)
	}
	v := adviseJSON(t, "--insurance", "employee", "--city", "cs", "--age", "70", "--status", "retired", "--data", good)
	if path(v, "credit", "net_monthly") != 80.0 {
		t.Errorf("the local rule should give 80: %v", path(v, "credit"))
	}
	// Without paths it checks the embedded book and shows its coverage.
	out, _, code = yibao("data", "check")
	if code != 0 || !strings.Contains(out, "places with a figure per province") || !strings.Contains(out, "浙江省") {
		t.Errorf("data check without paths: exit %d\n%s", code, out)
	}
}

// FuzzAdviseArgs: any command line gives exit 0, 1 or 2, and bad input
// gets exactly one line on stderr.
func FuzzAdviseArgs(f *testing.F) {
	f.Add("employee", "北京", "72", "retired", "")
	f.Add("职工", "bj", "７２", "working", "5000")
	f.Add("resident", "430100", "1954", "not-retired", "")
	f.Add("", "", "", "", "")
	f.Add("flexible", "xi'an", "abc", "x", "-1")
	f.Add("employee", "0\n0", "70", "retired", "")           // a city with a newline: one line of error
	f.Add("employee", "\x1b]0;PWN\a", "70", "retired", "")   // a terminal title sequence, escaped
	f.Add("employee", "\u009b31m", "\u00857", "retired", "") // C1 controls
	f.Fuzz(func(t *testing.T, ins, city, age, status, base string) {
		args := []string{"advise", "--insurance", ins, "--city", city, "--age", age, "--status", status}
		if base != "" {
			args = append(args, "--base", base)
		}
		out, errs, code := yibao(args...)
		switch code {
		case 0:
			if out == "" || errs != "" {
				t.Fatalf("exit 0 with stdout %q stderr %q", out, errs)
			}
		case 2:
			if strings.Count(errs, "\n") != 1 || out != "" {
				t.Fatalf("bad input must give one line: %q", errs)
			}
		default:
			t.Fatalf("exit %d for %q", code, args)
		}
	})
}

// TestTmuxFlow drives the real binary in tmux at 80x24: 1, 2, bj, Enter,
// 72, Enter must show 107 on the screen.
func TestTmuxFlow(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed (CI installs it)")
	}
	bin := buildYibao(t)
	sock := filepath.Join(t.TempDir(), "tmux.sock")
	tmux := func(args ...string) string {
		out, err := exec.Command("tmux", append([]string{"-S", sock}, args...)...).CombinedOutput()
		if err != nil {
			t.Fatalf("tmux %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	tmux("new-session", "-d", "-s", "yibao", "-x", "80", "-y", "24", "env", "LANG=C.UTF-8", "TERM=xterm-256color", bin)
	defer exec.Command("tmux", "-S", sock, "kill-server").Run()
	waitFor := func(want string) string {
		deadline := time.Now().Add(15 * time.Second)
		for {
			s := tmux("capture-pane", "-p", "-t", "yibao")
			if strings.Contains(s, want) {
				return s
			}
			if time.Now().After(deadline) {
				t.Fatalf("screen never showed %q:\n%s", want, s)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	waitFor("您参加的是哪种医保")
	tmux("send-keys", "-t", "yibao", "1")
	waitFor("您现在的退休情况是")
	tmux("send-keys", "-t", "yibao", "2")
	waitFor("您在哪个城市参保")
	tmux("send-keys", "-t", "yibao", "-l", "bj")
	waitFor("> 北京市")
	tmux("send-keys", "-t", "yibao", "Enter")
	waitFor("您今年多少岁")
	tmux("send-keys", "-t", "yibao", "-l", "72")
	tmux("send-keys", "-t", "yibao", "Enter")
	s := waitFor("107")
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, "107 元") {
			return
		}
	}
	t.Fatalf("the result should read 107 元:\n%s", s)
}

func TestAdviseSlip(t *testing.T) {
	for _, w := range []string{"32", "48"} {
		out, errs, code := yibao("advise", "--insurance", "employee", "--city", "北京", "--age", "72", "--status", "retired", "--slip", "--width", w)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		n, _ := strconv.Atoi(w)
		for _, line := range strings.Split(out, "\n") {
			if ansi.StringWidth(line) > n {
				t.Errorf("width %s: %q is %d cells", w, line, ansi.StringWidth(line))
			}
		}
		for _, want := range []string{"107 元", "010-12393", "[ ] ", "防骗"} {
			if !strings.Contains(out, want) {
				t.Errorf("slip lacks %q:\n%s", want, out)
			}
		}
	}
	utf, _, _ := yibao("advise", "--insurance", "employee", "--city", "北京", "--age", "72", "--status", "retired", "--slip")
	gb, _, code := yibao("advise", "--insurance", "employee", "--city", "北京", "--age", "72", "--status", "retired", "--slip", "--encoding", "gb18030")
	if code != 0 || gb == utf {
		t.Fatal("gb18030 output should differ from UTF-8")
	}
	back, err := simplifiedchinese.GB18030.NewDecoder().String(gb)
	if err != nil || back != utf {
		t.Fatalf("gb18030 does not decode back to the slip: %v", err)
	}
	_, errs, code := yibao("advise", "--insurance", "employee", "--city", "北京", "--age", "72", "--status", "retired", "--encoding", "latin1")
	if code != 2 || !strings.Contains(errs, "gb18030") {
		t.Errorf("bad encoding: exit %d %q", code, errs)
	}
}

func TestGuideCommand(t *testing.T) {
	out, _, code := yibao("guide")
	if code != 0 || !strings.Contains(out, "remote-care") || !strings.Contains(out, "在外地看病") {
		t.Fatalf("guide list: exit %d\n%s", code, out)
	}
	out, _, code = yibao("guide", "--lang", "en", "--width", "200", "family")
	if code != 0 || !strings.Contains(out, "Family mutual aid") || !strings.Contains(out, "国办发〔2021〕14号") {
		t.Fatalf("guide family: exit %d\n%s", code, out)
	}
	// By the words of a title, as the screens name the guides.
	if out, _, code := yibao("guide", "换地方"); code != 0 || !strings.Contains(out, "换地方了，医保关系和账户怎么转") {
		t.Errorf("guide 换地方: exit %d\n%s", code, out)
	}
	// Flags may follow the topic.
	out, _, code = yibao("guide", "family", "--lang", "en")
	if code != 0 || !strings.Contains(out, "Family mutual aid") {
		t.Fatalf("guide family --lang en: exit %d\n%s", code, out)
	}
	_, errs, code := yibao("guide", "nope")
	if code != 2 || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, "transfer") {
		t.Fatalf("unknown topic: exit %d %q", code, errs)
	}
	// A guide is found by its number in the list too.
	if out, _, code := yibao("guide", "2"); code != 0 || !strings.Contains(out, "换地方了") {
		t.Fatalf("guide 2: exit %d\n%s", code, out)
	}
	if _, errs, _ := yibao("guide", "\x1b[31mX"); strings.Contains(errs, "\x1b") {
		t.Fatalf("the topic is echoed raw: %q", errs)
	}
	_, errs, code = yibao("guide", "family", "transfer")
	if code != 2 || !strings.Contains(errs, "unexpected argument transfer") {
		t.Fatalf("two topics: exit %d %q", code, errs)
	}
	// A command after the advisor's flags is named as such.
	for cmd, args := range map[string][]string{
		"advise": {"--lang", "en", "advise", "--city", "北京"},
		"guide":  {"--plain", "guide"},
	} {
		_, errs, code = yibao(args...)
		if code != 2 || !strings.Contains(errs, "put the command first: yibao "+cmd) {
			t.Errorf("%q: exit %d %q", args, code, errs)
		}
	}
	_, errs, code = yibao("guide", "--", "--lang")
	if code != 2 || !strings.Contains(errs, "no such topic: --lang") {
		t.Fatalf("after --: exit %d %q", code, errs)
	}
}

func TestPlainPiped(t *testing.T) {
	s, errs, code := runIn([]string{"--plain"}, "1\n2\n北京\n72\n", fixedNow)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"第 1 步。", "第 4 步，共 4 步。", "1. 职工医保", "每月实际划入 107 元", "010-12393", "再说一遍：每月实际划入 107 元"} {
		if !strings.Contains(s, want) {
			t.Errorf("line mode lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "\x1b") {
		t.Error("line mode must not move the cursor or colour anything")
	}
	s, _, _ = runIn([]string{"--plain", "--lang", "en"}, "1\n2\nbj\n3\n70\n0\n", fixedNow)
	for _, want := range []string{"may be one of these places", "3. Baoji", "Baoji 宝鸡市 (Shaanxi)", "Type 1 for the next person"} {
		if !strings.Contains(s, want) {
			t.Errorf("English line mode lacks %q:\n%s", want, s)
		}
	}
}

// TestDataCheckStale: more than 18 months after the last check, `data
// check` lists every entry with its date, and the advice says so.
func TestDataCheckStale(t *testing.T) {
	later := func() time.Time { return time.Date(2028, 6, 2, 10, 0, 0, 0, time.UTC) }
	out, errs, code := runIn([]string{"data", "check", "data/book/rules-national.toml"}, "", later)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"entries last checked more than 18 months before 2028-06-02", "rule beijing-retired 2026-12-01", "channel hotline 2026-", "national, employee/working"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
	out, _, _ = runIn([]string{"advise", "--insurance", "employee", "--city", "beijing", "--age", "72", "--status", "retired"}, "", later)
	if !strings.Contains(out, "已超过 18 个月，可能已有变化") {
		t.Errorf("the advice must say the rule may have changed:\n%s", out)
	}
}

// buildYibao builds the binary for the tests that run it.
func buildYibao(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "yibao")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return bin
}

// TestDumbTerminal: on a real terminal that says TERM=dumb the advisor
// switches to the line mode by itself: no alternate screen, no cursor
// movement, no colour.
func TestDumbTerminal(t *testing.T) {
	f, stop := onPTY(t, buildYibao(t), "TERM=dumb", "LANG=zh_CN.UTF-8")
	defer stop()
	seen := make(chan string, 64)
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := f.Read(buf)
			if n > 0 {
				seen <- string(buf[:n])
			}
			if err != nil {
				close(seen)
				return
			}
		}
	}()
	var out strings.Builder
	waitFor := func(want string) {
		t.Helper()
		timeout := time.After(15 * time.Second)
		for !strings.Contains(out.String(), want) {
			select {
			case s, ok := <-seen:
				if !ok {
					t.Fatalf("yibao ended before %q:\n%s", want, out.String())
				}
				out.WriteString(s)
			case <-timeout:
				t.Fatalf("never saw %q:\n%s", want, out.String())
			}
		}
	}
	for _, step := range []struct{ want, answer string }{
		{"第 1 步", "1"}, {"第 2 步", "2"}, {"第 3 步", "北京"}, {"第 4 步", "72"},
	} {
		waitFor(step.want)
		f.Write([]byte(step.answer + "\r"))
	}
	waitFor("每月实际划入 107 元")
	if strings.Contains(out.String(), "\x1b") {
		t.Errorf("the line mode must not send escape sequences:\n%q", out.String())
	}
}

// TestUsageFits: the help fits an 80-column terminal, Chinese counted two
// columns a character.
func TestUsageFits(t *testing.T) {
	out, _, code := yibao("help")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, l := range strings.Split(out, "\n") {
		if w := ansi.StringWidth(l); w > 80 {
			t.Errorf("a help line %d columns wide: %q", w, l)
		}
	}
}
