package load

import (
	"cmp"
	"maps"
	"slices"
	"strconv"

	"yibao/data/book"
	"yibao/data/lang"
)

// build checks the decoded embedded files and builds the book from them.
func build(files []file, ps *Problems) *book.Book {
	c := book.Contents{Sources: map[string]book.Source{}}
	rows := make([]rowsOf, len(files))
	units := 0
	for i, f := range files {
		rows[i] = parseRows(f, ps.in(f.name, f.content))
		c.Provinces = append(c.Provinces, rows[i].provinces...)
		c.Places = append(c.Places, rows[i].places...)
		for _, u := range f.raw.Unit {
			c.Places = append(c.Places, u.place())
		}
		units += len(f.raw.Unit)
		c.Counties = append(c.Counties, rows[i].counties...)
		c.Files = append(c.Files, f.name)
	}
	at := book.New(c) // the places, to look codes up while checking
	for i, f := range files {
		checker{at, c.Sources, ps.in(f.name, f.content)}.places(rows[i], f.raw.Unit)
	}
	askQuestions(c.Places, files, ps)
	placeCounts(at, c, ps.in("data/book", nil), units)
	if ps.Len() > 0 {
		return at
	}
	addFiles(&c, at, files, false, ps)
	checkAcross(c, files, false, ps)
	return book.New(c)
}

// askQuestions gives each place its own question, after checking it.
func askQuestions(places []book.Place, files []file, ps *Problems) {
	at := map[string]int{}
	for i, p := range places {
		at[p.Code] = i
	}
	for _, f := range files {
		fp := ps.in(f.name, f.content)
		for n, q := range f.raw.Question {
			path := "question[" + strconv.Itoa(n+1) + "](" + q.Place + ")"
			i, ok := at[q.Place]
			switch {
			case !ok:
				fp.addf(path+".place", "地区代码 %q 不存在", "unknown place code %q", q.Place)
				continue
			case places[i].Question != nil:
				fp.addf(path+".place", "这个地区已经有一个问题", "the place already has a question")
				continue
			}
			checkQuestion(checker{fp: fp}, path, q)
			places[i].Question = &q
		}
	}
}

// overlay returns a copy of the book with local files applied.
func overlay(b *book.Book, locals []file, ps *Problems) *book.Book {
	c := b.Contents()
	c.Replaced = nil
	for _, f := range locals {
		if f.placeKey != "" {
			fp := ps.in(f.name, f.content)
			fp.add(f.placeKey, lang.T("本地更正文件不能修改地区表；请只写 rule、note、channel、guide 和 source（复制内置文件时，把 provinces、places、counties 和 [[unit]] 删掉）",
				"a local correction file cannot change the place list; write only rule, note, channel, guide and source (when copying a built-in file, delete provinces, places, counties and [[unit]])"))
		}
	}
	if ps.Len() > 0 {
		return b
	}
	embedded := len(c.Rules)
	addFiles(&c, b, locals, true, ps)
	if ps.Len() > 0 {
		return b
	}
	for _, lr := range c.Rules[embedded:] {
		takeOver(&c, b, lr, embedded)
	}
	deskOverBetter(c, locals, ps)
	checkAcross(c, locals, true, ps)
	return book.New(c)
}

// addFiles registers the files' shared sources, checks their entries and
// adds them to the book's contents. Local notes, channels and guides
// replace the embedded ones with the same id; a local [[source]] may reuse
// an embedded source's id for its own file's rules.
func addFiles(c *book.Contents, at *book.Book, files []file, local bool, ps *Problems) {
	mine := map[string]bool{}
	for _, f := range files {
		fp := ps.in(f.name, f.content)
		for i, ns := range f.raw.Source {
			path := "source[" + strconv.Itoa(i+1) + "](" + ns.ID + ")"
			ck := checker{at, c.Sources, fp}
			ck.id(path, ns.ID)
			ck.source(path, ns.Source, true)
			if mine[ns.ID] {
				fp.addf(path+".id", "来源 id %q 重复", "source id %q is used twice", ns.ID)
			}
			mine[ns.ID] = true
			c.Sources[ns.ID] = ns.Source
		}
	}
	for _, f := range files {
		checker{at, c.Sources, ps.in(f.name, f.content)}.entries(&f.raw)
		for i := range f.raw.Rule {
			f.raw.Rule[i].File, f.raw.Rule[i].Local = f.name, local
		}
		c.Rules = append(c.Rules, f.raw.Rule...)
		if !local {
			c.Notes = append(c.Notes, f.raw.Note...)
			c.Channels = append(c.Channels, f.raw.Channel...)
			c.Guides = append(c.Guides, f.raw.Guide...)
			continue
		}
		c.Notes = replaceByID(c.Notes, f.raw.Note, func(n book.Note) string { return n.ID })
		c.Channels = replaceByID(c.Channels, f.raw.Channel, func(ch book.Channel) string { return ch.ID })
		c.Guides = replaceByID(c.Guides, f.raw.Guide, func(g book.Guide) string { return g.ID })
		c.Files = append(c.Files, f.name)
	}
}

