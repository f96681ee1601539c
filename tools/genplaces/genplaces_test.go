package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha512"
	"encoding/base64"
	"reflect"
	"testing"
)

func TestShortName(t *testing.T) {
	for full, want := range map[string]string{
		"恩施土家族苗族自治州":  "恩施",
		"延边朝鲜族自治州":    "延边",
		"西双版纳傣族自治州":   "西双版纳",
		"巴音郭楞蒙古自治州":   "巴音郭楞",
		"海西蒙古族藏族自治州":  "海西",
		"克孜勒苏柯尔克孜自治州": "克孜勒苏",
		"保亭黎族苗族自治县":   "保亭",
		"神农架林区":       "神农架",
		"兴安盟":         "兴安",
		"阿里地区":        "阿里",
		"吉林市":         "吉林",
		"定安县":         "定安",
		"北京市":         "北京",
		"内蒙古自治区":      "内蒙古",
		"广西壮族自治区":     "广西",
		"西藏自治区":       "西藏",
		"宁夏回族自治区":     "宁夏",
		"新疆维吾尔自治区":    "新疆",
		"黑龙江省":        "黑龙江",
		"沙市":          "沙市", // too short to strip
	} {
		if got := shortName(full); got != want {
			t.Errorf("shortName(%q) = %q, want %q", full, got, want)
		}
	}
}

func TestEnName(t *testing.T) {
	for _, c := range []struct{ short, py, want string }{
		{"北京", "bei jing", "Beijing"},
		{"西安", "xi an", "Xi'an"},
		{"延安", "yan an", "Yan'an"},
		{"六安", "lu an", "Lu'an"},
		{"吕梁", "lv liang", "Lyuliang"},
		{"鄂尔多斯", "e er duo si", "Ordos"},
		{"呼和浩特", "hu he hao te", "Hohhot"},
		{"内蒙古", "nei meng gu", "Inner Mongolia"},
		{"陕西", "shan xi", "Shaanxi"},
	} {
		if got := enName(c.short, c.py); got != c.want {
			t.Errorf("enName(%q, %q) = %q, want %q", c.short, c.py, got, c.want)
		}
	}
}

func TestInitialsAliases(t *testing.T) {
	if got := initials("chang sha"); got != "cs" {
		t.Errorf(`initials("chang sha") = %q`, got)
	}
	if got := initials("lv liang"); got != "ll" {
		t.Errorf(`initials("lv liang") = %q`, got)
	}
	if got, want := aliases("lv liang"), []string{"lu liang", "lü liang"}; !reflect.DeepEqual(got, want) {
		t.Errorf(`aliases("lv liang") = %q, want %q`, got, want)
	}
	if got := aliases("chang sha"); got != nil {
		t.Errorf(`aliases("chang sha") = %q, want nil`, got)
	}
}

func TestReadPinyin(t *testing.T) {
	for short, want := range map[string]string{
		"北京": "bei jing",  // library
		"吕梁": "lv liang",  // library, ü as v
		"长沙": "chang sha", // override
		"重庆": "chong qing",
	} {
		got, err := readPinyin(short)
		if err != nil || got != want {
			t.Errorf("readPinyin(%q) = %q, %v; want %q", short, got, err, want)
		}
	}
	for short, py := range pinyinOverrides {
		if _, err := readPinyin(short); err != nil {
			t.Errorf("override %s %q: %v", short, py, err)
		}
	}
}

func TestEmit(t *testing.T) {
	bj := Names{Code: "110000", Name: "北京市", Short: "北京", Pinyin: "bei jing", Initials: "bj", En: "Beijing"}
	ll := Place{Names: Names{Code: "141100", Name: "吕梁市", Short: "吕梁", Pinyin: "lv liang", Initials: "ll",
		Aliases: []string{"lu liang", "lü liang"}, En: "Lüliang"}, Province: "140000", Kind: KindPrefecture, AreaCode: "0358"}
	city := Place{Names: bj, Province: "110000", Kind: KindMunicipality, AreaCode: "010", Prominence: 3}
	city.Code = "110100"
	out, err := emit([]Province{{Names: bj}}, []Place{city, ll})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"\nprovinces = '''\n110000 | 北京市 | 北京 | bei jing | bj | Beijing\n'''\n",
		"\nplaces = '''\n110100 | 北京市 | 北京 | 110000 | municipality | bei jing | bj | Beijing | 010 | 3\n",
		"\n141100 | 吕梁市 | 吕梁 | 140000 | prefecture | lv liang | ll | Lüliang | 0358 | 0 | lu liang, lü liang\n'''\n",
	} {
		if !bytes.Contains(out, []byte(want)) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
	for _, bad := range []string{"a|b", "a'''b", "x\ny", " x"} {
		p := city
		p.En = bad
		if _, err := emit(nil, []Place{p}); err == nil {
			t.Errorf("emit accepted %q", bad)
		}
	}
}

func TestIntegrityAndUntar(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	for name, body := range map[string]string{"package/a.json": "[1]", "package/b.json": "[2]"} {
		if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(body)), Typeflag: tar.TypeReg}); err != nil {
			t.Fatal(err)
		}
		if _, err := tw.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	sum := sha512.Sum512(data)
	sri := "sha512-" + base64.StdEncoding.EncodeToString(sum[:])
	if err := checkIntegrity(data, sri); err != nil {
		t.Errorf("checkIntegrity: %v", err)
	}
	if err := checkIntegrity(append([]byte{0}, data...), sri); err == nil {
		t.Error("checkIntegrity accepted altered data")
	}
	files, err := untar(data, []string{"package/a.json"})
	if err != nil || string(files["package/a.json"]) != "[1]" || len(files) != 1 {
		t.Errorf("untar = %q, %v", files, err)
	}
	if _, err := untar(data, []string{"package/missing.json"}); err == nil {
		t.Error("untar did not report a missing file")
	}
}
