// Command yibao tells Chinese retirees how much goes into their
// medical-insurance personal account each month, whether it applies to
// them and how to check the balance.
//
//	yibao                      the advisor in this terminal
//	yibao advise ...           one answer for scripts and slips
//	yibao data check PATH...   check local correction files
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"
	"github.com/charmbracelet/x/term"
	"golang.org/x/text/encoding/simplifiedchinese"

	"yibao/data"
	"yibao/kiosk"
	"yibao/model"
	"yibao/views"
)

// Exit codes.
const (
	exitOK        = 0
	exitDataError = 1
	exitBadInput  = 2
)

func main() {
	restore := utf8Console()
	code := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, time.Now)
	restore()
	os.Exit(code)
}

// run dispatches a command line and returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer, now func() time.Time) int {
	if len(args) > 0 {
		switch args[0] {
		case "advise":
			return advise(args[1:], stdout, stderr, now)
		case "data":
			return dataCmd(args[1:], stdout, stderr, now)
		case "serve":
			return serve(args[1:], stdout, stderr, now)
		case "guide":
			return guide(args[1:], stdout, stderr)
		case "help", "-h", "-help", "--help":
			fmt.Fprint(stdout, usage)
			return exitOK
		}
	}
	return advisor(args, stdin, stdout, stderr, now)
}

const usage = `yibao: 医保个人账户每月划入多少、怎么查余额
       how much goes into the medical-insurance personal account, and how to check it

  yibao [--lang zh|en] [--data PATH] [--slip-dir DIR] [--plain]
                                         在本终端使用问答界面 / the advisor in this terminal
                                         (--plain：逐行问答，适合读屏软件 / line by line, for screen readers)
  yibao advise --insurance employee|flexible|resident --city 城市 --age 年龄
               --status working|retired|not-retired [--base 元] [--lang zh|en] [--json] [--data PATH]
               [--slip [--width 32|48] [--encoding utf-8|gb18030]]
                                         一次性输出建议或小票 / one answer for scripts and slips
  yibao guide [TOPIC] [--lang zh|en]     更多帮助 / more-help guides
  yibao data check PATH...               检查本地更正文件 / check local correction files
  yibao serve [--listen 127.0.0.1:23234] [--host-key FILE] [--idle 15m] [--max-session 2h]
              [--max-sessions 200] [--rate 1] [--burst 20] [--auth none|password|keys]
              [--password-file FILE] [--authorized-keys FILE] [--data PATH] [--lang zh|en]
                                         SSH 服务台 / the SSH kiosk for a community centre
`

// newFlags makes a flag set that reports errors in our own words.
func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// parse reads a command's flags; on -h it prints the usage, on a bad flag
// one bilingual line, and ok is false with the exit code to return.
func parse(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) (pos []string, code int, ok bool) {
	// Flags may come after the arguments (yibao guide transfer --lang en);
	// everything after "--" is an argument.
	for {
		err := fs.Parse(args)
		switch {
		case errors.Is(err, flag.ErrHelp):
			fmt.Fprint(stdout, usage)
			return nil, exitOK, false
		case err != nil:
			return nil, bad(stderr, flagError(err)), false
		}
		rest := fs.Args()
		used := len(args) - len(rest)
		if len(rest) == 0 || used > 0 && args[used-1] == "--" {
			return append(pos, rest...), exitOK, true
		}
		pos, args = append(pos, rest[0]), rest[1:]
	}
}

// parseNoArgs parses the flags of a command that takes no arguments.
func parseNoArgs(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) (code int, ok bool) {
	pos, code, ok := parse(fs, args, stdout, stderr)
	if ok && len(pos) > 0 {
		return bad(stderr, fmt.Sprintf("多余的参数：%s / unexpected argument %s", pos[0], pos[0])), false
	}
	return code, ok
}

// misplacedCommand finds a command written after the advisor's own flags
// (yibao --lang en advise ...), so that the message names the real slip
// rather than calling the command's flags unknown.
func misplacedCommand(fs *flag.FlagSet, args []string) string {
	for i, a := range args {
		if a == "--" {
			return ""
		}
		switch a {
		case "advise", "data", "serve", "guide", "help":
		default:
			continue
		}
		if i == 0 {
			return a
		}
		prev := strings.TrimLeft(args[i-1], "-")
		f := fs.Lookup(prev)
		if !strings.HasPrefix(args[i-1], "-") || strings.Contains(prev, "=") || f == nil {
			return a
		}
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
			return a // a switch takes no value
		}
	}
	return ""
}

