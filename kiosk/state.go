package kiosk

import (
	"sync"
	"sync/atomic"
	"time"

	"charm.land/ssh"
)

// state is what the kiosk keeps about one session, from the moment its
// handler starts until it ends. It is kept per session, not in the
// session's context: the SSH library gives every session of a connection
// the same context, so values put there by one session would be read by
// its siblings. It holds no answer: the deep-link place is used, never
// logged.
type state struct {
	id    string
	place string

	mu     sync.Mutex
	reason string // why it ended, for the disconnect line

	seen atomic.Int64 // when input last came, in Unix nanoseconds
}

func newState(now time.Time) *state {
	st := &state{id: newID()}
	st.touch(now)
	return st
}

// touch records that input came.
func (st *state) touch(now time.Time) { st.seen.Store(now.UnixNano()) }

// lastInput is when input last came (the start, before any).
func (st *state) lastInput() time.Time { return time.Unix(0, st.seen.Load()) }

// setReason records why the session ended; the first reason given stands
// (a session cut off is then also found gone).
func (st *state) setReason(why string) {
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.reason == "" {
		st.reason = why
	}
}

// ending is why the session ended; "quit" unless told otherwise.
func (st *state) ending() string {
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.reason == "" {
		return "quit"
	}
	return st.reason
}

// track keeps a state for the session while next runs.
func (s *Server) track(sess ssh.Session, next func()) {
	s.states.Store(sess, newState(time.Now()))
	defer s.states.Delete(sess)
	next()
}

// stateOf is the session's state; one that is not tracked (never the case
// past the first middleware) gets a fresh one that nothing else sees.
func (s *Server) stateOf(sess ssh.Session) *state {
	if st, ok := s.states.Load(sess); ok {
		return st.(*state)
	}
	return newState(time.Now())
}
