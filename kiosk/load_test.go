package kiosk

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	bm "charm.land/wish/v2/bubbletea"
	gossh "golang.org/x/crypto/ssh"
)

// The load benchmark compares the kiosk with a floor: a bare wish server
// whose sessions each run a Bubble Tea program showing a list. Each server
// runs in its own process (this test binary started again with
// YIBAO_LOAD_SERVER set), so its resident memory and goroutines are its own.
//
//	YIBAO_LOAD=1 go test ./kiosk -run '^$' -bench Load -benchtime 1x
//	YIBAO_LOAD=1 YIBAO_LOAD_SIZES=3000 go test ./kiosk -run '^$' -bench Load -benchtime 1x -timeout 60m
//
// Sessions come from many loopback addresses (127.0.1.1 ...), a few each,
// with the kiosk's limits opened and its log written. Targets: no failure
// at 500 sessions, and at 3,000 no more failures than the floor; memory
// per session at most 1.3x the floor; first-frame p95 at most 1.2x the
// floor; after the sessions close, memory given back within a minute
// (the floor keeps it).

// floorItem is a row of the floor's list.
type floorItem string

func (i floorItem) FilterValue() string { return string(i) }
func (i floorItem) Title() string       { return string(i) }
func (i floorItem) Description() string { return "a place in the list" }

type floorModel struct{ l list.Model }

func newFloor() floorModel {
	items := make([]list.Item, 30)
	for i := range items {
		items[i] = floorItem(fmt.Sprintf("Place %02d", i+1))
	}
	l := list.New(items, list.NewDefaultDelegate(), 80, 22)
	l.Title = "Floor list"
	return floorModel{l: l}
}

func (m floorModel) Init() tea.Cmd { return nil }

func (m floorModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.l.SetSize(msg.Width, msg.Height-2)
	case tea.KeyPressMsg:
		if msg.String() == "ctrl+c" {
			return m, tea.Quit
		}
	}
	var cmd tea.Cmd
	m.l, cmd = m.l.Update(msg)
	return m, cmd
}

func (m floorModel) View() tea.View {
	v := tea.NewView(m.l.View())
	v.AltScreen = true
	return v
}

// TestLoadServer is the server process of the load benchmark; it does
// nothing in a normal test run.
func TestLoadServer(t *testing.T) {
	kind := os.Getenv("YIBAO_LOAD_SERVER")
	if kind == "" {
		t.Skip("only the load benchmark's server process")
	}
	var (
		addr string
		stop func()
	)
	switch kind {
	case "soak":
		// The kiosk with its real limits, as `yibao serve` starts it.
		s, err := New(Config{Book: testBook(t), Listen: "127.0.0.1:0", HostKeyPath: t.TempDir() + "/key", Logger: log.New(io.Discard)})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Listen(); err != nil {
			t.Fatal(err)
		}
		go s.Serve()
		addr = s.Addr().String()
		stop = func() { _ = s.Shutdown(context.Background()) }
	case "yibao":
		// Limits opened for the load; the log goes to the process's
		// stderr, which the benchmark reads, as a service's log goes to
		// the journal.
		s, err := New(Config{
			Book: testBook(t), Listen: "127.0.0.1:0", HostKeyPath: t.TempDir() + "/key",
			MaxSessions: 5000, MaxSessionsPerAddress: 5000, Rate: 1e6, Burst: 1e6, PendingPerAddress: 5000,
			Logger: log.NewWithOptions(os.Stderr, log.Options{ReportTimestamp: true}),
		})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Listen(); err != nil {
			t.Fatal(err)
		}
		go s.Serve()
		addr = s.Addr().String()
		stop = func() { _ = s.Shutdown(context.Background()) }
	case "floor":
		srv, err := wish.NewServer(
			wish.WithAddress("127.0.0.1:0"),
			wish.WithHostKeyPath(t.TempDir()+"/key"),
			wish.WithMiddleware(bm.Middleware(func(_ ssh.Session) (tea.Model, []tea.ProgramOption) {
				return newFloor(), []tea.ProgramOption{tea.WithoutSignalHandler()}
			})),
		)
		if err != nil {
			t.Fatal(err)
		}
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		go srv.Serve(ln)
		addr = ln.Addr().String()
		stop = func() { _ = srv.Close() }
	}
	fmt.Printf("ADDR %s\n", addr)
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		switch in.Text() {
		case "stats":
			debug.FreeOSMemory()
			fds, _ := os.ReadDir("/proc/self/fd")
			fmt.Printf("STATS %d %d %d\n", runtime.NumGoroutine(), rssKB(), len(fds))
		case "rss": // as it is, without asking the runtime to give memory back
			fmt.Printf("RSS %d\n", rssKB())
		case "quit":
			stop()
			return
		}
	}
}

