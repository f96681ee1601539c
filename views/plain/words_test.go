package plain

import (
	"strings"
	"testing"

	"yibao/data/advice"
	"yibao/data/book"
	"yibao/data/lang"
	"yibao/internal/testkit"
)

// TestNotALocalAmount: "不是本地金额" marks a method borrowed from the
// nation or the province; a place's own rule without one figure (深圳 and
// 成都 when the group is not known) is local and is not called otherwise.
func TestNotALocalAmount(t *testing.T) {
	b := testkit.Book(t)
	for _, tc := range []struct {
		code     string
		ins      book.Insurance
		variant  string
		borrowed bool
	}{
		{"440300", book.Employee, "unknown", false},
		{"510100", book.Employee, "unknown", false},
		{"440300", book.Flexible, "tier1", true},
	} {
		p, _ := b.Place(tc.code)
		a := advice.Resolve(b, p, advice.Profile{Insurance: tc.ins, Status: book.Retired, Age: 70, AgeKnown: true, Variant: tc.variant}, testkit.Today)
		for _, l := range []lang.Lang{lang.ZH, lang.EN} {
			got := SourceWords(a.Credit, l)
			said := strings.Contains(got, "不是本地金额") || strings.Contains(got, "not a local amount")
			if said != tc.borrowed {
				t.Errorf("%s %s (scope %s): %q", tc.code, tc.ins, a.Credit.Scope, got)
			}
		}
	}
}

// TestNoGroupAmount: where the place's groups differ but none has an
// amount (成都), the words in place of a figure say so instead of pointing
// to amounts below; where some group has one (深圳), they point to them.
func TestNoGroupAmount(t *testing.T) {
	b := testkit.Book(t)
	for code, want := range map[string]string{"510100": "每一类的金额都还没有找到", "440300": "见下面每一类的金额"} {
		p, _ := b.Place(code)
		a := advice.Resolve(b, p, advice.Profile{Insurance: book.Employee, Status: book.Retired, Age: 70, AgeKnown: true, Variant: "unknown"}, testkit.Today)
		if got := NoFigure(a).Zh; !strings.Contains(got, want) {
			t.Errorf("%s: %q, want %q", code, got, want)
		}
	}
}
