package consult_test

import (
	"strings"
	"testing"

	"yibao/data/book"
	"yibao/data/consult"
	"yibao/data/lang"
)

// TestVariantStep: the place's own question is asked right after the
// place, only there, with the book's options and "do not know" last.
func TestVariantStep(t *testing.T) {
	a := answer(t, "employee", "retired", "深圳")
	st, ok := consult.Next(a, consult.Place)
	if !ok || st.ID != consult.Variant {
		t.Fatalf("after 深圳 comes %q", st.ID)
	}
	var vals []string
	for _, o := range st.Options {
		vals = append(vals, o.Value)
	}
	if strings.Join(vals, " ") != "tier1 tier2 tier3 unknown" || st.Prompt.Zh == "" || st.Title.Zh != "参保档次" {
		t.Fatalf("Shenzhen's question: %v %q", vals, st.Title.Zh)
	}
	for text, want := range map[string]string{"1": "tier1", "二档": "tier2", "Tier3": "tier3", "4": book.Unknown, "不知道": book.Unknown} {
		b := a
		if err := st.Set(&b, text, env(t)); err != nil || b.Variant != want {
			t.Errorf("%q: %q, %v", text, b.Variant, err)
		}
	}
	if err := st.Set(&a, "tier9", env(t)); err == nil || !strings.Contains(lang.Message(err).Zh, "tier1 一档") {
		t.Errorf("tier9: %v", err)
	}
	a = answer(t, "employee", "retired", "深圳", "4", "70")
	if !a.Complete() || a.Profile().Variant != book.Unknown {
		t.Fatalf("complete %v, variant %q", a.Complete(), a.Profile().Variant)
	}
	// Back from the age leads to the question; going back to another place drops it.
	if st, _ := consult.Back(a, consult.Age); st.ID != consult.Variant || len(st.Options) != 4 {
		t.Errorf("back from the age: %s with %d options", st.ID, len(st.Options))
	}
	if err := consult.Find(consult.Place).Set(&a, "北京", env(t)); err != nil {
		t.Fatal(err)
	}
	if consult.Find(consult.Variant).Asked(a) || a.Profile().Variant != "" {
		t.Error("Beijing asks no question")
	}
	// Chengdu asks its retirees only.
	for _, c := range []struct {
		texts []string
		asked bool
	}{{[]string{"employee", "retired", "成都"}, true}, {[]string{"employee", "working", "成都"}, false}, {[]string{"resident", "深圳"}, false}} {
		a := answer(t, c.texts...)
		if got := consult.Find(consult.Variant).Asked(a); got != c.asked {
			t.Errorf("%v: asked %v", c.texts, got)
		}
	}
}

// TestFillVariant: `advise` without --variant where the place asks one is
// refused naming the values; with it, the answer is taken.
func TestFillVariant(t *testing.T) {
	base := map[consult.ID]string{consult.Insurance: "employee", consult.Status: "retired", consult.Place: "深圳", consult.Age: "70"}
	_, err := consult.Fill(base, env(t))
	if err == nil {
		t.Fatal("no --variant in Shenzhen was taken")
	}
	msg := lang.Message(err)
	for _, want := range []string{"--variant", "tier1", "tier2", "tier3", "unknown"} {
		if !strings.Contains(msg.Zh, want) || !strings.Contains(msg.En, want) {
			t.Errorf("the refusal lacks %q: %v", want, msg)
		}
	}
	base[consult.Variant] = "tier1"
	a, err := consult.Fill(base, env(t))
	if err != nil || a.Profile().Variant != "tier1" {
		t.Fatalf("%v %q", err, a.Variant)
	}
	base[consult.Place] = "北京"
	if _, err := consult.Fill(base, env(t)); err == nil {
		t.Error("--variant for Beijing, which asks nothing, was taken")
	}
}
