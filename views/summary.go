package views

import (
	"fmt"
	"strings"

	"yibao/data"
)

// Summary prints the result of `yibao data check` in both languages.
func Summary(s data.Summary) string {
	var b strings.Builder
	fmt.Fprintln(&b, "数据检查通过 / the data is valid")
	fmt.Fprintln(&b, "读取的文件 / files read:")
	for _, f := range s.Files {
		fmt.Fprintln(&b, "  "+f)
	}
	fmt.Fprintf(&b, "有核实金额的地区（退休职工）/ places with a verified figure (retired employees): %d / %d\n", s.PlacesWithFigure, s.Places)
	fmt.Fprintf(&b, "规则按可信度 / rules by confidence: official %d, news %d, web %d, unverified %d\n", s.Official, s.News, s.Web, s.Unverified)
	fmt.Fprintf(&b, "说明 %d 条，查询渠道 %d 个 / %d notes, %d channels\n", s.Notes, s.Channels, s.Notes, s.Channels)
	for _, r := range s.Local {
		pairs := data.PairString(r.Pairs)
		where := strings.Join(strings.Fields(r.Scope+" "+r.Code+" "+r.Name), " ")
		fmt.Fprintf(&b, "本地规则 %s（%s）：%s，%s / local rule %s (%s): %s, %s\n",
			r.ID, r.File, where, pairs, r.ID, r.File, where, pairs)
	}
	for _, r := range s.Replaced {
		fmt.Fprintf(&b, "本地规则 %s 取代内置规则 %s（%s）/ local rule %s replaces built-in rule %s (%s)\n",
			r.Local, r.Embedded, data.PairString(r.Pairs), r.Local, r.Embedded, data.PairString(r.Pairs))
	}
	if len(s.Stale) == 0 {
		fmt.Fprintf(&b, "没有超过 %d 个月未核对的条目（截至 %s）/ nothing last checked more than %d months before %s\n", data.StaleAfterMonths, s.Day, data.StaleAfterMonths, s.Day)
		return b.String()
	}
	fmt.Fprintf(&b, "超过 %d 个月未核对的条目（截至 %s）/ entries last checked more than %d months before %s: %d\n", data.StaleAfterMonths, s.Day, data.StaleAfterMonths, s.Day, len(s.Stale))
	for _, e := range s.Stale {
		fmt.Fprintf(&b, "  %s %s %s\n", e.Kind, e.ID, e.VerifiedOn)
	}
	return b.String()
}
