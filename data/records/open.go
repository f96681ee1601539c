package records

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"yibao/data/lang"
	"yibao/internal/fileerr"
)

// Store is a desk's records: an SQLite file or a PostgreSQL database. A
// Store is safe for concurrent use; processes sharing an SQLite file
// take turns by SQLite's own locking (in WAL mode, with a busy timeout).
type Store struct {
	db     *sql.DB
	pg     bool
	centre string
}

//go:embed migrations
var migrations embed.FS

// busyTimeout is how long an SQLite writer waits for another.
const busyTimeout = 10 * time.Second

// Open opens (creating where needed) the store a target names: a
// postgres:// or postgresql:// URL is a PostgreSQL database, anything
// else the path of an SQLite file, created with mode 0600. The store's
// tables are brought up to date by the migrations embedded for its
// driver. Errors are *Error, in words that name no path or server.
func Open(ctx context.Context, target string) (*Store, error) {
	if target == "" {
		return nil, &Error{Kind: BadTarget, Msg: lang.T("没有指定记录存放的地方", "no place for the records was given")}
	}
	s := &Store{pg: IsPostgres(target)}
	var err error
	if s.pg {
		s.db, err = sql.Open("pgx", target)
	} else {
		s.db, err = openSQLite(target)
	}
	if err != nil {
		return nil, asError(err)
	}
	if err := s.migrate(ctx); err != nil {
		s.db.Close()
		return nil, asError(err)
	}
	return s, nil
}

// openSQLite creates the file (0600, and its folder 0700) when missing
// and opens it in WAL mode with a busy timeout; a write transaction takes
// the write lock at its start, so that two writers never deadlock.
func openSQLite(path string) (*sql.DB, error) {
	if strings.ContainsAny(path, "?#") {
		return nil, &Error{Kind: BadTarget, Msg: lang.T("记录文件的名字里不能有 ? 或 #", "the records file's name cannot hold ? or #")}
	}
	if info, err := os.Stat(path); err == nil && !info.Mode().IsRegular() {
		return nil, &Error{Kind: BadTarget, Msg: lang.T("给的记录文件不是普通文件", "the records file given is not a regular file")}
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, unreadable(err)
		}
	}
	fh, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, unreadable(err)
	}
	fh.Close()
	dsn := path + "?_pragma=busy_timeout(" + strconv.FormatInt(busyTimeout.Milliseconds(), 10) + ")" +
		"&_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)&_pragma=cache_size(-16384)&_txlock=immediate"
	return sql.Open("sqlite", dsn)
}

// Close closes the store.
func (s *Store) Close() error { return s.db.Close() }

// Driver names the kind of store, for a kiosk's start line: "sqlite" or
// "postgres" (never the path or the URL, which may hold a password).
func (s *Store) Driver() string {
	if s.pg {
		return "postgres"
	}
	return "sqlite"
}

// q rewrites a query's ? placeholders for the driver.
func (s *Store) q(query string) string {
	if !s.pg {
		return query
	}
	var b strings.Builder
	n := 0
	for _, r := range query {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// migrate applies, in one transaction, the embedded migrations the store
// has not had yet. PostgreSQL servers take an advisory lock so that two
// kiosks starting together do not both apply one.
func (s *Store) migrate(ctx context.Context) error {
	dir := "migrations/sqlite"
	if s.pg {
		dir = "migrations/postgres"
	}
	names, err := fs.Glob(migrations, dir+"/*.sql")
	if err != nil {
		return err
	}
	slices.Sort(names)
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if s.pg {
		if _, err := tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock(7170143)"); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)"); err != nil {
		return err
	}
	var have int
	if err := tx.QueryRowContext(ctx, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations").Scan(&have); err != nil {
		return err
	}
	if have > len(names) {
		return &Error{Kind: Newer, Msg: lang.T("这些记录是较新版本的 yibao 写的；请先升级 yibao。",
			"These records were written by a newer yibao; upgrade yibao first.")}
	}
	for i, name := range names[have:] {
		text, err := migrations.ReadFile(name)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, string(text)); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, s.q("INSERT INTO schema_migrations (version) VALUES (?)"), have+i+1); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// isFull reports whether an error says the disk or the database is full.
func isFull(err error) bool {
	var se *sqlite.Error
	if errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_FULL {
		return true
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) && (pe.Code == "53100" || pe.Code == "53400") {
		return true
	}
	return fileerr.Full(err)
}
