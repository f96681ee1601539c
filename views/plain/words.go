package plain

import (
	"fmt"
	"slices"
	"strings"

	"yibao/data/advice"
	"yibao/data/book"
	"yibao/data/lang"
)

// Headline is the figure in one sentence (advice.Credit.Headline), or
// what stands in its place.
func Headline(a advice.Advice) lang.Text {
	if a.Credit.Known {
		return a.Credit.Headline()
	}
	t := NoFigure(a)
	return lang.T(t.Zh+"。", t.En+".")
}

// NoFigure is the few words that stand where a figure would: no account,
// no retiree credit yet, the base is needed, or no verified figure.
func NoFigure(a advice.Advice) lang.Text {
	c := a.Credit
	switch {
	case c.HasAccount != nil && !*c.HasAccount:
		return lang.T("没有个人账户", "No personal account")
	case a.Profile.Status == book.NotRetired:
		return lang.T("退休划入还没开始", "No retiree credit yet")
	case c.Scheme == book.PercentOfBase:
		return lang.T("需要缴费基数才能算出", "Needs your contribution base")
	case len(a.Groups) > 0 && !slices.ContainsFunc(a.Groups, func(g advice.Group) bool { return g.Credit.Known }):
		return lang.T("各类不同，每一类的金额都还没有找到", "Differs by group, and no group's amount has been found")
	case len(a.Groups) > 0:
		return lang.T("各类不同，见下面每一类的金额", "Differs by group: see each group below")
	case c.Scheme == book.VariesLocally:
		return lang.T("因地而异，暂无核实数据", "Depends on the place: no verified figure")
	case c.Scheme == book.SetByCity:
		return lang.T("各市自定，暂无核实数据", "Set by each city: no verified figure")
	}
	return lang.T("暂无核实数据", "No verified figure")
}

// SourceLabel names what the source line gives: the figure's source, or,
// without a figure, the method's (so that an official method does not
// read as an official amount).
func SourceLabel(c advice.Credit) lang.Text {
	if !c.Known {
		return lang.T("方法依据", "Method from")
	}
	return lang.T("来源", "Source")
}

// SourceWords is the source for an elderly reader, in one line: who
// published it, when, and how sure it is: "厦门日报，2023 年 1 月；新闻报道，请到
// 当地核实". Titles, numbers and addresses are one key away.
func SourceWords(c advice.Credit, l lang.Lang) string {
	level := c.Confidence.NameAfter(c.Source.Publisher)
	t := lang.T(c.Source.Publisher.Zh+"，"+c.Source.Date.Words(lang.ZH)+"；"+level.Zh,
		c.Source.Publisher.En+", "+c.Source.Date.Words(lang.EN)+"; "+level.En)
	if !c.Known && (c.HasAccount == nil || *c.HasAccount) && (c.Scope == book.ScopeNational || c.Scope == book.ScopeProvince) {
		// A method from the nation or the province, not an amount for
		// this place; a place's own rule is local even without one
		// figure, and where there is no account there is no amount to
		// speak of.
		t = lang.T(t.Zh+"（不是本地金额）", t.En+" (not a local amount)")
	}
	return t.In(l)
}

// SourceLine is the labelled source line: "来源：厦门日报，2023 年 1 月；新闻报道，
// 请到当地核实".
func SourceLine(c advice.Credit, l lang.Lang) string {
	return SourceLabel(c).In(l) + lang.T("：", ": ").In(l) + SourceWords(c, l)
}

// Caveats are what the figure depends on: the rule's caveat and the
// birth-year estimate. The level of the source says the rest.
func Caveats(a advice.Advice, l lang.Lang) []string {
	var out []string
	if cv := a.Credit.Caveat.In(l); cv != "" && a.Credit.Known {
		out = append(out, cv)
	}
	if n, ok := a.Note(advice.NoteBirthYear); ok {
		out = append(out, n.Text.In(l))
	}
	return out
}

// Recap is the one-line recap of the answers.
func Recap(a advice.Advice, l lang.Lang) string {
	p := a.Profile
	parts := []string{PlaceName(a, l), p.Insurance.Name().In(l)}
	if p.Status != "" {
		parts = append(parts, p.Status.Name().In(l))
	}
	if q := a.Place.Question; q != nil && p.Variant != "" {
		c, ok := q.Choice(p.Variant)
		if !ok {
			c.Short = lang.T(q.Title.Zh+"不知道", q.Title.En+" not known")
		}
		parts = append(parts, c.Short.In(l))
	}
	if p.AgeKnown {
		parts = append(parts, AgeWords(p.Age, l))
	}
	if p.Base != nil && p.NeedsBase() {
		parts = append(parts, lang.F("缴费基数 %s 元", "base %s yuan", *p.Base).In(l))
	}
	return strings.Join(parts, lang.T("，", ", ").In(l))
}

// PlaceName names the place of the advice with where it is: 毕节市（贵州省）,
// 海淀区（北京市）, "Bijie 毕节市 (Guizhou)"; a municipality stands alone.
func PlaceName(a advice.Advice, l lang.Lang) string {
	p, pr := a.Place, a.Province
	if k := a.County; k != nil {
		return lang.T(k.Name+"（属于"+p.Name+"）", k.En+" "+k.Name+" (in "+p.En+")").In(l)
	}
	if l == lang.EN {
		s := p.En + " " + p.Name
		if p.Kind != book.Municipality {
			s += " (" + pr.En + ")"
		}
		return s
	}
	if p.Kind == book.Municipality {
		return p.Name
	}
	return p.Name + "（" + pr.Name + "）"
}

