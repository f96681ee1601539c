package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"yibao/data/book"
	"yibao/data/lang"
	"yibao/data/records"
)

// The records commands: review, rules, export and import. Each takes the
// store as its first argument, TARGET: a file path (SQLite) or a
// postgres:// URL; without it, YIBAO_RECORDS, else the user's own store
// (as the advisor and observe use).

// recordsTarget is the store a records command names.
func recordsTarget(pos []string, o IO) (string, error) {
	if len(pos) > 0 {
		return pos[0], nil
	}
	if t := records.TargetFromEnv(o.Env); t != "" {
		return t, nil
	}
	return records.DefaultPath(o.Env)
}

// openTarget opens a records command's store; where it cannot, one
// plain line says so, and ok is false. A command that only reads
// (review, rules, export) opens a store that exists: a SQLite file that
// is not there is said so, and none is created.
func openTarget(pos []string, o IO, onlyReads bool) (*records.Store, bool) {
	target, err := recordsTarget(pos, o)
	if err == nil && onlyReads && !records.IsPostgres(target) {
		if _, serr := os.Stat(target); errors.Is(serr, fs.ErrNotExist) {
			fmt.Fprintln(o.Err, "yibao: "+lang.F("找不到这个记录文件：%s（没有新建）。", "No records file there: %s (none was created).", lang.Clean(target)).Line())
			return nil, false
		}
	}
	return openStore(target, err, o)
}

// openBookAndStore opens the book and a records command's store; where
// either cannot be opened, one plain line says so, and ok is false.
func (f DataFlag) openBookAndStore(pos []string, o IO, onlyReads bool) (*book.Book, *records.Store, bool) {
	b, _, ok := f.openBook(o)
	if !ok {
		return nil, nil, false
	}
	s, ok := openTarget(pos, o, onlyReads)
	return b, s, ok
}

// failed prints a records command's error as one line and returns the
// data error code.
func failed(o IO, err error) int {
	fmt.Fprintln(o.Err, "yibao: "+lang.Escape(lang.Message(err).Line()))
	return exitDataError
}

// recordsReviewOptions are what `yibao records review` takes.
type recordsReviewOptions struct {
	JSON bool `flag:"json" zh:"输出 JSON" en:"print JSON"`
	DataFlag
}

// run reviews the records beside the book: by place, insurance, status,
// variant and band, conflicts first.
func (opts *recordsReviewOptions) run(pos []string, o IO) int {
	b, s, ok := opts.openBookAndStore(pos, o, true)
	if !ok {
		return exitDataError
	}
	defer s.Close()
	groups, err := records.Review(context.Background(), s, b, book.DateOf(o.Now()))
	if err != nil {
		return failed(o, err)
	}
	if !opts.JSON {
		fmt.Fprint(o.Out, records.Report(groups)) // names from the store escaped
		return exitOK
	}
	for i := range groups {
		// Names from the store, escaped as every text from a store.
		groups[i].PlaceName = lang.Escape(groups[i].PlaceName)
		groups[i].Variant = lang.Escape(groups[i].Variant)
		for j := range groups[i].Centres {
			groups[i].Centres[j].Centre = lang.Escape(groups[i].Centres[j].Centre)
		}
	}
	enc := json.NewEncoder(o.Out)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(groups); err != nil {
		return failed(o, err)
	}
	return exitOK
}

// recordsRulesOptions are what `yibao records rules` takes.
type recordsRulesOptions struct {
	Out string `flag:"out" arg:"FILE" required:"yes" zh:"写入的更正文件（整个写成或不写）" en:"the correction file written (whole or not at all)"`
	DataFlag
}

