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
	for !l.Done {
		write(views.LineOutput(l, lineWidth))
		if l.Step == model.StepResult {
			l.Shown = true
		}
		answer, why, gone := s.nextLine(ctx, lines, end.C, write)
		switch {
		case gone:
			setReason(sess, "client-gone")
			return
		case why != model.EndNone:
			setReason(sess, map[model.Ending]string{model.EndIdle: "idle", model.EndTimeUp: "time-up", model.EndClosing: "shutdown"}[why])
			write(msgEnded(why))
			_ = sess.Exit(0)
			return
		}
		l.Answer(answer)
	}
	setReason(sess, "quit")
	write(msgEnded(model.EndNone))
	_ = sess.Exit(0)
}

// nextLine waits for the next answer. It asks "still there?" once before
// the idle limit, and returns an ending for idle time, the longest session
// or a closing server; gone is set when the client has left.
func (s *Server) nextLine(ctx context.Context, lines <-chan string, end <-chan time.Time, write func(string)) (answer string, why model.Ending, gone bool) {
	warn := time.NewTimer(s.cfg.Idle - s.cfg.IdleWarn)
	defer warn.Stop()
	var expire <-chan time.Time
	for {
		select {
		case line, ok := <-lines:
			return line, model.EndNone, !ok
		case <-warn.C:
			write(line("还在吗？长时间没有操作，一分钟后会清除答案并断开连接。输入任何内容继续。", "Still there? Soon the answers will be cleared and the session will end. Type anything to continue."))
			t := time.NewTimer(s.cfg.IdleWarn)
			defer t.Stop()
			expire = t.C
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

// lineWidth keeps paragraphs whole for screen readers; the terminal wraps.
const lineWidth = 1000

// readLines turns the raw keys of a session into lines: it echoes what is
// typed, takes CR, LF or CRLF as the end of a line, handles Backspace, and
// ends at Ctrl+C, Ctrl+D or the end of input. It stops with ctx.
func readLines(ctx context.Context, sess ssh.Session, out chan<- string) {
	defer close(out)
	var line []byte
	buf := make([]byte, 256)
	lastCR := false
	send := func() bool {
		select {
		case out <- string(line):
			line = line[:0]
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
				if !send() {
					return
				}
			case c == 0x03 || c == 0x04: // Ctrl+C, Ctrl+D
				return
			case c == 0x7f || c == 0x08:
				if len(line) > 0 {
					_, size := utf8.DecodeLastRune(line)
					line = line[:len(line)-size]
					wish.WriteString(sess, "\b \b")
				}
			case c < 0x20:
				// other control bytes are ignored
			default:
				line = append(line, c)
				if utf8.FullRune(line[lastStart(line):]) {
					wish.WriteString(sess, string(line[lastStart(line):]))
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
