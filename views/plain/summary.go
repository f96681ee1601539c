package plain

import (
	"fmt"
	"strings"

	"yibao/data/advice"
	"yibao/data/book"
)

// Summary prints the result of `yibao data check` in both languages:
// the files read, the coverage of the book (per province, the places
// where a retired employee gets a figure, by level), local rules and what
// they replace, and entries checked long ago.
func Summary(s advice.Summary) string {
	var b strings.Builder
	fmt.Fprintln(&b, "数据检查通过 / the data is valid")
	fmt.Fprintln(&b, "读取的文件 / files read:")
	for _, f := range s.Files {
		fmt.Fprintln(&b, "  "+f)
	}
	fmt.Fprintf(&b, "有金额的地区（65 岁退休职工）/ places with a figure (retired employee, 65): %d / %d\n", s.PlacesWithFigure, s.Places)
	var levels []string
	for _, c := range book.Confidences() {
		levels = append(levels, fmt.Sprintf("%s %d", c, s.Rules[c]))
	}
	fmt.Fprintf(&b, "规则按可信度 / rules by level: %s\n", strings.Join(levels, ", "))
	fmt.Fprintf(&b, "说明 %d 条，查询渠道 %d 个 / %d notes, %d channels\n", s.Notes, s.Channels, s.Notes, s.Channels)
	b.WriteString(Coverage(s.Coverage))
	for _, r := range s.Local {
		var pairs []string
		for _, p := range r.Pairs {
			pairs = append(pairs, p.String())
		}
		where := strings.Join(strings.Fields(string(r.Scope)+" "+r.Code+" "+r.Name), " ")
		fmt.Fprintf(&b, "本地规则 %s（%s）：%s，%s / local rule %s (%s): %s, %s\n",
			r.ID, r.File, where, strings.Join(pairs, ", "), r.ID, r.File, where, strings.Join(pairs, ", "))
	}
	for _, r := range s.Replaced {
		var pairs []string
		for _, p := range r.Pairs {
			pairs = append(pairs, p.String())
		}
		ps := strings.Join(pairs, ", ")
		if r.Place != "" {
			fmt.Fprintf(&b, "本地规则 %s 在 %s 取代内置的省级规则 %s（%s）/ local rule %s replaces built-in province rule %s in %s (%s)\n",
				r.Local, r.Place, r.Embedded, ps, r.Local, r.Embedded, r.Place, ps)
			continue
		}
		fmt.Fprintf(&b, "本地规则 %s 取代内置规则 %s（%s）/ local rule %s replaces built-in rule %s (%s)\n",
			r.Local, r.Embedded, ps, r.Local, r.Embedded, ps)
	}
	if len(s.Stale) == 0 {
		fmt.Fprintf(&b, "没有超过 %d 个月未核对的条目（截至 %s）/ nothing last checked more than %d months before %s\n", advice.StaleAfterMonths, s.Day, advice.StaleAfterMonths, s.Day)
		return b.String()
	}
	fmt.Fprintf(&b, "超过 %d 个月未核对的条目（截至 %s）/ entries last checked more than %d months before %s: %d\n", advice.StaleAfterMonths, s.Day, advice.StaleAfterMonths, s.Day, len(s.Stale))
	for _, e := range s.Stale {
		fmt.Fprintf(&b, "  %s %s %s\n", e.Kind, e.ID, e.VerifiedOn)
	}
	return b.String()
}

// Coverage is the per-province table of places with a figure by level,
// so that a maintainer sees where to look next.
func Coverage(cs []advice.Coverage) string {
	var b strings.Builder
	fmt.Fprintln(&b, "各省有金额的地区（按可信度）/ places with a figure per province, by level:")
	fmt.Fprintf(&b, "  %-8s %6s %8s %5s %4s %4s %5s\n", "province", "places", "official", "news", "web", "desk", "none")
	for _, c := range cs {
		fmt.Fprintf(&b, "  %-8s %6d %8d %5d %4d %4d %5d  %s\n", c.Province.Code, c.Places,
			c.ByLevel[book.Official], c.ByLevel[book.News], c.ByLevel[book.Web], c.ByLevel[book.Desk], c.None, c.Province.Name)
	}
	return b.String()
}
