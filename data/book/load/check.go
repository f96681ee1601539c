package load

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"yibao/data/book"
	"yibao/data/lang"
	"yibao/internal/lazy"
)

var (
	idRE       = lazy.Regexp(`^[a-z0-9][a-z0-9-]*$`)
	codeRE     = lazy.Regexp(`^\d{6}$`)
	unitCodeRE = lazy.Regexp(`^\d{2}9900$`)
	pinyinRE   = lazy.Regexp(`^[a-z]+( [a-z]+)*$`)
	aliasRE    = lazy.Regexp(`^[a-zü]+( [a-zü]+)*$`)
	areaCodeRE = lazy.Regexp(`^0\d{2,3}$`)
	valueRE    = lazy.Regexp(`^[a-z][a-z0-9]*$`)
	dialRE     = lazy.Regexp(`^(\{area\}-)?\d{3,8}$`)
)

// Limits on what a book may say, so that a slip of the keyboard in a local
// file (amount = 75000) is refused rather than shown.
const (
	maxMonthly = 2000  // yuan a month
	maxAnnual  = 24000 // yuan a year
	maxRate    = 10    // percent
	maxPension = 20000 // yuan a month, an average pension
	firstYear  = 1998  // the employee medical insurance began in 1998
)

// checker checks the entries of one file against the book they go into:
// its places (b) and its shared sources.
type checker struct {
	b       *book.Book
	sources map[string]book.Source
	fp      *fileProblems
}

func (c checker) id(path, id string) {
	if !idRE().MatchString(id) {
		c.fp.addf(path+".id", "id 应由小写字母、数字和连字符组成", "id must be lower-case letters, digits and hyphens")
	}
}

func (c checker) text(path string, t lang.Text, required bool) {
	switch {
	case t.Zh == "" && t.En == "":
		if required {
			c.fp.addf(path, "缺少文本（需要 zh 和 en）", "text missing (zh and en are both needed)")
		}
	case t.Zh == "":
		c.fp.addf(path+".zh", "缺少中文文本", "the Chinese text is missing")
	case t.En == "":
		c.fp.addf(path+".en", "缺少英文文本", "the English text is missing")
	}
}

// date refuses a date before the employee medical insurance began (1998)
// or after next year: a typo, not a rule.
func (c checker) date(path string, d book.Date) {
	if d.IsZero() {
		return
	}
	if last := time.Now().Year() + 1; d.Year < firstYear || d.Year > last {
		c.fp.addf(path, "日期 %s 不合理（应在 %d 到 %d 年之间）", "the date %s is out of range (%d to %d)", d, firstYear, last)
	}
}

func (c checker) confidence(path string, v book.Confidence, desk bool) {
	switch v {
	case book.Official, book.News, book.Web, book.Unverified:
	case book.Desk:
		if !desk {
			c.fp.addf(path, "desk（服务台记录）只用于规则", "desk (a service desk's records) is only for rules")
		}
	case "":
		c.fp.addf(path, "缺少可信度（official、news、web 或 unverified）", "confidence is missing (official, news, web or unverified)")
	case "secondary":
		c.fp.addf(path, "secondary 已分为 news（新闻报道）和 web（网上资料），请选一个", "secondary is now news (a news report) or web (web pages); choose one")
	default:
		c.fp.addf(path, "可信度应为 official、news、web 或 unverified", "confidence must be official, news, web or unverified")
	}
}

func (c checker) codes(path string, codes []string) {
	for _, code := range codes {
		if !c.b.Known(code) {
			c.fp.addf(path, "地区或省份代码 %q 不存在", "unknown place or province code %q", code)
		}
	}
}

