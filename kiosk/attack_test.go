package kiosk

import (
	"encoding/binary"
	"fmt"
	"net"
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"
	"testing"
	"time"

	"yibao/kiosk/limits"

	gossh "golang.org/x/crypto/ssh"
)

// resizeStorm opens a session with a terminal, starts it with command
// ("" for a shell), sends n window changes without waiting for replies,
// and closes the connection.
func (ts *testServer) resizeStorm(t *testing.T, term, command string, n int) {
	t.Helper()
	conn, err := gossh.Dial("tcp", ts.addr, ts.clientConfig())
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	defer conn.Close()
	sess, err := conn.NewSession()
	if err != nil {
		t.Fatalf("session: %v", err)
	}
	if err := sess.RequestPty(term, 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatalf("pty: %v", err)
	}
	if command == "" {
		err = sess.Shell()
	} else {
		err = sess.Start(command)
	}
	if err != nil {
		t.Fatalf("start: %v", err)
	}
	payload := make([]byte, 16)
	for i := range n {
		binary.BigEndian.PutUint32(payload[0:], uint32(80+i%40))
		binary.BigEndian.PutUint32(payload[4:], uint32(24+i%10))
		if _, err := sess.SendRequest("window-change", false, payload); err != nil {
			break
		}
	}
}

// waitConns waits up to five seconds for the server's open connections to
// reach zero.
func (ts *testServer) waitConns(t *testing.T) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for ts.conns.Load() != 0 {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<20)
			t.Fatalf("%d connections still held after their clients left\n%s", ts.conns.Load(), buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestResizeStormsReleaseConnections: on every path (a refused command, a
// refused address, the line mode, the screens) a client that floods
// window changes and leaves takes its connection slot and goroutines with
// it, and others are still served.
func TestResizeStormsReleaseConnections(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.MaxSessions = 4; c.Burst = 6; c.Rate = 0.001 })
	baseline := settle(0)
	ts.resizeStorm(t, "xterm", "ls -la", 100) // refused as a command
	ts.resizeStorm(t, "dumb", "", 100)        // the line mode
	ts.resizeStorm(t, "xterm", "", 100)       // the screens
	for range 6 {
		ts.resizeStorm(t, "xterm", "ls -la", 100) // then refused by the rate limit
	}
	ts.waitConns(t)
	if n := settle(baseline); n > baseline+2 {
		buf := make([]byte, 1<<20)
		t.Fatalf("%d goroutines, baseline %d\n%s", n, baseline, buf[:runtime.Stack(buf, true)])
	}
}

// TestAbandonedSessionsEndTheirInput: a session at 300x120 that types a
// few KB without bracketed paste and leaves at once leaves no goroutine
// behind, and with it no screen buffers.
func TestAbandonedSessionsEndTheirInput(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.Burst = 100; c.Rate = 100 })
	baseline := settle(0)
	for range 10 {
		c := ts.open(t, openOpts{cols: 300, rows: 120})
		c.waitFor(t, "您参加的是哪种医保")
		c.send("1" + strings.Repeat("x", 4<<10))
		time.Sleep(50 * time.Millisecond)
		c.close()
	}
	if n := settle(baseline); n > baseline+2 {
		buf := make([]byte, 1<<20)
		stacks := string(buf[:runtime.Stack(buf, true)])
		t.Fatalf("%d goroutines, baseline %d; blocked input readers: %d\n%s", n, baseline, strings.Count(stacks, "sendEvents"), stacks)
	}
}

// TestBackgroundOverSSH: the session asks the desk's terminal for its
// background and draws for the answer: a light one gets dark blue keys.
func TestBackgroundOverSSH(t *testing.T) {
	ts := startServer(t, nil)
	c := ts.open(t, openOpts{})
	c.waitFor(t, "\x1b]11;?")
	c.waitFor(t, "您参加的是哪种医保")
	c.send("\x1b]11;rgb:ffff/ffff/ffff\x1b\\")
	c.waitFor(t, "38;5;24")
}

