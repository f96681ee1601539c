package main

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"charm.land/log/v2"

	"yibao/data/lang"
	"yibao/kiosk"
)

// serveOptions are what `yibao serve` takes besides the kiosk's own
// settings.
type serveOptions struct {
	Config       kiosk.Config
	Auth         string
	Lang         string
	Data         pathList
	Observations string
	MemoryMB     int64
}

// runServe runs the SSH kiosk until SIGINT or SIGTERM, then shuts down
// gracefully within 10 seconds.
func runServe(args []string, o IO) int {
	opts := serveOptions{Config: kiosk.Config{Now: o.Now}}
	cfg := &opts.Config
	fs := newFlags("serve")
	fs.StringVar(&cfg.Listen, "listen", kiosk.DefaultListen, "")
	fs.StringVar(&cfg.HostKeyPath, "host-key", "", "")
	fs.DurationVar(&cfg.Idle, "idle", kiosk.DefaultIdle, "")
	fs.DurationVar(&cfg.MaxSession, "max-session", kiosk.DefaultMaxSession, "")
	fs.IntVar(&cfg.MaxSessions, "max-sessions", kiosk.DefaultMaxSessions, "")
	fs.IntVar(&cfg.MaxSessionsPerAddress, "max-sessions-per-address", 0, "") // 0: a quarter of --max-sessions
	fs.Int64Var(&opts.MemoryMB, "memory-limit", 0, "")                       // MB; 0: 64 + 3 per session of --max-sessions; -1: none
	fs.Float64Var(&cfg.Rate, "rate", kiosk.DefaultRate, "")
	fs.IntVar(&cfg.Burst, "burst", kiosk.DefaultBurst, "")
	fs.StringVar(&opts.Auth, "auth", string(kiosk.AuthNone), "")
	fs.StringVar(&cfg.PasswordFile, "password-file", "", "")
	fs.StringVar(&cfg.AuthorizedKeys, "authorized-keys", "", "")
	fs.StringVar(&opts.Observations, "observations", "", "")
	fs.StringVar(&opts.Lang, "lang", "", "")
	fs.Var(&opts.Data, "data", "")
	if code, ok := parseNoArgs(fs, args, o); !ok {
		return code
	}
	return opts.run(o)
}

// run checks the settings, opens the book and serves.
func (opts serveOptions) run(o IO) int {
	cfg := opts.Config
	cfg.MemoryLimit = opts.MemoryMB << 20
	if opts.MemoryMB < 0 {
		cfg.MemoryLimit = -1
	}
	mode, err := kiosk.ParseAuthMode(opts.Auth)
	if err != nil {
		return badErr(o, err)
	}
	cfg.Auth = mode
	if opts.Lang != "" {
		l, err := langFlag(opts.Lang, o)
		if err != nil {
			return badErr(o, err)
		}
		cfg.Lang = l
	}
	if cfg.HostKeyPath == "" {
		dir, err := os.UserConfigDir()
		if err != nil {
			return bad(o, lang.T("找不到用户配置目录，请用 --host-key 指定主机密钥文件", "no user config folder; give the host key file with --host-key"))
		}
		cfg.HostKeyPath = filepath.Join(dir, "yibao", "ssh_host_ed25519")
	}
	b, ix, ok := openBook(opts.Data, o)
	if !ok {
		return exitDataError
	}
	cfg.Book, cfg.Places = b, ix
	if opts.Observations != "" {
		cfg.Record = recorder(opts.Observations, "", b, o)
	}
	cfg.Logger = log.NewWithOptions(o.Err, log.Options{ReportTimestamp: true, Prefix: "yibao"})
	srv, err := kiosk.New(cfg)
	if err != nil {
		return badErr(o, err)
	}
	return serve(srv, cfg, o)
}

// serve listens and serves until a signal, then shuts down.
func serve(srv *kiosk.Server, cfg kiosk.Config, o IO) int {
	if err := srv.Listen(); err != nil {
		fmt.Fprintln(o.Err, "yibao: "+lang.T("无法监听", "cannot listen").Line()+":", err)
		return exitDataError
	}
	if srv.KeyCreated() {
		fmt.Fprintf(o.Out, "新建主机密钥 / created host key: %s\n", cfg.HostKeyPath)
	}
	fmt.Fprintf(o.Out, "yibao 服务台已启动 / kiosk listening on %s\n", srv.Addr())
	fmt.Fprintf(o.Out, "主机密钥指纹 / host key fingerprint: %s\n", srv.Fingerprint())
	if host, _, _ := net.SplitHostPort(cfg.Listen); cfg.Auth == kiosk.AuthNone && !isLoopback(host) {
		fmt.Fprintln(o.Out, "注意：没有设置登录验证，任何能连上的人都能使用 / note: no authentication; anyone who can reach this address can use it")
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	served := make(chan error, 1)
	go func() { served <- srv.Serve() }()
	select {
	case err := <-served:
		if err != nil {
			fmt.Fprintln(o.Err, "yibao:", err)
			return exitDataError
		}
		return exitOK
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		fmt.Fprintln(o.Err, "yibao:", err)
	}
	<-served
	return exitOK
}

func isLoopback(host string) bool {
	ip := net.ParseIP(host)
	return host == "localhost" || (ip != nil && ip.IsLoopback())
}
