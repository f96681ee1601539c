package places_test

import (
	"bytes"
	"encoding/csv"
	"errors"
	"os"
	"strings"
	"testing"

	"yibao/data/places"
	"yibao/internal/testkit"
)

// typos are mistakes people make typing a place, each with the place it
// must reach: first in the list, or (list) somewhere in the first five,
// when the query fits several places as well (fuzhou: 福州 and 抚州).
var typos = []struct {
	q, want string
	list    bool
}{
	// z/zh, c/ch, s/sh
	{q: "shenzen", want: "深圳市"}, {q: "senzhen", want: "深圳市"}, {q: "senzen", want: "深圳市"},
	{q: "hangzou", want: "杭州市"}, {q: "guangzou", want: "广州市"}, {q: "guanzhou", want: "广州市"},
	{q: "zhengzou", want: "郑州市"}, {q: "zenzhou", want: "郑州市"}, {q: "zengzhou", want: "郑州市"},
	{q: "sijiazhuang", want: "石家庄市"}, {q: "shijiazuang", want: "石家庄市"}, {q: "changsa", want: "长沙市"},
	{q: "cangsha", want: "长沙市"}, {q: "cangchun", want: "长春市"}, {q: "changcun", want: "长春市"},
	{q: "chongqin", want: "重庆市"}, {q: "congqing", want: "重庆市"}, {q: "shenyan", want: "沈阳市"},
	{q: "senyang", want: "沈阳市"}, {q: "lanzou", want: "兰州市"}, {q: "suzou", want: "苏州市", list: true},
	{q: "fuzou", want: "福州市", list: true}, {q: "wenzou", want: "温州市"}, {q: "xuzou", want: "徐州市"},
	{q: "changzou", want: "常州市"}, {q: "yangzou", want: "扬州市"}, {q: "taizou", want: "台州市", list: true},
	{q: "huizou", want: "惠州市"}, {q: "liuzou", want: "柳州市"}, {q: "ganzou", want: "赣州市"},
	{q: "quanzou", want: "泉州市"}, {q: "zuhai", want: "珠海市"}, {q: "santou", want: "汕头市"},
	{q: "shaoxin", want: "绍兴市"}, {q: "saoxing", want: "绍兴市"}, {q: "zongshan", want: "中山市"},
	{q: "zhongsan", want: "中山市"}, {q: "chendu", want: "成都市"}, {q: "cengdu", want: "成都市"},
	{q: "shanhai", want: "上海市"}, {q: "sanghai", want: "上海市"}, {q: "shanghia", want: "上海市"},
	{q: "haikuo", want: "海口市"}, {q: "wulumuqqi", want: "乌鲁木齐市"}, {q: "urumuqi", want: "乌鲁木齐市"},
	{q: "huhehaoto", want: "呼和浩特市"}, {q: "huhehaote", want: "呼和浩特市"}, {q: "haerbing", want: "哈尔滨市"},
	{q: "harbin", want: "哈尔滨市"}, {q: "haebin", want: "哈尔滨市"}, {q: "zunyi", want: "遵义市"},
	{q: "zhunyi", want: "遵义市"}, {q: "zhuzou", want: "株洲市"}, {q: "zuzhou", want: "株洲市"},
	{q: "chaozou", want: "潮州市"}, {q: "zhanjang", want: "湛江市"}, {q: "zanjiang", want: "湛江市"},
	{q: "zhangjiajei", want: "张家界市"}, {q: "zangjiajie", want: "张家界市"}, {q: "shaoguang", want: "韶关市"},
	// n/ng, an/ang, en/eng, in/ing
	{q: "nanjin", want: "南京市"}, {q: "nangjing", want: "南京市"}, {q: "nanchan", want: "南昌市"},
	{q: "nangchang", want: "南昌市"}, {q: "wuhang", want: "武汉市"}, {q: "kunmin", want: "昆明市"},
	{q: "kungming", want: "昆明市"}, {q: "guiyan", want: "贵阳市"}, {q: "luoyan", want: "洛阳市"},
	{q: "xianyan", want: "咸阳市"}, {q: "chengde", want: "承德市"}, {q: "jinin", want: "济宁市"},
	{q: "naning", want: "南宁市"}, {q: "xinin", want: "西宁市"},
	{q: "yinchuang", want: "银川市"}, {q: "yingchuan", want: "银川市"}, {q: "tianjing", want: "天津市"},
	{q: "tangjin", want: "天津市"}, {q: "qindao", want: "青岛市"}, {q: "qingdoa", want: "青岛市"},
	{q: "ningpo", want: "宁波市"}, {q: "linbo", want: "宁波市"}, {q: "hengyan", want: "衡阳市"},
	{q: "henyang", want: "衡阳市"}, {q: "zhenjang", want: "镇江市"}, {q: "zhengjiang", want: "镇江市"},
	{q: "mianyan", want: "绵阳市"}, {q: "xianning", want: "咸宁市"}, {q: "jinzhong", want: "晋中市"},
	{q: "jingde zhen", want: "景德镇市"}, {q: "jindezhen", want: "景德镇市"}, {q: "dalain", want: "大连市"},
	{q: "dalan", want: "大连市"}, {q: "anshang", want: "鞍山市"}, {q: "tangshang", want: "唐山市"},
	{q: "xiangtang", want: "湘潭市"}, {q: "shangtou", want: "汕头市"},
	// a letter dropped, doubled or swapped
	{q: "bejing", want: "北京市"}, {q: "beiing", want: "北京市"}, {q: "beijign", want: "北京市"},
	{q: "biejing", want: "北京市"}, {q: "beijinng", want: "北京市"}, {q: "shangai", want: "上海市"},
	{q: "shagnhai", want: "上海市"}, {q: "shanghaii", want: "上海市"}, {q: "sahnghai", want: "上海市"},
	{q: "guagnzhou", want: "广州市"}, {q: "gaungzhou", want: "广州市"}, {q: "guangzhuo", want: "广州市"},
	{q: "shenzhne", want: "深圳市"}, {q: "shenzehn", want: "深圳市"}, {q: "sheznhen", want: "深圳市"},
	{q: "hangzohu", want: "杭州市"}, {q: "hagnzhou", want: "杭州市"}, {q: "hanzhou", want: "杭州市"},
	{q: "chnegdu", want: "成都市"}, {q: "chegndu", want: "成都市"}, {q: "chengud", want: "成都市"},
	{q: "wuhna", want: "武汉市"}, {q: "wuahn", want: "武汉市"}, {q: "wuhann", want: "武汉市"},
	{q: "xiamne", want: "厦门市"}, {q: "xiaman", want: "厦门市"}, {q: "xaimen", want: "厦门市"},
	{q: "changshaa", want: "长沙市"}, {q: "chagnsha", want: "长沙市"}, {q: "changhsa", want: "长沙市"},
	{q: "chongqnig", want: "重庆市"}, {q: "chonqing", want: "重庆市"}, {q: "chongqign", want: "重庆市"},
	{q: "tianijn", want: "天津市"}, {q: "tinajin", want: "天津市"}, {q: "tianjni", want: "天津市"},
	{q: "nanjnig", want: "南京市"}, {q: "nanijng", want: "南京市"}, {q: "najing", want: "南京市"},
	{q: "zhegnzhou", want: "郑州市"}, {q: "zhengzhuo", want: "郑州市"}, {q: "xain", want: "西安市"},
	{q: "kunmign", want: "昆明市"}, {q: "kumming", want: "昆明市"}, {q: "shenayng", want: "沈阳市"},
	{q: "shenynag", want: "沈阳市"}, {q: "qingdaoo", want: "青岛市"}, {q: "qignadao", want: "青岛市", list: true},
	{q: "hefie", want: "合肥市"}, {q: "heefei", want: "合肥市"}, {q: "jinan", want: "济南市"},
	{q: "taiyaun", want: "太原市"}, {q: "tiayuan", want: "太原市"},
	{q: "lanzhuo", want: "兰州市"}, {q: "lazhou", want: "兰州市"}, {q: "suzhuo", want: "苏州市", list: true},
	{q: "wuxxi", want: "无锡市"}, {q: "ningob", want: "宁波市"}, {q: "dongugan", want: "东莞市"},
	{q: "foshna", want: "佛山市"}, {q: "haerbni", want: "哈尔滨市"}, {q: "changchnu", want: "长春市"},
	{q: "guiyagn", want: "贵阳市"}, {q: "nanchagn", want: "南昌市"}, {q: "xiningg", want: "西宁市"},
	{q: "lahsa", want: "拉萨市"}, {q: "lasaa", want: "拉萨市"}, {q: "yinchaun", want: "银川市"},
	{q: "shijiazhaung", want: "石家庄市"}, {q: "baoding", want: "保定市"}, {q: "baodign", want: "保定市"},
	{q: "wenzhuo", want: "温州市"}, {q: "xuzhuo", want: "徐州市"}, {q: "yantia", want: "烟台市"},
	{q: "weifagn", want: "潍坊市"}, {q: "zhuhia", want: "珠海市"}, {q: "zhuhaii", want: "珠海市"},
	{q: "dalina", want: "大连市"}, {q: "huizhuo", want: "惠州市"}, {q: "zhongsahn", want: "中山市"},
	// a character read the everyday way
	{q: "zhongqing", want: "重庆市"}, {q: "zhangsha", want: "长沙市"}, {q: "zhangchun", want: "长春市"},
	{q: "shamen", want: "厦门市"}, {q: "liuan", want: "六安市"}, {q: "bangbu", want: "蚌埠市"},
	{q: "chengdou", want: "成都市"}, {q: "dongwan", want: "东莞市"},
	{q: "haozhou", want: "亳州市"}, {q: "zhangzhi", want: "长治市"},
	{q: "kashen", want: "喀什地区"}, {q: "yueshan", want: "乐山市"},
	// l/n and f/h in southern speech
	{q: "lanjing", want: "南京市"}, {q: "nanzhou", want: "兰州市"}, {q: "nanchong", want: "南充市"},
	{q: "lanchang", want: "南昌市"}, {q: "hefei", want: "合肥市"}, {q: "fefei", want: "合肥市"},
	{q: "huzhou", want: "湖州市"}, {q: "luoyang", want: "洛阳市"}, {q: "nuoyang", want: "洛阳市"},
	{q: "linyi", want: "临沂市"}, {q: "ninyi", want: "临沂市"}, {q: "liuzhou", want: "柳州市"},
	// homophones: the same pinyin for two places lists both
	{q: "fuzhou", want: "抚州市", list: true}, {q: "taizhou", want: "泰州市", list: true},
	{q: "suzhou", want: "宿州市", list: true}, {q: "yichun", want: "伊春市", list: true},
	{q: "yulin", want: "榆林市", list: true}, {q: "yulin", want: "玉林市", list: true},
	// hanzi: without 市, 县 or 区, with it, or in pinyin
	{q: "成都", want: "成都市"}, {q: "深圳", want: "深圳市"}, {q: "昆山", want: "苏州市"},
	{q: "义乌", want: "金华市"}, {q: "海淀", want: "北京市"}, {q: "浦东", want: "上海市"},
	{q: "恩施州", want: "恩施土家族苗族自治州"}, {q: "延边州", want: "延边朝鲜族自治州"},
	{q: "chengdushi", want: "成都市"}, {q: "kunshanshi", want: "苏州市"}, {q: "chaoyangqu", want: "朝阳市", list: true},
	{q: "成都市", want: "成都市"}, {q: "顺德区", want: "佛山市"}, {q: "喀什", want: "喀什地区"},
	// hanzi of the same sound, as an input method offers them
	{q: "城都", want: "成都市"}, {q: "正州", want: "郑州市"}, {q: "光州", want: "广州市"},
	{q: "常沙", want: "长沙市"}, {q: "杭洲", want: "杭州市"}, {q: "南经", want: "南京市"},
	{q: "城都市", want: "成都市"}, {q: "深镇", want: "深圳市"}, {q: "重清", want: "重庆市"},
	{q: "西宁县", want: "西宁市"}, {q: "昆名", want: "昆明市"}, {q: "贵洋", want: "贵阳市"},
	// traditional characters
	{q: "廣州", want: "广州市"}, {q: "瀋陽", want: "沈阳市"}, {q: "長沙", want: "长沙市"},
	{q: "重慶", want: "重庆市"}, {q: "廈門", want: "厦门市"}, {q: "蘇州", want: "苏州市"},
	{q: "鄭州", want: "郑州市"}, {q: "濟南", want: "济南市"}, {q: "貴陽", want: "贵阳市"},
	{q: "蘭州", want: "兰州市"}, {q: "烏魯木齊", want: "乌鲁木齐市"}, {q: "哈爾濱", want: "哈尔滨市"},
	{q: "溫州", want: "温州市"}, {q: "無錫", want: "无锡市"}, {q: "東莞", want: "东莞市"},
	{q: "寧波", want: "宁波市"}, {q: "銀川", want: "银川市"}, {q: "長春", want: "长春市"},
	{q: "開封", want: "开封市"}, {q: "連雲港", want: "连云港市"}, {q: "張家口", want: "张家口市"},
	{q: "鄂爾多斯", want: "鄂尔多斯市"}, {q: "齊齊哈爾", want: "齐齐哈尔市"}, {q: "馬鞍山", want: "马鞍山市"},
	{q: "龍岩", want: "龙岩市"}, {q: "瀋陽市", want: "沈阳市"}, {q: "長沙市", want: "长沙市"},
	{q: "海澱區", want: "北京市"}, {q: "崑山", want: "苏州市"}, {q: "臺州", want: "台州市"},
	// fullwidth letters, capitals and spaces
	{q: "ｃｈｅｎｇｄｕ", want: "成都市"}, {q: "ＳＨＥＮＺＨＥＮ", want: "深圳市"}, {q: "ｓｈｅｎｚｅｎ", want: "深圳市"},
	{q: "Cheng Du", want: "成都市"}, {q: "XI AN", want: "西安市"}, {q: "xi'an", want: "西安市"},
	{q: "Wu Han", want: "武汉市"}, {q: "Bei-Jing", want: "北京市"}, {q: "ＢＥＪＩＮＧ", want: "北京市"},
	{q: "chong qing", want: "重庆市"}, {q: "HANG ZOU", want: "杭州市"}, {q: "ｗｕｈａｎｇ", want: "武汉市"},
}

