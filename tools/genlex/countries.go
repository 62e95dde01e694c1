package main

import (
	"slices"
	"strings"
	"unicode"

	"sitrep/internal/lexicon"
	"sitrep/internal/lexicon/phoenix"
	"sitrep/internal/text"
)

// countries adds one entry per country of world-countries, coded as the
// Phoenix dictionary codes it, named from every source.
func (b *builder) countries(s *sources) {
	world := slices.Clone(s.world)
	slices.SortStableFunc(world, func(x, y worldCountry) int {
		if xi, yi := independent(x), independent(y); xi != yi {
			if xi {
				return -1
			}
			return 1
		}
		return strings.Compare(x.CCA3, y.CCA3)
	})
	blocks := countryBlocks(s.countries, world)
	for _, a := range blocks {
		b.used[a] = true
	}
	fb := factbookByISO3(s.factbook, s.world)
	entries := make([]*entry, len(world))
	for i, w := range world {
		code, iso3 := cameoCode(w, blocks[w.CCA3], s.world), alpha3(w.CCA3)
		b.independent[iso3] = independent(w)
		e := b.add(&entry{group: groupCountry, Entry: lexicon.Entry{ID: code, Name: w.Name.Common,
			Kind: lexicon.KindCountry, Code: code, Country: code, ISO2: w.CCA2, ISO3: iso3}})
		for _, c := range []string{w.CCA3, iso3, w.CCA2, code} {
			if _, taken := b.country[c]; !taken {
				b.country[c] = e
			}
		}
		// Every common name first, so that no other country's variant takes it.
		b.addName(e, w.Name.Common, lexicon.FormName, nameOpts{curated: true})
		entries[i] = e
	}
	for i, w := range world {
		b.countryNames(entries[i], w, s, fb[w.CCA3], blocks[w.CCA3], independent(w))
	}
	b.historicCountries(s.countries)
	for _, e := range b.entries {
		for _, n := range e.names {
			if n.Form == lexicon.FormAbbrev && n.CaseSensitive {
				b.words.acronyms[n.Surface] = true
			}
		}
	}
}

func independent(w worldCountry) bool { return w.Independent == nil || *w.Independent }

// countryNames adds the names of one country. A name that another country
// has is left out when this one is a territory ("American" for the US
// islands), when it comes from a list of variants, or when it is the
// other's common name ("Guinea" among Guinea-Bissau's variants).
func (b *builder) countryNames(e *entry, w worldCountry, s *sources, fb *factbookCountry, block *phoenix.Actor, indep bool) {
	add := func(name string, form lexicon.Form, curated bool) {
		for _, other := range b.byKey[keyOf(name)] {
			if other != e && other.Kind == lexicon.KindCountry && (!indep || !curated || isNameOf(other, keyOf(name))) {
				return
			}
		}
		b.addName(e, name, form, nameOpts{curated: curated})
	}
	add(w.Name.Official, lexicon.FormFormal, true)
	if iso, ok := s.isoNames[w.CCA3]; ok {
		for _, n := range []string{iso.CommonName, iso.Name, iso.OfficialName} {
			if n = uninvert(n); n != "" {
				add(n, countryForm(n), true)
			}
		}
	}
	for _, a := range w.AltSpellings {
		if a = uninvert(a); a != "" && !isCodeLike(a) {
			add(a, countryForm(a), false)
		}
	}
	if fb != nil {
		add(fb.Long, lexicon.FormFormal, true)
		add(fb.Short, countryForm(fb.Short), true)
	}
	for _, row := range s.handCodes {
		if field(row, 0) == w.CCA3 {
			for _, n := range splitList(field(row, 2)) {
				add(n, lexicon.Form(field(row, 1)), true)
			}
		}
	}
	ds := demonyms(w, s.nation[w.CCA2])
	if fb != nil && !placeholder(fb.Adjective) && !strings.ContainsAny(fb.Adjective, "(,;/") && !slices.Contains(ds, fb.Adjective) {
		ds = append(ds, fb.Adjective) // "Nepali" beside "Nepalese"
	}
	for _, d := range ds {
		add(d, lexicon.FormDemonym, true)
		if p := demonymPlural(d); p != "" {
			add(p, lexicon.FormDemonymPlural, true)
		}
	}
	if block != nil {
		known := make([]string, len(e.names))
		for i, n := range e.names {
			known[i] = n.Key
		}
		for _, syn := range block.Names {
			if k := keyOf(syn); k != "" && similarCountryName(k, known) && !s.places[w.CCA2][k] {
				add(syn, countryForm(strings.ToLower(syn)), false)
			}
		}
	}
	for _, c := range capitals(w, fb) {
		if e.Capital == "" {
			e.Capital = c
		}
		add(c, lexicon.FormCapital, false)
	}
}