// cpuTime is the process's user and system CPU so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkTypedInput types 16 KB (not as a paste) into a 300x120 session
// on each kind of screen, then a key that moves on, and reports the CPU
// the whole process spent (server and client) until that key showed. The
// target is under 0.5 s per 16 KB.
func BenchmarkTypedInput(b *testing.B) {
	ts := startServer(b, func(c *Config) { c.Rate, c.Burst = 1000, 1000 })
	flood := strings.Repeat("x", 16<<10)
	for _, c := range []struct {
		name, before, wait, next, want string
	}{
		{"choice", "", "您参加的是哪种医保", "1", "退休情况"},
		{"place", "12", "您在哪个城市参保", "\r", "您今年多少岁"},
		{"result", "12bj\r\r72\r", "每月实际划入", "ny", "您参加的是哪种医保"},
	} {
		b.Run(c.name, func(b *testing.B) {
			var cpu time.Duration
			for b.Loop() {
				cl := ts.open(b, openOpts{cols: 300, rows: 120})
				cl.waitFor(b, "您参加的是哪种医保")
				for _, k := range c.before {
					cl.send(string(k))
					time.Sleep(20 * time.Millisecond)
				}
				cl.waitFor(b, c.wait)
				mark := len(cl.out.String())
				start := cpuTime()
				cl.send(flood + c.next)
				cl.waitAfter(b, mark, c.want)
				cpu += cpuTime() - start
				cl.close()
			}
			b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/16KB")
		})
	}
}

// TestPreHandshakeFlood: 400 bare sockets from one address neither keep a
// desk at another address out nor fill the log.
func TestPreHandshakeFlood(t *testing.T) {
	ts := startServer(t, nil)
	var socks []net.Conn
	defer func() {
		for _, c := range socks {
			c.Close()
		}
	}()
	for range 400 {
		c, err := net.Dial("tcp", ts.addr)
		if err != nil {
			break
		}
		socks = append(socks, c)
	}
	// Another address: 127.0.0.2 reaches the loopback listener too.
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.IPv4(127, 0, 0, 2)}, Timeout: 5 * time.Second}
	raw, err := d.Dial("tcp", ts.addr)
	if err != nil {
		t.Skipf("no second loopback address here: %v", err)
	}
	sc, chans, reqs, err := gossh.NewClientConn(raw, ts.addr, ts.clientConfig())
	if err != nil {
		t.Fatalf("a desk at another address was refused during the flood: %v", err)
	}
	c := ts.openOn(t, gossh.NewClient(sc, chans, reqs), openOpts{})
	c.waitFor(t, "您参加的是哪种医保")
	ts.waitLog(t, "too many connections from this address")
	if n := strings.Count(ts.logs.String(), "too many connections from this address"); n > 2 {
		t.Errorf("%d log lines for one flood; want one a minute", n)
	}
}

// BenchmarkSessionMemory opens 50 sessions at a size and reports the heap
// and the resident memory each holds once its first two screens are drawn
// and it is left there (a desk walked away from): what a kiosk needs per
// desk. A window over 160x60 is drawn at 160x60.
func BenchmarkSessionMemory(b *testing.B) {
	for _, size := range [][2]int{{80, 24}, {160, 60}, {300, 120}} {
		b.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(b *testing.B) {
			ts := startServer(b, func(c *Config) { c.Rate, c.Burst, c.PendingPerAddress = 1000, 1000, 1000 })
			var per, rssPer float64
			for b.Loop() {
				debug.FreeOSMemory()
				rss0 := rssKB()
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				var cs []*client
				for range 50 {
					c := ts.open(b, openOpts{cols: size[0], rows: size[1]})
					c.waitFor(b, "您参加的是哪种医保")
					c.send("1")
					c.waitFor(b, "退休情况")
					cs = append(cs, c)
				}
				debug.FreeOSMemory()
				runtime.ReadMemStats(&after)
				per = float64(after.HeapInuse-before.HeapInuse) / 50 / (1 << 20)
				rssPer = float64(rssKB()-rss0) / 50 / 1024
				for _, c := range cs {
					c.close()
				}
			}
			b.ReportMetric(per, "heap-MB/session")
			b.ReportMetric(rssPer, "RSS-MB/session")
		})
	}
}

