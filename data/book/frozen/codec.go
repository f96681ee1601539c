package frozen

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math"
	"math/bits"
	"strings"
	"time"
	"unsafe"

	"yibao/data/book"
	"yibao/data/lang"
)

// The form is a small binary format of our own rather than gob: gob's
// reflection took 3 ms to decode the book, this takes a fraction of one.
// Every distinct string is stored once, at the end, and named in the body
// by its number (0 is the empty string); a string is read back as a slice
// of the embedded bytes, without copying. Numbers are varints.
//
//	magic | uvarint len(body) | body | uvarint n | n little-endian uint32
//	ends of the strings | the strings, one after another
// TestCodecCoversEveryField fails when a field is added to a book type
// and not here.

// frozenMagic starts the form and names its version.
const frozenMagic = "yibao book 8\n"

// encoder writes the form.
type encoder struct {
	buf   []byte
	table strings.Builder
	ends  []uint32       // where each string after the empty one ends in table
	id    map[string]int // each string's number
}

func newEncoder() *encoder { return &encoder{id: map[string]int{"": 0}} }

func (e *encoder) uint(n uint64) { e.buf = binary.AppendUvarint(e.buf, n) }
func (e *encoder) int(n int)     { e.buf = binary.AppendVarint(e.buf, int64(n)) }
func (e *encoder) bool(b bool) {
	if b {
		e.buf = append(e.buf, 1)
	} else {
		e.buf = append(e.buf, 0)
	}
}

// f64 writes a float's bits byte-reversed, as gob does: the round
// amounts and rates of the book then take a few bytes, not ten.
func (e *encoder) f64(f float64) { e.uint(bits.ReverseBytes64(math.Float64bits(f))) }

func (e *encoder) str(s string) { e.uint(uint64(e.strID(s))) }

// strID is the number of s in the table, s added if new.
func (e *encoder) strID(s string) int {
	id, ok := e.id[s]
	if !ok {
		e.table.WriteString(s)
		e.ends = append(e.ends, uint32(e.table.Len()))
		id = len(e.ends)
		e.id[s] = id
	}
	return id
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

// block writes what fill writes with its length before it, so that a
// reader can skip it and read it later.
func (e *encoder) block(fill func()) {
	outer := e.buf
	e.buf = nil
	fill()
	inner := e.buf
	e.buf = outer
	e.uint(uint64(len(inner)))
	e.buf = append(e.buf, inner...)
}

// bytes finishes the form as laid out above.
func (e *encoder) bytes() []byte {
	out := []byte(frozenMagic)
	out = binary.AppendUvarint(out, uint64(len(e.buf)))
	out = append(out, e.buf...)
	out = binary.AppendUvarint(out, uint64(len(e.ends)))
	for _, end := range e.ends {
		out = binary.LittleEndian.AppendUint32(out, end)
	}
	return append(out, e.table.String()...)
}

// decoder reads the form. A short or broken form sets err and gives zero
// values, so that a bad form is simply not used.
type decoder struct {
	buf   []byte
	ends  []byte // n little-endian uint32
	table string
	err   bool
}

var errFrozen = errors.New("frozen: the form is broken")

func newDecoder(b []byte) (*decoder, error) {
	rest, ok := bytes.CutPrefix(b, []byte(frozenMagic))
	if !ok {
		return nil, errFrozen
	}
	n, k := binary.Uvarint(rest)
	if k <= 0 || uint64(len(rest)-k) < n {
		return nil, errFrozen
	}
	body, rest := rest[k:k+int(n)], rest[k+int(n):]
	count, k := binary.Uvarint(rest)
	if k <= 0 || uint64(len(rest)-k)/4 < count {
		return nil, errFrozen
	}
	ends, table := rest[k:k+4*int(count)], rest[k+4*int(count):]
	return &decoder{buf: body, ends: ends, table: unsafe.String(unsafe.SliceData(table), len(table))}, nil
}

// block skips what block wrote and returns a reader of it.
func (d *decoder) block() *decoder {
	n := d.count()
	inner := &decoder{buf: d.buf[:n], ends: d.ends, table: d.table, err: d.err}
	d.buf = d.buf[n:]
	return inner
}

func (d *decoder) uint() uint64 {
	if len(d.buf) > 0 && d.buf[0] < 0x80 { // most numbers are below 128
		n := d.buf[0]
		d.buf = d.buf[1:]
		return uint64(n)
	}
	return d.longUint()
}

func (d *decoder) longUint() uint64 {
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

func (d *decoder) f64() float64 { return math.Float64frombits(bits.ReverseBytes64(d.uint())) }

func (d *decoder) str() string { return d.strAt(d.uint()) }

// strAt is string number id of the table.
func (d *decoder) strAt(id uint64) string {
	switch {
	case id == 0:
		return ""
	case id > uint64(len(d.ends)/4):
		d.err = true
		return ""
	}
	from := uint32(0)
	if id > 1 {
		from = binary.LittleEndian.Uint32(d.ends[4*(id-2):])
	}
	to := binary.LittleEndian.Uint32(d.ends[4*(id-1):])
	if from > to || int(to) > len(d.table) {
		d.err = true
		return ""
	}
	return d.table[from:to]
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
