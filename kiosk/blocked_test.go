package kiosk

import (
	"context"
	"io"
	"net"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// stalledConn is a connection whose client keeps its SSH window shut: any
// write to one of its sessions waits until the connection is closed, as a
// write to a zero window does (closing only the channel does not end it).
type stalledConn struct {
	closed chan struct{}
	once   sync.Once
}

func newStalledConn() *stalledConn { return &stalledConn{closed: make(chan struct{})} }

// guard is the connection's guard, as the kiosk puts it in the context.
func (c *stalledConn) guard() *guardedConn {
	a, _ := net.Pipe()
	return &guardedConn{Conn: a, timer: time.NewTimer(time.Hour), release: func() { c.once.Do(func() { close(c.closed) }) }}
}

// stalledSession is one session on a stalled connection, from 127.0.0.1.
type stalledSession struct {
	ssh.Session // only the methods below are used
	conn        *stalledConn
	ctx         stalledContext
}

type stalledContext struct {
	ssh.Context
	gc *guardedConn
}

func (c stalledContext) Value(k any) any {
	if k == connKey {
		return c.gc
	}
	return nil
}

func (c stalledContext) SetValue(any, any) {}

func newStalledSession(conn *stalledConn) *stalledSession {
	return &stalledSession{conn: conn, ctx: stalledContext{gc: conn.guard()}}
}

func (f *stalledSession) Write(p []byte) (int, error) { <-f.conn.closed; return 0, io.EOF }
func (f *stalledSession) Exit(int) error              { <-f.conn.closed; return io.EOF }
func (f *stalledSession) Close() error                { return nil } // the close goes out; the client never answers
func (f *stalledSession) Context() ssh.Context        { return f.ctx }
func (f *stalledSession) RemoteAddr() net.Addr {
	return &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 40000}
}

// TestStalledRefusalsHoldNoPlace: sessions refused because their address
// has its share, whose client never takes the busy notice, neither count
// against the ceiling nor hold their handler: each is cut off after the
// notice's short wait, and desks elsewhere still get in.
func TestStalledRefusalsHoldNoPlace(t *testing.T) {
	ts := startServer(t, func(c *Config) {
		c.MaxSessions, c.MaxSessionsPerAddress, c.noticeWithin = 4, 1, 200*time.Millisecond
	})
	held := ts.open(t, openOpts{}) // the address's one share
	held.waitFor(t, "您参加的是哪种医保")
	handler := ts.gate(func(ssh.Session) { t.Error("a session beyond its address's share was let in") })
	var wg sync.WaitGroup
	conns := make([]*stalledConn, 8)
	for i := range conns {
		conns[i] = newStalledConn()
		wg.Go(func() { handler(newStalledSession(conns[i])) })
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatalf("refusals still waiting on clients that take no output; %d sessions counted", ts.Active())
	}
	if n := ts.Active(); n != 1 {
		t.Errorf("%d sessions counted, want the one let in", n)
	}
	for i, c := range conns {
		select {
		case <-c.closed:
		default:
			t.Errorf("stalled connection %d was not cut off", i)
		}
	}
	other := ts.openOn(t, ts.dialFrom(t, "127.0.0.2"), openOpts{})
	if !other.opened(t) {
		t.Fatal("a desk at another address was refused")
	}
	ts.waitLog(t, "notice not taken")
}

// stalledChannel opens a session channel with a terminal on conn and
// starts its shell; the client never reads it, so once the SSH window
// (2 MB here) is used up every write of the session waits.
func stalledChannel(t *testing.T, conn *gossh.Client, term string) gossh.Channel {
	t.Helper()
	ch, reqs, err := conn.OpenChannel("session", nil)
	if err != nil {
		t.Fatalf("session: %v", err)
	}
	go gossh.DiscardRequests(reqs)
	pty := gossh.Marshal(struct {
		Term                         string
		Columns, Rows, Width, Height uint32
		Modes                        string
	}{Term: term, Columns: 160, Rows: 60})
	if ok, err := ch.SendRequest("pty-req", true, pty); !ok || err != nil {
		t.Fatalf("pty: %v %v", ok, err)
	}
	if ok, err := ch.SendRequest("shell", true, nil); !ok || err != nil {
		t.Fatalf("shell: %v %v", ok, err)
	}
	return ch
}

