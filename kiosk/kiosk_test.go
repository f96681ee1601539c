package kiosk

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"yibao/data/lang"
	"yibao/kiosk/limits"
	"yibao/model/line"

	tea "charm.land/bubbletea/v2"
	gossh "golang.org/x/crypto/ssh"
	"golang.org/x/crypto/ssh/agent"
)

// Keys as an SSH client sends them.
const (
	enter = "\r"
	ctrlC = "\x03"
)

func TestFlowOverSSH(t *testing.T) {
	ts := startServer(t, nil)
	c := ts.open(t, openOpts{})
	c.waitFor(t, "您参加的是哪种医保")
	c.send("1")
	c.waitFor(t, "退休情况")
	c.send("2")
	c.waitFor(t, "参保")
	c.send("gz")
	c.waitFor(t, "广东省")
	c.send(enter)
	c.waitFor(t, "再按回车确认") // gz fits 广州 and 赣州 alike
	c.send(enter)
	c.waitFor(t, "多少岁")
	c.send("66" + enter)
	c.waitFor(t, "160.42")
	c.send(ctrlC)
	c.waitFor(t, "退出吗")
	c.send("y")
	if code := c.exit(t); code != 0 {
		t.Fatalf("exit status %d", code)
	}
	c.waitFor(t, "谢谢使用")
	logs := ts.waitLog(t, "disconnect")
	for _, want := range []string{"connect", "disconnect", "duration=", "remote=127.0.0.1", "reason=quit"} {
		if !strings.Contains(logs, want) {
			t.Errorf("log lacks %q:\n%s", want, logs)
		}
	}
	for _, answer := range []string{"广州", "440100", "gz", "160.42", "169.08", "retired", "已退休", "age"} {
		if strings.Contains(logs, answer) {
			t.Errorf("the log holds an answer (%q):\n%s", answer, logs)
		}
	}
}

func TestDeepLink(t *testing.T) {
	ts := startServer(t, nil)
	c := ts.open(t, openOpts{command: "长沙"})
	c.waitFor(t, "您参加的是哪种医保")
	c.send("1")
	c.waitFor(t, "退休情况")
	c.send("2")
	c.waitFor(t, "多少岁")
	c.send("72" + enter)
	c.waitFor(t, "75 元")
	if strings.Contains(ts.logs.String(), "长沙") {
		t.Error("the deep-link place must not be logged")
	}
}

func TestNoPTY(t *testing.T) {
	ts := startServer(t, nil)
	c := ts.open(t, openOpts{noPTY: true})
	if code := c.exit(t); code == 0 {
		t.Fatal("a session without a terminal must exit non-zero")
	}
	out := c.out.String()
	if !strings.Contains(out, "ssh -t -p ") || !strings.Contains(out, "needs a terminal") {
		t.Fatalf("explanation missing:\n%s", out)
	}
	ts.waitLog(t, "reason=no-pty")
}

func TestExecRefused(t *testing.T) {
	ts := startServer(t, nil)
	c := ts.open(t, openOpts{noPTY: true, command: "cat /etc/passwd"})
	if code := c.exit(t); code == 0 || strings.Contains(c.out.String(), "root:") {
		t.Fatalf("exec without a terminal: status %d, output %q", code, c.out.String())
	}
	long := strings.Repeat("a", 1000)    // one word, but longer than any place
	huge := strings.Repeat("b", 128<<10) // split into words, this cost seconds
	for _, cmd := range []string{"cat /etc/passwd", "/bin/sh", "ls -la", "sh -c id", "x;id", long, huge} {
		c := ts.open(t, openOpts{command: cmd})
		if code := c.exit(t); code == 0 {
			t.Errorf("%q with a terminal must be refused", cmd[:min(len(cmd), 20)])
		}
		if out := c.out.String(); !strings.Contains(out, "不能执行命令") || strings.Contains(out, "root:") || strings.Contains(out, "uid=") {
			t.Errorf("%q: output %q", cmd[:min(len(cmd), 20)], out)
		}
	}
	ts.waitLog(t, "reason=command")
}

