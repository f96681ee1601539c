package records

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"yibao/data/book"
	"yibao/data/lang"
)

// columns are a record's columns, in the order scan reads them.
const columns = "id, centre, desk, consultation, place, insurance, status, band_min, band_max, amount_fen, month, channel, week, variant"

// Centre is the store's own centre name, given to records put without
// one: the name kept in the store's settings, chosen at random the first
// time ("centre-3f9a1c").
func (s *Store) Centre(ctx context.Context) (string, error) {
	if s.centre != "" {
		return s.centre, nil
	}
	conflict := "INSERT OR IGNORE INTO settings (name, value) VALUES ('centre', ?)"
	if s.pg {
		conflict = "INSERT INTO settings (name, value) VALUES ('centre', ?) ON CONFLICT (name) DO NOTHING"
	}
	if _, err := s.db.ExecContext(ctx, s.q(conflict), "centre-"+NewID()[:6]); err != nil {
		return "", unreadable(err)
	}
	var name string
	if err := s.db.QueryRowContext(ctx, "SELECT value FROM settings WHERE name = 'centre'").Scan(&name); err != nil {
		return "", unreadable(err)
	}
	s.centre = name
	return name, nil
}

// Saved is what Put did.
type Saved struct {
	Record   Record // as stored, with its id and centre
	Replaced bool   // an earlier record of the same consultation was replaced
}

// Words says what was done, for the desk.
func (s Saved) Words() lang.Text {
	if s.Replaced {
		return lang.T("已记下，并替换了这次咨询先前的那条记录（一次咨询只算一条）。",
			"Recorded, in place of this consultation's earlier record (one record a consultation).")
	}
	return lang.T("已记下。", "Recorded.")
}

// Put stores a record, in place of any earlier record of the same
// consultation, all in one transaction: the record is written whole or
// not at all, and an error (Kind NotRecorded or Full) says which. A
// record without an id or a centre gets a new id and the store's centre.
func (s *Store) Put(ctx context.Context, r Record) (Saved, error) {
	if err := r.valid(); err != nil {
		return Saved{}, err
	}
	if r.ID == "" {
		r.ID = NewID()
	}
	if r.Centre == "" {
		c, err := s.Centre(ctx)
		if err != nil {
			return Saved{}, notRecorded(err)
		}
		r.Centre = c
	}
	replaced, err := s.put(ctx, r)
	if err != nil {
		return Saved{}, notRecorded(err)
	}
	return Saved{Record: r, Replaced: replaced}, nil
}

func (s *Store) put(ctx context.Context, r Record) (bool, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, s.q("DELETE FROM records WHERE consultation = ? OR id = ?"), r.Consultation, r.ID)
	if err != nil {
		return false, err
	}
	gone, err := res.RowsAffected()
	if err != nil {
		return false, err
	}
	if _, err := tx.ExecContext(ctx, s.q("INSERT INTO records ("+columns+") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"), r.values()...); err != nil {
		return false, err
	}
	return gone > 0, tx.Commit()
}

// valid checks what the store itself needs of a record.
func (r Record) valid() error {
	if r.Consultation == "" || r.Place == "" || r.Insurance == "" || r.Amount <= 0 || r.Month.IsZero() || r.Week.Year == 0 {
		return &Error{Kind: NotRecorded, Err: errors.New("records: incomplete record"),
			Msg: lang.T("没有记下：这条记录缺少内容。", "Not recorded: the record is incomplete.")}
	}
	return nil
}

func (r Record) values() []any {
	return []any{r.ID, r.Centre, r.Desk, r.Consultation, r.Place, string(r.Insurance), string(r.Status),
		r.Band.Min, r.Band.Max, int64(r.Amount), r.Month.String(), string(r.Channel), r.Week.String(), r.Variant}
}

// TakeBack removes the record with an id, reporting whether there was
// one.
func (s *Store) TakeBack(ctx context.Context, id string) (bool, error) {
	res, err := s.db.ExecContext(ctx, s.q("DELETE FROM records WHERE id = ?"), id)
	if err != nil {
		return false, &Error{Kind: NotRecorded, Err: err, Msg: lang.T("没有撤回：记录现在改不了。", "Not taken back: the records cannot be changed now.")}
	}
	n, err := res.RowsAffected()
	return n > 0, asError(err)
}

// Lookup is the records under a key from a month on: one indexed query,
// for the result screen.
func (s *Store) Lookup(ctx context.Context, k Key, since Month) ([]Record, error) {
	rows, err := s.db.QueryContext(ctx, s.q("SELECT "+columns+" FROM records WHERE place = ? AND insurance = ? AND status = ? AND variant = ? AND band_min = ? AND band_max = ? AND month >= ?"),
		k.Place, string(k.Insurance), string(k.Status), k.Variant, k.Band.Min, k.Band.Max, since.String())
	if err != nil {
		return nil, unreadable(err)
	}
	var out []Record
	err = eachRow(rows, func(r Record) error { out = append(out, r); return nil })
	return out, err
}

// Each calls fn for every record from a month on (every record for a
// zero month), in the order of month and id.
func (s *Store) Each(ctx context.Context, since Month, fn func(Record) error) error {
	rows, err := s.db.QueryContext(ctx, s.q("SELECT "+columns+" FROM records WHERE month >= ? ORDER BY month, id"), since.String())
	if err != nil {
		return unreadable(err)
	}
	return eachRow(rows, fn)
}

// Count is how many records the store holds.
func (s *Store) Count(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM records").Scan(&n); err != nil {
		return 0, unreadable(err)
	}
	return n, nil
}

// eachRow reads rows into records; a row that does not read as a record
// makes the store unreadable.
func eachRow(rows *sql.Rows, fn func(Record) error) error {
	defer rows.Close()
	for rows.Next() {
		var (
			r                        Record
			ins, st, month, ch, week string
			amount                   int64
		)
		if err := rows.Scan(&r.ID, &r.Centre, &r.Desk, &r.Consultation, &r.Place, &ins, &st, &r.Band.Min, &r.Band.Max, &amount, &month, &ch, &week, &r.Variant); err != nil {
			return unreadable(err)
		}
		var ok1, ok2 bool
		r.Month, ok1 = readMonth(month)
		r.Week, ok2 = parseWeek(week)
		if !ok1 || !ok2 {
			return unreadable(fmt.Errorf("records: record %q has month %q, week %q", r.ID, month, week))
		}
		r.Insurance, r.Status, r.Amount, r.Channel = book.Insurance(ins), book.Status(st), book.Money(amount), Channel(ch)
		if err := fn(r); err != nil {
			return err
		}
	}
	return asError(rows.Err())
}

// Add stores records that are not in the store yet (by id, or by
// consultation), in one transaction, reporting how many were added.
func (s *Store) Add(ctx context.Context, recs []Record) (int, error) {
	verb := "INSERT OR IGNORE INTO records"
	tail := ""
	if s.pg {
		verb, tail = "INSERT INTO records", " ON CONFLICT DO NOTHING"
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, notRecorded(err)
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, s.q(verb+" ("+columns+") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"+tail))
	if err != nil {
		return 0, notRecorded(err)
	}
	defer stmt.Close()
	added := 0
	for _, r := range recs {
		res, err := stmt.ExecContext(ctx, r.values()...)
		if err != nil {
			return 0, notRecorded(err)
		}
		if n, err := res.RowsAffected(); err == nil {
			added += int(n)
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, notRecorded(err)
	}
	return added, nil
}
