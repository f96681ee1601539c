package kiosk

import (
	"context"

	"yibao/model/line"
	"yibao/model/session"
	"yibao/views/lineview"

	"charm.land/ssh"
)

// lineSession serves a TERM=dumb session in line mode: plain questions,
// answers typed and echoed by us (the client's terminal is raw), no screen
// control. The same timers as the screens end it (line.RunLines), and
// shutdown ends it as it ends the screens. Its input is rationed as the
// screens' keys are, and the backstop ends it when its output is blocked.
func (s *Server) lineSession(sess ssh.Session) {
	info := s.stateOf(sess)
	ctx, cancel := context.WithCancel(sess.Context())
	defer cancel()
	pty, _ := s.ptyOf(sess) // window changes are read for every session (resizes)
	s.backstop(ctx, sess, info)
	out := &serialWriter{w: sess} // the echo and the questions come from two goroutines
	l := line.New(line.Options{Book: s.cfg.Book, Places: s.cfg.Places, Lang: s.lang(sess), Now: s.cfg.Now, Place: info.place,
		Records: s.cfg.Records, Desk: sess.User(), Centre: s.cfg.Centre,
		OnRecord: s.records.recorded(info.id, sess.User()), OnRecordsError: s.records.failed})
	why := line.RunLines(ctx, l, line.LineIO{
		In: s.newRationed(ctx, sess, info, true), Out: out, Raw: true, Width: min(pty.Window.Width, maxCols), Render: lineview.Output,
		Timers: session.NewTimers(s.cfg.Idle, s.cfg.IdleWarn, s.cfg.MaxSession, s.cfg.Now()), Closing: s.closed, Now: s.cfg.Now,
	})
	if why == session.EndNone && ctx.Err() != nil {
		info.setReason("client-gone")
		return
	}
	info.setReason(reasonFor(why))
	s.leave(sess, out, msgLineEnded(why), 0)
}