// TestRefusedSessionsReleaseConnections: a connection whose session was
// refused (or ended) and that opens no other goes after the no-session
// deadline, so held connections cannot fill the kiosk; and one connection
// cannot open more than a few session channels.
func TestRefusedSessionsReleaseConnections(t *testing.T) {
	ts := startServer(t, func(c *Config) {
		c.MaxSessions, c.PendingPerAddress, c.sessionWithin = 4, 100, 300*time.Millisecond
	})
	var held []*gossh.Client
	defer func() {
		for _, c := range held {
			c.Close()
		}
	}()
	for range 12 {
		c, err := gossh.Dial("tcp", ts.addr, ts.clientConfig())
		if err != nil {
			t.Fatalf("dial: %v", err)
		}
		held = append(held, c)
		s, err := c.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		_ = s.Run("ls -la") // refused; the connection is kept open
	}
	ts.waitConns(t)
	// Channels: a fifth session channel on one connection is refused.
	c := ts.dial(t)
	var open []*gossh.Session
	for i := range maxChannels + 1 {
		s, err := c.NewSession()
		if i < maxChannels && err != nil {
			t.Fatalf("channel %d refused: %v", i+1, err)
		}
		if i == maxChannels && err == nil {
			t.Fatalf("channel %d accepted; at most %d", i+1, maxChannels)
		}
		if s != nil {
			open = append(open, s)
		}
	}
	// Environment: a few dozen variables are taken, the rest refused.
	refused := 0
	for i := range 100 {
		if err := open[0].Setenv(fmt.Sprintf("V%d", i), strings.Repeat("x", 100)); err != nil {
			refused++
		}
	}
	if refused < 100-maxEnvRequests {
		t.Errorf("%d of 100 variables refused; at most %d are taken", refused, maxEnvRequests)
	}
	for _, s := range open {
		s.Close()
	}
}

// TestLoginKeysAreShort: however long the user names, what the failure
// count keeps per name is short.
func TestLoginKeysAreShort(t *testing.T) {
	addr := &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 1}
	if k := limits.LoginKey(addr, strings.Repeat("u", 200000)); len(k) > 100 {
		t.Errorf("a login key of %d bytes", len(k))
	}
	if limits.LoginKey(addr, "desk1") == limits.LoginKey(addr, "desk2") {
		t.Error("two desks' names must count apart")
	}
}

// BenchmarkFloods measures the process's CPU (server and client) while one
// session pours in 1 MB of typing, and while it sends 40,000 window
// changes: the kiosk rations keys and redraws, so neither costs a core.
func BenchmarkFloods(b *testing.B) {
	ts := startServer(b, func(c *Config) { c.Rate, c.Burst = 1000, 1000 })
	b.Run("typing-1MB-for-2s", func(b *testing.B) {
		var cpu time.Duration
		for b.Loop() {
			c := ts.open(b, openOpts{cols: 160, rows: 60})
			c.waitFor(b, "您参加的是哪种医保")
			start := cpuTime()
			go c.send(strings.Repeat("x", 1<<20)) // blocks once the kiosk stops reading
			time.Sleep(2 * time.Second)
			cpu += cpuTime() - start
			c.close()
		}
		b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N)/2, "cpu-ms/s")
	})
	b.Run("resizes-40000", func(b *testing.B) {
		var cpu time.Duration
		for b.Loop() {
			c := ts.open(b, openOpts{})
			c.waitFor(b, "您参加的是哪种医保")
			payload := make([]byte, 16)
			start := cpuTime()
			for i := range 40000 {
				binary.BigEndian.PutUint32(payload[0:], uint32(60+i%60))
				binary.BigEndian.PutUint32(payload[4:], uint32(20+i%20))
				c.sess.SendRequest("window-change", false, payload)
			}
			mark := len(c.out.String())
			c.send("1")
			c.waitAfter(b, mark, "退休情况")
			cpu += cpuTime() - start
			c.close()
		}
		b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms")
	})
}
