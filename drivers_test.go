package main

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"yibao/data/advice"
	"yibao/data/consult"
	"yibao/data/lang"
	"yibao/internal/testkit"
	"yibao/model"
	"yibao/model/line"
	"yibao/views"
)

// profile is one consultation: the answers as a person types them.
type profile map[consult.ID]string

// profiles cover every insurance type and status, a base, a birth year, a
// district, a provincial unit, yearly credits and places without a figure.
var profiles = []profile{
	{consult.Insurance: "employee", consult.Status: "retired", consult.Place: "北京", consult.Age: "72"},
	{consult.Insurance: "employee", consult.Status: "retired", consult.Place: "shanghai", consult.Age: "1950"},
	{consult.Insurance: "employee", consult.Status: "working", consult.Place: "hangzhou", consult.Age: "45", consult.Base: "5000"},
	{consult.Insurance: "employee", consult.Status: "working", consult.Place: "成都", consult.Age: "39", consult.Base: "5000"},
	{consult.Insurance: "employee", consult.Status: "working", consult.Place: "长沙", consult.Age: "45", consult.Base: ""},
	{consult.Insurance: "employee", consult.Status: "not-retired", consult.Place: "cs", consult.Age: "61"},
	{consult.Insurance: "flexible", consult.Status: "retired", consult.Place: "wuhan", consult.Age: "65"},
	{consult.Insurance: "flexible", consult.Status: "working", consult.Place: "武汉", consult.Age: "50"},
	{consult.Insurance: "resident", consult.Place: "海淀区"},
	{consult.Insurance: "employee", consult.Status: "retired", consult.Place: "杭州", consult.Age: "70"},
	{consult.Insurance: "employee", consult.Status: "retired", consult.Place: "甘肃省直", consult.Age: "65"},
	{consult.Insurance: "employee", consult.Status: "retired", consult.Place: "宁波", consult.Age: "72"},
	{consult.Insurance: "employee", consult.Status: "retired", consult.Place: "合肥", consult.Age: "70"},
	{consult.Insurance: "employee", consult.Status: "retired", consult.Place: "xiamen", consult.Age: "1956"},
}

// outcome is what a front end showed: the figure, the notes and the
// channels, by id.
type outcome struct {
	Known    bool
	Figure   float64
	Notes    []string
	Channels []string
}

func outcomeOf(a advice.Advice) outcome {
	o := outcome{Known: a.Credit.Known, Figure: a.Credit.Figure().Float()}
	for _, n := range a.Notes {
		o.Notes = append(o.Notes, n.ID)
	}
	for _, c := range a.Channels {
		o.Channels = append(o.Channels, c.Channel.ID)
	}
	return o
}

// TestSameAnswersEveryFrontEnd drives the same answers through the
// screens, the line mode and `yibao advise`, which are drivers over one
// step table, and gets the same figure, notes and channels from each.
func TestSameAnswersEveryFrontEnd(t *testing.T) {
	for _, p := range profiles {
		name := p[consult.Place] + "/" + p[consult.Insurance] + "/" + p[consult.Status]
		got := map[string]outcome{
			"advise":  viaAdvise(t, p),
			"screens": viaScreens(t, p),
			"line":    viaLine(t, p),
		}
		want := got["advise"]
		for driver, o := range got {
			if o.Known != want.Known || o.Figure != want.Figure || !slices.Equal(o.Notes, want.Notes) || !slices.Equal(o.Channels, want.Channels) {
				t.Errorf("%s: %s gives %+v, advise %+v", name, driver, o, want)
			}
		}
	}
}

func viaAdvise(t *testing.T, p profile) outcome {
	t.Helper()
	args := []string{"advise", "--json"}
	for _, st := range consult.Steps() {
		if v, ok := p[st.ID]; ok {
			args = append(args, "--"+st.Flag, v)
		}
	}
	out, errs, code := yibao(args...)
	if code != 0 {
		t.Fatalf("%v: exit %d: %s", args, code, errs)
	}
	var v struct {
		Credit struct {
			Known      bool     `json:"known"`
			NetMonthly *float64 `json:"net_monthly"`
			NetAnnual  *float64 `json:"net_annual"`
			Gross      *float64 `json:"gross_monthly"`
			Annual     *float64 `json:"annual"`
			Period     string   `json:"period"`
		} `json:"credit"`
		Notes    []struct{ ID string } `json:"notes"`
		Channels []struct{ ID string } `json:"channels"`
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatal(err)
	}
	o := outcome{Known: v.Credit.Known}
	// The figure shown is what arrives where the JSON gives it, the credit
	// before deductions where it does not.
	net, gross := v.Credit.NetMonthly, v.Credit.Gross
	if v.Credit.Period == "annual" {
		net, gross = v.Credit.NetAnnual, v.Credit.Annual
	}
	switch {
	case v.Credit.Known && net != nil:
		o.Figure = *net
	case v.Credit.Known:
		o.Figure = *gross
	}
	for _, n := range v.Notes {
		o.Notes = append(o.Notes, n.ID)
	}
	for _, c := range v.Channels {
		o.Channels = append(o.Channels, c.ID)
	}
	return o
}

func viaScreens(t *testing.T, p profile) outcome {
	t.Helper()
	m := model.New(model.Options{Book: testkit.Book(t), Places: testkit.Places(t), Lang: lang.ZH, Now: fixedNow, Views: views.New()})
	step := func(msg tea.Msg) {
		next, _ := m.Update(msg)
		m = next.(model.Model)
	}
	step(tea.WindowSizeMsg{Width: 80, Height: 24})
	for i := 0; m.Screen == model.ScreenQuestion && i < 10; i++ {
		v := p[m.Step.ID]
		switch m.Step.Kind {
		case consult.Choose:
			n := slices.IndexFunc(m.Step.Options, func(o consult.Option) bool { return o.Value == v })
			step(tea.KeyPressMsg{Code: rune('1' + n), Text: string(rune('1' + n))})
			continue
		case consult.PlaceName:
			step(tea.PasteMsg{Content: v})
		default:
			for _, r := range v {
				step(tea.KeyPressMsg{Code: r, Text: string(r)})
			}
		}
		step(tea.KeyPressMsg{Code: tea.KeyEnter})
	}
	if m.Advice == nil {
		t.Fatalf("%v: the screens never gave advice:\n%s", p, strings.TrimSpace(m.View().Content))
	}
	return outcomeOf(*m.Advice)
}

func viaLine(t *testing.T, p profile) outcome {
	t.Helper()
	l := line.New(line.Options{Book: testkit.Book(t), Places: testkit.Places(t), Now: fixedNow})
	for i := 0; !l.AtResult() && i < 10; i++ {
		l.Answer(p[l.Step.ID])
	}
	if !l.AtResult() {
		t.Fatalf("%v: the line mode never gave advice (%s)", p, l.Err.Zh)
	}
	return outcomeOf(*l.Advice)
}
