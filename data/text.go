package data

import "strings"

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

// Text is a string in both languages. The policy book writes every
// user-facing string as an inline table: {zh = "…", en = "…"}.
type Text struct {
	Zh string `toml:"zh" json:"zh"`
	En string `toml:"en" json:"en"`
}

// T builds a Text from its two translations.
func T(zh, en string) Text { return Text{Zh: zh, En: en} }

// In returns the text in the given language.
func (t Text) In(l Lang) string {
	if l == EN {
		return t.En
	}
	return t.Zh
}

// IsZero reports whether neither language has text.
func (t Text) IsZero() bool { return t.Zh == "" && t.En == "" }

// Replace substitutes each {key} placeholder in both languages.
func (t Text) Replace(pairs ...string) Text {
	r := strings.NewReplacer(pairs...)
	return Text{Zh: r.Replace(t.Zh), En: r.Replace(t.En)}
}

// Join concatenates texts language by language with the given separators.
func Join(parts []Text, zhSep, enSep string) Text {
	zh := make([]string, 0, len(parts))
	en := make([]string, 0, len(parts))
	for _, p := range parts {
		if p.IsZero() {
			continue
		}
		zh = append(zh, p.Zh)
		en = append(en, p.En)
	}
	return Text{Zh: strings.Join(zh, zhSep), En: strings.Join(en, enSep)}
}
