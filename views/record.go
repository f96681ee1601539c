package views

import (
	"yibao/data/book"
	"yibao/data/lang"
	"yibao/data/records"
	"yibao/model"
	"yibao/views/plain"
)

// recordedFor says, above a record question, whom the record is for in
// words: the place, the insurance, the status and the age band it keeps
// (never the age).
func recordedFor(s model.State, w int) []string {
	a, l := s.Advice, s.Lang
	if a == nil || s.Answers.Place == nil {
		return nil
	}
	comma := lang.T("，", ", ").In(l)
	who := s.Places.Label(*s.Answers.Place, l) + comma + a.Profile.Insurance.Name().In(l)
	if a.Profile.Status != "" {
		who += comma + a.Profile.Status.Name().In(l)
	}
	switch v := a.Profile.Variant; {
	case v == book.Unknown:
		who += comma + lang.T("不知道属于哪一组", "group not known").In(l)
	case v != "":
		if c, ok := a.Place.Question.Choice(v); ok {
			who += comma + c.Short.In(l)
		}
	}
	who += comma + records.BandOf(*a).Words().In(l)
	return append(plain.Wrap(lang.T("记录：", "Recording for: ").In(l)+who, w), "")
}

// recordLines are the result's lines about the desk's records: the one
// line saying they cannot be read, and what the amount just recorded
// matches (对账) with, where it matches nothing, the usual reasons.
func recordLines(s model.State, st Styles, w int) []string {
	var out []string
	l := s.Lang
	if t := s.Record.Unreadable; !t.IsZero() {
		for _, line := range plain.Wrap(t.In(l), w) {
			out = append(out, st.Warn.Render(line))
		}
	}
	if c := s.Record.Check; c != nil {
		out = append(out, "", st.Section.Render(lang.F("对账：记下的 %s 元", "Statement check: the %s yuan recorded", c.Amount).In(l)))
		out = append(out, plain.Wrap(c.Words.In(l), w)...)
		for _, r := range c.Reasons {
			out = append(out, plain.Indent("- ", r.In(l), w)...)
		}
	}
	if len(out) > 0 {
		out = append(out, "")
	}
	return out
}

// takeBackQuestion asks, in plain words, before the session's last record
// is taken back.
func takeBackQuestion(r records.Record) lang.Text {
	return lang.F("撤回刚才记下的那条记录（%s 元，%s）吗？撤回后它不再算进本服务台的记录。按 y 撤回，按其他键不撤回。",
		"Take back the last record (%s yuan, %s)? The desk's records will no longer count it. Press y to take it back, any other key to keep it.", r.Amount, r.Month)
}
