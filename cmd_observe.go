package main

import (
	"fmt"

	"yibao/data/advice"
	"yibao/data/book"
	"yibao/data/consult"
	"yibao/data/lang"
	"yibao/data/observe"
	"yibao/model"
)

// defaultObservations is where the advisor and `yibao observe` record when
// no file is named.
const defaultObservations = "observations.toml"

// recorder is where a desk's records go: the file given, or def when
// recording is used without one (read only once something is recorded);
// nil when there is neither.
func recorder(path, def string, b *book.Book, o IO) model.Recorder {
	switch {
	case path != "":
		return observe.NewFile(path, b, o.Now)
	case def != "":
		f := observe.NewFile(def, b, o.Now)
		f.Quiet = true
		return f
	}
	return nil
}

// observeOptions are what `yibao observe` takes: the consultation's
// questions, then the record's.
type observeOptions struct {
	Answers                map[consult.ID]*string
	Amount, Month, Channel string
	File                   string
	Data                   pathList
}

// runObserve records, from the command line, what one statement showed.
func runObserve(args []string, o IO) int {
	var opts observeOptions
	fs := newFlags("observe")
	opts.Answers = stepFlags(fs)
	amount, month, channel := observe.Questions()
	fs.StringVar(&opts.Amount, amount.Flag, "", "")
	fs.StringVar(&opts.Month, month.Flag, "", "")
	fs.StringVar(&opts.Channel, channel.Flag, "", "")
	fs.StringVar(&opts.File, "file", defaultObservations, "")
	fs.Var(&opts.Data, "data", "")
	if code, ok := parseNoArgs(fs, args, o); !ok {
		return code
	}
	return opts.run(givenSteps(fs, opts.Answers), o)
}

func (opts observeOptions) run(given map[consult.ID]string, o IO) int {
	today := book.DateOf(o.Now())
	if opts.Amount == "" {
		return bad(o, lang.T("缺少 --amount（这个月实际到账多少元，例如 75）", "missing --amount (yuan credited this month, e.g. 75)"))
	}
	amt, err := observe.ParseAmount(opts.Amount)
	if err != nil {
		return badErr(o, err)
	}
	month := observe.LastMonth(today)
	if opts.Month != "" {
		if month, err = observe.ParseMonth(opts.Month, today); err != nil {
			return badErr(o, err)
		}
	}
	ch, err := observe.ParseChannel(opts.Channel)
	if err != nil {
		return badErr(o, err)
	}
	b, ix, ok := openBook(opts.Data, o)
	if !ok {
		return exitDataError
	}
	a, err := consult.Fill(given, consult.Env{Places: ix, Today: today})
	if err != nil {
		return badErr(o, err)
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

// runDataObservations reviews records: by place and band, conflicts
// first; with --rules, a correction file of the agreed ones.
func runDataObservations(args []string, o IO) int {
	fs := newFlags("data observations")
	rules := fs.Bool("rules", false, "")
	var data pathList
	fs.Var(&data, "data", "")
	pos, code, ok := parse(fs, args, o)
	if !ok {
		return code
	}
	if len(pos) == 0 {
		return bad(o, lang.T("请写出记录文件，例如 yibao data observations observations.toml", "name the records file, e.g. yibao data observations observations.toml"))
	}
	b, _, ok := openBook(data, o)
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
	if *rules {
		fmt.Fprint(o.Out, observe.Rules(groups))
		return exitOK
	}
	fmt.Fprint(o.Out, observe.Report(groups))
	return exitOK
}
