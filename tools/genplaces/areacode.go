package main

import (
	"encoding/json"
	"fmt"
	"regexp"
	"sort"
)

// areaCodeAliases map a place's full name, where district-code.json has no
// entry for it, to the district-code.json name whose code applies.
var areaCodeAliases = map[string]string{
	// 济源 is a county-level city that used Jiaozuo's 0391 before it was
	// split off and still does.
	"济源市": "焦作市",
	// Renamed from 襄樊 in 2010; the code (0710) did not change.
	"襄阳市": "襄樊市",

	// Hainan uses one code, 0898, for the whole island and 三沙.
	"三沙市":       "海口市",
	"儋州市":       "海口市",
	"五指山市":      "海口市",
	"琼海市":       "海口市",
	"文昌市":       "海口市",
	"万宁市":       "海口市",
	"东方市":       "海口市",
	"定安县":       "海口市",
	"屯昌县":       "海口市",
	"澄迈县":       "海口市",
	"临高县":       "海口市",
	"白沙黎族自治县":   "海口市",
	"昌江黎族自治县":   "海口市",
	"乐东黎族自治县":   "海口市",
	"陵水黎族自治县":   "海口市",
	"保亭黎族苗族自治县": "海口市",
	"琼中黎族苗族自治县": "海口市",

	// Former 地区 that became prefecture-level cities; the code stayed.
	"毕节市":  "毕节地区",
	"铜仁市":  "铜仁地区",
	"日喀则市": "日喀则地区",
	"昌都市":  "昌都地区",
	"林芝市":  "林芝地区",
	"山南市":  "山南地区",
	"那曲市":  "那曲地区",
	"海东市":  "海东地区",
	"吐鲁番市": "吐鲁番地区",
	"哈密市":  "哈密地区",

	// Xianyang's own 0910 was merged into Xi'an's 029 in 2016.
	"咸阳市": "西安市",

	// Cities of the Xinjiang Production and Construction Corps take the
	// code of the prefecture they lie in.
	"北屯市":   "阿勒泰地区",     // 10th division, in Altay
	"铁门关市":  "巴音郭楞蒙古自治州", // 2nd division, near Korla
	"双河市":   "博尔塔拉蒙古自治州", // 5th division, in Bortala
	"可克达拉市": "伊犁哈萨克自治州",  // 4th division, in Ili
	"昆玉市":   "和田地区",      // 14th division, in Hotan
	"胡杨河市":  "奎屯市",       // 7th division, beside Kuytun
	"新星市":   "哈密地区",      // 13th division, in Hami
	"白杨市":   "塔城地区",      // 9th division, in Tacheng
}

// areaCodeLiterals are codes for places that have no usable entry in
// district-code.json under any name.
var areaCodeLiterals = map[string]string{
	// The prefecture seat 德令哈 dials 0977 (Golmud, also in the
	// prefecture, has 0979); the prefecture's own number is the seat's.
	"海西蒙古族藏族自治州": "0977",
}

var areaCodeRE = regexp.MustCompile(`^0[1-9][0-9]{1,2}$`)

// assignAreaCodes fills AreaCode for every place from district-code.json,
// the aliases and the literals. It fails if a place ends without a code or
// a curated entry is not used.
func assignAreaCodes(places []Place, districtJSON []byte) error {
	var rows []struct {
		Name string `json:"name"`
		Code string `json:"code"`
	}
	if err := json.Unmarshal(districtJSON, &rows); err != nil {
		return fmt.Errorf("district-code.json: %w", err)
	}
	codes := make(map[string]string, len(rows))
	for _, r := range rows {
		if old, ok := codes[r.Name]; ok && old != r.Code {
			return fmt.Errorf("district-code.json: %s has both %s and %s", r.Name, old, r.Code)
		}
		codes[r.Name] = r.Code
	}
	used := make(map[string]bool)
	var missing []string
	for i := range places {
		p := &places[i]
		code, direct := codes[p.Name]
		if alias, ok := areaCodeAliases[p.Name]; ok {
			if direct {
				return fmt.Errorf("area code alias for %s is not needed: district-code.json has %s", p.Name, code)
			}
			code, direct = codes[alias]
			if !direct {
				return fmt.Errorf("area code alias %s -> %s: no such name in district-code.json", p.Name, alias)
			}
			used[p.Name] = true
		} else if lit, ok := areaCodeLiterals[p.Name]; ok {
			if direct {
				return fmt.Errorf("area code literal for %s is not needed: district-code.json has %s", p.Name, code)
			}
			code = lit
			used[p.Name] = true
		}
		if code == "" {
			missing = append(missing, p.Name)
			continue
		}
		if !areaCodeRE.MatchString(code) {
			return fmt.Errorf("%s: malformed area code %q", p.Name, code)
		}
		p.AreaCode = code
	}
	if len(missing) > 0 {
		return fmt.Errorf("no area code for %d places: %v", len(missing), missing)
	}
	var unused []string
	for name := range areaCodeAliases {
		if !used[name] {
			unused = append(unused, name)
		}
	}
	for name := range areaCodeLiterals {
		if !used[name] {
			unused = append(unused, name)
		}
	}
	if len(unused) > 0 {
		sort.Strings(unused)
		return fmt.Errorf("area code aliases/literals for unknown places: %v", unused)
	}
	return nil
}
