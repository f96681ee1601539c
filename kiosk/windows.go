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
type resizes struct {
	mu      sync.Mutex
	latest  ssh.Window
	changed chan struct{} // one slot: a change not yet taken
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
		_, windows, ok := sess.Pty()
		if !ok || windows == nil {
			return closer, nil
		}
		r := &resizes{latest: pty.Window, changed: make(chan struct{}, 1)}
		s.windows.Store(sess, r)
		go func() {
			defer s.windows.Delete(sess)
			for w := range windows { // closed when the connection's requests end
				r.set(w)
			}
		}()
		return closer, nil
	}
}

// resizesOf is the session's window sizes; a session whose terminal came
// without a reader (none in practice) gets a fixed one.
func (s *Server) resizesOf(sess ssh.Session) *resizes {
	if r, ok := s.windows.Load(sess); ok {
		return r.(*resizes)
	}
	pty, _, _ := sess.Pty()
	return &resizes{latest: pty.Window, changed: make(chan struct{}, 1)}
}