// isNameOf reports whether key is the common name of e.
func isNameOf(e *entry, key string) bool {
	return len(e.names) > 0 && e.names[0].Key == key && e.names[0].Form == lexicon.FormName
}

// uninvert turns ISO's "Korea, Republic of" into "Republic of Korea".
func uninvert(name string) string {
	name = strings.TrimSpace(name)
	head, tail, ok := strings.Cut(name, ", ")
	if !ok || strings.Contains(tail, ",") {
		return name
	}
	return tail + " " + head
}

// isCodeLike reports whether an alternative spelling is a bare ISO code
// ("RU", "US"), which the lexicon leaves to the hand table.
func isCodeLike(s string) bool {
	return len(s) == 2 && strings.ToUpper(s) == s
}

// countryForm classifies a country's alternative name.
func countryForm(name string) lexicon.Form {
	if !strings.ContainsFunc(name, unicode.IsLower) && !strings.Contains(name, " ") && len(name) <= 8 {
		return lexicon.FormAbbrev
	}
	for _, w := range words(keyOf(name)) {
		if formalWords[w] {
			return lexicon.FormFormal
		}
	}
	return lexicon.FormAlias
}

// demonyms returns the English adjectives of a country.
func demonyms(w worldCountry, nationality string) []string {
	var out []string
	if d, ok := w.Demonyms["eng"]; ok {
		out = append(out, d.M, d.F)
	}
	if nationality != "" && !strings.ContainsAny(nationality, "(,-") && !strings.Contains(nationality, " or ") &&
		keyOf(nationality) != keyOf(w.Name.Common) && !strings.HasSuffix(nationality, "s") {
		out = append(out, nationality)
	}
	return slices.DeleteFunc(slices.Compact(out), placeholder)
}

// placeholder reports whether a demonym is no word: empty, or in
// capitals ("NA", the Factbook's adjective for the Northern Mariana
// Islands).
func placeholder(d string) bool {
	return len(d) < 3 || strings.ToUpper(d) == d
}

// demonymPlural returns the people noun of a demonym ("Russians"), or ""
// when the adjective does not take an -s ("Chinese", "French", "Swiss").
func demonymPlural(d string) string {
	lw := strings.ToLower(d)
	for _, suf := range []string{"ese", "s", "sh", "z", "y", "x"} {
		if strings.HasSuffix(lw, suf) {
			return ""
		}
	}
	if strings.HasSuffix(lw, "ch") && !strings.HasSuffix(lw, "ech") {
		return ""
	}
	return d + "s"
}

// capitals returns a country's capitals with the short forms news uses:
// "Washington D.C." also as "Washington".
func capitals(w worldCountry, fb *factbookCountry) []string {
	list := slices.Clone(w.Capital)
	if fb != nil && fb.Capital != "" {
		c, _, _ := strings.Cut(parenRE.ReplaceAllString(fb.Capital, ""), ";")
		list = append(list, strings.TrimSpace(c))
	}
	var out []string
	for _, c := range list {
		if strings.HasPrefix(c, "The ") {
			continue // "The Valley" would be the key "valley"
		}
		out = append(out, c)
		for _, suf := range []string{", D.C.", " D.C.", ", DC", " DC"} {
			if short, ok := strings.CutSuffix(c, suf); ok {
				out = append(out, short)
				break
			}
		}
	}
	return out
}

// similarCountryName reports whether a Phoenix synonym of a country is a
// name of it (a spelling, a formal variant) rather than one of its cities,
// provinces or rivers, which the dictionary also lists.
func similarCountryName(key string, known []string) bool {
	for _, n := range known {
		if key == n || qualifiedName(key, n) {
			return true
		}
		d := text.EditDistance(key, n)
		if (len(n) >= 6 && d <= 2) || (len(n) >= 4 && d <= 1) {
			return true
		}
		if !strings.Contains(key, " ") && !strings.Contains(n, " ") && len(key) >= 5 && len(n) >= 5 &&
			key[:4] == n[:4] && max(len(key)-len(n), len(n)-len(key)) <= 2 {
			return true
		}
	}
	return false
}

// qualifiedName reports whether key is n with qualifiers only: "republic
// of georgia" for "georgia".
func qualifiedName(key, n string) bool {
	i := strings.Index(" "+key+" ", " "+n+" ")
	if i < 0 {
		return false
	}
	rest := key[:i] + key[i+len(n):]
	for _, w := range words(rest) {
		if !countryQualifiers[w] {
			return false
		}
	}
	return true
}

