package consult_test

import (
	"errors"
	"strings"
	"testing"

	"yibao/data/consult"
	"yibao/data/lang"
	"yibao/data/places"
	"yibao/internal/testkit"
)

func env(t *testing.T) consult.Env {
	return consult.Env{Places: testkit.Places(t), Today: testkit.Today}
}

// answer fills the answers in order, failing on the first refusal.
func answer(t *testing.T, texts ...string) consult.Answers {
	t.Helper()
	var a consult.Answers
	st, ok := consult.First(a)
	for _, text := range texts {
		if !ok {
			t.Fatalf("no question left for %q", text)
		}
		if err := st.Set(&a, text, env(t)); err != nil {
			t.Fatalf("%s %q: %v", st.ID, text, err)
		}
		st, ok = consult.Next(a, st.ID)
	}
	return a
}

// TestProgressNeverChanges: the total shows only once no answer still to
// give (or to give again, on going back) can change it, so a number once
// shown is never replaced by another.
func TestProgressNeverChanges(t *testing.T) {
	var a consult.Answers
	if n, _, known := consult.Progress(a, consult.Insurance); n != 1 || known {
		t.Fatalf("insurance: %d, known %v", n, known)
	}
	a = answer(t, "employee")
	if n, _, known := consult.Progress(a, consult.Status); n != 2 || known {
		t.Fatalf("an employee's status decides whether the base is asked: %d known %v", n, known)
	}
	a = answer(t, "employee", "retired")
	// The place may ask its own question (Shenzhen's tier): the total
	// waits for the place.
	if n, _, known := consult.Progress(a, consult.Place); n != 3 || known {
		t.Errorf("place: %d known %v", n, known)
	}
	a = answer(t, "employee", "retired", "北京")
	if n, total, known := consult.Progress(a, consult.Age); n != 4 || total != 4 || !known {
		t.Errorf("age: %d of %d (%v)", n, total, known)
	}
	a = answer(t, "employee", "retired", "深圳")
	for id, want := range map[consult.ID]int{consult.Variant: 4, consult.Age: 5} {
		if n, total, known := consult.Progress(a, id); n != want || total != 5 || !known {
			t.Errorf("Shenzhen %s: %d of %d (%v)", id, n, total, known)
		}
	}
	// Back on the status question the answer may change, and the count with it.
	if n, _, known := consult.Progress(a, consult.Status); n != 2 || known {
		t.Errorf("status, asked again: %d known %v", n, known)
	}
	if _, _, known := consult.Progress(answer(t, "resident"), consult.Insurance); known {
		t.Error("insurance, asked again: a resident's 2 steps may become 5")
	}
	a = answer(t, "employee", "working", "北京")
	if _, total, _ := consult.Progress(a, consult.Age); total != 5 {
		t.Errorf("a working employee has 5 questions, not %d", total)
	}
	a = answer(t, "resident")
	if n, _, known := consult.Progress(a, consult.Place); n != 2 || known {
		t.Errorf("resident: %d (%v)", n, known)
	}
	if consult.Find(consult.Age).Asked(a) || consult.Find(consult.Status).Asked(a) {
		t.Error("resident insurance asks nothing that does not change the answer")
	}
}

func TestMovesKeepAnswers(t *testing.T) {
	a := answer(t, "1", "2", "北京", "72")
	if !a.Complete() {
		t.Fatal("all answered")
	}
	st, _ := consult.Back(a, consult.Age)
	if st.ID != consult.Place || a.Place == nil {
		t.Fatalf("back from the age: %s", st.ID)
	}
	if _, ok := consult.Next(a, consult.Insurance); ok {
		t.Error("going on from the first question with every answer given goes to the advice")
	}
	if _, ok := consult.Back(a, consult.Insurance); ok {
		t.Error("nothing is before the first question")
	}
	if consult.Last(a).ID != consult.Age {
		t.Errorf("the last question is %s", consult.Last(a).ID)
	}
}

