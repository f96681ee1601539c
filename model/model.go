// Package model is the advisor's state machine: the questions, the answers
// and the moves between screens. It draws nothing; a Renderer from the
// views package turns its State into frames.
package model

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"yibao/data"
)

// Renderer draws the state. It is supplied by the views package, so that
// the model depends on data only and views depend on the model.
type Renderer interface {
	// View draws one frame.
	View(s State) tea.View
	// Layout measures the scrolling body (result, comparison, guide) at
	// the current size.
	Layout(s State) Layout
	// Slip is the take-home slip as plain text of the given width.
	Slip(s State, width int) string
	// Fits reports whether the window is large enough to show the step;
	// keys other than Ctrl+C are ignored while it is not.
	Fits(s State) bool
}

// nopRenderer stands in when none is given: it draws nothing.
type nopRenderer struct{}

func (nopRenderer) View(State) tea.View    { return tea.NewView("") }
func (nopRenderer) Layout(State) Layout    { return Layout{} }
func (nopRenderer) Slip(State, int) string { return "" }
func (nopRenderer) Fits(State) bool        { return true }

// Layout describes the result body as drawn: how many rows show at once,
// how many it has, and where each channel of the checklist starts and ends.
type Layout struct {
	Body    int
	Lines   int
	Anchors [][2]int // per channel: first and last row
}

// Options configure a new advisor.
type Options struct {
	// Book is the policy book; when nil, Init loads the embedded one.
	Book *data.Book
	// Lang is the starting language.
	Lang data.Lang
	// Now is the clock, for turning a birth year into an age; time.Now when nil.
	Now func() time.Time
	// Place is a place query to start with (a kiosk deep link such as
	// "ssh -t host 长沙"); it is used when it names one place.
	Place string
	// Renderer draws frames.
	Renderer Renderer
	// Features the host offers on the result screen.
	Slips, Compare, Guides bool
	// SaveSlip keeps a slip under a name made of the date and the place
	// (never the person) and says where; nil where slips are not saved
	// (over SSH).
	SaveSlip func(name string, body []byte) (path string, err error)
	// CopySlip offers the slip to the terminal's clipboard (OSC 52).
	CopySlip bool

	// Context ends the advisor's timers; a kiosk passes the session's.
	Context context.Context
	// Idle ends the session after this long without a key press, with a
	// warning IdleWarn before; zero means never (the local terminal).
	Idle, IdleWarn time.Duration
	// MaxSession ends the session after this long in any case; zero means never.
	MaxSession time.Duration
}

// Model is the advisor as a Bubble Tea model.
type Model struct {
	State
	render Renderer
	now    func() time.Time
	start  string // Options.Place, kept for when the book arrives
	skip   bool   // skip the place step on the way forward (deep link)

	saveSlip func(string, []byte) (string, error)
	copySlip bool

	ctx              context.Context
	idle, idleWarn   time.Duration
	maxSession       time.Duration
	started, lastKey time.Time
	warned           bool
	warnedAt         time.Time
}

// bookMsg carries the loaded book.
type bookMsg struct {
	book *data.Book
	err  error
}

// New returns an advisor at the first question.
func New(o Options) Model {
	if o.Lang == "" {
		o.Lang = data.ZH
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Renderer == nil {
		o.Renderer = nopRenderer{}
	}
	if o.Context == nil {
		o.Context = context.Background()
	}
	if o.IdleWarn <= 0 || o.IdleWarn >= o.Idle {
		o.IdleWarn = min(time.Minute, o.Idle/2)
	}
	m := Model{
		render: o.Renderer, now: o.Now, start: o.Place, saveSlip: o.SaveSlip, copySlip: o.CopySlip,
		ctx: o.Context, idle: o.Idle, idleWarn: o.IdleWarn, maxSession: o.MaxSession,
	}
	m.started = o.Now()
	m.lastKey = m.started
	m.State = State{
		Book: o.Book, Lang: o.Lang, Keys: NewKeyMap(o.Lang),
		Slips: o.Slips, Compare: o.Compare, Guides: o.Guides,
	}
	m.reset()
	if m.Book != nil {
		m.applyStartPlace()
	}
	return m
}

// reset clears every answer, keeping the language, the size and the book.
func (m *Model) reset() {
	s := m.State
	m.State = State{
		Rev: s.Rev, Book: s.Book, Lang: s.Lang, Keys: s.Keys, Width: s.Width, Height: s.Height, NoColor: s.NoColor,
		Slips: s.Slips, Compare: s.Compare, Guides: s.Guides,
		Today:  data.DateOf(m.now()),
		Ticks:  map[string]bool{},
		Opened: map[string]bool{},
	}
	m.PlacePick.Input.Limit = 40
	m.OtherPick.Input.Limit = 40
	m.AgeInput.Limit = 12
	m.BaseInput.Limit = 16
	m.skip = false
}

// applyStartPlace takes the deep-link place when it names exactly one place.
func (m *Model) applyStartPlace() {
	if m.start == "" {
		return
	}
	m.PlacePick.Input.SetValue(m.start)
	m.search(&m.PlacePick)
	if p, err := m.Book.Lookup(m.start); err == nil {
		m.Place = &p
		m.skip = true
	}
}

// Init loads the embedded book when none was given, so the first screen
// appears without waiting for it.
func (m Model) Init() tea.Cmd {
	var cmds []tea.Cmd
	if m.Book == nil {
		cmds = append(cmds, func() tea.Msg {
			b, err := data.Embedded()
			return bookMsg{book: b, err: err}
		})
	}
	if m.timed() {
		cmds = append(cmds, m.nextCheck())
	}
	return tea.Batch(cmds...)
}

// View draws the state through the renderer.
func (m Model) View() tea.View { return m.render.View(m.State) }

// Update moves the state machine.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m.Rev++
	switch msg := msg.(type) {
	case bookMsg:
		if msg.err != nil {
			// The embedded book is checked by the tests; failing here means
			// a broken build. Say so and stop.
			m.Notice = data.T("内置数据无法加载："+msg.err.Error(), "The built-in data cannot be loaded: "+msg.err.Error())
			return m, tea.Quit
		}
		m.Book = msg.book
		m.applyStartPlace()
		if m.Step == StepPlace {
			m.search(&m.PlacePick)
		}
	case tea.WindowSizeMsg:
		m.Width, m.Height = msg.Width, msg.Height
		m.clampScroll()
	case tea.EnvMsg:
		if msg.Getenv("NO_COLOR") != "" {
			m.NoColor = true
		}
	case tea.ColorProfileMsg:
		if msg.Profile <= colorprofile.ASCII {
			m.NoColor = true
		}
	case checkMsg:
		return m.check()
	case slipSavedMsg:
		m.SlipPath, m.SlipErr = msg.path, msg.err
	case endMsg:
		return m.end(msg.why)
	case ClosingMsg:
		return m.closing(msg)
	case tea.PasteMsg:
		if m.touch() || m.Closing || m.Confirm != ConfirmNone || m.ShowHelp || !m.render.Fits(m.State) {
			return m, nil
		}
		if f := m.field(); f != nil {
			f.Insert(msg.Content)
			m.edited()
		}
	case tea.KeyPressMsg:
		return m.key(msg)
	}
	return m, nil
}
