package kiosk

import (
	"context"

	"charm.land/ssh"

	"yibao/model"
	"yibao/views"
)

// lineSession serves a TERM=dumb session in line mode: plain questions,
// answers typed and echoed by us (the client's terminal is raw), no screen
// control. The same timers as the screens end it (model.RunLines), and
// shutdown ends it as it ends the screens.
func (s *Server) lineSession(sess ssh.Session) {
	info := sessionInfo(sess)
	ctx, cancel := context.WithCancel(sess.Context())
	defer cancel()
	pty, windows, _ := sess.Pty()
	go drain(ctx, windows)
	l := model.NewLine(model.Options{Book: s.cfg.Book, Places: s.cfg.Places, Lang: s.lang(sess), Now: s.cfg.Now, Place: info.place})
	why := model.RunLines(ctx, l, model.LineIO{
		In: sess, Out: sess, Raw: true, Width: min(pty.Window.Width, maxCols), Render: views.LineOutput,
		Timers: model.NewTimers(s.cfg.Idle, s.cfg.IdleWarn, s.cfg.MaxSession, s.cfg.Now()), Closing: s.closed, Now: s.cfg.Now,
	})
	if why == model.EndNone && ctx.Err() != nil {
		setReason(sess, "client-gone")
		return
	}
	setReason(sess, reasonFor(why))
	_, _ = sess.Write([]byte(msgLineEnded(why)))
	_ = sess.Exit(0)
}

// drain reads the session's window changes until ctx ends, so that the
// SSH library's one-slot queue of them never blocks its request loop.
func drain(ctx context.Context, windows <-chan ssh.Window) {
	for {
		select {
		case <-ctx.Done():
			return
		case _, ok := <-windows:
			if !ok {
				return
			}
		}
	}
}
