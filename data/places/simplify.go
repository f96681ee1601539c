package places

import "strings"

// traditional pairs each traditional character found in the names of the
// places (and a few common in district names and in 省, 市, 县, 区) with
// its simplified form, so that 廣州, 瀋陽 and 長沙市 are found as typed.
const traditional = "" +
	"萬万東东臨临麗丽義义烏乌樂乐鄉乡雲云亞亚倫伦蘭兰關关興兴岡冈農农涼凉則则區区華华衛卫縣县雙双臺台" +
	"呂吕吳吴圖图壩坝壯壮頭头婁娄寧宁寶宝賓宾爾尔崗岗島岛巖岩嶺岭嶽岳峽峡廣广莊庄慶庆張张懷怀揚扬撫抚" +
	"無无崑昆晉晋楊杨棗枣樹树畢毕漢汉瀋沈滄沧瀘泸澤泽濟济溫温濱滨濰潍潛潜煙烟瑪玛瓊琼鹽盐盤盘紅红納纳" +
	"紹绍綏绥綿绵節节蕪芜蘆芦蘇苏荊荆營营薩萨許许貝贝貢贡貴贵賀贺資资贛赣邊边遼辽達达遷迁運运遠远連连" +
	"邁迈鄭郑鄲郸裡里裏里欽钦鐵铁銅铜銀银錫锡錦锦鎮镇長长門门陽阳隴陇隨随頂顶順顺頗颇饒饶馬马駐驻魯鲁" +
	"鮮鲜雞鸡鴨鸭鶴鹤鷹鹰黃黄齊齐龍龙餘余廈厦開开來来澱淀灣湾當当僑侨閩闽陝陕" +
	"滬沪鄖郧漿浆橋桥灘滩縉缙巒峦峯峰蘊蕴灃沣澠渑"

// simplify writes each traditional character of s in its simplified form.
func simplify(s string) string {
	if isASCII(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r < 0x4e00 {
			return r
		}
		even := true
		var trad rune
		for _, c := range traditional {
			if even {
				trad = c
			} else if trad == r {
				return c
			}
			even = !even
		}
		return r
	}, s)
}
