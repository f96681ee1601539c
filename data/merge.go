package data

import (
	"fmt"
	"strings"
)

// checkBook runs the checks that look across files: unique ids, rules of
// one scope that overlap in time, and a national rule for every pair.
func checkBook(b *Book, files []parsed, all *[]Problem) {
	ps := func(file string) problems { return problems{file: file, list: all} }
	// Ids are unique among the embedded rules and among the local ones; a
	// local correction may keep the id of the rule it corrects.
	ruleSeen := map[string]string{}
	for _, r := range b.rules {
		k := fmt.Sprint(r.local, r.ID)
		if prev, ok := ruleSeen[k]; ok && r.ID != "" {
			ps(r.file).add("rule("+r.ID+")", "规则 id %q 重复（另见 %s）", "rule id %q is used twice (also in %s)", r.ID, prev)
		}
		ruleSeen[k] = r.file
	}
	uniqueIDs(b, files, all)
	checkOverlaps(b, all)
	for _, ins := range Insurances() {
		for _, st := range Statuses() {
			found := false
			for _, r := range b.rules {
				if r.Scope == ScopeNational && r.To == nil && r.covers(ins, st) {
					found = true
				}
			}
			if !found {
				ps("data/book").add("rule", "缺少 %s/%s 的全国默认规则（无失效日期）", "no open-ended national rule for %s/%s", ins, st)
			}
		}
	}
	ids := map[string]bool{}
	for _, c := range b.channels {
		ids[c.ID] = true
	}
	for _, c := range b.channels {
		if c.Replaces != "" && !ids[c.Replaces] {
			ps("data/book").add("channel("+c.ID+").replaces", "要替换的渠道 %q 不存在", "the channel it replaces, %q, does not exist", c.Replaces)
		}
	}
}

// uniqueIDs reports repeated note, channel and guide ids within each file set.
func uniqueIDs(b *Book, files []parsed, all *[]Problem) {
	for _, f := range files {
		ps := problems{file: f.name, list: all}
		seen := map[string]bool{}
		for i, n := range f.bf.Note {
			if seen["note:"+n.ID] {
				ps.add(fmt.Sprintf("note[%d](%s)", i+1, n.ID), "说明 id 在本文件中重复", "note id is repeated in this file")
			}
			seen["note:"+n.ID] = true
		}
		for i, c := range f.bf.Channel {
			if seen["channel:"+c.ID] {
				ps.add(fmt.Sprintf("channel[%d](%s)", i+1, c.ID), "渠道 id 在本文件中重复", "channel id is repeated in this file")
			}
			seen["channel:"+c.ID] = true
		}
		for i, g := range f.bf.Guide {
			if seen["guide:"+g.ID] {
				ps.add(fmt.Sprintf("guide[%d](%s)", i+1, g.ID), "指南 id 在本文件中重复", "guide id is repeated in this file")
			}
			seen["guide:"+g.ID] = true
		}
		fillLines(f, *all, 0)
	}
	_ = b
}

// checkOverlaps reports two rules of the same scope that cover a common
// (insurance, status) pair in overlapping periods: the book must never
// offer two answers for one day.
func checkOverlaps(b *Book, all *[]Problem) {
	for i := range b.rules {
		for j := i + 1; j < len(b.rules); j++ {
			r, s := b.rules[i], b.rules[j]
			if r.Scope != s.Scope || r.Code != s.Code || !periodsOverlap(r, s) {
				continue
			}
			for _, p := range r.pairs() {
				if s.covers(p.Insurance, p.Status) {
					problems{file: s.file, list: all}.add("rule("+s.ID+")",
						"与规则 %q 在同一地区、同一时期都适用于 %s/%s", "overlaps rule %q: same scope, same period, both cover %s/%s",
						r.ID, p.Insurance, p.Status)
					break
				}
			}
		}
	}
}

