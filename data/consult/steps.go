package consult

import (
	"errors"
	"strconv"
	"strings"

	"yibao/data/advice"
	"yibao/data/answers"
	"yibao/data/book"
	"yibao/data/lang"
	"yibao/data/places"
)

// ID names a question.
type ID string

// The questions, in the order they are asked.
const (
	Insurance ID = "insurance"
	Status    ID = "status"
	Place     ID = "place"
	Variant   ID = "variant" // the place's own question, for the few places that ask one
	Age       ID = "age"
	Base      ID = "base"
)

// Kind is how a question is answered.
type Kind int

// Kinds of question.
const (
	Choose    Kind = iota // one of a few numbered options
	PlaceName             // a place, searched as it is typed
	Number                // digits: an age, an amount
)

// Option is one choice of a Choose question; Value is what its parser
// takes for it (and what `advise` accepts).
type Option struct {
	Label lang.Text
	Value string
}

// Step is one question, defined once for every front end: the screens
// draw it, the line mode prints it, `advise` reads it from a flag.
type Step struct {
	ID     ID
	Kind   Kind
	Title  lang.Text // what is asked, in a word or two: 参保类型
	Prompt lang.Text // the question
	Hint   lang.Text // what to answer, with examples (no key names)
	// Flag is the `yibao advise` flag, and Values what it takes.
	Flag   string
	Values lang.Text
	// Options are the choices of a Choose question, in menu order.
	Options []Option
	// Unit follows a Number field: 岁, 元.
	Unit lang.Text
	// Optional questions may be left blank (Enter alone skips them).
	Optional bool
	// Digits: a field that keeps only digits as they are typed (an age
	// or a birth year); letters are dropped.
	Digits bool
	// Limit is the longest answer accepted, in runes: typing beyond it is
	// dropped, so a flood of keys costs nothing.
	Limit int
	// Asked reports whether the question is asked of this person at all.
	Asked func(Answers) bool
	// Answered reports whether it has an answer.
	Answered func(Answers) bool
	// Set reads an answer and stores it, or says in plain words why it
	// cannot be taken; a place that several places match, or that only
	// comes near one (chendu for 成都), is a *places.PlaceError listing
	// them.
	Set func(a *Answers, text string, env Env) error
	// Text is the current answer as it would be typed again.
	Text func(Answers) string
	// fill, when set, gives the step its words and options for the
	// answers so far (the place's own question); see For.
	fill func(Step, Answers) Step
}

// For is the step as asked of a person with these answers: a question
// whose words and options come from the place (book.Question) gets them
// here. First, Next, Back and Last give steps this way.
func (s Step) For(a Answers) Step {
	if s.fill == nil {
		return s
	}
	return s.fill(s, a)
}

// Steps is the consultation: every question, in order.
func Steps() []Step {
	t := table()
	return t[:]
}

// table is Steps as an array, which the functions that run on every
// frame (Progress) keep off the heap.
func table() [6]Step {
	return [6]Step{insuranceStep(), statusStep(), placeStep(), variantStep(), ageStep(), baseStep()}
}

// insuranceStep asks which insurance the person has.
func insuranceStep() Step {
	return Step{
		ID: Insurance, Kind: Choose,
		Title:  lang.T("参保类型", "insurance"),
		Prompt: lang.T("您参加的是哪种医保？", "Which medical insurance do you have?"),
		Flag:   "insurance", Values: lang.T("employee 职工、flexible 灵活就业 或 resident 居民", "employee, flexible or resident"),
		Options: []Option{
			{lang.T("职工医保", "Employee insurance (职工医保)"), string(book.Employee)},
			{lang.T("灵活就业人员参加的职工医保", "Employee insurance as a flexible worker (灵活就业)"), string(book.Flexible)},
			{lang.T("城乡居民医保", "Resident insurance (城乡居民医保)"), string(book.Resident)},
		},
		Limit:    24,
		Asked:    func(Answers) bool { return true },
		Answered: func(a Answers) bool { return a.Insurance != "" },
		Set: func(a *Answers, s string, _ Env) error {
			v, err := answers.ParseInsurance(s)
			if err != nil {
				return err
			}
			a.Insurance = v
			return nil
		},
		Text: func(a Answers) string { return string(a.Insurance) },
	}
}

