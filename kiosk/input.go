package kiosk

import (
	"context"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	uv "github.com/charmbracelet/ultraviolet"
)

// pumpInput reads the session's keys for the program in place of Bubble
// Tea's own reader. That reader hands each key to the program with a send
// that never gives up, so a client that types a few KB and leaves kept it
// (and the program's screen buffers, about 10 MB at 300x120) forever.
// Here keys go in by Program.Send, which stops with the session; the
// reader ends when the session's channel closes.
func pumpInput(ctx context.Context, sess ssh.Session, term string, p *tea.Program) {
	events := make(chan uv.Event)
	go func() {
		defer close(events)
		_ = uv.NewTerminalReader(sess, term).StreamEvents(ctx, events)
	}()
	go func() {
		for ev := range events {
			p.Send(ev) // returns at once once the program has ended
		}
	}()
}