func (c checker) source(path string, s book.Source, desk bool) {
	c.text(path+".title", s.Title, true)
	c.text(path+".publisher", s.Publisher, true)
	c.text(path+".seen_via", s.SeenVia, false)
	switch {
	case s.Date == "":
		c.fp.addf(path+".date", "缺少来源日期（不知道时写 \"undated\"）", "the source date is missing (write \"undated\" when it is not known)")
	case !s.Date.Valid():
		c.fp.addf(path+".date", "来源日期应写成 YYYY、YYYY-MM、YYYY-MM-DD 或 undated", "the source date must be YYYY, YYYY-MM, YYYY-MM-DD or undated")
	case !s.Date.Undated():
		c.date(path+".date", s.Date.Earliest())
	}
	c.date(path+".verified_on", s.VerifiedOn)
	if s.VerifiedOn.IsZero() {
		c.fp.addf(path+".verified_on", "缺少核对日期", "verified_on is missing")
	} else if s.Date.Valid() && !s.Date.Undated() && s.VerifiedOn.Before(s.Date.Earliest()) {
		c.fp.addf(path+".verified_on", "核对日期早于来源日期", "verified_on is before the source date")
	}
	c.confidence(path+".confidence", s.Confidence, desk)
	if s.URL != "" && !strings.HasPrefix(s.URL, "https://") && !strings.HasPrefix(s.URL, "http://") {
		c.fp.addf(path+".url", "网址应以 http:// 或 https:// 开头", "the URL must start with http:// or https://")
	}
}

// sharedSource looks up a [[source]] table by id, reporting a missing one.
func (c checker) sharedSource(path, id string) (book.Source, bool) {
	src, ok := c.sources[id]
	if !ok {
		c.fp.addf(path, "找不到来源 %q（需要一个 [[source]] 表，id 相同）", "no source %q (a [[source]] table with that id is needed)", id)
	}
	return src, ok
}

func (c checker) enums(path string, ins []book.Insurance, sts []book.Status, required bool) {
	if required && len(ins) == 0 {
		c.fp.addf(path+".insurance", "缺少参保类型", "insurance is missing")
	}
	for i, x := range ins {
		if !slices.Contains(book.Insurances(), x) {
			c.fp.addf(path+".insurance", "未知的参保类型 %q（可用 employee、flexible、resident）", "unknown insurance %q (use employee, flexible, resident)", x)
		}
		if slices.Contains(ins[:i], x) {
			c.fp.addf(path+".insurance", "参保类型 %q 重复", "insurance %q is repeated", x)
		}
	}
	if required && len(sts) == 0 {
		c.fp.addf(path+".status", "缺少退休状态", "status is missing")
	}
	for i, x := range sts {
		if !slices.Contains(book.Statuses(), x) {
			c.fp.addf(path+".status", "未知的状态 %q（可用 working、retired、not-retired）", "unknown status %q (use working, retired, not-retired)", x)
		}
		if slices.Contains(sts[:i], x) {
			c.fp.addf(path+".status", "状态 %q 重复", "status %q is repeated", x)
		}
	}
}

func (c checker) age(path string, a *int) {
	if a != nil && (*a < 0 || *a > book.MaxAge) {
		c.fp.addf(path, "年龄应在 0 到 %d 之间", "an age must be from 0 to %d", book.MaxAge)
	}
}

// entries checks the rules, notes, channels and guides of one file,
// resolving their shared sources.
func (c checker) entries(raw *rawFile) {
	for i := range raw.Rule {
		r := &raw.Rule[i]
		path := fmt.Sprintf("rule[%d](%s)", i+1, r.ID)
		if r.SourceRef != "" {
			if r.Source != (book.Source{}) {
				c.fp.addf(path+".source_ref", "source 和 source_ref 只能写一个", "give source or source_ref, not both")
			} else if src, ok := c.sharedSource(path+".source_ref", r.SourceRef); ok {
				r.Source = src
			}
		}
		c.rule(path, *r)
	}
	for i := range raw.Note {
		n := &raw.Note[i]
		path := fmt.Sprintf("note[%d](%s)", i+1, n.ID)
		if n.SourceRef != "" {
			if n.Source != nil {
				c.fp.addf(path+".source_ref", "source 和 source_ref 只能写一个", "give source or source_ref, not both")
			} else if src, ok := c.sharedSource(path+".source_ref", n.SourceRef); ok {
				n.Source = &src
			}
		}
		c.note(path, *n)
	}
	for i, ch := range raw.Channel {
		c.channel(fmt.Sprintf("channel[%d](%s)", i+1, ch.ID), ch)
	}
	for i := range raw.Guide {
		g := &raw.Guide[i]
		path := fmt.Sprintf("guide[%d](%s)", i+1, g.ID)
		for _, ref := range g.SourceRefs {
			if src, ok := c.sharedSource(path+".source_refs", ref); ok {
				g.Sources = append(g.Sources, src)
			}
		}
		c.guide(path, *g)
	}
}

