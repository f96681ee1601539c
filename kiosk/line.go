package kiosk

import (
	"context"
	"strings"
	"time"
	"unicode/utf8"

	"charm.land/ssh"
	"charm.land/wish/v2"

	"yibao/model"
	"yibao/views"
)

// lineSession serves a TERM=dumb session in line mode: plain questions,
// answers typed and echoed by us (the client's terminal is raw), no screen
// control. Idle time, the longest session and shutdown end it as they end
// the full-screen advisor.
func (s *Server) lineSession(sess ssh.Session) {
	info := sessionInfo(sess)
	ctx, cancel := context.WithCancel(sess.Context())
	defer cancel()
	l := model.NewLine(model.Options{Book: s.cfg.Book, Lang: s.lang(sess), Now: s.cfg.Now, Place: info.place})
	lines := make(chan string)
	go readLines(ctx, sess, lines)
	end := time.NewTimer(s.cfg.MaxSession)
	defer end.Stop()
	write := func(text string) { wish.WriteString(sess, strings.ReplaceAll(text, "\n", "\r\n")) }
	why := model.EndNone
	for !l.Done && why == model.EndNone {
		write(views.LineOutput(l, views.LineWidth))
		var answer string
		var gone bool
		answer, why, gone = s.nextLine(ctx, lines, end.C, write)
		if gone {
			setReason(sess, "client-gone")
			return
		}
		if why == model.EndNone {
			l.Answer(answer)
		}
	}
	setReason(sess, reasonFor(why))
	write(msgLineEnded(why))
	_ = sess.Exit(0)
}

// nextLine waits for the next answer. It asks "still there?" once before
// the idle limit, and returns an ending for idle time, the longest session,
// a closing server, or Ctrl+C / Ctrl+D (EndNone with quit); gone is set
// when the client has left.
func (s *Server) nextLine(ctx context.Context, lines <-chan string, end <-chan time.Time, write func(string)) (answer string, why model.Ending, gone bool) {
	warn := time.NewTimer(s.cfg.Idle - s.cfg.IdleWarn)
	defer warn.Stop()
	var expire <-chan time.Time
	for {
		select {
		case line, ok := <-lines:
			switch {
			case !ok:
				return "", model.EndNone, true
			case line == quitLine:
				return "", model.EndQuit, false
			}
			return line, model.EndNone, false
		case <-warn.C:
			t := model.IdleWarning(true)
			write(line(t.Zh, t.En))
			timer := time.NewTimer(s.cfg.IdleWarn)
			defer timer.Stop()
			expire = timer.C
		case <-expire:
			return "", model.EndIdle, false
		case <-end:
			return "", model.EndTimeUp, false
		case <-s.closed:
			return "", model.EndClosing, false
		case <-ctx.Done():
			return "", model.EndNone, true
		}
	}
}

// quitLine is what readLines sends for Ctrl+C or Ctrl+D.
const quitLine = "\x00quit"

// maxLine is the longest answer kept, in bytes; what is typed beyond it is
// dropped (no answer is that long, and a flood must not cost the server).
const maxLine = 256

// readLines turns the raw keys of a session into lines: it echoes what is
// typed, takes CR, LF or CRLF as the end of a line, handles Backspace, and
// sends quitLine for Ctrl+C or Ctrl+D. It stops at the end of input or when
// ctx ends.
func readLines(ctx context.Context, sess ssh.Session, out chan<- string) {
	defer close(out)
	var line []byte
	buf := make([]byte, 256)
	lastCR := false
	send := func(s string) bool {
		select {
		case out <- s:
			return true
		case <-ctx.Done():
			return false
		}
	}
	for {
		n, err := sess.Read(buf)
		for _, c := range buf[:n] {
			switch {
			case c == '\n' && lastCR:
				// the LF of a CRLF
			case c == '\r' || c == '\n':
				wish.WriteString(sess, "\r\n")
				if !send(string(line)) {
					return
				}
				line = line[:0]
			case c == 0x03 || c == 0x04: // Ctrl+C, Ctrl+D
				send(quitLine)
				return
			case c == 0x7f || c == 0x08:
				if len(line) > 0 {
					_, size := utf8.DecodeLastRune(line)
					line = line[:len(line)-size]
					wish.WriteString(sess, "\b \b")
				}
			case c < 0x20 || len(line) >= maxLine:
				// other control bytes, and anything past the longest answer
			default:
				line = append(line, c)
				if start := lastStart(line); utf8.FullRune(line[start:]) {
					wish.WriteString(sess, string(line[start:]))
				}
			}
			lastCR = c == '\r'
		}
		if err != nil {
			return
		}
	}
}

// lastStart is the index where the last (possibly incomplete) rune begins.
func lastStart(b []byte) int {
	for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax; i-- {
		if utf8.RuneStart(b[i]) {
			return i
		}
	}
	return len(b) - 1
}
