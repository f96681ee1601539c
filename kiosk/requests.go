package kiosk

import (
	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// agentRequest asks for agent forwarding, which the kiosk never uses.
const agentRequest = "auth-agent-req@openssh.com"

// sessionChannel serves a session channel as the SSH library does, but
// answers an agent-forwarding request "no" itself (the library says yes
// to every one, though nothing would use the agent).
func sessionChannel(srv *ssh.Server, conn *gossh.ServerConn, nc gossh.NewChannel, ctx ssh.Context) {
	ssh.DefaultSessionHandler(srv, conn, noAgent{nc}, ctx)
}

// noAgent is a new channel whose requests pass through a filter.
type noAgent struct{ gossh.NewChannel }

func (n noAgent) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := n.NewChannel.Accept()
	if err != nil {
		return ch, reqs, err
	}
	out := make(chan *gossh.Request)
	go func() {
		defer close(out) // with the channel's own requests
		for r := range reqs {
			if r.Type == agentRequest {
				_ = r.Reply(false, nil)
				continue
			}
			out <- r
		}
	}()
	return ch, out, nil
}
