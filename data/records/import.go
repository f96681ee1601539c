package records

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"math"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"yibao/data/book"
	"yibao/data/internal/tomlpos"
	"yibao/data/lang"
)

// MaxImportBytes bounds a file import reads, so that no file costs more
// than a moment and a little memory.
const MaxImportBytes = 1 << 20

// maxNesting is how deep tables and arrays may nest in an import file.
const maxNesting = 4

// Imported is what an import did.
type Imported struct {
	Added    int         // records new to the store
	Known    int         // records the store already held (by id or consultation)
	Warnings []lang.Text // entries skipped, each naming its file and line
}

// ImportOptions are what an import needs besides the files.
type ImportOptions struct {
	Book  *book.Book
	Today book.Date
	// Centre is given to records of the earlier observations.toml format,
	// which kept none; the store's own centre when empty.
	Centre string
}

// ImportFile adds a file's records to the store: an export file's
// [[record]] entries, or the earlier observations.toml format's
// [[observation]] entries (each given a stable id from its content and
// position, so that importing the same old file twice adds nothing).
// Records already in the store are left as they are; an entry that does
// not read is skipped with a warning that names the file and line. An
// error means the file was not read at all (or the store refused the
// records, and then none was added).
func ImportFile(ctx context.Context, s *Store, path string, opt ImportOptions) (Imported, error) {
	fh, err := os.Open(path)
	if err != nil {
		return Imported{}, lang.Errorf("%s 打不开", "%s cannot be opened", lang.Echo(path))
	}
	defer fh.Close()
	if info, err := fh.Stat(); err != nil || !info.Mode().IsRegular() {
		return Imported{}, lang.Errorf("%s 不是普通文件", "%s is not a regular file", lang.Echo(path))
	}
	content, err := io.ReadAll(io.LimitReader(fh, MaxImportBytes+1))
	if err != nil {
		return Imported{}, lang.Errorf("%s 读不出来", "%s cannot be read", lang.Echo(path))
	}
	return Import(ctx, s, path, content, opt)
}

// Import is ImportFile for content already read, under a name.
func Import(ctx context.Context, s *Store, name string, content []byte, opt ImportOptions) (Imported, error) {
	recs, warnings, err := parseImport(name, content, opt)
	if err != nil {
		return Imported{}, err
	}
	if opt.Centre == "" && slices.ContainsFunc(recs, func(r Record) bool { return r.Centre == "" }) {
		c, err := s.Centre(ctx)
		if err != nil {
			return Imported{}, err
		}
		for i := range recs {
			if recs[i].Centre == "" {
				recs[i].Centre = c
			}
		}
	}
	added, err := s.Add(ctx, recs)
	if err != nil {
		return Imported{Warnings: warnings}, err
	}
	return Imported{Added: added, Known: len(recs) - added, Warnings: warnings}, nil
}

// rawFile is an import file: export records or earlier observations.
type rawFile struct {
	Record      []rawRecord `toml:"record"`
	Observation []rawRecord `toml:"observation"`
}

type rawRecord struct {
	ID           string    `toml:"id"`
	Centre       string    `toml:"centre"`
	Desk         string    `toml:"desk"`
	Consultation string    `toml:"consultation"`
	Place        string    `toml:"place"`
	Insurance    string    `toml:"insurance"`
	Status       string    `toml:"status"`
	Variant      string    `toml:"variant"`
	MinAge       *int      `toml:"min_age"`
	MaxAge       *int      `toml:"max_age"`
	Amount       *float64  `toml:"amount"`
	Month        string    `toml:"month"`
	Channel      string    `toml:"channel"`
	Week         string    `toml:"week"`
	Day          book.Date `toml:"day"` // the earlier format only
}

// preScan refuses, before decoding, a file whose shape could cost the
// decoder far more than its size: tables and arrays nested too deeply
// (and, where tomlpos offers it, dotted key paths deeper or longer than a
// records file uses). It returns the line at fault.
func preScan(content []byte) (line int, msg lang.Text, ok bool) {
	return tomlpos.Prescan(content, maxNesting)
}

