package kiosk

import (
	"errors"
	"io"
	"net"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"charm.land/log/v2"
	gossh "golang.org/x/crypto/ssh"
)

// dialFrom connects from a loopback address of its own (127.0.0.x), as a
// desk behind another router would.
func (ts *testServer) dialFrom(t testing.TB, ip string) *gossh.Client {
	t.Helper()
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}, Timeout: 5 * time.Second}
	c, err := d.Dial("tcp", ts.addr)
	if err != nil {
		t.Fatalf("dial from %s: %v", ip, err)
	}
	cc, chans, reqs, err := gossh.NewClientConn(c, ts.addr, ts.clientConfig())
	if err != nil {
		t.Fatalf("handshake from %s: %v", ip, err)
	}
	conn := gossh.NewClient(cc, chans, reqs)
	t.Cleanup(func() { conn.Close() })
	return conn
}

// opened waits until the session shows the first question (true) or says
// the kiosk is busy (false).
func (c *client) opened(t testing.TB) bool {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		out := c.out.String()
		switch {
		case strings.Contains(out, "您参加的是哪种医保"):
			return true
		case strings.Contains(out, "太忙"):
			return false
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("neither a screen nor a refusal: %q", tail(c.out.String()))
	return false
}

// holdAll opens sessions from ip, four to a connection, until one is
// refused or most are open; it returns how many opened.
func (ts *testServer) holdAll(t *testing.T, ip string, most int) int {
	t.Helper()
	held := 0
	var conn *gossh.Client
	for i := 0; held < most; i++ {
		if i%maxChannels == 0 {
			conn = ts.dialFrom(t, ip)
		}
		if !ts.openOn(t, conn, openOpts{}).opened(t) {
			return held
		}
		held++
	}
	return held
}

// TestOneAddressTakesItsShare: with the default ceiling, one address that
// opens every session it can holds a quarter of them, refused beyond it
// with the readable busy notice; the other three quarters stay for other
// desks. (The rate limit is opened so the test does not wait on it; it is
// not what is tested.)
func TestOneAddressTakesItsShare(t *testing.T) {
	if testing.Short() {
		t.Skip("opens 200 sessions")
	}
	ts := startServer(t, nil)
	if got := ts.holdAll(t, "127.0.0.9", DefaultMaxSessions); got != DefaultMaxSessions/4 {
		t.Fatalf("one address holds %d sessions, want %d", got, DefaultMaxSessions/4)
	}
	ts.waitLog(t, "reason=address-full")
	left := 0
	for ip := 10; ; ip++ {
		n := ts.holdAll(t, "127.0.0."+strconv.Itoa(ip), DefaultMaxSessions)
		left += n
		if n < DefaultMaxSessions/4 {
			break
		}
	}
	if left != DefaultMaxSessions-DefaultMaxSessions/4 {
		t.Fatalf("%d sessions left for other desks, want %d", left, DefaultMaxSessions-DefaultMaxSessions/4)
	}
}

// TestPerAddressFlag: a centre behind one router raises the share.
func TestPerAddressFlag(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.MaxSessions, c.MaxSessionsPerAddress = 8, 6 })
	if got := ts.holdAll(t, "127.0.0.20", 8); got != 6 {
		t.Fatalf("held %d, want 6", got)
	}
	if got := ts.holdAll(t, "127.0.0.21", 8); got != 2 {
		t.Fatalf("the other address held %d, want the 2 left", got)
	}
}

// blockedWriter holds every write until it is opened.
type blockedWriter struct {
	open chan struct{}
	buf  buffer
}

func (w *blockedWriter) Write(p []byte) (int, error) {
	<-w.open
	return w.buf.Write(p)
}

