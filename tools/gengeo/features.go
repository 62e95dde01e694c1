package main

import (
	"fmt"
	"strconv"
	"strings"

	"sitrep/internal/geo"
)

// feature is one row of features.tsv: a sea, strait, river, region... that
// GeoNames populated places lack, or (kind country) extra names of a
// country.
type feature struct {
	name     string
	aliases  []string
	kind     geo.Kind
	country  string
	lat, lon float64
}

// parseFeatures reads the tab-separated table: name, aliases separated by
// "|", kind, ISO2 country or "-", latitude, longitude. Lines starting with
// "#" and blank lines are skipped.
func parseFeatures(tsv string) ([]feature, error) {
	var out []feature
	for n, line := range strings.Split(tsv, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f, err := parseFeature(line)
		if err != nil {
			return nil, fmt.Errorf("features.tsv:%d: %w", n+1, err)
		}
		out = append(out, f)
	}
	return out, nil
}

func parseFeature(line string) (feature, error) {
	col := strings.Split(line, "\t")
	if len(col) != 6 {
		return feature{}, fmt.Errorf("want 6 columns, got %d", len(col))
	}
	f := feature{name: col[0], kind: geo.Kind(col[2]), country: col[3]}
	if col[1] != "" {
		f.aliases = strings.Split(col[1], "|")
	}
	if f.country == "-" {
		f.country = ""
	}
	if f.name == "" || (f.country != "" && len(f.country) != 2) {
		return feature{}, fmt.Errorf("bad name or country in %q", line)
	}
	var err error
	if f.lat, err = strconv.ParseFloat(col[4], 64); err != nil {
		return feature{}, fmt.Errorf("lat: %w", err)
	}
	if f.lon, err = strconv.ParseFloat(col[5], 64); err != nil {
		return feature{}, fmt.Errorf("lon: %w", err)
	}
	return f, nil
}
