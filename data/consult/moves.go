package consult

import "yibao/data/book"

// First is the first question to ask: the first one asked of this person
// that has no answer yet (a deep link may have answered the place), or
// ok false when every question has an answer.
func First(a Answers) (Step, bool) { return next(Steps(), a, -1) }

// Next is the question after id: the next one asked of this person that
// has no answer yet; ok is false when the advice can be shown. A question
// answered before (when the person went back) is not asked again: its
// answer stands until the person goes back to it. After a record
// question it is the next record question; ok is false when the record
// can be kept.
func Next(a Answers, id ID) (Step, bool) { return next(stepsOf(id), a, index(id)) }

func next(steps []Step, a Answers, from int) (Step, bool) {
	for _, s := range steps[from+1:] {
		if s.Asked(a) && !s.Answered(a) {
			return s.For(a), true
		}
	}
	return Step{}, false
}

// Back is the question before id that is asked of this person; ok is false
// on the first question (of the consultation, or of the record). Going
// back changes no answer.
func Back(a Answers, id ID) (Step, bool) {
	steps := stepsOf(id)
	for i := index(id) - 1; i >= 0; i-- {
		if steps[i].Asked(a) {
			return steps[i].For(a), true
		}
	}
	return Step{}, false
}

// Last is the last question asked of this person, where Back from the
// advice leads.
func Last(a Answers) Step {
	steps := Steps()
	for i := len(steps) - 1; i >= 0; i-- {
		if steps[i].Asked(a) {
			return steps[i].For(a)
		}
	}
	return steps[0]
}

// Progress says where id stands: its number among the questions asked of
// this person, and how many there are. The total is known only when no
// later answer can change it (the contribution base is asked only of a
// working employee, a place may ask its own question); until then known
// is false and a front end shows the number alone, so that the count a person sees never changes.
func Progress(a Answers, id ID) (n, total int, known bool) {
	if isRecord(id) {
		return index(id) + 1, len(RecordSteps()), true
	}
	// One table for the whole count, on the stack: Progress runs on every
	// frame.
	t := table()
	steps := t[:]
	at := indexIn(steps, id)
	for i := range steps[:at+1] {
		if steps[i].Asked(a) {
			n++
		}
	}
	// The answer being asked, and those after it, may still change: only
	// the answers before id fix the count.
	fixed := a
	if at <= indexIn(steps, Insurance) {
		fixed.Insurance = ""
	}
	if at <= indexIn(steps, Status) {
		fixed.Status = ""
	}
	if at <= indexIn(steps, Place) {
		fixed.Place = nil
	}
	total = -1
	same := true
	completions(fixed, func(c Answers) {
		t := 0
		for i := range steps {
			if steps[i].Asked(c) {
				t++
			}
		}
		// A place not yet given may ask its own question: one more.
		if total >= 0 && t != total || c.Place == nil {
			same = false
		}
		total = t
	})
	if !same {
		return n, 0, false
	}
	return n, total, true
}

// completions fills the unanswered choices that decide which questions
// are asked (insurance and status) in every possible way, and gives each
// to f.
func completions(a Answers, f func(Answers)) {
	ins := []book.Insurance{a.Insurance}
	if a.Insurance == "" {
		ins = book.Insurances()
	}
	sts := []book.Status{a.Status}
	if a.Status == "" {
		sts = book.Statuses()
	}
	for _, i := range ins {
		for _, s := range sts {
			c := a
			c.Insurance, c.Status = i, s
			f(c)
		}
	}
}

// stepsOf is the list a question belongs to: the consultation or the
// record questions.
func stepsOf(id ID) []Step {
	if isRecord(id) {
		return RecordSteps()
	}
	return Steps()
}

// index is a question's place in its list; the consultation's table
// stays on the stack (index runs on every frame).
func index(id ID) int {
	if isRecord(id) {
		return indexIn(RecordSteps(), id)
	}
	t := table()
	return indexIn(t[:], id)
}

func indexIn(steps []Step, id ID) int {
	for i := range steps {
		if steps[i].ID == id {
			return i
		}
	}
	return -1
}