// TestEarlyRetirement: a retiree under 40 is warned once; the same answer
// given again is taken, and the advice notes it. `advise` takes it at once.
func TestEarlyRetirement(t *testing.T) {
	a := answer(t, "employee", "retired", "北京")
	st := consult.Find(consult.Age)
	err := st.Set(&a, "35", env(t))
	var w *consult.Warning
	if !errors.As(err, &w) || a.Age != nil {
		t.Fatalf("first answer: %v", err)
	}
	if err := st.Set(&a, "36", env(t)); err == nil {
		t.Fatal("another age was taken without its own warning")
	}
	if err := st.Set(&a, "36", env(t)); err != nil || a.Age.Years != 36 {
		t.Fatalf("the same answer again: %v", err)
	}
	adv := a.Advise(testkit.Book(t), testkit.Today)
	if _, ok := adv.Note("early-retired"); !ok {
		t.Error("the advice does not note the early retirement")
	}
	got, err := consult.Fill(map[consult.ID]string{consult.Insurance: "employee", consult.Status: "retired", consult.Place: "北京", consult.Age: "35"}, env(t))
	if err != nil || got.Age.Years != 35 {
		t.Errorf("Fill: %v", err)
	}
}

func TestImplausible(t *testing.T) {
	for _, c := range []struct {
		texts []string
		want  string
	}{
		{[]string{"employee", "working", "北京", "12"}, "12 岁的人不会参加职工医保"},
		{[]string{"employee", "retired", "北京", "2026"}, "0 岁"},
		{[]string{"flexible", "retired", "北京", "35"}, "已退休的人一般不会只有 35 岁"},
		{[]string{"employee", "retired", "北京", "2030"}, "还没到"},
		{[]string{"employee", "retired", "北京", "17"}, "17 岁的人不会已经退休"},
		{[]string{"employee", "not-retired", "北京", "40"}, "40 岁还没到退休年龄"},
	} {
		var a consult.Answers
		st, _ := consult.First(a)
		var err error
		for _, text := range c.texts {
			if err = st.Set(&a, text, env(t)); err != nil {
				break
			}
			st, _ = consult.Next(a, st.ID)
		}
		var le *lang.Error
		if !errors.As(err, &le) || !strings.Contains(le.Msg.Zh, c.want) {
			t.Errorf("%v: %v, want %q", c.texts, err, c.want)
		}
	}
}

func TestFill(t *testing.T) {
	a, err := consult.Fill(map[consult.ID]string{consult.Insurance: "职工", consult.Status: "在职", consult.Place: "cs", consult.Age: "45"}, env(t))
	if err != nil || !a.Complete() || a.Base != nil || !a.BaseDone {
		t.Fatalf("an optional base left out is answered blank: %+v %v", a, err)
	}
	_, err = consult.Fill(nil, env(t))
	for _, f := range []string{"--insurance", "--status", "--city", "--age"} {
		if err == nil || !strings.Contains(err.Error(), f) {
			t.Errorf("missing flags must all be named: %v", err)
		}
	}
	_, err = consult.Fill(map[consult.ID]string{consult.Insurance: "resident"}, env(t))
	if err == nil || strings.Contains(err.Error(), "--age") || !strings.Contains(err.Error(), "--city") {
		t.Errorf("resident insurance needs only the place: %v", err)
	}
	_, err = consult.Fill(map[consult.ID]string{consult.Insurance: "employee", consult.Status: "retired", consult.Place: "bj", consult.Age: "70"}, env(t))
	var pe *places.PlaceError
	if !errors.As(err, &pe) || !pe.Ambiguous {
		t.Errorf("bj is ambiguous: %v", err)
	}
	// A near miss is a guess: refused with the places it may mean, the
	// guess first, so that no front end answers for the wrong place.
	for q, want := range map[string]string{"chendu": "成都市", "shanhai": "上海市", "shenzen": "深圳市", "bejing": "北京市"} {
		a, err := consult.Fill(map[consult.ID]string{consult.Insurance: "employee", consult.Status: "retired", consult.Place: q, consult.Age: "70"}, env(t))
		if !errors.As(err, &pe) || !pe.Guess || pe.Ambiguous || len(pe.Candidates) == 0 || pe.Candidates[0].Place.Name != want || a.Place != nil {
			t.Errorf("--city %s: %v, %v; want a guess refused, %s first", q, a.Place, err, want)
		}
	}
}

// TestFindEveryStep: Find knows every step of the table, as the table
// has it.
func TestFindEveryStep(t *testing.T) {
	for _, s := range consult.Steps() {
		if got := consult.Find(s.ID); got.ID != s.ID || got.Prompt != s.Prompt || got.Limit != s.Limit {
			t.Errorf("Find(%q) is not the table's step", s.ID)
		}
	}
}
