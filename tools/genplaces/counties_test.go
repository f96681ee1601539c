package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// The committed output files, relative to this directory.
const (
	placesFile   = "../../data/book/places.toml"
	countiesFile = "../../data/book/counties.toml"
)

// wantCountyRows is the row count of counties.toml from china-division@2.7.0.
const wantCountyRows = 2818

func TestCountyShortName(t *testing.T) {
	for full, want := range map[string]string{
		"海淀区":      "海淀",
		"浦东新区":     "浦东",
		"滨海新区":     "滨海",
		"清新区":      "清新", // 新区 would leave one character
		"昆山市":      "昆山",
		"义乌市":      "义乌",
		"顺德区":      "顺德",
		"长阳土家族自治县": "长阳",
		"双江拉祜族佤族布朗族傣族自治县": "双江",
		"龙胜各族自治县":         "龙胜",
		"东乡族自治县":          "东乡",
		"鄂温克族自治旗":         "鄂温克",
		"鄂伦春自治旗":          "鄂伦春",
		"莫力达瓦达斡尔族自治旗":     "莫力达瓦",
		"察布查尔锡伯自治县":       "察布查尔",
		"管城回族区":           "管城",
		"梅里斯达斡尔族区":        "梅里斯",
		"科尔沁右翼前旗":         "科尔沁右翼前旗",
		"正蓝旗":             "正蓝旗",
		"六枝特区":            "六枝",
		"峰峰矿区":            "峰峰",
		"白云鄂博矿区":          "白云鄂博",
		"矿区":              "矿区",
		"城区":              "城区",
		"郊区":              "郊区",
		"东区":              "东区",
		"市中区":             "市中区",
		"城关区":             "城关区",
		"新城区":             "新城区",
		"龙城区":             "龙城",
		"蔚县":              "蔚县",
		"芒市":              "芒市",
		"西沙群岛":            "西沙群岛",
		"中沙群岛的岛礁及其海域":     "中沙群岛",
		"大柴旦行政委员会":        "大柴旦",
	} {
		if got := countyShortName(full); got != want {
			t.Errorf("countyShortName(%q) = %q, want %q", full, got, want)
		}
	}
}

func TestAssignCountyShortNames(t *testing.T) {
	places := map[string]*Place{
		"130100": {Names: Names{Short: "石家庄"}},
		"430100": {Names: Names{Short: "长沙"}},
		"632300": {Names: Names{Short: "黄南"}},
		"622900": {Names: Names{Short: "临夏"}},
		"210500": {Names: Names{Short: "本溪"}},
		"120100": {Names: Names{Short: "天津"}},
		"110100": {Names: Names{Short: "北京"}},
	}
	provinces := map[string]bool{"河北": true, "河南": true, "天津": true}
	counties := []County{
		{Names: Names{Name: "井陉矿区"}, Place: "130100"},
		{Names: Names{Name: "井陉县"}, Place: "130100"},
		{Names: Names{Name: "长沙县"}, Place: "430100"},
		{Names: Names{Name: "河南蒙古族自治县"}, Place: "632300"},
		{Names: Names{Name: "临夏市"}, Place: "622900"},
		{Names: Names{Name: "临夏县"}, Place: "622900"},
		{Names: Names{Name: "本溪满族自治县"}, Place: "210500"},
		{Names: Names{Name: "河北区"}, Place: "120100"},
		{Names: Names{Name: "朝阳区"}, Place: "110100"}, // 朝阳市 elsewhere is fine
	}
	assignCountyShortNames(counties, places, provinces)
	var got []string
	for _, c := range counties {
		got = append(got, c.Short)
	}
	want := []string{"井陉矿区", "井陉县", "长沙县", "河南县", "临夏市", "临夏县", "本溪县", "河北区", "朝阳"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("short names = %q, want %q", got, want)
	}
}