func (c checker) rule(path string, r book.Rule) {
	c.id(path, r.ID)
	switch r.Scope {
	case book.ScopeNational:
		if r.Code != "" {
			c.fp.addf(path+".code", "全国规则不能有地区代码", "a national rule has no code")
		}
	case book.ScopeProvince:
		if _, ok := c.b.Province(r.Code); !ok {
			c.fp.addf(path+".code", "省份代码 %q 不存在", "unknown province code %q", r.Code)
		}
	case book.ScopeCity:
		if p, ok := c.b.Place(r.Code); !ok || p.Kind == book.Unit {
			c.fp.addf(path+".code", "地区代码 %q 不存在", "unknown place code %q", r.Code)
		}
	case book.ScopeUnit:
		if p, ok := c.b.Place(r.Code); !ok || p.Kind != book.Unit {
			c.fp.addf(path+".code", "省本级单位代码 %q 不存在（见 [[unit]] 表）", "unknown provincial unit code %q (see the [[unit]] tables)", r.Code)
		}
	default:
		c.fp.addf(path+".scope", "scope 应为 national、province、city 或 unit", "scope must be national, province, city or unit")
	}
	if len(r.Except) > 0 && r.Scope != book.ScopeProvince {
		c.fp.addf(path+".except", "只有省级规则可以写 except", "only a province rule has except")
	}
	for _, code := range r.Except {
		if p, ok := c.b.Place(code); !ok || p.Province != r.Code {
			c.fp.addf(path+".except", "%q 不是本省的地区", "%q is not a place of this province", code)
		}
	}
	c.enums(path, r.Insurance, r.Status, true)
	c.variant(path, r)
	c.scheme(path, r)
	if r.To != nil && r.To.Before(r.From) {
		c.fp.addf(path+".effective_to", "失效日期早于生效日期", "effective_to is before effective_from")
	}
	c.date(path+".effective_from", r.From)
	if r.To != nil {
		c.date(path+".effective_to", *r.To)
	}
	c.text(path+".note", r.Note, false)
	c.text(path+".caveat", r.Caveat, false)
	c.source(path+".source", r.Source, true)
}

// variant checks that a rule's groups are groups of its place's question.
func (c checker) variant(path string, r book.Rule) {
	if len(r.Variant) == 0 {
		return
	}
	p, ok := c.b.Place(r.Code)
	if r.Scope != book.ScopeCity && r.Scope != book.ScopeUnit || !ok || p.Question == nil {
		c.fp.addf(path+".variant", "只有问了类别的地区（[[question]]）的规则可以写 variant", "only a rule for a place with a [[question]] has variant")
		return
	}
	for _, v := range r.Variant {
		if _, ok := p.Question.Choice(v); !ok {
			c.fp.addf(path+".variant", "%q 不是这个地区问题的选项（%s）", "%q is not an option of the place's question (%s)", v, strings.Join(p.Question.Values(), ", "))
		}
	}
}

// checkQuestion checks a place's question: who is asked, its words and
// at least two groups with distinct values.
func checkQuestion(c checker, path string, q book.Question) {
	c.enums(path, q.Insurance, q.Status, true)
	c.text(path+".title", q.Title, true)
	c.text(path+".prompt", q.Prompt, true)
	c.text(path+".hint", q.Hint, false)
	if len(q.Options) < 2 {
		c.fp.addf(path+".option", "至少要有两个选项", "at least two options are needed")
	}
	seen := map[string]bool{book.Unknown: true}
	for i, o := range q.Options {
		op := fmt.Sprintf("%s.option[%d]", path, i+1)
		if !valueRE().MatchString(o.Value) || seen[o.Value] {
			c.fp.addf(op+".value", "选项值 %q 应为小写字母和数字，不能重复，也不能是 unknown", "the value %q must be lower-case letters and digits, distinct and not unknown", o.Value)
		}
		seen[o.Value] = true
		c.text(op+".label", o.Label, true)
		c.text(op+".short", o.Short, true)
	}
}