// countryBlocks finds the Phoenix block of each country: one coded with
// its ISO3 code (or a territory code "USAASM") that bears one of its names,
// else one whose base name is the country's name.
func countryBlocks(actors []phoenix.Actor, world []worldCountry) map[string]*phoenix.Actor {
	iso := map[string]bool{}
	for _, w := range world {
		iso[w.CCA3] = true
	}
	cand := map[string][]*phoenix.Actor{}
	for i := range actors {
		a := &actors[i]
		for _, c := range a.Codes {
			switch {
			case len(c.Code) == 3 && iso[c.Code]:
				cand[c.Code] = append(cand[c.Code], a)
			case len(c.Code) == 6 && iso[c.Code[3:]] && iso[c.Code[:3]]:
				cand[c.Code[3:]] = append(cand[c.Code[3:]], a)
			}
		}
	}
	base := map[string]*phoenix.Actor{}
	for i := range actors {
		if a := &actors[i]; hasCountryCode(a) {
			if k := unhyphen(keyOf(a.Names[0])); base[k] == nil {
				base[k] = a
			}
		}
	}
	out := map[string]*phoenix.Actor{}
	for _, w := range world {
		names := worldKeys(w)
		for _, a := range cand[w.CCA3] {
			if slices.ContainsFunc(a.Names, func(n string) bool { return slices.Contains(names, keyOf(n)) }) {
				out[w.CCA3] = a
				break
			}
		}
		if out[w.CCA3] == nil {
			for _, n := range names {
				if a := base[unhyphen(n)]; a != nil {
					out[w.CCA3] = a
					break
				}
			}
		}
	}
	return out
}

func unhyphen(key string) string { return strings.ReplaceAll(key, "-", " ") }

func hasCountryCode(a *phoenix.Actor) bool {
	return slices.ContainsFunc(a.Codes, func(c phoenix.Code) bool { return len(c.Code) == 3 || len(c.Code) == 6 })
}

// worldKeys are the keys of a country's main names.
func worldKeys(w worldCountry) []string {
	out := []string{keyOf(w.Name.Common), keyOf(w.Name.Official)}
	for _, a := range w.AltSpellings {
		if len(a) >= 4 {
			out = append(out, keyOf(uninvert(a)))
		}
	}
	return out
}

// cameoCode is the code Phoenix gives a country now, unless that is
// another country's code (Mayotte is coded as France).
func cameoCode(w worldCountry, block *phoenix.Actor, world []worldCountry) string {
	if block == nil {
		return w.CCA3
	}
	var codes []phoenix.Code
	for _, c := range block.Codes {
		if len(c.Code) == 3 || len(c.Code) == 6 {
			codes = append(codes, c)
		}
	}
	code := current(codes)
	if code == "" || code == w.CCA3 {
		return w.CCA3
	}
	for _, o := range world {
		if o.CCA3 == code && o.CCA3 != w.CCA3 {
			return w.CCA3
		}
	}
	return code
}

// factbookByISO3 matches Factbook profiles to countries by name.
func factbookByISO3(fb []factbookCountry, world []worldCountry) map[string]*factbookCountry {
	byKey := map[string]string{}
	for _, w := range world {
		for _, k := range worldKeys(w) {
			if _, taken := byKey[k]; !taken && k != "" {
				byKey[k] = alpha3(w.CCA3)
			}
		}
	}
	out := map[string]*factbookCountry{}
	for i := range fb {
		c := &fb[i]
		for _, n := range []string{c.Short, c.Long} {
			if iso, ok := byKey[keyOf(n)]; ok && out[iso] == nil {
				out[iso] = c
				break
			}
		}
	}
	return out
}

// historicCountries adds the countries that Phoenix codes and
// world-countries lacks because they no longer exist: the Soviet Union,
// Yugoslavia, East Germany.
func (b *builder) historicCountries(actors []phoenix.Actor) {
	for i := range actors {
		a := &actors[i]
		code := ""
		for _, c := range a.Codes {
			if historic[c.Code] && b.country[c.Code] == nil {
				code = c.Code
			}
		}
		if b.used[a] || code == "" {
			continue
		}
		e := b.add(&entry{group: groupCountry, Entry: lexicon.Entry{ID: code, Kind: lexicon.KindCountry,
			Code: code, Country: code, Name: titleCase(a.Names[0], nil)}})
		b.country[code] = e
		b.used[a] = true
		for i, n := range a.Names {
			form := lexicon.FormAlias
			if i == 0 {
				form = lexicon.FormName
			}
			b.addName(e, n, form, nameOpts{})
		}
	}
}

// historic are the CAMEO codes of states that have ceased to exist.
var historic = set(`SUN DDR YUG CSK YMD RVN`)

// alpha3 is the three-letter code news data gives a country: the
// dataset's own, save Kosovo's, which it writes UNK (the UN mission's)
// where the EU, the IMF and ISO's user-assigned range write XKX.
func alpha3(cca3 string) string {
	if cca3 == "UNK" {
		return "XKX"
	}
	return cca3
}
