package model

import (
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"yibao/data/book"
	"yibao/data/consult"
	"yibao/data/lang"
	"yibao/data/places"
	"yibao/data/records"
	"yibao/model/field"
)

// maxMatches is how many places a search keeps.
const maxMatches = 30

// ask shows a question with its answer so far in place: the option
// highlighted (none on an optional choice not made), the number in the
// field, the place among the results. The record screen asks its
// questions the same way.
func (m *Model) ask(st consult.Step) {
	if m.Screen != ScreenRecord {
		m.Screen = ScreenQuestion
	}
	m.Step, m.Err, m.Cursor = st, lang.Text{}, 0
	switch st.Kind {
	case consult.Choose:
		have := st.Text(m.Answers)
		m.Cursor = slices.IndexFunc(st.Options, func(o consult.Option) bool { return o.Value == have })
		if m.Cursor < 0 && !st.Optional {
			// A place's own question starts on "do not know": a reflex
			// Enter must not pick a group the person may not be in.
			m.Cursor = max(0, slices.IndexFunc(st.Options, func(o consult.Option) bool { return o.Value == book.Unknown }))
		}
	case consult.Number:
		m.Field = field.Field{Limit: st.Limit, Digits: st.Digits}
		m.Field.SetValue(st.Text(m.Answers))
	case consult.PlaceName:
		// The field shows the answer given, or a deep link's words the
		// first time; never what was typed and left unanswered, which would
		// run into the next words typed (n + 北京 = n北京, found as 南京).
		switch {
		case m.Answers.Place != nil:
			m.Place.Input.SetValue(st.Text(m.Answers))
		case m.Place.Link != "":
			m.Place.Input.SetValue(m.Place.Link)
			m.Place.Link = ""
		default:
			m.Place.Input.Clear()
		}
		m.search(&m.Place)
		if a := m.Answers.Place; a != nil {
			for i, pm := range m.Place.Matches {
				if pm.Place.Code == a.Place.Code && (pm.County == nil) == (a.County == nil) {
					m.Place.Sel = i
					break
				}
			}
		}
	}
}

// questionKey handles a key on a question.
func (m Model) questionKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.Keys
	if key.Matches(msg, k.Back) {
		m.back()
		return m, nil
	}
	var cmd tea.Cmd
	switch m.Step.Kind {
	case consult.Choose:
		n := len(m.Step.Options)
		switch {
		case key.Matches(msg, k.Choose):
			if d := digit(msg.String()); d >= 1 && d <= n {
				m, cmd = m.answered(m.Step.Options[d-1].Value)
			} else {
				m.Err = choiceHint(n)
			}
		case key.Matches(msg, k.Up):
			m.Cursor = (max(m.Cursor, 0) + n - 1) % n
		case key.Matches(msg, k.Down):
			m.Cursor = (m.Cursor + 1) % n
		case key.Matches(msg, k.Enter) && m.Cursor < 0:
			m, cmd = m.answered("") // an optional choice left out
		case key.Matches(msg, k.Enter):
			m, cmd = m.answered(m.Step.Options[m.Cursor].Value)
		case key.Matches(msg, k.QuitKey):
			m.Confirm = ConfirmQuit
		case msg.String() == "0" || msg.String() == "０":
			m.Err = choiceHint(n)
		}
	case consult.PlaceName:
		if pm, ok := m.pick(msg, &m.Place); ok {
			m.Answers.Place = &pm
			cmd = m.forward()
		}
	case consult.Number:
		if key.Matches(msg, k.Enter) {
			m, cmd = m.answered(m.Field.Value())
		} else if m.editField(msg, &m.Field) {
			m.edited()
		}
	}
	return m, cmd
}

// choiceHint is what a number outside a choice's list of n gets.
func choiceHint(n int) lang.Text {
	return lang.F("请按 1 到 %d 之间的数字。", "Press a number from 1 to %d.", n)
}

// answered is answer for a value: the step's Set, called through the
// step table, would otherwise move every key's copy of the state to the
// heap.
func (m Model) answered(text string) (Model, tea.Cmd) {
	cmd := m.answer(text)
	return m, cmd
}