// flagError turns a flag parsing error into one bilingual line.
func flagError(err error) string {
	msg := err.Error()
	switch {
	case strings.HasPrefix(msg, "flag provided but not defined: "):
		f := strings.TrimPrefix(msg, "flag provided but not defined: ")
		return fmt.Sprintf("没有这个选项：%s（yibao help 查看用法） / unknown option %s (see yibao help)", f, f)
	case strings.HasPrefix(msg, "flag needs an argument: "):
		f := strings.TrimPrefix(msg, "flag needs an argument: ")
		return fmt.Sprintf("选项 %s 后面要写一个值 / option %s needs a value", f, f)
	}
	return "命令行有误：" + msg + " / bad command line: " + msg
}

// bad prints one line about bad input and returns its exit code.
func bad(stderr io.Writer, line string) int {
	fmt.Fprintln(stderr, "yibao: "+line)
	return exitBadInput
}

// openBook loads the book with local files; problems go to stderr.
func openBook(paths []string, stderr io.Writer) (*data.Book, bool) {
	b, err := data.Open(paths...)
	if err != nil {
		fmt.Fprintln(stderr, "yibao: 数据有误，请修正后再试 / the data has problems; fix them and retry:")
		fmt.Fprintln(stderr, err)
		return nil, false
	}
	return b, true
}

// pathList collects repeated --data flags.
type pathList []string

func (p *pathList) String() string     { return strings.Join(*p, ",") }
func (p *pathList) Set(v string) error { *p = append(*p, v); return nil }

// advisor runs the advisor in this terminal: full screen, or line by line
// with --plain, when TERM=dumb, or when input or output is not a terminal.
func advisor(args []string, stdin io.Reader, stdout, stderr io.Writer, now func() time.Time) int {
	fs := newFlags("yibao")
	lang := fs.String("lang", "", "")
	slipDir := fs.String("slip-dir", "slips", "")
	plain := fs.Bool("plain", false, "")
	var paths pathList
	fs.Var(&paths, "data", "")
	if c := misplacedCommand(fs, args); c != "" {
		return bad(stderr, fmt.Sprintf("命令要写在最前面：yibao %s ... / put the command first: yibao %s ...", c, c))
	}
	pos, code, ok := parse(fs, args, stdout, stderr)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return bad(stderr, fmt.Sprintf("没有这个命令：%s（yibao help 查看用法） / unknown command %s (see yibao help)", pos[0], pos[0]))
	}
	l := data.LangFromEnv(os.Environ())
	if *lang != "" {
		var err error
		if l, err = data.ParseLang(*lang); err != nil {
			return bad(stderr, err.Error())
		}
	}
	opts := model.Options{Lang: l, Now: now, Renderer: views.New(), Slips: true, Compare: true, Guides: true}
	if len(paths) > 0 {
		b, ok := openBook(paths, stderr)
		if !ok {
			return exitDataError
		}
		opts.Book = b
	}
	if *plain || os.Getenv("TERM") == "dumb" || !isTerminal(os.Stdin) || !isTerminal(os.Stdout) {
		return lineMode(opts, stdin, stdout, stderr)
	}
	dir := *slipDir
	opts.SaveSlip = func(name string, body []byte) (string, error) { return saveSlip(dir, name, body) }
	if _, err := tea.NewProgram(model.New(opts)).Run(); err != nil {
		fmt.Fprintln(stderr, "yibao:", err)
		return exitDataError
	}
	return exitOK
}

// lineMode asks the questions line by line on plain input and output.
func lineMode(opts model.Options, stdin io.Reader, stdout, stderr io.Writer) int {
	if opts.Book == nil {
		b, ok := openBook(nil, stderr)
		if !ok {
			return exitDataError
		}
		opts.Book = b
	}
	l := model.NewLine(opts)
	in := bufio.NewScanner(stdin)
	for !l.Done {
		fmt.Fprint(stdout, views.LineOutput(l, views.LineWidth))
		if !in.Scan() {
			return exitOK
		}
		l.Answer(in.Text())
	}
	return exitOK
}

// saveSlip writes a slip into dir under name, adding -2, -3 ... rather
// than overwrite an earlier one, and returns the path.
func saveSlip(dir, name string, body []byte) (string, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
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
			return "", err
		}
		if _, err := f.Write(body); err != nil {
			f.Close()
			return "", err
		}
		return p, f.Close()
	}
	return "", errors.New("too many slips with this name")
}

func isTerminal(f *os.File) bool { return term.IsTerminal(f.Fd()) }

