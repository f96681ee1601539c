package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"yibao/data/book"
	"yibao/data/places"
	"yibao/data/records"

	"yibao/internal/fileerr"
	"yibao/model/line"
	"yibao/model/session"
	"yibao/views/lineview"

	tea "charm.land/bubbletea/v2"

	"yibao/data/lang"
	"yibao/model"
	"yibao/views"
)

// advisorOptions are what `yibao` (the advisor in this terminal) takes.
type advisorOptions struct {
	LangFlag
	DataFlag
	SlipDir     string `flag:"slip-dir" arg:"DIR" default:"slips" zh:"小票保存到这个文件夹" en:"the folder slips are saved in"`
	Plain       bool   `flag:"plain" zh:"逐行问答，适合读屏软件" en:"line by line, for screen readers"`
	RecordsFlag `none:"用户数据文件夹里的 yibao/records.db|yibao/records.db in the user's data folder"`
	CentreFlag
}

// run runs the advisor in this terminal: full screen, or line by line
// with --plain, when TERM=dumb, or when input or output is not a
// terminal.
func (opts *advisorOptions) run(pos []string, o IO) int {
	if len(pos) > 0 {
		return bad(o, lang.F("没有这个命令：%s（yibao help 查看用法）", "unknown command %s (see yibao help)", lang.Echo(pos[0])))
	}
	l, err := opts.language(o)
	if err != nil {
		return badErr(o, err)
	}
	b, ix, ok := opts.openBook(o)
	if !ok {
		return exitDataError
	}
	store := opts.openRecords(o, true)
	if store != nil {
		defer store.Close()
	}
	mo := localAdvisor(b, ix, l, o.Now, store, opts.Centre)
	in, out, width := o.Terminal()
	if opts.Plain || o.Getenv("TERM") == "dumb" || !in || !out {
		return lineMode(mo, o, width)
	}
	dir := opts.SlipDir
	mo.SaveSlip = func(name, again string, body []byte) (string, error) { return saveSlip(dir, name, again, body) }
	p := tea.NewProgram(model.New(mo), tea.WithInput(o.In), tea.WithOutput(o.Out), tea.WithEnvironment(o.Env), tea.WithFilter(model.Filter))
	if _, err := p.Run(); err != nil {
		fmt.Fprintln(o.Err, "yibao:", err)
		return exitDataError
	}
	return exitOK
}

// localAdvisor is the advisor as this terminal runs it, with every desk
// tool: it records into store (nil: no records) as the desk "local".
func localAdvisor(b *book.Book, ix *places.Index, l lang.Lang, now func() time.Time, store *records.Store, centre string) model.Options {
	return model.Options{Book: b, Places: ix, Lang: l, Now: now, Views: views.New(), Slips: true, Compare: true, Guides: true,
		Records: store, Desk: records.DeskLocal, Centre: centre}
}

// lineMode asks the questions line by line on plain input and output.
func lineMode(mo model.Options, o IO, width int) int {
	l := line.New(line.Options{Book: mo.Book, Places: mo.Places, Lang: mo.Lang, Now: mo.Now,
		Records: mo.Records, Desk: mo.Desk, Centre: mo.Centre, OnRecord: mo.OnRecord, OnRecordsError: mo.OnRecordsError})
	why := line.RunLines(context.Background(), l, line.LineIO{In: o.In, Out: o.Out, Width: width, Render: lineview.Output, Now: o.Now})
	if in, out, _ := o.Terminal(); in && out && why == session.EndNone {
		// Ctrl+D at a terminal: say so rather than stop mid-question.
		fmt.Fprintln(o.Out, "\n"+lang.T("输入结束，再见。", "Input ended; goodbye.").In(mo.Lang))
	}
	return exitOK
}

// misplacedCommand finds a command written after the advisor's own flags
// (yibao --lang en advise ...), so that the message names the real slip
// rather than calling the command's flags unknown.
func misplacedCommand(args []string) string {
	decls := map[string]flagDecl{}
	for _, d := range advisor().flags() {
		decls[d.Name] = d
	}
	for i, a := range args {
		if a == "--" {
			return ""
		}
		if !isCommandWord(a) {
			continue
		}
		if i == 0 {
			return a
		}
		prev := strings.TrimLeft(args[i-1], "-")
		d, ok := decls[prev]
		if !strings.HasPrefix(args[i-1], "-") || strings.Contains(prev, "=") || !ok || d.Switch {
			return a // not the value of the flag before it
		}
	}
	return ""
}

// saveSlip writes a slip into dir under name, adding -2, -3 ... rather
// than overwrite another person's, and returns the path; again, the path
// it gave for this person's slip before, is written again instead.
// Failures are said plainly, with the path.
func saveSlip(dir, name, again string, body []byte) (string, error) {
	if again != "" {
		return again, fileerr.Write(again, os.WriteFile(again, body, 0o600))
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fileerr.Write(dir, err)
	}
	base := strings.TrimSuffix(name, ".txt")
	for i := 1; i < 1000; i++ {
		p := filepath.Join(dir, name)
		if i > 1 {
			p = filepath.Join(dir, fmt.Sprintf("%s-%d.txt", base, i))
		}
		f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if errors.Is(err, os.ErrExist) {
			continue
		}
		if err != nil {
			return "", fileerr.Write(p, err)
		}
		if _, err := f.Write(body); err != nil {
			f.Close()
			return "", fileerr.Write(p, err)
		}
		return p, fileerr.Write(p, f.Close())
	}
	return "", lang.Errorf("文件夹 %s 里同名的小票太多了", "too many slips of this name in %s", lang.Clean(dir))
}