// parseImport reads a file's entries, skipping bad ones with a warning.
func parseImport(name string, content []byte, opt ImportOptions) ([]Record, []lang.Text, error) {
	where := func(line int) string {
		w := lang.Echo(name)
		if line > 0 {
			w += ":" + strconv.Itoa(line)
		}
		return w
	}
	at := func(line int, msg lang.Text) *lang.Error {
		return &lang.Error{Msg: lang.T(where(line)+"："+msg.Zh, where(line)+": "+msg.En)}
	}
	if len(content) > MaxImportBytes {
		return nil, nil, at(0, lang.F("文件太大（超过 %d MB）；请分成几个文件（records export 会自动分开）", "the file is too large (over %d MB); split it (records export does)", MaxImportBytes>>20))
	}
	if line, msg, ok := preScan(content); !ok {
		return nil, nil, at(line, lang.T("这不是记录文件："+msg.Zh, "this is not a records file: "+msg.En))
	}
	var raw rawFile
	md, err := toml.Decode(string(content), &raw)
	if err != nil {
		line, _, _, msg := tomlpos.Explain(err)
		return nil, nil, at(line, msg)
	}
	var keys *tomlpos.Keys // indexed only when a warning needs a line
	lineOf := func(path string) int {
		if keys == nil {
			keys = tomlpos.Index(content)
		}
		return keys.Line(path)
	}
	skipped := map[string]bool{}
	var warnings []lang.Text
	warn := func(path string, line int, msg lang.Text) {
		if line == 0 {
			line = lineOf(path)
		}
		skipped[path] = true
		warnings = append(warnings, lang.T(where(line)+"："+msg.Zh+"；这一条跳过了", where(line)+": "+msg.En+"; this entry was skipped"))
	}
	for _, k := range md.Undecoded() {
		path := k.String()
		entry := path
		if len(k) >= 1 {
			entry = entryOf(path)
		}
		if entry == "" {
			return nil, nil, at(lineOf(path), lang.F("未知的键 %s：这不像是记录文件", "unknown key %s: this does not look like a records file", lang.Echo(path)))
		}
		if !skipped[entry] {
			warn(entry, lineOf(path), lang.F("未知的键 %s", "unknown key %s", lang.Echo(path)))
		}
	}
	var out []Record
	for _, part := range []struct {
		table string
		list  []rawRecord
	}{{"record", raw.Record}, {"observation", raw.Observation}} {
		for i, r := range part.list {
			path := part.table + "[" + strconv.Itoa(i+1) + "]"
			if skipped[path] {
				continue
			}
			rec, key, msg := r.check(part.table == "observation", i, opt)
			if key != "" {
				warn(path, lineOf(path+"."+key), msg)
				continue
			}
			out = append(out, rec)
		}
	}
	return out, warnings, nil
}

// entryRE finds the entry a key path belongs to: "record[3]" of
// "record[3].colour".
var entryRE = regexp.MustCompile(`^((?:record|observation)\[\d+\])`)

func entryOf(path string) string {
	if m := entryRE.FindStringSubmatch(path); m != nil {
		return m[1]
	}
	return ""
}

// nameOK reports whether an id, a centre or a desk is 1 to 64 letters,
// digits and the marks . _ @ -.
func nameOK(s string) bool {
	if s == "" || len(s) > 64*utf8.UTFMax {
		return false
	}
	n := 0
	for _, r := range s {
		n++
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("._@-", r) {
			return false
		}
	}
	return n <= 64
}

