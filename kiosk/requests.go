package kiosk

import (
	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// agentRequest asks for agent forwarding, which the kiosk never uses.
const agentRequest = "auth-agent-req@openssh.com"

// Limits on what a session may set before it starts: a desk's client
// sends a handful of variables (LANG, TERM's friends).
const (
	maxEnvRequests = 32
	maxEnvBytes    = 8 << 10
)

// sessionChannel serves a session channel as the SSH library does, with
// a few more limits: at most maxChannels at once per connection, agent
// forwarding answered "no" (the library says yes to every one, though
// nothing would use the agent), and a cap on environment variables.
func sessionChannel(srv *ssh.Server, conn *gossh.ServerConn, nc gossh.NewChannel, ctx ssh.Context) {
	if gc, ok := guardOf(ctx); ok {
		if !gc.openChannel() {
			_ = nc.Reject(gossh.ResourceShortage, "one session at a time")
			return
		}
		defer gc.closeChannel()
	}
	ssh.DefaultSessionHandler(srv, conn, filtered{nc}, ctx) // returns when the channel's requests end
}

// filtered is a new channel whose requests pass through a filter.
type filtered struct{ gossh.NewChannel }

func (n filtered) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := n.NewChannel.Accept()
	if err != nil {
		return ch, reqs, err
	}
	out := make(chan *gossh.Request)
	go func() {
		defer close(out) // with the channel's own requests
		envs, envBytes := 0, 0
		for r := range reqs {
			switch r.Type {
			case agentRequest:
				_ = r.Reply(false, nil)
				continue
			case "env":
				envs++
				envBytes += len(r.Payload)
				if envs > maxEnvRequests || envBytes > maxEnvBytes {
					_ = r.Reply(false, nil)
					continue
				}
			}
			out <- r
		}
	}()
	return ch, out, nil
}