// pinnedCountyReadings are tricky readings, by full name, that must not
// regress: overrides, character readings, and polyphonic names the library
// already reads right.
var pinnedCountyReadings = map[string]string{
	"番禺区":      "pan yu",
	"六合区":      "lu he",
	"蔚县":       "yu xian",
	"乐亭县":      "lao ting",
	"乐陵市":      "lao ling",
	"乐清市":      "yue qing",
	"民乐县":      "min le",
	"洪洞县":      "hong tong",
	"铅山县":      "yan shan",
	"大埔县":      "da bu",
	"黄埔区":      "huang pu",
	"黄陂区":      "huang pi",
	"莘县":       "shen xian",
	"长子县":      "zhang zi",
	"长安区":      "chang an",
	"长宁区":      "chang ning",
	"长清区":      "chang qing",
	"长丰县":      "chang feng",
	"长沙县":      "chang sha xian",
	"弓长岭区":     "gong chang ling",
	"浚县":       "xun xian",
	"泌阳县":      "bi yang",
	"郫都区":      "pi du",
	"都江堰市":     "du jiang yan",
	"闵行区":      "min hang",
	"行唐县":      "xing tang",
	"蚌山区":      "beng shan",
	"筠连县":      "jun lian",
	"濉溪县":      "sui xi",
	"涡阳县":      "guo yang",
	"枞阳县":      "zong yang",
	"歙县":       "she xian",
	"黟县":       "yi xian",
	"尉氏县":      "wei shi",
	"尉犁县":      "yu li",
	"洋县":       "yang xian",
	"柞水县":      "zha shui",
	"东阿县":      "dong e",
	"茌平区":      "chi ping",
	"莒县":       "ju xian",
	"兖州区":      "yan zhou",
	"阆中市":      "lang zhong",
	"犍为县":      "qian wei",
	"荥经县":      "ying jing",
	"荥阳市":      "xing yang",
	"邛崃市":      "qiong lai",
	"单县":       "shan xian",
	"牟平区":      "mu ping",
	"中牟县":      "zhong mu",
	"牟定县":      "mou ding",
	"宝坻区":      "bao di",
	"繁峙县":      "fan shi",
	"泊头市":      "bo tou",
	"珲春市":      "hun chun",
	"穆棱市":      "mu ling",
	"丹棱县":      "dan leng",
	"召陵区":      "shao ling",
	"南召县":      "nan zhao",
	"曾都区":      "zeng du",
	"龙圩区":      "long xu",
	"吴堡县":      "wu bu",
	"崆峒区":      "kong tong",
	"宕昌县":      "tan chang",
	"伽师县":      "jia shi",
	"什邡市":      "shi fang",
	"库尔勒市":     "ku er le",
	"阿图什市":     "a tu shi",
	"佛冈县":      "fo gang",
	"扎鲁特旗":     "za lu te qi",
	"扎兰屯市":     "zha lan tun",
	"旅顺口区":     "lv shun kou",
	"六枝特区":     "liu zhi",
	"叶县":       "ye xian",
	"费县":       "fei xian",
	"会理市":      "hui li",
	"台江县":      "tai jiang",
	"栖霞市":      "qi xia",
	"调兵山市":     "diao bing shan",
	"河南蒙古族自治县": "he nan xian",
}

func TestCountyPinyin(t *testing.T) {
	short := make(map[string]string)
	for _, c := range committedCounties(t) {
		short[c.Name] = c.Short
	}
	for name, want := range pinnedCountyReadings {
		s, ok := short[name]
		if !ok {
			t.Errorf("%s: not in %s", name, countiesFile)
			continue
		}
		if got, err := readCountyPinyin(s); err != nil || got != want {
			t.Errorf("readCountyPinyin(%q) for %s = %q, %v; want %q", s, name, got, err, want)
		}
	}
	for short, py := range countyPinyinOverrides {
		if err := checkReading(short, py); err != nil {
			t.Error(err)
		}
	}
}

func TestCountyAliases(t *testing.T) {
	got, err := countyAliases("绿园", "lv yuan")
	if want := []string{"lu yuan", "lü yuan"}; err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("countyAliases(绿园) = %q, %v; want %q", got, err, want)
	}
	got, err = countyAliases("覃塘", "qin tang")
	if want := []string{"tan tang"}; err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("countyAliases(覃塘) = %q, %v; want %q", got, err, want)
	}
	if got, err := countyAliases("海淀", "hai dian"); err != nil || got != nil {
		t.Errorf("countyAliases(海淀) = %q, %v; want nil", got, err)
	}
}

