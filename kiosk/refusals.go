package kiosk

import (
	"net"
	"sync"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"
)

// refusalEvery is how often one kind of refusal from one address is
// logged; the ones between are counted and reported with the next line.
const refusalEvery = time.Minute

// refusals keeps the log readable under a flood: 5,000 refused
// connections from one address are a line a minute, with a count.
type refusals struct {
	mu    sync.Mutex
	kinds *lru.Cache[string, *refusalCount]
}

type refusalCount struct {
	logged     time.Time
	suppressed int
}

func newRefusals() *refusals {
	c, _ := lru.New[string, *refusalCount](4096)
	return &refusals{kinds: c}
}

// note counts a refusal and reports whether to log it, with how many like
// it went unlogged since the last line.
func (r *refusals) note(remote, reason string, now time.Time) (log bool, suppressed int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	k := remote + "|" + reason
	c, ok := r.kinds.Get(k)
	if !ok {
		r.kinds.Add(k, &refusalCount{logged: now})
		return true, 0
	}
	if now.Sub(c.logged) < refusalEvery {
		c.suppressed++
		return false, 0
	}
	n := c.suppressed
	c.logged, c.suppressed = now, 0
	return true, n
}

// refused logs a refusal, at most once a minute for one kind from one
// address (an IPv6 /64 counting as one, as for the limits). kv are more
// key-value pairs for the line.
func (s *Server) refused(remote net.Addr, reason string, kv ...any) {
	logIt, n := s.refusals.note(addrKey(remote), reason, time.Now())
	if !logIt {
		return
	}
	args := append([]any{"remote", addrIP(remote), "reason", reason}, kv...)
	if n > 0 {
		args = append(args, "also", n)
	}
	s.log.Warn("refused", args...)
}
