package records

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
)

// ExportHeader starts an export file: what it is and what it never holds.
const ExportHeader = "# yibao records: what service desks saw on people's own statements. One\n" +
	"# [[record]] a record, with its id (yibao records import adds each id once).\n" +
	"# No names, ID numbers, exact ages, days or times are kept.\n"

// formatRecord writes one record as an export file holds it.
func formatRecord(b *bytes.Buffer, r Record) {
	fmt.Fprintf(b, "\n[[record]]\nid = %q\ncentre = %q\ndesk = %q\nconsultation = %q\n", r.ID, r.Centre, r.Desk, r.Consultation)
	fmt.Fprintf(b, "place = %q\ninsurance = %q\n", r.Place, r.Insurance)
	if r.Status != "" {
		fmt.Fprintf(b, "status = %q\n", r.Status)
	}
	if r.Variant != "" {
		fmt.Fprintf(b, "variant = %q\n", r.Variant)
	}
	fmt.Fprintf(b, "min_age = %d\nmax_age = %d\namount = %s\nmonth = %q\n", r.Band.Min, r.Band.Max, strconv.FormatFloat(r.Amount.Float(), 'f', 2, 64), r.Month)
	if r.Channel != "" {
		fmt.Fprintf(b, "channel = %q\n", r.Channel)
	}
	fmt.Fprintf(b, "week = %q\n", r.Week)
}

// Export writes the records from a month on (every record for a zero
// month) to path, each file written whole. As import reads files of at
// most MaxImportBytes, a larger export goes on in path-2.toml,
// path-3.toml and so on. It returns the files written and how many
// records they hold; with no records it writes nothing and says so.
func Export(ctx context.Context, s *Store, since Month, path string) (files []string, n int, err error) {
	var buf bytes.Buffer
	flush := func() error {
		name := path
		if len(files) > 0 {
			ext := filepath.Ext(path)
			name = strings.TrimSuffix(path, ext) + "-" + strconv.Itoa(len(files)+1) + ext
		}
		if err := writeWhole(name, buf.Bytes()); err != nil {
			return err
		}
		files = append(files, name)
		buf.Reset()
		return nil
	}
	var one bytes.Buffer
	err = s.Each(ctx, since, func(r Record) error {
		one.Reset()
		formatRecord(&one, r)
		if buf.Len() > 0 && buf.Len()+one.Len() > MaxImportBytes {
			if err := flush(); err != nil {
				return err
			}
		}
		if buf.Len() == 0 {
			buf.WriteString(ExportHeader)
		}
		buf.Write(one.Bytes())
		n++
		return nil
	})
	if err != nil {
		return files, n, err
	}
	if n == 0 {
		return nil, 0, nothingToExport(since)
	}
	return files, n, flush()
}
