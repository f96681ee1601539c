package data

// Guide is a more-help page: moving the account, treatment in another
// province, withdrawal, family use, lapses, what to bring to the counter.
type Guide struct {
	ID      string   `toml:"id"`      // topic, e.g. "transfer"
	Title   Text     `toml:"title"`   // one line
	Summary Text     `toml:"summary"` // the answer in one or two sentences
	Points  []Text   `toml:"points"`  // what to know
	Steps   []Text   `toml:"steps"`   // what to do, in order
	Sources []Source `toml:"source"`
	// SourceRefs names shared [[source]] tables, added to Sources on load.
	SourceRefs []string `toml:"source_refs"`
}
