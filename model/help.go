package model

import (
	"slices"
	"strconv"

	"charm.land/bubbles/v2/key"

	"yibao/data/consult"
	"yibao/data/lang"
)

// ShortHelp lists the keys of the current screen for the help line, the
// ones to read first first.
func (s State) ShortHelp() []key.Binding {
	if s.Confirm != ConfirmNone {
		return []key.Binding{s.Keys.Yes, s.Keys.No}
	}
	if e := s.Screen.entry(); e.short != nil {
		return e.short(s)
	}
	return nil
}

// FullHelp lists every key of the current screen, for the ? screen.
func (s State) FullHelp() []key.Binding {
	k := s.Keys
	if e := s.Screen.entry(); e.full != nil {
		return append(e.full(s), k.Lang, k.Help, k.Quit)
	}
	return []key.Binding{k.Lang, k.Help, k.Quit}
}

// fieldKeys are the keys of a text field, for the ? screen.
func (s State) fieldKeys() []key.Binding { return []key.Binding{s.Keys.DelBack, s.Keys.ClearLine} }

func (s State) questionShort() []key.Binding {
	k := s.Keys
	switch s.Step.Kind {
	case consult.Choose:
		return s.backable([]key.Binding{s.choose(), k.Move, s.enter(), k.Back, k.Help, k.Lang})
	case consult.PlaceName:
		return s.backable(s.pickShort())
	}
	return s.backable([]key.Binding{k.Enter, k.Back, k.Help, k.Lang})
}

func (s State) questionFull() []key.Binding {
	k := s.Keys
	switch {
	case s.Step.Kind == consult.Choose:
		return s.backable([]key.Binding{s.choose(), k.Move, s.enter(), k.Back, k.QuitKey})
	case s.Step.Kind == consult.PlaceName:
		return s.backable(s.formFull())
	case s.Step.Optional:
		return s.backable(append([]key.Binding{k.Enter, k.Skip, k.Back}, s.fieldKeys()...))
	}
	return s.backable(append([]key.Binding{k.Enter, k.Back}, s.fieldKeys()...))
}

// enter is Enter on a choice: it leaves an optional one out until an
// option is highlighted.
func (s State) enter() key.Binding {
	b := s.Keys.Enter
	if s.Cursor < 0 {
		b.SetHelp(b.Help().Key, lang.T("不选", "leave out").In(s.Lang))
	}
	return b
}

// backable leaves Esc out of a question's keys on the first question,
// where there is no step to go back to (the record questions go back to
// the result).
func (s State) backable(bs []key.Binding) []key.Binding {
	if _, ok := consult.Back(s.Answers, s.Step.ID); ok || s.Screen == ScreenRecord {
		return bs
	}
	return slices.DeleteFunc(bs, func(b key.Binding) bool { return slices.Equal(b.Keys(), s.Keys.Back.Keys()) })
}

// pickShort is the help line of a place search.
func (s State) pickShort() []key.Binding {
	k := s.Keys
	return []key.Binding{k.Move, k.Enter, k.Back, k.Help, k.Lang}
}

// formFull is every key of a place search.
func (s State) formFull() []key.Binding {
	k := s.Keys
	return append([]key.Binding{k.Move, k.Enter, k.Back}, s.fieldKeys()...)
}

func (s State) resultShort() []key.Binding { return s.resultKeys(false) }
func (s State) resultFull() []key.Binding  { return s.resultKeys(true) }

// closeShort is the help line of the slip and the source.
func (s State) closeShort() []key.Binding {
	k := s.Keys
	return []key.Binding{k.Move, k.Page, k.Close, k.Help, k.Lang}
}

func (s State) guideShort() []key.Binding {
	k := s.Keys
	return []key.Binding{k.Move, k.Page, k.Back, k.Help, k.Lang}
}

// closeFull is every key of the slip and the source.
func (s State) closeFull() []key.Binding {
	k := s.Keys
	return []key.Binding{k.Move, k.Page, k.Ends, k.Close}
}

func (s State) compareShort() []key.Binding {
	k := s.Keys
	out := []key.Binding{k.Move, k.Page, k.Back, k.Help}
	if s.Guides {
		out = append(out, k.Guides)
	}
	return append(out, k.Lang)
}

func (s State) compareFull() []key.Binding {
	out := s.guideFull()
	if s.Guides {
		out = append(out, s.Keys.Guides)
	}
	return out
}

func (s State) guidesShort() []key.Binding {
	k := s.Keys
	return []key.Binding{s.number(), k.Move, k.Enter, k.Back, k.Help, k.Lang}
}

func (s State) guidesFull() []key.Binding {
	k := s.Keys
	return []key.Binding{s.number(), k.Move, k.Enter, k.Back, k.QuitKey}
}

// guideFull is every key of a guide.
func (s State) guideFull() []key.Binding {
	k := s.Keys
	return []key.Binding{k.Move, k.Page, k.Ends, k.Back}
}

// recordShort and recordFull are the record questions' keys, with the
// key that takes this person's record back where there is one.
func (s State) recordShort() []key.Binding { return s.takeBackKey(s.questionShort(), 2) }
func (s State) recordFull() []key.Binding  { return s.takeBackKey(s.questionFull(), 0) }

// takeBackKey adds the take-back key before the last n keys.
func (s State) takeBackKey(bs []key.Binding, n int) []key.Binding {
	if !s.CanTakeBack() {
		return bs
	}
	i := len(bs) - n
	return append(bs[:i:i], append([]key.Binding{s.Keys.TakeBack}, bs[i:]...)...)
}

// resultKeys are the result's keys: for the help line the ones a volunteer
// needs first (while reading the text, where the source details are; on
// a checklist item, ticking and opening it), for the full help every one.
func (s State) resultKeys(all bool) []key.Binding {
	k := s.Keys
	// Space and Enter stay in the line even before an item is in view:
	// a line that grew and shrank with the scroll would change the rows
	// the body has, and so what is in view.
	out := make([]key.Binding, 0, 16)
	out = append(out, k.Move, k.Source, k.Toggle, k.Open)
	if s.Focus >= 0 {
		out = append(out[:0], k.Move, k.Toggle, k.Open, k.Source)
	}
	if all {
		out = append(out, k.Page, k.Ends)
	}
	out = append(out, k.Back, k.New, k.QuitKey) // how to leave comes early: it must show
	if s.Slips {
		out = append(out, k.Slip)
	}
	if s.Compares {
		out = append(out, k.Compare)
	}
	if s.Guides {
		out = append(out, k.Guides)
	}
	if s.Recording && s.canRecord() {
		out = append(out, k.Record)
	}
	if all {
		return out
	}
	return append(out, k.Help, k.Lang)
}

// canRecord reports whether the result is one a statement could confirm:
// there is an account (or it depends on the scheme).
func (s State) canRecord() bool {
	return s.Advice != nil && consult.Recordable(*s.Advice)
}

// choose is the digits binding with the help the options call for: 1-3.
func (s State) choose() key.Binding {
	b := s.Keys.Choose
	b.SetHelp("1-"+strconv.Itoa(len(s.Step.Options)), b.Help().Desc)
	return b
}

// number is the guide digits with the help the list calls for: 1-7.
func (s State) number() key.Binding {
	b := s.Keys.Number
	b.SetHelp("1-"+strconv.Itoa(min(9, len(s.Book.Guides()))), b.Help().Desc)
	return b
}