// TestLogNeverBlocksASession: with the log's writer stuck (a full pipe, a
// paused terminal), sessions still get their screens; lines beyond the
// queue are dropped and counted, and the count is logged once the writer
// moves again.
func TestLogNeverBlocksASession(t *testing.T) {
	w := &blockedWriter{open: make(chan struct{})}
	var opened sync.Once
	t.Cleanup(func() { opened.Do(func() { close(w.open) }) })
	ts := startServer(t, func(c *Config) { c.Logger, c.logQueue = log.New(w), 2 })
	for range 4 {
		c := ts.open(t, openOpts{})
		c.waitFor(t, "您参加的是哪种医保")
		c.send(ctrlC + "y")
		c.exit(t)
	}
	if ts.log.Dropped() == 0 {
		t.Fatal("no line was dropped with the writer stuck and a queue of two")
	}
	opened.Do(func() { close(w.open) })
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(w.buf.String(), "log lines dropped") {
		if time.Now().After(deadline) {
			t.Fatalf("the dropped lines were never counted:\n%s", w.buf.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestClientGoneBeforeTerminal: a client that asks for a terminal and a
// shell and leaves at once is logged as gone, never as a session without
// a terminal.
func TestClientGoneBeforeTerminal(t *testing.T) {
	ts := startServer(t, nil)
	for range 20 {
		conn, err := gossh.Dial("tcp", ts.addr, ts.clientConfig())
		if err != nil {
			t.Fatal(err)
		}
		sess, err := conn.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		if err := sess.RequestPty("xterm", 24, 80, gossh.TerminalModes{}); err != nil {
			t.Fatal(err)
		}
		sess.Stdout = io.Discard
		if err := sess.Shell(); err != nil && !errors.Is(err, io.EOF) {
			t.Fatal(err)
		}
		conn.Close()
	}
	for deadline := time.Now().Add(10 * time.Second); strings.Count(ts.logs.String(), "disconnect") < 20; {
		if time.Now().After(deadline) {
			t.Fatalf("not every session ended:\n%s", ts.logs.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
	if logs := ts.logs.String(); strings.Contains(logs, "no-pty") {
		t.Errorf("a client that left was taken for one without a terminal:\n%s", logs)
	}
}

// hostile is what a client may put in a user name, a TERM or a subsystem
// name for the log: ESC with an OSC title and a screen clear, BEL, a C1
// CSI, bidirectional overrides.
const hostile = "x\x1b]0;pwn\a\x1b[2J\u009b31m\u202egnp\u2066\u200f"

// TestLogEscapesEveryField: nothing a client sends reaches the log raw,
// whatever the field.
func TestLogEscapesEveryField(t *testing.T) {
	ts := startServer(t, nil)
	cfg := ts.clientConfig()
	cfg.User = hostile
	conn, err := gossh.Dial("tcp", ts.addr, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	sess, err := conn.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	_ = sess.RequestSubsystem(hostile)
	sess, err = conn.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	out := &buffer{}
	sess.Stdout = out
	if err := sess.RequestPty(hostile, 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := sess.Start(hostile); err != nil {
		t.Fatal(err)
	}
	_ = sess.Wait()
	logs := ts.waitLog(t, "reason=\"refused: command\"")
	ts.waitLog(t, "subsystem")
	for _, r := range []string{"\x1b", "\a", "\u009b", "\u202e", "\u2066", "\u200f"} {
		if strings.Contains(logs, r) {
			t.Errorf("%q reached the log raw:\n%q", r, logs)
		}
	}
}

// TestMemoryGivenBack: when the sessions fall by a quarter, the memory of
// those that ended is given back to the system (a release is counted)
// within seconds, not kept for the next peak.
func TestMemoryGivenBack(t *testing.T) {
	ts := startServer(t, nil)
	var cs []*client
	for range 4 {
		c := ts.open(t, openOpts{})
		c.waitFor(t, "您参加的是哪种医保")
		cs = append(cs, c)
	}
	for _, c := range cs {
		c.send(ctrlC + "y")
		c.exit(t)
	}
	for deadline := time.Now().Add(3 * releaseAfter); ts.mem.releases.Load() == 0; {
		if time.Now().After(deadline) {
			t.Fatalf("no memory given back %s after the sessions ended", 3*releaseAfter)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestShareAndMemoryDefaults: a quarter of the ceiling per address, at
// least one; the memory limit follows the ceiling unless set.
func TestShareAndMemoryDefaults(t *testing.T) {
	for _, c := range []struct {
		max, per, want int
		mem, wantMem   int64
	}{
		{0, 0, 50, 0, 664 << 20},
		{1000, 0, 250, 0, (64 + 3000) << 20},
		{2, 0, 1, -1, -1},
		{200, 200, 200, 100 << 20, 100 << 20},
	} {
		cfg := Config{Book: testBook(t), MaxSessions: c.max, MaxSessionsPerAddress: c.per, MemoryLimit: c.mem}
		if err := cfg.check(); err != nil {
			t.Fatal(err)
		}
		if cfg.MaxSessionsPerAddress != c.want || cfg.MemoryLimit != c.wantMem {
			t.Errorf("max %d, per %d, memory %d: per address %d, memory %d", c.max, c.per, c.mem, cfg.MaxSessionsPerAddress, cfg.MemoryLimit)
		}
	}
}