// rssKB reads this process's resident memory from /proc.
func rssKB() int {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmRSS:"); ok {
			n, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
			return n
		}
	}
	return 0
}

// serverProc is a load-benchmark server in its own process.
type serverProc struct {
	cmd  *exec.Cmd
	in   io.WriteCloser
	out  *bufio.Scanner
	addr string
}

func startProc(b *testing.B, kind string) *serverProc {
	cmd := exec.Command(os.Args[0], "-test.run=^TestLoadServer$", "-test.count=1")
	cmd.Env = append(os.Environ(), "YIBAO_LOAD_SERVER="+kind)
	in, _ := cmd.StdinPipe()
	pipe, _ := cmd.StdoutPipe()
	cmd.Stderr = io.Discard // the server's log, read and dropped
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	p := &serverProc{cmd: cmd, in: in, out: bufio.NewScanner(pipe)}
	for p.out.Scan() {
		if a, ok := strings.CutPrefix(p.out.Text(), "ADDR "); ok {
			p.addr = a
			return p
		}
	}
	b.Fatalf("%s server did not start", kind)
	return nil
}

func (p *serverProc) stats(b *testing.B) (goroutines, rss int) {
	goroutines, rss, _ = p.statsFds(b)
	return goroutines, rss
}

// statsFds is the server's goroutines, resident memory (KB) and open file
// descriptors.
func (p *serverProc) statsFds(b *testing.B) (goroutines, rss, fds int) {
	fmt.Fprintln(p.in, "stats")
	for p.out.Scan() {
		if v, ok := strings.CutPrefix(p.out.Text(), "STATS "); ok {
			fmt.Sscan(v, &goroutines, &rss, &fds)
			return
		}
	}
	b.Fatal("no stats")
	return
}

// rss is the server's resident memory (KB) as it stands.
func (p *serverProc) rss(b *testing.B) int {
	fmt.Fprintln(p.in, "rss")
	for p.out.Scan() {
		if v, ok := strings.CutPrefix(p.out.Text(), "RSS "); ok {
			n, _ := strconv.Atoi(v)
			return n
		}
	}
	b.Fatal("no rss")
	return 0
}

// givenBack is how long after its sessions closed the server's resident
// memory falls to within a quarter of its load above where it started
// (checked each second, up to a minute; -1 when it does not), and the
// memory it holds then.
func (p *serverProc) givenBack(b *testing.B, before, loaded int) (time.Duration, int) {
	start := time.Now()
	goal := before + (loaded-before)/4
	for {
		rss := p.rss(b)
		if rss <= goal {
			return time.Since(start).Round(time.Second), rss
		}
		if time.Since(start) > time.Minute {
			return -1, rss
		}
		time.Sleep(time.Second)
	}
}

func (p *serverProc) stop() {
	fmt.Fprintln(p.in, "quit")
	_ = p.cmd.Wait()
}

// loadResult is what one run of N sessions measured.
type loadResult struct {
	first, keys          []time.Duration
	failures             int
	kbPerSession         float64
	goroutinesBefore     int
	goroutinesAfter      int
	rssBefore, rssLoaded int
	released             time.Duration // until the memory was given back; -1 not within a minute
	rssReleased          int
}