// check turns a raw entry into a record, or names the key that is wrong
// and why. An entry of the earlier format (old) gets a stable id from its
// content and its position i in the file.
func (r rawRecord) check(old bool, i int, opt ImportOptions) (Record, string, lang.Text) {
	rec := Record{ID: r.ID, Centre: r.Centre, Desk: r.Desk, Consultation: r.Consultation, Place: r.Place,
		Insurance: book.Insurance(r.Insurance), Status: book.Status(r.Status), Variant: r.Variant}
	bad := func(key string, zh, en string, v string) (Record, string, lang.Text) {
		return rec, key, lang.F(zh, en, lang.Echo(v))
	}
	if old {
		if r.Day.IsZero() || opt.Today.Before(r.Day) || r.Day.Year < 1998 {
			return rec, "day", lang.T("记录日期缺少或不对", "the day recorded is missing or wrong")
		}
		rec.Week = WeekOf(r.Day)
		rec.Centre, rec.Desk = opt.Centre, DeskLocal
	} else {
		for _, f := range []struct{ key, v string }{{"id", r.ID}, {"centre", r.Centre}, {"desk", r.Desk}, {"consultation", r.Consultation}} {
			if !nameOK(f.v) {
				return bad(f.key, "%s 缺少或不对", "%s is missing or wrong", f.key)
			}
		}
		w, ok := parseWeek(r.Week)
		if !ok || opt.Today.Before(weekStart(w)) {
			return bad("week", "记录的周 %q 不对", "the week recorded, %q, is wrong", r.Week)
		}
		rec.Week = w
	}
	switch {
	case len(r.Place) != 6 || opt.Book != nil && !opt.Book.Known(r.Place):
		return bad("place", "地区代码 %q 不对", "the place code %q is wrong", r.Place)
	case !slices.Contains(book.Insurances(), rec.Insurance):
		return bad("insurance", "参保类型 %q 不对", "the insurance %q is wrong", r.Insurance)
	case rec.Status != "" && !slices.Contains(book.Statuses(), rec.Status):
		return bad("status", "退休状态 %q 不对", "the status %q is wrong", r.Status)
	case rec.Variant != "" && !nameOK(rec.Variant):
		return bad("variant", "分组 %q 不对", "the variant %q is wrong", r.Variant)
	case r.MinAge == nil || r.MaxAge == nil || *r.MinAge < 0 || *r.MaxAge > book.MaxAge || *r.MinAge > *r.MaxAge:
		return rec, "min_age", lang.T("年龄段要有 min_age 和 max_age，在 0 到 120 之间", "the age band needs min_age and max_age, from 0 to 120")
	case r.Amount == nil || *r.Amount <= 0 || *r.Amount > MaxAmount:
		return rec, "amount", lang.F("金额缺少，或不在 0 到 %d 元之间", "the amount is missing or not between 0 and %d yuan", MaxAmount)
	}
	rec.Band = Band{*r.MinAge, *r.MaxAge}
	rec.Amount = book.Yuan(*r.Amount)
	if math.Abs(rec.Amount.Float()-*r.Amount) > 1e-9 {
		return rec, "amount", lang.T("金额最多两位小数，例如 75 或 75.50", "an amount has at most two decimals, e.g. 75 or 75.50")
	}
	var err error
	if rec.Month, err = ParseMonth(r.Month, opt.Today); err != nil || r.Month != rec.Month.String() {
		return bad("month", "月份 %q 不对（写成 2026-11，不能晚于今天）", "the month %q is wrong (write 2026-11, not after today)", r.Month)
	}
	if rec.Channel, err = ParseChannel(r.Channel); err != nil || r.Channel != string(rec.Channel) {
		return bad("channel", "渠道 %q 不对", "the channel %q is wrong", r.Channel)
	}
	if old {
		rec.ID = oldID(rec, r.Day, i)
		rec.Consultation = rec.ID
	}
	return rec, "", lang.Text{}
}

// oldID is the stable id of an entry of the earlier format: a hash of
// its content and its position in the file.
func oldID(r Record, day book.Date, i int) string {
	h := sha256.Sum256(fmt.Appendf(nil, "observation\x00%d\x00%s\x00%s\x00%s\x00%d-%d\x00%d\x00%s\x00%s\x00%s",
		i, r.Place, r.Insurance, r.Status, r.Band.Min, r.Band.Max, r.Amount, r.Month, r.Channel, day))
	return hex.EncodeToString(h[:16])
}

// nothingToExport says plainly that there was nothing to write.
func nothingToExport(since Month) error {
	if since.IsZero() {
		return lang.Errorf("没有记录可以导出；没有写文件。", "There are no records to export; no file was written.")
	}
	return lang.Errorf("%s 以来没有记录可以导出；没有写文件。", "There are no records since %s to export; no file was written.", since)
}
