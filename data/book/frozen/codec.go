package frozen

import (
	"encoding/binary"
	"errors"
	"math"
	"strings"
	"time"
	"unsafe"

	"yibao/data/book"
	"yibao/data/lang"
)

// The form is a small binary format of our own rather than gob: gob's
// reflection took 3 ms to decode the book, this takes a fraction of one. Every string is stored once in a table at the end and read back as
// a slice of the embedded bytes, without copying; numbers are varints.
// TestCodecCoversEveryField fails when a field is added to a book type
// and not here.

// frozenMagic starts the form and names its version.
const frozenMagic = "yibao book 2\n"

// encoder writes the form.
type encoder struct {
	buf   []byte
	table strings.Builder
	at    map[string]int // where each string stands in the table
}

func newEncoder() *encoder { return &encoder{at: map[string]int{}} }

func (e *encoder) uint(n uint64) { e.buf = binary.AppendUvarint(e.buf, n) }
func (e *encoder) int(n int)     { e.buf = binary.AppendVarint(e.buf, int64(n)) }
func (e *encoder) bool(b bool) {
	if b {
		e.buf = append(e.buf, 1)
	} else {
		e.buf = append(e.buf, 0)
	}
}
func (e *encoder) f64(f float64) { e.uint(math.Float64bits(f)) }

func (e *encoder) str(s string) {
	off, ok := e.at[s]
	if !ok {
		off = e.table.Len()
		e.at[s] = off
		e.table.WriteString(s)
	}
	e.uint(uint64(off))
	e.uint(uint64(len(s)))
}

func (e *encoder) strs(ss []string) {
	e.bool(ss != nil)
	e.uint(uint64(len(ss)))
	for _, s := range ss {
		e.str(s)
	}
}

func (e *encoder) text(t lang.Text) { e.str(t.Zh); e.str(t.En) }

func (e *encoder) texts(ts []lang.Text) {
	e.bool(ts != nil)
	e.uint(uint64(len(ts)))
	for _, t := range ts {
		e.text(t)
	}
}

func (e *encoder) date(d book.Date) { e.int(d.Year); e.int(int(d.Month)); e.int(d.Day) }

func (e *encoder) optF64(f *float64) {
	e.bool(f != nil)
	if f != nil {
		e.f64(*f)
	}
}

func (e *encoder) optInt(n *int) {
	e.bool(n != nil)
	if n != nil {
		e.int(*n)
	}
}

// bytes finishes the form: the magic, the body's length, the body, the
// string table.
func (e *encoder) bytes() []byte {
	out := []byte(frozenMagic)
	out = binary.AppendUvarint(out, uint64(len(e.buf)))
	out = append(out, e.buf...)
	return append(out, e.table.String()...)
}

// decoder reads the form. A short or broken form sets err and gives zero
// values, so that a bad form is simply not used.
type decoder struct {
	buf   []byte
	table string
	err   bool
}

var errFrozen = errors.New("frozen: the form is broken")

func newDecoder(b []byte) (*decoder, error) {
	rest, ok := strings.CutPrefix(unsafe.String(unsafe.SliceData(b), len(b)), frozenMagic)
	if !ok {
		return nil, errFrozen
	}
	n, k := binary.Uvarint([]byte(rest[:min(len(rest), binary.MaxVarintLen64)]))
	if k <= 0 || uint64(len(rest)-k) < n {
		return nil, errFrozen
	}
	body := b[len(b)-len(rest)+k:]
	return &decoder{buf: body[:n], table: rest[k+int(n):]}, nil
}

func (d *decoder) uint() uint64 {
	n, k := binary.Uvarint(d.buf)
	if k <= 0 {
		d.err, d.buf = true, nil
		return 0
	}
	d.buf = d.buf[k:]
	return n
}

func (d *decoder) int() int {
	n, k := binary.Varint(d.buf)
	if k <= 0 {
		d.err, d.buf = true, nil
		return 0
	}
	d.buf = d.buf[k:]
	return int(n)
}

func (d *decoder) bool() bool {
	if len(d.buf) == 0 {
		d.err = true
		return false
	}
	b := d.buf[0] == 1
	d.buf = d.buf[1:]
	return b
}

func (d *decoder) f64() float64 { return math.Float64frombits(d.uint()) }

func (d *decoder) str() string {
	off, n := d.uint(), d.uint()
	if off+n > uint64(len(d.table)) {
		d.err = true
		return ""
	}
	return d.table[off : off+n]
}

// count reads a length, refusing one the rest of the form cannot hold.
func (d *decoder) count() int {
	n := d.uint()
	if n > uint64(len(d.buf)) {
		d.err, d.buf = true, nil
		return 0
	}
	return int(n)
}

func (d *decoder) strs() []string {
	set, n := d.bool(), d.count()
	if !set {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = d.str()
	}
	return out
}

func (d *decoder) text() lang.Text { return lang.Text{Zh: d.str(), En: d.str()} }

func (d *decoder) texts() []lang.Text {
	set, n := d.bool(), d.count()
	if !set {
		return nil
	}
	out := make([]lang.Text, n)
	for i := range out {
		out[i] = d.text()
	}
	return out
}

func (d *decoder) date() book.Date {
	return book.Date{Year: d.int(), Month: time.Month(d.int()), Day: d.int()}
}

func (d *decoder) optF64() *float64 {
	if !d.bool() {
		return nil
	}
	f := d.f64()
	return &f
}

func (d *decoder) optInt() *int {
	if !d.bool() {
		return nil
	}
	n := d.int()
	return &n
}

// list writes a slice of any book type with its own writer.
func list[T any](e *encoder, xs []T, write func(*encoder, T)) {
	e.bool(xs != nil)
	e.uint(uint64(len(xs)))
	for _, x := range xs {
		write(e, x)
	}
}

// readList reads what list wrote.
func readList[T any](d *decoder, read func(*decoder) T) []T {
	set, n := d.bool(), d.count()
	if !set {
		return nil
	}
	out := make([]T, n)
	for i := range out {
		out[i] = read(d)
	}
	return out
}

func enums[T ~string](e *encoder, xs []T) {
	ss := make([]string, len(xs))
	for i, x := range xs {
		ss[i] = string(x)
	}
	if xs == nil {
		ss = nil
	}
	e.strs(ss)
}

func readEnums[T ~string](d *decoder) []T {
	ss := d.strs()
	if ss == nil {
		return nil
	}
	out := make([]T, len(ss))
	for i, s := range ss {
		out[i] = T(s)
	}
	return out
}