// NextSteps says what someone insured in one place and living in another
// should know: the credit follows the insured place, and what to do before
// treatment where they live.
func NextSteps(insured, living advice.Advice) []lang.Text {
	out := []lang.Text{lang.T("个人账户划入一直按参保地的规定计算，住在别处不会改变。",
		"The credit always follows the insured place's rule; living elsewhere does not change it.")}
	switch advice.Relate(insured.Place, living.Place) {
	case advice.SamePlace:
		out = append(out, lang.T("两处是同一个统筹地区，不需要另外办理。", "Both are the same pooling place; nothing else is needed."))
	case advice.OtherProvince:
		out = append(out,
			lang.T("跨省居住：在现居地看病前，先在参保地办「异地就医备案」（按 g 看「在外地看病」）。", "Living in another province: before treatment there, file with the insured place (press g: \"Treatment in another province\")."),
			lang.T("如果要把医保关系转到现居地，余额跟着转（按 g 看「换地方了」）。", "To move the insurance to where you live, the balance moves with it (press g: \"Moving\")."))
	default:
		out = append(out, lang.T("同省不同城市：在现居地看病前，先问参保地要不要办异地就医手续；各省做法不同（按 g 看「在外地看病」）。",
			"Another city in the same province: before treatment there, ask the insured place whether filing is needed; provinces differ (press g: \"Treatment in another province\")."))
	}
	return out
}

// ChannelTitle is a checklist item's first line: the box and number
// ("[x] 3. "), then the name and, for the recommended one, a marker in
// words; the name wraps under itself.
func ChannelTitle(i int, ch advice.ChannelAdvice, ticked bool, l lang.Lang) (box, name string) {
	box = "[ ] "
	if ticked {
		box = "[x] "
	}
	name = ch.Name.In(l)
	if ch.Recommended {
		name += lang.T("【推荐先用】", " (try this first)").In(l)
	}
	return fmt.Sprintf("%s%d. ", box, i+1), name
}

// Needs lists what a channel needs, in words.
func Needs(ch advice.ChannelAdvice, l lang.Lang) string {
	var out []string
	for _, n := range ch.Channel.Needs {
		if t, ok := book.NeedName(n); ok {
			out = append(out, t.In(l))
		}
	}
	return strings.Join(out, lang.T("、", ", ").In(l))
}

// ChannelCaution is what the checklist says of a channel's source: only,
// for one seen in a few web pages alone, to confirm it first. Where the
// steps were described is one key away (ChannelSource, on the source
// screen).
func ChannelCaution(ch advice.ChannelAdvice, l lang.Lang) string {
	if ch.Channel.Confidence != book.Unverified {
		return ""
	}
	return lang.T("这个渠道只见于网上介绍，没有核实；请先打热线或到窗口确认。", "This way was seen only in a few web pages and is not verified: confirm it by the hotline or at the counter first.").In(l)
}

// ChannelSource says where a channel's steps come from, how sure, and
// when they were checked.
func ChannelSource(ch advice.ChannelAdvice, l lang.Lang) string {
	return lang.F("%s；%s；核对日期 %s", "%s; %s; checked %s", ch.Channel.SourceNote.In(l), ch.Channel.Confidence.Name().In(l), ch.Channel.VerifiedOn).In(l)
}

// ShownNotes are the eligibility notes the result lists: all but those it
// shows elsewhere.
func ShownNotes(a advice.Advice) []advice.NoteText {
	var out []advice.NoteText
	for _, n := range a.Notes {
		if n.ID != advice.NoteNextChange && n.ID != advice.NoteBirthYear {
			out = append(out, n)
		}
	}
	return out
}

// ForFamily says, above the channels, that with no account of one's own
// they serve a family member's account; empty otherwise.
func ForFamily(c advice.Credit, l lang.Lang) string {
	if c.HasAccount == nil || *c.HasAccount {
		return ""
	}
	return lang.T("您本人没有个人账户；下面的方法可以用来查家人的职工医保个人账户（家庭共济）。",
		"You have no personal account yourself; these ways check a family member's employee account (family mutual aid).").In(l)
}

// AgeWords is an age in words: 72 岁, age 72.
func AgeWords(n int, l lang.Lang) string { return lang.F("%d 岁", "age %d", n).In(l) }

// NoteOrigins says where the notes come from, once each: who published
// the source, when, how sure, and its title.
func NoteOrigins(a advice.Advice, l lang.Lang) []string {
	var out []string
	seen := map[string]bool{}
	for _, n := range a.Notes {
		if n.Source == nil {
			continue
		}
		line := n.Source.Publisher.In(l) + lang.T("，", ", ").In(l) + n.Source.Date.Words(l) + lang.T("；", "; ").In(l) + n.Source.Confidence.NameAfter(n.Source.Publisher).In(l) + lang.T("：", ": ").In(l) + n.Source.Title.In(l)
		if !seen[line] {
			seen[line] = true
			out = append(out, line)
		}
	}
	return out
}
