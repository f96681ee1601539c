package kiosk

import (
	"encoding/binary"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// The soak benchmark runs the kiosk, with its real limits, in its own
// process for ten minutes (YIBAO_SOAK_FOR to change) under a mix of abuse
// from 127.0.0.1 (resize storms on refused and accepted sessions,
// abandoned sessions at 300x120 that type 4 KB, 128 KB exec words,
// bare sockets that never speak SSH) while a normal desk at 127.0.0.2
// does a consultation every second. It samples the server's resident
// memory, descriptors and goroutines, and reports where they ended against
// where they began, and the desk's first-screen times.
//
//	YIBAO_SOAK=1 go test ./kiosk -run '^$' -bench Soak -benchtime 1x -timeout 30m
//
// Targets: memory, descriptors and goroutines end within 10% of the start;
// the desk is served throughout, first screen p95 under 250 ms.

// dialFrom connects to addr from a given loopback address.
func dialFrom(local, addr string) (net.Conn, error) {
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(local)}, Timeout: 10 * time.Second}
	return d.Dial("tcp", addr)
}

// sshFrom opens an SSH client from a loopback address.
func sshFrom(local, addr string) (*gossh.Client, error) {
	raw, err := dialFrom(local, addr)
	if err != nil {
		return nil, err
	}
	cfg := &gossh.ClientConfig{User: "desk", HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 10 * time.Second}
	c, chans, reqs, err := gossh.NewClientConn(raw, addr, cfg)
	if err != nil {
		raw.Close()
		return nil, err
	}
	return gossh.NewClient(c, chans, reqs), nil
}

// abuse runs one kind of abuse every period until stop closes.
func abuse(stop <-chan struct{}, wg *sync.WaitGroup, period time.Duration, act func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(period)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				act()
			}
		}
	}()
}

func resizeStormOnce(addr, command string) {
	c, err := sshFrom("127.0.0.1", addr)
	if err != nil {
		return
	}
	defer c.Close()
	s, err := c.NewSession()
	if err != nil {
		return
	}
	if s.RequestPty("xterm", 24, 80, nil) != nil {
		return
	}
	if command == "" {
		err = s.Shell()
	} else {
		err = s.Start(command)
	}
	if err != nil {
		return
	}
	payload := make([]byte, 16)
	for i := range 100 {
		binary.BigEndian.PutUint32(payload[0:], uint32(80+i%40))
		binary.BigEndian.PutUint32(payload[4:], uint32(24+i%10))
		if _, err := s.SendRequest("window-change", false, payload); err != nil {
			return
		}
	}
}

func abandonOnce(addr string) {
	c, err := sshFrom("127.0.0.1", addr)
	if err != nil {
		return
	}
	defer c.Close()
	s, err := c.NewSession()
	if err != nil {
		return
	}
	out := &buffer{}
	s.Stdout = out
	in, _ := s.StdinPipe()
	if s.RequestPty("xterm-256color", 120, 300, nil) != nil || s.Shell() != nil {
		return
	}
	if waitOut(out, "您参加的是哪种医保", 0, 5*time.Second) {
		io.WriteString(in, "1"+strings.Repeat("x", 4<<10))
	}
}

func longWordOnce(addr string) {
	c, err := sshFrom("127.0.0.1", addr)
	if err != nil {
		return
	}
	defer c.Close()
	s, err := c.NewSession()
	if err != nil {
		return
	}
	_ = s.RequestPty("xterm", 24, 80, nil)
	_ = s.Run(strings.Repeat("w", 128<<10))
}

// deskOnce is one normal consultation from the desk's address; it returns
// the time to the first screen, or an error.
func deskOnce(addr string) (time.Duration, error) {
	start := time.Now()
	c, err := sshFrom("127.0.0.2", addr)
	if err != nil {
		return 0, err
	}
	defer c.Close()
	s, err := c.NewSession()
	if err != nil {
		return 0, err
	}
	out := &buffer{}
	s.Stdout = out
	in, _ := s.StdinPipe()
	if err := s.RequestPty("xterm-256color", 24, 80, nil); err != nil {
		return 0, err
	}
	if err := s.Shell(); err != nil {
		return 0, err
	}
	if !waitOut(out, "您参加的是哪种医保", 0, 10*time.Second) {
		return 0, fmt.Errorf("no first screen: %q", tail(out.String()))
	}
	first := time.Since(start)
	for _, st := range yibaoFlow {
		io.WriteString(in, st.keys)
		if st.want != "" && !waitOut(out, st.want, 0, 10*time.Second) {
			return first, fmt.Errorf("never saw %q", st.want)
		}
	}
	io.WriteString(in, ctrlC+"y")
	return first, nil
}

