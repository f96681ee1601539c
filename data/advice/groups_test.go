package advice

import (
	"strings"
	"testing"

	"yibao/data/book"
)

// TestGroupsSideBySide: a person who does not know their group gets each
// group's figure, and no single figure; one who knows gets that group's.
func TestGroupsSideBySide(t *testing.T) {
	b := openBook(t)
	sz, _ := b.Place("440300")
	for _, v := range []string{book.Unknown, ""} {
		a := Resolve(b, sz, Profile{Insurance: book.Employee, Status: book.Retired, Age: 65, AgeKnown: true, Variant: v}, today)
		if a.Credit.Known || len(a.Groups) != 3 || a.Credit.HasAccount != nil {
			t.Fatalf("Shenzhen, tier %q: known %v, %d groups, account %v", v, a.Credit.Known, len(a.Groups), a.Credit.HasAccount)
		}
		if g := a.Groups[0].Credit; !g.Known || g.NetMonthly != book.Yuan(251) {
			t.Errorf("tier 1: %+v", g)
		}
		for _, g := range a.Groups[1:] {
			if g.Credit.HasAccount == nil || *g.Credit.HasAccount || g.Credit.Known {
				t.Errorf("%s: an account or a figure: %+v", g.Choice.Value, g.Credit)
			}
		}
		for _, want := range []string{"一档：每月 251 元", "二档：没有个人账户", "三档：没有个人账户"} {
			if !strings.Contains(a.Credit.Formula.Zh, want) {
				t.Errorf("the lines lack %q: %q", want, a.Credit.Formula.Zh)
			}
		}
		if !strings.Contains(a.Credit.Formula.En, "tier 1: 251 yuan a month") {
			t.Errorf("English lines: %q", a.Credit.Formula.En)
		}
	}
	a := Resolve(b, sz, Profile{Insurance: book.Employee, Status: book.Retired, Age: 65, AgeKnown: true, Variant: "tier2"}, today)
	if len(a.Groups) != 0 || a.Credit.HasAccount == nil || *a.Credit.HasAccount {
		t.Errorf("tier 2: %+v", a.Credit)
	}
	// Residents are not asked: nothing changes for them.
	a = Resolve(b, sz, Profile{Insurance: book.Resident}, today)
	if len(a.Groups) != 0 {
		t.Error("a resident was given groups")
	}
	cd, _ := b.Place("510100")
	a = Resolve(b, cd, Profile{Insurance: book.Employee, Status: book.Retired, Age: 70, AgeKnown: true, Variant: book.Unknown}, today)
	if len(a.Groups) != 2 || a.Groups[0].Choice.Value != "public" || a.Groups[1].Choice.Value != "enterprise" {
		t.Fatalf("Chengdu: %+v", a.Groups)
	}
	if a.Credit.HasAccount == nil || !*a.Credit.HasAccount {
		t.Error("Chengdu: both groups have an account")
	}
	// Chengdu's working employees are not asked.
	a = Resolve(b, cd, Profile{Insurance: book.Employee, Status: book.Working, Age: 40, AgeKnown: true}, today)
	if len(a.Groups) != 0 || a.Credit.RuleID != "chengdu-working" {
		t.Errorf("Chengdu working: %s, %d groups", a.Credit.RuleID, len(a.Groups))
	}
}
