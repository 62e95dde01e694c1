package main

import (
	"slices"
	"strings"
	"unicode"

	"sitrep/internal/lexicon"
	"sitrep/internal/lexicon/phoenix"
	"sitrep/internal/text"
)

// activeFrom drops the actors whose every code ended before it: the
// lexicon is for current news, and old names crowd the keys.
const activeFrom = "1990-01-01"

// fileKind says which Phoenix dictionary an actor comes from.
type fileKind int

const (
	fileCountries fileKind = iota
	fileIntl
	fileNonState
)

// phoenixActors adds the organisations, armed groups, offices and people of
// the Phoenix actor dictionaries, except the country blocks in skip.
func (b *builder) phoenixActors(s *sources, skip map[*phoenix.Actor]bool) {
	b.learnWords(s)
	for _, f := range []struct {
		actors []phoenix.Actor
		kind   fileKind
	}{{s.countries, fileCountries}, {s.intl, fileIntl}, {s.nonState, fileNonState}} {
		for i := range f.actors {
			a := &f.actors[i]
			codes := validCodes(a.Codes)
			if skip[a] || len(codes) == 0 || !activeSince(codes, activeFrom) {
				continue
			}
			if b.isPerson(a, codes) {
				b.person(a.Names, codes)
				continue
			}
			b.org(a, codes, f.kind)
		}
	}
}

// learnWords collects the word lists that classify names: given names,
// the words of role nouns and of country names.
func (b *builder) learnWords(s *sources) {
	for _, a := range s.countries {
		if strings.Contains(a.Comment, "CountryInfo") {
			if w := words(keyOf(a.Names[0])); len(w) > 1 {
				b.words.given[w[0]]++
			}
		}
	}
	var phrases []string
	for _, a := range s.agents {
		phrases = append(phrases, a.Phrase)
	}
	for _, r := range s.handAgents {
		phrases = append(phrases, field(r, 0))
	}
	for _, p := range phrases {
		for _, ph := range expandStem(keyOf(p)) {
			for _, w := range words(ph) {
				b.words.agent[w] = true
			}
			b.words.heads[headNoun(ph)] = true
		}
	}
	// The words of countries and of the curated IGOs qualify titles:
	// "Russian foreign minister", "UN secretary-general".
	for _, e := range b.entries {
		if e.Kind != lexicon.KindCountry && !(e.hand && e.Kind == lexicon.KindIGO) {
			continue
		}
		for _, n := range e.names {
			if n.Form != lexicon.FormCapital && n.Form != lexicon.FormSeat {
				for _, w := range words(n.Key) {
					b.words.place[w] = true
				}
			}
		}
	}
}

// validCodes drops the "[---]" codes, which say "no code".
func validCodes(codes []phoenix.Code) []phoenix.Code {
	var out []phoenix.Code
	for _, c := range codes {
		if strings.Trim(c.Code, "-") != "" {
			out = append(out, c)
		}
	}
	return out
}

// isPerson tells people from bodies. The country dictionary marks its
// leaders ("# CountryInfo.txt"); otherwise a person has a short name that
// starts with a known given name and has no word of an organisation.
func (b *builder) isPerson(a *phoenix.Actor, codes []phoenix.Code) bool {
	if strings.Contains(a.Comment, "CountryInfo") || strings.Contains(a.Comment, "IGOrulers") {
		return true
	}
	base, _ := splitParens(a.Names[0])
	rest, _ := b.stripTitle(words(keyOf(base)))
	if len(rest) < 2 || len(rest) > 5 || hasOrgWord(rest) {
		return false
	}
	for _, c := range codes {
		if strings.HasSuffix(c.Code, "ELI") {
			return true
		}
	}
	return b.givenName(rest[0]) || b.isPersonKey(strings.Join(rest, " ")) || b.titledSynonym(a.Names[1:]) ||
		b.namedOfficer(rest, codes) || patronymic(rest)
}

// patronymic reports whether a name has the particles of an Arabic
// person's name: "osama bin laden", "abu bakr al-baghdadi".
func patronymic(ws []string) bool {
	for _, w := range ws[1:] {
		if w == "bin" || w == "ibn" || w == "bint" {
			return true
		}
	}
	return ws[0] == "abu" && len(ws) >= 3
}

// givenName reports whether a word starts the names of several people of
// the country dictionary, and is no particle ("al", "bin").
func (b *builder) givenName(w string) bool {
	return b.words.given[w] >= 3 && !nameParticles[w]
}

