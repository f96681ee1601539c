package consult

import (
	"errors"
	"strings"

	"yibao/data/lang"
)

// Fill answers the questions from texts given all at once (the flags of
// `yibao advise`), in the order they are asked. An answer that cannot be
// taken is returned as its question's own error; when answers are missing,
// one error names every missing flag.
func Fill(texts map[ID]string, env Env) (Answers, error) {
	var a Answers
	var missing []Step
	for _, s := range Steps() {
		s = s.For(a)
		t, given := texts[s.ID]
		if !given {
			if s.Asked(a) && !s.Optional {
				missing = append(missing, s)
			}
			if s.Optional && s.Asked(a) {
				_ = s.Set(&a, "", env)
			}
			continue
		}
		err := s.Set(&a, t, env)
		var w *Warning
		if errors.As(err, &w) {
			err = s.Set(&a, t, env) // a flag is given on purpose: the advice notes it
		}
		if err != nil {
			return a, err
		}
	}
	if len(missing) > 0 {
		return a, missingFlags(missing)
	}
	return a, nil
}

// missingFlags names every missing flag with what it takes.
func missingFlags(ss []Step) error {
	zh := make([]string, len(ss))
	en := make([]string, len(ss))
	for i, s := range ss {
		zh[i] = "--" + s.Flag + "（" + s.Title.Zh + "：" + s.Values.Zh + "）"
		en[i] = "--" + s.Flag + " (" + s.Values.En + ")"
	}
	return &lang.Error{Msg: lang.T("缺少 "+strings.Join(zh, "、"), "missing "+strings.Join(en, ", "))}
}