// run writes the desk rules the trust rule allows, where the book has
// no figure, as a correction file for --data.
func (opts *recordsRulesOptions) run(pos []string, o IO) int {
	if opts.Out == "" {
		return bad(o, lang.T("请用 --out 写出要写的文件，例如 --out desk.toml", "name the file to write with --out, e.g. --out desk.toml"))
	}
	b, s, ok := opts.openBookAndStore(pos, o, true)
	if !ok {
		return exitDataError
	}
	defer s.Close()
	today := book.DateOf(o.Now())
	groups, err := records.Review(context.Background(), s, b, today)
	if err != nil {
		return failed(o, err)
	}
	text, n := records.Rules(groups, b, today)
	if u := records.UnknownGroups(groups); u > 0 {
		fmt.Fprintln(o.Out, records.UnknownGroupsWords(u).Line())
	}
	if err := records.WriteRules(opts.Out, text, n); err != nil {
		return failed(o, err)
	}
	fmt.Fprintln(o.Out, lang.F("已写入 %d 条服务台规则：%s", "wrote %d desk rules to %s", n, lang.Clean(opts.Out)).Line())
	return exitOK
}

// recordsExportOptions are what `yibao records export` takes.
type recordsExportOptions struct {
	Since string `flag:"since" arg:"YYYY-MM" zh:"只导出这个月以来的记录" en:"only the records from this month on" none:"全部记录|every record"`
	Out   string `flag:"out" arg:"FILE" required:"yes" zh:"写入的 TOML 文件；超过 1 MB 接着写 FILE-2.toml 等" en:"the TOML file written; beyond 1 MB it goes on in FILE-2.toml and so on"`
}

// run writes the records, with their ids, as TOML that import reads.
func (opts *recordsExportOptions) run(pos []string, o IO) int {
	if opts.Out == "" {
		return bad(o, lang.T("请用 --out 写出要写的文件，例如 --out records.toml", "name the file to write with --out, e.g. --out records.toml"))
	}
	today := book.DateOf(o.Now())
	var since records.Month
	if opts.Since != "" {
		var err error
		if since, err = records.ParseMonth(opts.Since, today); err != nil {
			return badErr(o, err)
		}
	}
	s, ok := openTarget(pos, o, true)
	if !ok {
		return exitDataError
	}
	defer s.Close()
	files, n, err := records.Export(context.Background(), s, since, opts.Out)
	if err != nil {
		return failed(o, err)
	}
	for i := range files {
		files[i] = lang.Clean(files[i])
	}
	fmt.Fprintln(o.Out, lang.F("已导出 %d 条记录：%s", "exported %d records: %s", n, strings.Join(files, ", ")).Line())
	return exitOK
}

// recordsImportOptions are what `yibao records import` takes.
type recordsImportOptions struct {
	Centre string `flag:"centre" arg:"NAME" zh:"旧的 observations.toml 里的记录算作哪个服务中心（导出文件里的记录带着自己的）" en:"the centre of the records of old observations.toml files (an export's records carry their own)" none:"记录库自己保存的名字|the store's own name"`
	DataFlag
}

// run adds the records of export files and old observations.toml files,
// each record once (by its id), skipping a bad entry with a warning that
// names its file and line. The first argument is the store when more
// than one is given and it is a postgres:// URL or not a .toml file.
func (opts *recordsImportOptions) run(pos []string, o IO) int {
	var target []string
	if len(pos) > 1 && (records.IsPostgres(pos[0]) || !strings.HasSuffix(strings.ToLower(pos[0]), ".toml")) {
		target, pos = pos[:1], pos[1:]
	}
	if len(pos) == 0 {
		return bad(o, lang.T("请写出要导入的文件，例如 yibao records import records.toml", "name the files to import, e.g. yibao records import records.toml"))
	}
	b, s, ok := opts.openBookAndStore(target, o, false)
	if !ok {
		return exitDataError
	}
	defer s.Close()
	opt := records.ImportOptions{Book: b, Today: book.DateOf(o.Now()), Centre: records.Name(opts.Centre)}
	code := exitOK
	for _, path := range pos {
		got, err := records.ImportFile(context.Background(), s, path, opt)
		for _, w := range got.Warnings {
			fmt.Fprintln(o.Err, "yibao: "+lang.Escape(w.Line()))
		}
		if err != nil {
			code = failed(o, err)
			continue
		}
		fmt.Fprintln(o.Out, lang.F("%s：新增 %d 条，已有 %d 条", "%s: %d added, %d already kept", lang.Clean(path), got.Added, got.Known).Line())
	}
	return code
}
