package line

import (
	"context"
	"io"
	"strings"
	"testing"
	"time"

	"yibao/internal/testkit"
	"yibao/model/session"
)

// TestLineModeTimers: the line mode ends on the same deadlines as the
// screens, with the still-there question first.
func TestLineModeTimers(t *testing.T) {
	l := New(Options{Book: testkit.Book(t), Places: testkit.Places(t), Now: testkit.Now})
	r, w := io.Pipe()
	defer w.Close()
	var out strings.Builder
	timers := session.NewTimers(50*time.Millisecond, 25*time.Millisecond, time.Hour, time.Now())
	why := RunLines(context.Background(), l, LineIO{In: r, Out: &syncWriter{b: &out}, Render: func(*Line, int) string { return "?\n" }, Timers: timers})
	if why != session.EndIdle || !strings.Contains(out.String(), "还在吗") {
		t.Fatalf("ended %v, output %q", why, out.String())
	}
}

// TestLineModeLongLine: a line longer than any answer is cut, and said so,
// instead of ending the session.
func TestLineModeLongLine(t *testing.T) {
	l := New(Options{Book: testkit.Book(t), Places: testkit.Places(t), Now: testkit.Now})
	in := strings.Repeat("x", 100_000) + "\n1\n"
	var out strings.Builder
	why := RunLines(context.Background(), l, LineIO{In: strings.NewReader(in), Out: &syncWriter{b: &out}, Render: func(l *Line, _ int) string { return string(l.Step.ID) + "\n" }})
	if why != session.EndNone || !strings.Contains(out.String(), "这一行太长") || l.Answers.Insurance != "employee" {
		t.Fatalf("ended %v, insurance %q, output %.300q", why, l.Answers.Insurance, out.String())
	}
}

type syncWriter struct{ b *strings.Builder }

func (s *syncWriter) Write(p []byte) (int, error) { return s.b.Write(p) }

// TestRawEchoesControlsNever: on a raw terminal typed text is echoed once,
// and C0 and C1 controls (ESC [, CSI 0x9b) not at all, so a person cannot
// drive the desk's own terminal through the echo.
func TestRawEchoesControlsNever(t *testing.T) {
	var out strings.Builder
	lines := make(chan readLine, 4)
	in := "a\x1b[31mb\xc2\x9b2Jc\xc2\x85長A\x9b1\u202eZ\u200b\r"
	readLines(context.Background(), LineIO{In: strings.NewReader(in), Out: &out, Raw: true}, lines)
	got := <-lines
	if echoed := out.String(); echoed != "a[31mb2Jc長A1Z\r\n" {
		t.Errorf("echoed %q", echoed)
	}
	if got.text != "a[31mb\u009b2Jc\u0085長A1\u202eZ\u200b" {
		t.Errorf("line %q", got.text)
	}
}
