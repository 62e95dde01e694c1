package main

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/geo"
	"sitrep/internal/text"
)

// altMinPopulation is the population from which a city's alternate names
// are indexed; capitals and admin1 and admin2 seats get theirs at any
// size. Smaller places keep their main names only, which keeps the index
// small and the many exonyms of villages from shadowing real places.
// From spellingMinPopulation, a town keeps the alternates that only spell
// its name another way ("Astravets" of Astravyets), which shadow nothing
// else.
const (
	altMinPopulation      = 15000
	spellingMinPopulation = 5000
)

type stats struct {
	countries, admins, adminNoCity, cities, features, merged, districts int
}

type builder struct {
	b         *geo.Builder
	src       *sources
	countries map[string]int // ISO2 -> place
	admins    map[string]int // admin1 code -> place
	codes     []string       // admin1 codes, sorted
	pop       map[string]int // ISO2 or admin1 code -> summed population
	st        stats
}

func build(b *geo.Builder, src *sources, feats []feature) (stats, error) {
	g := &builder{b: b, src: src, countries: make(map[string]int), admins: make(map[string]int)}
	g.pop = g.populations()
	for code := range src.admin1 {
		g.codes = append(g.codes, code)
	}
	slices.Sort(g.codes)
	steps := []func() error{
		g.addCountries,
		g.addAdmins,
		func() error { return g.addFeatures(feats) },
		g.addCities,
		g.addDistricts,
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return stats{}, err
		}
	}
	return g.st, nil
}

func (g *builder) add(p geo.Place, names []string, alts []string) (int, error) {
	i, err := g.b.Add(p)
	if err != nil {
		return 0, err
	}
	for _, n := range names {
		g.b.AddName(i, n, false)
	}
	for _, n := range alts {
		g.b.AddName(i, n, true)
	}
	return i, nil
}

// populations sums the cities500 population of each country and admin1
// code: a rough figure (small places are missing, neighbourhoods count
// twice) used only to rank regions.
func (g *builder) populations() map[string]int {
	out := make(map[string]int)
	for _, c := range g.src.cities {
		out[c.country] += c.population
		out[c.country+"."+c.admin1] += c.population
	}
	return out
}

func (g *builder) addCountries() error {
	for _, c := range g.src.countries {
		if len(c.LatLng) != 2 {
			return fmt.Errorf("country %s: no latlng", c.ISO2)
		}
		p := geo.Place{Name: c.Name.Common, Country: c.ISO2, Lat: c.LatLng[0], Lon: c.LatLng[1],
			Kind: geo.KindCountry, Population: g.pop[c.ISO2]}
		names := []string{c.Name.Common, c.Name.Official}
		for _, a := range c.AltSpellings {
			if countryAlias(a) {
				names = append(names, a)
			}
		}
		i, err := g.add(p, names, nil)
		if err != nil {
			return err
		}
		g.countries[c.ISO2] = i
		g.st.countries++
	}
	return nil
}

// notCountryNames are world-countries spellings that are ordinary words or
// adjectives rather than names of the country.
var notCountryNames = []string{"Island", "Thai", "Prathet", "Togolese", "Mann", "Timor"}

// countryAlias reports whether an altSpellings entry is worth a key: Latin,
// not the bare ISO2 code, no "Korea, Republic of" inversions.
func countryAlias(s string) bool {
	if utf8.RuneCountInString(s) <= 2 || strings.Contains(s, ",") || slices.Contains(notCountryNames, s) {
		return false
	}
	return latin(s)
}

func (g *builder) addAdmins() error {
	seats := g.seats()
	for _, code := range g.codes {
		if err := g.addAdmin(code, seats[code], g.pop[code]); err != nil {
			return err
		}
	}
	return nil
}

