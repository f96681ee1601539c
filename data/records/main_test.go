package records_test

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"yibao/data/records"
)

// TestMain runs the writer child when the test binary is started as one
// (see startWriters), and stops the test's PostgreSQL cluster at the end.
func TestMain(m *testing.M) {
	if target := os.Getenv("YIBAO_TEST_WRITER"); target != "" {
		os.Exit(writer(target))
	}
	code := m.Run()
	cluster.stop()
	os.Exit(code)
}

// writer puts YIBAO_TEST_WRITES records (forever, for 0) into a store,
// printing each id once its record is stored.
func writer(target string) int {
	n, _ := strconv.Atoi(os.Getenv("YIBAO_TEST_WRITES"))
	s, err := records.Open(context.Background(), target)
	if err != nil {
		fmt.Fprintln(os.Stderr, err, errorsUnwrap(err))
		return 1
	}
	defer s.Close()
	out := bufio.NewWriter(os.Stdout)
	for i := 0; n == 0 || i < n; i++ {
		r := sample(110, records.Month{Year: 2026, Month: 11})
		if _, err := s.Put(context.Background(), r); err != nil {
			fmt.Fprintln(os.Stderr, err, errorsUnwrap(err))
			return 1
		}
		fmt.Fprintln(out, r.ID)
		out.Flush()
	}
	return 0
}

func errorsUnwrap(err error) error {
	if e, ok := err.(*records.Error); ok {
		return e.Err
	}
	return nil
}

// startWriter starts the test binary as a writer child.
func startWriter(t *testing.T, target string, writes int) (*exec.Cmd, *bufio.Scanner) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "YIBAO_TEST_WRITER="+target, "YIBAO_TEST_WRITES="+strconv.Itoa(writes))
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if stderr.Len() > 0 {
			t.Logf("writer %d: %s", cmd.Process.Pid, stderr.String())
		}
	})
	return cmd, bufio.NewScanner(out)
}

// pgCluster is a PostgreSQL server the tests start in a temporary folder.
type pgCluster struct {
	once    sync.Once
	dir     string
	port    int
	skip    string
	mu      sync.Mutex
	next    int
	asOther []string // the command prefix that runs a server binary (runuser as root)
}

var cluster pgCluster

// pgBin finds a PostgreSQL server binary.
func pgBin(name string) string {
	if p, err := exec.LookPath(name); err == nil {
		return p
	}
	matches, _ := filepath.Glob("/usr/lib/postgresql/*/bin/" + name)
	if len(matches) > 0 {
		return matches[len(matches)-1]
	}
	return ""
}

func (c *pgCluster) start() {
	initdb, pgctl := pgBin("initdb"), pgBin("pg_ctl")
	if initdb == "" || pgctl == "" {
		c.skip = "the PostgreSQL server binaries (initdb, pg_ctl) are not installed"
		return
	}
	dir, err := os.MkdirTemp("", "yibao-pg-")
	if err != nil {
		c.skip = err.Error()
		return
	}
	c.dir = dir
	if os.Geteuid() == 0 { // initdb refuses to run as root
		u, err := user.Lookup("postgres")
		if err != nil {
			c.skip = "running as root and there is no postgres user to run the server as"
			return
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chown(dir, uid, gid); err != nil {
			c.skip = err.Error()
			return
		}
		if p, err := exec.LookPath("runuser"); err == nil {
			c.asOther = []string{p, "-u", "postgres", "--"}
		} else {
			c.skip = "running as root without runuser"
			return
		}
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		c.skip = err.Error()
		return
	}
	c.port = l.Addr().(*net.TCPAddr).Port
	l.Close()
	data := filepath.Join(dir, "data")
	if out, err := c.run(initdb, "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"); err != nil {
		c.skip = "initdb failed: " + out
		return
	}
	opts := fmt.Sprintf("-p %d -k %s -c listen_addresses=127.0.0.1 -c fsync=off", c.port, dir)
	if out, err := c.run(pgctl, "-D", data, "-o", opts, "-l", filepath.Join(dir, "log"), "-w", "start"); err != nil {
		c.skip = "pg_ctl start failed: " + out
		return
	}
}

func (c *pgCluster) run(bin string, args ...string) (string, error) {
	full := append(append([]string{}, c.asOther...), bin)
	full = append(full, args...)
	out, err := exec.Command(full[0], full[1:]...).CombinedOutput()
	return string(out), err
}

func (c *pgCluster) stop() {
	if c.port != 0 && c.skip == "" {
		c.run(pgBin("pg_ctl"), "-D", filepath.Join(c.dir, "data"), "-m", "immediate", "-w", "stop")
	}
	if c.dir != "" {
		os.RemoveAll(c.dir)
	}
}

// pgTarget is the URL of a new, empty database on the test cluster,
// skipping the test where no server can be started.
func pgTarget(t testing.TB) string {
	t.Helper()
	cluster.once.Do(cluster.start)
	if cluster.skip != "" {
		t.Skip(cluster.skip)
	}
	cluster.mu.Lock()
	cluster.next++
	name := fmt.Sprintf("t%d", cluster.next)
	cluster.mu.Unlock()
	admin, err := sql.Open("pgx", fmt.Sprintf("postgres://postgres@127.0.0.1:%d/postgres?sslmode=disable", cluster.port))
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", cluster.port, name)
}

// sqliteTarget is a new SQLite file in the test's folder.
func sqliteTarget(t testing.TB) string { return filepath.Join(t.TempDir(), "records.db") }

// stores runs a test against a real SQLite file and a real PostgreSQL
// database.
func stores(t *testing.T, fn func(t *testing.T, target string)) {
	t.Run("sqlite", func(t *testing.T) { fn(t, sqliteTarget(t)) })
	t.Run("postgres", func(t *testing.T) { fn(t, pgTarget(t)) })
}

func open(t testing.TB, target string) *records.Store {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	s, err := records.Open(ctx, target)
	if err != nil {
		t.Fatal(err, errorsUnwrap(err))
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// sample is a record for a Beijing retiree of 72.
func sample(amount float64, m records.Month) records.Record {
	return records.Record{ID: records.NewID(), Centre: "east", Desk: "local", Consultation: records.NewID(),
		Place: "110100", Insurance: "employee", Status: "retired", Band: records.BandFor(72),
		Amount: yuan(amount), Month: m, Channel: records.App, Week: records.Week{Year: 2026, Week: 49}}
}
