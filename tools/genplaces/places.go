package main

import (
	"encoding/json"
	"fmt"
	"sort"
)

// Kinds of pooling place.
const (
	KindMunicipality = "municipality" // 直辖市: the whole city pools
	KindPrefecture   = "prefecture"   // 地级市, 地区, 自治州, 盟
	KindCounty       = "county"       // 省直辖县级行政区划: county-level units that pool on their own
)

// wantPlaces is the number of pooling places the output must hold.
const wantPlaces = 369

// Names is what provinces and places share: the names and their readings.
type Names struct {
	Code     string
	Name     string // full official name, e.g. 恩施土家族苗族自治州
	Short    string // e.g. 恩施
	Pinyin   string // of Short: lower-case, space-separated, toneless, ü as v
	Initials string
	Aliases  []string
	En       string
}

// Province is one of the 31 provincial-level divisions.
type Province struct {
	Names
}

// Place is one medical-insurance pooling place.
type Place struct {
	Names
	Province   string // 6-digit province code
	Kind       string
	AreaCode   string
	Prominence int
}

// Source rows from china-division's dist/*.json.
type (
	srcProvince struct {
		Code string `json:"code"`
		Name string `json:"name"`
	}
	srcCity struct {
		Code         string `json:"code"`
		Name         string `json:"name"`
		ProvinceCode string `json:"provinceCode"`
	}
	srcArea struct {
		Code         string `json:"code"`
		Name         string `json:"name"`
		CityCode     string `json:"cityCode"`
		ProvinceCode string `json:"provinceCode"`
	}
)

// municipalities are the four 直辖市, keyed by 2-digit province code. In
// cities.json they appear only as 市辖区/县 placeholders; each pools as a
// whole and takes the place code <province>0100.
var municipalities = map[string]bool{"11": true, "12": true, "31": true, "50": true}

// countyParents are the 省直辖县级行政区划 placeholders in cities.json;
// their children in areas.json pool on their own and keep their 6-digit codes.
var countyParents = map[string]bool{"4190": true, "4290": true, "4690": true, "6590": true}

// cityPlaceholders are cities.json names that are not places themselves.
var cityPlaceholders = map[string]bool{"市辖区": true, "县": true}

// buildDivisions turns the three china-division files into the 31
// provinces and 369 places, with only codes, names and kinds filled in.
func buildDivisions(provincesJSON, citiesJSON, areasJSON []byte) ([]Province, []Place, error) {
	var (
		sp []srcProvince
		sc []srcCity
		sa []srcArea
	)
	for _, f := range []struct {
		name string
		data []byte
		v    any
	}{
		{"provinces.json", provincesJSON, &sp},
		{"cities.json", citiesJSON, &sc},
		{"areas.json", areasJSON, &sa},
	} {
		if err := json.Unmarshal(f.data, f.v); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", f.name, err)
		}
	}

	var provinces []Province
	provName := make(map[string]string)
	for _, p := range sp {
		if len(p.Code) != 2 {
			return nil, nil, fmt.Errorf("provinces.json: unexpected code %q", p.Code)
		}
		provName[p.Code] = p.Name
		provinces = append(provinces, Province{Names{Code: p.Code + "0000", Name: p.Name}})
	}
	if len(provinces) != 31 {
		return nil, nil, fmt.Errorf("provinces.json: %d provinces, want 31", len(provinces))
	}

	var places []Place
	add := func(code, name, prov, kind string) {
		places = append(places, Place{Names: Names{Code: code, Name: name}, Province: prov + "0000", Kind: kind})
	}
	for code := range municipalities {
		name, ok := provName[code]
		if !ok {
			return nil, nil, fmt.Errorf("provinces.json: municipality %s missing", code)
		}
		add(code+"0100", name, code, KindMunicipality)
	}
	seenParent := make(map[string]bool)
	for _, c := range sc {
		if len(c.Code) != 4 || provName[c.ProvinceCode] == "" {
			return nil, nil, fmt.Errorf("cities.json: unexpected row %+v", c)
		}
		switch {
		case countyParents[c.Code]:
			seenParent[c.Code] = true
		case cityPlaceholders[c.Name]:
			if !municipalities[c.ProvinceCode] {
				return nil, nil, fmt.Errorf("cities.json: placeholder %+v outside a municipality", c)
			}
		default:
			add(c.Code+"00", c.Name, c.ProvinceCode, KindPrefecture)
		}
	}
	for code := range countyParents {
		if !seenParent[code] {
			return nil, nil, fmt.Errorf("cities.json: placeholder %s missing", code)
		}
	}
	for _, a := range sa {
		if countyParents[a.CityCode] {
			if len(a.Code) != 6 {
				return nil, nil, fmt.Errorf("areas.json: unexpected row %+v", a)
			}
			add(a.Code, a.Name, a.ProvinceCode, KindCounty)
		}
	}

	sort.Slice(provinces, func(i, j int) bool { return provinces[i].Code < provinces[j].Code })
	sort.Slice(places, func(i, j int) bool { return places[i].Code < places[j].Code })
	for i := 1; i < len(places); i++ {
		if places[i].Code == places[i-1].Code {
			return nil, nil, fmt.Errorf("duplicate place code %s", places[i].Code)
		}
	}
	if len(places) != wantPlaces {
		return nil, nil, fmt.Errorf("%d places, want %d", len(places), wantPlaces)
	}
	return provinces, places, nil
}
