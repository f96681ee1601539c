package advice

import (
	"regexp"
	"strings"
	"testing"

	"yibao/data/book"
	"yibao/data/lang"
)

// researchWords are remarks about how the book was made, which belong in
// its maintainers' fields and never in an answer: the book or project
// itself, the research rounds, and what its sources were judged to be.
var researchWords = regexp.MustCompile(`(?i)本书|本项目|内容农场|排行网页|调研|这次调查|本轮|本次核对|核对时|书里|书中|` +
	`content[- ]farm|farm (page|claim|site|text|copy|copies)|this book|the book|this round|the research|the researchers|previous round`)

// hearsayWords are remarks about which web pages said what and what the
// book made of them: they belong in a source's remark, while the texts a
// person reads outside the sources say plainly what holds for the place.
// A plain warning ("这一点还没有核实，请到当地问清楚", "not yet verified")
// is not one of them; the source details, one key away, may name pages.
var hearsayWords = regexp.MustCompile(`(?i)网页|网上「|网上说|网上的|网上转载|网上引述|网上列表|网上汇总|网上常说|网上用|据网上|说法没有依据|没有依据的说法|的说法不对|未采用|算错|` +
	`只见于|介绍里|有介绍|一个网站|两个网站|同一网站|同一个网站|` +
	`web ?pages?\b|web claims?|\b(one|another|single) (page|site|website|article)\b|\ba page\b|pages? (says?|gives?|claims?|calls?|labels?|describe)|` +
	`seen online|(claims?|figures?|lists?|tables?) online|online (claims?|lists?|tables?)|(as )?(cited|reprinted|quoted) online|` +
	`has no basis|have no basis|miscalculat|garbled|not used\b|single source|one source`)

// shown is every text of an answer a person can see, in one language,
// each with where it is shown.
func shown(a Advice, l lang.Lang) map[string]string {
	out := map[string]string{}
	put := func(where string, t lang.Text) {
		if s := t.In(l); s != "" {
			out[where] += s + "\n"
		}
	}
	credit := func(prefix string, c Credit) {
		put(prefix+"formula", c.Formula)
		put(prefix+"reason", c.Reason)
		put(prefix+"credited", c.Credited)
		put(prefix+"caveat", c.Caveat)
		put(prefix+"note", c.RuleNote)
		put(prefix+"source.title", c.Source.Title)
		put(prefix+"source.publisher", c.Source.Publisher)
		put(prefix+"source.seen_via", c.Source.SeenVia)
		if c.Change != nil {
			put(prefix+"change", c.Change.Text)
		}
		for _, d := range c.Deductions {
			put(prefix+"deduction", d.Name)
		}
	}
	credit("", a.Credit)
	for _, g := range a.Groups {
		credit("group.", g.Credit)
		put("group.name", g.Choice.Short)
	}
	for _, n := range a.Notes {
		put("note("+n.ID+")", n.Text)
		if n.Source != nil {
			put("note("+n.ID+").source", n.Source.Title)
			put("note("+n.ID+").source", n.Source.Publisher)
			put("note("+n.ID+").source", n.Source.SeenVia)
		}
	}
	for _, ch := range a.Channels {
		put("channel("+ch.Channel.ID+")", ch.Name)
		for _, s := range ch.Steps {
			put("channel("+ch.Channel.ID+")", s)
		}
		put("channel("+ch.Channel.ID+")", ch.Channel.Note)
		put("channel("+ch.Channel.ID+")", ch.Channel.Suits)
		put("channel("+ch.Channel.ID+").source", ch.Channel.SourceNote)
	}
	return out
}

// everyAnswer calls f with the answer for every place and unit, every
// insurance and status, a few ages and every group of a place's question.
func everyAnswer(t *testing.T, f func(a Advice)) {
	b := openBook(t)
	for _, p := range b.All() {
		variants := []string{""}
		if p.Question != nil {
			variants = append(p.Question.Values(), book.Unknown)
		}
		for _, ins := range book.Insurances() {
			for _, st := range book.Statuses() {
				for _, age := range []int{45, 65, 70, 80} {
					for _, v := range variants {
						f(Resolve(b, p, Profile{Insurance: ins, Status: st, Age: age, AgeKnown: true, Variant: v}, today))
					}
				}
			}
		}
	}
}

// TestNoResearchWordsInAnswers: no answer, in either language, carries a
// remark about the research behind the book, nor, outside its sources,
// retells what web pages said.
func TestNoResearchWordsInAnswers(t *testing.T) {
	seen := map[string]bool{}
	// Most texts recur in thousands of answers: each is matched once.
	type checked struct {
		text   string
		source bool
	}
	found := map[checked]string{}
	everyAnswer(t, func(a Advice) {
		for _, l := range []lang.Lang{lang.ZH, lang.EN} {
			for where, text := range shown(a, l) {
				c := checked{text, strings.Contains(where, "source")}
				w, ok := found[c]
				if !ok {
					w = researchWords.FindString(text)
					if w == "" && !c.source {
						w = hearsayWords.FindString(text)
					}
					found[c] = w
				}
				if w != "" {
					key := where + "|" + w + "|" + a.Credit.RuleID
					if !seen[key] {
						seen[key] = true
						t.Errorf("%s %s/%s (%s) %s: %q in %q", a.Place.Name, a.Profile.Insurance, a.Profile.Status, l, where, w, clip(text, w))
					}
				}
			}
		}
	})
}

func clip(text, w string) string {
	i := strings.Index(text, w)
	from, to := max(0, i-60), min(len(text), i+len(w)+60)
	return strings.ToValidUTF8(text[from:to], "")
}

// TestNoResearchWordsInGuides: the more-help guides, shown on their own,
// carry no such remark either.
func TestNoResearchWordsInGuides(t *testing.T) {
	for _, g := range openBook(t).Guides() {
		texts := append([]lang.Text{g.Title, g.Summary}, append(g.Points, g.Steps...)...)
		for _, s := range g.Sources {
			texts = append(texts, s.Title, s.Publisher, s.SeenVia)
		}
		for _, tx := range texts {
			for _, l := range []lang.Lang{lang.ZH, lang.EN} {
				if w := researchWords.FindString(tx.In(l)); w != "" {
					t.Errorf("guide %s (%s): %q in %q", g.ID, l, w, clip(tx.In(l), w))
				}
			}
		}
		own := append([]lang.Text{g.Title, g.Summary}, append(g.Points, g.Steps...)...)
		for _, tx := range own {
			for _, l := range []lang.Lang{lang.ZH, lang.EN} {
				if w := hearsayWords.FindString(tx.In(l)); w != "" {
					t.Errorf("guide %s (%s): %q in %q", g.ID, l, w, clip(tx.In(l), w))
				}
			}
		}
	}
}

// TestBothLanguages: every text an answer shows has both its Chinese and
// its English, so that the two say the same things.
func TestBothLanguages(t *testing.T) {
	seen := map[string]bool{}
	everyAnswer(t, func(a Advice) {
		zh, en := shown(a, lang.ZH), shown(a, lang.EN)
		for where := range zh {
			if _, ok := en[where]; !ok && !seen[where+a.Credit.RuleID] {
				seen[where+a.Credit.RuleID] = true
				t.Errorf("%s %s: Chinese without English", a.Place.Name, where)
			}
		}
		for where := range en {
			if _, ok := zh[where]; !ok && !seen[where+a.Credit.RuleID] {
				seen[where+a.Credit.RuleID] = true
				t.Errorf("%s %s: English without Chinese", a.Place.Name, where)
			}
		}
	})
}