func TestBuildCounties(t *testing.T) {
	provinces := []Province{{Names{Code: "110000", Short: "北京"}}, {Names{Code: "440000", Short: "广东"}}, {Names{Code: "460000", Short: "海南"}}}
	places := []Place{
		{Names: Names{Code: "110100", Name: "北京市", Short: "北京"}},
		{Names: Names{Code: "440100", Name: "广州市", Short: "广州"}},
		{Names: Names{Code: "441900", Name: "东莞市", Short: "东莞"}},
		{Names: Names{Code: "469001", Name: "五指山市", Short: "五指山"}},
	}
	areas := []srcArea{
		{"110108", "海淀区", "1101", "11"},
		{"110229", "延庆县", "1102", "11"}, // the municipality's 县 placeholder city
		{"440113", "番禺区", "4401", "44"},
		{"440171", "广州开发区", "4401", "44"}, // functional zone
		{"441900", "东莞市", "4419", "44"},   // the place itself
		{"469001", "五指山市", "4690", "46"},  // a place itself
	}
	data, err := json.Marshal(areas)
	if err != nil {
		t.Fatal(err)
	}
	// Tables with keys this data has, as buildCounties rejects unused ones.
	defer func(lo int, so, po map[string]string, alt map[string][]string, ch map[rune]string) {
		minCounties, countyShortOverrides, countyPinyinOverrides, countyAltReadings, charReadings = lo, so, po, alt, ch
	}(minCounties, countyShortOverrides, countyPinyinOverrides, countyAltReadings, charReadings)
	minCounties = 0
	countyShortOverrides = map[string]string{}
	countyPinyinOverrides = map[string]string{"番禺": "pan yu"}
	countyAltReadings = map[string][]string{}
	charReadings = map[rune]string{}
	got, err := buildCounties(data, provinces, places)
	if err != nil {
		t.Fatal(err)
	}
	var rows []string
	for _, c := range got {
		rows = append(rows, strings.Join([]string{c.Code, c.Short, c.Place, c.Pinyin, c.Initials, c.En}, " "))
	}
	want := []string{
		"110108 海淀 110100 hai dian hd Haidian",
		"110229 延庆 110100 yan qing yq Yanqing",
		"440113 番禺 440100 pan yu py Panyu",
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("buildCounties = %q, want %q", rows, want)
	}

	bad, _ := json.Marshal([]srcArea{{"450101", "某区", "4501", "45"}})
	if _, err := buildCounties(bad, provinces, places); err == nil {
		t.Error("buildCounties accepted a county of an unknown place")
	}
}

func TestEmitCounties(t *testing.T) {
	out, err := emitCounties([]County{
		{Names: Names{Code: "110108", Name: "海淀区", Short: "海淀", Pinyin: "hai dian", Initials: "hd", En: "Haidian"}, Place: "110100"},
		{Names: Names{Code: "220106", Name: "绿园区", Short: "绿园", Pinyin: "lv yuan", Initials: "ly", En: "Lyuyuan",
			Aliases: []string{"lu yuan", "lü yuan"}}, Place: "220100"},
	})
	if err != nil {
		t.Fatal(err)
	}
	want := "\ncounties = '''\n110108 | 海淀区 | 海淀 | 110100 | hai dian | hd | Haidian\n" +
		"220106 | 绿园区 | 绿园 | 220100 | lv yuan | ly | Lyuyuan | lu yuan, lü yuan\n'''\n"
	if !bytes.HasSuffix(out, []byte(want)) || !bytes.HasPrefix(out, []byte(countiesHeader)) {
		t.Errorf("emitCounties =\n%s\nwant the header and\n%s", out, want)
	}
	if _, err := emitCounties([]County{{Names: Names{Code: "1|2"}}}); err == nil {
		t.Error("emitCounties accepted a value with |")
	}
}

