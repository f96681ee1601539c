package line

import (
	"context"
	"io"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
	"yibao/model/session"

	"yibao/data/lang"
)

// LineIO is where the line mode reads and writes, and what ends it.
type LineIO struct {
	In  io.Reader
	Out io.Writer
	// Raw is set when the other end is a terminal in raw mode (an SSH
	// session): typed text is echoed back, Backspace edits, CR ends a
	// line, Ctrl+C or Ctrl+D stops, and lines end with CRLF.
	Raw bool
	// Width wraps the output; 0 leaves paragraphs whole.
	Width int
	// Render says what to print before reading the next answer
	// (lineview.Output in package views/lineview).
	Render func(l *Line, width int) string
	// Timers end an idle or overlong session, as on the screens.
	Timers session.Timers
	// Closing is closed when the server closes.
	Closing <-chan struct{}
	Now     func() time.Time
}

// MaxLine is the longest answer kept, in bytes: no answer is that long,
// and what is typed beyond it is dropped as it arrives.
const MaxLine = 256

// RunLines asks the questions line by line until the person stops, the
// input ends, a deadline passes or the server closes, and says which.
func RunLines(ctx context.Context, l *Line, lio LineIO) session.Ending {
	if lio.Now == nil {
		lio.Now = time.Now
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	lines := make(chan readLine)
	go readLines(ctx, lio, lines)
	write := func(s string) {
		if lio.Raw {
			s = strings.ReplaceAll(s, "\n", "\r\n")
		}
		_, _ = io.WriteString(lio.Out, s)
	}
	timers := lio.Timers
	var timer *time.Timer
	due := func() <-chan time.Time {
		if timer != nil {
			timer.Stop()
		}
		if !timers.Active() {
			return nil
		}
		timer = time.NewTimer(max(0, timers.Due().Sub(lio.Now())))
		return timer.C
	}
	defer func() {
		if timer != nil {
			timer.Stop()
		}
	}()
	for !l.Done {
		write(lio.Render(l, lio.Width))
		tick := due()
	wait:
		for {
			select {
			case in, ok := <-lines:
				switch {
				case !ok:
					return session.EndNone
				case in.quit:
					return session.EndQuit
				}
				timers.Touch(lio.Now())
				if in.long {
					t := lang.F("这一行太长，只取了前 %d 个字节。", "That line was too long; only its first %d bytes were kept.", MaxLine)
					write(t.Zh + "\n" + t.En + "\n")
				}
				l.Answer(in.text)
				break wait
			case <-tick:
				switch timers.Check(lio.Now()) {
				case session.EventTimeUp:
					return session.EndTimeUp
				case session.EventIdle:
					return session.EndIdle
				case session.EventWarn:
					t := session.IdleWarning(true, timers.Warn)
					write(t.Zh + "\n" + t.En + "\n")
				}
				tick = due()
			case <-lio.Closing:
				return session.EndClosing
			case <-ctx.Done():
				return session.EndNone
			}
		}
	}
	return session.EndQuit
}

// readLine is one answer, or the end.
type readLine struct {
	text string
	long bool // more was typed than MaxLine; the rest was dropped
	quit bool // Ctrl+C or Ctrl+D on a raw terminal
}

// readLines turns the input into lines: LF, CR or CRLF end a line; on a
// raw terminal typed text is echoed and Backspace edits. It stops at the
// end of input or when ctx ends; it never holds more than MaxLine bytes.
func readLines(ctx context.Context, lio LineIO, out chan<- readLine) {
	defer close(out)
	send := func(r readLine) bool {
		select {
		case out <- r:
			return true
		case <-ctx.Done():
			return false
		}
	}
	echo := func(s string) {
		if lio.Raw {
			_, _ = io.WriteString(lio.Out, s)
		}
	}
	var line []byte
	long, lastCR := false, false
	buf := make([]byte, 512)
	for {
		n, err := lio.In.Read(buf)
		for _, c := range buf[:n] {
			switch {
			case c == '\n' && lastCR:
				// the LF of a CRLF
			case c == '\r' || c == '\n':
				echo("\r\n")
				if !send(readLine{text: strings.ToValidUTF8(string(line), ""), long: long}) {
					return
				}
				line, long = line[:0], false
			case lio.Raw && (c == 0x03 || c == 0x04): // Ctrl+C, Ctrl+D
				send(readLine{quit: true})
				return
			case lio.Raw && (c == 0x7f || c == 0x08):
				if len(line) > 0 {
					_, size := utf8.DecodeLastRune(line)
					line = line[:len(line)-size]
					echo("\b \b")
				}
			case c < 0x20 || c == 0x7f:
				// other control bytes are never kept or echoed
			case len(line) >= MaxLine:
				long = true
			default:
				line = append(line, c)
				if start := lastStart(line); utf8.FullRune(line[start:]) {
					echo(printable(line[start:]))
				}
			}
			lastCR = c == '\r'
		}
		if err != nil {
			if len(line) > 0 {
				send(readLine{text: strings.ToValidUTF8(string(line), ""), long: long})
			}
			return
		}
	}
}

// printable is what a completed rune echoes: itself, unless it is a C1
// control, an invisible format character (a right-to-left override, a
// zero-width space) or not one valid character, which echo nothing.
func printable(b []byte) string {
	r, size := utf8.DecodeRune(b)
	if r == utf8.RuneError || size != len(b) || r >= 0x80 && r < 0xa0 || unicode.Is(unicode.Cf, r) {
		return ""
	}
	return string(b)
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
