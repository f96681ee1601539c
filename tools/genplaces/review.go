package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/mozillazg/go-pinyin"
)

// heteronyms are go-pinyin's toneless readings of r, its default first.
func heteronyms(r rune) []string {
	return pinyin.SinglePinyin(r, pinyin.Args{Style: pinyin.Normal, Heteronym: true})
}

// reviewPolyphonic prints, one a line, every place and county whose short
// name has a character with more than one toneless reading in go-pinyin's
// dictionary: code, full name, short name, the reading written, where it
// comes from, and each such character's readings (default first). A
// reviewer reads it to decide which names need an override.
func reviewPolyphonic(w io.Writer, places []Place, counties []County) error {
	type row struct {
		n    Names
		kind string
	}
	var rows []row
	for _, p := range places {
		rows = append(rows, row{p.Names, "place"})
	}
	for _, c := range counties {
		rows = append(rows, row{c.Names, "county"})
	}
	count := 0
	for _, r := range rows {
		var poly []string
		for _, ch := range r.n.Short {
			if h := heteronyms(ch); len(h) > 1 {
				poly = append(poly, string(ch)+":"+strings.Join(h, "/"))
			}
		}
		if len(poly) == 0 {
			continue
		}
		count++
		from := "library"
		switch {
		case r.kind == "county" && countyPinyinOverrides[r.n.Short] != "":
			from = "county override"
		case pinyinOverrides[r.n.Short] != "":
			from = "place override"
		case r.kind == "county" && usesCharReading(r.n.Short):
			from = "character reading"
		}
		if _, err := fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\n", r.n.Code, r.n.Name, r.n.Short, r.n.Pinyin, from, strings.Join(poly, " ")); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintf(w, "# %d names with a polyphonic character\n", count)
	return err
}

func usesCharReading(short string) bool {
	for _, r := range short {
		if _, ok := charReadings[r]; ok {
			return true
		}
	}
	return false
}