// answer gives the current question an answer and moves on, or keeps the
// question with the reason the answer cannot be taken.
func (m *Model) answer(text string) tea.Cmd {
	m.Today = book.DateOf(m.now())
	if err := m.Step.Set(&m.Answers, text, consult.Env{Places: m.Places, Today: m.Today}); err != nil {
		m.Err = lang.Message(err)
		return nil
	}
	return m.forward()
}

// forward moves to the next question that has no answer, or to the
// advice; after the last record question, it keeps the record.
func (m *Model) forward() tea.Cmd {
	if st, ok := consult.Next(m.Answers, m.Step.ID); ok {
		m.ask(st)
		return nil
	}
	if m.Screen == ScreenRecord {
		return m.keep()
	}
	m.showResult()
	return nil
}

// back returns to the previous question, changing no answer; on the first
// question there is none, and Esc does nothing (q and Ctrl+C quit). The
// first record question goes back to the result.
func (m *Model) back() {
	if st, ok := consult.Back(m.Answers, m.Step.ID); ok {
		m.ask(st)
	} else if m.Screen == ScreenRecord {
		m.backTo(ScreenResult)
	}
}

// pick handles a key on a place picker and reports the place Enter took.
func (m *Model) pick(msg tea.KeyPressMsg, pk *Picker) (places.Match, bool) {
	k := m.Keys
	checking := pk.Checking
	pk.Checking = false
	switch {
	case key.Matches(msg, k.Up):
		pk.Sel = max(0, pk.Sel-1)
	case key.Matches(msg, k.Down):
		pk.Sel = max(0, min(len(pk.Matches)-1, pk.Sel+1))
	case key.Matches(msg, k.Enter):
		switch {
		case m.Places == nil:
		case len(pk.Matches) > 0 && !checking && (pk.Suggested || pk.Matches[pk.Sel].Guess || pk.Sel == 0 && places.Shared(pk.Matches, 0)):
			// A guess, or the first of places sharing the words typed
			// (taizhou: 台州, 泰州), is taken on the second Enter.
			pk.Checking = true
		case len(pk.Matches) > 0:
			return pk.Matches[pk.Sel], true
		case pk.Input.Trimmed() == "":
			m.Err = lang.T("请输入城市或区县的名称、拼音或首字母，例如 长沙、changsha、cs。", "Type a city, district or county in hanzi, pinyin or initials, e.g. 长沙, changsha, cs.")
		default:
			m.Err = lang.T("没有找到这个地区，请换个写法，例如 长沙、changsha、cs。", "No place matches; try another spelling, e.g. 长沙, changsha, cs.")
		}
	default:
		if m.editField(msg, &pk.Input) {
			m.edited()
		}
	}
	return places.Match{}, false
}

// search refreshes a picker's matches for its text, with suggestions for
// a near spelling when nothing matches.
func (m *Model) search(pk *Picker) {
	pk.Sel, pk.Matches, pk.Suggested, pk.Checking = 0, nil, false, false
	if m.Places == nil {
		return
	}
	q := pk.Input.Value()
	pk.Matches = m.Places.Search(q, maxMatches)
	if len(pk.Matches) == 0 && places.Normalize(q) != "" {
		pk.Matches = m.Places.Suggest(q)
		pk.Suggested = len(pk.Matches) > 0
	}
}

// showResult works the advice out and shows it.
func (m *Model) showResult() {
	if m.Book == nil || !m.Answers.Complete() {
		return
	}
	m.Today = book.DateOf(m.now())
	a := m.Answers.Advise(m.Book, m.Today)
	m.Advice = &a
	m.results++
	if m.Record.Consultation == "" {
		m.Record.Consultation = records.NewID() // one id a consultation, however often it is shown
	}
	m.Record.Said, m.Record.Check = lang.Text{}, nil
	m.Screen = ScreenResult
	m.Focus, m.Scroll, m.Other = -1, 0, nil
	m.SlipPath, m.SlipErr, m.SlipCopied = "", lang.Text{}, false
}

// digit reads "1".."9" in halfwidth or fullwidth.
func digit(s string) int {
	r := []rune(s)
	if len(r) != 1 {
		return 0
	}
	switch {
	case r[0] >= '1' && r[0] <= '9':
		return int(r[0] - '0')
	case r[0] >= '１' && r[0] <= '９':
		return int(r[0]-'１') + 1
	}
	return 0
}
