// Package model is the advisor's state machine: a Bubble Tea driver for the
// full screen, and a line driver for screen readers and pipes, both over
// the one consultation of package consult. It draws nothing; the views
// package turns its State into frames and lines.
package model

import (
	"context"
	"time"

	"yibao/data/records"
	"yibao/model/keys"
	"yibao/model/session"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"yibao/data/book"
	"yibao/data/consult"
	"yibao/data/lang"
	"yibao/data/places"
)

// Views draw the state; package views provides them. The model never
// draws: it asks the views to measure a scrolling screen with the same
// function that draws it, and keeps the measure in State.Body.
type Views interface {
	// View draws one frame.
	View(State) tea.View
	// Body is the scrolling screen (result, source, slip, comparison,
	// guide) as drawn at the state's size.
	Body(State) Body
	// Item is checklist item i of the result as Body draws it, for a
	// key that changes only that item (its focus or its tick).
	Item(s State, i int) []string
	// Slip is the take-home slip as plain text, to save or copy.
	Slip(State) string
}

// Options configure a new advisor.
type Options struct {
	// Book is the policy book; it must be given.
	Book *book.Book
	// Places is the book's place index; built from Book when nil.
	Places *places.Index
	// Lang is the starting language.
	Lang lang.Lang
	// Now is the clock; time.Now when nil.
	Now func() time.Time
	// Place is a place query to start with (a kiosk deep link such as
	// "ssh -t host 长沙"): it answers the place question when it names one
	// place, and otherwise waits in the place field with its suggestions.
	Place string
	// Views draw the frames.
	Views Views
	// Features the host offers on the result screen.
	Slips, Compare, Guides bool
	// SaveSlip keeps a slip under a name made of the date and the place
	// (never the person) and says where; again is the path it gave for this
	// person's slip before ("" the first time), which it writes again. Nil
	// where slips are not saved (over SSH).
	SaveSlip func(name, again string, body []byte) (path string, err error)
	// CopySlip offers the slip to the terminal's clipboard (OSC 52).
	CopySlip bool
	// Records is the desks' records store: the result shows what it holds
	// and the desk may record into it; nil: no recording and no desk
	// figures.
	Records *records.Store
	// Desk names the desk on its records: "local" for the advisor, the
	// SSH user name for the kiosk.
	Desk string
	// Centre is the centre's name on its records (--centre); "" lets the
	// store use its own kept name.
	Centre string
	// OnRecord is called, in the record's command, with the id of each
	// record kept; nil for none.
	OnRecord func(id string)
	// OnTakeBack is called, in its command, with the id of a record taken
	// back; nil for none.
	OnTakeBack func(id string)
	// OnRecordsError is called when the store cannot be read or written;
	// nil for none.
	OnRecordsError func(error)

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
	views  Views
	now    func() time.Time
	start  string // Options.Place, for the first person only
	ctx    context.Context
	timers session.Timers

	saveSlip func(string, string, []byte) (string, error)
	copySlip bool
	desk     session.Desk
	keeping  bool // a record is being written or taken back
	kept     int  // records kept in this program's life
	results  int  // results shown, to read the records for each
	// still is set while the body as drawn holds for the message being
	// handled: it was just drawn, or the message only scrolled or did
	// nothing. Anything else draws it again.
	still bool
}