// namedOfficer reports whether a short name under an IGO or NGO code is a
// person's: those bodies' names have an organisation word, a role word or
// a preposition ("Human Rights Watch", "Save the Children"), their
// officers' names none, and start with a known given name or hold dated
// posts. Companies are often named after people, so MNC codes are left
// out.
func (b *builder) namedOfficer(rest []string, codes []phoenix.Code) bool {
	c := codeCountry(current(codes))
	if (c != "IGO" && c != "NGO") || len(rest) > 3 {
		return false
	}
	dated := slices.ContainsFunc(codes, func(c phoenix.Code) bool { return c.From != "" || c.To != "" })
	if b.words.given[rest[0]] == 0 && !dated {
		return false
	}
	for _, w := range rest {
		if b.words.inTitle(w) || prepositions[w] || lowerParticles[w] {
			return false
		}
	}
	return true
}

// isPersonKey reports whether an earlier block made a person of key.
func (b *builder) isPersonKey(key string) bool {
	for _, x := range b.byKey[key] {
		if x.Kind == lexicon.KindPerson {
			return true
		}
	}
	return false
}

// titledSynonym reports whether a synonym is a name after a title
// ("PRESIDENT_XI_JINPING"), which only people have.
func (b *builder) titledSynonym(names []string) bool {
	for _, n := range names {
		ws := words(keyOf(n))
		rest, title := b.stripTitle(ws)
		if title != "" && len(rest) >= 2 && !hasOrgWord(rest) {
			return true
		}
	}
	return false
}

// looksLikePerson reports whether a synonym of an organisation is a
// person's name (the dictionaries list leaders under their group).
func (b *builder) looksLikePerson(name string) bool {
	w := words(keyOf(name))
	return len(w) >= 2 && len(w) <= 4 && !hasOrgWord(w) && b.givenName(w[0]) && !b.words.inTitle(w[0])
}

// physicalFeature reports whether a name is that of a sea, river or
// other feature of the land, which the dictionaries sometimes file as a
// body ("Indian Ocean" under India's legislature): a short name ending in
// a feature noun, with no word of bodies.
func physicalFeature(name string) bool {
	w := words(keyOf(name))
	return len(w) >= 2 && len(w) <= 3 && featureNouns[w[len(w)-1]] && !hasOrgWord(w)
}

var featureNouns = map[string]bool{"ocean": true, "sea": true, "river": true, "lake": true, "gulf": true, "strait": true,
	"mountains": true, "desert": true, "peninsula": true}

// hasOrgWord reports whether a name has a word of bodies, or a number.
func hasOrgWord(ws []string) bool {
	for _, w := range ws {
		if orgWords[w] || strings.ContainsFunc(w, unicode.IsDigit) {
			return true
		}
	}
	return false
}

// stripTitle splits the title words off the front of a name: "russian
// foreign minister sergey lavrov" -> "sergey lavrov", "foreign minister".
// The title keeps its role words, not the country or "former".
func (b *builder) stripTitle(ws []string) (rest []string, title string) {
	i, head := 0, false
	for i < len(ws) && b.words.inTitle(ws[i]) {
		head = head || b.words.isHead(ws[i]) || b.words.isHead(beforeHyphen(ws[i]))
		i++
	}
	if !head {
		return ws, "" // "osama bin laden": no role word, so no title
	}
	var t []string
	for _, w := range ws[:i] {
		if !b.words.place[w] && !titleWords[w] && !b.words.acronyms[strings.ToUpper(w)] {
			t = append(t, w)
		}
	}
	if len(t) > 0 && !titleHeads[t[len(t)-1]] {
		t = nil
	}
	return ws[i:], strings.Join(t, " ")
}

// beforeHyphen returns what precedes the last hyphen: "president-elect" ->
// "president".
func beforeHyphen(w string) string {
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		return w[:i]
	}
	return w
}