func (c checker) scheme(path string, r book.Rule) {
	switch r.Scheme {
	case book.FixedMonthly, book.FixedAnnual:
		c.fixed(path, r)
	case book.PercentOfBase, book.PercentOfAvg:
		c.percent(path, r)
	case book.NoAccount, book.VariesLocally, book.SetByCity:
		if len(r.Bands) > 0 || r.Rate != 0 || r.Average != nil || len(r.Deductions) > 0 {
			c.fp.addf(path+".scheme", "「无个人账户」「因地而异」或「各市自定」的规则不能有金额、比例或扣款", "a none, varies or set_by_city rule has no amounts, rates or deductions")
		}
	default:
		c.fp.addf(path+".scheme", "未知的计算方式 %q", "unknown scheme %q", r.Scheme)
		return
	}
	c.bands(path, r.Bands, r.Source.Confidence == book.Desk)
	for i, d := range r.Deductions {
		c.deduction(fmt.Sprintf("%s.deduction[%d]", path, i+1), r, d)
	}
	c.text(path+".credited", r.Credited, r.Scheme != book.NoAccount && r.Scheme != book.VariesLocally)
}

func (c checker) fixed(path string, r book.Rule) {
	if len(r.Bands) == 0 {
		c.fp.addf(path+".band", "固定金额规则需要至少一个年龄段（band）", "a fixed-amount rule needs at least one age band")
	}
	most := maxMonthly
	if r.Scheme == book.FixedAnnual {
		most = maxAnnual
	}
	for i, bd := range r.Bands {
		if bd.Amount == nil || *bd.Amount <= 0 || *bd.Amount > float64(most) {
			c.fp.addf(fmt.Sprintf("%s.band[%d].amount", path, i+1), "每个年龄段需要大于 0、不超过 %d 元的金额", "each band needs an amount above 0 and at most %d yuan", most)
		}
		if bd.Rate != nil {
			c.fp.addf(fmt.Sprintf("%s.band[%d].rate", path, i+1), "固定金额规则的年龄段不能有比例", "a fixed-amount band has no rate")
		}
	}
	if r.Rate != 0 || r.Average != nil {
		c.fp.addf(path+".rate", "固定金额规则不能有 rate 或 average", "a fixed-amount rule has no rate or average")
	}
}

func (c checker) percent(path string, r book.Rule) {
	if slices.ContainsFunc(r.Bands, func(b book.Band) bool { return b.Amount != nil }) {
		c.fp.addf(path+".band", "比例规则的年龄段不能有金额", "a percent rule's bands have no amount")
	}
	if len(r.Bands) == 0 && (r.Rate <= 0 || r.Rate > maxRate) {
		c.fp.addf(path+".rate", "比例规则需要大于 0、不超过 %d 的 rate（百分数）", "a percent rule needs a rate above 0 and at most %d (percent)", maxRate)
	}
	if len(r.Bands) > 0 && r.Rate != 0 {
		c.fp.addf(path+".rate", "比例写在年龄段里时，规则本身不能再有 rate", "with rates in the bands the rule itself has no rate")
	}
	for i, bd := range r.Bands {
		if bd.Rate == nil || *bd.Rate <= 0 || *bd.Rate > maxRate {
			c.fp.addf(fmt.Sprintf("%s.band[%d].rate", path, i+1), "每个年龄段需要大于 0、不超过 %d%% 的比例", "each band needs a rate above 0 and at most %d%%", maxRate)
		}
	}
	switch {
	case r.Scheme == book.PercentOfBase && r.Average != nil:
		c.fp.addf(path+".average", "按缴费基数计算的规则不用 average", "a percent-of-base rule has no average")
	case r.Scheme == book.PercentOfAvg && r.Average == nil:
		c.fp.addf(path+".average", "需要说明是哪个平均养老金（average）", "the average pension it is based on (average) is missing")
	case r.Scheme == book.PercentOfAvg:
		c.text(path+".average.of", r.Average.Of, true)
		if r.Average.Figure < 0 || r.Average.Figure > maxPension {
			c.fp.addf(path+".average.figure", "平均养老金应在 0 到 %d 元之间", "the average pension must be from 0 to %d yuan", maxPension)
		}
		if y := r.Average.Year; y != 0 && (y < firstYear || y > time.Now().Year()+1) {
			c.fp.addf(path+".average.year", "基准年份不合理", "the base year is out of range")
		}
	}
}

