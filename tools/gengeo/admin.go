package main

import (
	"slices"
	"strings"
)

// adminSuffixes are the words GeoNames and news put after an admin1
// region's name, longest first so that "Autonomous Region" goes before
// "Region".
var adminSuffixes = []string{
	"Special Administrative Region", "Autonomous Region", "Autonomous Oblast", "Autonomous Okrug",
	"Autonomous Republic", "Autonomous Community", "Autonomous Province", "Regional State",
	"Capital Territory", "Capital District", "Governorate", "Province", "Oblast'", "Oblast", "Region",
	"State", "Prefecture", "Department", "District", "County", "Municipality", "Krai", "Kray",
	"Republic", "Emirate", "Division", "Territory", "Voivodeship", "Canton", "Rayon", "City",
}

// adminPrefixes are the same words put before the name.
var adminPrefixes = []string{
	"Province of ", "Governorate of ", "Republic of ", "State of ", "Region of ",
	"Municipality of ", "Departamento de ", "Provincia de ", "Muhafazat ", "Wilayat ",
}

// bareWords are what a stripped name must not be reduced to: "Central
// District" is not "Central".
var bareWords = []string{"Central", "Northern", "Southern", "Eastern", "Western", "North", "South",
	"East", "West", "Capital", "Federal", "Special", "Upper", "Lower", "Middle", "National"}

// stripAdminAffix returns name without one administrative suffix or
// prefix ("Latakia Governorate" -> "Latakia"), or name itself.
func stripAdminAffix(name string) string {
	for _, s := range adminSuffixes {
		if rest, ok := strings.CutSuffix(name, " "+s); ok && keepable(rest) {
			return rest
		}
	}
	for _, p := range adminPrefixes {
		if rest, ok := strings.CutPrefix(name, p); ok && keepable(rest) {
			return rest
		}
	}
	return name
}

func keepable(rest string) bool {
	rest = strings.TrimSpace(rest)
	return len(rest) > 2 && !slices.Contains(bareWords, rest)
}

// commonAdminWords follow a region's name in English news whatever the
// country calls it officially.
var commonAdminWords = []string{"province", "region", "governorate", "state", "oblast"}

// adminNames lists the keys of an admin1 region: its name as written, and
// as variants its name without the suffix and that followed by a common
// admin word or by one of the country's ISO 3166-2 subdivision types
// ("Latakia governorate"). Variants rank below names, so "Kyiv Oblast" is
// the oblast and not Kyiv City's variant, and "Gaza" is the city and not
// Mozambique's Gaza Province.
func adminNames(name string, types []string) (names, variants []string) {
	bare := stripAdminAffix(name)
	if bare != name {
		variants = append(variants, bare)
	}
	for _, t := range append(slices.Clone(commonAdminWords), types...) {
		variants = append(variants, bare+" "+t)
	}
	return []string{name}, variants
}
