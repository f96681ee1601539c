// Package kiosk serves the advisor over SSH for a community centre: every
// desk connects with a plain SSH client and gets its own advisor. It only
// wires sessions to the model; it answers no policy question itself.
package kiosk

import (
	"errors"
	"fmt"
	"net"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"

	"yibao/data/book"
	"yibao/data/lang"
	"yibao/data/places"
	"yibao/data/records"
)

// Config is everything `yibao serve` can set.
type Config struct {
	Listen      string        // address to listen on; loopback unless asked otherwise
	HostKeyPath string        // ed25519 host key, created 0600 when missing
	Idle        time.Duration // end a session this long after the last key
	IdleWarn    time.Duration // ask "still there?" this long before
	MaxSession  time.Duration // end any session after this long
	MaxSessions int           // sessions at once; more are refused politely
	// MaxSessionsPerAddress is the most sessions one client address holds
	// at once (an IPv6 /64 counts as one); 0 means a quarter of
	// MaxSessions, so one client cannot take every desk's place.
	MaxSessionsPerAddress int
	Rate                  float64 // new sessions per second per client address
	Burst                 int     // sessions a client address may open at once
	// PendingPerAddress is how many connections one address may hold
	// before they open a session (a centre's desks behind one router
	// connect a few at a time).
	PendingPerAddress int
	Auth              AuthMode // who may open a session
	// MemoryLimit is the soft limit on the Go heap the kiosk keeps to
	// (runtime/debug.SetMemoryLimit), in bytes; 0 means DefaultMemoryLimit
	// of MaxSessions, a negative value none.
	MemoryLimit int64

	PasswordFile   string // with Auth password: a file holding the password
	AuthorizedKeys string // with Auth keys: an authorized_keys file

	Book   *book.Book
	Places *places.Index // built from Book when nil
	// Records is the desks' records store the sessions read and record
	// into; nil when the kiosk does not record (the default). A kiosk
	// that records refuses to listen beyond loopback without
	// authentication.
	Records *records.Store
	// Centre is the centre's name on its records; "" lets the store use
	// its own kept name.
	Centre string
	// Lang fixes the starting language; empty follows each session's
	// LC_ALL / LC_MESSAGES / LANG (English for en_*, else Chinese).
	Lang lang.Lang
	// CloseNotice is how long the closing notice shows before a session
	// ends on shutdown.
	CloseNotice time.Duration
	Logger      *log.Logger
	Now         func() time.Time

	// wrap lets tests put a model around the advisor (to inject a panic).
	wrap func(tea.Model) tea.Model
	// logQueue is how many log lines may wait for the writer; tests
	// shorten it.
	logQueue int
	// sessionWithin is how soon a connection must open a session; tests
	// shorten it.
	sessionWithin time.Duration
	// noticeWithin and overdue bound the waits on a client that takes no
	// output (see ending.go); tests shorten them.
	noticeWithin, overdue time.Duration
	// lineRate and lineBurst ration the line mode's lines (input.go);
	// tests that need many lines lift them.
	lineRate  float64
	lineBurst int
}

// Loopback reports whether an address (host:port) listens on this
// machine only.
func Loopback(addr string) bool {
	host, _, _ := net.SplitHostPort(addr)
	ip := net.ParseIP(host)
	return host == "localhost" || ip != nil && ip.IsLoopback()
}

// CheckRecording refuses a kiosk that records and listens beyond this
// machine without authentication: anyone who reached it could fill the
// records with made-up amounts.
func CheckRecording(listen string, auth AuthMode) error {
	if auth != AuthNone && auth != "" || Loopback(listen) {
		return nil
	}
	return &lang.Error{Msg: lang.T("记录到账的服务台监听本机以外的地址时，必须设置登录验证：--auth password 或 --auth keys",
		"a kiosk that records must not listen beyond this machine without authentication: use --auth password or --auth keys")}
}

// AuthMode is how the kiosk lets desks in.
type AuthMode string

// The ways in.
const (
	AuthNone     AuthMode = "none"     // anyone who reaches the port (the default, on loopback)
	AuthPassword AuthMode = "password" // one shared password, from a file
	AuthKeys     AuthMode = "keys"     // the keys of an authorized_keys file
)

