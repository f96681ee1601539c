package records

import (
	"fmt"

	"yibao/data/book"
	"yibao/data/lang"
)

// Ceiling is the most any rule in the book could credit in one statement
// line for a place and pair: a year at once of the largest monthly
// figure, or the largest yearly figure, over the rules of the most
// specific level that has any for the place (its own, else its
// province's, else the national ones), at any date. ok is false where
// such a rule has no ceiling (a percent of one's own base, a local
// scheme the book does not give), and then only MaxAmount bounds an
// amount.
func Ceiling(b *book.Book, place book.Place, ins book.Insurance, st book.Status) (most book.Money, ok bool) {
	if st == "" {
		st = book.Retired // not asked: the insurance alone decides, as the advice does
	}
	own := book.ScopeCity
	if place.Kind == book.Unit {
		own = book.ScopeUnit
	}
	var rules []book.Rule
	for _, scope := range []book.Scope{own, book.ScopeProvince, book.ScopeNational} {
		for _, r := range b.Rules() {
			if r.Scope == scope && r.AppliesTo(place) && r.Covers(ins, st) && r.Source.Confidence.Shown() {
				rules = append(rules, r)
			}
		}
		if len(rules) > 0 {
			break
		}
	}
	for _, r := range rules {
		switch r.Scheme {
		case book.NoAccount:
		case book.FixedMonthly, book.FixedAnnual:
			for _, bd := range r.Bands {
				if bd.Amount == nil {
					return 0, false
				}
				x := book.Yuan(*bd.Amount)
				if r.Scheme == book.FixedMonthly {
					x *= 12
				}
				most = max(most, x)
			}
		case book.PercentOfAvg:
			if r.Average == nil || r.Average.Figure == 0 {
				return 0, false
			}
			rate := r.Rate
			for _, bd := range r.Bands {
				if bd.Rate != nil {
					rate = max(rate, *bd.Rate)
				}
			}
			most = max(most, book.Yuan(r.Average.Figure).Percent(rate)*12)
		default:
			return 0, false
		}
	}
	return most, true
}

// Plausible refuses, with a plain question, an amount that no rule in
// the book could give for the place and pair; nil where it could.
func Plausible(b *book.Book, place book.Place, ins book.Insurance, st book.Status, amount book.Money) error {
	most, ok := Ceiling(b, place, ins, st)
	switch {
	case !ok || amount <= most:
		return nil
	case most == 0:
		return lang.Errorf("按书里的规则，%s这种参保没有个人账户划入。账户明细上写的 %s 元，真的是「个人账户划入」那一行吗？",
			"By the book's rules this kind of insurance in %s has no personal-account credit. Is the %s yuan really on the \"personal account credit\" line of the statement?", place.Name, amount)
	}
	return &lang.Error{Msg: lang.T(
		fmt.Sprintf("书里%s的任何规则，一次最多划入 %s 元（一整年的），%s 元比这还多。是不是把别的款项（补发、统筹报销、养老金）也算进来了？请再看一下「个人账户划入」那一行。", place.Name, most, amount),
		fmt.Sprintf("No rule of the book for %s credits more than %s yuan at once (a whole year's), and %s yuan is more. Is another payment (a back payment, a reimbursement, the pension) counted in? Please look again at the \"personal account credit\" line.", place.En, most, amount))}
}
