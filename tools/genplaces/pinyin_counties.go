package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// County readings. go-pinyin reads one character at a time with its most
// common reading, which is often not the one a place name uses. Every
// county short name with a character that has more than one reading in
// go-pinyin's dictionary was reviewed (go run . -out ../../data/book/places.toml
// -polyphonic lists them), checked against the phrase-aware pinyin-pro and
// against CC-CEDICT's place-name entries, and, where those disagreed or the
// name is a known trap, against the established romanisation (Xinhua
// zidian's 地名 readings, the official English names). The tables below are
// the result; anything not in them reads as go-pinyin does.

// charReadings are readings of characters that hold in every county name
// that has them; countyPinyinOverrides win over them.
var charReadings = map[rune]string{
	'都': "du",    // dou is the adverb "all"; names read du: 江都, 花都, 都江堰, 宁都, 郫都
	'长': "chang", // zhang "grow, chief"; names read chang (长安, 长宁, 长清, 长丰), 长子 is overridden
	'勒': "le",    // lei; transliterations read le: 库尔勒, 疏勒, 策勒, 霍林郭勒, 弥勒
	'什': "shi",   // shen; transliterations read shi: 乌什, 阿图什, 克什克腾, 塔什库尔干, and 什邡
	'佛': "fo",    // fu; 佛冈, 佛坪
}

// countyPinyinOverrides are readings of county short names that go-pinyin
// and charReadings get wrong. Keyed by short name; lower-case,
// space-separated, toneless, ü as v.
var countyPinyinOverrides = map[string]string{
	// Local readings kept in the standard (Xinhua zidian lists them under 地名).
	"宝坻":   "bao di",      // 坻 chi
	"长子":   "zhang zi",    // 长 zhang here, unlike every other 长 name
	"乐亭":   "lao ting",    // 乐 lao
	"乐陵":   "lao ling",    // 乐 lao
	"乐清":   "yue qing",    // 乐 yue
	"蔚县":   "yu xian",     // 蔚 wei
	"泊头":   "bo tou",      // 泊 po
	"繁峙":   "fan shi",     // 峙 zhi
	"洪洞":   "hong tong",   // 洞 dong
	"崆峒":   "kong tong",   // 峒 dong
	"扎鲁特旗": "za lu te qi", // 扎 zha; but 扎兰屯, 扎赉特 read zha
	"珲春":   "hun chun",    // 珲 hui
	"茄子河":  "qie zi he",   // 茄 jia
	"穆棱":   "mu ling",     // 棱 leng; 丹棱 does read leng
	"绥棱":   "sui ling",    // 棱 leng
	"闵行":   "min hang",    // 行 xing
	"六合":   "lu he",       // 六 liu
	"蚌山":   "beng shan",   // 蚌 bang
	"枞阳":   "zong yang",   // 枞 cong
	"涡阳":   "guo yang",    // 涡 wo
	"铅山":   "yan shan",    // 铅 qian
	"牟平":   "mu ping",     // 牟 mou; 牟定 does read mou
	"中牟":   "zhong mu",    // 牟 mou
	"东阿":   "dong e",      // 阿 a
	"单县":   "shan xian",   // 单 dan
	"浚县":   "xun xian",    // 浚 jun
	"召陵":   "shao ling",   // 召 zhao; 南召 does read zhao
	"泌阳":   "bi yang",     // 泌 mi
	"黄陂":   "huang pi",    // 陂 bei
	"曾都":   "zeng du",     // 曾 ceng
	"番禺":   "pan yu",      // 番 fan
	"大埔":   "da bu",       // 埔 pu; 黄埔 does read pu
	"龙圩":   "long xu",     // 圩 wei
	"覃塘":   "qin tang",    // 覃 tan; also read tan tang, see countyAltReadings
	"犍为":   "qian wei",    // 犍 jian
	"荥经":   "ying jing",   // 荥 xing; 荥阳 does read xing
	"筠连":   "jun lian",    // 筠 yun
	"吴堡":   "wu bu",       // 堡 bao
	"尉犁":   "yu li",       // 尉 wei; 尉氏 does read wei
	"伽师":   "jia shi",     // 伽 ga
	"宕昌":   "tan chang",   // 宕 dang
}

// countyAltReadings are second readings in real use for names whose
// reading is disputed or differs locally; they go into the aliases so a
// search finds the name either way.
var countyAltReadings = map[string][]string{
	"覃塘":   {"tan tang"},     // English name Qintang; 覃 is tan in the dictionaries
	"扎鲁特旗": {"zha lu te qi"}, // Jarud; 扎 is zha in the neighbouring 扎赉特, 扎兰屯
	"万柏林":  {"wan bo lin"},   // English name Wanbailin; CC-CEDICT and pinyin-pro read bo
	"称多":   {"chen duo"},     // English name Chengduo (Chindu); CC-CEDICT reads chen
	"麦盖提":  {"mai ge ti"},    // English name Makit, pinyin Maigaiti; CC-CEDICT reads ge
	"大城":   {"dai cheng"},    // local reading dai
	"红寺堡":  {"hong si bu"},   // 堡 bu as in 吴堡; the official name keeps bao
	"色达":   {"shai da"},      // Sêrtar; some dictionaries read shai
}

// checkReading fails if a reading does not have one syllable a character.
func checkReading(short, py string) error {
	if len(strings.Fields(py)) != utf8.RuneCountInString(short) {
		return fmt.Errorf("reading %q for %s: syllable count differs from character count", py, short)
	}
	return nil
}