// statusStep asks where they stand with retirement; residents are not asked.
func statusStep() Step {
	return Step{
		ID: Status, Kind: Choose,
		Title:  lang.T("退休情况", "retirement status"),
		Prompt: lang.T("您现在的退休情况是？", "Where do you stand with retirement?"),
		Flag:   "status", Values: lang.T("working 在职、retired 已退休 或 not-retired 到龄未办退休", "working, retired or not-retired"),
		Options: []Option{
			{lang.T("在职（还在上班或缴费）", "Working (still employed or paying)"), string(book.Working)},
			{lang.T("已退休（已办完医保退休手续）", "Retired (medical-insurance retirement done)"), string(book.Retired)},
			{lang.T("到了退休年龄，还没办医保退休手续", "Reached retirement age, medical-insurance retirement not done"), string(book.NotRetired)},
		},
		Limit:    24,
		Asked:    func(a Answers) bool { return a.Insurance != book.Resident },
		Answered: func(a Answers) bool { return a.Status != "" },
		Set: func(a *Answers, s string, _ Env) error {
			v, err := answers.ParseStatus(s)
			if err != nil {
				return err
			}
			next := *a
			next.Status = v
			if err := plausible(next); !a.heed(err, warnKey(next)) {
				return err
			}
			a.Status = v
			return nil
		},
		Text: func(a Answers) string { return string(a.Status) },
	}
}

// placeStep asks where they are insured, by any name of a place or county.
func placeStep() Step {
	return Step{
		ID: Place, Kind: PlaceName,
		Title:  lang.T("参保地", "insured place"),
		Prompt: lang.T("您在哪个城市参保？", "Where are you insured?"),
		Hint:   lang.T("输入城市或区县的汉字、拼音或首字母，例如 长沙、changsha、cs、海淀。", "Type the city, district or county in hanzi, pinyin or initials, e.g. 长沙, changsha, cs, haidian."),
		Flag:   "city", Values: lang.T("城市或区县的汉字、拼音、首字母或代码", "hanzi, pinyin, initials or code"),
		Limit:    places.MaxQuery,
		Asked:    func(Answers) bool { return true },
		Answered: func(a Answers) bool { return a.Place != nil },
		Set: func(a *Answers, s string, env Env) error {
			if strings.TrimSpace(s) == "" {
				return lang.Errorf("请输入城市或区县的名称、拼音或首字母，例如 长沙、changsha、cs。", "Type a city, district or county in hanzi, pinyin or initials, e.g. 长沙, changsha, cs.")
			}
			m, err := env.Places.Lookup(s)
			if err != nil {
				return err
			}
			a.Place = &m
			return nil
		},
		Text: func(a Answers) string {
			if a.Place == nil {
				return ""
			}
			return a.Place.Short()
		},
	}
}

// variantStep asks the place's own question (Shenzhen's tier, Chengdu's
// retiree group), right after the place and only there; its words and
// options come from the book. "Do not know" gives every group's figure.
func variantStep() Step {
	return Step{
		ID: Variant, Kind: Choose,
		Title:  lang.T("类别", "group"),
		Prompt: lang.T("您属于哪一类？", "Which group are you in?"),
		Flag:   "variant",
		Values: lang.T("所在地区问的类别，例如深圳 tier1、tier2、tier3，成都 public、enterprise；不知道填 unknown",
			"the place's own groups, e.g. tier1, tier2, tier3 in Shenzhen, public, enterprise in Chengdu; unknown if you do not know"),
		Limit:    24,
		Asked:    func(a Answers) bool { return question(a) != nil },
		Answered: func(a Answers) bool { return a.Variant == book.Unknown || hasChoice(question(a), a.Variant) },
		Set: func(a *Answers, s string, _ Env) error {
			q := question(*a)
			if q == nil {
				return lang.Errorf("这个地区不用回答这个问题。", "This place does not ask this question.")
			}
			v, ok := parseChoice(s, q)
			if !ok {
				return &answers.ChoiceError{Err: &lang.Error{Msg: lang.T("请选择 "+valueList(q, lang.ZH)+"。", "Choose "+valueList(q, lang.EN)+".")}}
			}
			a.Variant = v
			return nil
		},
		Text: func(a Answers) string { return a.Variant },
		fill: func(s Step, a Answers) Step {
			q := question(a)
			if q == nil {
				return s
			}
			s.Title, s.Prompt, s.Hint, s.Options = q.Title, q.Prompt, q.Hint, options(q)
			s.Values = lang.T(valueList(q, lang.ZH), valueList(q, lang.EN))
			return s
		},
	}
}