// takeOver masks, in the embedded rules in force at some time the local
// rule is, the pairs the local rule covers at its own scope and code, and
// records what it replaces: those rules, or, for a local city rule where
// no embedded city rule covered a pair, the embedded province rule that
// did. An embedded rule that ended before the local one starts (or starts
// after it ends) stays: a copied book file with dated rules replaces each
// rule by its twin.
func takeOver(c *book.Contents, at *book.Book, lr book.Rule, embedded int) {
	covered := map[book.Pair]bool{}
	for i := range c.Rules[:embedded] {
		er := &c.Rules[i]
		if er.Scope != lr.Scope || er.Code != lr.Code || !er.Overlaps(lr) || !coversGroups(lr, *er) {
			continue
		}
		var taken []book.Pair
		for _, p := range er.Pairs() {
			if lr.Covers(p.Insurance, p.Status) {
				taken = append(taken, p)
				covered[p] = true
			}
		}
		if len(taken) > 0 {
			er.Masked = append(slices.Clone(er.Masked), taken...)
			c.Replaced = append(c.Replaced, book.Replacement{Local: lr.ID, Embedded: er.ID, Pairs: taken})
		}
	}
	place, ok := at.Place(lr.Code)
	if lr.Scope != book.ScopeCity && lr.Scope != book.ScopeUnit || !ok {
		return
	}
	for _, er := range c.Rules[:embedded] {
		if er.Scope != book.ScopeProvince || !er.AppliesTo(place) || !er.Overlaps(lr) {
			continue
		}
		var taken []book.Pair
		for _, p := range er.Pairs() {
			if lr.Covers(p.Insurance, p.Status) && !covered[p] {
				taken = append(taken, p)
			}
		}
		if len(taken) > 0 {
			c.Replaced = append(c.Replaced, book.Replacement{Local: lr.ID, Embedded: er.ID, Place: lr.Code, Pairs: taken})
		}
	}
}

// coversGroups reports whether a local rule is for every group of the
// place's question the embedded rule is for (a rule naming no group is
// for all), so that taking its pairs over loses no group.
func coversGroups(local, embedded book.Rule) bool {
	if len(local.Variant) == 0 {
		return true
	}
	if len(embedded.Variant) == 0 {
		return false
	}
	for _, v := range embedded.Variant {
		if !slices.Contains(local.Variant, v) {
			return false
		}
	}
	return true
}

// checkAcross runs the checks that look across files: unique ids, rules
// of one scope that overlap in time, a national rule for every pair, and
// channels that replace a channel that exists. Each check grows with the
// number of entries at most as n log n.
func checkAcross(c book.Contents, files []file, local bool, ps *Problems) {
	byName := map[string]*fileProblems{}
	in := func(name string) *fileProblems {
		if fp, ok := byName[name]; ok {
			return fp
		}
		var content []byte
		for _, f := range files {
			if f.name == name {
				content = f.content
			}
		}
		byName[name] = ps.in(name, content)
		return byName[name]
	}
	seen := map[string]string{}
	for _, r := range c.Rules {
		if r.Local != local || r.ID == "" {
			continue
		}
		if prev, ok := seen[r.ID]; ok {
			in(r.File).addf("rule("+r.ID+")", "规则 id %q 重复（另见 %s）", "rule id %q is used twice (also in %s)", r.ID, prev)
		}
		seen[r.ID] = r.File
	}
	for _, f := range files {
		uniqueIDs(f, in(f.name))
	}
	checkOverlaps(c.Rules, in)
	for _, ins := range book.Insurances() {
		for _, st := range book.Statuses() {
			if !slices.ContainsFunc(c.Rules, func(r book.Rule) bool { return r.Scope == book.ScopeNational && r.To == nil && r.Covers(ins, st) }) {
				in("data/book").addf("rule", "缺少 %s/%s 的全国默认规则（无失效日期）", "no open-ended national rule for %s/%s", ins, st)
			}
		}
	}
	ids := map[string]bool{}
	for _, ch := range c.Channels {
		ids[ch.ID] = true
	}
	for _, ch := range c.Channels {
		if ch.Replaces != "" && !ids[ch.Replaces] {
			in("data/book").addf("channel("+ch.ID+").replaces", "要替换的渠道 %q 不存在", "the channel it replaces, %q, does not exist", ch.Replaces)
		}
	}
}

