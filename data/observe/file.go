package observe

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"

	"yibao/data/book"
	"yibao/data/internal/tomlpos"
	"yibao/data/lang"
)

// The file is TOML, one [[observation]] table a record, written by
// Append in one piece:
//
//	[[observation]]
//	place = "110100"
//	insurance = "employee"
//	status = "retired"
//	min_age = 70
//	max_age = 120
//	amount = 107.0
//	month = "2026-11"
//	channel = "app"
//	day = 2026-12-01

// Header starts a new file: what it is and what it never holds.
const Header = "# yibao: what this desk saw on people's own statements. One [[observation]] a\n" +
	"# record: place, insurance, status, age band, amount, month, channel, day.\n" +
	"# No names, ID numbers, exact ages or times are kept.\n"

// Limits on a file read, so that a wrong path cannot exhaust memory.
const (
	maxFileBytes = 8 << 20
	maxNesting   = 4
)

type rawFile struct {
	Observation []rawObservation `toml:"observation"`
}

type rawObservation struct {
	Place     string    `toml:"place"`
	Insurance string    `toml:"insurance"`
	Status    string    `toml:"status"`
	MinAge    *int      `toml:"min_age"`
	MaxAge    *int      `toml:"max_age"`
	Amount    *float64  `toml:"amount"`
	Month     string    `toml:"month"`
	Channel   string    `toml:"channel"`
	Day       book.Date `toml:"day"`
}

// Format writes one record as the file holds it.
func Format(o Observation) string {
	var b strings.Builder
	b.WriteString("\n[[observation]]\n")
	fmt.Fprintf(&b, "place = %q\ninsurance = %q\n", o.Place, o.Insurance)
	if o.Status != "" {
		fmt.Fprintf(&b, "status = %q\n", o.Status)
	}
	fmt.Fprintf(&b, "min_age = %d\nmax_age = %d\n", o.Band.Min, o.Band.Max)
	fmt.Fprintf(&b, "amount = %s\nmonth = %q\n", strconv.FormatFloat(o.Amount.Float(), 'f', 2, 64), o.Month)
	if o.Channel != "" {
		fmt.Fprintf(&b, "channel = %q\n", o.Channel)
	}
	fmt.Fprintf(&b, "day = %s\n", o.Day)
	return b.String()
}

// Parse reads a file's records, checking each against the book (when b
// is not nil) and today's date. A problem is one error in both languages
// with the file and line, and then no record is returned: a file that
// does not read is never used, nor added to.
func Parse(name string, content []byte, b *book.Book, today book.Date) ([]Observation, error) {
	at := func(line int, msg lang.Text) error {
		where := lang.Clean(name)
		if line > 0 {
			where += ":" + strconv.Itoa(line)
		}
		return &lang.Error{Msg: lang.T(where+"："+lang.Escape(msg.Zh), where+": "+lang.Escape(msg.En))}
	}
	if len(content) > maxFileBytes {
		return nil, at(0, lang.F("文件太大（超过 %d MB），不像是服务台的记录", "the file is too large (over %d MB) to be a desk's records", maxFileBytes>>20))
	}
	if line, msg, ok := tomlpos.Prescan(content, maxNesting); !ok {
		return nil, at(line, lang.T("这不是服务台的记录文件："+msg.Zh, "this is not a desk's records: "+msg.En))
	}
	var raw rawFile
	md, err := toml.Decode(string(content), &raw)
	if err != nil {
		line, _, _, msg := tomlpos.Explain(err)
		return nil, at(line, msg)
	}
	keys := tomlpos.Index(content)
	if und := md.Undecoded(); len(und) > 0 {
		return nil, at(keys.Line(und[0].String()), lang.F("未知的键 %s：这不像是服务台的记录文件", "unknown key %s: this does not look like a desk's records", lang.Echo(und[0].String())))
	}
	out := make([]Observation, 0, len(raw.Observation))
	for i, r := range raw.Observation {
		path := "observation[" + strconv.Itoa(i+1) + "]"
		o, key, msg := r.check(b, today)
		if key != "" {
			line := keys.Line(path + "." + key)
			if line == 0 {
				line = keys.Line(path)
			}
			return nil, at(line, msg)
		}
		out = append(out, o)
	}
	return out, nil
}

// check turns a raw record into an observation, or names the key that is
// wrong and why.
func (r rawObservation) check(b *book.Book, today book.Date) (Observation, string, lang.Text) {
	o := Observation{Place: r.Place, Insurance: book.Insurance(r.Insurance), Status: book.Status(r.Status), Day: r.Day}
	switch {
	case len(r.Place) != 6 || b != nil && !b.Known(r.Place):
		return o, "place", lang.F("地区代码 %q 不对", "the place code %q is wrong", lang.Echo(r.Place))
	case !slices.Contains(book.Insurances(), o.Insurance):
		return o, "insurance", lang.F("参保类型 %q 不对", "the insurance %q is wrong", lang.Echo(r.Insurance))
	case o.Status != "" && !slices.Contains(book.Statuses(), o.Status):
		return o, "status", lang.F("退休状态 %q 不对", "the status %q is wrong", lang.Echo(r.Status))
	case r.MinAge == nil || r.MaxAge == nil || *r.MinAge < 0 || *r.MaxAge > 120 || *r.MinAge > *r.MaxAge:
		return o, "min_age", lang.T("年龄段要有 min_age 和 max_age，在 0 到 120 之间", "the age band needs min_age and max_age, from 0 to 120")
	case r.Amount == nil:
		return o, "amount", lang.T("缺少金额", "the amount is missing")
	}
	o.Band = Band{*r.MinAge, *r.MaxAge}
	amount, err := ParseAmount(strconv.FormatFloat(*r.Amount, 'f', 2, 64))
	switch {
	case *r.Amount <= 0 || *r.Amount > MaxAmount:
		_, err = ParseAmount("0")
		return o, "amount", lang.Message(err)
	case err != nil || math.Abs(amount.Float()-*r.Amount) > 1e-9:
		return o, "amount", lang.T("金额最多两位小数，例如 75 或 75.50", "an amount has at most two decimals, e.g. 75 or 75.50")
	}
	o.Amount = amount
	if o.Month, err = ParseMonth(r.Month, today); err != nil {
		return o, "month", lang.Message(err)
	}
	if o.Channel, err = ParseChannel(r.Channel); err != nil || r.Channel != string(o.Channel) {
		return o, "channel", lang.F("渠道 %q 不对", "the channel %q is wrong", lang.Echo(r.Channel))
	}
	if r.Day.IsZero() || today.Before(r.Day) || r.Day.Year < 1998 {
		return o, "day", lang.T("记录日期缺少或不对", "the day recorded is missing or wrong")
	}
	return o, "", lang.Text{}
}
