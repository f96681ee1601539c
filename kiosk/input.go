package kiosk

import (
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
	in := newRationed(ctx, sess, st)
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
// inputBurst (a long paste).
const (
	inputRate  = 4 << 10
	inputBurst = 64 << 10
)

// rationed reads at most at its limiter's rate, and notes in the
// session's state when input came.
type rationed struct {
	r   io.Reader
	ctx context.Context
	lim *rate.Limiter
	st  *state
}

// newRationed is the session's input, rationed, for the screens and the line
// mode alike.
func newRationed(ctx context.Context, sess ssh.Session, st *state) *rationed {
	return &rationed{r: sess, ctx: ctx, lim: rate.NewLimiter(inputRate, inputBurst), st: st}
}

func (r *rationed) Read(p []byte) (int, error) {
	if len(p) > inputBurst {
		p = p[:inputBurst]
	}
	n, err := r.r.Read(p)
	if n > 0 {
		r.st.touch(time.Now())
		if werr := r.lim.WaitN(r.ctx, n); werr != nil && err == nil {
			err = io.EOF // the session ended while waiting
		}
	}
	return n, err
}