// stalledFlood are keys that make a line-mode session send more than an
// SSH window, with its lines' ration lifted: each answer asks again. (The screens draw at most a frame
// at a time, so keys alone fill a window only slowly.)
var stalledFlood = strings.Repeat("x\r", 32<<10)

// TestStalledSessionsEndOnTime: a session whose client stops taking
// output (its line waits on a write) still ends at its idle time, cut off
// shortly after, and no longer counts.
func TestStalledSessionsEndOnTime(t *testing.T) {
	ts := startServer(t, func(cfg *Config) {
		cfg.Idle, cfg.IdleWarn, cfg.overdue = time.Second, 500*time.Millisecond, 300*time.Millisecond
		cfg.lineRate, cfg.lineBurst = 1e6, 1<<20 // the flood's lines all count
	})
	ch := stalledChannel(t, ts.dial(t), "dumb")
	go io.WriteString(ch, stalledFlood) // returns once the kiosk stops reading
	ts.stalled(t)
	ts.waitLog(t, "output blocked")
	ts.waitLog(t, "disconnect")
	for deadline := time.Now().Add(5 * time.Second); ts.Active() != 0; {
		if time.Now().After(deadline) {
			t.Fatalf("%d sessions still counted", ts.Active())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestLineInputRationed: a line-mode session that pours in lines has them
// read at the screens' ration (inputRate after inputBurst), not as fast as
// it sends them. Each line is a kilobyte of control bytes, which are
// dropped unechoed, and an Enter, which asks the question again.
func TestLineInputRationed(t *testing.T) {
	ts := startServer(t, nil)
	c := ts.open(t, openOpts{term: "dumb"})
	const ask = "第 1 步。"
	c.waitFor(t, ask)
	line := strings.Repeat("\x01", 1023) + "\r"
	go c.send(strings.Repeat(line, 1<<10)) // 1 MB; blocks once the kiosk stops reading
	start := time.Now()
	for time.Since(start) < 2*time.Second {
		read := (strings.Count(c.out.String(), ask) - 1) * len(line)
		if most := inputBurst + int(inputRate*time.Since(start).Seconds()) + 2*len(line); read > most {
			t.Fatalf("%d bytes of lines read in %v; the ration allows %d", read, time.Since(start), most)
		}
		time.Sleep(10 * time.Millisecond)
	}
	if read := (strings.Count(c.out.String(), ask) - 1) * len(line); read < inputBurst/2 {
		t.Fatalf("only %d bytes of lines read; the burst alone is %d", read, inputBurst)
	}
}

// TestLineCountRationed: empty lines, each answered with the question
// again, are read at most lineRate a second after lineBurst.
func TestLineCountRationed(t *testing.T) {
	ts := startServer(t, nil)
	c := ts.open(t, openOpts{term: "dumb"})
	const ask = "第 1 步。"
	c.waitFor(t, ask)
	go c.send(strings.Repeat("\r", 64<<10))
	start := time.Now()
	for time.Since(start) < 2*time.Second {
		read := strings.Count(c.out.String(), ask) - 1
		if most := lineBurst + int(lineRate*time.Since(start).Seconds()) + 2; read > most {
			t.Fatalf("%d lines read in %v; the ration allows %d", read, time.Since(start), most)
		}
		time.Sleep(10 * time.Millisecond)
	}
	if read := strings.Count(c.out.String(), ask) - 1; read < lineBurst {
		t.Fatalf("only %d lines read; the burst alone is %d\n%q", read, lineBurst, tail(c.out.String()))
	}
}

// TestClosedChannelEndsSession: a session whose client closes its channel
// ends at once: its program quits and it no longer counts.
func TestClosedChannelEndsSession(t *testing.T) {
	ts := startServer(t, nil)
	conn := ts.dial(t)
	for range maxChannels + 2 {
		c := ts.openOn(t, conn, openOpts{})
		c.waitFor(t, "您参加的是哪种医保")
		_ = c.sess.Close()
	}
	for deadline := time.Now().Add(5 * time.Second); ts.Active() != 0; {
		if time.Now().After(deadline) {
			t.Fatalf("%d sessions still running after their channels closed", ts.Active())
		}
		time.Sleep(5 * time.Millisecond)
	}
	ts.waitLog(t, "reason=client-gone")
}

// boom returns a command that panics on "@": Bubble Tea catches it and
// the session ends as after a panic.
type boom struct{ tea.Model }

func (b boom) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && k.String() == "@" {
		return b, func() tea.Msg { panic("test panic in a command") }
	}
	m, cmd := b.Model.Update(msg)
	return boom{m}, cmd
}

// TestSiblingSessionsKeepTheirOwn: two sessions on one connection each
// keep their own id and ending: the first one's panic is logged with its
// id, not its sibling's, and each disconnect line gives its own reason.
func TestSiblingSessionsKeepTheirOwn(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.wrap = func(m tea.Model) tea.Model { return boom{m} } })
	conn := ts.dial(t)
	a := ts.openOn(t, conn, openOpts{})
	a.waitFor(t, "您参加的是哪种医保")
	b := ts.openOn(t, conn, openOpts{})
	b.waitFor(t, "您参加的是哪种医保")
	ids := regexp.MustCompile(`connect id=(\w+)`).FindAllStringSubmatch(ts.logs.String(), -1)
	if len(ids) != 2 {
		t.Fatalf("want two connect lines:\n%s", ts.logs.String())
	}
	idA, idB := ids[0][1], ids[1][1]
	a.send("@")
	a.exit(t)
	logs := ts.waitLog(t, "disconnect id="+idA)
	if !strings.Contains(logs, "panic in session id="+idA) {
		t.Errorf("the panic must be logged with the first session's id %s:\n%s", idA, logs)
	}
	b.send(ctrlC + "y")
	b.exit(t)
	logs = ts.waitLog(t, "disconnect id="+idB)
	for _, want := range []string{"disconnect id=" + idA + " .* reason=panic", "disconnect id=" + idB + " .* reason=quit"} {
		if !regexp.MustCompile(want).MatchString(logs) {
			t.Errorf("want %q in the log:\n%s", want, logs)
		}
	}
}

