package model

import (
	"yibao/data/advice"
	"yibao/data/book"
	"yibao/data/consult"
	"yibao/data/lang"
	"yibao/data/places"
	"yibao/model/session"
)

// Screen is what the advisor shows.
type Screen int

// Screens.
const (
	ScreenQuestion     Screen = iota // one question of the consultation
	ScreenResult                     // the advice
	ScreenSource                     // the full source of the figure (title, number, address, notes)
	ScreenSlip                       // the take-home slip, full screen
	ScreenComparePlace               // choosing a second place to compare
	ScreenCompare                    // the two places side by side
	ScreenGuides                     // the list of more-help guides
	ScreenGuide                      // one guide
	ScreenObserve                    // recording what a statement showed
)

// Picker is a place search field with its results.
type Picker struct {
	Input   Field
	Matches []places.Match
	Sel     int
	// Suggested is set when nothing matched and Matches holds suggestions
	// for a near spelling instead.
	Suggested bool
	// Checking is set when Enter was pressed on a guess (a suggestion,
	// or a near miss such as chendu for 成都): the screen asks whether it
	// is meant, and a second Enter takes it.
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
	ConfirmNew // the next person: every answer is cleared
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
// never change it.
type State struct {
	Book   *book.Book
	Places *places.Index
	Lang   lang.Lang
	Keys   KeyMap
	Today  book.Date
	Width  int
	Height int
	// NoColor is set by NO_COLOR in the session's environment or by a
	// colour profile without colour; the views then draw with characters only.
	NoColor bool
	// Background is what the terminal said of its background: colours are
	// picked for it, or, until it answers (many never do), to read on
	// light and dark alike.
	Background Background

	Screen Screen
	// Step is the question on screen (ScreenQuestion).
	Step    consult.Step
	Answers consult.Answers
	Cursor  int   // highlighted option on a choice step or the guide list
	Field   Field // the answer being typed on a number question
	Place   Picker
	// Err is the plain-words message under the current field.
	Err lang.Text

	Advice *advice.Advice
	// Other is the advice for a second place, where the person lives now.
	Compare Picker
	Other   *advice.Advice
	// GuideID is the open guide; From is the screen the guides were opened from.
	GuideID string
	From    Screen

	// SlipPath is where the slip was saved; SlipErr says why it was not.
	SlipPath   string
	SlipErr    lang.Text
	SlipCopied bool

	// Observe is the form that records a statement's credit.
	Observe Observe

	Ticks  map[string]bool // channel id -> ticked
	Opened map[string]bool // channel id -> steps shown
	Focus  int             // focused checklist item on the result, -1 for none
	Scroll int             // first body line shown on a scrolling screen
	Body   Body            // the scrolling screen as drawn
	// ResultScroll is the result's scroll, kept while another screen shows.
	ResultScroll int

	Confirm    Confirm
	ShowHelp   bool
	HelpScroll int
	// Notice is a message that stands over everything (a closing server);
	// empty when none.
	Notice lang.Text
	// Warning is the still-there question, shown under the screen so that
	// what the person was reading stays in view.
	Warning lang.Text
	// Closing is set once the server has said it is closing.
	Closing bool
	// Ended says why the advisor quit on its own; session.EndNone when the person quit.
	Ended session.Ending

	// Features the host enables.
	Slips, Compares, Guides, Observations bool
}

// Background is the terminal's background as far as it is known.
type Background int

// Backgrounds.
const (
	BackgroundUnknown Background = iota
	BackgroundDark
	BackgroundLight
)

// Scrolls reports whether the screen shows a scrolling body.
func (s State) Scrolls() bool {
	switch s.Screen {
	case ScreenResult, ScreenSource, ScreenSlip, ScreenCompare:
		return s.Advice != nil
	case ScreenGuide:
		return s.Book != nil
	}
	return false
}

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
