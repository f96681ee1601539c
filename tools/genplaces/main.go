// Command genplaces writes data/book/places.toml: the 31 provinces and the
// 369 medical-insurance pooling places with their short names, pinyin,
// English names, telephone area codes and search prominence; and
// data/book/counties.toml: the county-level units with their pooling place.
//
// It downloads two pinned npm tarballs, checks their integrity and reads
// them in memory; the only files it writes are the outputs. Run it from
// this directory:
//
//	go run . -out ../../data/book/places.toml
//
// -check compares instead of writing; -polyphonic lists the names with a
// polyphonic character for review.
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	out := flag.String("out", "", "output file (places.toml)")
	countiesOut := flag.String("counties", "", "output file for the counties (default: counties.toml next to -out)")
	check := flag.Bool("check", false, "write nothing; fail if the output files differ from what would be written")
	review := flag.Bool("polyphonic", false, "write nothing; list the names with a polyphonic character, for review")
	flag.Parse()
	if *out == "" || flag.NArg() != 0 {
		fmt.Fprintln(os.Stderr, "usage: genplaces -out ../../data/book/places.toml [-counties FILE] [-check | -polyphonic]")
		os.Exit(2)
	}
	if *countiesOut == "" {
		*countiesOut = filepath.Join(filepath.Dir(*out), "counties.toml")
	}
	mode := modeWrite
	switch {
	case *check && *review:
		fmt.Fprintln(os.Stderr, "genplaces: -check and -polyphonic exclude each other")
		os.Exit(2)
	case *check:
		mode = modeCheck
	case *review:
		mode = modeReview
	}
	if err := run(context.Background(), *out, *countiesOut, mode); err != nil {
		fmt.Fprintln(os.Stderr, "genplaces:", err)
		os.Exit(1)
	}
}

// What run does with the output.
const (
	modeWrite  = iota // write the files
	modeCheck         // compare them with the files on disk
	modeReview        // print the polyphonic names
)

func run(ctx context.Context, out, countiesOut string, mode int) error {
	div, err := fetch(ctx, chinaDivision)
	if err != nil {
		return err
	}
	pcc, err := fetch(ctx, provinceCityChina)
	if err != nil {
		return err
	}
	provinces, places, counties, err := build(
		div["package/dist/provinces.json"],
		div["package/dist/cities.json"],
		div["package/dist/areas.json"],
		pcc["package/dist/district-code.json"],
	)
	if err != nil {
		return err
	}
	if mode == modeReview {
		return reviewPolyphonic(os.Stdout, places, counties)
	}
	content, err := emit(provinces, places)
	if err != nil {
		return err
	}
	countyContent, err := emitCounties(counties)
	if err != nil {
		return err
	}
	files := []struct {
		name    string
		content []byte
	}{{out, content}, {countiesOut, countyContent}}
	if mode == modeCheck {
		var stale []string
		for _, f := range files {
			old, err := os.ReadFile(f.name)
			if err != nil {
				return err
			}
			if !bytes.Equal(old, f.content) {
				stale = append(stale, f.name)
			}
		}
		if len(stale) > 0 {
			return fmt.Errorf("not what the generator writes (rerun it): %s", strings.Join(stale, ", "))
		}
		fmt.Fprintf(os.Stderr, "genplaces: %s and %s are up to date\n", out, countiesOut)
		return nil
	}
	for _, f := range files {
		if err := os.WriteFile(f.name, f.content, 0o644); err != nil {
			return err
		}
	}
	kinds := make(map[string]int)
	for _, p := range places {
		kinds[p.Kind]++
	}
	fmt.Fprintf(os.Stderr, "genplaces: wrote %s: %d provinces, %d places (%d %s, %d %s, %d %s)\n",
		out, len(provinces), len(places),
		kinds[KindMunicipality], KindMunicipality, kinds[KindPrefecture], KindPrefecture, kinds[KindCounty], KindCounty)
	fmt.Fprintf(os.Stderr, "genplaces: wrote %s: %d counties\n", countiesOut, len(counties))
	return nil
}

// build does everything but the I/O.
func build(provincesJSON, citiesJSON, areasJSON, districtJSON []byte) ([]Province, []Place, []County, error) {
	provinces, places, err := buildDivisions(provincesJSON, citiesJSON, areasJSON)
	if err != nil {
		return nil, nil, nil, err
	}
	fullNames := make(map[string]bool)
	shorts := make(map[string]bool)
	for i := range provinces {
		if err := fillNames(&provinces[i].Names); err != nil {
			return nil, nil, nil, err
		}
		fullNames[provinces[i].Name] = true
		shorts[provinces[i].Short] = true
	}
	for i := range places {
		if err := fillNames(&places[i].Names); err != nil {
			return nil, nil, nil, err
		}
		fullNames[places[i].Name] = true
		shorts[places[i].Short] = true
	}
	if err := unusedKeys("short name override", shortOverrides, fullNames); err != nil {
		return nil, nil, nil, err
	}
	if err := unusedKeys("pinyin override", pinyinOverrides, shorts); err != nil {
		return nil, nil, nil, err
	}
	if err := unusedKeys("English name override", enOverrides, shorts); err != nil {
		return nil, nil, nil, err
	}
	if err := assignAreaCodes(places, districtJSON); err != nil {
		return nil, nil, nil, err
	}
	if err := assignProminence(places); err != nil {
		return nil, nil, nil, err
	}
	counties, err := buildCounties(areasJSON, provinces, places)
	if err != nil {
		return nil, nil, nil, err
	}
	return provinces, places, counties, nil
}

// unusedKeys fails if a curated table has keys that match nothing, so the
// tables do not collect stale entries.
func unusedKeys(what string, table map[string]string, known map[string]bool) error {
	var bad []string
	for k := range table {
		if !known[k] {
			bad = append(bad, k)
		}
	}
	if len(bad) == 0 {
		return nil
	}
	sort.Strings(bad)
	return fmt.Errorf("%s for unknown names: %s", what, strings.Join(bad, ", "))
}
