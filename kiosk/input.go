package kiosk

import (
	"bytes"
	"context"
	"io"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	uv "github.com/charmbracelet/ultraviolet"
	"golang.org/x/time/rate"
)

// pumpInput reads the session's keys for the program in place of Bubble
// Tea's own reader. That reader hands each key to the program with a send
// that never gives up, so a client that types a few KB and leaves kept it
// (and the program's screen buffers, about 10 MB at 300x120) forever.
// Here keys go in by Program.Send, which stops with the session. When the
// input ends (the client closed the session's channel, or sent its end)
// the session ends too: end cancels its context, which quits the program,
// so a closed channel leaves nothing running.
//
// Keys are also rationed: a desk types a few keys a second and pastes a
// place name at most, while decoding and handing over each key costs some
// microseconds; a client that pours megabytes in is slowed to inputRate
// (its SSH window fills and it waits) rather than costing a core.
func (s *Server) pumpInput(ctx context.Context, sess ssh.Session, term string, p *tea.Program, st *state, end context.CancelFunc) {
	events := make(chan uv.Event)
	in := s.newRationed(ctx, sess, st, false)
	go func() {
		defer close(events)
		defer end()
		_ = uv.NewTerminalReader(in, term).StreamEvents(ctx, events)
	}()
	go func() {
		for ev := range events {
			p.Send(ev) // returns at once once the program has ended
		}
	}()
}

// The input a session may send: inputRate bytes a second, after a burst of
// inputBurst (a long paste). In the line mode every line is answered with
// the question again, so lines are rationed too: lineRate a second after
// lineBurst (a person answers a line every few seconds; a paste of a few
// answers goes through at once).
const (
	inputRate  = 4 << 10
	inputBurst = 64 << 10
	lineRate   = 10
	lineBurst  = 50
)

// rationed reads at most at its limiters' rates, and notes in the
// session's state when input came.
type rationed struct {
	r     io.Reader
	ctx   context.Context
	lim   *rate.Limiter
	lines *rate.Limiter // nil: lines are not counted (the screens)
	st    *state

	// With lines counted, what was read is handed on a line at a time:
	// held is what is left of buf, err the read's error, once held is
	// handed on.
	buf, held []byte
	err       error
}

// newRationed is the session's input, rationed, for the screens (lines
// false) and the line mode (lines true).
func (s *Server) newRationed(ctx context.Context, sess ssh.Session, st *state, lines bool) *rationed {
	r := &rationed{r: sess, ctx: ctx, lim: rate.NewLimiter(inputRate, inputBurst), st: st}
	if lines {
		r.lines = rate.NewLimiter(rate.Limit(s.cfg.lineRate), s.cfg.lineBurst)
	}
	return r
}

// Read reads; in the line mode it hands on at most one line end at a
// time, each when the lines' ration allows.
func (r *rationed) Read(p []byte) (int, error) {
	if r.lines == nil {
		return r.read(p)
	}
	if len(r.held) == 0 {
		if r.err != nil {
			return 0, r.err
		}
		if r.buf == nil {
			r.buf = make([]byte, 4<<10)
		}
		n, err := r.read(r.buf)
		r.held, r.err = r.buf[:n], err
		if n == 0 {
			return 0, err
		}
	}
	m := min(len(p), len(r.held))
	if i := bytes.IndexAny(r.held[:m], "\r\n"); i >= 0 {
		m = i + 1
		if err := r.lines.Wait(r.ctx); err != nil {
			return 0, io.EOF // the session ended while waiting
		}
	}
	copy(p, r.held[:m])
	r.held = r.held[m:]
	return m, nil
}

// read reads at most at the bytes' rate.
func (r *rationed) read(p []byte) (int, error) {
	if len(p) > inputBurst {
		p = p[:inputBurst]
	}
	n, err := r.r.Read(p)
	if n == 0 {
		return n, err
	}
	r.st.touch(time.Now())
	if werr := r.lim.WaitN(r.ctx, n); werr != nil && err == nil {
		err = io.EOF // the session ended while waiting
	}
	return n, err
}
