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
	KindUnit         = "unit"   // provincial-level pooling unit (省本级 / 省直), not one of the 369
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
	// Names are other hanzi names the place is searched by (units only).
	Names []string `toml:"names"`
	// About says what a provincial unit is, for the screen (units only).
	About Text `toml:"about"`
}

// Unit is a provincial-level pooling unit as written in units.toml.
type Unit struct {
	Code     string   `toml:"code"`     // the province code with 99 in the city digits: 629900
	Province string   `toml:"province"` // province code
	Name     string   `toml:"name"`     // 甘肃省省直
	Short    string   `toml:"short"`    // 甘肃省直
	Names    []string `toml:"names"`    // other hanzi names: 甘肃省本级
	Pinyin   string   `toml:"pinyin"`   // of the short name
	Initials string   `toml:"initials"`
	Aliases  []string `toml:"aliases"` // other pinyin spellings
	En       string   `toml:"en"`
	AreaCode string   `toml:"area_code"`
	About    Text     `toml:"about"`
}

// place is the unit as a place of kind unit.
func (u Unit) place() Place {
	return Place{Code: u.Code, Name: u.Name, Short: u.Short, Province: u.Province, Kind: KindUnit,
		Pinyin: u.Pinyin, Initials: u.Initials, Aliases: u.Aliases, En: u.En, AreaCode: u.AreaCode,
		Names: u.Names, About: u.About}
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