// person adds or extends a person from a block's names and codes.
func (b *builder) person(names []string, codes []phoenix.Code) {
	type pname struct {
		raw   string
		key   string
		title string
	}
	var list []pname
	for i, raw := range names {
		base, _ := splitParens(raw)
		if base == "" || strings.Contains(base, ",") {
			continue
		}
		all := words(text.Fold(base))
		rest, title := b.stripTitle(all)
		if i == 0 && len(rest) < 2 {
			rest, title = all, ""
		}
		if len(rest) < 2 || hasOrgWord(rest) || strings.Contains(base, "'S") || (i > 0 && nameParticles[rest[0]]) {
			continue // a surname alone ("BIN LADEN"), or "ASSAD REGIME", "SYRIA'S GOVERNMENT"
		}
		raws := strings.Fields(base)
		list = append(list, pname{raw: strings.Join(raws[len(raws)-len(rest):], " "),
			key: strings.Join(rest, " "), title: title})
	}
	if len(list) == 0 || len(words(list[0].key)) < 2 {
		return
	}
	var keys []string
	for _, p := range list {
		keys = append(keys, keyOf(p.key))
		keys = append(keys, variants(keyOf(p.key), true)...)
	}
	e := b.findPerson(keys, codes)
	if e == nil {
		display := titleCase(list[0].raw, b.words.acronyms)
		e = b.add(&entry{group: groupPerson, titles: map[string]int{}, Entry: lexicon.Entry{
			ID: "p:" + slug(display), Name: display, Kind: lexicon.KindPerson}})
		b.addName(e, display, lexicon.FormName, nameOpts{person: true})
	}
	e.Roles = append(e.Roles, rolesOf(codes)...)
	for _, p := range list {
		if p.title != "" {
			e.titles[p.title]++
		}
		if !b.ownedElsewhere(p.key, e) {
			b.addName(e, p.raw, lexicon.FormAlias, nameOpts{person: true})
		}
	}
}

// findPerson returns the person already named by one of keys who shares a
// country or an international organisation with codes.
func (b *builder) findPerson(keys []string, codes []phoenix.Code) *entry {
	mine := map[string]bool{}
	for _, c := range codes {
		mine[codeCountry(c.Code)] = true
	}
	for _, k := range keys {
		for _, x := range b.byKey[k] {
			if x.Kind != lexicon.KindPerson {
				continue
			}
			for _, r := range x.Roles {
				if mine[codeCountry(r.Code)] || mine["IGO"] || codeCountry(r.Code) == "IGO" {
					return x
				}
			}
			if len(x.Roles) == 0 {
				return x
			}
		}
	}
	return nil
}

// codeCountry returns the first three letters of a code: its country, or
// IGO, NGO, MNC...
func codeCountry(code string) string {
	if len(code) < 3 {
		return code
	}
	return code[:3]
}

// ownedElsewhere reports whether a country or a curated entry other than e
// has key: a generated name does not take it from them.
func (b *builder) ownedElsewhere(key string, e *entry) bool {
	for _, x := range b.byKey[keyOf(key)] {
		if x != e && (x.Kind == lexicon.KindCountry || x.hand) {
			return true
		}
	}
	return false
}

// orgName is a name of an organisation block with its form.
type orgName struct {
	surface string
	form    lexicon.Form
}

// org adds or extends an organisation, armed group or office.
func (b *builder) org(a *phoenix.Actor, codes []phoenix.Code, file fileKind) {
	code := current(codes)
	var list []orgName
	for i, raw := range a.Names {
		base, acr := splitParens(raw)
		if base == "" || strings.Contains(base, ",") || physicalFeature(base) {
			continue
		}
		if i > 0 && b.looksLikePerson(base) {
			b.person([]string{base}, codes)
			continue
		}
		form := lexicon.FormAlias
		if len(list) == 0 {
			form = lexicon.FormName
		}
		list = append(list, orgName{base, form})
		for _, x := range acr {
			list = append(list, orgName{x, lexicon.FormAbbrev})
		}
	}
	if len(list) == 0 {
		return
	}
	target, seat := b.orgTarget(list, code)
	switch {
	case seat != nil:
		b.addSeats(target, list, *seat)
		return
	case target == nil:
		target = b.newOrg(list[0].surface, code, b.orgKind(list[0].surface, code, file))
		if len(distinctCodes(codes)) > 1 {
			target.Roles = rolesOf(codes)
		}
	}
	for _, n := range list {
		if b.ownedElsewhere(n.surface, target) {
			continue
		}
		form := n.form
		if form == lexicon.FormName && len(target.names) > 0 {
			form = lexicon.FormAlias
		}
		if form == lexicon.FormAlias && acronymLike(n.surface) && len(n.surface) <= 6 {
			form = lexicon.FormAbbrev
		}
		b.addName(target, n.surface, form, nameOpts{})
	}
}