// TestDeepLinkMistyped: one word that names no place (a typo, or "bash")
// opens the advisor, runs nothing, and brings the word to the place
// question with suggestions.
func TestDeepLinkMistyped(t *testing.T) {
	ts := startServer(t, nil)
	c := ts.open(t, openOpts{command: "shangai"})
	c.waitFor(t, "您参加的是哪种医保")
	c.send("1")
	c.waitFor(t, "退休情况")
	c.send("2")
	c.waitFor(t, "没有找到「shangai」，是不是")
	c.waitFor(t, "直辖市") // 上海市, the first suggestion
	c = ts.open(t, openOpts{command: "bash"})
	c.waitFor(t, "您参加的是哪种医保")
	c.send("1")
	c.waitFor(t, "退休情况")
	c.send("2")
	c.waitFor(t, "保山") // found by its letters, b-a-sh
}

func TestSubsystemAndForwardingRefused(t *testing.T) {
	ts := startServer(t, nil)
	conn := ts.dial(t)
	// The server must never open an agent channel towards us.
	agentChans := conn.HandleChannelOpen("auth-agent@openssh.com")

	sess, err := conn.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := sess.SendRequest(agentRequest, true, nil); ok || err != nil {
		t.Errorf("agent forwarding was accepted (%v, %v); nothing uses it, so it must be refused", ok, err)
	}
	if err := sess.RequestSubsystem("sftp"); err == nil {
		t.Error("sftp must be refused")
	}
	sess.Close()

	if _, err := conn.Dial("tcp", "127.0.0.1:22"); err == nil {
		t.Error("local port forwarding must be refused")
	}
	if _, err := conn.Listen("tcp", "127.0.0.1:0"); err == nil {
		t.Error("remote port forwarding must be refused")
	}

	c := ts.openOn(t, conn, openOpts{})
	if err := agent.RequestAgentForwarding(c.sess); err != nil {
		t.Logf("agent request: %v", err)
	}
	x11 := gossh.Marshal(struct {
		Single   bool
		Proto    string
		Cookie   string
		ScreenNo uint32
	}{false, "MIT-MAGIC-COOKIE-1", "00", 0})
	if ok, _ := c.sess.SendRequest("x11-req", true, x11); ok {
		t.Error("X11 forwarding must be refused")
	}
	c.waitFor(t, "您参加的是哪种医保")
	c.send("1")
	c.waitFor(t, "退休情况")
	select {
	case ch := <-agentChans:
		ch.Reject(gossh.Prohibited, "no")
		t.Error("the server opened an agent channel")
	default:
	}
	logs := ts.logs.String()
	for _, want := range []string{"reason=subsystem", "sftp", "reason=\"port forwarding\"", "reason=\"reverse port forwarding\""} {
		if !strings.Contains(logs, want) {
			t.Errorf("log lacks %s:\n%s", want, logs)
		}
	}
}

func TestRateLimit(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.Rate, c.Burst = 0.001, 2 })
	for i := 0; i < 2; i++ {
		ts.open(t, openOpts{}).waitFor(t, "您参加的是哪种医保")
	}
	c := ts.open(t, openOpts{})
	if code := c.exit(t); code == 0 {
		t.Fatal("the third session in a burst of two must be refused")
	}
	if !strings.Contains(c.out.String(), "连接太频繁") {
		t.Fatalf("output %q", c.out.String())
	}
	ts.waitLog(t, "reason=rate")
}

