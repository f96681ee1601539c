package main

import (
	"strings"
	"unicode/utf8"
)

// autonomySuffixes end the names of autonomous divisions. The ethnic-group
// names in front of them are dropped too.
var autonomySuffixes = []string{"自治区", "自治州", "自治县", "自治旗"}

// ethnicNames are the minority nationalities as they appear in the names
// of autonomous divisions: usually with 族, a few also without it
// (巴音郭楞蒙古自治州, 伊犁哈萨克自治州, 新疆维吾尔自治区, ...).
var ethnicNames = []string{
	"蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族",
	"满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族",
	"傈僳族", "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族",
	"柯尔克孜族", "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族",
	"仡佬族", "锡伯族", "阿昌族", "普米族", "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族",
	"鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族",
	"赫哲族", "门巴族", "珞巴族", "基诺族",
	"蒙古", "维吾尔", "哈萨克", "柯尔克孜", "塔吉克", "锡伯",
}

// adminSuffixes are the generic endings dropped from a name, tried in
// order, at most one of them.
var adminSuffixes = []string{"省", "林区", "地区", "市", "盟", "县"}

// shortOverrides replace the rule-derived short name, keyed by full name.
var shortOverrides = map[string]string{}

// shortName derives the short name used in speech and search from an
// official full name.
func shortName(full string) string {
	if s, ok := shortOverrides[full]; ok {
		return s
	}
	s := full
	for _, suf := range autonomySuffixes {
		if rest, ok := cutSuffix(s, suf); ok {
			s = rest
			for stripped := true; stripped; {
				stripped = false
				for _, e := range ethnicNames {
					if rest, ok := cutSuffix(s, e); ok {
						s, stripped = rest, true
						break
					}
				}
			}
			return s
		}
	}
	for _, suf := range adminSuffixes {
		if rest, ok := cutSuffix(s, suf); ok {
			return rest
		}
	}
	return s
}

// cutSuffix removes suffix from s if at least two characters remain.
func cutSuffix(s, suffix string) (string, bool) {
	rest, ok := strings.CutSuffix(s, suffix)
	if !ok || utf8.RuneCountInString(rest) < 2 {
		return s, false
	}
	return rest, true
}

// enOverrides are English names that are not the romanised short name,
// keyed by short name.
var enOverrides = map[string]string{
	"呼和浩特": "Hohhot",
	"乌鲁木齐": "Urumqi",
	"哈尔滨":  "Harbin",
	"拉萨":   "Lhasa",
	"内蒙古":  "Inner Mongolia",
	"陕西":   "Shaanxi", // distinguishes it from 山西 Shanxi
	"西藏":   "Xizang",
	// Established English names of minority-language places.
	"齐齐哈尔": "Qiqihar",
	"鄂尔多斯": "Ordos",
	"呼伦贝尔": "Hulunbuir",
	"巴彦淖尔": "Bayannur",
	"锡林郭勒": "Xilingol",
	"阿拉善":  "Alxa",
	"兴安":   "Hinggan",
	"喀什":   "Kashgar",
	"和田":   "Hotan",
	"阿克苏":  "Aksu",
	"阿勒泰":  "Altay",
	"克拉玛依": "Karamay",
	"吐鲁番":  "Turpan",
	"博尔塔拉": "Bortala",
	"巴音郭楞": "Bayingolin",
	"克孜勒苏": "Kizilsu",
	"日喀则":  "Shigatse",
	"昌都":   "Qamdo",
	"林芝":   "Nyingchi",
	"那曲":   "Nagqu",
	"阿里":   "Ngari",
}

// enName is the English display name: the pinyin as one capitalised word,
// ü written "yu" (ü is ambiguous-width, drawn two cells wide by many
// Chinese terminals), and an apostrophe before a syllable that starts with a, o or
// e after another syllable (Xi'an, Yan'an).
func enName(short, py string) string {
	if en, ok := enOverrides[short]; ok {
		return en
	}
	return romanize(py)
}

// romanize writes a reading as one capitalised word, as enName describes.
func romanize(py string) string {
	var b strings.Builder
	for i, syl := range strings.Fields(py) {
		syl = strings.ReplaceAll(syl, "v", "yu")
		if i == 0 {
			r, n := utf8.DecodeRuneInString(syl)
			b.WriteString(strings.ToUpper(string(r)))
			b.WriteString(syl[n:])
			continue
		}
		if strings.ContainsRune("aoe", rune(syl[0])) {
			b.WriteByte('\'')
		}
		b.WriteString(syl)
	}
	return b.String()
}