// question is the place's own question, when it asks one of this person.
func question(a Answers) *book.Question {
	if a.Place == nil {
		return nil
	}
	st := a.Status
	if !Find(Status).Asked(a) {
		st = ""
	}
	if q := a.Place.Place.Question; q.Asks(a.Insurance, st) {
		return q
	}
	return nil
}

// parseChoice reads a group: its menu number, its value or its name in
// either language; "unknown", 不知道 or the last number for do not know.
func parseChoice(s string, q *book.Question) (string, bool) {
	t := strings.ToLower(strings.TrimSpace(answers.Fold(s)))
	opts := options(q)
	if n, err := strconv.Atoi(t); err == nil && n >= 1 && n <= len(opts) {
		return opts[n-1].Value, true
	}
	switch t {
	case "", "0":
		return "", false
	case book.Unknown, "不知道", "不清楚", "不确定", "do not know", "don't know", "?", "？":
		return book.Unknown, true
	}
	for _, c := range q.Options {
		for _, name := range []string{c.Value, c.Label.Zh, c.Label.En, c.Short.Zh, c.Short.En} {
			if t == strings.ToLower(name) {
				return c.Value, true
			}
		}
	}
	return "", false
}

func hasChoice(q *book.Question, v string) bool {
	_, ok := q.Choice(v)
	return ok
}

// options are the question's groups and, last, "do not know".
func options(q *book.Question) []Option {
	out := make([]Option, 0, len(q.Options)+1)
	for _, c := range q.Options {
		out = append(out, Option{Label: c.Label, Value: c.Value})
	}
	return append(out, Option{Label: lang.T("不知道（列出每一类的情况）", "Do not know (show every group)"), Value: book.Unknown})
}

// valueList names what the question takes: "tier1 一档、tier2 二档 或 unknown 不知道".
func valueList(q *book.Question, l lang.Lang) string {
	var parts []string
	for _, c := range q.Options {
		if l == lang.EN {
			parts = append(parts, c.Value)
		} else {
			parts = append(parts, c.Value+" "+c.Short.Zh)
		}
	}
	if l == lang.EN {
		return strings.Join(parts, ", ") + " or unknown"
	}
	return strings.Join(parts, "、") + " 或 unknown 不知道"
}

// ageStep asks their age, or their birth year; residents are not asked.
func ageStep() Step {
	return Step{
		ID: Age, Kind: Number,
		Title:  lang.T("年龄", "age"),
		Prompt: lang.T("您今年多少岁？", "How old are you?"),
		Hint: lang.T("输入年龄，例如 72；也可以输入四位出生年份，例如 1954，会按今天的日期换算成年龄。",
			"Type the age, e.g. 72, or a four-digit birth year such as 1954, which is turned into an age with today's date."),
		Flag: "age", Values: lang.T("年龄或出生年份", "an age or a birth year"),
		Unit:     lang.T("岁", ""),
		Limit:    8,
		Digits:   true,
		Asked:    func(a Answers) bool { return a.Insurance != book.Resident },
		Answered: func(a Answers) bool { return a.Age != nil },
		Set: func(a *Answers, s string, env Env) error {
			v, err := answers.ParseAge(s, env.Today)
			if err != nil {
				return err
			}
			next := *a
			next.Age = &v
			if err := plausible(next); !a.heed(err, warnKey(next)) {
				return err
			}
			a.Age = &v
			return nil
		},
		Text: func(a Answers) string {
			switch {
			case a.Age == nil:
				return ""
			case a.Age.BirthYear != 0:
				return strconv.Itoa(a.Age.BirthYear)
			}
			return strconv.Itoa(a.Age.Years)
		},
	}
}