func TestSessionCeiling(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.MaxSessions, c.MaxSessionsPerAddress = 1, 2 })
	first := ts.open(t, openOpts{})
	first.waitFor(t, "您参加的是哪种医保")
	second := ts.open(t, openOpts{})
	if code := second.exit(t); code == 0 || !strings.Contains(second.out.String(), "太忙") {
		t.Fatalf("second session: status %d, %q", code, second.out.String())
	}
	first.send(ctrlC + "y")
	first.exit(t)
	// The exit status reaches the client as the session unwinds; wait for
	// the kiosk to count it gone.
	for deadline := time.Now().Add(5 * time.Second); ts.Active() != 0 && time.Now().Before(deadline); {
		time.Sleep(5 * time.Millisecond)
	}
	third := ts.open(t, openOpts{})
	third.waitFor(t, "您参加的是哪种医保")
	ts.waitLog(t, "reason=full")
}

func TestIdleExpiry(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.Idle, c.IdleWarn = 800*time.Millisecond, 400*time.Millisecond })
	c := ts.open(t, openOpts{})
	c.waitFor(t, "您参加的是哪种医保")
	c.send("1")
	c.waitFor(t, "还在吗")
	c.send("x") // dismisses the question, answering nothing
	c.send("2")
	c.waitFor(t, "城市：")
	c.waitFor(t, "长时间没有操作")
	if code := c.exit(t); code != 0 {
		t.Fatalf("status %d", code)
	}
	ts.waitLog(t, "reason=idle")
}

func TestMaxSession(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.MaxSession = 500 * time.Millisecond })
	c := ts.open(t, openOpts{})
	c.waitFor(t, "您参加的是哪种医保")
	c.waitFor(t, "最长时间")
	c.exit(t)
	ts.waitLog(t, "reason=time-up")
}

// bang panics on "!", to show that one session's panic ends only it.
type bang struct{ tea.Model }

func (b bang) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && k.String() == "!" {
		panic("test panic")
	}
	m, cmd := b.Model.Update(msg)
	return bang{m}, cmd
}

func TestPanicIsolation(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.wrap = func(m tea.Model) tea.Model { return bang{m} } })
	a, b := ts.open(t, openOpts{}), ts.open(t, openOpts{})
	a.waitFor(t, "您参加的是哪种医保")
	b.waitFor(t, "您参加的是哪种医保")
	a.send("!")
	if code := a.exit(t); code == 0 {
		t.Fatal("the panicking session must end with a non-zero status")
	}
	a.waitFor(t, "抱歉，程序出错了")
	b.send("1")
	b.waitFor(t, "退休情况")
	b.send("2")
	b.waitFor(t, "参保")
	b.send("bj" + enter + enter + "72" + enter)
	b.waitFor(t, "107")
	ts.waitLog(t, "panic in session")
	ts.waitLog(t, "reason=panic")
	if ts.Active() != 1 {
		t.Errorf("active sessions = %d, want 1", ts.Active())
	}
}

func TestShutdown(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.CloseNotice = 300 * time.Millisecond })
	var cs []*client
	for i := 0; i < 3; i++ {
		c := ts.open(t, openOpts{})
		c.waitFor(t, "您参加的是哪种医保")
		cs = append(cs, c)
	}
	cs[1].send("12bj")
	cs[1].waitFor(t, "北京")
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := ts.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Fatalf("shutdown took %v", d)
	}
	for i, c := range cs {
		c.waitFor(t, "服务器即将关闭")
		c.waitFor(t, "服务器已关闭")
		if code := c.exit(t); code != 0 {
			t.Errorf("session %d: status %d", i, code)
		}
	}
	if _, err := gossh.Dial("tcp", ts.addr, ts.clientConfig()); err == nil {
		t.Error("a closed server must not accept")
	}
	ts.waitLog(t, "stopped")
	if n := strings.Count(ts.logs.String(), "reason=shutdown"); n != 3 {
		t.Errorf("%d sessions logged as shut down, want 3", n)
	}
}

