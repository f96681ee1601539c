package model

import "yibao/data"

// Step is one screen of the consultation.
type Step int

// The steps in order. StepBase is only asked of working employees.
const (
	StepInsurance Step = iota
	StepPlace
	StepAge
	StepStatus
	StepBase
	StepResult
	StepSlip         // the take-home slip, full screen
	StepComparePlace // choosing a second place to compare
	StepCompare      // the two places side by side
	StepGuides       // the list of more-help guides
	StepGuide        // one guide
)

// Picker is a place search field with its results.
type Picker struct {
	Input   Field
	Matches []data.Match
	Sel     int
	// Suggested is set when nothing matched and Matches holds suggestions
	// for a near spelling instead.
	Suggested bool
}

// Confirm is a question that stands over the current step.
type Confirm int

// Confirmations.
const (
	ConfirmNone Confirm = iota
	ConfirmQuit
)

// State is everything the views need to draw a frame. Views read it and
// never change it.
type State struct {
	// Rev changes with every update, so a renderer may keep what it drew
	// for one revision (the result body is measured during Update and drawn
	// right after it).
	Rev    uint64
	Book   *data.Book // nil while the book loads
	Lang   data.Lang
	Keys   KeyMap
	Today  data.Date
	Width  int
	Height int
	// NoColor is set by NO_COLOR in the session's environment or by a
	// colour profile without colour; the views then draw with characters only.
	NoColor bool

	Step      Step
	Insurance data.Insurance // "" until chosen
	Status    data.Status
	Cursor    int // highlighted option on a choice step

	PlacePick Picker
	Place     *data.Place

	AgeInput  Field
	Age       int
	BirthYear int
	AgeSet    bool

	BaseInput Field
	Base      *data.Money

	// Err is the plain-words message under the current field.
	Err data.Text

	Advice *data.Advice
	// Other is the advice for a second place, where the person lives now.
	OtherPick Picker
	Other     *data.Advice
	// GuideID is the open guide; From is the screen the guides were opened from.
	GuideID string
	From    Step
	// SlipPath is where the slip was saved; SlipErr says why it was not.
	SlipPath   string
	SlipErr    data.Text
	SlipCopied bool

	Ticks        map[string]bool // channel id -> ticked
	Opened       map[string]bool // channel id -> steps shown
	Focus        int             // focused channel on the result
	Scroll       int             // first body line shown on a scrolling screen
	ResultScroll int             // the result's scroll, kept while another screen shows

	Confirm  Confirm
	ShowHelp bool
	// Notice is a message that stands over everything (a closing server,
	// an idle warning); empty when none.
	Notice data.Text
	// Closing is set once the server has said it is closing.
	Closing bool
	// Ended says why the advisor quit on its own; EndNone when the person quit.
	Ended Ending

	// Features the host enables.
	Slips   bool
	Compare bool
	Guides  bool
}

// Steps lists the steps this person goes through, in order.
func (s State) Steps() []Step {
	steps := []Step{StepInsurance, StepPlace, StepAge, StepStatus}
	if s.needsBase() {
		steps = append(steps, StepBase)
	}
	return steps
}

// StepNumber returns the 1-based position of the current step and the
// number of questions.
func (s State) StepNumber() (n, total int) {
	steps := s.Steps()
	for i, st := range steps {
		if st == s.Step {
			return i + 1, len(steps)
		}
	}
	return len(steps), len(steps)
}

// needsBase reports whether the contribution base is asked: only of a
// working employee.
func (s State) needsBase() bool {
	return data.Profile{Insurance: s.Insurance, Status: s.Status}.NeedsBase()
}

// Options lists the choices on a choice step.
func (s State) Options() []data.Text {
	switch s.Step {
	case StepInsurance:
		return []data.Text{
			data.T("职工医保", "Employee insurance (职工医保)"),
			data.T("灵活就业人员参加的职工医保", "Employee insurance as a flexible worker (灵活就业)"),
			data.T("城乡居民医保", "Resident insurance (城乡居民医保)"),
		}
	case StepStatus:
		return []data.Text{
			data.T("在职（还在上班或缴费）", "Working (still employed or paying)"),
			data.T("已退休（已办完医保退休手续）", "Retired (medical-insurance retirement done)"),
			data.T("到了退休年龄，还没办医保退休手续", "Reached retirement age, medical-insurance retirement not done"),
		}
	}
	return nil
}
