package consult

import (
	"errors"
	"strings"

	"yibao/data/answers"
	"yibao/data/book"
	"yibao/data/lang"
)

// Fill answers the questions from texts given all at once (the flags of
// `yibao advise`), in the order they are asked. An answer that cannot be
// taken is returned as its question's own error, except that one naming
// none of a question's choices names the flag and its values; when
// answers are missing, one error names every missing flag. The place's
// own question (--variant) where the place asks none takes unknown
// (nothing to ask) and refuses anything else, naming the flag.
func Fill(texts map[ID]string, env Env) (Answers, error) {
	var a Answers
	var missing []Step
	for _, s := range Steps() {
		s = s.For(a)
		t, given := texts[s.ID]
		if given && s.ID == Variant && !s.Asked(a) {
			if strings.EqualFold(strings.TrimSpace(t), book.Unknown) {
				continue
			}
			return a, &lang.Error{Msg: lang.T("--"+s.Flag+"：这个地区不问类别，不用填这一项（填 unknown 也可以）。",
				"--"+s.Flag+": this place asks no group; leave it out (or give unknown).")}
		}
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
		var bad *answers.ChoiceError
		if errors.As(err, &bad) {
			return a, &lang.Error{Msg: lang.T("--"+s.Flag+" 请填 "+s.Values.Zh+"。", "--"+s.Flag+" takes "+s.Values.En+".")}
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
