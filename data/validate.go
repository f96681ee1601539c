package data

import (
	"fmt"
	"regexp"
	"strings"
	"time"
)

var (
	idRE       = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)
	codeRE     = regexp.MustCompile(`^\d{6}$`)
	unitCodeRE = regexp.MustCompile(`^\d{2}9900$`)
	pinyinRE   = regexp.MustCompile(`^[a-z]+( [a-z]+)*$`)
	aliasRE    = regexp.MustCompile(`^[a-zü]+( [a-zü]+)*$`)
	areaCodeRE = regexp.MustCompile(`^0\d{2,3}$`)
	dialRE     = regexp.MustCompile(`^(\{area\}-)?\d{3,8}$`)
)

// Expected sizes of the place list.
const (
	wantProvinces = 31
	wantPlaces    = 369
	maxAge        = 120
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

func count(bs ...bool) int {
	n := 0
	for _, b := range bs {
		if b {
			n++
		}
	}
	return n
}

// checkPlaces validates the provinces and places of the embedded book.
func checkPlaces(b *Book, files []parsed, all *[]Problem) {
	for _, f := range files {
		ps := problems{file: f.name, list: all}
		mark := len(*all)
		for i, p := range f.bf.Province {
			from := len(*all)
			path := fmt.Sprintf("province[%d](%s)", i+1, p.Code)
			if !codeRE.MatchString(p.Code) || !strings.HasSuffix(p.Code, "0000") {
				ps.add(path+".code", "省份代码应为六位数字、以 0000 结尾", "a province code is six digits ending in 0000")
			}
			checkNames(ps, path, p.Name, p.Short, p.Pinyin, p.Initials, p.En)
			rowLines(*all, from, f.provinceLines, i)
		}
		for i, p := range f.bf.Place {
			from := len(*all)
			path := fmt.Sprintf("place[%d](%s)", i+1, p.Code)
			if !codeRE.MatchString(p.Code) {
				ps.add(path+".code", "地区代码应为六位数字", "a place code is six digits")
			}
			if _, ok := b.Province(p.Province); !ok {
				ps.add(path+".province", "省份代码 %q 不存在", "unknown province code %q", p.Province)
			}
			switch p.Kind {
			case KindMunicipality, KindPrefecture, KindCounty:
			default:
				ps.add(path+".kind", "类型应为 municipality、prefecture 或 county", "kind must be municipality, prefecture or county")
			}
			checkNames(ps, path, p.Name, p.Short, p.Pinyin, p.Initials, p.En)
			for _, a := range p.Aliases {
				if !aliasRE.MatchString(a) {
					ps.add(path+".aliases", "别名 %q 应为小写拼音", "alias %q must be lower-case pinyin", a)
				}
			}
			if !areaCodeRE.MatchString(p.AreaCode) {
				ps.add(path+".area_code", "电话区号应为 0 开头的三到四位数字", "the area code must be 3 or 4 digits starting with 0")
			}
			if p.Prominence < 0 || p.Prominence > 3 {
				ps.add(path+".prominence", "prominence 应在 0 到 3 之间", "prominence must be 0 to 3")
			}
			rowLines(*all, from, f.placeLines, i)
		}
		fillLines(f, *all, mark)
	}
	for _, f := range files {
		ps := problems{file: f.name, list: all}
		mark := len(*all)
		for i, u := range f.bf.Unit {
			path := fmt.Sprintf("unit[%d](%s)", i+1, u.Code)
			if !unitCodeRE.MatchString(u.Code) || u.Code[:2] != strings.TrimSuffix(u.Province, "0000") {
				ps.add(path+".code", "省本级单位代码应为省份代码的前两位加 9900，例如 629900", "a unit code is the province's first two digits and 9900, e.g. 629900")
			}
			if _, ok := b.Province(u.Province); !ok {
				ps.add(path+".province", "省份代码 %q 不存在", "unknown province code %q", u.Province)
			}
			checkNames(ps, path, u.Name, u.Short, u.Pinyin, u.Initials, u.En)
			for _, a := range u.Aliases {
				if !aliasRE.MatchString(a) {
					ps.add(path+".aliases", "别名 %q 应为小写拼音", "alias %q must be lower-case pinyin", a)
				}
			}
			if !areaCodeRE.MatchString(u.AreaCode) {
				ps.add(path+".area_code", "电话区号应为 0 开头的三到四位数字", "the area code must be 3 or 4 digits starting with 0")
			}
			checkText(ps, path+".about", u.About, true)
		}
		fillLines(f, *all, mark)
	}
	ps := problems{file: "data/book", list: all}
	if n := len(b.provinces); n != wantProvinces {
		ps.add("province", "应有 %d 个省份，实有 %d 个", "want %d provinces, have %d", wantProvinces, n)
	}
	if n := len(b.places); n != wantPlaces {
		ps.add("place", "应有 %d 个统筹地区，实有 %d 个", "want %d pooling places, have %d", wantPlaces, n)
	}
	if len(b.placeIdx) != len(b.places)+len(b.units) || len(b.provinceIdx) != len(b.provinces) {
		ps.add("place", "地区代码有重复", "place codes are repeated")
	}
}

// rowLines gives the problems found since from the line of row i.
func rowLines(all []Problem, from int, lines []int, i int) {
	if i >= len(lines) {
		return
	}
	for j := from; j < len(all); j++ {
		if all[j].Line == 0 {
			all[j].Line = lines[i]
		}
	}
}

func checkNames(ps problems, path, name, short, pinyin, initials, en string) {
	if name == "" || short == "" || en == "" {
		ps.add(path, "缺少名称、简称或英文名", "name, short name or English name missing")
	}
	if !pinyinRE.MatchString(pinyin) {
		ps.add(path+".pinyin", "拼音应为小写字母，音节之间用空格分开", "pinyin must be lower-case syllables separated by spaces")
		return
	}
	var want strings.Builder
	for _, syl := range strings.Fields(pinyin) {
		want.WriteByte(syl[0])
	}
	if initials != want.String() {
		ps.add(path+".initials", "首字母 %q 与拼音不符（应为 %q）", "initials %q do not match the pinyin (want %q)", initials, want.String())
	}
}

// registerSources checks a file's shared [[source]] tables and adds them
// to the book by id.
func registerSources(b *Book, f parsed, all *[]Problem) {
	ps := problems{file: f.name, list: all}
	mark := len(*all)
	for i, ns := range f.bf.Source {
		path := fmt.Sprintf("source[%d](%s)", i+1, ns.ID)
		checkID(ps, path, ns.ID)
		checkSource(ps, path, ns.Source, true)
		if _, dup := b.sources[ns.ID]; dup {
			ps.add(path+".id", "来源 id %q 重复", "source id %q is used twice", ns.ID)
		}
		b.sources[ns.ID] = ns.Source
	}
	fillLines(f, *all, mark)
}

// sharedSource looks up a [[source]] table by id, reporting a missing one.
func sharedSource(b *Book, ps problems, path, id string) (Source, bool) {
	src, ok := b.sources[id]
	if !ok {
		ps.add(path, "找不到来源 %q（需要一个 [[source]] 表，id 相同）", "no source %q (a [[source]] table with that id is needed)", id)
	}
	return src, ok
}

// checkFile validates the rules, notes, channels and guides of one file.
func checkFile(b *Book, f parsed, all *[]Problem) {
	ps := problems{file: f.name, list: all}
	mark := len(*all)
	for i := range f.bf.Rule {
		r := &f.bf.Rule[i]
		path := fmt.Sprintf("rule[%d](%s)", i+1, r.ID)
		if r.SourceRef != "" {
			if r.Source != (Source{}) {
				ps.add(path+".source_ref", "source 和 source_ref 只能写一个", "give source or source_ref, not both")
			} else if src, ok := sharedSource(b, ps, path+".source_ref", r.SourceRef); ok {
				r.Source = src
			}
		}
		checkRule(b, ps, path, *r)
	}
	for i := range f.bf.Note {
		n := &f.bf.Note[i]
		path := fmt.Sprintf("note[%d](%s)", i+1, n.ID)
		if n.SourceRef != "" {
			if n.Source != nil {
				ps.add(path+".source_ref", "source 和 source_ref 只能写一个", "give source or source_ref, not both")
			} else if src, ok := sharedSource(b, ps, path+".source_ref", n.SourceRef); ok {
				n.Source = &src
			}
		}
		checkNote(b, ps, path, *n)
	}
	for i, c := range f.bf.Channel {
		checkChannel(b, ps, fmt.Sprintf("channel[%d](%s)", i+1, c.ID), c)
	}
	for i := range f.bf.Guide {
		g := &f.bf.Guide[i]
		path := fmt.Sprintf("guide[%d](%s)", i+1, g.ID)
		for _, ref := range g.SourceRefs {
			if src, ok := sharedSource(b, ps, path+".source_refs", ref); ok {
				g.Sources = append(g.Sources, src)
			}
		}
		checkGuide(ps, path, *g)
	}
	fillLines(f, *all, mark)
}

// fillLines gives a line number to each new problem of the file that has none.
func fillLines(f parsed, all []Problem, from int) {
	for i := from; i < len(all); i++ {
		if all[i].File == f.name && all[i].Line == 0 {
			all[i].Line = locate(f.content, all[i].Path)
		}
	}
}

func checkID(ps problems, path, id string) {
	if !idRE.MatchString(id) {
		ps.add(path+".id", "id 应由小写字母、数字和连字符组成", "id must be lower-case letters, digits and hyphens")
	}
}

func checkText(ps problems, path string, t Text, required bool) {
	switch {
	case t.Zh == "" && t.En == "":
		if required {
			ps.add(path, "缺少文本（需要 zh 和 en）", "text missing (zh and en are both needed)")
		}
	case t.Zh == "":
		ps.add(path+".zh", "缺少中文文本", "the Chinese text is missing")
	case t.En == "":
		ps.add(path+".en", "缺少英文文本", "the English text is missing")
	}
}

func checkRule(b *Book, ps problems, path string, r Rule) {
	checkID(ps, path, r.ID)
	switch r.Scope {
	case ScopeNational:
		if r.Code != "" {
			ps.add(path+".code", "全国规则不能有地区代码", "a national rule has no code")
		}
	case ScopeProvince:
		if _, ok := b.Province(r.Code); !ok {
			ps.add(path+".code", "省份代码 %q 不存在", "unknown province code %q", r.Code)
		}
	case ScopeCity:
		if p, ok := b.Place(r.Code); !ok || p.Kind == KindUnit {
			ps.add(path+".code", "地区代码 %q 不存在", "unknown place code %q", r.Code)
		}
	case ScopeUnit:
		if p, ok := b.Place(r.Code); !ok || p.Kind != KindUnit {
			ps.add(path+".code", "省本级单位代码 %q 不存在（见 units.toml）", "unknown provincial unit code %q (see units.toml)", r.Code)
		}
	default:
		ps.add(path+".scope", "scope 应为 national、province、city 或 unit", "scope must be national, province, city or unit")
	}
	if len(r.Except) > 0 && r.Scope != ScopeProvince {
		ps.add(path+".except", "只有省级规则可以写 except", "only a province rule has except")
	}
	for _, c := range r.Except {
		if p, ok := b.Place(c); !ok || p.Province != r.Code {
			ps.add(path+".except", "%q 不是本省的地区", "%q is not a place of this province", c)
		}
	}
	checkEnums(ps, path, r.Insurance, r.Status, true)
	checkScheme(ps, path, r)
	if r.To != nil && r.To.Before(r.From) {
		ps.add(path+".effective_to", "失效日期早于生效日期", "effective_to is before effective_from")
	}
	checkDate(ps, path+".effective_from", r.From)
	if r.To != nil {
		checkDate(ps, path+".effective_to", *r.To)
	}
	checkText(ps, path+".note", r.Note, false)
	checkText(ps, path+".caveat", r.Caveat, false)
	checkSource(ps, path+".source", r.Source, true)
}

func checkEnums(ps problems, path string, ins []Insurance, sts []Status, required bool) {
	if required && len(ins) == 0 {
		ps.add(path+".insurance", "缺少参保类型", "insurance is missing")
	}
	seenI := map[Insurance]bool{}
	for _, x := range ins {
		if !contains(Insurances(), x) {
			ps.add(path+".insurance", "未知的参保类型 %q（可用 employee、flexible、resident）", "unknown insurance %q (use employee, flexible, resident)", x)
		}
		if seenI[x] {
			ps.add(path+".insurance", "参保类型 %q 重复", "insurance %q is repeated", x)
		}
		seenI[x] = true
	}
	if required && len(sts) == 0 {
		ps.add(path+".status", "缺少退休状态", "status is missing")
	}
	seenS := map[Status]bool{}
	for _, x := range sts {
		if !contains(Statuses(), x) {
			ps.add(path+".status", "未知的状态 %q（可用 working、retired、not-retired）", "unknown status %q (use working, retired, not-retired)", x)
		}
		if seenS[x] {
			ps.add(path+".status", "状态 %q 重复", "status %q is repeated", x)
		}
		seenS[x] = true
	}
}

func checkScheme(ps problems, path string, r Rule) {
	hasAmount := false
	for _, bd := range r.Bands {
		hasAmount = hasAmount || bd.Amount != nil
	}
	switch r.Scheme {
	case FixedMonthly, FixedAnnual:
		if len(r.Bands) == 0 {
			ps.add(path+".band", "固定金额规则需要至少一个年龄段（band）", "a fixed-amount rule needs at least one age band")
		}
		most := maxMonthly
		if r.Scheme == FixedAnnual {
			most = maxAnnual
		}
		for i, bd := range r.Bands {
			if bd.Amount == nil || *bd.Amount <= 0 || *bd.Amount > float64(most) {
				ps.add(fmt.Sprintf("%s.band[%d].amount", path, i+1), "每个年龄段需要大于 0、不超过 %d 元的金额", "each band needs an amount above 0 and at most %d yuan", most)
			}
			if bd.Rate != nil {
				ps.add(fmt.Sprintf("%s.band[%d].rate", path, i+1), "固定金额规则的年龄段不能有比例", "a fixed-amount band has no rate")
			}
		}
		if r.Rate != 0 || r.Average != nil {
			ps.add(path+".rate", "固定金额规则不能有 rate 或 average", "a fixed-amount rule has no rate or average")
		}
	case PercentOfBase, PercentOfAvg:
		if hasAmount {
			ps.add(path+".band", "比例规则的年龄段不能有金额", "a percent rule's bands have no amount")
		}
		if len(r.Bands) == 0 && (r.Rate <= 0 || r.Rate > maxRate) {
			ps.add(path+".rate", "比例规则需要大于 0、不超过 %d 的 rate（百分数）", "a percent rule needs a rate above 0 and at most %d (percent)", maxRate)
		}
		if len(r.Bands) > 0 && r.Rate != 0 {
			ps.add(path+".rate", "比例写在年龄段里时，规则本身不能再有 rate", "with rates in the bands the rule itself has no rate")
		}
		for i, bd := range r.Bands {
			if bd.Rate == nil || *bd.Rate <= 0 || *bd.Rate > maxRate {
				ps.add(fmt.Sprintf("%s.band[%d].rate", path, i+1), "每个年龄段需要大于 0、不超过 %d%% 的比例", "each band needs a rate above 0 and at most %d%%", maxRate)
			}
		}
		if r.Scheme == PercentOfAvg {
			if r.Average == nil {
				ps.add(path+".average", "需要说明是哪个平均养老金（average）", "the average pension it is based on (average) is missing")
			} else {
				checkText(ps, path+".average.of", r.Average.Of, true)
				if r.Average.Figure < 0 || r.Average.Figure > maxPension {
					ps.add(path+".average.figure", "平均养老金应在 0 到 %d 元之间", "the average pension must be from 0 to %d yuan", maxPension)
				}
				if r.Average.Year != 0 && (r.Average.Year < 1990 || r.Average.Year > 2100) {
					ps.add(path+".average.year", "基准年份不合理", "the base year is out of range")
				}
			}
		} else if r.Average != nil {
			ps.add(path+".average", "按缴费基数计算的规则不用 average", "a percent-of-base rule has no average")
		}
	case NoAccount, VariesLocally:
		if len(r.Bands) > 0 || r.Rate != 0 || r.Average != nil || len(r.Deductions) > 0 {
			ps.add(path+".scheme", "「无个人账户」或「因地而异」的规则不能有金额、比例或扣款", "a none or varies rule has no amounts, rates or deductions")
		}
	default:
		ps.add(path+".scheme", "未知的计算方式 %q", "unknown scheme %q", r.Scheme)
		return
	}
	checkBands(ps, path, r.Bands)
	for i, d := range r.Deductions {
		dp := fmt.Sprintf("%s.deduction[%d]", path, i+1)
		checkText(ps, dp+".name", d.Name, true)
		switch {
		case count(d.Monthly != nil, d.Annual != nil, d.Rate != nil) != 1:
			ps.add(dp, "扣款需要 monthly（元/月）、annual（元/年）或 rate（缴费基数的百分比）三者之一", "a deduction needs exactly one of monthly (yuan a month), annual (yuan a year) or rate (percent of the base)")
		case d.Monthly != nil && (*d.Monthly <= 0 || *d.Monthly > maxMonthly):
			ps.add(dp+".monthly", "每月扣款应大于 0、不超过 %d 元", "a monthly deduction must be above 0 and at most %d yuan", maxMonthly)
		case d.Annual != nil && (*d.Annual <= 0 || *d.Annual > maxAnnual):
			ps.add(dp+".annual", "每年扣款应大于 0、不超过 %d 元", "a yearly deduction must be above 0 and at most %d yuan", maxAnnual)
		case d.Annual != nil && r.Scheme != FixedAnnual:
			ps.add(dp+".annual", "按年扣款只用于按年划入的规则（fixed_annual）", "a yearly deduction only goes with a yearly credit (fixed_annual)")
		case d.Rate != nil && (*d.Rate <= 0 || *d.Rate > maxRate):
			ps.add(dp+".rate", "扣款比例应大于 0、不超过 %d%%", "the deduction rate must be above 0 and at most %d%%", maxRate)
		case d.Rate != nil && r.Scheme != PercentOfBase && (r.Scheme != PercentOfAvg || r.Average == nil || r.Average.Figure != 0):
			ps.add(dp+".rate", "按比例扣款只用于按缴费基数计算的规则（或没有平均养老金数额的规则）", "a rate deduction only goes with a percent-of-base rule (or an average-pension rule without a figure)")
		}
		if d.MinAge != nil && d.MaxAge != nil && *d.MinAge > *d.MaxAge {
			ps.add(dp, "扣款的年龄下限大于上限", "the deduction's min_age is above its max_age")
		}
	}
	switch r.Scheme {
	case FixedMonthly, FixedAnnual, PercentOfBase, PercentOfAvg:
		checkText(ps, path+".credited", r.Credited, true)
	default:
		checkText(ps, path+".credited", r.Credited, false)
	}
}

// checkBands requires bands in age order, from 0 to 120, without gaps or
// overlaps, each with min_age ≤ max_age.
func checkBands(ps problems, path string, bands []Band) {
	if len(bands) == 0 {
		return
	}
	for i, bd := range bands {
		bp := fmt.Sprintf("%s.band[%d]", path, i+1)
		if bd.MinAge < 0 || bd.MaxAge > maxAge || bd.MinAge > bd.MaxAge {
			ps.add(bp, "年龄段 %d-%d 无效（应在 0 到 120 之间，且下限不大于上限）", "age band %d-%d is invalid (0 to 120, min not above max)", bd.MinAge, bd.MaxAge)
			return
		}
		if i == 0 && bd.MinAge != 0 {
			ps.add(bp+".min_age", "第一个年龄段应从 0 岁开始", "the first band must start at age 0")
		}
		if i > 0 {
			prev := bands[i-1]
			switch {
			case bd.MinAge <= prev.MaxAge:
				ps.add(bp+".min_age", "年龄段重叠：%d-%d 与 %d-%d", "age bands overlap: %d-%d and %d-%d", prev.MinAge, prev.MaxAge, bd.MinAge, bd.MaxAge)
			case bd.MinAge > prev.MaxAge+1:
				ps.add(bp+".min_age", "年龄段有缺口：%d 到 %d 岁不在任何年龄段", "age bands leave a gap: ages %d to %d are in no band", prev.MaxAge+1, bd.MinAge-1)
			}
		}
	}
	if last := bands[len(bands)-1]; last.MaxAge != maxAge {
		ps.add(fmt.Sprintf("%s.band[%d].max_age", path, len(bands)), "最后一个年龄段应到 120 岁", "the last band must end at age 120")
	}
}

func checkSource(ps problems, path string, s Source, required bool) {
	checkText(ps, path+".title", s.Title, required)
	checkText(ps, path+".publisher", s.Publisher, required)
	checkText(ps, path+".seen_via", s.SeenVia, false)
	if s.Date == "" {
		ps.add(path+".date", "缺少来源日期（不知道时写 \"undated\"）", "the source date is missing (write \"undated\" when it is not known)")
	} else if !s.Date.Valid() {
		ps.add(path+".date", "来源日期应写成 YYYY、YYYY-MM、YYYY-MM-DD 或 undated", "the source date must be YYYY, YYYY-MM, YYYY-MM-DD or undated")
	}
	checkDate(ps, path+".verified_on", s.VerifiedOn)
	if s.Date.Valid() && !s.Date.Undated() {
		checkDate(ps, path+".date", s.Date.Earliest())
	}
	if s.VerifiedOn.IsZero() {
		ps.add(path+".verified_on", "缺少核对日期", "verified_on is missing")
	} else if s.Date.Valid() && !s.Date.Undated() && s.VerifiedOn.Before(s.Date.Earliest()) {
		ps.add(path+".verified_on", "核对日期早于来源日期", "verified_on is before the source date")
	}
	checkConfidence(ps, path+".confidence", s.Confidence)
	if s.URL != "" && !strings.HasPrefix(s.URL, "https://") && !strings.HasPrefix(s.URL, "http://") {
		ps.add(path+".url", "网址应以 http:// 或 https:// 开头", "the URL must start with http:// or https://")
	}
}

// checkDate refuses a date before the employee medical insurance began
// (1998) or after next year: a typo, not a rule.
func checkDate(ps problems, path string, d Date) {
	if d.IsZero() {
		return
	}
	if last := time.Now().Year() + 1; d.Year < firstYear || d.Year > last {
		ps.add(path, "日期 %s 不合理（应在 %d 到 %d 年之间）", "the date %s is out of range (%d to %d)", d, firstYear, last)
	}
}

// checkConfidence accepts the four provenance levels.
func checkConfidence(ps problems, path string, c Confidence) {
	switch c {
	case Official, News, Web, Unverified:
	case "":
		ps.add(path, "缺少可信度（official、news、web 或 unverified）", "confidence is missing (official, news, web or unverified)")
	case "secondary":
		ps.add(path, "secondary 已分为 news（新闻报道）和 web（网上资料），请选一个", "secondary is now news (a news report) or web (web pages); choose one")
	default:
		ps.add(path, "可信度应为 official、news、web 或 unverified", "confidence must be official, news, web or unverified")
	}
}

func checkNote(b *Book, ps problems, path string, n Note) {
	checkID(ps, path, n.ID)
	checkEnums(ps, path, n.Insurance, n.Status, false)
	checkCodes(b, ps, path+".places", n.Places)
	checkCodes(b, ps, path+".except", n.Except)
	if n.MinAge != nil && n.MaxAge != nil && *n.MinAge > *n.MaxAge {
		ps.add(path, "年龄下限大于上限", "min_age is above max_age")
	}
	switch n.Account {
	case "", "yes", "no":
	default:
		ps.add(path+".account", "account 应为 yes 或 no", "account must be yes or no")
	}
	checkText(ps, path+".text", n.Text, true)
	if n.Source != nil {
		checkSource(ps, path+".source", *n.Source, true)
	}
}

func checkCodes(b *Book, ps problems, path string, codes []string) {
	for _, c := range codes {
		if !b.knownCode(c) {
			ps.add(path, "地区或省份代码 %q 不存在", "unknown place or province code %q", c)
		}
	}
}

func checkChannel(b *Book, ps problems, path string, c Channel) {
	checkID(ps, path, c.ID)
	if !contains(channelKinds(), c.Kind) {
		ps.add(path+".kind", "未知的渠道类型 %q（可用 %s）", "unknown channel kind %q (use %s)", c.Kind, strings.Join(channelKinds(), ", "))
	}
	if c.Dial != "" && !dialRE.MatchString(c.Dial) {
		ps.add(path+".dial", "拨号应为 {area}-号码 或数字", "dial must be {area}-number or digits")
	}
	checkCodes(b, ps, path+".places", c.Places)
	checkText(ps, path+".name", c.Name, true)
	if len(c.Steps) == 0 {
		ps.add(path+".steps", "至少需要一个步骤", "at least one step is needed")
	}
	for i, s := range c.Steps {
		checkText(ps, fmt.Sprintf("%s.steps[%d]", path, i+1), s, true)
	}
	for _, n := range c.Needs {
		if _, ok := NeedName(n); !ok {
			ps.add(path+".needs", "未知的条件 %q", "unknown need %q", n)
		}
	}
	checkText(ps, path+".suits", c.Suits, true)
	checkText(ps, path+".note", c.Note, false)
	checkText(ps, path+".source_note", c.SourceNote, true)
	if c.VerifiedOn.IsZero() {
		ps.add(path+".verified_on", "缺少核对日期", "verified_on is missing")
	}
	checkConfidence(ps, path+".confidence", c.Confidence)
}

func checkGuide(ps problems, path string, g Guide) {
	checkID(ps, path, g.ID)
	checkText(ps, path+".title", g.Title, true)
	checkText(ps, path+".summary", g.Summary, true)
	if len(g.Points)+len(g.Steps) == 0 {
		ps.add(path, "指南需要 points 或 steps", "a guide needs points or steps")
	}
	for i, t := range g.Points {
		checkText(ps, fmt.Sprintf("%s.points[%d]", path, i+1), t, true)
	}
	for i, t := range g.Steps {
		checkText(ps, fmt.Sprintf("%s.steps[%d]", path, i+1), t, true)
	}
	if len(g.Sources) == 0 {
		ps.add(path+".source", "指南需要来源", "a guide needs a source")
	}
	for i, s := range g.Sources {
		checkSource(ps, fmt.Sprintf("%s.source[%d]", path, i+1), s, true)
	}
}
