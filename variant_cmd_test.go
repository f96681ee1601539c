package main

import (
	"strings"
	"testing"
)

// TestAdviseVariant: where the place asks its own question, `advise`
// without --variant exits 2 naming the values; with it, JSON echoes it in
// profile.variant, and "unknown" gives each group side by side.
func TestAdviseVariant(t *testing.T) {
	sz := []string{"--insurance", "employee", "--status", "retired", "--city", "深圳", "--age", "70"}
	out, errs, code := yibao(append([]string{"advise"}, sz...)...)
	if code != 2 || out != "" {
		t.Fatalf("no --variant: exit %d, stdout %q", code, out)
	}
	for _, want := range []string{"--variant", "tier1", "tier2", "tier3", "unknown"} {
		if !strings.Contains(errs, want) {
			t.Errorf("the refusal lacks %q: %q", want, errs)
		}
	}
	v := adviseJSON(t, append(sz, "--variant", "tier1")...)
	if path(v, "profile", "variant") != "tier1" || path(v, "credit", "net_monthly") != 251.0 {
		t.Errorf("tier1: %v, %v", path(v, "profile", "variant"), path(v, "credit", "net_monthly"))
	}
	v = adviseJSON(t, append(sz, "--variant", "unknown", "--lang", "en")...)
	groups, _ := v["groups"].([]any)
	if path(v, "profile", "variant") != "unknown" || len(groups) != 3 || path(v, "credit", "net_monthly") != nil {
		t.Fatalf("unknown: %v, %d groups", path(v, "profile", "variant"), len(groups))
	}
	if g := groups[0].(map[string]any); g["variant"] != "tier1" || path(g, "credit", "net_monthly") != 251.0 {
		t.Errorf("tier 1 side by side: %v", g)
	}
	out, _, code = yibao(append([]string{"advise"}, append(sz, "--variant", "unknown")...)...)
	if code != 0 || !strings.Contains(out, "一档：每月 251 元") || !strings.Contains(out, "二档：没有个人账户") {
		t.Errorf("the plain report: exit %d\n%s", code, out)
	}
	// Beijing asks nothing: profile.variant is null.
	v = adviseJSON(t, "--insurance", "employee", "--status", "retired", "--city", "北京", "--age", "70")
	if p, _ := v["profile"].(map[string]any); p == nil || p["variant"] != nil {
		t.Errorf("Beijing's variant: %v", v["profile"])
	}
	// A retiree under 40 goes on, with a note.
	out, _, code = yibao("advise", "--insurance", "employee", "--status", "retired", "--city", "cs", "--age", "30")
	if code != 0 || !strings.Contains(out, "提前退休") {
		t.Errorf("early retirement: exit %d\n%s", code, out)
	}
}
