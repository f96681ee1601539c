package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"yibao/data/book"
	"yibao/data/consult"
	"yibao/data/lang"
	"yibao/data/records"
)

// observeOptions are what `yibao observe` takes: the consultation's
// questions, then the record's.
type observeOptions struct {
	Answers     stepFlags
	Record      recordFlags
	RecordsFlag `none:"用户数据文件夹里的 yibao/records.db|yibao/records.db in the user's data folder"`
	CentreFlag
	JSON     bool `flag:"json" zh:"输出 JSON" en:"print JSON"`
	Sure     bool `flag:"sure" zh:"金额和这里的数差得很多（例如多打了一个 0）也照样记下" en:"record an amount far from the figure here (a slipped zero, say) all the same"`
	LangFlag `default:"zh"`
	DataFlag
}

// recordFlags are the record form's questions as flags (package records).
type recordFlags struct {
	Amount, Month, Channel string
}

func (r *recordFlags) flagDecls() []flagDecl {
	amount, month, channel := records.Questions()
	var chs []string
	for _, c := range records.Channels() {
		chs = append(chs, string(c))
	}
	return []flagDecl{
		{Name: amount.Flag, Arg: "YUAN", Required: true, value: (*stringValue)(&r.Amount),
			Help: lang.T(amount.Title.Zh+"：这个月实际到账多少元，例如 75", amount.Title.En+": yuan credited this month, e.g. 75")},
		{Name: month.Flag, Arg: "YYYY-MM", value: (*stringValue)(&r.Month), None: lang.T("上个月", "last month"),
			Help: lang.T(month.Title.Zh+"：哪个月的到账", month.Title.En+": the month credited")},
		{Name: channel.Flag, Arg: strings.Join(chs, "|"), value: (*stringValue)(&r.Channel), None: lang.T("没有说", "not said"),
			Help: lang.T(channel.Title.Zh, channel.Title.En)},
	}
}

// entry reads the record's flags.
func (r recordFlags) entry(today book.Date) (records.Entry, error) {
	if r.Amount == "" {
		return records.Entry{}, lang.Errorf("缺少 --amount（这个月实际到账多少元，例如 75）", "missing --amount (yuan credited this month, e.g. 75)")
	}
	amt, err := records.ParseAmount(r.Amount)
	if err != nil {
		return records.Entry{}, err
	}
	month := records.LastMonth(today)
	if r.Month != "" {
		if month, err = records.ParseMonth(r.Month, today); err != nil {
			return records.Entry{}, err
		}
	}
	ch, err := records.ParseChannel(r.Channel)
	if err != nil {
		return records.Entry{}, err
	}
	return records.Entry{Consultation: records.NewID(), Desk: records.DeskCLI, Amount: amt, Month: month, Channel: ch}, nil
}

// observeJSON is what `observe --json` prints; amounts are yuan.
type observeJSON struct {
	ID       string   `json:"id"`
	Replaced bool     `json:"replaced"`
	Place    string   `json:"place"`
	MinAge   int      `json:"min_age"`
	MaxAge   int      `json:"max_age"`
	Amount   float64  `json:"amount"`
	Month    string   `json:"month"`
	Check    string   `json:"check"` // net, gross, possible_net, annual, earlier_rule, other_band, differs or no_figure
	Words    string   `json:"check_words"`
	Reasons  []string `json:"reasons"`
}

// run records, from the command line, what one statement showed, and
// says at once what the amount matches.
func (opts observeOptions) run(_ []string, o IO) int {
	today := book.DateOf(o.Now())
	l, err := opts.language(o)
	if err != nil {
		return badErr(o, err)
	}
	e, err := opts.Record.entry(today)
	if err != nil {
		return badErr(o, err)
	}
	e.Centre = opts.Centre
	b, ix, a, code, ok := opts.fill(opts.Answers.given(), today, o)
	if !ok {
		return code
	}
	adv := a.Advise(b, today)
	if err := records.Plausible(b, a.Place.Place, a.Insurance, a.Profile().Status, e.Amount); err != nil {
		return badErr(o, err) // an amount no rule could give: a plain question
	}
	if !opts.Sure && consult.FarOff(adv.Credit, records.CheckStatement(b, adv, e.Amount)) {
		return bad(o, lang.F("是 %s 元吗？这里一般到账 %s 元，差得比较多；没有记下。如果没有看错，加上 --sure 再记一次。",
			"Is it %s yuan? The figure here is %s yuan, a long way from it; nothing was recorded. If that is what the statement shows, record it again with --sure.",
			e.Amount, adv.Credit.Figure()))
	}
	target, err := opts.target(o, true)
	store, ok := openStore(target, err, o)
	if !ok {
		return exitDataError
	}
	defer store.Close()
	rec, err := store.Record(context.Background(), b, adv, e, today)
	var re *records.Error
	switch {
	case errors.As(err, &re):
		fmt.Fprintln(o.Err, "yibao: "+re.Msg.Line())
		return exitDataError
	case err != nil:
		return badErr(o, err) // an amount no rule could give: a plain question
	}
	check := rec.Check
	reasons := make([]string, len(check.Reasons))
	for i, r := range check.Reasons {
		reasons[i] = lang.Escape(r.In(l))
	}
	if opts.JSON {
		enc := json.NewEncoder(o.Out)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		r := rec.Record
		if err := enc.Encode(observeJSON{ID: r.ID, Replaced: rec.Replaced, Place: r.Place, MinAge: r.Band.Min, MaxAge: r.Band.Max,
			Amount: r.Amount.Float(), Month: r.Month.String(), Check: string(check.Match), Words: lang.Escape(check.Words.In(l)), Reasons: reasons}); err != nil {
			fmt.Fprintln(o.Err, "yibao:", err)
			return exitDataError
		}
		return exitOK
	}
	r := rec.Record
	fmt.Fprintln(o.Out, lang.T(
		fmt.Sprintf("已记下：%s，%s，%s 元，%s（记录 %s）。", ix.Label(*a.Place, lang.ZH), r.Band.Words().Zh, r.Amount, r.Month, r.ID),
		fmt.Sprintf("Recorded: %s, %s, %s yuan, %s (record %s).", ix.Label(*a.Place, lang.EN), r.Band.Words().En, r.Amount, r.Month, r.ID)).In(l))
	fmt.Fprintln(o.Out, lang.T("对账：", "Check: ").In(l)+lang.Escape(check.Words.In(l)))
	if len(reasons) > 0 {
		fmt.Fprintln(o.Out, lang.T("常见的原因：", "The usual reasons:").In(l))
		for _, r := range reasons {
			fmt.Fprintln(o.Out, "- "+r)
		}
	}
	return exitOK
}