func TestResizeAndEnvironment(t *testing.T) {
	ts := startServer(t, nil)
	c := ts.open(t, openOpts{env: map[string]string{"LANG": "en_US.UTF-8", "NO_COLOR": "1"}})
	c.waitFor(t, "Which medical insurance")
	if err := c.sess.WindowChange(14, 39); err != nil {
		t.Fatal(err)
	}
	c.waitFor(t, "Please enlarge the window")
	mark := len(c.out.String())
	c.sess.WindowChange(24, 80)
	c.waitAfter(t, mark, "Which medical insurance")
	c.send("12bj" + enter + enter + "72" + enter)
	c.waitFor(t, "######")
	if strings.Contains(c.out.String(), "\x1b[42m") {
		t.Error("NO_COLOR from the session must turn colour off")
	}
}

// TestOversizedTerminal: a huge window is drawn at the largest size kept,
// so a client cannot make the server allocate without bound.
func TestOversizedTerminal(t *testing.T) {
	ts := startServer(t, nil)
	c := ts.open(t, openOpts{cols: 100000, rows: 100000})
	c.waitFor(t, "您参加的是哪种医保")
	if err := c.sess.WindowChange(50000, 50000); err != nil {
		t.Fatal(err)
	}
	c.send("1")
	c.waitFor(t, "退休情况")
	if got := clampSize(tea.WindowSizeMsg{Width: 100000, Height: 50000}); got.Width != maxCols || got.Height != maxRows {
		t.Errorf("clampSize = %+v", got)
	}
	if got := clampSize(tea.WindowSizeMsg{Width: 100, Height: 40}); got.Width != 100 || got.Height != 40 {
		t.Errorf("an ordinary size must stay: %+v", got)
	}
}

func TestPasswordAuth(t *testing.T) {
	pw := filepath.Join(t.TempDir(), "pw")
	os.WriteFile(pw, []byte("desk-secret\n"), 0o600)
	ts := startServer(t, func(c *Config) { c.Auth, c.PasswordFile = "password", pw })
	if _, err := gossh.Dial("tcp", ts.addr, ts.clientConfig(gossh.Password("wrong"))); err == nil {
		t.Fatal("a wrong password must fail")
	}
	conn, err := gossh.Dial("tcp", ts.addr, ts.clientConfig(gossh.Password("desk-secret")))
	if err != nil {
		t.Fatal(err)
	}
	ts.openOn(t, conn, openOpts{}).waitFor(t, "您参加的是哪种医保")
	if logs := ts.waitLog(t, "wrong password"); strings.Contains(logs, "desk-secret") {
		t.Errorf("the password reached the log:\n%s", logs)
	}
}

func TestKeyAuth(t *testing.T) {
	_, priv, _ := ed25519.GenerateKey(rand.Reader)
	signer, _ := gossh.NewSignerFromKey(priv)
	_, other, _ := ed25519.GenerateKey(rand.Reader)
	otherSigner, _ := gossh.NewSignerFromKey(other)
	ak := filepath.Join(t.TempDir(), "authorized_keys")
	os.WriteFile(ak, gossh.MarshalAuthorizedKey(signer.PublicKey()), 0o600)
	ts := startServer(t, func(c *Config) { c.Auth, c.AuthorizedKeys = "keys", ak })
	if _, err := gossh.Dial("tcp", ts.addr, ts.clientConfig(gossh.PublicKeys(otherSigner))); err == nil {
		t.Fatal("an unknown key must fail")
	}
	conn, err := gossh.Dial("tcp", ts.addr, ts.clientConfig(gossh.PublicKeys(signer)))
	if err != nil {
		t.Fatal(err)
	}
	ts.openOn(t, conn, openOpts{}).waitFor(t, "您参加的是哪种医保")
}

func TestHostKeyCreatedPrivate(t *testing.T) {
	ts := startServer(t, nil)
	st, err := os.Stat(ts.cfg.HostKeyPath)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("host key mode %v, %v", st.Mode(), err)
	}
	if !strings.HasPrefix(ts.Fingerprint(), "SHA256:") || !ts.KeyCreated() {
		t.Errorf("fingerprint %q created %v", ts.Fingerprint(), ts.KeyCreated())
	}
	// Loading it again gives the same key.
	_, fp, created, err := hostKey(ts.cfg.HostKeyPath)
	if err != nil || fp != ts.Fingerprint() || created {
		t.Errorf("reload: %q %v %v", fp, created, err)
	}
}

