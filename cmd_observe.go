package main

import (
	"fmt"
	"strings"

	"yibao/data/advice"
	"yibao/data/book"
	"yibao/data/lang"
	"yibao/data/observe"
)

// observeOptions are what `yibao observe` takes: the consultation's
// questions, then the record's.
type observeOptions struct {
	Answers stepFlags
	Record  recordFlags
	File    string `flag:"file" arg:"FILE" default:"observations.toml" zh:"记录写到这个文件" en:"the records file written to"`
	DataFlag
}

// recordFlags are the record form's questions as flags (package observe).
type recordFlags struct {
	Amount, Month, Channel string
}

func (r *recordFlags) flagDecls() []flagDecl {
	amount, month, channel := observe.Questions()
	var chs []string
	for _, c := range observe.Channels() {
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

// run records, from the command line, what one statement showed.
func (opts observeOptions) run(_ []string, o IO) int {
	today := book.DateOf(o.Now())
	if opts.Record.Amount == "" {
		return bad(o, lang.T("缺少 --amount（这个月实际到账多少元，例如 75）", "missing --amount (yuan credited this month, e.g. 75)"))
	}
	amt, err := observe.ParseAmount(opts.Record.Amount)
	if err != nil {
		return badErr(o, err)
	}
	month := observe.LastMonth(today)
	if opts.Record.Month != "" {
		if month, err = observe.ParseMonth(opts.Record.Month, today); err != nil {
			return badErr(o, err)
		}
	}
	ch, err := observe.ParseChannel(opts.Record.Channel)
	if err != nil {
		return badErr(o, err)
	}
	b, ix, a, code, ok := opts.fill(opts.Answers.given(), today, o)
	if !ok {
		return code
	}
	adv := a.Advise(b, today)
	rec := observe.New(adv, amt, month, ch, today)
	if err := observe.NewFile(opts.File, b, o.Now).Record(rec); err != nil {
		fmt.Fprintln(o.Err, "yibao: "+lang.Message(err).Line())
		return exitDataError
	}
	path := lang.Clean(opts.File)
	fmt.Fprintln(o.Out, lang.T(
		fmt.Sprintf("已记录到 %s：%s，%s，%s 元，%s", path, ix.Label(*a.Place, lang.ZH), rec.Band.Words().Zh, amt, month),
		fmt.Sprintf("recorded in %s: %s, %s, %s yuan, %s", path, ix.Label(*a.Place, lang.EN), rec.Band.Words().En, amt, month)).Line())
	return exitOK
}

// withObservations tells the advice what the desk's records show, when a
// file is given.
func withObservations(a *advice.Advice, path string, b *book.Book, o IO) error {
	if path == "" {
		return nil
	}
	obs, err := observe.NewFile(path, b, o.Now).All()
	if err != nil {
		return err
	}
	observe.Apply(a, obs)
	return nil
}

// dataObservationsOptions are what `yibao data observations` takes.
type dataObservationsOptions struct {
	Rules bool `flag:"rules" zh:"输出一致记录的更正文件" en:"print a correction file of the agreed records"`
	DataFlag
}

// run reviews records: by place and band, conflicts first; with --rules,
// a correction file of the agreed ones.
func (opts *dataObservationsOptions) run(pos []string, o IO) int {
	if len(pos) == 0 {
		return bad(o, lang.T("请写出记录文件，例如 yibao data observations observations.toml", "name the records file, e.g. yibao data observations observations.toml"))
	}
	b, _, ok := opts.openBook(o)
	if !ok {
		return exitDataError
	}
	var all []observe.Observation
	for _, p := range pos {
		obs, err := observe.NewFile(p, b, o.Now).All()
		if err != nil {
			fmt.Fprintln(o.Err, "yibao: "+lang.Message(err).Line())
			return exitDataError
		}
		all = append(all, obs...)
	}
	groups := observe.Review(b, all, book.DateOf(o.Now()))
	if opts.Rules {
		fmt.Fprint(o.Out, observe.Rules(groups))
		return exitOK
	}
	fmt.Fprint(o.Out, observe.Report(groups))
	return exitOK
}