func (c checker) deduction(dp string, r book.Rule, d book.Deduction) {
	c.text(dp+".name", d.Name, true)
	n := 0
	for _, set := range []bool{d.Monthly != nil, d.Annual != nil, d.Rate != nil} {
		if set {
			n++
		}
	}
	switch {
	case n > 1:
		c.fp.addf(dp, "扣款只能写 monthly（元/月）、annual（元/年）或 rate（缴费基数的百分比）三者之一；金额不详时都不写", "a deduction takes at most one of monthly (yuan a month), annual (yuan a year) or rate (percent of the base); none when its amount is not known")
	case d.Monthly != nil && (*d.Monthly <= 0 || *d.Monthly > maxMonthly):
		c.fp.addf(dp+".monthly", "每月扣款应大于 0、不超过 %d 元", "a monthly deduction must be above 0 and at most %d yuan", maxMonthly)
	case d.Annual != nil && (*d.Annual <= 0 || *d.Annual > maxAnnual):
		c.fp.addf(dp+".annual", "每年扣款应大于 0、不超过 %d 元", "a yearly deduction must be above 0 and at most %d yuan", maxAnnual)
	case d.Annual != nil && r.Scheme != book.FixedAnnual:
		c.fp.addf(dp+".annual", "按年扣款只用于按年划入的规则（fixed_annual）", "a yearly deduction only goes with a yearly credit (fixed_annual)")
	case d.Rate != nil && (*d.Rate <= 0 || *d.Rate > maxRate):
		c.fp.addf(dp+".rate", "扣款比例应大于 0、不超过 %d%%", "the deduction rate must be above 0 and at most %d%%", maxRate)
	case d.Possible != nil && n > 0:
		c.fp.addf(dp+".possible", "possible 只用于金额不详的扣款（不写 monthly、annual、rate 时）", "possible only goes with a deduction whose amount is not known (no monthly, annual or rate)")
	case d.Possible != nil && (*d.Possible <= 0 || *d.Possible > maxMonthly):
		c.fp.addf(dp+".possible", "可能的每月扣款应大于 0、不超过 %d 元", "a possible monthly deduction must be above 0 and at most %d yuan", maxMonthly)
	case d.Rate != nil && r.Scheme != book.PercentOfBase && (r.Scheme != book.PercentOfAvg || r.Average == nil || r.Average.Figure != 0):
		c.fp.addf(dp+".rate", "按比例扣款只用于按缴费基数计算的规则（或没有平均养老金数额的规则）", "a rate deduction only goes with a percent-of-base rule (or an average-pension rule without a figure)")
	}
	c.age(dp+".min_age", d.MinAge)
	c.age(dp+".max_age", d.MaxAge)
	if d.MinAge != nil && d.MaxAge != nil && *d.MinAge > *d.MaxAge {
		c.fp.addf(dp, "扣款的年龄下限大于上限", "the deduction's min_age is above its max_age")
	}
}

// bands requires bands in age order, from 0 to 120, without gaps or
// overlaps, each with min_age ≤ max_age.
// bands checks a rule's age bands: valid, in order, not overlapping and,
// except in a desk's rule (which holds only the ages it saw), covering 0
// to 120 without a gap.
func (c checker) bands(path string, bands []book.Band, partial bool) {
	for i, bd := range bands {
		bp := fmt.Sprintf("%s.band[%d]", path, i+1)
		if bd.MinAge < 0 || bd.MaxAge > book.MaxAge || bd.MinAge > bd.MaxAge {
			c.fp.addf(bp, "年龄段 %d-%d 无效（应在 0 到 120 之间，且下限不大于上限）", "age band %d-%d is invalid (0 to 120, min not above max)", bd.MinAge, bd.MaxAge)
			return
		}
		if i == 0 && bd.MinAge != 0 && !partial {
			c.fp.addf(bp+".min_age", "第一个年龄段应从 0 岁开始", "the first band must start at age 0")
		}
		if i == 0 {
			continue
		}
		switch prev := bands[i-1]; {
		case bd.MinAge <= prev.MaxAge:
			c.fp.addf(bp+".min_age", "年龄段重叠：%d-%d 与 %d-%d", "age bands overlap: %d-%d and %d-%d", prev.MinAge, prev.MaxAge, bd.MinAge, bd.MaxAge)
		case bd.MinAge > prev.MaxAge+1 && !partial:
			c.fp.addf(bp+".min_age", "年龄段有缺口：%d 到 %d 岁不在任何年龄段", "age bands leave a gap: ages %d to %d are in no band", prev.MaxAge+1, bd.MinAge-1)
		}
	}
	if n := len(bands); n > 0 && bands[n-1].MaxAge != book.MaxAge && !partial {
		c.fp.addf(fmt.Sprintf("%s.band[%d].max_age", path, n), "最后一个年龄段应到 120 岁", "the last band must end at age 120")
	}
}