// uniqueIDs reports note, channel and guide ids repeated within a file.
func uniqueIDs(f file, fp *fileProblems) {
	seen := map[string]bool{}
	check := func(kind, path, id string) {
		if seen[kind+":"+id] {
			fp.addf(path, "id %q 在本文件中重复", "id %q is repeated in this file", id)
		}
		seen[kind+":"+id] = true
	}
	for i, n := range f.raw.Note {
		check("note", "note["+strconv.Itoa(i+1)+"]("+n.ID+")", n.ID)
	}
	for i, ch := range f.raw.Channel {
		check("channel", "channel["+strconv.Itoa(i+1)+"]("+ch.ID+")", ch.ID)
	}
	for i, g := range f.raw.Guide {
		check("guide", "guide["+strconv.Itoa(i+1)+"]("+g.ID+")", g.ID)
	}
}

// checkOverlaps reports two rules of the same scope and code that cover a
// common (insurance, status) pair in overlapping periods: the book must
// never offer two answers for one day. Rules are grouped by scope, code
// and pair and sorted by start, so each is compared with its neighbour.
func checkOverlaps(rules []book.Rule, in func(string) *fileProblems) {
	type key struct {
		scope   book.Scope
		code    string
		pair    book.Pair
		variant string // one group of the place's question; "" for a rule of every group
	}
	groups := map[key][]int{}
	for i, r := range rules {
		variants := r.Variant
		if len(variants) == 0 {
			variants = []string{""}
		}
		for _, p := range r.Pairs() {
			for _, v := range variants {
				k := key{r.Scope, r.Code, p, v}
				groups[k] = append(groups[k], i)
			}
		}
	}
	keys := slices.SortedFunc(maps.Keys(groups), func(x, y key) int {
		return cmp.Or(cmp.Compare(x.scope, y.scope), cmp.Compare(x.code, y.code),
			cmp.Compare(x.pair.Insurance, y.pair.Insurance), cmp.Compare(x.pair.Status, y.pair.Status), cmp.Compare(x.variant, y.variant))
	})
	reported := map[int]bool{}
	for _, k := range keys {
		idx := groups[k]
		slices.SortFunc(idx, func(x, y int) int { return rules[x].From.Compare(rules[y].From) })
		end := -1 // the rule whose period reaches furthest so far
		for _, i := range idx {
			r := rules[i]
			if end >= 0 {
				e := rules[end]
				if (e.To == nil || !e.To.Before(r.From)) && !reported[i] && !disjointDesk(e, r) {
					reported[i] = true
					in(r.File).addf("rule("+r.ID+")", "与规则 %q 在同一地区、同一时期都适用于 %s",
						"overlaps rule %q: same scope, same period, both cover %s", e.ID, k.pair)
				}
			}
			if end < 0 || rules[end].To != nil && (r.To == nil || r.To.After(*rules[end].To)) {
				end = i
			}
		}
	}
}

// disjointDesk reports whether two rules are desk rules for ages that do
// not meet: a desk rule holds only the ages of its bands, so two of them
// for different bands of one place stand side by side.
func disjointDesk(a, b book.Rule) bool {
	if a.Source.Confidence != book.Desk || b.Source.Confidence != book.Desk {
		return false
	}
	for _, x := range a.Bands {
		for _, y := range b.Bands {
			if x.MinAge <= y.MaxAge && y.MinAge <= x.MaxAge {
				return false
			}
		}
	}
	return true
}

// deskOverBetter refuses a local desk rule that would replace an official
// or news rule: what desks saw on statements never stands in for a
// published figure.
func deskOverBetter(c book.Contents, files []file, ps *Problems) {
	level := map[string]book.Confidence{}
	for _, r := range c.Rules {
		if !r.Local {
			level[r.ID] = r.Source.Confidence
		}
	}
	for _, lr := range c.Rules {
		if !lr.Local || lr.Source.Confidence != book.Desk {
			continue
		}
		for _, rp := range c.Replaced {
			if lv := level[rp.Embedded]; rp.Local == lr.ID && (lv == book.Official || lv == book.News) {
				for _, f := range files {
					if f.name == lr.File {
						ps.in(f.name, f.content).addf("rule("+lr.ID+")", "服务台记录的规则不能替换有官方文件或新闻报道依据的规则 %q；请删掉这条规则",
							"a desk rule cannot replace the rule %q, which rests on an official document or a news report; delete this rule", rp.Embedded)
					}
				}
				break
			}
		}
	}
}

// replaceByID puts each new item in place of the old one with its id, or
// appends it.
func replaceByID[T any](old, add []T, id func(T) string) []T {
	out := slices.Clone(old)
	at := make(map[string]int, len(out))
	for i, o := range out {
		at[id(o)] = i
	}
	for _, a := range add {
		if i, ok := at[id(a)]; ok {
			out[i] = a
			continue
		}
		at[id(a)] = len(out)
		out = append(out, a)
	}
	return out
}
