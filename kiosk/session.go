package kiosk

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"time"

	"yibao/model/session"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"yibao/data/lang"
	"yibao/model"
	"yibao/views"
)

// advisor runs one session's advisor and tells the person, in plain text
// after the screen closes, why it ended.
func (s *Server) advisor(sess ssh.Session) {
	pty, _ := s.ptyOf(sess)
	info := s.stateOf(sess)
	ctx, cancel := context.WithCancel(sess.Context())
	defer cancel()

	panicked := false
	g := newGuard(s.newModel(ctx, sess, info), func(r any) {
		panicked = true
		s.log.Error("panic in session", "id", info.id, "panic", lang.EchoUpTo(fmt.Sprint(r), 200), "stack", lang.CleanLines(string(debug.Stack())))
	})
	w := clampSize(tea.WindowSizeMsg{Width: pty.Window.Width, Height: pty.Window.Height})
	env := append(sess.Environ(), "TERM="+pty.Term)
	opts := append([]tea.ProgramOption{},
		// As wish's MakeOptions, without its read of the library's racy
		// copy of the terminal: output to the session, its environment,
		// and the colour profile its environment implies.
		tea.WithOutput(sess),
		tea.WithEnvironment(env),
		tea.WithColorProfile(colorprofile.Env(env)),
		tea.WithContext(ctx),
		tea.WithoutSignalHandler(),
		tea.WithFilter(filter),
		tea.WithWindowSize(w.Width, w.Height),
		tea.WithInput(nil), // keys come by pumpInput
	)
	p := tea.NewProgram(g, opts...)
	if closing := s.programs.add(p); closing != nil {
		go p.Send(closing) // the server began closing as this session started
	}
	defer s.programs.remove(p)

	// The program reads no input itself, so it sends no terminal queries:
	// ask for the background colour here, before the first frame, and let
	// the reply come in with the keys.
	// The backstop first: a client that takes no output blocks this write.
	s.backstop(ctx, sess, info)
	_, _ = io.WriteString(sess, ansi.RequestBackgroundColor)
	s.pumpInput(ctx, sess, pty.Term, p, info, cancel)
	done := make(chan struct{})
	go func() {
		defer close(done)
		followResizes(ctx, s.resizesOf(sess), p)
	}()
	final, err := p.Run()
	p.Kill()
	cancel()
	<-done
	s.finish(sess, ctx, final, err, panicked)
}

// newModel is the session's advisor.
func (s *Server) newModel(ctx context.Context, sess ssh.Session, info *state) tea.Model {
	var m tea.Model = model.New(model.Options{
		Book:       s.cfg.Book,
		Places:     s.cfg.Places,
		Lang:       s.lang(sess),
		Now:        s.cfg.Now,
		Place:      info.place,
		Views:      views.New(),
		Context:    ctx,
		Idle:       s.cfg.Idle,
		IdleWarn:   s.cfg.IdleWarn,
		MaxSession: s.cfg.MaxSession,
		// Records are made as the SSH user, and logged by id only.
		Records: s.cfg.Records, Desk: sess.User(), Centre: s.cfg.Centre,
		OnRecord: s.records.recorded(info.id, sess.User()), OnTakeBack: s.records.takenBack(info.id, sess.User()),
		OnRecordsError: s.records.failed,
		// Slips go to the desk's clipboard (OSC 52) and the screen, to be
		// photographed; the server keeps nothing.
		Slips: true, CopySlip: true, Compare: true, Guides: true,
	})
	if s.cfg.wrap != nil {
		m = s.cfg.wrap(m)
	}
	return m
}

// resizeEvery is the least time between two redraws for window changes:
// a person dragging a window's corner sees it follow, and a client
// sending forty thousand changes costs forty redraws a second.
const resizeEvery = 25 * time.Millisecond

// followResizes gives the program the latest window size, at most every
// resizeEvery, until ctx ends, then quits it.
func followResizes(ctx context.Context, r *resizes, p *tea.Program) {
	for {
		select {
		case <-ctx.Done():
			p.Quit()
			return
		case <-r.changed:
			w := r.get()
			p.Send(tea.WindowSizeMsg{Width: w.Width, Height: w.Height})
		}
		select {
		case <-ctx.Done():
		case <-time.After(resizeEvery):
		}
	}
}

// finish logs why the session ended and says so to the person.
func (s *Server) finish(sess ssh.Session, ctx context.Context, final tea.Model, err error, panicked bool) {
	why := session.EndNone
	if g, ok := final.(guard); ok {
		if m, ok := g.inner.(model.Model); ok {
			why = m.Ended
		}
	}
	st := s.stateOf(sess)
	switch {
	case panicked || errors.Is(err, tea.ErrProgramPanic):
		st.setReason("panic")
		if !panicked {
			s.log.Error("panic in session", "id", st.id, "panic", "in a command")
		}
		s.leave(sess, sess, msgPanic(), 1)
		return
	case why == session.EndNone && err != nil && ctx.Err() != nil:
		st.setReason("client-gone")
	default:
		st.setReason(reasonFor(why))
	}
	// Exit here rather than leave it to the SSH library, so the status
	// reaches the client before a shutdown closes the connection.
	s.leave(sess, sess, msgEnded(why), 0)
}

// reasonFor names an ending for the disconnect log line.
func reasonFor(why session.Ending) string {
	switch why {
	case session.EndIdle:
		return "idle"
	case session.EndTimeUp:
		return "time-up"
	case session.EndClosing:
		return "shutdown"
	}
	return "quit"
}

// filter keeps a suspend key from stopping a remote session (wish's own
// rule), caps window sizes from the client, and drops typing into a full
// field before it costs anything (model.Filter).
func filter(tm tea.Model, msg tea.Msg) tea.Msg {
	switch m := msg.(type) {
	case tea.SuspendMsg:
		return tea.ResumeMsg{}
	case tea.WindowSizeMsg:
		return clampSize(m)
	}
	if g, ok := tm.(guard); ok {
		return model.Filter(g.inner, msg)
	}
	return msg
}

// clampSize keeps a client's window size sensible: 80x24 when it reports
// none (ssh -tt from a script), and at most maxCols x maxRows, since the
// renderer keeps a cell buffer of the whole window.
func clampSize(m tea.WindowSizeMsg) tea.WindowSizeMsg {
	if m.Width <= 0 || m.Height <= 0 {
		m.Width, m.Height = defaultCols, defaultRows
	}
	m.Width, m.Height = min(m.Width, maxCols), min(m.Height, maxRows)
	return m
}

// lang is the session's starting language: the configured one, else the
// client's locale.
func (s *Server) lang(sess ssh.Session) lang.Lang {
	if s.cfg.Lang != "" {
		return s.cfg.Lang
	}
	return lang.FromEnv(sess.Environ())
}