// stalled waits until every session's connection has been sent more than
// an SSH window (2 MB) and has taken nothing more for a while: its output
// is blocked.
func (ts *testServer) stalled(t *testing.T) {
	t.Helper()
	sent := func() (total int64, all bool) {
		all = true
		ts.states.Range(func(k, _ any) bool {
			if gc, ok := guardOf(k.(ssh.Session).Context()); ok {
				n := gc.written.Load()
				total += n
				all = all && n > 2<<20
			}
			return true
		})
		return total, all
	}
	last, since := int64(-1), time.Now()
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		n, all := sent()
		switch {
		case time.Now().After(deadline):
			t.Fatalf("the sessions' output never blocked (%d bytes sent)", n)
		case n != last || !all:
			last, since = n, time.Now()
		case time.Since(since) > 300*time.Millisecond:
			return
		}
	}
}

// TestShutdownOnTimeWithStalledSessions: shutdown returns within its time
// even when sessions' clients take no output.
func TestShutdownOnTimeWithStalledSessions(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.lineRate, c.lineBurst = 1e6, 1<<20 })
	for range 2 {
		ch := stalledChannel(t, ts.dial(t), "dumb")
		go io.WriteString(ch, stalledFlood) // returns once the kiosk stops reading
	}
	ts.stalled(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	if err := ts.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}
	if end, _ := ctx.Deadline(); time.Now().After(end) {
		t.Errorf("shutdown returned %v after its time was up", time.Since(end))
	}
}
