// Command gengeo builds sitrep's embedded gazetteer,
// internal/geo/data/gazetteer.bin.gz, from the GeoNames and world-countries
// files under -data/geo and the hand-written features.tsv next to this
// file. Run it from the repository root:
//
//	go run ./tools/gengeo
package main

import (
	_ "embed"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"sitrep/internal/geo"
)

//go:embed features.tsv
var featuresTSV string

func main() {
	data := flag.String("data", "../shared/data", "folder holding geo/cities500.txt and the other sources")
	out := flag.String("out", "internal/geo/data/gazetteer.bin.gz", "file to write")
	flag.Parse()
	if err := run(*data, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gengeo:", err)
		os.Exit(1)
	}
}

func run(dataDir, out string) error {
	src, err := readSources(filepath.Join(dataDir, "geo"))
	if err != nil {
		return err
	}
	feats, err := parseFeatures(featuresTSV)
	if err != nil {
		return err
	}
	b := geo.NewBuilder()
	st, err := build(b, src, feats)
	if err != nil {
		return err
	}
	n, err := write(b, out)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gengeo: %d countries, %d admin1 (%d without a place, at the country centroid), %d cities, %d features (%d merged into admin1), %d admin2, %d bytes to %s\n",
		st.countries, st.admins, st.adminNoCity, st.cities, st.features, st.merged, st.districts, n, out)
	return nil
}

func write(b *geo.Builder, out string) (int64, error) {
	f, err := os.CreateTemp(filepath.Dir(out), ".gazetteer-*")
	if err != nil {
		return 0, fmt.Errorf("write: %w", err)
	}
	defer os.Remove(f.Name())
	if err := f.Chmod(0o644); err != nil {
		f.Close()
		return 0, fmt.Errorf("write: %w", err)
	}
	n, err := b.WriteTo(f)
	if err != nil {
		f.Close()
		return 0, err
	}
	if err := f.Close(); err != nil {
		return 0, fmt.Errorf("write: %w", err)
	}
	if err := os.Rename(f.Name(), out); err != nil {
		return 0, fmt.Errorf("write: %w", err)
	}
	return n, nil
}
