package kiosk

import (
	"net"
	"sync"
	"sync/atomic"
	"time"

	"yibao/data/lang"
	"yibao/kiosk/limits"

	"charm.land/ssh"
)

// Limits below SSH sessions: on connections, what they read, and logins.
const (
	// defaultSessionWithin is how soon a connection must open its session.
	defaultSessionWithin = 30 * time.Second
	// readBudget is the most a connection may send: a consultation is a few
	// hundred bytes, so this only stops floods (pastes, env requests).
	readBudget = 16 << 20
	// logLen is the longest client-given text (user name, TERM) logged.
	logLen = 32
)

// connKey is the context key of a connection's guard.
const connKey ctxKey = 100

// maxChannels is how many session channels one connection may have open
// at once: a desk uses one.
const maxChannels = 4

// guardConn applies the connection limits: a few connections per address
// at a time that have no live session (so that one address's bare or
// idle sockets cannot take everyone's slots), a ceiling on open
// connections, a deadline for opening a session (again whenever the last
// session of a connection ends), a ceiling on its channels, and a read
// budget.
func (s *Server) guardConn(ctx ssh.Context, c net.Conn) net.Conn {
	key := limits.AddrKey(c.RemoteAddr())
	if !s.pending.Take(key) {
		s.refused(c.RemoteAddr(), "too many connections from this address")
		_ = c.Close()
		return c
	}
	if s.conns.Add(1) > int64(s.maxConns()) {
		s.conns.Add(-1)
		s.pending.Give(key)
		s.refused(c.RemoteAddr(), "too many connections")
		_ = c.Close()
		return c
	}
	gc := &guardedConn{Conn: c, left: readBudget, waiting: true}
	gc.release = func() {
		s.conns.Add(-1)
		gc.mu.Lock()
		defer gc.mu.Unlock()
		if gc.waiting {
			gc.waiting = false
			s.pending.Give(key)
		}
	}
	gc.sessionStarted = func() {
		gc.mu.Lock()
		defer gc.mu.Unlock()
		if gc.sessions++; gc.sessions == 1 && gc.waiting {
			gc.timer.Stop()
			gc.waiting = false
			s.pending.Give(key)
		}
	}
	gc.sessionEnded = func() {
		gc.mu.Lock()
		defer gc.mu.Unlock()
		if gc.sessions--; gc.sessions > 0 || gc.closed {
			return
		}
		// No live session: the connection waits again like a new one, and
		// goes if it opens none soon or its address has too many waiting.
		if !s.pending.Take(key) {
			go gc.Close()
			return
		}
		gc.waiting = true
		gc.timer.Reset(s.cfg.sessionWithin)
	}
	gc.timer = time.AfterFunc(s.cfg.sessionWithin, func() {
		s.refused(c.RemoteAddr(), "no session opened")
		_ = gc.Close()
	})
	ctx.SetValue(connKey, gc)
	return gc
}

// maxConns allows some connections beyond the session ceiling, so that a
// polite refusal can still be written to those over it.
func (s *Server) maxConns() int { return s.cfg.MaxSessions + s.cfg.MaxSessions/2 + 10 }

// guardOf is the connection's guard.
func guardOf(ctx ssh.Context) (*guardedConn, bool) {
	gc, ok := ctx.Value(connKey).(*guardedConn)
	return gc, ok
}

// sessionStarted marks a session live on its connection.
func sessionStarted(ctx ssh.Context) {
	if gc, ok := guardOf(ctx); ok {
		gc.sessionStarted()
	}
}

// sessionEnded marks a session over; a connection left without one has
// sessionWithin to open another.
func sessionEnded(ctx ssh.Context) {
	if gc, ok := guardOf(ctx); ok {
		gc.sessionEnded()
	}
}

// guardedConn is a connection with its limits.
type guardedConn struct {
	net.Conn
	left     int64        // bytes it may still send
	written  atomic.Int64 // bytes sent to it (tests watch a stalled client fill up)
	timer    *time.Timer
	once     sync.Once
	release  func()
	channels atomic.Int32

	mu             sync.Mutex
	sessions       int  // live sessions
	waiting        bool // holds a place among its address's waiting connections
	closed         bool
	sessionStarted func()
	sessionEnded   func()
}

// openChannel takes a place for a session channel; false when the
// connection has its fill.
func (c *guardedConn) openChannel() bool {
	if c.channels.Add(1) > maxChannels {
		c.channels.Add(-1)
		return false
	}
	return true
}

func (c *guardedConn) closeChannel() { c.channels.Add(-1) }

func (c *guardedConn) Read(p []byte) (int, error) {
	if atomic.LoadInt64(&c.left) <= 0 {
		_ = c.Close()
		return 0, net.ErrClosed
	}
	n, err := c.Conn.Read(p)
	atomic.AddInt64(&c.left, -int64(n))
	return n, err
}

func (c *guardedConn) Write(p []byte) (int, error) {
	n, err := c.Conn.Write(p)
	c.written.Add(int64(n))
	return n, err
}

func (c *guardedConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(func() {
		c.timer.Stop()
		c.mu.Lock()
		c.closed = true
		c.mu.Unlock()
		c.release()
	})
	return err
}

// clean prepares client-given text for a log line: at most logLen runes,
// control characters escaped (\x1b), so that a user name or TERM cannot
// forge a line or drive the terminal of whoever reads the log. The log's
// formatter quotes it where it needs quotes, once.
func clean(s string) string { return lang.EchoUpTo(s, logLen) }