// abusers is the running mix of abuse.
type abusers struct {
	stop func()
}

// startAbuse starts every kind of abuse against addr.
func startAbuse(addr string) abusers {
	stop := make(chan struct{})
	var wg sync.WaitGroup
	abuse(stop, &wg, 200*time.Millisecond, func() { resizeStormOnce(addr, "ls -la") })
	abuse(stop, &wg, 300*time.Millisecond, func() { resizeStormOnce(addr, "") })
	abuse(stop, &wg, 300*time.Millisecond, func() { abandonOnce(addr) })
	abuse(stop, &wg, 500*time.Millisecond, func() { longWordOnce(addr) })
	var socks []net.Conn
	abuse(stop, &wg, 100*time.Millisecond, func() {
		for len(socks) >= 50 {
			socks[0].Close()
			socks = socks[1:]
		}
		for range 10 {
			if c, err := dialFrom("127.0.0.1", addr); err == nil {
				socks = append(socks, c)
			}
		}
	})
	return abusers{stop: func() {
		close(stop)
		wg.Wait()
		for _, c := range socks {
			c.Close()
		}
	}}
}

// settleStats waits up to 30 s for the last sessions to end (goroutines
// and descriptors back to g and fd, when given) and samples the server.
func settleStats(b *testing.B, p *serverProc, g, fd int) (goroutines, rss, fds int) {
	for range 30 {
		time.Sleep(time.Second)
		if goroutines, rss, fds = p.statsFds(b); g > 0 && goroutines <= g && fds <= fd {
			break
		}
	}
	return goroutines, rss, fds
}

func BenchmarkSoak(b *testing.B) {
	if os.Getenv("YIBAO_SOAK") == "" {
		b.Skip("set YIBAO_SOAK=1 to run the ten-minute soak benchmark")
	}
	if c, err := dialFrom("127.0.0.2", "127.0.0.1:1"); err != nil && !strings.Contains(err.Error(), "refused") {
		b.Skipf("no second loopback address: %v", err)
	} else if c != nil {
		c.Close()
	}
	dur := 10 * time.Minute
	if v := os.Getenv("YIBAO_SOAK_FOR"); v != "" {
		if d, err := time.ParseDuration(v); err == nil {
			dur = d
		}
	}
	for b.Loop() {
		p := startProc(b, "soak")
		// Warm up with the same mix for a while, let it settle, and take
		// where the server stands then as the start: the caches, pools and
		// heap a server keeps once it has seen such a load are not a leak.
		warm := startAbuse(p.addr)
		for range 15 {
			deskOnce(p.addr)
			time.Sleep(time.Second)
		}
		warm.stop()
		g0, rss0, fd0 := settleStats(b, p, 0, 0)
		abusers := startAbuse(p.addr)
		var firsts []time.Duration
		failures, peakRSS, peakFds := 0, rss0, fd0
		end := time.Now().Add(dur)
		nextSample := time.Now()
		for time.Now().Before(end) {
			t0 := time.Now()
			first, err := deskOnce(p.addr)
			if err != nil {
				failures++
				b.Logf("desk: %v", err)
			} else {
				firsts = append(firsts, first)
			}
			if time.Now().After(nextSample) {
				_, rss, fds := p.statsFds(b)
				peakRSS, peakFds = max(peakRSS, rss), max(peakFds, fds)
				nextSample = time.Now().Add(10 * time.Second)
			}
			time.Sleep(max(0, time.Second-time.Since(t0)))
		}
		abusers.stop()
		g1, rss1, fd1 := settleStats(b, p, g0, fd0)
		p.stop()
		fmt.Printf("\nsoak for %s: desk consultations %d, failures %d, first screen p50 %.1f ms p95 %.1f ms\n",
			dur, len(firsts), failures, pct(firsts, 50), pct(firsts, 95))
		fmt.Printf("%-16s %10s %10s %10s\n", "", "start", "peak", "end")
		fmt.Printf("%-16s %10d %10d %10d\n", "RSS KB", rss0, peakRSS, rss1)
		fmt.Printf("%-16s %10d %10d %10d\n", "descriptors", fd0, peakFds, fd1)
		fmt.Printf("%-16s %10d %10s %10d\n", "goroutines", g0, "", g1)
		b.ReportMetric(pct(firsts, 95), "first-p95-ms")
		b.ReportMetric(float64(failures), "failures")
		b.ReportMetric(float64(rss1)/float64(rss0), "rss-end/start")
		b.ReportMetric(float64(fd1)/float64(fd0), "fds-end/start")
		b.ReportMetric(float64(g1)/float64(g0), "goroutines-end/start")
	}
}