// flowStep is a key and what the screen then shows.
type flowStep struct{ keys, want string }

var (
	yibaoFlow = []flowStep{{"1", "退休情况"}, {"2", "参保"}, {"bj", "陕西省"}, {enter, "再按回车确认"}, {enter, "多少岁"}, {"72" + enter, "107"}}
	floorFlow = []flowStep{{"\x1b[B", ""}, {"\x1b[B", ""}, {"\x1b[B", ""}, {"\x1b[B", ""}, {"\x1b[A", ""}}
)

// runLoad opens n sessions at once, walks each through its flow, holds them
// all open to measure memory, then closes them and counts goroutines.
func runLoad(b *testing.B, p *serverProc, n int, firstWant string, flow []flowStep) loadResult {
	var r loadResult
	r.goroutinesBefore, r.rssBefore = p.stats(b)
	var mu sync.Mutex
	var wg, reached sync.WaitGroup
	release := make(chan struct{})
	wg.Add(n)
	reached.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			defer wg.Done()
			arrived := false
			arrive := func() {
				if !arrived {
					arrived = true
					reached.Done()
				}
			}
			defer arrive()
			fail := func() {
				mu.Lock()
				r.failures++
				mu.Unlock()
			}
			start := time.Now()
			conn, err := dialLoopback(p.addr, i)
			if err != nil {
				fail()
				return
			}
			defer conn.Close()
			sess, err := conn.NewSession()
			if err != nil {
				fail()
				return
			}
			out := &buffer{}
			sess.Stdout = out
			in, _ := sess.StdinPipe()
			if sess.RequestPty("xterm-256color", 24, 80, nil) != nil || sess.Shell() != nil {
				fail()
				return
			}
			if !waitOut(out, firstWant, 0, 30*time.Second) {
				fail()
				return
			}
			first := time.Since(start)
			var keys []time.Duration
			for _, st := range flow {
				before := out.Len()
				t0 := time.Now()
				io.WriteString(in, st.keys)
				if !waitOut(out, "", before, 30*time.Second) {
					fail()
					return
				}
				keys = append(keys, time.Since(t0))
				if st.want != "" && !waitOut(out, st.want, 0, 30*time.Second) {
					fail()
					return
				}
			}
			mu.Lock()
			r.first = append(r.first, first)
			r.keys = append(r.keys, keys...)
			mu.Unlock()
			arrive()
			<-release
			io.WriteString(in, ctrlC)
			io.WriteString(in, "y")
			done := make(chan struct{})
			go func() { sess.Wait(); close(done) }()
			select {
			case <-done:
			case <-time.After(30 * time.Second):
			}
		}()
	}
	reached.Wait()
	r.rssLoaded = p.rss(b)
	close(release)
	wg.Wait()
	r.released, r.rssReleased = p.givenBack(b, r.rssBefore, r.rssLoaded)
	deadline := time.Now().Add(10 * time.Second)
	for {
		r.goroutinesAfter, _ = p.stats(b)
		if r.goroutinesAfter <= r.goroutinesBefore || time.Now().After(deadline) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	r.kbPerSession = float64(r.rssLoaded-r.rssBefore) / float64(n)
	return r
}

// dialLoopback connects the i-th session from a loopback address of its
// own group (127.0.1.1, 127.0.1.2 ... 127.0.12.250: a few sessions an
// address, as desks behind many routers), with any host key.
func dialLoopback(addr string, i int) (*gossh.Client, error) {
	cfg := &gossh.ClientConfig{User: "desk", HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 30 * time.Second}
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.IPv4(127, 0, byte(1+i/250%250), byte(1+i%250))}, Timeout: 30 * time.Second}
	c, err := d.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	cc, chans, reqs, err := gossh.NewClientConn(c, addr, cfg)
	if err != nil {
		c.Close()
		return nil, err
	}
	return gossh.NewClient(cc, chans, reqs), nil
}