func (g *builder) addAdmin(code string, seat *city, pop int) error {
	iso, _, _ := strings.Cut(code, ".")
	name := g.src.admin1[code]
	p := geo.Place{Name: name, Country: iso, Admin1: name, Kind: geo.KindAdmin1, Feature: "ADM1", Population: pop}
	switch {
	case seat != nil:
		p.Lat, p.Lon = seat.lat, seat.lon
	case g.hasCountry(iso):
		c := g.src.countries[g.countryRow(iso)]
		p.Lat, p.Lon = c.LatLng[0], c.LatLng[1]
		g.st.adminNoCity++
	default:
		return nil
	}
	names, variants := adminNames(name, g.src.isoTypes[iso])
	i, err := g.add(p, names, variants)
	if err != nil {
		return err
	}
	g.admins[code] = i
	g.st.admins++
	return nil
}

func (g *builder) hasCountry(iso string) bool { return g.countryRow(iso) >= 0 }

func (g *builder) countryRow(iso string) int {
	return slices.IndexFunc(g.src.countries, func(c country) bool { return c.ISO2 == iso })
}

// seats picks the place that stands for each admin1 region: its most
// populous PPLA (the seat), else its most populous place.
func (g *builder) seats() map[string]*city {
	out := make(map[string]*city)
	for i := range g.src.cities {
		c := &g.src.cities[i]
		code := c.country + "." + c.admin1
		if cur := out[code]; cur == nil || betterSeat(c, cur, "PPLA") {
			out[code] = c
		}
	}
	return out
}

func (g *builder) addFeatures(feats []feature) error {
	for _, f := range feats {
		names := append([]string{f.name}, f.aliases...)
		if f.kind == geo.KindCountry {
			i, ok := g.countries[f.country]
			if !ok {
				return fmt.Errorf("features.tsv: no country %s", f.country)
			}
			for _, n := range names {
				g.b.AddName(i, n, false)
			}
			continue
		}
		if i, ok := g.matchAdmin(f, names); ok {
			for _, n := range names {
				g.b.AddName(i, n, false)
			}
			g.st.merged++
			continue
		}
		p := geo.Place{Name: f.name, Country: f.country, Lat: f.lat, Lon: f.lon, Kind: f.kind}
		if f.kind == geo.KindAdmin1 {
			// a state GeoNames does not list among the country's
			// first-level divisions ("South West State" of Somalia)
			p.Admin1, p.Feature = f.name, "ADM1"
		}
		if _, err := g.add(p, names, nil); err != nil {
			return err
		}
		g.st.features++
	}
	return nil
}

// matchAdmin finds the admin1 region a hand-written region or island
// already is in GeoNames ("Crimea", "Tigray", "Bekaa"), so it gets the
// feature's names instead of a duplicate.
func (g *builder) matchAdmin(f feature, names []string) (int, bool) {
	if f.country == "" || (f.kind != geo.KindRegion && f.kind != geo.KindIsland) {
		return 0, false
	}
	for _, code := range g.codes {
		i, ok := g.admins[code]
		if !ok || !strings.HasPrefix(code, f.country+".") {
			continue
		}
		bare := text.Fold(stripAdminAffix(g.src.admin1[code]))
		if slices.ContainsFunc(names, func(n string) bool { return text.Fold(n) == bare }) {
			return i, true
		}
	}
	return 0, false
}

func (g *builder) addCities() error {
	for i := range g.src.cities {
		c := &g.src.cities[i]
		kind := geo.KindCity
		if c.feature == "PPLC" {
			kind = geo.KindCapital
		}
		p := geo.Place{ID: c.id, Name: c.name, Country: c.country, Admin1: g.src.admin1[c.country+"."+c.admin1],
			Lat: c.lat, Lon: c.lon, Kind: kind, Feature: c.feature, Population: c.population}
		names, alts := cleanNames([]string{c.name, c.ascii}), cityAlternates(c)
		if slices.Contains(arabicCountries, c.country) {
			alts = append(alts, withoutArticle(names)...)
			alts = append(alts, withoutArticle(alts)...)
		}
		alts = append(alts, withoutApostrophes(append(names, alts...))...)
		if _, err := g.add(p, names, alts); err != nil {
			return err
		}
		g.st.cities++
	}
	return nil
}

// arabicCountries are where place names carry the Arabic article, which
// English news often drops ("Al Hasakah", "Hasakah").
var arabicCountries = []string{"AE", "BH", "DJ", "DZ", "EG", "EH", "IQ", "JO", "KM", "KW", "LB", "LY",
	"MA", "MR", "OM", "PS", "QA", "SA", "SD", "SO", "SY", "TN", "YE"}