func TestGoroutinesReturnToBaseline(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.PendingPerAddress = 100 })
	warm := ts.open(t, openOpts{})
	warm.waitFor(t, "您参加的是哪种医保")
	warm.send(ctrlC + "y")
	warm.exit(t)
	warm.close()
	baseline := settle(0)
	var wg sync.WaitGroup
	sem := make(chan struct{}, 20)
	errs := make(chan error, 200)
	for i := 0; i < 200; i++ {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			errs <- ts.shortSession()
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if n := settle(baseline); n > baseline {
		buf := make([]byte, 1<<20)
		t.Fatalf("%d goroutines after 200 sessions, baseline %d\n%s", n, baseline, buf[:runtime.Stack(buf, true)])
	}
	if ts.Active() != 0 {
		t.Errorf("active = %d", ts.Active())
	}
}

// settle waits up to five seconds for the goroutine count to reach want
// (or to stop falling when want is 0) and returns it.
func settle(want int) int {
	deadline := time.Now().Add(5 * time.Second)
	last := runtime.NumGoroutine()
	for time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
		n := runtime.NumGoroutine()
		if (want > 0 && n <= want) || (want == 0 && n == last) {
			return n
		}
		last = n
	}
	return runtime.NumGoroutine()
}

// TestOpenSSHClient drives the real OpenSSH client: ssh -tt, a full flow,
// the Beijing figure.
func TestOpenSSHClient(t *testing.T) {
	bin, err := exec.LookPath("ssh")
	if err != nil {
		t.Skip("ssh is not installed (CI installs openssh-client)")
	}
	ts := startServer(t, nil)
	host, port := splitAddr(t, ts.addr)
	known := filepath.Join(t.TempDir(), "known_hosts")
	cmd := exec.Command(bin, "-tt", "-p", port, "-F", "/dev/null",
		"-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile="+known, "-o", "BatchMode=yes",
		"-o", "LogLevel=ERROR", "desk@"+host)
	cmd.Env = append(os.Environ(), "TERM=xterm-256color", "LANG=C.UTF-8")
	in, _ := cmd.StdinPipe()
	out := &buffer{}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	c := &client{out: out}
	c.waitFor(t, "您参加的是哪种医保")
	in.Write([]byte("1"))
	c.waitFor(t, "退休情况")
	in.Write([]byte("2"))
	c.waitFor(t, "参保")
	in.Write([]byte("bj"))
	c.waitFor(t, "陕西省")
	in.Write([]byte(enter))
	c.waitFor(t, "再按回车确认")
	in.Write([]byte(enter))
	c.waitFor(t, "多少岁")
	in.Write([]byte("72" + enter))
	c.waitFor(t, "107")
	in.Write([]byte(ctrlC))
	c.waitFor(t, "退出吗")
	in.Write([]byte("y"))
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("ssh exited with %v\n%s", err, tail(out.String()))
		}
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		t.Fatal("ssh did not exit")
	}
	// The fingerprint OpenSSH recorded is the one the server printed.
	kh, _ := os.ReadFile(known)
	_, _, key, _, _, err := gossh.ParseKnownHosts(kh)
	if err != nil || gossh.FingerprintSHA256(key) != ts.Fingerprint() {
		t.Errorf("known_hosts key %v does not match the fingerprint (%v)", key, err)
	}
}

func splitAddr(t *testing.T, addr string) (string, string) {
	i := strings.LastIndex(addr, ":")
	return addr[:i], addr[i+1:]
}

