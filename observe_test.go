package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestObserveCommand: yibao observe records one statement; advise with
// --observations then shows the desk's figure where the book has none,
// in text and JSON; data observations reviews the file and --rules writes
// a correction file that data check accepts.
func TestObserveCommand(t *testing.T) {
	file := filepath.Join(t.TempDir(), "obs.toml")
	who := []string{"--insurance", "employee", "--status", "retired", "--city", "杭州"}
	for _, age := range []string{"72", "76"} {
		out, errs, code := yibao(append(append([]string{"observe"}, who...), "--age", age, "--amount", "288", "--channel", "alipay", "--file", file)...)
		if code != 0 || !strings.Contains(out, "已记录到") || !strings.Contains(out, "70 到 79 岁") || !strings.Contains(out, "2026-11") {
			t.Fatalf("observe: exit %d\n%s%s", code, out, errs)
		}
	}
	content, _ := os.ReadFile(file)
	if strings.Contains(string(content), "72") || strings.Contains(string(content), "76") {
		t.Errorf("an exact age reached the file:\n%s", content)
	}
	v := adviseJSON(t, append(who, "--age", "71", "--observations", file)...)
	if path(v, "credit", "confidence") != "desk" || path(v, "credit", "net_monthly") != 288.0 ||
		path(v, "credit", "observations", "count") != 2.0 || path(v, "credit", "observations", "agreeing") != 2.0 ||
		path(v, "credit", "observations", "latest_month") != "2026-11" {
		t.Errorf("advise with the records: %v", path(v, "credit"))
	}
	if v := adviseJSON(t, append(who, "--age", "71")...); path(v, "credit", "known") != false || path(v, "credit", "observations") != nil {
		t.Errorf("without --observations the records must not be read: %v", path(v, "credit"))
	}
	text, _, _ := yibao(append(append([]string{"advise"}, who...), "--age", "71", "--observations", file)...)
	if !strings.Contains(text, "本服务台看到 2 人的账户实际到账 288 元") {
		t.Errorf("advise text:\n%s", text)
	}
	out, _, code := yibao("data", "observations", file)
	if code != 0 || !strings.Contains(out, "330100 杭州市") || !strings.Contains(out, "288 元 2 次") {
		t.Errorf("data observations: exit %d\n%s", code, out)
	}
	rules, _, code := yibao("data", "observations", "--rules", file)
	rulesFile := filepath.Join(t.TempDir(), "desk.toml")
	os.WriteFile(rulesFile, []byte(rules), 0o644)
	if out, errs, code2 := yibao("data", "check", rulesFile); code != 0 || code2 != 0 || !strings.Contains(out, "desk 1") {
		t.Errorf("the rules do not pass data check: exit %d %d\n%s%s\n%s", code, code2, out, errs, rules)
	}
}

// TestObserveBadInput: one plain line in both languages, exit 2, nothing
// written; a broken file exit 1 and untouched.
func TestObserveBadInput(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "obs.toml")
	base := []string{"observe", "--insurance", "employee", "--status", "retired", "--city", "beijing", "--age", "72", "--file", file}
	for args, want := range map[string]string{
		"--amount -5": "金额", "--amount 75.123": "两位小数", "--amount 30000": "不超过 24000",
		"--amount 75 --month 2027-03": "还没到", "--amount 75 --month 13/2026": "年-月", "--amount 75 --channel fax": "渠道",
		"--month 2026-10": "--amount",
	} {
		_, errs, code := yibao(append(base, strings.Fields(args)...)...)
		if code != 2 || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, want) || !strings.Contains(errs, " / ") {
			t.Errorf("%s: exit %d, %q; want one bilingual line with %q", args, code, errs, want)
		}
	}
	if _, err := os.Stat(file); err == nil {
		t.Error("bad input wrote a file")
	}
	os.WriteFile(file, []byte("[[rule]]\nid = \"x\"\n"), 0o600)
	_, errs, code := yibao(append(base, "--amount", "75")...)
	if code == 0 || !strings.Contains(errs, file+":1") || !strings.Contains(errs, "没有记录") {
		t.Errorf("a foreign file: exit %d, %q", code, errs)
	}
	if c, _ := os.ReadFile(file); string(c) != "[[rule]]\nid = \"x\"\n" {
		t.Error("the foreign file was changed")
	}
	_, errs, code = yibao("advise", "--insurance", "employee", "--status", "retired", "--city", "beijing", "--age", "72", "--observations", file)
	if code != 1 || !strings.Contains(errs, file+":1") {
		t.Errorf("advise with a foreign file: exit %d, %q", code, errs)
	}
}