// baseStep asks an employee at work for the contribution base, which may be left out.
func baseStep() Step {
	return Step{
		ID: Base, Kind: Number,
		Title:  lang.T("缴费基数", "contribution base"),
		Prompt: lang.T("您每月的医保缴费基数是多少元？", "What is your monthly contribution base, in yuan?"),
		Hint: lang.T("工资条或单位社保缴费单上有这个数；不知道就不填，直接按回车看结果。",
			"It is on the payslip or the employer's contribution statement; if you do not know it, just press Enter."),
		Flag: "base", Values: lang.T("每月元数，可不填", "yuan a month, optional"),
		Unit:     lang.T("元", "yuan"),
		Optional: true,
		Limit:    16,
		Asked:    func(a Answers) bool { return a.Insurance == book.Employee && a.Status == book.Working },
		Answered: func(a Answers) bool { return a.BaseDone },
		Set: func(a *Answers, s string, _ Env) error {
			if strings.TrimSpace(s) == "" {
				a.Base, a.BaseDone = nil, true
				return nil
			}
			v, err := answers.ParseBase(s)
			if err != nil {
				return err
			}
			a.Base, a.BaseDone = &v, true
			return nil
		},
		Text: func(a Answers) string {
			if a.Base == nil {
				return ""
			}
			return a.Base.String()
		},
	}
}

// Find returns the question with an id, a record question included.
func Find(id ID) Step {
	// The one step asked for is built, not the table: Find runs on every
	// frame. TestFindEveryStep keeps this list and Steps the same.
	switch id {
	case Insurance:
		return insuranceStep()
	case Status:
		return statusStep()
	case Place:
		return placeStep()
	case Variant:
		return variantStep()
	case Age:
		return ageStep()
	case Base:
		return baseStep()
	case Amount, Month, Channel:
		for _, s := range RecordSteps() {
			if s.ID == id {
				return s
			}
		}
	}
	panic("consult: no step " + string(id))
}

// minWorkingAge is the youngest age that makes sense: no one insured as
// an employee is younger than 16. A retiree in their thirties (under
// advice.EarlyRetirementAge) is warned about, not refused: early
// retirement exists; younger than minRetiredAge no one has retired.
// minPensionAge is the earliest retirement age there is (women in
// special jobs, 45): younger, no one has reached retirement age.
const (
	minWorkingAge = 16
	minRetiredAge = 30
	minPensionAge = 45
)

// plausible refuses answers that cannot all be true of one person, with
// one plain sentence asking to check, and warns of those that are merely
// rare.
func plausible(a Answers) error {
	if a.Age == nil {
		return nil
	}
	n := a.Age.Years
	if a.Insurance == book.Resident {
		return nil // neither age nor status is asked
	}
	switch {
	case n < minWorkingAge:
		return lang.Errorf("%d 岁的人不会参加职工医保，请核对年龄（也可以填出生年份，例如 1954）。",
			"No one aged %d holds employee insurance; please check the age (or type the birth year, e.g. 1954).", n)
	case a.Status == book.Retired && n < minRetiredAge:
		return lang.Errorf("%d 岁的人不会已经退休，请核对年龄或退休情况（也可以填出生年份，例如 1954）。",
			"No one aged %d has retired; please check the age or the retirement status (or type the birth year, e.g. 1954).", n)
	case a.Status == book.NotRetired && n < minPensionAge:
		return lang.Errorf("%d 岁还没到退休年龄，请核对年龄或退休情况（也可以填出生年份，例如 1954）。",
			"At %d no one has reached retirement age; please check the age or the retirement status (or type the birth year, e.g. 1954).", n)
	case a.Status == book.Retired && n < advice.EarlyRetirementAge:
		return &Warning{Msg: lang.F("已退休的人一般不会只有 %d 岁，请核对年龄或退休情况；如果确实是提前退休，同样的答案再答一次就可以继续。",
			"A retired person is rarely %d; please check the age or the retirement status. If you did retire early, give the same answer again to go on.", n)}
	}
	return nil
}

// Warning is an answer that is unusual but possible (a retiree under 40:
// early retirement exists). The question says so once; the same answer
// given again is taken.
type Warning struct{ Msg lang.Text }

func (w *Warning) Error() string { return w.Msg.Line() }

// Unwrap lets lang.Message find the words.
func (w *Warning) Unwrap() error { return &lang.Error{Msg: w.Msg} }

// heed reports whether an answer may be taken despite err: there is no
// error, or it is a warning already given for these very answers, named
// by key (which it records, so that the same answer given again is taken).
func (a *Answers) heed(err error, key string) bool {
	var w *Warning
	if err == nil {
		return true
	}
	if !errors.As(err, &w) {
		return false
	}
	if a.warned == key {
		return true
	}
	a.warned = key
	return false
}

// warnKey names the status and age a warning is given for.
func warnKey(a Answers) string {
	if a.Age == nil {
		return string(a.Status)
	}
	return string(a.Status) + "/" + strconv.Itoa(a.Age.Years)
}
