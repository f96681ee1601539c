package kiosk

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	"charm.land/wish/v2/recover"
	gossh "golang.org/x/crypto/ssh"

	"yibao/kiosk/limits"
	"yibao/model"
)

// Server is the SSH kiosk.
type Server struct {
	cfg         Config
	srv         *ssh.Server
	ln          net.Listener
	log         *logQueue
	records     *recordsLog
	limiter     *limits.Rates
	logins      *limits.Logins
	refusals    *limits.Refusals
	pending     *limits.Pending // connections waiting for a session, per address
	perAddress  *limits.Pending // live sessions, per address
	mem         *memory
	fingerprint string
	keyCreated  bool

	windows   sync.Map       // ssh.Session -> *resizes
	states    sync.Map       // ssh.Session -> *state
	conns     atomic.Int64   // open connections
	active    atomic.Int64   // sessions past the gate, for the ceiling
	sessions  sync.WaitGroup // the same sessions, for shutdown to wait on
	closing   atomic.Bool
	programs  registry
	serving   atomic.Bool   // Serve has been called
	served    chan struct{} // closed when Serve returns
	closed    chan struct{} // closed when shutdown begins, for line sessions
	closeOnce sync.Once
}

// New builds a kiosk from its configuration.
func New(cfg Config) (*Server, error) {
	if err := cfg.check(); err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, served: make(chan struct{}), closed: make(chan struct{})}
	lg := cfg.Logger
	if lg == nil {
		lg = log.NewWithOptions(os.Stderr, log.Options{ReportTimestamp: true, Prefix: "yibao"})
	}
	pem, fp, created, err := hostKey(cfg.HostKeyPath)
	if err != nil {
		return nil, err
	}
	s.log = newLogQueue(lg, cfg.logQueue)
	s.records = &recordsLog{log: s.log, now: cfg.Now}
	s.mem = newMemory(cfg.MemoryLimit)
	s.fingerprint, s.keyCreated = fp, created
	s.limiter = limits.NewRates(cfg.Rate, cfg.Burst)
	s.logins = limits.NewLogins(limits.FirstLoginWait)
	s.refusals = limits.NewRefusals()
	s.pending = limits.NewPending(cfg.PendingPerAddress)
	s.perAddress = limits.NewPending(cfg.MaxSessionsPerAddress)

	opts := []ssh.Option{
		wish.WithAddress(cfg.Listen),
		wish.WithHostKeyPEM(pem),
		wish.WithMiddleware(
			// The last runs first: recover guards everything after it.
			endpoint(s.advisor),
			s.terminal,
			s.logSessions, // after the gate: a refused session is one aggregated line
			s.gate,
			s.live,
			recover.MiddlewareWithLogger(lg.StandardLog()),
		),
		s.hardening,
	}
	auth, err := s.authOption()
	if err != nil {
		return nil, err
	}
	if auth != nil {
		opts = append(opts, auth)
	}
	srv, err := wish.NewServer(opts...)
	if err != nil {
		return nil, err
	}
	s.srv = srv
	return s, nil
}

// hardening sets the timeouts and refuses everything but the advisor:
// subsystems (sftp), port forwarding of both kinds, oversized terminals.
// Exec requests are checked by the terminal middleware; X11 and other
// requests are refused by the SSH library; agent forwarding is refused.
func (s *Server) hardening(srv *ssh.Server) error {
	// The advisor ends idle and overlong sessions itself, with a notice;
	// these are backstops for connections that never get that far. (No
	// connection idle timeout: the SSH library's deadline update races with
	// its reader when one is set.)
	srv.HandshakeTimeout = 30 * time.Second
	srv.MaxTimeout = s.cfg.MaxSession + time.Minute
	srv.ConnCallback = s.guardConn
	var emulated ssh.Server
	if err := ssh.EmulatePty()(&emulated); err != nil {
		return err
	}
	srv.PtyHandler = s.ptyHandler(emulated.PtyHandler)
	srv.SessionRequestCallback = func(sess ssh.Session, kind string) bool {
		if kind == "subsystem" {
			s.refused(sess.RemoteAddr(), "subsystem", "name", clean(sess.Subsystem()))
			return false
		}
		s.handling(sess)
		return true
	}
	srv.LocalPortForwardingCallback = func(ctx ssh.Context, host string, port uint32) bool {
		s.refused(ctx.RemoteAddr(), "port forwarding")
		return false
	}
	srv.ReversePortForwardingCallback = func(ctx ssh.Context, host string, port uint32) bool {
		s.refused(ctx.RemoteAddr(), "reverse port forwarding")
		return false
	}
	srv.ChannelHandlers = map[string]ssh.ChannelHandler{
		"session": sessionChannel,
		"direct-tcpip": func(_ *ssh.Server, _ *gossh.ServerConn, ch gossh.NewChannel, ctx ssh.Context) {
			s.refused(ctx.RemoteAddr(), "port forwarding")
			_ = ch.Reject(gossh.Prohibited, "port forwarding is not allowed")
		},
	}
	srv.RequestHandlers = map[string]ssh.RequestHandler{
		"tcpip-forward": func(ctx ssh.Context, _ *ssh.Server, _ *gossh.Request) (bool, []byte) {
			s.refused(ctx.RemoteAddr(), "reverse port forwarding")
			return false, nil
		},
	}
	return nil
}

// endpoint turns the final handler into the innermost middleware.
func endpoint(h ssh.Handler) wish.Middleware {
	return func(next ssh.Handler) ssh.Handler {
		return func(sess ssh.Session) {
			h(sess)
			next(sess)
		}
	}
}

