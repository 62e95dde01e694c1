package main

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"sitrep/internal/text"
)

// handFIPS holds the codes that names cannot match, keyed by ISO 3166
// alpha-2 code: the French overseas departments, which have FIPS codes but
// no Factbook profile of their own; territories the Factbook names
// otherwise; and Palestine, which FIPS splits into the West Bank (WE) and
// the Gaza Strip (GZ): the table gives WE, and package gdelt takes the
// admin1 code of a place there, which GeoNames writes as WE or GZ.
var handFIPS = map[string]string{
	"GF": "FG", "GP": "GP", "MQ": "MB", "RE": "RE", "YT": "MF", // French overseas departments
	"SH": "SH", "SJ": "SV", "VI": "VQ", // Saint Helena, Svalbard, US Virgin Islands
	"PS": "WE",
}

// matchFIPS gives each country the GEC code of the Factbook profile that
// bears one of its names. It returns the codes by ISO alpha-2 code and a
// line for each country and each profile left without a partner.
func matchFIPS(world []country, profiles []profile) (map[string]string, []string) {
	byKey := map[string]string{}
	for _, w := range world {
		for _, k := range worldKeys(w) {
			if _, taken := byKey[k]; !taken && k != "" {
				byKey[k] = w.CCA2
			}
		}
	}
	out := map[string]string{}
	var unmatched []string
	for _, p := range profiles {
		iso := ""
		for _, n := range []string{p.Short, uninvert(p.Short), p.Long, uninvert(p.Long)} {
			if c, ok := byKey[key(n)]; ok && out[c] == "" {
				iso = c
				break
			}
		}
		if iso == "" {
			unmatched = append(unmatched, fmt.Sprintf("profile %s (%s)", p.GEC, p.Short))
			continue
		}
		out[iso] = p.GEC
	}
	for iso, gec := range handFIPS {
		out[iso] = gec
	}
	for _, w := range world {
		if out[w.CCA2] == "" {
			unmatched = append(unmatched, fmt.Sprintf("country %s (%s)", w.CCA2, w.Name.Common))
		}
	}
	return out, unmatched
}

// worldKeys are the keys of a country's main names.
func worldKeys(w country) []string {
	out := []string{key(w.Name.Common), key(w.Name.Official)}
	for _, a := range w.AltSpellings {
		if len(a) >= 4 {
			out = append(out, key(uninvert(a)))
		}
	}
	return slices.Compact(out)
}

// key folds a name for matching, without parentheses or a leading "the".
func key(name string) string {
	if i := strings.IndexByte(name, '('); i >= 0 {
		name = name[:i]
	}
	k := strings.Trim(text.Fold(name), "' ")
	k = strings.TrimPrefix(k, "the ")
	if !strings.ContainsFunc(k, unicode.IsLetter) {
		return ""
	}
	return k
}

// uninvert turns "Korea, South" into "South Korea".
func uninvert(name string) string {
	head, tail, ok := strings.Cut(strings.TrimSpace(name), ", ")
	if !ok || strings.Contains(tail, ",") {
		return name
	}
	return tail + " " + head
}
