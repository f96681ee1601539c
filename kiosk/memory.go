package kiosk

import (
	"math"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"
)

// releaseAfter is how long after sessions end the kiosk gives their memory
// back, so that a wave of closing sessions costs one release, not one
// each.
const releaseAfter = 5 * time.Second

// memory keeps the kiosk's footprint near what its sessions need: a soft
// limit on the heap (the collector works harder near it rather than the
// process growing past it), and the memory of sessions that ended given
// back to the system once their count has fallen by a quarter since the
// last release, instead of being kept for the next peak. On a small desk
// PC that memory is needed by the rest of the machine.
type memory struct {
	count    atomic.Int64 // live sessions
	peak     atomic.Int64 // most live sessions since the last release
	fell     chan struct{}
	quit     chan struct{}
	done     chan struct{}
	once     sync.Once
	releases atomic.Int64
}

// newMemory sets the soft limit (limit bytes; negative for none) and
// starts the releaser.
func newMemory(limit int64) *memory {
	if limit < 0 {
		limit = math.MaxInt64
	}
	debug.SetMemoryLimit(limit)
	m := &memory{fell: make(chan struct{}, 1), quit: make(chan struct{}), done: make(chan struct{})}
	go m.run()
	return m
}

// started counts a session in.
func (m *memory) started() {
	n := m.count.Add(1)
	for p := m.peak.Load(); n > p && !m.peak.CompareAndSwap(p, n); p = m.peak.Load() {
	}
}

// ended counts a session out.
func (m *memory) ended() {
	m.count.Add(-1)
	select {
	case m.fell <- struct{}{}:
	default: // a release is already due
	}
}

func (m *memory) run() {
	defer close(m.done)
	for {
		select {
		case <-m.quit:
			return
		case <-m.fell:
		}
		select {
		case <-m.quit:
			return
		case <-time.After(releaseAfter):
		}
		if n, p := m.count.Load(), m.peak.Load(); n <= p-max(p/4, 1) {
			debug.FreeOSMemory()
			m.releases.Add(1)
			m.peak.Store(n)
		}
	}
}

func (m *memory) stop() {
	m.once.Do(func() { close(m.quit) })
	<-m.done
}
