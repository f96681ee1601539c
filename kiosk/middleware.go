package kiosk

import (
	"crypto/rand"
	"encoding/hex"
	"strconv"
	"time"
	"unicode"
	"unicode/utf8"

	"charm.land/ssh"

	"yibao/data/places"
	"yibao/kiosk/limits"
)

// ctxKey keys the values the kiosk leaves in a connection's context.
type ctxKey int

// refuse records a refusal, tells the person why and ends the session with
// status 1, never waiting long on a client that takes no output.
func (s *Server) refuse(sess ssh.Session, why, text string) {
	st := s.stateOf(sess)
	st.setReason("refused: " + why)
	s.refused(sess.RemoteAddr(), why, "id", st.id)
	s.leave(sess, sess, text, 1)
}

// live marks the session live on its connection while it runs, refused
// or not: a connection whose last session ended must open another soon or
// go, and waits again among its address's connections meanwhile. When the
// session ends its terminal is forgotten (see handling). The session's own
// state (state.go) lives as long.
func (s *Server) live(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		sessionStarted(sess.Context())
		defer sessionEnded(sess.Context())
		defer s.windows.Delete(sess)
		s.track(sess, func() { next(sess) })
	}
}

// logSessions logs each connect and disconnect with its duration. Lines
// carry the session id, the remote address, the terminal type and size and
// the outcome; never an answer.
func (s *Server) logSessions(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		in := s.stateOf(sess)
		start := time.Now()
		pty, hasPTY := s.ptyOf(sess)
		term, size := "", ""
		if hasPTY {
			term = pty.Term
			size = strconv.Itoa(pty.Window.Width) + "x" + strconv.Itoa(pty.Window.Height)
		}
		s.log.Info("connect", "id", in.id, "remote", remoteIP(sess), "user", clean(sess.User()), "pty", hasPTY, "term", clean(term), "size", size)
		defer func() {
			s.log.Info("disconnect", "id", in.id, "remote", remoteIP(sess), "duration", time.Since(start).Round(time.Second), "reason", in.ending())
		}()
		next(sess)
	}
}

// gate refuses sessions while the server closes, from addresses that
// connect too often or hold their share of the sessions already, and
// beyond the session ceiling.
func (s *Server) gate(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		// Counted before the closing check, so shutdown either sees this
		// session or the session sees shutdown.
		s.sessions.Add(1)
		defer s.sessions.Done()
		if s.closing.Load() {
			s.refuse(sess, "closing", msgClosing())
			return
		}
		if !s.limiter.Allow(sess.RemoteAddr()) {
			s.refuse(sess, "rate", msgRateLimited())
			return
		}
		// The address's share first: a session refused for it never
		// counts against the ceiling, however long its notice takes.
		key := limits.AddrKey(sess.RemoteAddr())
		if !s.perAddress.Take(key) {
			s.refuse(sess, "address-full", msgFull(s.cfg.MaxSessions))
			return
		}
		defer s.perAddress.Give(key)
		if s.active.Add(1) > int64(s.cfg.MaxSessions) {
			s.active.Add(-1)
			s.refuse(sess, "full", msgFull(s.cfg.MaxSessions))
			return
		}
		s.mem.started()
		defer s.sessionGone()
		next(sess)
	}
}

// terminal refuses sessions without a PTY with a short explanation, and
// accepts after the host only one word that could be a place (the deep
// link `ssh -t host 长沙`; a mistyped one opens the place question with
// the word typed in and suggestions); anything else is a command and is
// refused. The raw command is measured before it is split into words,
// which costs time in the square of its length.
func (s *Server) terminal(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		if _, ok := s.ptyOf(sess); !ok {
			if sess.Context().Err() != nil {
				s.stateOf(sess).setReason("client-gone")
				return
			}
			s.refuse(sess, "no-pty", msgNoPTY(sess.LocalAddr()))
			return
		}
		raw := sess.RawCommand()
		switch {
		case raw == "":
		case len(raw) <= maxRawCommand && placeWord(sess.Command()):
			s.stateOf(sess).place = sess.Command()[0]
		default:
			s.refuse(sess, "command", msgCommand())
			return
		}
		if pty, _ := s.ptyOf(sess); pty.Term == "dumb" {
			s.lineSession(sess)
			return
		}
		next(sess)
	}
}

// maxRawCommand is the longest command line taken as a place: a few
// times the longest place query.
const maxRawCommand = 4 * 4 * places.MaxQuery

// placeWord reports whether a command is one word that could be a place
// query: letters (hanzi or Latin), digits, spaces inside none, apostrophes
// (xi'an), and no longer than a place name. Paths, options and shell
// words with other characters are commands.
func placeWord(args []string) bool {
	if len(args) != 1 || utf8.RuneCountInString(args[0]) > places.MaxQuery {
		return false
	}
	for _, r := range args[0] {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' {
			return false
		}
	}
	return true
}

// sessionGone counts a session past the gate out.
func (s *Server) sessionGone() {
	s.active.Add(-1)
	s.mem.ended()
}

func remoteIP(sess ssh.Session) string { return limits.AddrIP(sess.RemoteAddr()) }

func newID() string {
	b := make([]byte, 4)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