// waitOut waits until out holds want (or, with want empty, grows past from).
// It wakes on each write rather than polling, so that thousands of
// waiting clients cost the machine nothing between frames.
func waitOut(out *buffer, want string, from int, limit time.Duration) bool {
	deadline := time.NewTimer(limit)
	defer deadline.Stop()
	for {
		grown := out.grown()
		if want == "" && out.Len() > from || want != "" && strings.Contains(out.String(), want) {
			return true
		}
		select {
		case <-grown:
		case <-deadline.C:
			return false
		}
	}
}

func pct(d []time.Duration, p int) float64 {
	if len(d) == 0 {
		return 0
	}
	s := slices.Clone(d)
	slices.Sort(s)
	return float64(s[min(len(s)-1, len(s)*p/100)].Microseconds()) / 1000
}

func BenchmarkLoad(b *testing.B) {
	if os.Getenv("YIBAO_LOAD") == "" {
		b.Skip("set YIBAO_LOAD=1 to run the load benchmark (it starts two servers and up to 500 sessions)")
	}
	for _, n := range loadSizes() {
		b.Run(fmt.Sprintf("sessions=%d", n), func(b *testing.B) {
			for b.Loop() {
				floor := startProc(b, "floor")
				f := runLoad(b, floor, n, "Floor list", floorFlow)
				floor.stop()
				yib := startProc(b, "yibao")
				y := runLoad(b, yib, n, "您参加的是哪种医保", yibaoFlow)
				yib.stop()
				fmt.Printf("\n%d sessions            %12s %12s %8s\n", n, "yibao", "floor", "ratio")
				row := func(name string, a, c float64) {
					ratio := 0.0
					if c > 0 {
						ratio = a / c
					}
					fmt.Printf("%-22s %12.1f %12.1f %8.2f\n", name, a, c, ratio)
				}
				row("first frame p50 ms", pct(y.first, 50), pct(f.first, 50))
				row("first frame p95 ms", pct(y.first, 95), pct(f.first, 95))
				row("key to screen p95 ms", pct(y.keys, 95), pct(f.keys, 95))
				row("RSS per session KB", y.kbPerSession, f.kbPerSession)
				row("RSS before MB", float64(y.rssBefore)/1024, float64(f.rssBefore)/1024)
				row("RSS loaded MB", float64(y.rssLoaded)/1024, float64(f.rssLoaded)/1024)
				row("RSS after close MB", float64(y.rssReleased)/1024, float64(f.rssReleased)/1024)
				fmt.Printf("%-22s %12s %12s\n", "memory given back in", back(y.released), back(f.released))
				fmt.Printf("%-22s %12d %12d\n", "failures", y.failures, f.failures)
				fmt.Printf("%-22s %12d %12d\n", "goroutines before", y.goroutinesBefore, f.goroutinesBefore)
				fmt.Printf("%-22s %12d %12d\n", "goroutines after", y.goroutinesAfter, f.goroutinesAfter)
				b.ReportMetric(pct(y.first, 95)/pct(f.first, 95), "first-p95-ratio")
				b.ReportMetric(y.kbPerSession/f.kbPerSession, "mem-ratio")
				b.ReportMetric(float64(y.failures), "failures")
				b.ReportMetric(float64(y.goroutinesAfter-y.goroutinesBefore), "goroutines-left")
				b.ReportMetric(float64(y.failures-f.failures), "failures-over-floor")
				b.ReportMetric(y.released.Seconds(), "s-to-give-back")
			}
		})
	}
}

// back says how soon memory was given back.
func back(d time.Duration) string {
	if d < 0 {
		return "> 1 min"
	}
	return d.String()
}

// loadSizes are the session counts to run: 50, 200 and 500, or those
// listed in YIBAO_LOAD_SIZES (e.g. "50").
func loadSizes() []int {
	v := os.Getenv("YIBAO_LOAD_SIZES")
	if v == "" {
		return []int{50, 200, 500}
	}
	var out []int
	for _, f := range strings.Split(v, ",") {
		if n, err := strconv.Atoi(strings.TrimSpace(f)); err == nil && n > 0 {
			out = append(out, n)
		}
	}
	return out
}
