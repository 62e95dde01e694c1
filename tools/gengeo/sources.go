package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// sources holds what gengeo reads from the data folder.
type sources struct {
	countries []country
	admin1    map[string]string   // "SY.13" -> name
	admin2    map[string]string   // "ET.56.7670732" -> name
	isoTypes  map[string][]string // ISO2 -> subdivision types, lower case
	cities    []city
}

type country struct {
	ISO2 string `json:"cca2"`
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	AltSpellings []string  `json:"altSpellings"`
	LatLng       []float64 `json:"latlng"`
}

// city is one row of GeoNames cities500.
type city struct {
	id         int
	name       string
	ascii      string
	alternates string // comma-separated
	lat, lon   float64
	feature    string
	country    string
	admin1     string // code within the country ("13")
	admin2     string // code within the admin1 region ("7670732")
	population int
}

func readSources(dir string) (*sources, error) {
	src := &sources{}
	if err := readJSON(filepath.Join(dir, "world-countries.json"), &src.countries); err != nil {
		return nil, err
	}
	var err error
	if src.admin1, err = readNames(filepath.Join(dir, "admin1.json")); err != nil {
		return nil, err
	}
	if src.admin2, err = readNames(filepath.Join(dir, "admin2.json")); err != nil {
		return nil, err
	}
	var iso struct {
		Subdivisions []struct{ Code, Type string } `json:"3166-2"`
	}
	if err := readJSON(filepath.Join(dir, "iso_3166-2.json"), &iso); err != nil {
		return nil, err
	}
	src.isoTypes = subdivisionTypes(iso.Subdivisions)
	src.cities, err = readCities(filepath.Join(dir, "cities500.txt"))
	return src, err
}

// readNames reads a GeoNames list of admin codes and names ("SY.13").
func readNames(path string) (map[string]string, error) {
	var list []struct{ Code, Name string }
	if err := readJSON(path, &list); err != nil {
		return nil, err
	}
	out := make(map[string]string, len(list))
	for _, a := range list {
		out[a.Code] = a.Name
	}
	return out, nil
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read: %w", err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("parse %s: %w", path, err)
	}
	return nil
}

// subdivisionTypes lists, per country, the one-word ISO 3166-2 types of its
// subdivisions ("governorate", "oblast"), the words news puts after a
// region's name.
func subdivisionTypes(subs []struct{ Code, Type string }) map[string][]string {
	out := make(map[string][]string)
	for _, s := range subs {
		iso, _, ok := strings.Cut(s.Code, "-")
		t := strings.ToLower(s.Type)
		if !ok || strings.Contains(t, " ") || t == "" {
			continue
		}
		if !slices.Contains(out[iso], t) {
			out[iso] = append(out[iso], t)
		}
	}
	return out
}

func readCities(path string) ([]city, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	defer f.Close()
	var out []city
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for line := 1; sc.Scan(); line++ {
		c, err := parseCity(sc.Text())
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return out, nil
}

func parseCity(line string) (city, error) {
	f := strings.Split(line, "\t")
	if len(f) != 19 {
		return city{}, fmt.Errorf("want 19 columns, got %d", len(f))
	}
	c := city{name: f[1], ascii: f[2], alternates: f[3], feature: f[7], country: f[8], admin1: f[10], admin2: f[11]}
	var err error
	if c.id, err = strconv.Atoi(f[0]); err != nil {
		return city{}, fmt.Errorf("id: %w", err)
	}
	if c.lat, err = strconv.ParseFloat(f[4], 64); err != nil {
		return city{}, fmt.Errorf("lat: %w", err)
	}
	if c.lon, err = strconv.ParseFloat(f[5], 64); err != nil {
		return city{}, fmt.Errorf("lon: %w", err)
	}
	if f[14] != "" {
		if c.population, err = strconv.Atoi(f[14]); err != nil {
			return city{}, fmt.Errorf("population: %w", err)
		}
	}
	return c, nil
}
