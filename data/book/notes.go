package book

import "yibao/data/lang"

// Note is an eligibility note shown with the advice when its conditions
// hold. Empty condition lists mean "any".
type Note struct {
	ID        string      `toml:"id"`
	Insurance []Insurance `toml:"insurance"`
	Status    []Status    `toml:"status"`
	MinAge    *int        `toml:"min_age"`
	MaxAge    *int        `toml:"max_age"`
	Places    []string    `toml:"places"` // place or province codes
	Except    []string    `toml:"except"` // place or province codes where the note does not apply
	// Account limits the note to advice where a personal account exists
	// ("yes") or is known not to exist ("no"); empty means either.
	Account   string    `toml:"account"`
	Text      lang.Text `toml:"text"`
	Source    *Source   `toml:"source"`
	SourceRef string    `toml:"source_ref"` // id of a shared [[source]] table
}

// ChannelKind is the sort of way a balance can be checked.
type ChannelKind string

// Channel kinds.
const (
	Hotline  ChannelKind = "hotline"
	Labour   ChannelKind = "labour"
	App      ChannelKind = "app"
	Alipay   ChannelKind = "alipay"
	WeChat   ChannelKind = "wechat"
	Local    ChannelKind = "local"
	Counter  ChannelKind = "counter"
	Terminal ChannelKind = "terminal"
	Receipt  ChannelKind = "receipt"
)

// ChannelKinds lists the kinds a channel may have.
func ChannelKinds() []ChannelKind {
	return []ChannelKind{Hotline, Labour, App, Alipay, WeChat, Local, Counter, Terminal, Receipt}
}

// Channel is one way to check the personal-account balance.
type Channel struct {
	ID          string      `toml:"id"`
	Kind        ChannelKind `toml:"kind"`
	Places      []string    `toml:"places"`   // place or province codes; empty means everywhere
	Replaces    string      `toml:"replaces"` // id of a general channel this local one stands in for
	Recommended bool        `toml:"recommended"`
	Dial        string      `toml:"dial"` // the number to dial: "{area}-12393"
	Name        lang.Text   `toml:"name"`
	Steps       []lang.Text `toml:"steps"`
	Needs       []string    `toml:"needs"`
	Suits       lang.Text   `toml:"suits"`
	Note        lang.Text   `toml:"note"`
	VerifiedOn  Date        `toml:"verified_on"`
	Confidence  Confidence  `toml:"confidence"`
	SourceNote  lang.Text   `toml:"source_note"` // where the steps were described
}

// NeedName names what a person needs to use a channel; ok is false for an
// id outside the vocabulary.
func NeedName(id string) (name lang.Text, ok bool) {
	switch id {
	case "phone":
		return lang.T("任何电话", "any phone"), true
	case "smartphone":
		return lang.T("智能手机", "a smartphone"), true
	case "face_check":
		return lang.T("刷脸认证", "a face check"), true
	case "id_card":
		return lang.T("身份证", "ID card"), true
	case "ss_card":
		return lang.T("社保卡或医保卡", "social-security or medical-insurance card"), true
	case "visit":
		return lang.T("本人到场", "going in person"), true
	}
	return lang.Text{}, false
}

// Guide is a more-help page: moving the account, treatment in another
// province, withdrawal, family use, lapses, what to bring to the counter.
type Guide struct {
	ID      string      `toml:"id"`      // topic, e.g. "transfer"
	Title   lang.Text   `toml:"title"`   // one line
	Summary lang.Text   `toml:"summary"` // the answer in one or two sentences
	Points  []lang.Text `toml:"points"`  // what to know
	Steps   []lang.Text `toml:"steps"`   // what to do, in order
	Sources []Source    `toml:"source"`
	// SourceRefs names shared [[source]] tables, added to Sources on load.
	SourceRefs []string `toml:"source_refs"`
}
