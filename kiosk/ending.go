package kiosk

import (
	"context"
	"io"
	"sync"
	"time"

	"charm.land/ssh"
)

// How long the kiosk waits on a client that does not take what it sends.
// An SSH client chooses how much it will take (its window); one that keeps
// the window shut blocks every write to its session for ever, so nothing
// that ends a session may wait on a write.
const (
	// defaultNoticeWithin is how long a last notice (a refusal, why the
	// session ended) may take to go out before the connection is cut.
	defaultNoticeWithin = 2 * time.Second
	// defaultOverdue is how long after it should have ended (idle, its
	// longest time, the closing notice) a session is cut off, when its own
	// timers could not end it because its output is blocked.
	defaultOverdue = 3 * time.Second
)

// leave writes a last notice (to out: the session, or a writer in front of
// it) and the exit status, then closes the session; when the client does
// not take them within noticeWithin its connection is cut instead. It
// never waits longer than that.
func (s *Server) leave(sess ssh.Session, out io.Writer, text string, code int) {
	done := make(chan struct{})
	go func() { // ends when the write ends, or when the cut ends it
		defer close(done)
		if text != "" {
			_, _ = io.WriteString(out, text)
		}
		_ = sess.Exit(code)
	}()
	t := time.NewTimer(s.cfg.noticeWithin)
	defer t.Stop()
	select {
	case <-done:
	case <-t.C:
		s.cut(sess, "notice not taken")
	}
}

// cut closes the session's channel and its connection without writing
// anything more: writes blocked on the client's window end with it.
func (s *Server) cut(sess ssh.Session, why string) {
	s.refused(sess.RemoteAddr(), why, "id", s.stateOf(sess).id)
	_ = sess.Close()
	if gc, ok := guardOf(sess.Context()); ok {
		_ = gc.Close()
	}
}

// backstop cuts off a session its own timers cannot end: one whose client
// stopped taking output, so that its screen (or line) waits on a write and
// never looks at its deadlines. It waits until overdue past the time the
// session should have ended (idle since its last input, at its longest
// time, or once the closing notice has shown), and stops when ctx ends.
// It returns at once; the watch runs on its own goroutine.
func (s *Server) backstop(ctx context.Context, sess ssh.Session, st *state) {
	start := time.Now()
	due := func(closedAt time.Time) time.Time {
		end := start.Add(s.cfg.MaxSession)
		if idle := st.lastInput().Add(s.cfg.Idle); idle.Before(end) {
			end = idle
		}
		if !closedAt.IsZero() {
			if c := closedAt.Add(s.cfg.CloseNotice); c.Before(end) {
				end = c
			}
		}
		return end.Add(s.cfg.overdue)
	}
	go func() {
		var closedAt time.Time
		closing := s.closed
		t := time.NewTimer(time.Until(due(closedAt)))
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-closing:
				closing, closedAt = nil, time.Now()
			case <-t.C:
				if time.Now().Before(due(closedAt)) {
					break // input came since: wait again
				}
				st.setReason("cut off: output blocked")
				s.cut(sess, "output blocked past the session's end")
				return
			}
			t.Reset(time.Until(due(closedAt)))
		}
	}()
}

// serialWriter lets several goroutines write to one session: an SSH
// channel takes one write at a time.
type serialWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (w *serialWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.w.Write(p)
}