// advise answers once, as a text slip or JSON.
func advise(args []string, stdout, stderr io.Writer, now func() time.Time) int {
	fs := newFlags("advise")
	insurance := fs.String("insurance", "", "")
	city := fs.String("city", "", "")
	age := fs.String("age", "", "")
	status := fs.String("status", "", "")
	base := fs.String("base", "", "")
	lang := fs.String("lang", "zh", "")
	asJSON := fs.Bool("json", false, "")
	slip := fs.Bool("slip", false, "")
	encoding := fs.String("encoding", "utf-8", "")
	width := fs.Int("width", 0, "")
	var paths pathList
	fs.Var(&paths, "data", "")
	if code, ok := parseNoArgs(fs, args, stdout, stderr); !ok {
		return code
	}
	l, err := data.ParseLang(*lang)
	if err != nil {
		return bad(stderr, err.Error())
	}
	if *insurance == "" {
		return bad(stderr, "缺少 --insurance（employee 职工、flexible 灵活就业 或 resident 居民） / --insurance is missing (employee, flexible or resident)")
	}
	ins, err := data.ParseInsurance(*insurance)
	if err != nil {
		return bad(stderr, err.Error())
	}
	if *city == "" {
		return bad(stderr, "缺少 --city（城市的汉字、拼音、首字母或代码） / --city is missing (hanzi, pinyin, initials or code)")
	}
	p := data.Profile{Insurance: ins}
	today := data.DateOf(now())
	if *age == "" {
		return bad(stderr, "缺少 --age（年龄或出生年份） / --age is missing (age or birth year)")
	}
	if p.Age, p.BirthYear, err = data.ParseAge(*age, today); err != nil {
		return bad(stderr, err.Error())
	}
	if *status == "" {
		return bad(stderr, "缺少 --status（working 在职、retired 已退休 或 not-retired 到龄未办退休） / --status is missing (working, retired or not-retired)")
	}
	if p.Status, err = data.ParseStatus(*status); err != nil {
		return bad(stderr, err.Error())
	}
	if *base != "" {
		m, err := data.ParseBase(*base)
		if err != nil {
			return bad(stderr, err.Error())
		}
		p.Base = &m
	}
	switch {
	case *width == 0 && *slip:
		*width = 32
	case *width == 0:
		*width = 72
	case *width < 24 || *width > 200:
		return bad(stderr, "--width 应在 24 到 200 之间 / --width must be from 24 to 200")
	}
	enc := strings.ToLower(*encoding)
	if enc != "utf-8" && enc != "utf8" && enc != "gb18030" {
		return bad(stderr, "--encoding 应为 utf-8 或 gb18030 / --encoding must be utf-8 or gb18030")
	}
	book, ok := openBook(paths, stderr)
	if !ok {
		return exitDataError
	}
	place, err := book.Lookup(*city)
	if err != nil {
		var pe *data.PlaceError
		if errors.As(err, &pe) {
			msg := pe.Message(book)
			return bad(stderr, msg.Zh+" / "+msg.En)
		}
		return bad(stderr, err.Error())
	}
	a := book.Advise(place, p, today)
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(a.JSON(l)); err != nil {
			fmt.Fprintln(stderr, "yibao:", err)
			return exitDataError
		}
		return exitOK
	}
	text := views.Report(a, l, *width)
	if *slip {
		text = views.Slip(a, l, *width, nil)
	}
	if enc == "gb18030" {
		// ESC/POS receipt printers take GB18030 bytes.
		b, err := simplifiedchinese.GB18030.NewEncoder().String(text)
		if err != nil {
			fmt.Fprintln(stderr, "yibao: GB18030:", err)
			return exitDataError
		}
		text = b
	}
	fmt.Fprint(stdout, text)
	return exitOK
}

// guide prints a more-help guide, or the list of topics.
func guide(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("guide")
	lang := fs.String("lang", "zh", "")
	width := fs.Int("width", 72, "")
	pos, code, ok := parse(fs, args, stdout, stderr)
	if !ok {
		return code
	}
	l, err := data.ParseLang(*lang)
	if err != nil {
		return bad(stderr, err.Error())
	}
	if *width < 24 || *width > 200 {
		return bad(stderr, "--width 应在 24 到 200 之间 / --width must be from 24 to 200")
	}
	book, ok := openBook(nil, stderr)
	if !ok {
		return exitDataError
	}
	if len(pos) == 0 {
		fmt.Fprint(stdout, views.GuideIndex(book.Guides(), l))
		return exitOK
	}
	if len(pos) > 1 {
		return bad(stderr, fmt.Sprintf("多余的参数：%s / unexpected argument %s", pos[1], pos[1]))
	}
	g, found := book.Guide(pos[0])
	if !found {
		var ids []string
		for _, g := range book.Guides() {
			ids = append(ids, g.ID)
		}
		return bad(stderr, fmt.Sprintf("没有这个主题：%s（可以用：%s） / no such topic: %s (topics: %s)",
			pos[0], strings.Join(ids, "、"), pos[0], strings.Join(ids, ", ")))
	}
	fmt.Fprintln(stdout, strings.Join(views.GuideLines(g, l, *width), "\n"))
	return exitOK
}

