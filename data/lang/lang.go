// Package lang holds the two languages yibao speaks and the bilingual text
// every user-facing string is written in.
package lang

import (
	"errors"
	"fmt"
	"strings"
)

// Lang is a display language: Chinese or English.
type Lang string

// The two languages every user-facing string is written in.
const (
	ZH Lang = "zh"
	EN Lang = "en"
)

// Other returns the language a zh/en switch moves to.
func (l Lang) Other() Lang {
	if l == EN {
		return ZH
	}
	return EN
}

// FromEnv picks the starting language from an environment: English for an
// en_* locale, Chinese otherwise, looking at LC_ALL, LC_MESSAGES and LANG in
// that order.
func FromEnv(env []string) Lang {
	get := func(k string) string {
		for _, kv := range env {
			if v, ok := strings.CutPrefix(kv, k+"="); ok {
				return v
			}
		}
		return ""
	}
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := get(k); v != "" {
			if strings.HasPrefix(strings.ToLower(v), "en") {
				return EN
			}
			return ZH
		}
	}
	return ZH
}

// Text is a string in both languages. The policy book writes every
// user-facing string as an inline table: {zh = "…", en = "…"}.
type Text struct {
	Zh string `toml:"zh" json:"zh"`
	En string `toml:"en" json:"en"`
}

// T builds a Text from its two translations.
func T(zh, en string) Text { return Text{Zh: zh, En: en} }

// F builds a Text from two format strings and the same arguments.
func F(zh, en string, args ...any) Text {
	return Text{Zh: fmt.Sprintf(zh, args...), En: fmt.Sprintf(en, args...)}
}

// In returns the text in the given language.
func (t Text) In(l Lang) string {
	if l == EN {
		return t.En
	}
	return t.Zh
}

// IsZero reports whether neither language has text.
func (t Text) IsZero() bool { return t.Zh == "" && t.En == "" }

// Line is both languages on one line, Chinese first: "中文 / English".
func (t Text) Line() string {
	if t.Zh == t.En || t.En == "" {
		return t.Zh
	}
	return t.Zh + " / " + t.En
}

// Replace substitutes each {key} placeholder in both languages.
func (t Text) Replace(pairs ...string) Text {
	r := strings.NewReplacer(pairs...)
	return Text{Zh: r.Replace(t.Zh), En: r.Replace(t.En)}
}

// Error is a problem explained in plain words in both languages. Error()
// gives one line, Chinese first.
type Error struct {
	Msg Text
}

func (e *Error) Error() string { return e.Msg.Line() }

// Errorf builds an Error from two format strings and the same arguments.
func Errorf(zh, en string, args ...any) *Error { return &Error{Msg: F(zh, en, args...)} }

// Message is the plain words of an error: its text when it is an *Error,
// else the error's own string in both languages.
func Message(err error) Text {
	var e *Error
	var w worded
	switch {
	case errors.As(err, &e):
		return e.Msg
	case errors.As(err, &w):
		return w.Words()
	}
	return T(err.Error(), err.Error())
}

// worded is an error of another package that has its words in both
// languages.
type worded interface {
	error
	Words() Text
}
