package main

import (
	"bufio"
	"embed"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"sitrep/internal/lexicon/phoenix"
)

//go:embed hand/*.tsv
var handFS embed.FS

// sources are the parsed inputs.
type sources struct {
	world      []worldCountry
	nation     map[string]string // ISO2 -> nationality adjective
	isoNames   map[string]isoCountry
	factbook   []factbookCountry
	countries  []phoenix.Actor // Phoenix.Countries.actors.txt
	intl       []phoenix.Actor // Phoenix.International.actors.txt
	nonState   []phoenix.Actor // Phoenix.MilNonState.actors.txt
	agents     []phoenix.Agent
	handCodes  [][]string // hand/countries.tsv rows
	handOrgs   [][]string
	handSeats  [][]string
	handAgents [][]string
	handPeople [][]string
	places     map[string]map[string]bool // ISO2 -> keys of its GeoNames places and admin1 regions
}

type worldCountry struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	AltSpellings []string `json:"altSpellings"`
	Capital      []string `json:"capital"`
	CCA2         string   `json:"cca2"`
	CCA3         string   `json:"cca3"`
	Independent  *bool    `json:"independent"`
	Demonyms     map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
}

type isoCountry struct {
	Alpha3       string `json:"alpha_3"`
	Name         string `json:"name"`
	OfficialName string `json:"official_name"`
	CommonName   string `json:"common_name"`
}

func loadSources(dir string) (*sources, error) {
	s := &sources{}
	dict := filepath.Join(dir, "event-coding", "petrarch2", "dictionaries")
	steps := []func() error{
		func() error { return readJSON(filepath.Join(dir, "geo", "world-countries.json"), &s.world) },
		func() error {
			var n struct{ Nationalities map[string]string }
			err := readJSON(filepath.Join(dir, "geo", "nationality-en.json"), &n)
			s.nation = n.Nationalities
			return err
		},
		func() error {
			var iso struct {
				List []isoCountry `json:"3166-1"`
			}
			err := readJSON(filepath.Join(dir, "geo", "iso_3166-1.json"), &iso)
			s.isoNames = map[string]isoCountry{}
			for _, c := range iso.List {
				s.isoNames[c.Alpha3] = c
			}
			return err
		},
		func() (err error) { s.factbook, err = loadFactbook(filepath.Join(dir, "lexicons", "factbook")); return },
		func() (err error) {
			s.countries, err = readActors(filepath.Join(dict, "Phoenix.Countries.actors.txt"))
			return
		},
		func() (err error) {
			s.intl, err = readActors(filepath.Join(dict, "Phoenix.International.actors.txt"))
			return
		},
		func() (err error) {
			s.nonState, err = readActors(filepath.Join(dict, "Phoenix.MilNonState.actors.txt"))
			return
		},
		func() error {
			f, err := os.Open(filepath.Join(dict, "Phoenix.agents.txt"))
			if err != nil {
				return err
			}
			defer f.Close()
			s.agents, err = phoenix.ParseAgents(f)
			return err
		},
		func() (err error) { s.places, err = loadPlaces(filepath.Join(dir, "geo")); return },
		func() (err error) { s.handCodes, err = readHand("countries.tsv"); return },
		func() (err error) { s.handOrgs, err = readHand("orgs.tsv"); return },
		func() (err error) { s.handSeats, err = readHand("seats.tsv"); return },
		func() (err error) { s.handAgents, err = readHand("agents.tsv"); return },
		func() (err error) { s.handPeople, err = readHand("people.tsv"); return },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func readJSON(path string, v any) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func readActors(path string) ([]phoenix.Actor, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return phoenix.ParseActors(f)
}

// readHand reads a tab-separated table of hand/, skipping comments.
func readHand(name string) ([][]string, error) {
	raw, err := handFS.ReadFile("hand/" + name)
	if err != nil {
		return nil, err
	}
	var rows [][]string
	for _, line := range strings.Split(string(raw), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rows = append(rows, strings.Split(line, "\t"))
	}
	return rows, nil
}

// field returns row[i] or "".
func field(row []string, i int) string {
	if i < len(row) {
		return strings.TrimSpace(row[i])
	}
	return ""
}

// splitList splits a '|' list, dropping empty items.
func splitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, "|") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// loadPlaces reads the names of the GeoNames places and first-level regions
// of each country. The lexicon ships none of them: they only tell a
// country's name variants from its cities in the Phoenix dictionary.
func loadPlaces(dir string) (map[string]map[string]bool, error) {
	out := map[string]map[string]bool{}
	add := func(iso2, name string) {
		if out[iso2] == nil {
			out[iso2] = map[string]bool{}
		}
		if k := keyOf(name); k != "" {
			out[iso2][k] = true
		}
	}
	f, err := os.Open(filepath.Join(dir, "cities500.txt"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<22)
	for sc.Scan() {
		if col := strings.SplitN(sc.Text(), "\t", 10); len(col) >= 9 {
			add(col[8], col[1])
			add(col[8], col[2])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	var admin []struct{ Code, Name string }
	if err := readJSON(filepath.Join(dir, "admin1.json"), &admin); err != nil {
		return nil, err
	}
	for _, a := range admin {
		iso2, _, _ := strings.Cut(a.Code, ".")
		add(iso2, a.Name)
	}
	return out, nil
}