// serve runs the SSH kiosk until SIGINT or SIGTERM, then shuts down
// gracefully within 10 seconds.
func serve(args []string, stdout, stderr io.Writer, now func() time.Time) int {
	fs := newFlags("serve")
	cfg := kiosk.Config{Now: now}
	fs.StringVar(&cfg.Listen, "listen", kiosk.DefaultListen, "")
	fs.StringVar(&cfg.HostKeyPath, "host-key", "", "")
	fs.DurationVar(&cfg.Idle, "idle", kiosk.DefaultIdle, "")
	fs.DurationVar(&cfg.MaxSession, "max-session", kiosk.DefaultMaxSession, "")
	fs.IntVar(&cfg.MaxSessions, "max-sessions", kiosk.DefaultMaxSessions, "")
	fs.Float64Var(&cfg.Rate, "rate", kiosk.DefaultRate, "")
	fs.IntVar(&cfg.Burst, "burst", kiosk.DefaultBurst, "")
	fs.StringVar(&cfg.Auth, "auth", "none", "")
	fs.StringVar(&cfg.PasswordFile, "password-file", "", "")
	fs.StringVar(&cfg.AuthorizedKeys, "authorized-keys", "", "")
	lang := fs.String("lang", "", "")
	var paths pathList
	fs.Var(&paths, "data", "")
	if code, ok := parseNoArgs(fs, args, stdout, stderr); !ok {
		return code
	}
	if *lang != "" {
		l, err := data.ParseLang(*lang)
		if err != nil {
			return bad(stderr, err.Error())
		}
		cfg.Lang = l
	}
	if cfg.HostKeyPath == "" {
		dir, err := os.UserConfigDir()
		if err != nil {
			return bad(stderr, "找不到用户配置目录，请用 --host-key 指定主机密钥文件 / no user config folder; give the host key file with --host-key")
		}
		cfg.HostKeyPath = filepath.Join(dir, "yibao", "ssh_host_ed25519")
	}
	book, ok := openBook(paths, stderr)
	if !ok {
		return exitDataError
	}
	cfg.Book = book
	cfg.Logger = log.NewWithOptions(stderr, log.Options{ReportTimestamp: true, Prefix: "yibao"})
	srv, err := kiosk.New(cfg)
	if err != nil {
		return bad(stderr, err.Error())
	}
	if err := srv.Listen(); err != nil {
		fmt.Fprintln(stderr, "yibao: 无法监听 / cannot listen:", err)
		return exitDataError
	}
	if srv.KeyCreated() {
		fmt.Fprintf(stdout, "新建主机密钥 / created host key: %s\n", cfg.HostKeyPath)
	}
	fmt.Fprintf(stdout, "yibao 服务台已启动 / kiosk listening on %s\n", srv.Addr())
	fmt.Fprintf(stdout, "主机密钥指纹 / host key fingerprint: %s\n", srv.Fingerprint())
	if host, _, _ := net.SplitHostPort(cfg.Listen); cfg.Auth == "none" && !isLoopback(host) {
		fmt.Fprintln(stdout, "注意：没有设置登录验证，任何能连上的人都能使用 / note: no authentication; anyone who can reach this address can use it")
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	served := make(chan error, 1)
	go func() { served <- srv.Serve() }()
	select {
	case err := <-served:
		if err != nil {
			fmt.Fprintln(stderr, "yibao:", err)
			return exitDataError
		}
		return exitOK
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		fmt.Fprintln(stderr, "yibao:", err)
	}
	<-served
	return exitOK
}

func isLoopback(host string) bool {
	ip := net.ParseIP(host)
	return host == "localhost" || (ip != nil && ip.IsLoopback())
}

// dataCmd is `yibao data check PATH...`.
func dataCmd(args []string, stdout, stderr io.Writer, now func() time.Time) int {
	if len(args) == 0 || args[0] != "check" {
		return bad(stderr, "用法：yibao data check 文件或文件夹... / usage: yibao data check PATH...")
	}
	paths := args[1:]
	if len(paths) == 0 {
		return bad(stderr, "请写出要检查的文件或文件夹 / name the files or folders to check")
	}
	book, ok := openBook(paths, stderr)
	if !ok {
		return exitDataError
	}
	fmt.Fprint(stdout, views.Summary(book.Summarize(data.DateOf(now()))))
	return exitOK
}