// New returns an advisor at the first question.
func New(o Options) Model {
	if o.Lang == "" {
		o.Lang = lang.ZH
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Context == nil {
		o.Context = context.Background()
	}
	if o.Places == nil {
		o.Places = places.New(o.Book)
	}
	m := Model{
		views: o.Views, now: o.Now, start: o.Place, ctx: o.Context,
		timers:   session.NewTimers(o.Idle, o.IdleWarn, o.MaxSession, o.Now()),
		saveSlip: o.SaveSlip, copySlip: o.CopySlip,
		desk: session.Desk{Store: o.Records, Name: o.Desk, Centre: o.Centre, OnRecord: o.OnRecord, OnTakeBack: o.OnTakeBack, OnRecordsError: o.OnRecordsError},
	}
	m.State = State{
		Book: o.Book, Places: o.Places, Lang: o.Lang, Keys: keyMap(o.Lang),
		Slips: o.Slips, Compares: o.Compare, Guides: o.Guides, Recording: o.Records != nil,
	}
	m.reset()
	return m
}

// reset clears every answer, keeping what the screens share (the
// language, the size, the book, the features), and starts at the first
// question.
func (m *Model) reset() {
	m.Visit = newVisit()
	m.Today = book.DateOf(m.now())
	m.begin()
}

// begin takes the deep-link place, if any, and shows the first question.
func (m *Model) begin() {
	if m.start != "" {
		m.Place.Link = m.start
		if pm, err := m.Places.Lookup(m.start); err == nil {
			m.Answers.Place = &pm
		}
		m.start = "" // a deep link counts for the first person only
	}
	st, _ := consult.First(m.Answers)
	m.ask(st)
}

// keyMap is the key bindings of language l.
func keyMap(l lang.Lang) *keys.Map {
	k := keys.New(l)
	return &k
}

// Init asks the terminal for its background (for colours that read on
// light and dark themes alike) and starts the session's timers.
func (m Model) Init() tea.Cmd {
	return tea.Batch(tea.RequestBackgroundColor, m.nextCheck())
}

// View draws the state.
func (m Model) View() tea.View { return m.views.View(m.State) }

// Update moves the state machine.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	m.still = false
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.Width, m.Height = msg.Width, msg.Height
		m.measure()
		m.reveal()
	case tea.EnvMsg:
		if msg.Getenv("NO_COLOR") != "" {
			m.NoColor = true
		}
	case tea.ColorProfileMsg:
		if msg.Profile <= colorprofile.ASCII {
			m.NoColor = true
		}
		m.FewColors = msg.Profile == colorprofile.ANSI
	case tea.BackgroundColorMsg:
		m.Background = BackgroundLight
		if msg.IsDark() {
			m.Background = BackgroundDark
		}
	case checkMsg:
		var next tea.Model
		next, cmd = m.check()
		m = next.(Model)
	case slipSavedMsg:
		m.SlipPath, m.SlipErr = msg.path, msg.err
	case recordedMsg:
		cmd = m.recorded(msg)
	case tookBackMsg:
		cmd = m.tookBack(msg)
	case consultedMsg:
		m.consulted(msg)
	case endMsg:
		return m.end(msg.why)
	case ClosingMsg:
		var next tea.Model
		next, cmd = m.closing(msg)
		m = next.(Model)
	case tea.PasteMsg:
		m = m.paste(msg)
	case tea.KeyPressMsg:
		before := m.results
		m, cmd = m.key(msg)
		if m.results != before {
			cmd = tea.Batch(cmd, m.consultCmd())
		}
	}
	m.measure()
	return m, cmd
}

// paste types pasted text into the screen's field, if any. It is a
// function of its own so that the field's pointer into the state keeps
// Update's copy of the state off the heap.
func (m Model) paste(msg tea.PasteMsg) Model {
	if m.touch() || !m.accepting() {
		return m
	}
	if f := m.field(); f != nil {
		f.Insert(msg.Content)
		m.edited()
	}
	return m
}

// accepting reports whether keys act on the screen: not while the server
// closes, a question stands over it, or the window is too small to see it.
func (m Model) accepting() bool {
	return !m.Closing && m.Confirm == ConfirmNone && !m.ShowHelp && m.Fits()
}

// measure keeps the scrolling screen's measure in the state and the scroll
// within it. The body is drawn again after every message but a scroll (or
// a key that did nothing): most keys on a long result only scroll it.
func (m *Model) measure() {
	if !m.Scrolls() || m.views == nil {
		m.Body = Body{}
		return
	}
	if !m.still || len(m.Body.Lines) == 0 {
		m.Body, m.still = m.views.Body(m.State), true
	}
	m.clamp()
}

// clamp keeps the scroll position inside the body.
func (m *Model) clamp() {
	m.Scroll = max(0, min(m.Scroll, len(m.Body.Lines)-m.Body.Rows))
}