func TestLangFromEnv(t *testing.T) {
	for env, want := range map[string]lang.Lang{
		"LANG=en_US.UTF-8": lang.EN, "LANG=zh_CN.UTF-8": lang.ZH, "LANG=C.UTF-8": lang.ZH, "": lang.ZH,
		"LC_ALL=en_GB.UTF-8": lang.EN,
	} {
		if got := lang.FromEnv([]string{env, "TERM=xterm"}); got != want {
			t.Errorf("%q: %s, want %s", env, got, want)
		}
	}
	if got := lang.FromEnv([]string{"LANG=en_US.UTF-8", "LC_ALL=zh_CN.UTF-8"}); got != lang.ZH {
		t.Errorf("LC_ALL wins over LANG: %s", got)
	}
}

// TestLineModeOverSSH: a TERM=dumb session gets the line mode, with what
// is typed echoed back and CR ending a line.
func TestLineModeOverSSH(t *testing.T) {
	ts := startServer(t, nil)
	c := ts.open(t, openOpts{term: "dumb"})
	c.waitFor(t, "第 1 步。")
	c.send("1\r")
	c.waitFor(t, "第 2 步")
	c.send("2\r")
	c.waitFor(t, "第 3 步。")
	c.send("bj\r")
	c.waitFor(t, "3. 宝鸡市（陕西省）")
	c.send("1\r")
	c.waitFor(t, "第 4 步")
	c.send("7\x7f72\r") // a typo corrected with Backspace
	c.waitFor(t, "每月实际划入 107 元")
	out := c.out.String()
	if strings.Contains(out, "\x1b[") {
		t.Errorf("line mode must not move the cursor or colour:\n%q", tail(out))
	}
	if !strings.Contains(out, "bj\r\n") {
		t.Errorf("typed text must be echoed:\n%q", tail(out))
	}
	c.send("0\r")
	if code := c.exit(t); code != 0 {
		t.Fatalf("status %d", code)
	}
	c.waitFor(t, "再见")
}

// TestSlipOverSSH: the slip is offered to the client's clipboard by OSC 52
// and shown full screen; nothing is saved on the server.
func TestSlipOverSSH(t *testing.T) {
	ts := startServer(t, nil)
	c := ts.open(t, openOpts{})
	c.waitFor(t, "您参加的是哪种医保")
	c.send("12bj" + enter + enter + "72" + enter)
	c.waitFor(t, "107")
	c.send("s")
	c.waitFor(t, "\x1b]52;c;")
	c.waitFor(t, "剪贴板")
	c.send(enter) // back to the result
	c.send("g")
	c.waitFor(t, "为什么我的医保返款变少了")
}

// TestLongLineInLineMode: a flood typed in line mode is cut to the longest
// answer kept, and the session goes on answering.
func TestLongLineInLineMode(t *testing.T) {
	ts := startServer(t, nil)
	c := ts.open(t, openOpts{term: "dumb"})
	c.waitFor(t, "第 1 步")
	c.send("1\r")
	c.waitFor(t, "第 2 步")
	c.send("2\r")
	c.waitFor(t, "第 3 步")
	c.send(strings.Repeat("a", 20000) + "\r")
	c.waitFor(t, "可能是下面几个地区之一")
	out := c.out.String()
	if strings.Contains(out, strings.Repeat("a", line.MaxLine+1)) {
		t.Error("the echo must stop at the longest answer kept")
	}
	if !strings.Contains(out, "「"+strings.Repeat("a", 20)+"…」") {
		t.Errorf("the reply must quote a shortened answer:\n%q", tail(out))
	}
	c.send("北京\r")
	c.waitFor(t, "第 4 步")
}

// TestConnectionLimits: a connection that opens no session is closed, and
// connections beyond the ceiling are turned away.
func TestConnectionLimits(t *testing.T) {
	ts := startServer(t, func(c *Config) {
		c.sessionWithin = 200 * time.Millisecond
		c.MaxSessions = 1
		c.PendingPerAddress = 100
	})
	idle := ts.dial(t)
	done := make(chan error, 1)
	go func() { done <- idle.Wait() }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("a connection without a session must be closed")
	}
	ts.waitLog(t, "no session opened")
	var open []*gossh.Client
	defer func() {
		for _, c := range open {
			c.Close()
		}
	}()
	refused := false
	for i := 0; i < ts.maxConns()+2; i++ {
		c, err := gossh.Dial("tcp", ts.addr, ts.clientConfig())
		if err != nil {
			refused = true
			break
		}
		open = append(open, c)
	}
	if !refused {
		t.Fatalf("%d connections were all accepted; the ceiling is %d", len(open), ts.maxConns())
	}
	ts.waitLog(t, "reason=\"too many connections\"")
}

