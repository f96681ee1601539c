package consult

import (
	"strings"

	"yibao/data/advice"
	"yibao/data/book"
	"yibao/data/lang"
	"yibao/data/records"
)

// The record questions: what a person's statement showed, asked after the
// advice where a desk records. They are steps like the consultation's, so
// every front end that asks the consultation asks them the same way.
const (
	Amount  ID = "amount"
	Month   ID = "month"
	Channel ID = "channel"
)

// Statement holds the record questions' answers.
type Statement struct {
	Amount *book.Money
	// Month is last month until it is answered (StartRecord).
	Month     records.Month
	MonthDone bool
	Channel   records.Channel // "" when not said
	// ChannelDone is set once the channel was answered, said or not.
	ChannelDone bool
}

// RecordSteps are the record questions, in order: the amount, the month,
// and where it was read (which may be left out).
func RecordSteps() []Step {
	amount, month, channel := records.Questions()
	return []Step{
		{ID: Amount, Kind: Number, Title: amount.Title, Prompt: amount.Prompt, Hint: amount.Hint, Flag: amount.Flag,
			Values: lang.T("元数，例如 75.50", "yuan, e.g. 75.50"), Unit: lang.T("元", "yuan"), Limit: amount.Limit,
			Asked:    always,
			Answered: func(a Answers) bool { return a.Statement.Amount != nil },
			Set:      setAmount,
			Text: func(a Answers) string {
				if a.Statement.Amount == nil {
					return ""
				}
				return a.Statement.Amount.String()
			}},
		{ID: Month, Kind: Number, Title: month.Title, Prompt: month.Prompt, Hint: month.Hint, Flag: month.Flag,
			Values: lang.T("年-月，不填就是上个月", "year-month, last month if not given"), Limit: month.Limit,
			Asked:    always,
			Answered: func(a Answers) bool { return a.Statement.MonthDone },
			Set: func(a *Answers, s string, env Env) error {
				if strings.TrimSpace(s) == "" {
					s = LastMonth(*a, env.Today).String()
				}
				m, err := records.ParseMonth(s, env.Today)
				if err != nil {
					return err
				}
				a.Statement.Month, a.Statement.MonthDone = m, true
				return nil
			},
			Text: func(a Answers) string {
				if a.Statement.Month.IsZero() {
					return ""
				}
				return a.Statement.Month.String()
			}},
		{ID: Channel, Kind: Choose, Title: channel.Title, Prompt: channel.Prompt, Hint: channel.Hint, Flag: channel.Flag,
			Values:  lang.T("app、alipay、wechat、hotline、counter、terminal 或 receipt，可不填", "app, alipay, wechat, hotline, counter, terminal or receipt; optional"),
			Options: channelOptions(), Optional: true, Limit: 24,
			Asked:    always,
			Answered: func(a Answers) bool { return a.Statement.ChannelDone },
			Set: func(a *Answers, s string, _ Env) error {
				ch, err := records.ParseChannel(s)
				if err != nil {
					return err
				}
				a.Statement.Channel, a.Statement.ChannelDone = ch, true
				return nil
			},
			Text: func(a Answers) string { return string(a.Statement.Channel) }},
	}
}

func always(Answers) bool { return true }

// channelOptions are the channels, in the order records.ParseChannel
// numbers them.
func channelOptions() []Option {
	var out []Option
	for _, c := range records.Channels() {
		out = append(out, Option{Label: c.Name(), Value: string(c)})
	}
	return out
}

// Recordable reports whether a statement could confirm the advice: the
// person has an account (or it depends on the scheme).
func Recordable(a advice.Advice) bool {
	return a.Credit.HasAccount == nil || *a.Credit.HasAccount
}

// StartRecord clears the record answers (a second record of the same
// consultation is asked afresh), sets the month to last month, and gives
// the first record question.
func StartRecord(a *Answers, today book.Date) Step {
	a.Statement = Statement{Month: records.LastMonth(today)}
	return RecordSteps()[0].For(*a)
}

// LastMonth is the month the month question keeps when left blank.
func LastMonth(a Answers, today book.Date) records.Month {
	if !a.Statement.Month.IsZero() {
		return a.Statement.Month
	}
	return records.LastMonth(today)
}

// Entry is the record of the answers, for records.Store.Record.
func (a Answers) Entry(consultation, desk, centre string) records.Entry {
	e := records.Entry{Consultation: consultation, Desk: desk, Centre: centre,
		Month: a.Statement.Month, Channel: a.Statement.Channel}
	if a.Statement.Amount != nil {
		e.Amount = *a.Statement.Amount
	}
	return e
}

// setAmount reads the amount. One the book could never give for the
// place is refused with a plain question (records.Plausible); one far
// from the figure here that matches nothing it could be (a slip of a
// zero) is asked about once, and the same amount given again is taken.
func setAmount(a *Answers, s string, env Env) error {
	m, err := records.ParseAmount(s)
	if err != nil {
		return err
	}
	if b := bookOf(env); b != nil && a.Complete() {
		if err := records.Plausible(b, a.Place.Place, a.Insurance, a.Profile().Status, m); err != nil {
			return err
		}
		adv := a.Advise(b, env.Today)
		if FarOff(adv.Credit, records.CheckStatement(b, adv, m)) {
			w := &Warning{Msg: lang.F("是 %s 元吗？这里一般到账 %s 元，差得比较多。如果没有看错，同样的数再答一次就记下。",
				"Is it %s yuan? The figure here is %s yuan, a long way from it. If that is what the statement shows, give the same amount again to keep it.",
				m, adv.Credit.Figure())}
			if !a.heed(w, "amount/"+m.String()) {
				return w
			}
		}
	}
	a.Statement.Amount = &m
	return nil
}

// FarOff reports an amount that matches nothing the book gives here and
// is less than a third or more than three times the figure (a slipped
// zero): the screens and the line mode ask about it once, observe
// refuses it without --sure.
func FarOff(c advice.Credit, st records.Statement) bool {
	if !c.Known || st.Match != records.MatchDiffers {
		return false
	}
	low, high := c.NetMonthly, c.NetMonthly
	if c.Period == book.Annual {
		low, high = book.Money((int64(c.NetAnnual)+6)/12), c.NetAnnual
	}
	return st.Amount*3 < low || st.Amount > high*3
}

func bookOf(env Env) *book.Book {
	if env.Places == nil {
		return nil
	}
	return env.Places.Book()
}

// isRecord reports whether a question is one of the record questions.
func isRecord(id ID) bool { return id == Amount || id == Month || id == Channel }
