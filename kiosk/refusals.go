package kiosk

import (
	"net"
	"time"

	"yibao/kiosk/limits"
)

// refused logs a refusal, at most once a minute for one kind from one
// address (an IPv6 /64 counting as one, as for the limits). kv are more
// key-value pairs for the line.
func (s *Server) refused(remote net.Addr, reason string, kv ...any) {
	logIt, n := s.refusals.Note(limits.AddrKey(remote), reason, time.Now())
	if !logIt {
		return
	}
	args := append([]any{"remote", limits.AddrIP(remote), "reason", reason}, kv...)
	if n > 0 {
		args = append(args, "also", n)
	}
	s.log.Warn("refused", args...)
}