// TestPasswordGuessing: wrong passwords make that address and user wait,
// briefly and longer each time; another user name at the same address (a
// second desk behind the centre's router) is not held up, and after the
// wait the right password works.
func TestPasswordGuessing(t *testing.T) {
	pw := filepath.Join(t.TempDir(), "pw")
	os.WriteFile(pw, []byte("desk-secret\n"), 0o600)
	var mu sync.Mutex
	now := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	ts := startServer(t, func(c *Config) { c.Auth, c.PasswordFile, c.Now = "password", pw, clock })
	as := func(user, password string) error {
		cfg := ts.clientConfig(gossh.Password(password))
		cfg.User = user
		c, err := gossh.Dial("tcp", ts.addr, cfg)
		if err == nil {
			c.Close()
		}
		return err
	}
	for range limits.FreeFailures {
		if as("desk", "guess") == nil {
			t.Fatal("a wrong password must fail")
		}
	}
	if as("desk", "desk-secret") == nil {
		t.Fatal("right after the failures, the same user at the same address must wait")
	}
	if err := as("desk2", "desk-secret"); err != nil {
		t.Fatalf("another desk at the same address was held up: %v", err)
	}
	ts.waitLog(t, "too many wrong passwords")
	mu.Lock()
	now = now.Add(limits.FirstLoginWait + time.Second)
	mu.Unlock()
	if err := as("desk", "desk-secret"); err != nil {
		t.Fatalf("after the wait the right password must work: %v", err)
	}
}

// TestShutdownWithStalledClient: a client that stops reading its screen
// cannot hold a graceful shutdown past its deadline.
func TestShutdownWithStalledClient(t *testing.T) {
	ts := startServer(t, nil)
	conn := ts.dial(t)
	sess, _ := conn.NewSession()
	_, stall := io.Pipe() // nobody reads: the SSH window fills up
	sess.Stdout = stall
	in, _ := sess.StdinPipe()
	sess.RequestPty("xterm-256color", 120, 300, nil)
	sess.Shell()
	for i := 0; i < 400; i++ {
		io.WriteString(in, "?x")
	}
	other := ts.open(t, openOpts{})
	other.waitFor(t, "您参加的是哪种医保")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- ts.Shutdown(ctx) }()
	select {
	case <-done:
	case <-time.After(15 * time.Second):
		t.Fatal("shutdown hung on a client that stopped reading")
	}
	if end, _ := ctx.Deadline(); time.Now().After(end) {
		t.Errorf("shutdown returned %v after its time was up", time.Since(end))
	}
	other.waitFor(t, "服务器即将关闭")
}

// TestLogQuotesOnce: client-given text reaches the log escaped and quoted
// once, by the log's formatter: user=desk, not user="\"desk\"".
func TestLogQuotesOnce(t *testing.T) {
	if got := clean("x\"y\x1b[31m\n"); got != `x"y\x1b[31m\n` {
		t.Errorf("clean = %q", got)
	}
	if got := clean(strings.Repeat("长", 40)); !strings.HasSuffix(got, "…") || len([]rune(got)) != logLen+1 {
		t.Errorf("clean does not cut: %q", got)
	}
	ts := startServer(t, nil)
	c := ts.open(t, openOpts{})
	c.waitFor(t, "您参加的是哪种医保")
	ts.waitLog(t, "user=desk ")
	if strings.Contains(ts.logs.String(), `\"`) {
		t.Errorf("a value is quoted twice:\n%s", ts.logs.String())
	}
}
