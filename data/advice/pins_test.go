package advice

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"yibao/data/book"
	"yibao/internal/testkit"
)

// TestPins checks what the book says for the places the policy research
// covers, one line a case in testdata/pins/*.tsv (tab-separated; # starts
// a comment):
//
//	code insurance status age as_of gross net period level from
//
// code may name a group of the place's question after a colon
// (440300:tier1; 440300:unknown for one who does not know);
// gross and net are yuan a month (a year when period is annual), or "-"
// for no figure; level is the figure's confidence or "-"; from is the
// rule's effective_from or "-" when it has none.
func TestPins(t *testing.T) {
	b := testkit.Book(t)
	files, _ := filepath.Glob("testdata/pins/*.tsv")
	if len(files) == 0 {
		t.Fatal("no pin files")
	}
	n := 0
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		line := 0
		for sc.Scan() {
			line++
			text, _, _ := strings.Cut(sc.Text(), "#")
			c := strings.Fields(text)
			if len(c) == 0 {
				continue
			}
			at := f + ":" + strconv.Itoa(line)
			if len(c) != 10 {
				t.Errorf("%s: want 10 columns, have %d", at, len(c))
				continue
			}
			n++
			code, variant, _ := strings.Cut(c[0], ":")
			p, ok := b.Place(code)
			if !ok {
				t.Errorf("%s: no place %s", at, c[0])
				continue
			}
			age, _ := strconv.Atoi(c[3])
			day, err := book.ParseDate(c[4])
			if err != nil {
				t.Errorf("%s: %v", at, err)
				continue
			}
			a := Resolve(b, p, Profile{Insurance: book.Insurance(c[1]), Status: book.Status(c[2]), Age: age, AgeKnown: true, Variant: variant}, day)
			cr := a.Credit
			got := []string{"-", "-", "-", "-", "-"}
			if cr.Known {
				gross, net := cr.GrossMonthly, cr.NetMonthly
				if cr.Period == book.Annual {
					gross, net = cr.Annual, cr.NetAnnual
				}
				got = []string{gross.String(), net.String(), string(cr.Period), string(cr.Confidence), "-"}
			}
			if !cr.From.IsZero() && cr.Known {
				got[4] = cr.From.String()
			}
			want := c[5:10]
			if strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("%s: %s %s (%s): got %v, want %v (rule %s)", at, p.Name, c[1]+"/"+c[2], c[3], got, want, cr.RuleID)
			}
		}
		fh.Close()
	}
	t.Logf("%d pins", n)
}
