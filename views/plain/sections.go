package plain

import (
	"yibao/data/advice"
	"yibao/data/lang"
)

// Section is one part of the answer. The constants are in the one order
// every front end shows them in; which of them a front end shows, and how
// short, is the table in layout.
type Section int

// The sections, in order.
const (
	Who        Section = iota // whom the answer is for: place, insurance, status, age
	Figure                    // the amount, or the words that stand for it
	DependsOn                 // what the figure depends on, right under it
	Method                    // how it is worked out
	When                      // when the money arrives
	Source                    // where the figure (or the method) comes from
	Earlier                   // the earlier rule's figure
	NextChange                // the next age at which it changes
	RuleNote                  // the rule's own long note
	Notes                     // the eligibility notes
	Checklist                 // the ways to check the balance
	Disclaimer                // that it is no official notice
	sectionCount
)

// FrontEnd is a way the answer is shown.
type FrontEnd int

// The front ends.
const (
	OnScreen     FrontEnd = iota // the result screen
	OnSourcePage                 // the source screen, one key from the result
	InReport                     // the plain report: `yibao advise` and the line mode
	OnSlip                       // the take-home slip, printed or on the screen
	frontEndCount
)

// Form is how much of a section a front end shows.
type Form int

// The forms.
const (
	Hidden Form = iota // not at all
	Short              // its few words: see each front end's renderer
	Full               // all of it
	Origin             // only where each of its items comes from
)

// layout is the one table of the result's sections: for each, in order,
// whether each front end shows it and how short.
func layout() [sectionCount][frontEndCount]Form {
	return [sectionCount][frontEndCount]Form{
		//           screen  source page  report  slip
		Who:        {Short, Hidden, Short, Full}, // one line; the slip's labelled fields
		Figure:     {Full, Hidden, Full, Short},  // big digits; the headline; the headline as a field
		DependsOn:  {Full, Hidden, Full, Full},
		Method:     {Full, Hidden, Full, Short}, // the slip: only where it stands for a figure
		When:       {Full, Hidden, Full, Hidden},
		Source:     {Short, Full, Short, Short}, // one line; every field on the source page
		Earlier:    {Full, Hidden, Full, Full},
		NextChange: {Full, Hidden, Full, Hidden},
		RuleNote:   {Hidden, Full, Full, Hidden},
		Notes:      {Full, Origin, Full, Hidden},
		Checklist:  {Full, Origin, Full, Short}, // the slip: the names, ticked, and the hotline
		Disclaimer: {Short, Hidden, Full, Full}, // see DisclaimerLines
	}
}

// Shown is a section with the form a front end shows it in.
type Shown struct {
	Section Section
	Form    Form
}

// Sections lists what a front end shows, in order.
func Sections(fe FrontEnd) []Shown {
	var out []Shown
	for s, forms := range layout() {
		if f := forms[fe]; f != Hidden {
			out = append(out, Shown{Section(s), f})
		}
	}
	return out
}

// Shows is the form a front end shows a section in.
func Shows(fe FrontEnd, s Section) Form { return layout()[s][fe] }

// Field is a labelled section's label and text, as the result screen, the
// report and the slip show it ("" when there is nothing to say): the
// method, when, the source line, the earlier rule, the next change and the
// rule's note. In the Short form the method is given only where it stands
// for a missing figure.
func Field(a advice.Advice, s Section, f Form, l lang.Lang) (lang.Text, string) {
	c := a.Credit
	switch s {
	case Method:
		if f == Short && (c.Known || c.HasAccount != nil && !*c.HasAccount) {
			return lang.Text{}, ""
		}
		return lang.T("计算方法", "How"), c.Formula.In(l)
	case When:
		return lang.T("到账时间", "When"), c.Credited.In(l)
	case Source:
		return SourceLabel(c), SourceWords(c, l)
	case Earlier:
		if ch := c.Change; ch != nil {
			return lang.T("以前", "Before"), ch.Text.In(l)
		}
	case NextChange:
		if n, ok := a.Note(advice.NoteNextChange); ok {
			return lang.T("下次变化", "Next change"), n.Text.In(l)
		}
	case RuleNote:
		return lang.T("说明", "Note"), c.RuleNote.In(l)
	}
	return lang.Text{}, ""
}

// DisclaimerLines are the paragraphs that end the answer: the one
// disclaimer (advice.Disclaimer), then what each front end adds to it:
// the screen, where the full source is; the report, the day the figures
// were checked; the slip, a warning against fraud.
func DisclaimerLines(a advice.Advice, fe FrontEnd, l lang.Lang) []string {
	d := advice.Disclaimer().In(l)
	switch fe {
	case OnScreen:
		return []string{d + lang.T("按 i 看来源的详细说明。", " Press i for the full source.").In(l)}
	case InReport:
		return []string{d + lang.F("所用数据的核对日期 %s。", " The figures were last checked on %s.", a.Credit.Source.VerifiedOn).In(l)}
	case OnSlip:
		return []string{d, lang.T("防骗：医保卡不外借，验证码不告诉任何人，用医保卡买的药不倒卖。", "Beware of fraud: never lend the card, never tell anyone a verification code, never sell medicines bought with it.").In(l)}
	}
	return []string{d}
}
