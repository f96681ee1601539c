package kiosk

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"charm.land/log/v2"
	gossh "golang.org/x/crypto/ssh"

	"yibao/data/book"
	"yibao/internal/testkit"
)

func testBook(t testing.TB) *book.Book { return testkit.Book(t) }

// buffer is a bytes.Buffer safe for concurrent use, which tells waiters
// when it grows.
type buffer struct {
	mu      sync.Mutex
	b       bytes.Buffer
	changed chan struct{} // closed at the next write
}

func (b *buffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.changed != nil {
		close(b.changed)
		b.changed = nil
	}
	return b.b.Write(p)
}

// grown is closed when the buffer is next written.
func (b *buffer) grown() <-chan struct{} {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.changed == nil {
		b.changed = make(chan struct{})
	}
	return b.changed
}

// Len is how many bytes it holds.
func (b *buffer) Len() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Len()
}

func (b *buffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// testServer is a kiosk on a loopback port with its log in a buffer.
type testServer struct {
	*Server
	addr string
	logs *buffer
}

func startServer(t testing.TB, mutate func(*Config)) *testServer {
	t.Helper()
	logs := &buffer{}
	cfg := Config{
		Book:        testBook(t),
		Places:      testkit.Places(t),
		Listen:      "127.0.0.1:0",
		HostKeyPath: t.TempDir() + "/host_ed25519",
		Logger:      log.New(logs),
		Rate:        1000,
		Burst:       1000,
		CloseNotice: 200 * time.Millisecond,
	}
	if mutate != nil {
		mutate(&cfg)
	}
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Listen(); err != nil {
		t.Fatal(err)
	}
	served := make(chan error, 1)
	go func() { served <- s.Serve() }()
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_ = s.Shutdown(ctx)
		<-served
	})
	return &testServer{Server: s, addr: s.Addr().String(), logs: logs}
}

// clientConfig checks the host key against the server's fingerprint.
func (ts *testServer) clientConfig(auth ...gossh.AuthMethod) *gossh.ClientConfig {
	return &gossh.ClientConfig{
		User: "desk",
		Auth: auth,
		HostKeyCallback: func(_ string, _ net.Addr, key gossh.PublicKey) error {
			if got := gossh.FingerprintSHA256(key); got != ts.Fingerprint() {
				return errors.New("host key fingerprint " + got + " is not the server's")
			}
			return nil
		},
		Timeout: 5 * time.Second,
	}
}

// client is one SSH session to the kiosk.
type client struct {
	conn *gossh.Client
	sess *gossh.Session
	in   io.WriteCloser
	out  *buffer
	done chan error
}

type openOpts struct {
	noPTY   bool
	term    string
	command string
	env     map[string]string
	cols    int
	rows    int
}

func (ts *testServer) open(t testing.TB, o openOpts) *client {
	t.Helper()
	return ts.openOn(t, ts.dial(t), o)
}

// dial connects to the server; the connection is closed when the test ends.
func (ts *testServer) dial(t testing.TB) *gossh.Client {
	t.Helper()
	conn, err := gossh.Dial("tcp", ts.addr, ts.clientConfig())
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	t.Cleanup(func() { conn.Close() })
	return conn
}

func (ts *testServer) openOn(t testing.TB, conn *gossh.Client, o openOpts) *client {
	t.Helper()
	sess, err := conn.NewSession()
	if err != nil {
		t.Fatalf("session: %v", err)
	}
	c := &client{conn: conn, sess: sess, out: &buffer{}, done: make(chan error, 1)}
	sess.Stdout, sess.Stderr = c.out, c.out
	if c.in, err = sess.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	for k, v := range o.env {
		if err := sess.Setenv(k, v); err != nil {
			t.Fatalf("setenv %s: %v", k, err)
		}
	}
	if !o.noPTY {
		cols, rows := o.cols, o.rows
		if cols == 0 {
			cols, rows = 80, 24
		}
		term := o.term
		if term == "" {
			term = "xterm-256color"
		}
		if err := sess.RequestPty(term, rows, cols, gossh.TerminalModes{}); err != nil {
			t.Fatalf("pty: %v", err)
		}
	}
	if o.command == "" {
		err = sess.Shell()
	} else {
		err = sess.Start(o.command)
	}
	if err != nil {
		t.Fatalf("start: %v", err)
	}
	go func() { c.done <- sess.Wait() }()
	t.Cleanup(c.close)
	return c
}

func (c *client) close() {
	_ = c.sess.Close()
	_ = c.conn.Close()
}

func (c *client) send(s string) { _, _ = io.WriteString(c.in, s) }

// waitFor waits until the session's output holds want.
func (c *client) waitFor(t testing.TB, want string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(c.out.String(), want) {
		if time.Now().After(deadline) {
			t.Fatalf("never saw %q; output:\n%q", want, tail(c.out.String()))
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// waitAfter waits until the output after the first mark bytes holds want.
func (c *client) waitAfter(t testing.TB, mark int, want string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(c.out.String()[mark:], want) {
		if time.Now().After(deadline) {
			t.Fatalf("never saw %q after byte %d; output:\n%q", want, mark, tail(c.out.String()))
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// exit waits for the session to end and returns its exit status.
func (c *client) exit(t testing.TB) int {
	t.Helper()
	select {
	case err := <-c.done:
		var ee *gossh.ExitError
		switch {
		case err == nil:
			return 0
		case errors.As(err, &ee):
			return ee.ExitStatus()
		default:
			return -1
		}
	case <-time.After(10 * time.Second):
		t.Fatalf("session did not end; output:\n%q", tail(c.out.String()))
		return -1
	}
}

// waitLog waits until the server's log holds want (a disconnect line is
// written just after the client has seen the session end).
func (ts *testServer) waitLog(t testing.TB, want string) string {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(ts.logs.String(), want) {
		if time.Now().After(deadline) {
			t.Fatalf("the log never held %q:\n%s", want, ts.logs.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
	return ts.logs.String()
}

// shortSession connects, answers the first question, quits and leaves,
// returning what went wrong instead of failing the test: it runs on
// goroutines of its own.
func (ts *testServer) shortSession() error {
	conn, err := gossh.Dial("tcp", ts.addr, ts.clientConfig())
	if err != nil {
		return err
	}
	defer conn.Close()
	sess, err := conn.NewSession()
	if err != nil {
		return err
	}
	out := &buffer{}
	sess.Stdout = out
	in, err := sess.StdinPipe()
	if err != nil {
		return err
	}
	if err := sess.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{}); err != nil {
		return err
	}
	if err := sess.Shell(); err != nil {
		return err
	}
	for _, step := range []struct{ keys, want string }{{"", "您参加的是哪种医保"}, {"1", "退休情况"}, {ctrlC, "退出吗"}} {
		io.WriteString(in, step.keys)
		deadline := time.Now().Add(10 * time.Second)
		for !strings.Contains(out.String(), step.want) {
			if time.Now().After(deadline) {
				return errors.New("never saw " + step.want)
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	io.WriteString(in, "y")
	return sess.Wait()
}

func tail(s string) string {
	if len(s) > 1500 {
		return s[len(s)-1500:]
	}
	return s
}