// articlePrefixes are the Arabic article and its assimilated forms, folded.
var articlePrefixes = []string{"al-", "al ", "el-", "el ", "ar-", "ar ", "as-", "as ", "ad-", "ad ",
	"ash-", "ash ", "an-", "an ", "az-", "az ", "at-", "at ", "ath-", "ath ", "adh-", "adh "}

// withoutArticle returns the names that start with the article, without
// it and without the apostrophe of an ayn that follows it.
func withoutArticle(names []string) []string {
	var out []string
	for _, n := range names {
		key := text.Fold(n)
		for _, a := range articlePrefixes {
			if rest, ok := strings.CutPrefix(key, a); ok && len(rest) >= 3 {
				out = append(out, strings.TrimLeft(rest, "'’‘ʿ`")) // "Al 'Amadiyah": "Amadiyah"
				break
			}
		}
	}
	return out
}

// withoutApostrophes returns the names that hold a transliteration
// apostrophe, without it: English news writes "Tskhinvali" for
// GeoNames' "Ts'khinvali".
func withoutApostrophes(names []string) []string {
	var out []string
	for _, n := range names {
		if m := strings.NewReplacer("'", "", "’", "", "ʼ", "").Replace(n); m != n && len(m) >= 4 {
			out = append(out, m)
		}
	}
	return out
}

// cleanNames drops what no text writes as part of a name: the
// parenthesised note of "Cofradía de Navolato (Cofradía de los Rocha)" and
// the bilingual pairing of "Arenys de Lledó / Arens de Lledó", whose halves
// are names of their own.
func cleanNames(names []string) []string {
	var out []string
	for _, n := range names {
		n, _, _ = strings.Cut(n, "(")
		for _, part := range strings.Split(n, "/") {
			if part = strings.TrimSpace(part); part != "" {
				out = append(out, part)
			}
		}
	}
	return out
}

func cityAlternates(c *city) []string {
	all := c.population >= altMinPopulation || c.feature == "PPLC" || c.feature == "PPLA" || c.feature == "PPLA2"
	if !all && c.population < spellingMinPopulation {
		return nil
	}
	var out []string
	for _, a := range strings.Split(c.alternates, ",") {
		if englishAlternate(a) && (all || respelling(a, c.ascii)) {
			out = append(out, a)
		}
	}
	return out
}

// respelling reports whether alternate a spells name another way: within
// two letters of it ("Jebeniana" of Djebeniana), or its words begin or end
// it ("Lamitan" of Lamitan City, "La Skhira" of Skhira).
func respelling(a, name string) bool {
	short, long := text.Fold(a), text.Fold(name)
	if len(short) > len(long) {
		short, long = long, short
	}
	return text.EditDistance(short, long) <= 2 || strings.HasPrefix(long, short+" ") || strings.HasSuffix(long, " "+short)
}

// maxAltWords bounds the words of an alternate name; longer ones are
// descriptions ("City of New York of the Pacific"), not names in use.
const maxAltWords = 5

// arabicArticles may start an alternate name in lower case ("al-Mawsil");
// any other lower-case start marks a machine transliteration ("ji fu").
var arabicArticles = []string{"al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-", "ath-", "adh-"}

// englishAlternate reports whether a GeoNames alternate name plausibly
// appears in English text: Latin script, capitalised, not a code (all
// capitals, digits), at most 40 characters.
func englishAlternate(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 4 || n > 40 || !latin(s) || strings.ToUpper(s) == s || strings.Count(s, " ") >= maxAltWords {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsUpper(r) {
		return true
	}
	for _, a := range arabicArticles {
		if strings.HasPrefix(s, a) {
			return true
		}
	}
	return false
}

// latin reports whether s is written in Latin letters with the punctuation
// of place names, and no digits.
func latin(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Latin, r):
			letters++
		case unicode.Is(unicode.Lm, r), unicode.Is(unicode.Mn, r), strings.ContainsRune(" -'.’‘", r):
		default:
			return false
		}
	}
	return letters > 0
}
