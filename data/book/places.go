package book

import "yibao/data/lang"

// Province is one of the 31 provincial-level divisions.
type Province struct {
	Code     string // six digits, e.g. "430000"
	Name     string // full name, e.g. 湖南省
	Short    string // e.g. 湖南
	Pinyin   string // short name, space separated, ü as v
	Initials string // first letters of the pinyin syllables
	En       string // English name
}

// Kind is what sort of pooling place a place is.
type Kind string

// Place kinds.
const (
	Municipality Kind = "municipality"
	Prefecture   Kind = "prefecture"
	CountyLevel  Kind = "county" // a province-administered county-level unit
	Unit         Kind = "unit"   // a provincial-level pooling unit (省本级 / 省直), not one of the 369
)

// Place is one of the 369 medical-insurance pooling places, or a
// provincial-level unit.
type Place struct {
	Code       string   // six digits, e.g. "430100"; a unit's is its province's first two digits and 9900
	Name       string   // full name, e.g. 长沙市
	Short      string   // e.g. 长沙
	Province   string   // province code
	Kind       Kind     //
	Pinyin     string   // of the short name
	Initials   string   //
	Aliases    []string // other pinyin spellings (lu/lü for lv)
	En         string   //
	AreaCode   string   // telephone area code, e.g. "0731"
	Prominence int      // search tie-break: 3 municipality … 0
	// Names are other hanzi names the place is searched by (units).
	Names []string
	// About says what a provincial unit is, for the screen (units).
	About lang.Text
	// Question is the one more question the place asks, if any.
	Question *Question
}

// DisplayName is the place as shown to a user: 长沙市, or "Changsha (长沙市)".
func (p Place) DisplayName(l lang.Lang) string {
	if l == lang.EN {
		return p.En + " (" + p.Name + ")"
	}
	return p.Name
}

// County is a district, county, county-level city or banner: not a
// pooling place itself, but a name people give for one (海淀区 is in 北京市).
type County struct {
	Code     string   // six digits
	Name     string   // 海淀区
	Short    string   // 海淀
	Place    string   // the code of its pooling place
	Pinyin   string   // of the short name
	Initials string   //
	En       string   //
	Aliases  []string // other pinyin spellings
}
