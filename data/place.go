package data

// Province is one of the 31 provincial-level divisions.
type Province struct {
	Code     string `toml:"code"`     // six digits, e.g. "430000"
	Name     string `toml:"name"`     // full name, e.g. 湖南省
	Short    string `toml:"short"`    // e.g. 湖南
	Pinyin   string `toml:"pinyin"`   // short name, space separated, ü as v
	Initials string `toml:"initials"` // first letters of the pinyin syllables
	En       string `toml:"en"`       // English name
}

// Place kinds.
const (
	KindMunicipality = "municipality"
	KindPrefecture   = "prefecture"
	KindCounty       = "county" // province-administered county-level unit
)

// Place is one of the 369 medical-insurance pooling places.
type Place struct {
	Code       string   `toml:"code"`     // six digits, e.g. "430100"
	Name       string   `toml:"name"`     // full name, e.g. 长沙市
	Short      string   `toml:"short"`    // e.g. 长沙
	Province   string   `toml:"province"` // province code
	Kind       string   `toml:"kind"`
	Pinyin     string   `toml:"pinyin"`
	Initials   string   `toml:"initials"`
	Aliases    []string `toml:"aliases"` // other pinyin spellings (lu/lü for lv)
	En         string   `toml:"en"`
	AreaCode   string   `toml:"area_code"`  // telephone area code, e.g. "0731"
	Prominence int      `toml:"prominence"` // search tie-break: 3 municipality … 0
}

// DisplayName is the place as shown to a user: 长沙市, or "Changsha (长沙市)".
func (p Place) DisplayName(l Lang) string {
	if l == EN {
		return p.En + " (" + p.Name + ")"
	}
	return p.Name
}

// ProvinceName returns the name of the place's province in a language.
func (b *Book) ProvinceName(p Place, l Lang) string {
	pr, ok := b.Province(p.Province)
	if !ok {
		return ""
	}
	if l == EN {
		return pr.En
	}
	return pr.Name
}