func (c checker) note(path string, n book.Note) {
	c.id(path, n.ID)
	c.enums(path, n.Insurance, n.Status, false)
	c.codes(path+".places", n.Places)
	c.codes(path+".except", n.Except)
	c.age(path+".min_age", n.MinAge)
	c.age(path+".max_age", n.MaxAge)
	if n.MinAge != nil && n.MaxAge != nil && *n.MinAge > *n.MaxAge {
		c.fp.addf(path, "年龄下限大于上限", "min_age is above max_age")
	}
	if n.Account != "" && n.Account != "yes" && n.Account != "no" {
		c.fp.addf(path+".account", "account 应为 yes 或 no", "account must be yes or no")
	}
	c.text(path+".text", n.Text, true)
	if n.Source != nil {
		c.source(path+".source", *n.Source, false)
	}
}

func (c checker) channel(path string, ch book.Channel) {
	c.id(path, ch.ID)
	if !slices.Contains(book.ChannelKinds(), ch.Kind) {
		kinds := make([]string, 0, len(book.ChannelKinds()))
		for _, k := range book.ChannelKinds() {
			kinds = append(kinds, string(k))
		}
		c.fp.addf(path+".kind", "未知的渠道类型 %q（可用 %s）", "unknown channel kind %q (use %s)", ch.Kind, strings.Join(kinds, ", "))
	}
	if ch.Dial != "" && !dialRE().MatchString(ch.Dial) {
		c.fp.addf(path+".dial", "拨号应为 {area}-号码 或数字", "dial must be {area}-number or digits")
	}
	c.codes(path+".places", ch.Places)
	c.text(path+".name", ch.Name, true)
	if len(ch.Steps) == 0 {
		c.fp.addf(path+".steps", "至少需要一个步骤", "at least one step is needed")
	}
	for i, s := range ch.Steps {
		c.text(fmt.Sprintf("%s.steps[%d]", path, i+1), s, true)
	}
	for _, n := range ch.Needs {
		if _, ok := book.NeedName(n); !ok {
			c.fp.addf(path+".needs", "未知的条件 %q", "unknown need %q", n)
		}
	}
	c.text(path+".suits", ch.Suits, true)
	c.text(path+".note", ch.Note, false)
	c.text(path+".source_note", ch.SourceNote, true)
	if ch.VerifiedOn.IsZero() {
		c.fp.addf(path+".verified_on", "缺少核对日期", "verified_on is missing")
	}
	c.date(path+".verified_on", ch.VerifiedOn)
	c.confidence(path+".confidence", ch.Confidence, false)
}

func (c checker) guide(path string, g book.Guide) {
	c.id(path, g.ID)
	c.text(path+".title", g.Title, true)
	c.text(path+".summary", g.Summary, true)
	if len(g.Points)+len(g.Steps) == 0 {
		c.fp.addf(path, "指南需要 points 或 steps", "a guide needs points or steps")
	}
	for i, t := range g.Points {
		c.text(fmt.Sprintf("%s.points[%d]", path, i+1), t, true)
	}
	for i, t := range g.Steps {
		c.text(fmt.Sprintf("%s.steps[%d]", path, i+1), t, true)
	}
	if len(g.Sources) == 0 {
		c.fp.addf(path+".source", "指南需要来源", "a guide needs a source")
	}
	for i, s := range g.Sources {
		c.source(fmt.Sprintf("%s.source[%d]", path, i+1), s, false)
	}
}
