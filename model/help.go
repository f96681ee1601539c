package model

import (
	"strconv"

	"charm.land/bubbles/v2/key"

	"yibao/data/consult"
	"yibao/data/lang"
	"yibao/data/observe"
)

// ShortHelp lists the keys of the current screen for the help line, the
// ones to read first first.
func (s State) ShortHelp() []key.Binding {
	k := s.Keys
	if s.Confirm != ConfirmNone {
		return []key.Binding{k.Yes, k.No}
	}
	switch s.Screen {
	case ScreenQuestion:
		switch s.Step.Kind {
		case consult.Choose:
			return []key.Binding{s.choose(), k.Move, k.Enter, k.Back, k.Help, k.Lang}
		case consult.PlaceName:
			return []key.Binding{k.Move, k.Enter, k.Back, k.Help, k.Lang}
		}
		return []key.Binding{k.Enter, k.Back, k.Help, k.Lang}
	case ScreenComparePlace:
		return []key.Binding{k.Move, k.Enter, k.Back, k.Help, k.Lang}
	case ScreenResult:
		return s.resultKeys(false)
	case ScreenSlip, ScreenSource:
		return []key.Binding{k.Move, k.Page, k.Close, k.Help, k.Lang}
	case ScreenCompare:
		out := []key.Binding{k.Move, k.Page, k.Back, k.Help}
		if s.Guides {
			out = append(out, k.Guides)
		}
		return append(out, k.Lang)
	case ScreenGuides:
		return []key.Binding{s.number(), k.Move, k.Enter, k.Back, k.Help, k.Lang}
	case ScreenGuide:
		return []key.Binding{k.Move, k.Page, k.Back, k.Help, k.Lang}
	case ScreenObserve:
		if s.Observe.Step == ObserveChannel {
			leaveOut := k.Enter
			leaveOut.SetHelp(k.Enter.Help().Key, lang.T("不选", "leave out").In(s.Lang))
			return []key.Binding{s.channels(), leaveOut, k.Back, k.Help, k.Lang}
		}
		return []key.Binding{k.Enter, k.Back, k.Help, k.Lang}
	}
	return nil
}

// resultKeys are the result's keys: for the help line the ones a volunteer
// needs first (while reading the text, where the source details are; on
// a checklist item, ticking and opening it), for the full help every one.
func (s State) resultKeys(all bool) []key.Binding {
	k := s.Keys
	out := []key.Binding{k.Move, k.Source, k.Toggle, k.Open}
	if s.Focus >= 0 {
		out = []key.Binding{k.Move, k.Toggle, k.Open, k.Source}
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
	if s.Observations && s.canRecord() {
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
	return s.Advice != nil && (s.Advice.Credit.HasAccount == nil || *s.Advice.Credit.HasAccount)
}

// FullHelp lists every key of the current screen, for the ? screen.
func (s State) FullHelp() []key.Binding {
	k := s.Keys
	common := []key.Binding{k.Lang, k.Help, k.Quit}
	field := []key.Binding{k.DelBack, k.ClearLine}
	switch s.Screen {
	case ScreenQuestion:
		switch s.Step.Kind {
		case consult.Choose:
			return append([]key.Binding{s.choose(), k.Move, k.Enter, k.Back, k.QuitKey}, common...)
		case consult.PlaceName:
			return append(append([]key.Binding{k.Move, k.Enter, k.Back}, field...), common...)
		}
		if s.Step.Optional {
			return append(append([]key.Binding{k.Enter, k.Skip, k.Back}, field...), common...)
		}
		return append(append([]key.Binding{k.Enter, k.Back}, field...), common...)
	case ScreenComparePlace, ScreenObserve:
		return append(append([]key.Binding{k.Move, k.Enter, k.Back}, field...), common...)
	case ScreenSlip, ScreenSource:
		return append([]key.Binding{k.Move, k.Page, k.Ends, k.Close}, common...)
	case ScreenCompare, ScreenGuide:
		out := []key.Binding{k.Move, k.Page, k.Ends, k.Back}
		if s.Screen == ScreenCompare && s.Guides {
			out = append(out, k.Guides)
		}
		return append(out, common...)
	case ScreenGuides:
		return append([]key.Binding{s.number(), k.Move, k.Enter, k.Back, k.QuitKey}, common...)
	}
	return append(s.resultKeys(true), common...)
}

// choose is the digits binding with the help the options call for: 1-3.
func (s State) choose() key.Binding {
	b := s.Keys.Choose
	b.SetHelp("1-"+strconv.Itoa(len(s.Step.Options)), b.Help().Desc)
	return b
}

// channels is the digits of the record form's channel list: 1-7.
func (s State) channels() key.Binding {
	b := s.Keys.Choose
	b.SetHelp("1-"+strconv.Itoa(len(observe.Channels())), b.Help().Desc)
	return b
}

// number is the guide digits with the help the list calls for: 1-7.
func (s State) number() key.Binding {
	b := s.Keys.Number
	if s.Book != nil {
		b.SetHelp("1-"+strconv.Itoa(min(9, len(s.Book.Guides()))), b.Help().Desc)
	}
	return b
}