// ParseAuthMode reads --auth.
func ParseAuthMode(s string) (AuthMode, error) {
	switch m := AuthMode(s); m {
	case "":
		return AuthNone, nil
	case AuthNone, AuthPassword, AuthKeys:
		return m, nil
	}
	return "", fmt.Errorf("--auth %q: 应为 none、password 或 keys / must be none, password or keys", lang.Echo(s))
}

// Defaults used by `yibao serve`.
const (
	DefaultListen      = "127.0.0.1:23234"
	DefaultIdle        = 15 * time.Minute
	DefaultMaxSession  = 2 * time.Hour
	DefaultMaxSessions = 200
	DefaultRate        = 1.0
	DefaultBurst       = 20
	DefaultPending     = 8
	DefaultCloseNotice = 2 * time.Second
	// The soft heap limit, unless set: a base and a share per session of
	// the ceiling, about what a full kiosk needs with every window at its
	// largest (664 MB for 200 sessions). Near it the collector works
	// harder rather than the process growing.
	memoryBase, memoryPerSession = 64 << 20, 3 << 20
	// The largest window drawn: a bigger one is drawn at this size in its
	// top left corner. The renderer keeps buffers of every cell (about
	// 10 MB for a session at 300x120), and no screen needs more: text keeps
	// to about 72 columns.
	maxCols, maxRows = 160, 60
	// The size assumed for a client that reports none.
	defaultCols, defaultRows = 80, 24
)

// DefaultMemoryLimit is the soft heap limit for a ceiling of sessions.
func DefaultMemoryLimit(maxSessions int) int64 {
	return memoryBase + memoryPerSession*int64(maxSessions)
}

// check fills defaults and rejects impossible settings.
func (c *Config) check() error {
	if c.Book == nil {
		return errors.New("kiosk: no book")
	}
	if c.Places == nil {
		c.Places = places.New(c.Book)
	}
	if c.Listen == "" {
		c.Listen = DefaultListen
	}
	if _, _, err := net.SplitHostPort(c.Listen); err != nil {
		return fmt.Errorf("--listen %q: 应为 主机:端口 / must be host:port", c.Listen)
	}
	if c.Idle <= 0 {
		c.Idle = DefaultIdle
	}
	if c.IdleWarn <= 0 || c.IdleWarn >= c.Idle {
		c.IdleWarn = min(time.Minute, c.Idle/2)
	}
	if c.MaxSession <= 0 {
		c.MaxSession = DefaultMaxSession
	}
	if c.MaxSessions <= 0 {
		c.MaxSessions = DefaultMaxSessions
	}
	if c.Rate <= 0 {
		c.Rate = DefaultRate
	}
	if c.Burst <= 0 {
		c.Burst = DefaultBurst
	}
	if c.MaxSessionsPerAddress <= 0 {
		c.MaxSessionsPerAddress = max(1, c.MaxSessions/4)
	}
	if c.MemoryLimit == 0 {
		c.MemoryLimit = DefaultMemoryLimit(c.MaxSessions)
	}
	if c.PendingPerAddress <= 0 {
		c.PendingPerAddress = DefaultPending
	}
	if c.logQueue <= 0 {
		c.logQueue = defaultLogQueue
	}
	if c.sessionWithin <= 0 {
		c.sessionWithin = defaultSessionWithin
	}
	if c.noticeWithin <= 0 {
		c.noticeWithin = defaultNoticeWithin
	}
	if c.overdue <= 0 {
		c.overdue = defaultOverdue
	}
	if c.lineRate <= 0 || c.lineBurst <= 0 {
		c.lineRate, c.lineBurst = lineRate, lineBurst
	}
	if c.CloseNotice <= 0 {
		c.CloseNotice = DefaultCloseNotice
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	mode, err := ParseAuthMode(string(c.Auth))
	if err != nil {
		return err
	}
	c.Auth = mode
	switch {
	case c.Records != nil && CheckRecording(c.Listen, c.Auth) != nil:
		return CheckRecording(c.Listen, c.Auth)
	case c.Auth == AuthPassword && c.PasswordFile == "":
		return errors.New("--auth password 需要 --password-file / --auth password needs --password-file")
	case c.Auth == AuthKeys && c.AuthorizedKeys == "":
		return errors.New("--auth keys 需要 --authorized-keys / --auth keys needs --authorized-keys")
	}
	return nil
}
