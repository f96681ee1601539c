package data

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
	Account   string  `toml:"account"`
	Text      Text    `toml:"text"`
	Source    *Source `toml:"source"`
	SourceRef string  `toml:"source_ref"` // id of a shared [[source]] table
}

// Channel is one way to check the personal-account balance.
type Channel struct {
	ID          string     `toml:"id"`
	Kind        string     `toml:"kind"`
	Places      []string   `toml:"places"`   // place or province codes; empty means everywhere
	Replaces    string     `toml:"replaces"` // id of a general channel this local one stands in for
	Recommended bool       `toml:"recommended"`
	Dial        string     `toml:"dial"` // the number to dial: "{area}-12393"
	Name        Text       `toml:"name"`
	Steps       []Text     `toml:"steps"`
	Needs       []string   `toml:"needs"`
	Suits       Text       `toml:"suits"`
	Note        Text       `toml:"note"`
	VerifiedOn  Date       `toml:"verified_on"`
	Confidence  Confidence `toml:"confidence"`
	SourceNote  Text       `toml:"source_note"` // where the steps were described
}

// channelKinds lists the kinds a channel may have.
func channelKinds() []string {
	return []string{"hotline", "labour", "app", "alipay", "wechat", "local", "counter", "terminal", "receipt"}
}

// NeedName names what a person needs to use a channel; ok is false for an
// id outside the vocabulary.
func NeedName(id string) (name Text, ok bool) {
	switch id {
	case "phone":
		return T("任何电话", "any phone"), true
	case "smartphone":
		return T("智能手机", "a smartphone"), true
	case "face_check":
		return T("刷脸认证", "a face check"), true
	case "id_card":
		return T("身份证", "ID card"), true
	case "ss_card":
		return T("社保卡或医保卡", "social-security or medical-insurance card"), true
	case "visit":
		return T("本人到场", "going in person"), true
	}
	return Text{}, false
}
