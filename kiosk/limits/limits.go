// Package limits keeps the kiosk's per-address bookkeeping: connections
// waiting for a session, session rates, wrong passwords and the refusals
// the log reports. Each is bounded, whatever clients send.
package limits

import (
	"net"
	"sync"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"
	"golang.org/x/time/rate"
)

// NewPending counts what addresses hold, at most most per address.
func NewPending(most int) *Pending { return &Pending{most: most, by: map[string]int{}} }

// Pending counts, per address, what each holds: the connections without a
// live session, or the live sessions.
type Pending struct {
	mu   sync.Mutex
	most int
	by   map[string]int
}

func (p *Pending) Take(key string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.by[key] >= p.most {
		return false
	}
	p.by[key]++
	return true
}

func (p *Pending) Give(key string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.by[key]--; p.by[key] <= 0 {
		delete(p.by, key)
	}
}

// Rates keeps one rate limiter per client address (an IPv6 /64 counts
// as one address), in a bounded cache.
type Rates struct {
	rate  rate.Limit
	burst int
	cache *lru.Cache[string, *rate.Limiter]
}

func NewRates(r float64, burst int) *Rates {
	c, _ := lru.New[string, *rate.Limiter](4096)
	return &Rates{rate: rate.Limit(r), burst: burst, cache: c}
}

// Allow takes one token for the address.
func (l *Rates) Allow(addr net.Addr) bool {
	k := AddrKey(addr)
	lim, ok := l.cache.Get(k)
	if !ok {
		lim = rate.NewLimiter(l.rate, l.burst)
		l.cache.Add(k, lim)
	}
	return lim.Allow()
}

// Logins slows password guessing without locking a centre out: its desks
// share one address and often one user name, so a desk that mistypes its
// password waits briefly, for that address and user alone, the wait
// doubling with each further failure; only an address that fails very
// often (guessing across user names) waits as a whole.
type Logins struct {
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
	FreeFailures    = 3                // failures per address and user before a wait
	FirstLoginWait  = 10 * time.Second // then 20 s, 40 s ... up to MaxLoginWait
	MaxLoginWait    = 5 * time.Minute
	AddressFailures = 100 // failures from one address within FailWindow
	FailWindow      = 10 * time.Minute
)

func NewLogins(first time.Duration) *Logins {
	u, _ := lru.New[string, *loginState](4096)
	a, _ := lru.New[string, []time.Time](4096)
	return &Logins{first: first, users: u, addrs: a}
}

// Blocked reports whether the address and user must wait before trying
// again.
func (l *Logins) Blocked(addr net.Addr, user string, now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if st, ok := l.users.Get(LoginKey(addr, user)); ok && now.Before(st.until) {
		return true
	}
	return len(l.recent(AddrKey(addr), now)) >= AddressFailures
}

// Failed records a failed login.
func (l *Logins) Failed(addr net.Addr, user string, now time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	k := AddrKey(addr)
	l.addrs.Add(k, append(l.recent(k, now), now))
	st, ok := l.users.Get(LoginKey(addr, user))
	if !ok || now.Sub(st.last) > FailWindow {
		st = &loginState{}
		l.users.Add(LoginKey(addr, user), st)
	}
	st.fails++
	st.last = now
	if st.fails >= FreeFailures {
		wait := l.first << min(st.fails-FreeFailures, 10)
		st.until = now.Add(min(wait, MaxLoginWait))
	}
}

// Succeeded forgets the address and user's failures.
func (l *Logins) Succeeded(addr net.Addr, user string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.users.Remove(LoginKey(addr, user))
}

// LoginKey is an address and user for the failure count: the name cut to
// 64 bytes, so that the cache holds at most a few hundred KB however long
// the names a client sends.
func LoginKey(addr net.Addr, user string) string {
	if len(user) > 64 {
		user = user[:64]
	}
	return AddrKey(addr) + "|" + user
}

func (l *Logins) recent(k string, now time.Time) []time.Time {
	ts, _ := l.addrs.Get(k)
	var out []time.Time
	for _, t := range ts {
		if now.Sub(t) < FailWindow {
			out = append(out, t)
		}
	}
	return out
}

// AddrKey is an address for limits: the IP, or the /64 of an IPv6 one.
func AddrKey(a net.Addr) string {
	ip := net.ParseIP(AddrIP(a))
	if ip == nil {
		return a.String()
	}
	if ip.To4() == nil {
		return ip.Mask(net.CIDRMask(64, 128)).String() + "/64"
	}
	return ip.String()
}

func AddrIP(a net.Addr) string {
	if t, ok := a.(*net.TCPAddr); ok {
		return t.IP.String()
	}
	host, _, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	return host
}

// RefusalEvery is how often one kind of refusal from one address is
// logged; the ones between are counted and reported with the next line.
const RefusalEvery = time.Minute

// Refusals keeps the log readable under a flood: 5,000 refused
// connections from one address are a line a minute, with a count.
type Refusals struct {
	mu    sync.Mutex
	kinds *lru.Cache[string, *refusalCount]
}

type refusalCount struct {
	logged     time.Time
	suppressed int
}

func NewRefusals() *Refusals {
	c, _ := lru.New[string, *refusalCount](4096)
	return &Refusals{kinds: c}
}

// Note counts a refusal and reports whether to log it, with how many like
// it went unlogged since the last line.
func (r *Refusals) Note(remote, reason string, now time.Time) (log bool, suppressed int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	k := remote + "|" + reason
	c, ok := r.kinds.Get(k)
	if !ok {
		r.kinds.Add(k, &refusalCount{logged: now})
		return true, 0
	}
	if now.Sub(c.logged) < RefusalEvery {
		c.suppressed++
		return false, 0
	}
	n := c.suppressed
	c.logged, c.suppressed = now, 0
	return true, n
}
