package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// County is one county-level unit (district 区, county 县, county-level
// city 市, banner 旗, autonomous county or banner) that is not a pooling
// place itself, with the code of the place it pools in.
type County struct {
	Names
	Place string // code of its pooling place, one of the 369
}

// buildCounties turns areas.json into the county rows, each mapped to its
// pooling place. It leaves out the children of the 省直辖县级行政区划
// placeholders (they are places themselves) and the statistical
// functional zones (see isFunctionalZone). Names are filled in.
func buildCounties(areasJSON []byte, provinces []Province, places []Place) ([]County, error) {
	var sa []srcArea
	if err := json.Unmarshal(areasJSON, &sa); err != nil {
		return nil, fmt.Errorf("areas.json: %w", err)
	}
	placeByCode := make(map[string]*Place, len(places))
	for i := range places {
		placeByCode[places[i].Code] = &places[i]
	}
	provinceShorts := make(map[string]bool, len(provinces))
	for _, p := range provinces {
		provinceShorts[p.Short] = true
	}
	var out []County
	for _, a := range sa {
		if len(a.Code) != 6 || len(a.CityCode) != 4 || len(a.ProvinceCode) != 2 ||
			!strings.HasPrefix(a.Code, a.CityCode) || !strings.HasPrefix(a.CityCode, a.ProvinceCode) {
			return nil, fmt.Errorf("areas.json: unexpected row %+v", a)
		}
		switch {
		case countyParents[a.CityCode]:
			if placeByCode[a.Code] == nil {
				return nil, fmt.Errorf("areas.json: %s %s is not among the places", a.Code, a.Name)
			}
			continue // a place itself
		case areaPlaceholders[a.Name], isFunctionalZone(a.Code):
			continue
		}
		place := a.CityCode + "00"
		if municipalities[a.ProvinceCode] {
			place = a.ProvinceCode + "0100"
		}
		p := placeByCode[place]
		if p == nil {
			return nil, fmt.Errorf("areas.json: %s %s: no place %s", a.Code, a.Name, place)
		}
		if a.Name == p.Name {
			// A city without districts (东莞, 中山, 儋州, 嘉峪关) repeated
			// as its own county-level row: the place itself.
			continue
		}
		out = append(out, County{Names: Names{Code: a.Code, Name: a.Name}, Place: place})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	for i := 1; i < len(out); i++ {
		if out[i].Code == out[i-1].Code {
			return nil, fmt.Errorf("duplicate county code %s", out[i].Code)
		}
	}
	assignCountyShortNames(out, placeByCode, provinceShorts)
	fullNames := make(map[string]bool, len(out))
	shorts := make(map[string]bool, len(out))
	for i := range out {
		c := &out[i]
		if err := fillCountyReadings(c); err != nil {
			return nil, err
		}
		fullNames[c.Name] = true
		shorts[c.Short] = true
	}
	if err := unusedKeys("county short name override", countyShortOverrides, fullNames); err != nil {
		return nil, err
	}
	if err := unusedKeys("county pinyin override", countyPinyinOverrides, shorts); err != nil {
		return nil, err
	}
	alt := make(map[string]string, len(countyAltReadings))
	for k := range countyAltReadings {
		alt[k] = ""
	}
	if err := unusedKeys("county alternative reading", alt, shorts); err != nil {
		return nil, err
	}
	if err := unusedChars(charReadings, shorts); err != nil {
		return nil, err
	}
	if len(out) < minCounties || len(out) > maxCounties {
		return nil, fmt.Errorf("%d counties, want between %d and %d", len(out), minCounties, maxCounties)
	}
	return out, nil
}

// fillCountyReadings sets what is read from a county's short name: pinyin,
// initials, aliases and English name.
func fillCountyReadings(c *County) error {
	py, err := readCountyPinyin(c.Short)
	if err != nil {
		return fmt.Errorf("%s %s: %w", c.Code, c.Name, err)
	}
	c.Pinyin = py
	c.Initials = initials(py)
	if c.Aliases, err = countyAliases(c.Short, py); err != nil {
		return fmt.Errorf("%s %s: %w", c.Code, c.Name, err)
	}
	// Not enName: its overrides are for places (兴安 is Hinggan only as
	// the 盟, not as 鹤岗's 兴安区).
	c.En = romanize(py)
	return nil
}

// The county count is checked loosely, as a guard against a broken source:
// the 2023 edition gives 2818.
var (
	minCounties = 2700 // a variable, for the tests
	maxCounties = 2900
)

// areaPlaceholders are areas.json names that are not units (none in the
// 2023 edition; cities.json has them).
var areaPlaceholders = map[string]bool{"市辖区": true, "县": true, "省直辖县级行政区划": true}

// isFunctionalZone reports whether a county code is one of the statistical
// codes 国家统计局 gives development zones, new areas and management areas
// (the fifth digit is 7: 130171 石家庄高新技术产业开发区, 320576
// 苏州工业园区, 620171 兰州新区). They are not administrative divisions; the
// people living there belong to the surrounding districts and counties.
func isFunctionalZone(code string) bool {
	return code[4] == '7'
}

// countyShortOverrides replace the rule-derived short name of a county,
// keyed by full name.
var countyShortOverrides = map[string]string{
	// 三沙市's units are the island groups, so named.
	"中沙群岛的岛礁及其海域": "中沙群岛",
	// A 行政委员会 (Qinghai's 海西) administers a town as a county.
	"大柴旦行政委员会": "大柴旦",
}

// genericStems are two-character district stems that are descriptions
// rather than names (town centre, suburb, "east of the city"): the
// district keeps its 区, as people say it (市中区, 城关区, 新城区).
var genericStems = map[string]bool{
	"新城": true, "老城": true, "城中": true, "城东": true, "城西": true, "城南": true,
	"城北": true, "城关": true, "市中": true, "市南": true, "市北": true, "西市": true,
	"新市": true,
}

// countySuffixes are tried in order; the first that leaves at least two
// characters is dropped.
var countySuffixes = []string{"新区", "特区", "矿区", "区", "县", "市"}

// assignCountyShortNames sets every county's short name: its stem
// (countyShortName), or, where the stem would be taken for something else,
// its name with the suffix (countyLongShort): when the stem is a
// province's short name (天津 河北区, 乌海 海南区), its own pooling
// place's short name (长沙县 in 长沙, 恩施市 in 恩施州), or the stem of
// another county of the same place (临夏市 and 临夏县, 井陉矿区 and 井陉县).
func assignCountyShortNames(counties []County, places map[string]*Place, provinceShorts map[string]bool) {
	stems := make([]string, len(counties))
	perPlace := make(map[[2]string]int)
	for i, c := range counties {
		stems[i] = countyShortName(c.Name)
		perPlace[[2]string{c.Place, stems[i]}]++
	}
	for i := range counties {
		c := &counties[i]
		c.Short = stems[i]
		if _, ok := countyShortOverrides[c.Name]; ok || c.Short == c.Name {
			continue
		}
		if provinceShorts[c.Short] || places[c.Place].Short == c.Short || perPlace[[2]string{c.Place, c.Short}] > 1 {
			c.Short = countyLongShort(c.Name)
		}
	}
}

// countyLongShort is the short name of a county whose stem is taken: the
// full name, with 县 or 旗 for the autonomous ones (本溪满族自治县 -> 本溪县,
// 河南蒙古族自治县 -> 河南县).
func countyLongShort(full string) string {
	for _, suf := range []string{"自治县", "自治旗"} {
		if _, ok := strings.CutSuffix(full, suf); ok {
			return countyShortName(full) + suf[len(suf)-len("县"):]
		}
	}
	return full
}

// countyShortName derives the name people say from a county's full name
// (assignCountyShortNames then keeps the suffix of stems that are taken):
//   - an override, if there is one;
//   - autonomous counties and banners (自治县, 自治旗) drop the suffix and
//     the ethnic-group names before it (长阳土家族自治县 -> 长阳); when only
//     the group's name is left it drops 族 (东乡族自治县 -> 东乡);
//   - banners (旗) keep their name whole (科尔沁右翼前旗, 正蓝旗);
//   - districts named after an ethnic group drop it with the 区
//     (管城回族区 -> 管城);
//   - districts with a generic stem keep their name whole (市中区);
//   - otherwise the first of 新区, 特区, 矿区, 区, 县, 市 that leaves at
//     least two characters is dropped (浦东新区 -> 浦东, 六枝特区 -> 六枝,
//     海淀区 -> 海淀, 昆山市 -> 昆山), so single-character stems keep
//     theirs (蔚县, 芒市, 城区).
func countyShortName(full string) string {
	if s, ok := countyShortOverrides[full]; ok {
		return s
	}
	for _, suf := range []string{"自治县", "自治旗"} {
		rest, ok := strings.CutSuffix(full, suf)
		if !ok {
			continue
		}
		s := stripEthnic(strings.TrimSuffix(rest, "各族")) // 龙胜各族自治县
		if utf8.RuneCountInString(s) < 2 {
			// Only the group's name is left: 东乡族, 鄂温克族.
			s = strings.TrimSuffix(rest, "族")
		}
		return s
	}
	if strings.HasSuffix(full, "旗") {
		return full
	}
	if rest, ok := strings.CutSuffix(full, "族区"); ok {
		// 管城回族区 -> 管城, 梅里斯达斡尔族区 -> 梅里斯
		if s := stripEthnic(rest + "族"); utf8.RuneCountInString(s) >= 2 {
			return s
		}
	}
	if stem, ok := strings.CutSuffix(full, "区"); ok && genericStems[stem] {
		return full
	}
	for _, suf := range countySuffixes {
		if rest, ok := cutSuffix(full, suf); ok {
			return rest
		}
	}
	return full
}

// stripEthnic drops ethnic-group names from the end of s, as many as there
// are ("双江拉祜族佤族布朗族傣族" -> "双江"). It may return less than two
// characters.
func stripEthnic(s string) string {
	for stripped := true; stripped; {
		stripped = false
		for _, e := range ethnicNames {
			if rest, ok := strings.CutSuffix(s, e); ok {
				s, stripped = rest, true
				break
			}
		}
	}
	return s
}

// readCountyPinyin is the reading of a county's short name: a county
// override, else a place override of the same name, else character by
// character, with charReadings before go-pinyin.
func readCountyPinyin(short string) (string, error) {
	if p, ok := countyPinyinOverrides[short]; ok {
		if err := checkReading(short, p); err != nil {
			return "", fmt.Errorf("county pinyin override: %w", err)
		}
		return p, nil
	}
	if _, ok := pinyinOverrides[short]; ok {
		return readPinyin(short)
	}
	var syl []string
	for _, r := range short {
		if p, ok := charReadings[r]; ok {
			syl = append(syl, p)
			continue
		}
		p, err := libraryPinyin(string(r))
		if err != nil {
			return "", fmt.Errorf("%s: %w", short, err)
		}
		syl = append(syl, p)
	}
	return strings.Join(syl, " "), nil
}

// countyAliases are the other spellings of a county's reading: the u and
// ü spellings of a reading with ü, then the alternative readings, with
// theirs.
func countyAliases(short, py string) ([]string, error) {
	out := aliases(py)
	for _, alt := range countyAltReadings[short] {
		if err := checkReading(short, alt); err != nil {
			return nil, fmt.Errorf("alternative reading: %w", err)
		}
		if alt == py {
			return nil, fmt.Errorf("alternative reading %q for %s is the reading itself", alt, short)
		}
		out = append(out, alt)
		out = append(out, aliases(alt)...)
	}
	return out, nil
}

// unusedChars fails if a character reading matches no county name.
func unusedChars(table map[rune]string, shorts map[string]bool) error {
	used := make(map[rune]bool)
	for s := range shorts {
		for _, r := range s {
			used[r] = true
		}
	}
	var bad []string
	for r := range table {
		if !used[r] {
			bad = append(bad, string(r))
		}
	}
	if len(bad) == 0 {
		return nil
	}
	sort.Strings(bad)
	return fmt.Errorf("character readings for characters in no county name: %s", strings.Join(bad, ", "))
}
