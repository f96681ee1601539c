package model

import (
	"yibao/data/advice"
	"yibao/data/book"
	"yibao/data/consult"
	"yibao/data/lang"
	"yibao/data/places"
	"yibao/data/records"
	"yibao/model/field"
	"yibao/model/keys"
	"yibao/model/session"
)

// Picker is a place search field with its results.
type Picker struct {
	Input   field.Field
	Matches []places.Match
	Sel     int
	// Suggested is set when nothing matched and Matches holds suggestions
	// for a near spelling instead.
	Suggested bool
	// Checking is set when Enter was pressed on a guess (a suggestion,
	// or a near miss such as chendu for 成都), or on the first of places
	// the words fit equally (taizhou: 台州, 泰州): the screen asks whether
	// it is meant, and a second Enter takes it.
	Checking bool
	// Link is a deep link's words, typed in the first time the question
	// shows; empty after.
	Link string
}

// Confirm is a question that stands over the current screen.
type Confirm int

// Confirmations.
const (
	ConfirmNone Confirm = iota
	ConfirmQuit
	ConfirmNew      // the next person: every answer is cleared
	ConfirmTakeBack // the session's last record is taken back
)

// Body is a scrolling screen as drawn at the current size: its lines, how
// many show at once, and where each checklist item starts and ends. The
// views measure it with the same function that draws it, and the model
// keeps it in the state, so that scrolling and focus follow what is on
// the screen.
type Body struct {
	Lines   []string
	Rows    int      // rows that show at once
	Anchors [][2]int // per checklist item: first and last line
}

// State is everything the views need to draw a frame. Views read it and
// never change it. What every screen shares comes first; Visit is one
// person's consultation, and the next person starts a new one.
type State struct {
	Book   *book.Book
	Places *places.Index
	Lang   lang.Lang
	// Keys is the key map of the language, shared by the states that
	// follow from one another: a state is copied on every message.
	Keys   *keys.Map
	Today  book.Date
	Width  int
	Height int
	// NoColor is set by NO_COLOR in the session's environment or by a
	// colour profile without colour; the views then draw with characters only.
	NoColor bool
	// FewColors is set by a 16-colour profile (TERM=xterm, as PuTTY and
	// Xshell send): the views then draw with the terminal's own colours,
	// bold and reverse video, since its sixteen differ from one terminal
	// to the next and no fixed pick keeps its contrast on every one.
	FewColors bool
	// Background is what the terminal said of its background: colours are
	// picked for it, or, until it answers (many never do), to read on
	// light and dark alike.
	Background Background
	// Notice is a message that stands over everything (a closing server);
	// empty when none.
	Notice lang.Text
	// Closing is set once the server has said it is closing.
	Closing bool

	// Features the host enables; Recording is set where a desk records.
	Slips, Compares, Guides, Recording bool
	// LastRecord is the last record this session kept; nil when there is
	// none. The record screen takes it back only while it is this
	// person's (CanTakeBack).
	LastRecord *records.Record

	Visit
}

// Visit is one person's consultation: the screen on show, what stands over
// it, and a small part per screen. Going to the next person replaces it
// whole (newVisit).
type Visit struct {
	Screen Screen
	Cursor int  // highlighted option on a choice step or the guide list
	Scroll int  // first body line shown on a scrolling screen
	Body   Body // the scrolling screen as drawn

	Confirm    Confirm
	ShowHelp   bool
	HelpScroll int
	// Warning is the still-there question, shown under the screen so that
	// what the person was reading stays in view.
	Warning lang.Text
	// Ended says why the advisor quit on its own; session.EndNone when the person quit.
	Ended session.Ending

	Asking
	Reading
	SlipState
	Comparing
	Browsing
	// Record is what became of recording for this consultation.
	Record RecordState
}

// Asking is the questions' part: the answers so far and the question on
// screen.
type Asking struct {
	// Step is the question on screen (ScreenQuestion).
	Step    consult.Step
	Answers consult.Answers
	Field   field.Field // the answer being typed on a number question
	Place   Picker
	// Err is the plain-words message under the current field.
	Err lang.Text
}

// Reading is the result's part: the advice and the checklist.
type Reading struct {
	Advice *advice.Advice
	Ticks  map[string]bool // channel id -> ticked
	Opened map[string]bool // channel id -> steps shown
	Focus  int             // focused checklist item on the result, -1 for none
	// ResultScroll is the result's scroll, kept while another screen shows.
	ResultScroll int
}

// SlipState is the slip's part: where it was saved, or why not.
type SlipState struct {
	SlipPath   string
	SlipErr    lang.Text
	SlipCopied bool
}

// Comparing is the comparison's part: the second place, where the person
// lives now, and its advice.
type Comparing struct {
	Compare Picker
	Other   *advice.Advice
}

// Browsing is the guides' part: the open guide, and the screen the guides
// were opened from.
type Browsing struct {
	GuideID string
	From    Screen
}

// newVisit is a consultation before its first question.
func newVisit() Visit {
	v := Visit{Reading: Reading{Ticks: map[string]bool{}, Opened: map[string]bool{}, Focus: -1}}
	v.Place.Input.Limit = consult.Find(consult.Place).Limit
	v.Compare.Input.Limit = v.Place.Input.Limit
	return v
}

// Background is the terminal's background as far as it is known.
type Background int

// Backgrounds.
const (
	BackgroundUnknown Background = iota
	BackgroundDark
	BackgroundLight
)

// Progress is the question's number and, once it cannot change, the
// number of questions.
func (s State) Progress() (n, total int, known bool) {
	return consult.Progress(s.Answers, s.Step.ID)
}

// Smallest window the screens draw in; below it they ask for a larger one.
const (
	MinWidth  = 40
	MinHeight = 15
)

// Fits reports whether the window is large enough for the screens.
func (s State) Fits() bool {
	w, h := s.Size()
	return w >= MinWidth && h >= MinHeight
}

// Size is the window size, 80x24 until the terminal reports its own.
func (s State) Size() (w, h int) {
	if s.Width <= 0 || s.Height <= 0 {
		return 80, 24
	}
	return s.Width, s.Height
}

// CanTakeBack reports whether there is a record to take back: the last
// one kept, and only while it is this consultation's, never the previous
// person's.
func (s State) CanTakeBack() bool {
	return s.LastRecord != nil && s.LastRecord.Consultation == s.Record.Consultation
}
