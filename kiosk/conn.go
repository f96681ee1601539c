package kiosk

import (
	"net"
	"sync"
	"sync/atomic"
	"time"

	"yibao/data/lang"

	"charm.land/ssh"
	lru "github.com/hashicorp/golang-lru/v2"
	"golang.org/x/time/rate"
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
	key := addrKey(c.RemoteAddr())
	if !s.pending.take(key) {
		s.refused(c.RemoteAddr(), "too many connections from this address")
		_ = c.Close()
		return c
	}
	if s.conns.Add(1) > int64(s.maxConns()) {
		s.conns.Add(-1)
		s.pending.give(key)
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
			s.pending.give(key)
		}
	}
	gc.sessionStarted = func() {
		gc.mu.Lock()
		defer gc.mu.Unlock()
		if gc.sessions++; gc.sessions == 1 && gc.waiting {
			gc.timer.Stop()
			gc.waiting = false
			s.pending.give(key)
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
		if !s.pending.take(key) {
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
	left     int64 // bytes it may still send
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

// pending counts, per address, the connections without a session yet.
type pending struct {
	mu   sync.Mutex
	most int
	by   map[string]int
}

func (p *pending) take(key string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.by[key] >= p.most {
		return false
	}
	p.by[key]++
	return true
}

func (p *pending) give(key string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.by[key]--; p.by[key] <= 0 {
		delete(p.by, key)
	}
}

// limiter keeps one rate limiter per client address (an IPv6 /64 counts
// as one address), in a bounded cache.
type limiter struct {
	rate  rate.Limit
	burst int
	cache *lru.Cache[string, *rate.Limiter]
}

func newLimiter(r float64, burst int) *limiter {
	c, _ := lru.New[string, *rate.Limiter](4096)
	return &limiter{rate: rate.Limit(r), burst: burst, cache: c}
}

// allow takes one token for the address.
func (l *limiter) allow(addr net.Addr) bool {
	k := addrKey(addr)
	lim, ok := l.cache.Get(k)
	if !ok {
		lim = rate.NewLimiter(l.rate, l.burst)
		l.cache.Add(k, lim)
	}
	return lim.Allow()
}

// logins slows password guessing without locking a centre out: its desks
// share one address and often one user name, so a desk that mistypes its
// password waits briefly, for that address and user alone, the wait
// doubling with each further failure; only an address that fails very
// often (guessing across user names) waits as a whole.
type logins struct {
	mu    sync.Mutex
	first time.Duration // the first wait
	users *lru.Cache[string, *loginState]
	addrs *lru.Cache[string, []time.Time]
}

type loginState struct {
	fails int
	last  time.Time
	until time.Time
}

// Limits on password guessing.
const (
	freeFailures    = 3                // failures per address and user before a wait
	firstLoginWait  = 10 * time.Second // then 20 s, 40 s ... up to maxLoginWait
	maxLoginWait    = 5 * time.Minute
	addressFailures = 100 // failures from one address within failWindow
	failWindow      = 10 * time.Minute
)

func newLogins(first time.Duration) *logins {
	u, _ := lru.New[string, *loginState](4096)
	a, _ := lru.New[string, []time.Time](4096)
	return &logins{first: first, users: u, addrs: a}
}

// blocked reports whether the address and user must wait before trying
// again.
func (l *logins) blocked(addr net.Addr, user string, now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if st, ok := l.users.Get(loginKey(addr, user)); ok && now.Before(st.until) {
		return true
	}
	return len(l.recent(addrKey(addr), now)) >= addressFailures
}

// failed records a failed login.
func (l *logins) failed(addr net.Addr, user string, now time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	k := addrKey(addr)
	l.addrs.Add(k, append(l.recent(k, now), now))
	st, ok := l.users.Get(loginKey(addr, user))
	if !ok || now.Sub(st.last) > failWindow {
		st = &loginState{}
		l.users.Add(loginKey(addr, user), st)
	}
	st.fails++
	st.last = now
	if st.fails >= freeFailures {
		wait := l.first << min(st.fails-freeFailures, 10)
		st.until = now.Add(min(wait, maxLoginWait))
	}
}

// succeeded forgets the address and user's failures.
func (l *logins) succeeded(addr net.Addr, user string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.users.Remove(loginKey(addr, user))
}

// loginKey is an address and user for the failure count: the name cut to
// 64 bytes, so that the cache holds at most a few hundred KB however long
// the names a client sends.
func loginKey(addr net.Addr, user string) string {
	if len(user) > 64 {
		user = user[:64]
	}
	return addrKey(addr) + "|" + user
}

func (l *logins) recent(k string, now time.Time) []time.Time {
	ts, _ := l.addrs.Get(k)
	var out []time.Time
	for _, t := range ts {
		if now.Sub(t) < failWindow {
			out = append(out, t)
		}
	}
	return out
}

// addrKey is an address for limits: the IP, or the /64 of an IPv6 one.
func addrKey(a net.Addr) string {
	ip := net.ParseIP(addrIP(a))
	if ip == nil {
		return a.String()
	}
	if ip.To4() == nil {
		return ip.Mask(net.CIDRMask(64, 128)).String() + "/64"
	}
	return ip.String()
}

func addrIP(a net.Addr) string {
	if t, ok := a.(*net.TCPAddr); ok {
		return t.IP.String()
	}
	host, _, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	return host
}

// clean prepares client-given text for a log line: at most logLen runes,
// control characters escaped (\x1b), so that a user name or TERM cannot
// forge a line or drive the terminal of whoever reads the log. The log's
// formatter quotes it where it needs quotes, once.
func clean(s string) string { return lang.EchoUpTo(s, logLen) }
