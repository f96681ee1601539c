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

// serveOptions are what `yibao serve` takes: the kiosk's settings, which
// become its kiosk.Config.
type serveOptions struct {
	Listen         string        `flag:"listen" arg:"ADDR" default:"127.0.0.1:23234" zh:"监听地址；要监听所有地址须写明" en:"the address; listening on all addresses must be asked for"`
	HostKey        string        `flag:"host-key" arg:"FILE" zh:"ed25519 主机密钥，没有就新建" en:"the ed25519 host key, created when missing" none:"用户配置目录/yibao/ssh_host_ed25519|<user config dir>/yibao/ssh_host_ed25519"`
	Idle           time.Duration `flag:"idle" arg:"DURATION" default:"15m" zh:"多久没按键就结束会话" en:"a session ends after this long without a key"`
	MaxSession     time.Duration `flag:"max-session" arg:"DURATION" default:"2h" zh:"一次会话最长多久" en:"the longest a session lasts"`
	MaxSessions    int           `flag:"max-sessions" arg:"N" default:"200" zh:"同时最多几个会话" en:"sessions at once"`
	Rate           float64       `flag:"rate" arg:"N" default:"1" zh:"每个地址每秒新会话数" en:"new sessions a second per address"`
	MaxPerAddress  int           `flag:"max-sessions-per-address" arg:"N" zh:"一个地址同时最多几个会话；同一路由器后面的服务台多时调大" en:"sessions at once from one address; raise it for many desks behind one router" none:"--max-sessions 的四分之一|a quarter of --max-sessions"`
	MemoryLimit    int           `flag:"memory-limit" arg:"MB" zh:"内存软上限（兆字节），-1 不限" en:"the soft memory limit in MB; -1 for none" none:"64 加每个会话 3|64 plus 3 a session of --max-sessions"`
	Burst          int           `flag:"burst" arg:"N" default:"20" zh:"每个地址一下子最多几个新会话" en:"new sessions at once per address"`
	Auth           string        `flag:"auth" arg:"none|password|keys" default:"none" zh:"登录验证" en:"authentication"`
	PasswordFile   string        `flag:"password-file" arg:"FILE" zh:"--auth password 的密码文件（一行）" en:"the password file (one line) of --auth password"`
	AuthorizedKeys string        `flag:"authorized-keys" arg:"FILE" zh:"--auth keys 的公钥文件" en:"the public keys of --auth keys"`
	Observations   string        `flag:"observations" arg:"FILE" zh:"各服务台的到账记录文件" en:"the desks' records file" none:"不记录|off"`
	LangFlag       `none:"随客户端的语言环境|the client's locale"`
	DataFlag
}

// run checks the settings, opens the book and serves.
func (opts *serveOptions) run(_ []string, o IO) int {
	cfg := kiosk.Config{Now: o.Now, Listen: opts.Listen, HostKeyPath: opts.HostKey, Idle: opts.Idle,
		MaxSession: opts.MaxSession, MaxSessions: opts.MaxSessions, Rate: opts.Rate, Burst: opts.Burst,
		PasswordFile: opts.PasswordFile, AuthorizedKeys: opts.AuthorizedKeys,
		MaxSessionsPerAddress: opts.MaxPerAddress, MemoryLimit: int64(opts.MemoryLimit) << 20}
	if opts.MemoryLimit < 0 {
		cfg.MemoryLimit = -1
	}
	mode, err := kiosk.ParseAuthMode(opts.Auth)
	if err != nil {
		return badErr(o, err)
	}
	cfg.Auth = mode
	if opts.Lang != "" {
		l, err := opts.language(o)
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
	b, ix, ok := opts.openBook(o)
	if !ok {
		return exitDataError
	}
	cfg.Book, cfg.Places = b, ix
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
