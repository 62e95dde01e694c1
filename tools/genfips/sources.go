package main

import (
	"encoding/json"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"sitrep/internal/lexicon"
)

// country is what the tables take from world-countries.
type country struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	AltSpellings []string  `json:"altSpellings"`
	CCA2         string    `json:"cca2"`
	CCA3         string    `json:"cca3"`
	Independent  *bool     `json:"independent"`
	LatLng       []float64 `json:"latlng"`
}

func (c country) independent() bool { return c.Independent == nil || *c.Independent }

// loadWorld returns the countries, independent states first, so that a
// name two entries share goes to the state rather than to its territory.
func loadWorld(dir string) ([]country, error) {
	var world []country
	if err := readJSON(filepath.Join(dir, "geo", "world-countries.json"), &world); err != nil {
		return nil, err
	}
	slices.SortStableFunc(world, func(x, y country) int {
		if xi, yi := x.independent(), y.independent(); xi != yi {
			if xi {
				return -1
			}
			return 1
		}
		return strings.Compare(x.CCA3, y.CCA3)
	})
	return world, nil
}

// profile is a World Factbook country profile: its GEC code and names.
type profile struct {
	GEC         string
	Short, Long string
}

func loadFactbook(dir string) ([]profile, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "lexicons", "factbook", "*", "*.json"))
	if err != nil {
		return nil, err
	}
	slices.Sort(paths)
	var out []profile
	for _, p := range paths {
		var doc struct {
			Government struct {
				Name map[string]any `json:"Country name"`
			} `json:"Government"`
		}
		if err := readJSON(p, &doc); err != nil {
			continue // the meta files are not profiles
		}
		names := doc.Government.Name
		pr := profile{
			GEC:   strings.ToUpper(strings.TrimSuffix(filepath.Base(p), ".json")),
			Short: clean(textOf(names["conventional short form"])),
			Long:  clean(textOf(names["conventional long form"])),
		}
		if pr.Short != "" || pr.Long != "" {
			out = append(out, pr)
		}
	}
	return out, nil
}

// textOf returns the "text" of a Factbook field, or "".
func textOf(v any) string {
	m, _ := v.(map[string]any)
	s, _ := m["text"].(string)
	return s
}

var tagRE = regexp.MustCompile(`<[^>]*>`)

// clean drops markup, entities and the Factbook's "none", and collapses
// white space.
func clean(s string) string {
	s = html.UnescapeString(tagRE.ReplaceAllString(s, " "))
	s = strings.Join(strings.Fields(s), " ")
	if strings.EqualFold(s, "none") {
		return ""
	}
	return s
}

// cameoCodes maps ISO 3166 alpha-3 codes to the CAMEO code the lexicon
// gives the country ("TLS" -> "TMP", "ASM" -> "USAASM").
func cameoCodes() (map[string]string, error) {
	lex, err := lexicon.Default()
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, e := range lex.Entries() {
		if e.Kind == lexicon.KindCountry && e.ISO3 != "" {
			out[e.ISO3] = e.Code
		}
	}
	return out, nil
}

// admin1 is one first-level division with the code GeoNames gives it.
type admin1 struct {
	ISO2, Code, Name string
}

// nonFIPS lists the countries whose GeoNames admin1 codes are not FIPS
// 10-4 codes: ISO 3166-2 codes (Switzerland, Belgium, Montenegro, Serbia),
// an extra level (the United Kingdom, Greece), or the regions France
// renumbered in 2016. The United States is not among them: GeoNames uses
// the postal codes of the states there, as GDELT does.
var nonFIPS = map[string]bool{"BE": true, "CH": true, "FR": true, "GB": true, "GR": true, "ME": true, "RS": true}

// loadAdmin1 returns the divisions whose code can stand in a GDELT ADM1
// code: two letters or digits, in a country with a FIPS code.
func loadAdmin1(dir string, fips map[string]string) ([]admin1, error) {
	var rows []struct {
		Code string `json:"code"`
		Name string `json:"name"`
	}
	if err := readJSON(filepath.Join(dir, "geo", "admin1.json"), &rows); err != nil {
		return nil, err
	}
	var out []admin1
	for _, r := range rows {
		iso, code, ok := strings.Cut(r.Code, ".")
		if !ok || len(code) != 2 || !alnum(code) || nonFIPS[iso] || fips[iso] == "" || r.Name == "" {
			continue
		}
		out = append(out, admin1{ISO2: iso, Code: code, Name: clean(r.Name)})
	}
	slices.SortFunc(out, func(a, b admin1) int {
		return strings.Compare(a.ISO2+"\t"+a.Code+"\t"+a.Name, b.ISO2+"\t"+b.Code+"\t"+b.Name)
	})
	return slices.Compact(out), nil
}

func alnum(s string) bool {
	return !strings.ContainsFunc(s, func(r rune) bool {
		return (r < 'A' || r > 'Z') && (r < '0' || r > '9')
	})
}

func readJSON(path string, v any) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return json.Unmarshal(raw, v)
}
