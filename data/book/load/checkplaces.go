package load

import (
	"fmt"
	"strings"

	"yibao/data/book"
	"yibao/data/lang"
)

// Expected sizes of the place list.
const (
	wantProvinces = 31
	wantPlaces    = 369
)

// places checks the provinces, places, units and counties of the
// embedded book, once the book is indexed.
func (c checker) places(rs rowsOf, units []unitTable) {
	for i, p := range rs.provinces {
		path := fmt.Sprintf("province[%d](%s)", i+1, p.Code)
		if !codeRE().MatchString(p.Code) || !strings.HasSuffix(p.Code, "0000") {
			c.rowf(rs.provinceLine[i], path+".code", "省份代码应为六位数字、以 0000 结尾", "a province code is six digits ending in 0000")
		}
		c.names(rs.provinceLine[i], path, p.Name, p.Short, p.Pinyin, p.Initials, p.En)
	}
	for i, p := range rs.places {
		path := fmt.Sprintf("place[%d](%s)", i+1, p.Code)
		line := rs.placeLines[i]
		if !codeRE().MatchString(p.Code) {
			c.rowf(line, path+".code", "地区代码应为六位数字", "a place code is six digits")
		}
		if _, ok := c.b.Province(p.Province); !ok {
			c.rowf(line, path+".province", "省份代码 %q 不存在", "unknown province code %q", p.Province)
		}
		switch p.Kind {
		case book.Municipality, book.Prefecture, book.CountyLevel:
		default:
			c.rowf(line, path+".kind", "类型应为 municipality、prefecture 或 county", "kind must be municipality, prefecture or county")
		}
		c.names(line, path, p.Name, p.Short, p.Pinyin, p.Initials, p.En)
		c.aliases(line, path, p.Aliases)
		if !areaCodeRE().MatchString(p.AreaCode) {
			c.rowf(line, path+".area_code", "电话区号应为 0 开头的三到四位数字", "the area code must be 3 or 4 digits starting with 0")
		}
		if p.Prominence < 0 || p.Prominence > 3 {
			c.rowf(line, path+".prominence", "prominence 应在 0 到 3 之间", "prominence must be 0 to 3")
		}
	}
	for i, u := range units {
		path := fmt.Sprintf("unit[%d](%s)", i+1, u.Code)
		if !unitCodeRE().MatchString(u.Code) || u.Code[:2] != strings.TrimSuffix(u.Province, "0000") {
			c.fp.addf(path+".code", "省本级单位代码应为省份代码的前两位加 9900，例如 629900", "a unit code is the province's first two digits and 9900, e.g. 629900")
		}
		if _, ok := c.b.Province(u.Province); !ok {
			c.fp.addf(path+".province", "省份代码 %q 不存在", "unknown province code %q", u.Province)
		}
		c.names(0, path, u.Name, u.Short, u.Pinyin, u.Initials, u.En)
		c.aliases(0, path, u.Aliases)
		if !areaCodeRE().MatchString(u.AreaCode) {
			c.fp.addf(path+".area_code", "电话区号应为 0 开头的三到四位数字", "the area code must be 3 or 4 digits starting with 0")
		}
		c.text(path+".about", u.About, true)
	}
	for i, k := range rs.counties {
		path := fmt.Sprintf("county[%d](%s)", i+1, k.Code)
		line := rs.countyLines[i]
		if !codeRE().MatchString(k.Code) {
			c.rowf(line, path+".code", "区县代码应为六位数字", "a county code is six digits")
		}
		if p, ok := c.b.Place(k.Place); !ok || p.Kind == book.Unit {
			c.rowf(line, path+".place", "统筹地区代码 %q 不存在", "unknown pooling place %q", k.Place)
		}
		c.names(line, path, k.Name, k.Short, k.Pinyin, k.Initials, k.En)
		c.aliases(line, path, k.Aliases)
	}
}

// rowf records a problem of a row at its line (or, for a table, at its key).
func (c checker) rowf(line int, path, zh, en string, args ...any) {
	if line == 0 {
		c.fp.addf(path, zh, en, args...)
		return
	}
	c.fp.at(line, path, lang.F(zh, en, args...))
}

func (c checker) names(line int, path, name, short, pinyin, initials, en string) {
	if name == "" || short == "" || en == "" {
		c.rowf(line, path, "缺少名称、简称或英文名", "name, short name or English name missing")
	}
	if !pinyinRE().MatchString(pinyin) {
		c.rowf(line, path+".pinyin", "拼音应为小写字母，音节之间用空格分开", "pinyin must be lower-case syllables separated by spaces")
		return
	}
	var want strings.Builder
	for _, syl := range strings.Fields(pinyin) {
		want.WriteByte(syl[0])
	}
	if initials != want.String() {
		c.rowf(line, path+".initials", "首字母 %q 与拼音不符（应为 %q）", "initials %q do not match the pinyin (want %q)", initials, want.String())
	}
}

func (c checker) aliases(line int, path string, as []string) {
	for _, a := range as {
		if !aliasRE().MatchString(a) {
			c.rowf(line, path+".aliases", "别名 %q 应为小写拼音", "alias %q must be lower-case pinyin", a)
		}
	}
}

// placeCounts checks the sizes of the whole place list.
func placeCounts(b *book.Book, c book.Contents, fp *fileProblems, units int) {
	if n := len(c.Provinces); n != wantProvinces {
		fp.addf("province", "应有 %d 个省份，实有 %d 个", "want %d provinces, have %d", wantProvinces, n)
	}
	if n := b.Pooling(); n != wantPlaces {
		fp.addf("place", "应有 %d 个统筹地区，实有 %d 个", "want %d pooling places, have %d", wantPlaces, n)
	}
	codes := map[string]bool{}
	for _, p := range c.Places {
		codes[p.Code] = true
	}
	for _, p := range c.Provinces {
		codes[p.Code] = true
	}
	if len(codes) != len(c.Places)+len(c.Provinces) || b.Pooling()+units != len(c.Places) {
		fp.addf("place", "地区代码有重复", "place codes are repeated")
	}
	seen := make(map[string]bool, len(c.Counties))
	for _, k := range c.Counties {
		if seen[k.Code] || b.Known(k.Code) {
			fp.addf("county("+k.Code+")", "区县代码 %s 重复", "county code %s is repeated", k.Code)
		}
		seen[k.Code] = true
	}
}