// TestCountiesFile checks the committed counties.toml without the network:
// its shape, and that every column but code, name and place is what the
// generator derives from those three (short names, readings, English
// names). The set of rows itself comes from the source; rerun with
// GENPLACES_ONLINE=1 (TestGeneratedFilesUpToDate) or `go run . -out
// ../../data/book/places.toml -check` to compare it too.
func TestCountiesFile(t *testing.T) {
	content, err := os.ReadFile(countiesFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(content, []byte(countiesHeader)) {
		t.Errorf("%s does not start with the generator's header", countiesFile)
	}
	counties := committedCounties(t)
	if len(counties) != wantCountyRows {
		t.Errorf("%d county rows, want %d", len(counties), wantCountyRows)
	}

	places := committedPlaces(t)
	provinceShorts := make(map[string]bool)
	for _, r := range tomlRows(t, placesFile, "provinces") {
		provinceShorts[r[2]] = true
	}
	syllable := regexp.MustCompile(`^[a-z]+$`)
	seen := make(map[string]bool)
	for i, c := range counties {
		if !regexp.MustCompile(`^[1-6][0-9]{5}$`).MatchString(c.Code) {
			t.Errorf("row %d: code %q", i+1, c.Code)
		}
		if seen[c.Code] {
			t.Errorf("duplicate code %s", c.Code)
		}
		seen[c.Code] = true
		if i > 0 && counties[i-1].Code >= c.Code {
			t.Errorf("rows not in code order at %s", c.Code)
		}
		p := places[c.Place]
		if p == nil {
			t.Errorf("%s %s: place %s is not one of the places", c.Code, c.Name, c.Place)
			continue
		}
		if want := c.Code[:4] + "00"; c.Place != want && c.Place != c.Code[:2]+"0100" {
			t.Errorf("%s %s: place %s, want %s", c.Code, c.Name, c.Place, want)
		}
		if places[c.Code] != nil {
			t.Errorf("%s %s is a place itself", c.Code, c.Name)
		}
		if c.Short == "" || c.Name == "" {
			t.Errorf("%s: empty name or short name", c.Code)
		}
		if c.Initials != initials(c.Pinyin) {
			t.Errorf("%s %s: initials %q do not match pinyin %q", c.Code, c.Name, c.Initials, c.Pinyin)
		}
		syl := strings.Fields(c.Pinyin)
		if strings.Join(syl, " ") != c.Pinyin || len(syl) != utf8.RuneCountInString(c.Short) {
			t.Errorf("%s %s: pinyin %q is not one syllable a character of %s", c.Code, c.Name, c.Pinyin, c.Short)
		}
		for _, s := range syl {
			if !syllable.MatchString(s) {
				t.Errorf("%s %s: syllable %q", c.Code, c.Name, s)
			}
		}
	}

	// Every derived column is what the generator derives.
	byCode := make(map[string]*Place, len(places))
	for code, p := range places {
		byCode[code] = p
	}
	redo := make([]County, len(counties))
	for i, c := range counties {
		redo[i] = County{Names: Names{Code: c.Code, Name: c.Name}, Place: c.Place}
	}
	assignCountyShortNames(redo, byCode, provinceShorts)
	for i := range redo {
		if err := fillCountyReadings(&redo[i]); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(redo[i], counties[i]) {
			t.Errorf("row %s:\n got %+v\nwant %+v (rerun the generator)", counties[i].Code, counties[i], redo[i])
		}
	}

	// Short names are unique within a place.
	perPlace := make(map[[2]string]string)
	for _, c := range counties {
		k := [2]string{c.Place, c.Short}
		if other, ok := perPlace[k]; ok {
			t.Errorf("%s and %s share the short name %s in %s", other, c.Name, c.Short, c.Place)
		}
		perPlace[k] = c.Name
	}
}

// TestGeneratedFilesUpToDate regenerates both files from the network and
// compares them with the committed ones. It runs only with
// GENPLACES_ONLINE=1, as CI has no network.
func TestGeneratedFilesUpToDate(t *testing.T) {
	if os.Getenv("GENPLACES_ONLINE") != "1" {
		t.Skip("set GENPLACES_ONLINE=1 to download the sources and compare")
	}
	if err := run(context.Background(), placesFile, countiesFile, modeCheck); err != nil {
		t.Fatal(err)
	}
}

// committedCounties parses the rows of the committed counties.toml.
func committedCounties(t *testing.T) []County {
	t.Helper()
	var out []County
	for _, r := range tomlRows(t, countiesFile, "counties") {
		if len(r) != 7 && len(r) != 8 {
			t.Fatalf("%s: row %q has %d columns", countiesFile, strings.Join(r, " | "), len(r))
		}
		c := County{Names: Names{Code: r[0], Name: r[1], Short: r[2], Pinyin: r[4], Initials: r[5], En: r[6]}, Place: r[3]}
		if len(r) == 8 {
			c.Aliases = strings.Split(r[7], ", ")
		}
		out = append(out, c)
	}
	return out
}

// committedPlaces parses the places of the committed places.toml, by code.
func committedPlaces(t *testing.T) map[string]*Place {
	t.Helper()
	out := make(map[string]*Place)
	for _, r := range tomlRows(t, placesFile, "places") {
		out[r[0]] = &Place{Names: Names{Code: r[0], Name: r[1], Short: r[2]}}
	}
	if len(out) != wantPlaces {
		t.Fatalf("%s: %d places, want %d", placesFile, len(out), wantPlaces)
	}
	return out
}

// tomlRows splits the rows of the multi-line literal string key in file.
func tomlRows(t *testing.T, file, key string) [][]string {
	t.Helper()
	content, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	_, body, ok := strings.Cut(string(content), "\n"+key+" = '''\n")
	if !ok {
		t.Fatalf("%s: no %s = '''", file, key)
	}
	body, _, ok = strings.Cut(body, "'''")
	if !ok {
		t.Fatalf("%s: %s is not closed", file, key)
	}
	var rows [][]string
	for _, line := range strings.Split(strings.TrimSuffix(body, "\n"), "\n") {
		rows = append(rows, strings.Split(line, " | "))
	}
	return rows
}