func periodsOverlap(r, s Rule) bool {
	rEndsBefore := r.To != nil && r.To.Before(s.From)
	sEndsBefore := s.To != nil && s.To.Before(r.From)
	return !rEndsBefore && !sEndsBefore
}

// pairs lists the (insurance, status) pairs a rule still covers.
func (r Rule) pairs() []Pair {
	var out []Pair
	for _, ins := range r.Insurance {
		for _, st := range r.Status {
			if !r.masked[Pair{ins, st}] {
				out = append(out, Pair{ins, st})
			}
		}
	}
	return out
}

// covers is Covers minus the pairs a local rule took over.
func (r Rule) covers(ins Insurance, st Status) bool {
	return r.Covers(ins, st) && !r.masked[Pair{ins, st}]
}

// withLocal returns a copy of the book with local files applied.
func (b *Book) withLocal(locals []parsed, all *[]Problem) *Book {
	nb := *b
	nb.rules = append([]Rule(nil), b.rules...)
	nb.notes = append([]Note(nil), b.notes...)
	nb.channels = append([]Channel(nil), b.channels...)
	nb.guides = append([]Guide(nil), b.guides...)
	nb.files = append([]string(nil), b.files...)
	nb.replaced = nil
	nb.sources = make(map[string]Source, len(b.sources))
	for k, v := range b.sources {
		nb.sources[k] = v
	}
	start := len(*all)
	for _, f := range locals {
		registerSources(&nb, f, all)
	}
	for _, f := range locals {
		ps := problems{file: f.name, list: all}
		if f.hasPlaces {
			line := max(keyLine(f.content, "places"), keyLine(f.content, "provinces"))
			ps.at(line, 0, "places", "本地文件不能修改地区表", "local files cannot change the place list")
		}
		for i := range f.bf.Rule {
			f.bf.Rule[i].file = f.name
			f.bf.Rule[i].local = true
		}
		checkFile(&nb, f, all)
		nb.files = append(nb.files, f.name)
	}
	if len(*all) > start {
		return &nb
	}
	embeddedCount := len(nb.rules)
	for _, f := range locals {
		for _, lr := range f.bf.Rule {
			for i := 0; i < embeddedCount; i++ {
				er := &nb.rules[i]
				if er.Scope != lr.Scope || er.Code != lr.Code {
					continue
				}
				var taken []Pair
				for _, p := range er.pairs() {
					if lr.Covers(p.Insurance, p.Status) {
						taken = append(taken, p)
					}
				}
				if len(taken) == 0 {
					continue
				}
				m := make(map[Pair]bool, len(er.masked)+len(taken))
				for k, v := range er.masked {
					m[k] = v
				}
				for _, p := range taken {
					m[p] = true
				}
				er.masked = m
				nb.replaced = append(nb.replaced, Replacement{Local: lr.ID, Embedded: er.ID, Pairs: taken})
			}
			nb.rules = append(nb.rules, lr)
		}
		nb.notes = replaceByID(nb.notes, f.bf.Note, func(n Note) string { return n.ID })
		nb.channels = replaceByID(nb.channels, f.bf.Channel, func(c Channel) string { return c.ID })
		nb.guides = replaceByID(nb.guides, f.bf.Guide, func(g Guide) string { return g.ID })
	}
	checkBook(&nb, locals, all)
	return &nb
}

// replaceByID puts each new item in place of the old one with its id, or
// appends it.
func replaceByID[T any](old, add []T, id func(T) string) []T {
	out := append([]T(nil), old...)
	for _, a := range add {
		replaced := false
		for i := range out {
			if id(out[i]) == id(a) {
				out[i] = a
				replaced = true
				break
			}
		}
		if !replaced {
			out = append(out, a)
		}
	}
	return out
}

// pairString formats pairs for summaries: employee/retired, flexible/retired.
func pairString(ps []Pair) string {
	s := make([]string, len(ps))
	for i, p := range ps {
		s[i] = string(p.Insurance) + "/" + string(p.Status)
	}
	return strings.Join(s, ", ")
}