// TestTypos: every mistake reaches its place first, or lists it; the
// lookup takes nothing but the place meant, and refuses a guess.
func TestTypos(t *testing.T) {
	ix := testkit.Places(t)
	if len(typos) < 200 {
		t.Fatalf("%d mistakes in the table, want at least 200", len(typos))
	}
	first := 0
	for _, c := range typos {
		ms := ix.Search(c.q, 5)
		if len(ms) == 0 {
			ms = ix.Suggest(c.q)
		}
		at := -1
		for i, m := range ms {
			if m.Place.Name == c.want {
				at = i
				break
			}
		}
		switch {
		case at == 0:
			first++
		case at > 0 && c.list:
			t.Logf("%q: %s listed at %d", c.q, c.want, at)
		default:
			t.Errorf("%q: %s at %d in %v", c.q, c.want, at, names(ms))
		}
		// The lookup answers for the place meant, or refuses and lists it.
		m, err := ix.Lookup(c.q)
		var pe *places.PlaceError
		switch {
		case err == nil && m.Place.Name != c.want:
			t.Errorf("Lookup(%q) = %s silently, want %s", c.q, m.Place.Name, c.want)
		case err != nil && !errors.As(err, &pe):
			t.Errorf("Lookup(%q): %v", c.q, err)
		case err != nil && !strings.Contains(pe.Msg.Zh, c.want):
			t.Errorf("Lookup(%q) refuses without naming %s: %s", c.q, c.want, pe.Msg.Zh)
		}
	}
	t.Logf("%d of %d mistakes reach the place meant first", first, len(typos))
}

