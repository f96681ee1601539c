package main

import (
	"fmt"
	"sort"
)

// Prominence breaks ties in search: the better known place first.
// Municipalities are 3 by kind; the rest is keyed by short name.
const (
	prominenceMunicipality = 3
	prominenceCapital      = 2
	prominenceLarge        = 1
)

// capitals are the 27 provincial capitals that are not municipalities, and
// the 5 separately planned cities (计划单列市).
var capitals = []string{
	"石家庄", "太原", "呼和浩特", "沈阳", "长春", "哈尔滨", "南京", "杭州", "合肥",
	"福州", "南昌", "济南", "郑州", "武汉", "长沙", "广州", "南宁", "海口", "成都",
	"贵阳", "昆明", "拉萨", "西安", "兰州", "西宁", "银川", "乌鲁木齐",
	// 计划单列市
	"深圳", "大连", "青岛", "宁波", "厦门",
}

// largeCities are other large or well-known cities.
var largeCities = []string{
	"苏州", "无锡", "常州", "南通", "徐州", "佛山", "东莞", "温州", "泉州", "烟台",
	"潍坊", "唐山", "洛阳", "珠海", "汕头", "绍兴", "嘉兴", "台州", "金华", "扬州",
	"盐城", "惠州", "中山", "临沂", "济宁", "保定", "邯郸", "赣州", "襄阳", "宜昌",
	"柳州", "桂林", "遵义", "绵阳", "包头", "鄂尔多斯", "大庆", "吉林", "鞍山",
}

// assignProminence sets Prominence on every place. Each listed short name
// must match exactly one place.
func assignProminence(places []Place) error {
	level := make(map[string]int)
	for _, s := range capitals {
		level[s] = prominenceCapital
	}
	for _, s := range largeCities {
		if _, dup := level[s]; dup {
			return fmt.Errorf("prominence: %s listed twice", s)
		}
		level[s] = prominenceLarge
	}
	matched := make(map[string]int)
	for i := range places {
		p := &places[i]
		if p.Kind == KindMunicipality {
			p.Prominence = prominenceMunicipality
			continue
		}
		if l, ok := level[p.Short]; ok {
			p.Prominence = l
			matched[p.Short]++
		}
	}
	var bad []string
	for s := range level {
		if matched[s] != 1 {
			bad = append(bad, fmt.Sprintf("%s (%d matches)", s, matched[s]))
		}
	}
	if len(bad) > 0 {
		sort.Strings(bad)
		return fmt.Errorf("prominence: names not matching exactly one place: %v", bad)
	}
	return nil
}
