package records

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"yibao/data/advice"
	"yibao/data/book"
	"yibao/data/lang"
)

// Rules writes, as a local correction file for --data, a desk rule for
// each group where the book shows no figure for any age of the band and
// the trust rule holds. A desk rule covers only its band and starts at
// its first counted month, so every other band and date keeps the book's
// answer; it is never written where the place has a shown rule of its
// own for the pair (which a desk rule would take over for every age),
// and no change date is invented. n is how many rules the text holds.
func Rules(groups []Group, b *book.Book, today book.Date) (text string, n int) {
	var w strings.Builder
	w.WriteString("# Desk rules from the records of service desks (yibao records rules).\n")
	w.WriteString("# A desk figure is what statements showed, not an official one: review each before use.\n")
	for _, g := range groups {
		if !publishable(g, b, today) {
			continue
		}
		writeRule(&w, g, b, today)
		n++
	}
	return w.String(), n
}

// publishable reports whether a group may become a desk rule.
func publishable(g Group, b *book.Book, today book.Date) bool {
	p, ok := b.Place(g.Place)
	if g.Verdict != NewFigure || !g.Band.Fixed() || !ok {
		return false
	}
	if !knownGroup(p, g.Variant) {
		return false // a rule must name a group the place's question offers
	}
	prof := profileOf(g.key)
	if prof.NeedsBase() || prof.Status == book.NotRetired {
		return false
	}
	ages := []int{g.Band.Min}
	if prof.AgeKnown {
		ages = ages[:0]
		for age := g.Band.Min; age <= g.Band.Max; age++ {
			ages = append(ages, age)
		}
	}
	for _, age := range ages {
		prof.Age = age
		if a := advice.Resolve(b, p, prof, today); a.Credit.Known || a.Credit.HasAccount != nil && !*a.Credit.HasAccount {
			return false
		}
	}
	from := g.evidence.First.First()
	own := scopeOf(p)
	st := statusOf(g.Status)
	for _, r := range b.Rules() {
		if r.Scope == own && r.Code == p.Code && r.Source.Confidence.Shown() && r.Covers(g.Insurance, st) && r.ForVariant(g.Variant) && (r.To == nil || !r.To.Before(from)) {
			return false // the desk rule would take this rule over for every age
		}
	}
	return true
}

// knownGroup reports whether a record's variant is no group at all
// (none asked) or one of the place's question's groups: not "unknown",
// the answer of a person who did not know.
func knownGroup(p book.Place, variant string) bool {
	if variant == "" {
		return true
	}
	_, ok := p.Question.Choice(variant)
	return ok
}

// UnknownGroups counts the groups that would make a desk figure but whose
// people did not know which group of the place's question they are in:
// never a desk rule, since the figure may be any group's.
func UnknownGroups(groups []Group) int {
	n := 0
	for _, g := range groups {
		if g.Verdict == NoGroup {
			n++
		}
	}
	return n
}

// UnknownGroupsWords says that n groups made no rule because their group
// was not known.
func UnknownGroupsWords(n int) lang.Text {
	return lang.T(fmt.Sprintf("%d 组记录的人不知道自己属于哪一组，数字可能是任何一组的，所以没有写成规则。", n),
		fmt.Sprintf("%d groups of records are of people who did not know their group: the figure may be any group's, so no rule was written for them.", n))
}

func scopeOf(p book.Place) book.Scope {
	if p.Kind == book.Unit {
		return book.ScopeUnit
	}
	return book.ScopeCity
}

// statusOf is the status a rule covers for a record's: resident records
// have none, and the advice then reads the retired pair.
func statusOf(st book.Status) book.Status {
	if st == "" {
		return book.Retired
	}
	return st
}

// writeRule writes one group's desk rule.
func writeRule(w *strings.Builder, g Group, b *book.Book, today book.Date) {
	p, _ := b.Place(g.Place)
	ev := g.evidence
	id := fmt.Sprintf("desk-%s-%s-%s-%d-%d", g.Place, g.Insurance, statusOf(g.Status), g.Band.Min, g.Band.Max)
	if g.Variant != "" {
		id += "-" + g.Variant
	}
	from := pooled(ev.Seen.Centres, ev.Seen.Count)
	fmt.Fprintf(w, "\n[[rule]]\nid = %q\nscope = %q\ncode = %q\ninsurance = [%q]\nstatus = [%q]\n", id, scopeOf(p), p.Code, g.Insurance, statusOf(g.Status))
	if g.Variant != "" {
		fmt.Fprintf(w, "variant = [%q]\n", g.Variant)
	}
	w.WriteString("scheme = \"fixed_monthly\"\n")
	w.WriteString("credited = { zh = \"每月（服务台在账户明细上所见）\", en = \"monthly (as the desks saw on statements)\" }\n")
	fmt.Fprintf(w, "effective_from = %s\n", ev.First.First())
	fmt.Fprintf(w, "\n[[rule.band]]\nmin_age = %d\nmax_age = %d\namount = %s\n", g.Band.Min, g.Band.Max, ev.Majority)
	fmt.Fprintf(w, "\n[rule.source]\ntitle = { zh = %q, en = %q }\n",
		fmt.Sprintf("%s的服务台记录：%s，%s 到 %s", p.Name, from.Zh, ev.First, ev.Seen.Latest),
		fmt.Sprintf("The desks' records for %s: %s, %s to %s", p.En, from.En, ev.First, ev.Seen.Latest))
	w.WriteString("publisher = { zh = \"服务台的记录\", en = \"the desks' records\" }\n")
	fmt.Fprintf(w, "date = %q\nverified_on = %s\nconfidence = \"desk\"\n", ev.Seen.Latest, today)
}

// WriteRules puts the text of Rules in a file, whole or not at all (a
// temporary file beside it, then a rename). With no rule to write it
// says so and leaves the file as it is, never an empty file over a good
// one.
func WriteRules(path, text string, n int) error {
	if n == 0 {
		return lang.Errorf("没有可写的规则：没有一组记录满足条件（书里这个年龄段没有数，而且至少 %d 次咨询、四分之三一致）；文件没有改动。",
			"No rules to write: no group of records qualifies (no figure in the book for the band, and at least %d consultations, three in four agreeing); the file was left as it was.", MinConsultations)
	}
	return writeWhole(path, []byte(text))
}

// writeWhole writes a file through a temporary file and a rename, so
// that a reader sees the old file or the new one, never a part.
func writeWhole(path string, content []byte) error {
	fail := func(err error) error {
		name, why := lang.Echo(filepath.Base(path)), writeReason(err)
		return &Error{Kind: NotRecorded, Err: err, Msg: lang.T(fmt.Sprintf("%s 没有写成，原来的文件没有动：%s。", name, why.Zh),
			fmt.Sprintf("%s was not written, and the file as it was is kept: %s.", name, why.En))}
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fail(err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(content); err != nil {
		tmp.Close()
		return fail(err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		return fail(err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fail(err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fail(err)
	}
	return nil
}

// writeReason is why a write failed, in plain words.
func writeReason(err error) lang.Text {
	switch {
	case isFull(err):
		return lang.T("磁盘已满", "the disk is full")
	case os.IsPermission(err):
		return lang.T("没有写入权限", "no permission to write there")
	}
	return lang.T("写入出错", "the write failed")
}
