package kiosk

import (
	"sync"
	"time"

	"yibao/data/lang"
)

// recordsErrorEvery is the least time between two log lines saying that
// the records cannot be read or written: a database that is down for an
// hour makes sixty lines, not one a desk.
const recordsErrorEvery = time.Minute

// recordsLog logs what the sessions' records do: one line a record
// (session id, desk user, record id; never the place or the amount), and
// store failures at most once a minute.
type recordsLog struct {
	log *logQueue
	now func() time.Time

	mu      sync.Mutex
	lastErr time.Time
}

// recorded is a session's OnRecord: one line a record kept.
func (r *recordsLog) recorded(session, user string) func(id string) {
	return func(id string) {
		r.log.Info("record", "id", session, "user", clean(user), "record", clean(id))
	}
}

// takenBack is a session's OnTakeBack: one line a record taken back, so
// that the log accounts for every record a session kept.
func (r *recordsLog) takenBack(session, user string) func(id string) {
	return func(id string) {
		r.log.Info("take-back", "id", session, "user", clean(user), "record", clean(id))
	}
}

// failed is the sessions' OnRecordsError: the store's plain line (which
// names no server or password), at most once a minute.
func (r *recordsLog) failed(err error) {
	now := r.now()
	r.mu.Lock()
	if !r.lastErr.IsZero() && now.Sub(r.lastErr) < recordsErrorEvery {
		r.mu.Unlock()
		return
	}
	r.lastErr = now
	r.mu.Unlock()
	r.log.Warn("records", "error", lang.Message(err).Line())
}