// authOption returns the authentication for --auth; nil for none, which
// lets anyone in (the default on loopback).
func (s *Server) authOption() (ssh.Option, error) {
	switch s.cfg.Auth {
	case AuthPassword:
		b, err := os.ReadFile(s.cfg.PasswordFile)
		if err != nil {
			return nil, fmt.Errorf("--password-file: %w", err)
		}
		want := []byte(strings.TrimRight(string(b), "\r\n"))
		if len(want) == 0 {
			return nil, errors.New("--password-file 是空的 / --password-file is empty")
		}
		return wish.WithPasswordAuth(func(ctx ssh.Context, got string) bool {
			now := s.cfg.Now()
			if s.logins.Blocked(ctx.RemoteAddr(), ctx.User(), now) {
				s.refused(ctx.RemoteAddr(), "too many wrong passwords")
				return false
			}
			ok := subtle.ConstantTimeCompare([]byte(got), want) == 1
			if !ok {
				s.logins.Failed(ctx.RemoteAddr(), ctx.User(), now)
				s.refused(ctx.RemoteAddr(), "wrong password")
			} else {
				s.logins.Succeeded(ctx.RemoteAddr(), ctx.User())
			}
			return ok
		}), nil
	case AuthKeys:
		if _, err := os.Stat(s.cfg.AuthorizedKeys); err != nil {
			return nil, fmt.Errorf("--authorized-keys: %w", err)
		}
		return wish.WithAuthorizedKeys(s.cfg.AuthorizedKeys), nil
	}
	return nil, nil
}

// Listen binds the address; Addr is known after it.
func (s *Server) Listen() error {
	ln, err := net.Listen("tcp", s.cfg.Listen)
	if err != nil {
		return err
	}
	s.ln = ln
	return nil
}

// Addr is the address the kiosk listens on.
func (s *Server) Addr() net.Addr { return s.ln.Addr() }

// Fingerprint is the host key's SHA256 fingerprint, for desks to check.
func (s *Server) Fingerprint() string { return s.fingerprint }

// KeyCreated reports whether the host key was made at start.
func (s *Server) KeyCreated() bool { return s.keyCreated }

// Serve accepts sessions until Shutdown; it returns nil then. Call it once.
func (s *Server) Serve() error {
	if s.ln == nil {
		if err := s.Listen(); err != nil {
			return err
		}
	}
	s.serving.Store(true)
	defer close(s.served)
	err := s.srv.Serve(s.ln)
	if s.closing.Load() || errors.Is(err, ssh.ErrServerClosed) {
		return nil
	}
	return err
}

// Active is the number of sessions being served.
func (s *Server) Active() int { return int(s.active.Load()) }

// Shutdown stops accepting, shows every open screen a notice, and waits for
// the sessions to end; shortly before ctx ends (closeMargin, or a quarter
// of the time left) the remaining connections are closed, so that it
// returns within ctx's time whatever the clients do.
func (s *Server) Shutdown(ctx context.Context) error {
	s.closing.Store(true)
	s.log.Info("shutting down", "sessions", s.active.Load())
	if s.ln != nil {
		_ = s.ln.Close() // stop accepting at once
	}
	if s.serving.Load() {
		<-s.served
	}
	s.programs.close(model.ClosingMsg{After: s.cfg.CloseNotice})
	s.closeOnce.Do(func() { close(s.closed) })
	done := make(chan struct{})
	go func() {
		s.sessions.Wait()
		close(done)
	}()
	// The sessions get the time ctx gives less a margin; then the
	// connections left are closed, which ends even sessions whose
	// clients take no output, and they get the margin to finish.
	graceful, cancel := context.WithCancel(ctx)
	defer cancel()
	if end, ok := ctx.Deadline(); ok {
		margin := min(closeMargin, time.Until(end)/4)
		graceful, cancel = context.WithDeadline(ctx, end.Add(-margin))
		defer cancel()
	}
	select {
	case <-done:
	case <-graceful.Done():
		s.log.Warn("sessions did not end in time; closing them")
	}
	err := s.srv.Close() // ends the connections left; their sessions follow
	last, cancelLast := context.WithTimeout(context.Background(), closeMargin)
	defer cancelLast()
	select {
	case <-done:
	case <-ctx.Done():
		s.log.Warn("some sessions are still ending")
	case <-last.Done():
		s.log.Warn("some sessions are still ending")
	}
	s.log.Info("stopped")
	s.log.close()
	s.mem.stop()
	if errors.Is(err, ssh.ErrServerClosed) || errors.Is(err, net.ErrClosed) {
		return nil
	}
	return err
}

// closeMargin is the most time Shutdown keeps for closing the connections
// left once the sessions had theirs.
const closeMargin = 2 * time.Second

// registry holds the running programs, to tell them the server is closing.
type registry struct {
	mu      sync.Mutex
	progs   map[*tea.Program]struct{}
	closing tea.Msg // set once the server closes
}

// add registers a program; once the server is closing it returns the
// closing message for the program to get at once instead.
func (r *registry) add(p *tea.Program) tea.Msg {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closing != nil {
		return r.closing
	}
	if r.progs == nil {
		r.progs = map[*tea.Program]struct{}{}
	}
	r.progs[p] = struct{}{}
	return nil
}

func (r *registry) remove(p *tea.Program) {
	r.mu.Lock()
	defer r.mu.Unlock()
	delete(r.progs, p)
}

// close tells every program the server is closing. Each message goes on
// its own goroutine, which ends when the program takes it or its session
// ends, so a client that stopped reading cannot hold the others up.
func (r *registry) close(msg tea.Msg) {
	r.mu.Lock()
	r.closing = msg
	progs := make([]*tea.Program, 0, len(r.progs))
	for p := range r.progs {
		progs = append(progs, p)
	}
	r.mu.Unlock()
	for _, p := range progs {
		go p.Send(msg)
	}
}