// distinctCodes returns the set of codes, whatever their dates.
func distinctCodes(codes []phoenix.Code) map[string]bool {
	m := map[string]bool{}
	for _, c := range codes {
		m[c.Code] = true
	}
	return m
}

// orgTarget finds the entry a block merges into: a curated entry of a
// compatible code, or an earlier block of the same code, that shares a
// name; or the country whose seat the block names ("KREMLIN [RUSGOV]"),
// with that seat.
func (b *builder) orgTarget(list []orgName, code string) (*entry, *lexicon.Name) {
	for _, n := range list {
		k := keyOf(n.surface)
		for _, x := range b.byKey[k] {
			switch {
			case x.Kind == lexicon.KindCountry:
				if s := seatOf(x, k); s != nil && codeCountry(code) == x.Code {
					return x, s
				}
			case x.Kind == lexicon.KindPerson:
			case x.hand && compatibleCodes(x.Code, code):
				return x, nil
			case !x.hand && x.Code == code:
				return x, nil
			}
		}
	}
	return nil, nil
}

// seatOf returns the seat of e with the key, or nil.
func seatOf(e *entry, key string) *lexicon.Name {
	for i, n := range e.names {
		if n.Key == key && n.Form == lexicon.FormSeat {
			return &e.names[i]
		}
	}
	return nil
}

// compatibleCodes reports whether a Phoenix code can be the curated one's:
// the same, or not of two different countries.
func compatibleCodes(hand, code string) bool {
	if hand == code {
		return true
	}
	hc, cc := codeCountry(hand), codeCountry(code)
	return hc == cc || !isCountryCode(hc) || !isCountryCode(cc)
}

// isCountryCode tells a country prefix from the IGO, NGO, MNC and IMG ones.
func isCountryCode(c string) bool {
	switch c {
	case "IGO", "NGO", "NGM", "MNC", "IMG", "MED", "ELI":
		return false
	}
	return len(c) == 3
}

// addSeats adds the other place names of a block to the seat of a
// country it names ("U.S. Department of State" to "the State Department"),
// leaving out the people and posts the block also lists ("White House
// spokesman").
func (b *builder) addSeats(country *entry, list []orgName, seat lexicon.Name) {
	o := nameOpts{seat: true, sector: seat.Sector, inst: seat.Institution, display: seat.Display}
	for _, n := range list {
		if !b.ownedElsewhere(n.surface, country) && !b.namesRole(n.surface) {
			b.addName(country, n.surface, lexicon.FormSeat, o)
		}
	}
}

// namesRole reports whether a name has a title or a person noun in it.
func (b *builder) namesRole(name string) bool {
	for _, w := range words(keyOf(name)) {
		if titleHeads[w] || personNouns[w] {
			return true
		}
	}
	return false
}

// newOrg adds a body named by an upper-case Phoenix name.
func (b *builder) newOrg(name, code string, kind lexicon.Kind) *entry {
	name = strings.TrimPrefix(name, "THE ")
	display := titleCase(name, b.words.acronyms)
	if looksAcronym(name) {
		display = name
	}
	g := groupOrg
	switch kind {
	case lexicon.KindIGO:
		g = groupIGO
	case lexicon.KindArmedGroup:
		g = groupArmed
	case lexicon.KindOffice:
		g = groupOffice
	}
	return b.add(&entry{group: g, Entry: lexicon.Entry{ID: "o:" + slug(display), Name: display, Kind: kind,
		Code: code, Country: b.countryPrefix(code), Sector: b.sectorOf(code)}})
}

// orgKind classifies a body by its code and dictionary.
func (b *builder) orgKind(name, code string, file fileKind) lexicon.Kind {
	switch {
	case strings.HasPrefix(code, "IGO"):
		return lexicon.KindIGO
	case file == fileNonState, strings.HasPrefix(code, "IMG"):
		return lexicon.KindArmedGroup
	}
	switch b.sectorOf(code) {
	case "REB", "INS", "UAF", "SEP":
		return lexicon.KindArmedGroup
	}
	if p := codeCountry(code); p != "MNC" && p != "NGO" && b.isOffice(name) {
		return lexicon.KindOffice
	}
	return lexicon.KindOrganization
}

// isOffice reports whether a name is a post without a holder: title and
// country words only, about a title ("US SECRETARY OF STATE").
func (b *builder) isOffice(name string) bool {
	key := keyOf(name)
	for _, w := range words(key) {
		if !b.words.inTitle(w) {
			return false
		}
	}
	return titleHeads[headNoun(key)]
}