// TestRealNamesAreTaken: a query that is some county's own pinyin is taken
// as that county, however near it comes to a larger place: the search
// corrects slips, never names.
func TestRealNamesAreTaken(t *testing.T) {
	ix := testkit.Places(t)
	for q, want := range map[string]string{
		"nanling": "南陵县", "dongguang": "东光县", "jinnan": "津南区", "tahe": "塔河县", "zhaoyang": "昭阳区",
	} {
		m, err := ix.Lookup(q)
		if err != nil || m.County == nil || m.County.Name != want || m.Guess {
			t.Errorf("Lookup(%q) = %v, %v; want %s, not a guess", q, m.County, err, want)
		}
	}
}

// TestTyposOfEveryPlace makes slips on the pinyin of every place, as
// AreaCity (MIT) spells it, and counts how many reach the place first. The
// lookup may refuse, or take a county whose own name the slip happens to
// be, but it never takes another place for a guess.
func TestTyposOfEveryPlace(t *testing.T) {
	rows := areaCityPlaces(t)
	ix := testkit.Places(t)
	slips := func(py string) []string {
		var out []string
		for i := 1; i < len(py); i++ {
			switch {
			case py[i] == 'h' && strings.ContainsRune("zcs", rune(py[i-1])),
				py[i] == 'g' && py[i-1] == 'n':
				out = append(out, py[:i]+py[i+1:]) // zh → z, ng → n
			}
		}
		if n := len(py); n >= 6 {
			out = append(out, py[:n/2]+py[n/2+1:])                               // a letter dropped
			out = append(out, py[:n/2]+py[n/2+1:n/2+2]+py[n/2:n/2+1]+py[n/2+2:]) // two swapped
		}
		return out
	}
	total, first := 0, 0
	for code, py := range rows {
		for _, q := range slips(py) {
			total++
			if ms := ix.Search(q, 1); len(ms) > 0 && ms[0].Place.Code == code {
				first++
			}
			m, err := ix.Lookup(q)
			if err == nil && m.Place.Code != code && (m.Guess || m.Tier > places.TierInitials) {
				t.Errorf("Lookup(%q) took %s (%s), a guess, for %s", q, m.Name(), m.Place.Code, code)
			}
		}
	}
	t.Logf("%d of %d slips on the pinyin of the places reach the place first", first, total)
	if total == 0 || first*100 < total*85 {
		t.Errorf("%d of %d slips reach the place first, want 85%%", first, total)
	}
}

// areaCityPlaces reads the city-level rows of AreaCity's table: code ->
// pinyin without spaces. It skips the test when the file is absent.
func areaCityPlaces(t *testing.T) map[string]string {
	t.Helper()
	var data []byte
	for _, p := range []string{"../../../shared/data/areacity-level2.csv", "../../../../shared/data/areacity-level2.csv"} {
		if b, err := os.ReadFile(p); err == nil {
			data = b
			break
		}
	}
	if data == nil {
		t.Skip("areacity-level2.csv not present beside the project; skipping the cross-check")
	}
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, p := range testkit.Book(t).All() {
		known[p.Code] = true
	}
	out := map[string]string{}
	for _, r := range recs[1:] {
		if len(r) < 8 || r[2] != "1" || len(r[6]) < 6 || !known[r[6][:6]] {
			continue
		}
		out[r[6][:6]] = strings.ReplaceAll(r[5], " ", "")
	}
	return out
}
