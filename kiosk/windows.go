package kiosk

import (
	"sync"

	"charm.land/ssh"
)

// resizes is a session's latest window size. The SSH library queues window
// changes in a channel of one slot and blocks its request loop (and with
// it the connection) when nobody reads; so every session with a terminal
// gets one reader from its pty request until the connection's requests
// end, whatever becomes of the session, and the advisor takes the latest
// size from here.
//
// It also keeps the terminal's request as it came: the library rewrites
// its own copy on every window change, unguarded, so reading that copy
// while a client floods changes is a data race. The kiosk reads this one.
type resizes struct {
	pty     ssh.Pty // as requested; Window is the first size
	mu      sync.Mutex
	latest  ssh.Window
	changed chan struct{} // one slot: a change not yet taken
	handled bool          // a session handler runs and forgets the terminal when it ends
}

// handling marks the session's terminal as one its handler will read: the
// handler forgets it when it ends, not the window reader. So a client that
// leaves before its handler reads the terminal is still seen to have had
// one, and is logged as gone rather than refused for want of a terminal.
// It runs on the request goroutine, before the handler starts.
func (s *Server) handling(sess ssh.Session) {
	if r, ok := s.windows.Load(sess); ok {
		r := r.(*resizes)
		r.mu.Lock()
		r.handled = true
		r.mu.Unlock()
	}
}

func (r *resizes) set(w ssh.Window) {
	r.mu.Lock()
	r.latest = w
	r.mu.Unlock()
	select {
	case r.changed <- struct{}{}:
	default: // a change is already waiting; it will read the latest
	}
}

// get is the latest size.
func (r *resizes) get() ssh.Window {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.latest
}

// ptyHandler wraps the library's emulated terminal (which the advisor
// draws on) to start the session's window reader.
func (s *Server) ptyHandler(emulate ssh.PtyHandler) ssh.PtyHandler {
	return func(ctx ssh.Context, sess ssh.Session, pty ssh.Pty) (func() error, error) {
		closer, err := emulate(ctx, sess, pty)
		if err != nil {
			return closer, err
		}
		// Still the request goroutine: the library's copy cannot change now.
		_, windows, ok := sess.Pty()
		if !ok || windows == nil {
			return closer, nil
		}
		r := &resizes{pty: pty, latest: pty.Window, changed: make(chan struct{}, 1)}
		s.windows.Store(sess, r)
		go func() {
			for w := range windows { // closed when the connection's requests end
				r.set(w)
			}
			r.mu.Lock()
			defer r.mu.Unlock()
			if !r.handled {
				s.windows.Delete(sess)
			}
		}()
		return closer, nil
	}
}

// resizesOf is the session's terminal and window sizes; a session without
// a terminal gets a fixed one that never changes.
func (s *Server) resizesOf(sess ssh.Session) *resizes {
	if r, ok := s.windows.Load(sess); ok {
		return r.(*resizes)
	}
	return &resizes{changed: make(chan struct{}, 1)}
}

// ptyOf is the session's terminal request, read from the kiosk's own copy
// (see resizes); ok is false without a terminal.
func (s *Server) ptyOf(sess ssh.Session) (ssh.Pty, bool) {
	r, ok := s.windows.Load(sess)
	if !ok {
		return ssh.Pty{}, false
	}
	return r.(*resizes).pty, true
}
