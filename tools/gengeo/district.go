package main

import (
	"slices"
	"strings"

	"sitrep/internal/geo"
)

// addDistricts adds the GeoNames admin2 divisions that hold at least one
// cities500 place, at their seat (the most populous PPLA2, else the most
// populous place), by its name and its name without the word of its
// kind ("Gedeo" of "Gedeo Zone"). Every name is an alternate: a district
// is found only where a caller asks for one (geo.Context.Districts), so
// villages and towns keep their names.
func (g *builder) addDistricts() error {
	seats := make(map[string]*city)
	pop := make(map[string]int)
	for i := range g.src.cities {
		c := &g.src.cities[i]
		if c.admin2 == "" {
			continue
		}
		code := c.country + "." + c.admin1 + "." + c.admin2
		pop[code] += c.population
		if cur := seats[code]; cur == nil || betterSeat(c, cur, "PPLA2") {
			seats[code] = c
		}
	}
	codes := make([]string, 0, len(seats))
	for code := range seats {
		codes = append(codes, code)
	}
	slices.Sort(codes)
	for _, code := range codes {
		name, ok := g.src.admin2[code]
		if !ok {
			continue
		}
		seat := seats[code]
		p := geo.Place{Name: name, Country: seat.country, Admin1: g.src.admin1[seat.country+"."+seat.admin1],
			Lat: seat.lat, Lon: seat.lon, Kind: geo.KindAdmin2, Feature: "ADM2", Population: pop[code]}
		if _, err := g.add(p, nil, cleanNames([]string{name, stripDistrictAffix(name)})); err != nil {
			return err
		}
		g.st.districts++
	}
	return nil
}

// betterSeat reports whether place a stands for its region before b: a
// seat of the feature code, else the more populous.
func betterSeat(a, b *city, seat string) bool {
	if (a.feature == seat) != (b.feature == seat) {
		return a.feature == seat
	}
	return a.population > b.population
}

// districtSuffixes are the words GeoNames puts after a second-level
// division's name beside those of admin1 regions.
var districtSuffixes = []string{"Local Government Area", "Zone", "Agency", "Āwraja", "Awraja", "Woreda",
	"Tehsil", "Sub-County", "Subcounty", "LGA"}

// stripDistrictAffix returns name without one administrative suffix or
// prefix ("Gedeo Zone" -> "Gedeo", "Twic County" -> "Twic").
func stripDistrictAffix(name string) string {
	for _, s := range districtSuffixes {
		if rest, ok := strings.CutSuffix(name, " "+s); ok && keepable(rest) {
			return rest
		}
	}
	return stripAdminAffix(name)
}
