package line_test

import (
	"testing"

	"yibao/data/lang"
	"yibao/internal/testkit"
	"yibao/model/line"
)

// TestQuitAtAChoice: q ends the line mode where a choice is asked; at the
// place question it is the start of a name. 0 at the first question,
// where there is nothing to go back to, quits; later it goes back.
func TestQuitAtAChoice(t *testing.T) {
	o := line.Options{Book: testkit.Book(t), Places: testkit.Places(t), Lang: lang.ZH, Now: testkit.Now}
	l := line.New(o)
	l.Answer("q")
	if !l.Done {
		t.Fatal("q at the insurance question must quit")
	}
	l = line.New(o)
	l.Answer("1")
	l.Answer("2")
	l.Answer("q")
	if l.Done {
		t.Fatal("q at the place question is a place query, not a quit")
	}
	l = line.New(o)
	l.Answer("0")
	if !l.Done {
		t.Fatal("0 at the first question must quit")
	}
	l = line.New(o)
	l.Answer("1")
	l.Answer("0")
	if l.Done {
		t.Fatal("0 at the second question quit instead of going back")
	}
}
