package book

import (
	"slices"

	"yibao/data/lang"
)

// Unknown is the answer of a person who does not know which group of a
// place's question they are in: the advice then gives every group's figure.
const Unknown = "unknown"

// Question is one more question a place asks, when its rules differ by
// something the common questions do not ask (Shenzhen's insurance tier,
// Chengdu's retiree group). Rules name the groups they are for (Rule.Variant).
type Question struct {
	Place     string      `toml:"place"`     // the place code
	Insurance []Insurance `toml:"insurance"` // who is asked
	Status    []Status    `toml:"status"`
	Title     lang.Text   `toml:"title"`  // what is asked, in a word or two
	Prompt    lang.Text   `toml:"prompt"` // the question
	Hint      lang.Text   `toml:"hint"`   // how to find out
	Options   []Choice    `toml:"option"`
}

// Choice is one group of a question.
type Choice struct {
	Value string    `toml:"value"` // what `advise --variant` takes: tier1
	Label lang.Text `toml:"label"` // the option as asked
	Short lang.Text `toml:"short"` // the group's name beside its figure: 一档
}

// Asks reports whether the question is asked of a person with this
// insurance and status ("" when the status was not asked).
func (q *Question) Asks(ins Insurance, st Status) bool {
	return q != nil && slices.Contains(q.Insurance, ins) && (st == "" || slices.Contains(q.Status, st))
}

// Choice returns the group with a value.
func (q *Question) Choice(value string) (Choice, bool) {
	if q == nil {
		return Choice{}, false
	}
	i := slices.IndexFunc(q.Options, func(c Choice) bool { return c.Value == value })
	if i < 0 {
		return Choice{}, false
	}
	return q.Options[i], true
}

// Values lists the groups' values, in menu order.
func (q *Question) Values() []string {
	out := make([]string, len(q.Options))
	for i, c := range q.Options {
		out[i] = c.Value
	}
	return out
}

// ForVariant reports whether a rule is for a group: a rule that names no
// group is for every group.
func (r Rule) ForVariant(v string) bool { return len(r.Variant) == 0 || slices.Contains(r.Variant, v) }
