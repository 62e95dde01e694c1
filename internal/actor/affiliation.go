package actor

import (
	"cmp"
	"maps"
	"slices"
	"strings"

	"sitrep/internal/geo"
	"sitrep/internal/lexicon"
	"sitrep/internal/ner"
	"sitrep/internal/report"
	"sitrep/internal/text"
)

// insurgents reports whether a body's name is that of an army, a defence
// force, a liberation front or a cartel, which, with no country's name
// before it, is an armed group's: "Azawad Liberation Front", "Front for
// the Liberation of the Enclave of Cabinda", "Santa Rosa de Lima Cartel",
// and a guerrilla's front, numbered or of war ("the 36th Front", "the
// Eastern War Front"); not "Defence Forces", which states' forces are
// called too.
func insurgents(name string) bool {
	f := fields(name)
	if len(f) < 2 {
		return false
	}
	last, before := f[len(f)-1], f[len(f)-2]
	defence := before == "defence" || before == "defense"
	return last == "army" || last == "cartel" || last == "force" && defence ||
		last == "front" && (before == "war" || ner.Ordinal(f[0])) ||
		slices.Contains(f, "liberation") && slices.ContainsFunc(f, func(w string) bool { return w == "front" || w == "army" })
}

// organization builds a new organisation: its country comes from the
// country its name starts with ("Libyan National Army", "Royal Thai
// Army") and its sector from its head word ("Army" -> MIL).
func (x *doc) organization(sp ner.Span, name string) report.Entity {
	e := report.Entity{Name: name, Kind: report.KindOrganization, Role: x.descriptor(sp.First)}
	if sp.Why == "group-noun" {
		// "M23 rebels": an armed group the lexicon does not know.
		e.Kind, e.Code, e.Sector = report.KindArmedGroup, "REB", "REB"
	}
	if c, ok := ner.VesselPrefix(x.d.Word(sp.First)); ok && c != "" {
		// "INS Kolkata" is a ship of India's navy.
		e.Country, e.Affiliation, e.Code, e.Sector = c, c, c+"MIL", "MIL"
	}
	of := sp.Of
	if len(of) == 0 && sp.End-sp.First > 2 && crowns[x.d.Lower(sp.First)] {
		of = x.l.lex.Lookup(x.d.Key(sp.First+1, sp.First+2)) // "Royal Thai Army"
	}
	if len(of) == 0 && sp.End-sp.First >= 2 {
		of = x.trailingCountry(sp, name)
	}
	if len(of) == 0 {
		if code, country, sector := x.unitOf(sp); country != "" {
			e.Code, e.Country, e.Affiliation, e.Sector = code, country, country, sector
			return e
		}
	}
	if len(of) == 0 && e.Kind == report.KindOrganization && insurgents(name) {
		// "the Chin National Army", "the Chinland Defense Force": an
		// army no country's name opens is no state's.
		e.Kind, e.Code, e.Sector = report.KindArmedGroup, "REB", "REB"
	}
	if c := x.regionOf(sp); len(of) == 0 && c != nil {
		// "the Chin National Army" in a story filed from India is
		// Myanmar's: Chin is a state of Myanmar.
		e.Country, e.Affiliation = c.Code, c.Code
		if e.Kind == report.KindArmedGroup {
			e.Code = c.Code + e.Sector
		}
	}
	if len(of) == 0 || of[0].Entry.Kind != lexicon.KindCountry && len(sp.Of) == 0 {
		return e
	}
	h := x.likeliest(of)
	c := h.Entry
	if c.Kind == lexicon.KindCountry && h.Form != lexicon.FormDemonym && x.elsewhere(x.d.Key(sp.First, sp.First+1), c) {
		return e // "Georgia Ports Authority" in a story about the US state
	}
	if c.Kind != lexicon.KindCountry && genericName(name) && x.countryWeights()[c.Country] == 0 {
		// "the National Resistance Front" in a story of Afghanistan is
		// no body of El Salvador's "National Resistance": only its kind
		// carries over.
		if c.Kind == lexicon.KindArmedGroup {
			e.Kind, e.Code, e.Sector = report.KindArmedGroup, "REB", "REB"
		}
		return e
	}
	e.Code = c.Code
	if c.Kind != lexicon.KindCountry {
		// "U.S. Treasury Department" starts with the lexicon's
		// Treasury (USAGOV): its country is the entry's.
		e.Country, e.Affiliation = c.Country, c.Country
		return e
	}
	e.Country, e.Affiliation = c.Code, c.Code
	if sector := x.stateSector(name); sector != "" {
		e.Code, e.Sector = c.Code+sector, sector
	}
	return e
}

// likeliest returns the hit of a name that opens a body's name that the
// story weighs most among the countries it may be: "the Dominican Foreign
// Ministry" in a story of the Dominican Republic is not Dominica's. The
// first hit wins ties.
func (x *doc) likeliest(of []lexicon.Hit) lexicon.Hit {
	best := of[0]
	if best.Entry.Kind != lexicon.KindCountry {
		return best
	}
	weights := x.countryWeights()
	for _, h := range of[1:] {
		if h.Entry.Kind == lexicon.KindCountry && weights[h.Entry.Code] > weights[best.Entry.Code] {
			best = h
		}
	}
	return best
}

// regionOf returns the country of the region or city that opens the
// name sp, after a compass word, a region or island of a country the
// story names or a city of 100,000 people, or nil: the "Western Mindanao
// Command" of a story of the Philippines is Philippine.
func (x *doc) regionOf(sp ner.Span) *lexicon.Entry {
	if c := x.regionAt(sp.First, sp.End); c != nil || !compassWords[x.d.Lower(sp.First)] {
		return c
	}
	return x.regionAt(sp.First+1, sp.End)
}

// regionAt is regionOf for the name that opens at token first.
func (x *doc) regionAt(first, end int) *lexicon.Entry {
	if x.l.gaz == nil || end-first < 2 {
		return nil
	}
	p, conf, ok := x.l.gaz.Resolve(x.d.Key(first, first+1), geo.Context{Countries: x.countries})
	region := (p.Kind == geo.KindAdmin1 || (p.Kind == geo.KindRegion || p.Kind == geo.KindIsland) && conf >= 0.9) && conf >= 0.5
	if !ok || x.countries[p.Country] == 0 || !region && (conf < 0.8 || p.Population < 100000) {
		return nil
	}
	if c := x.l.lex.Country(p.Country); c != nil && c.Kind == lexicon.KindCountry {
		return c
	}
	return nil
}

// unitOf returns the code, country and sector of the state body that
// the name of span sp ends on after "of", whose unit it names: a body
// the lexicon knows ("Eastern Theater Command of the People's
// Liberation Army"), or one a country's name opens ("General Command of
// the Jordan Armed Forces"); or "".
func (x *doc) unitOf(sp ner.Span) (code, country, sector string) {
	for k := sp.End - 2; k > sp.First; k-- {
		if x.d.Lower(k) != "of" {
			continue
		}
		j := k + 1
		if x.d.Lower(j) == "the" {
			j++
		}
		for _, h := range x.l.lex.Lookup(x.d.Key(j, sp.End)) {
			if b := h.Entry; b.Kind == lexicon.KindOrganization && b.Country != "" && stateSectors[b.Sector] {
				return b.Code, b.Country, b.Sector
			}
		}
		for n := j + 1; n < sp.End && n <= j+3; n++ {
			hits := x.l.lex.Lookup(x.d.Key(j, n))
			if len(hits) == 0 || hits[0].Entry.Kind != lexicon.KindCountry {
				continue
			}
			if sector := x.stateSector(x.d.Str(x.d.SpanOf(n, sp.End))); sector != "" {
				c := hits[0].Entry.Code
				return c + sector, c, sector
			}
		}
		return "", "", ""
	}
	return "", "", ""
}

// trailingCountry returns the country that ends the name of a state
// body, "Border Guard Bangladesh", or nil.
func (x *doc) trailingCountry(sp ner.Span, name string) []lexicon.Hit {
	hits := x.l.lex.Lookup(x.d.Key(sp.End-1, sp.End))
	if len(hits) == 0 || hits[0].Entry.Kind != lexicon.KindCountry || hits[0].Form != lexicon.FormName {
		return nil
	}
	if sp.End-2 >= sp.First && compassWords[x.d.Lower(sp.End-2)] {
		return nil // "Police Service of Northern Ireland" is no body of Ireland
	}
	if x.stateSector(strings.TrimSuffix(name, " "+x.d.Word(sp.End-1))) == "" {
		return nil
	}
	return hits[:1]
}

// stateSector returns the state sector that the last word of a body's
// name the agent lexicon knows gives it ("Army" -> MIL, "Ministry of
// Energy" -> GOV), or "".
func (x *doc) stateSector(name string) string {
	// "Air Self-Defense Force": the words after a hyphen say the kind.
	words := strings.Fields(strings.ToLower(strings.ReplaceAll(name, "-", " ")))
	for i := len(words) - 1; i >= 0; i-- {
		if i > 0 {
			if a, ok := x.l.lex.Agent(words[i-1] + " " + words[i]); ok && stateSectors[a.Sector] {
				return a.Sector // "China Coast Guard"
			}
		}
		if a, ok := x.l.lex.Agent(words[i]); ok && stateSectors[a.Sector] {
			return a.Sector
		}
	}
	return ""
}

// nameForces names the forces the text calls by what any state has
// after their country, once it is known: "Air Force (Nigeria)" for "a
// Nigerian Air Force helicopter".
func (x *doc) nameForces() {
	for i := range x.entities {
		e := &x.entities[i]
		if e.Kind != report.KindOrganization || e.Known || e.Country == "" || !hasOnly(e.Name, forceWords) {
			continue
		}
		if c := x.l.lex.Country(e.Country); c != nil {
			e.Name += " (" + c.Name + ")"
		}
	}
}

// foldForces merges a force the text names by its country and kind
// alone ("Lesotho police", "the police", "the army") into the one body
// of that country whose name says it is that force ("the Lesotho Mounted
// Police Service", "the Police Directorate", "the Republic of Sierra
// Leone Armed Forces"): a state has one police force and one army, and
// the story means it whichever way it names it. A body named without
// its sector takes the force's.
func (x *doc) foldForces() {
	for i := range x.entities {
		e := &x.entities[i]
		kind := bareName(e.Name)
		if e.Kind != report.KindOrganization || e.Known || e.Country == "" || e.Sector == "" || !hasOnly(kind, forceWords) {
			continue
		}
		into := -1
		for j := range x.entities {
			o := &x.entities[j]
			if j == i || o.Kind != report.KindOrganization || o.Country != e.Country || len(o.Mentions) == 0 ||
				hasOnly(bareName(o.Name), forceWords) || !sameForce(o.Name, kind) {
				continue
			}
			if into >= 0 || o.Sector != e.Sector && o.Sector != "" {
				into = -1 // two such bodies: which one the text means is not known
				break
			}
			into = j
		}
		if into < 0 {
			continue
		}
		if o := &x.entities[into]; o.Sector == "" {
			o.Sector, o.Code = e.Sector, e.Code
		}
		x.fold(i, into)
	}
}

// foldMinistries merges the ministries of one country that the text
// names both ways, "the Ministry of Internal Affairs" and "the interior
// ministry": one state has one such ministry. The one that carries its
// country in its name keeps the mentions.
func (x *doc) foldMinistries() {
	seen := map[string]int{}
	for i := range x.entities {
		e := &x.entities[i]
		country := cmp.Or(e.Country, e.Affiliation)
		stem := ministryStem(e.Name)
		if e.Kind != report.KindOrganization || country == "" || stem == "" || len(e.Mentions) == 0 {
			continue
		}
		key := country + " " + stem
		j, ok := seen[key]
		if !ok {
			seen[key] = i
			continue
		}
		from, into := i, j
		if strings.Contains(e.Name, " (") && !strings.Contains(x.entities[j].Name, " (") {
			from, into = j, i
			seen[key] = i
		}
		x.fold(from, into)
	}
	x.foldBareMinistries()
}

// foldBareMinistries merges a ministry named by its country alone ("The
// Azerbaijani ministry also said") into the one ministry of that country
// the story names by its sector, where it names one.
func (x *doc) foldBareMinistries() {
	for i := range x.entities {
		e := &x.entities[i]
		country := cmp.Or(e.Country, e.Affiliation)
		if e.Kind != report.KindOrganization || country == "" || text.Fold(bareName(e.Name)) != "ministry" || len(e.Mentions) == 0 ||
			slices.ContainsFunc(e.Mentions, func(m report.Mention) bool { return !strings.Contains(m.Text, " ") }) {
			continue // a "Ministry" cut from "Foreign Ministry spokesman X" says no country of its own
		}
		into := -1
		for j := range x.entities {
			o := &x.entities[j]
			if j == i || o.Kind != report.KindOrganization || len(o.Mentions) == 0 || cmp.Or(o.Country, o.Affiliation) != country ||
				ministryStem(o.Name) == "" {
				continue
			}
			if into >= 0 {
				into = -1 // two ministries: which one is meant is not known
				break
			}
			into = j
		}
		if into >= 0 {
			x.fold(i, into)
		}
	}
}

// ministryStem returns the folded "<sector> ministry" that a ministry's
// name comes to, or "": "Ministry of Internal Affairs" and "Interior
// Ministry (Georgia)" both give "interior ministry", "Ministry of
// National Defence" "defence ministry".
func ministryStem(name string) string {
	core := text.Fold(bareName(name))
	if rest, ok := strings.CutPrefix(core, "ministry of "); ok {
		rest = strings.TrimSuffix(strings.TrimPrefix(rest, "the "), " affairs")
		core = rest + " ministry"
	}
	sector, ok := strings.CutSuffix(strings.TrimPrefix(core, "national "), " ministry")
	if !ok || sector == "" || strings.ContainsAny(sector, " ,") {
		return ""
	}
	return cmp.Or(ministrySectors[sector], sector) + " ministry"
}

// ministrySectors are the words of a sector that ministries' names spell
// two ways.
var ministrySectors = map[string]string{"internal": "interior", "defense": "defence"}

// fold moves the mentions and uses of entity i to entity into.
func (x *doc) fold(i, into int) {
	e, o := &x.entities[i], &x.entities[into]
	o.Mentions = append(o.Mentions, e.Mentions...)
	e.Mentions = nil
	for k := range x.uses {
		if x.uses[k].Entity == i {
			x.uses[k].Entity = into
		}
	}
}

// qualifiedTwins merges a body the text names without its country into
// the one body it names with its country's demonym, when that country is
// the only one its sentence names before it: "Armed men from the Libyan
// town of Zuwara fought an Interior Ministry force" took the story's
// home, Tunisia, but it is the "Libyan Interior Ministry" the story names
// later.
func (x *doc) qualifiedTwins() {
	for i := range x.entities {
		e := &x.entities[i]
		head, _, _ := strings.Cut(e.Name, " ")
		if e.Kind != report.KindOrganization || len(e.Mentions) == 0 || strings.Contains(e.Name, " (") {
			continue
		}
		before := x.countryBefore(e.Mentions[0])
		if before == "" || x.demonym(head) != "" {
			continue // no country its sentence names, or one its name already gives
		}
		suffix := " " + e.Name
		into := -1
		for j := range x.entities {
			o := &x.entities[j]
			prefix, ok := strings.CutSuffix(o.Name, suffix)
			if j == i || !ok || o.Kind != report.KindOrganization || len(o.Mentions) == 0 || o.Country == e.Country ||
				o.Country != before || x.demonym(prefix) != o.Country {
				continue
			}
			if into >= 0 {
				into = -1 // two countries' twins: which one is meant is not known
				break
			}
			into = j
		}
		if into >= 0 {
			x.fold(i, into)
		}
	}
}

// countryBefore returns the one country that m's sentence names before
// it, as an actor or a place ("the Libyan town of Zuwara"), or "".
func (x *doc) countryBefore(m report.Mention) string {
	c := ""
	for _, e := range x.entities {
		if e.Kind != report.KindCountry {
			continue
		}
		for _, o := range e.Mentions {
			if o.Sentence != m.Sentence || o.Start >= m.Start || o.Form == report.FormRelational {
				continue
			}
			if c != "" && c != e.Code {
				return ""
			}
			c = e.Code
		}
	}
	return c
}

// crime is the sector code of criminal groups; the lexicon gives it alone
// to gangs of several countries.
const crime = "CRM"

// nationalNGO returns the country whose people's adjective opens the
// name of non-governmental body e that no country claims ("Norwegian
// Refugee Council", "Danish Refugee Council"), or "".
func (x *doc) nationalNGO(e *report.Entity) string {
	if !strings.HasPrefix(e.Code, "NGO") || e.Affiliation != "" || e.Country != "" {
		return ""
	}
	w, _, _ := strings.Cut(e.Name, " ")
	return x.demonym(w)
}

// demonym returns the country whose demonym w is ("Libyan"), or "".
func (x *doc) demonym(w string) string {
	for _, h := range x.l.lex.Lookup(text.Fold(w)) {
		if h.Entry.Kind == lexicon.KindCountry && (h.Form == lexicon.FormDemonym || h.Form == lexicon.FormDemonymPlural) {
			return h.Entry.Code
		}
	}
	return ""
}

// bareName returns a body's name without the country a force's name
// takes in brackets: "Police (Lesotho)" is "Police".
func bareName(name string) string {
	name, _, _ = strings.Cut(name, " (")
	return name
}

// sameForce reports whether a body's name says it is the force a bare
// kind names: it holds the kind's words ("Police" in "Lesotho Mounted
// Police Service"), or both are a state's army ("Army" and "Armed
// Forces").
func sameForce(name, kind string) bool {
	words := fields(name)
	all := true
	for _, w := range fields(kind) {
		all = all && slices.Contains(words, w)
	}
	return all || army(kind) && army(name)
}

// army reports whether a force's name says it is a state's army: "Army",
// "Armed Forces", "Defence Force".
func army(name string) bool {
	f := fields(name)
	for i, w := range f {
		if w == "army" || w == "military" || i > 0 && (w == "forces" || w == "force") &&
			(f[i-1] == "armed" || f[i-1] == "defence" || f[i-1] == "defense") {
			return true
		}
	}
	return false
}

// hasOnly reports whether every word of s is one of set.
func hasOnly(s string, set map[string]bool) bool {
	for _, w := range fields(s) {
		if !set[w] {
			return false
		}
	}
	return s != ""
}

// forceWords name a state's armed forces, which every state has.
var forceWords = map[string]bool{"air": true, "force": true, "forces": true, "army": true, "navy": true,
	"coast": true, "guard": true, "armed": true, "national": true, "defence": true, "defense": true,
	"border": true, "naval": true, "marines": true, "special": true, "police": true, "military": true}

// placeOfRole returns the country of the body or place that a role after
// the name serves or is held in ("Col. X, a spokesman for the Royal Thai
// Army", "Lt. Col. X, a defence spokesman in Srinagar", "Y, the deputy
// commissioner of Kotli district") or that opens the sentence ("In
// Islamabad, foreign ministry spokeswoman Z said"), or "": a story of two
// countries places each one's officials so.
func (x *doc) placeOfRole(m report.Mention) string {
	_, end := x.d.TokensIn(m.Start, m.End)
	s := x.d.Sentences[m.Sentence]
	if end = x.afterAge(end); !x.apposition(end, s.End) {
		end = s.End // no role after the name: only the sentence's opening can place it
	}
	for k := end + 1; k+1 < s.End && k < end+16; k++ {
		w := x.d.Lower(k)
		if w == "," || w == "." || w == "to" {
			break // "a former ambassador to Ethiopia" served there as a guest
		}
		if si := x.tokSpan[k]; si >= 0 && x.uses[si].Entity >= 0 {
			if e := x.entities[x.uses[si].Entity]; e.Kind != report.KindPerson && e.Country != "" {
				return e.Country // ", a spokesman for the Royal Thai Army,"
			}
		}
		if w == "in" || w == "of" || w == "from" {
			if c := x.countryOfPlace(k + 1); c != "" {
				return c // ", a fisherman from Mbour,"
			}
		}
	}
	if c := x.openingPlace(s, m); c != "" {
		return c
	}
	if c := x.speakingPlace(s, m); c != "" {
		return c
	}
	return x.placeInTitle(m)
}

// seatAfter returns the country of the place named right after mention
// m of a body: "the Defence Ministry in Baku" is Azerbaijan's, or "".
func (x *doc) seatAfter(m report.Mention) string {
	_, end := x.d.TokensIn(m.Start, m.End)
	return x.placedIn(end)
}

// speakingPlace returns the country of the place where the person of
// mention m spoke, named right after the verb of saying: "Interior
// Minister X told reporters in Lima", or "".
func (x *doc) speakingPlace(s text.Sentence, m report.Mention) string {
	_, end := x.d.TokensIn(m.Start, m.End)
	if end >= s.End || !speechCues[x.d.Lower(end)] {
		return ""
	}
	for k := end + 1; k+1 < s.End && k <= end+4; k++ {
		switch x.d.Lower(k) {
		case "in":
			return x.countryOfPlace(k + 1)
		case ",", ".", "that":
			return ""
		}
	}
	return ""
}

// speechCues are the verbs of saying that put a speaker somewhere.
var speechCues = text.SetOf("told", "said", "says", "tells", "spoke", "speaking")

// openingPlace returns the country of the place that the phrase opening
// the sentence before its first comma names after "in": "In Islamabad,
// X said", "At a briefing in Beijing, spokeswoman X said", or "".
func (x *doc) openingPlace(s text.Sentence, m report.Mention) string {
	first, _ := x.d.TokensIn(m.Start, m.End)
	if !prepositions[x.d.Lower(s.First)] {
		return ""
	}
	for k := s.First; k+1 < first && x.d.Word(k) != ","; k++ {
		if x.d.Lower(k) == "in" {
			if c := x.countryOfPlace(k + 1); c != "" {
				return c
			}
		}
	}
	return ""
}

var prepositions = text.SetOf("in", "at", "speaking", "during", "on")

// roleCapital returns the country of the capital a role names after
// "in" ("army spokesman in Paramaribo"), or "": officials are of the
// capital they speak from, envoys excepted.
func (x *doc) roleCapital(role string) string {
	_, place, ok := strings.Cut(role, " in ")
	if !ok {
		return ""
	}
	for _, h := range x.l.lex.Lookup(text.Fold(place)) {
		if h.Form == lexicon.FormCapital && h.Entry.Kind == lexicon.KindCountry {
			return h.Entry.Code
		}
	}
	return ""
}

// placeInTitle returns the country of a place named in the title before
// a name: "Tamil Nadu Fisheries Minister R. Kannappan" serves India,
// "Kelantan police chief X" Malaysia.
func (x *doc) placeInTitle(m report.Mention) string {
	first, _ := x.d.TokensIn(m.Start, m.End)
	lo := x.d.Sentences[m.Sentence].First
	for k := first - 1; k >= lo && k > first-6; k-- {
		if x.d.Tokens[k].Kind != text.Word {
			return ""
		}
		if !x.d.Tokens[k].Cap {
			if _, ok := x.l.lex.Agent(x.d.Lower(k)); ok || lexicon.RoleModifier(x.d.Lower(k)) {
				continue // "Kelantan police chief X": the title's words in lower case
			}
			return ""
		}
		si := x.tokSpan[k]
		if si < 0 || x.spans[si].First != k || x.uses[si].Entity >= 0 || len(x.spans[si].Hits) > 0 {
			continue // a name the lexicon knows but left unlinked is a namesake: "Georgia Governor"
		}
		for end := x.spans[si].End; end > k; end-- {
			// "Tamil Nadu Fisheries", one chunk to the name finder; a
			// place of a country the story never names is a namesake.
			if c := x.placeCountry(k, end); c != "" && x.named(c) {
				return c
			}
		}
	}
	return ""
}

// apposition reports whether a noun phrase in apposition opens at the
// comma at token i: ", a spokesman for …", ", head of …", not ", said …".
func (x *doc) apposition(i, end int) bool {
	if i+1 >= end || x.d.Word(i) != "," {
		return false
	}
	w := x.d.Lower(i + 1)
	_, role := x.l.lex.Agent(w)
	return w == "a" || w == "an" || w == "the" || role
}

// countryOfPlace returns the country code of the place whose name starts
// at token i, or "".
func (x *doc) countryOfPlace(i int) string {
	si := x.tokSpan[i]
	if si < 0 || x.spans[si].First != i {
		return ""
	}
	return x.placeCountry(i, x.spans[si].End)
}

// named reports whether the story names the country with CAMEO code c.
func (x *doc) named(c string) bool {
	e := x.l.lex.Country(c)
	return e != nil && x.countries[e.ISO2] > 0
}

// placeCountry returns the country of the place the words [i, end) name,
// when the gazetteer is sure enough of it, or "".
func (x *doc) placeCountry(i, end int) string {
	if x.l.gaz == nil {
		return ""
	}
	p, conf, ok := x.l.gaz.Resolve(x.d.Key(i, end), geo.Context{Countries: x.countries})
	if !ok || conf < 0.5 {
		return ""
	}
	if c := x.l.lex.Country(p.Country); c != nil && (x.countries[p.Country] > 0 || conf >= 0.9) {
		return c.Code // "the prefect of Tissi department" in a story of Chad is no Italian's
	}
	return ""
}

// crowns open the names of a monarchy's forces before their country:
// "Royal Thai Army", "Royal Saudi Air Force".
var crowns = map[string]bool{"royal": true, "imperial": true}

// sceneCountry returns the country where most of the places the story
// names lie, when at least two do and they are more than half: a report
// on strikes on Kharkiv, Kupiansk and Odesa quotes Ukraine's officials as
// often as it names Russia.
func (x *doc) sceneCountry() string {
	counts, n := x.placeCountries()
	best, second, code := 0, 0, ""
	for c, k := range counts {
		if k >= 2 && 2*k > n {
			return c
		}
		switch {
		case k > best:
			best, second, code = k, best, c
		case k > second:
			second = k
		}
	}
	// "NOUAKCHOTT, Mauritania - ... a Mauritanian army post near the
	// border with Mali", with Malian refugees and Bamako's denial: more
	// of the places lie in the country the dateline names than in any
	// other, though not half of them.
	if best >= 2 && best > second && code == x.datelineCountryCode() {
		return code
	}
	return ""
}

// countryName reports whether use u names a country by its own name
// other than as where something is: "coal bound for China" says where
// the coal goes, not where the story happens, as a town or "in the
// Central African Republic" would.
func (x *doc) countryName(u Use) bool {
	if u.Entity < 0 || x.entities[u.Entity].Kind != report.KindCountry || u.Form != report.FormName && u.Form != report.FormAlias {
		return false
	}
	return !withinPreps[x.d.Lower(max(x.withThe(u.Span.First)-1, 0))]
}

// withinPreps put what follows inside a place.
var withinPreps = text.SetOf("in", "inside", "across", "throughout")

// placeCountries counts the places the story names outside its dateline,
// and countries only as where something is (see countryName), by the
// CAMEO code of their country, and returns their number.
func (x *doc) placeCountries() (map[string]int, int) {
	counts, n := map[string]int{}, 0
	if x.l.gaz == nil {
		return counts, 0
	}
	for si, u := range x.uses {
		if !u.Locative || x.d.Dateline(x.spans[si].First, x.spans[si].End) || x.countryName(u) {
			continue
		}
		iso := u.Country
		if iso == "" {
			sp := x.spans[si]
			p, conf, ok := x.l.gaz.Resolve(x.d.Key(sp.First, sp.End), geo.Context{Countries: x.countries})
			if !ok || conf < 0.8 {
				continue
			}
			iso = p.Country
		}
		if c := x.l.lex.Country(iso); c != nil {
			counts[c.Code]++
		}
		n++
	}
	return counts, n
}

// outweighs reports whether country a, counting the places the story
// names in it with its mentions, weighs at least as much as country b.
func (x *doc) outweighs(a, b string) bool {
	places, _ := x.placeCountries()
	w := x.countryWeights()
	return w[a]+places[a] >= w[b]+places[b]
}

// filedFromCountry returns the country the dateline names after its
// town, else the country of the town, or "".
func (x *doc) filedFromCountry() string {
	if c := x.datelineCountryCode(); c != "" {
		return c // "SAN LORENZO, Ecuador": not the gazetteer's other San Lorenzo
	}
	return x.datelineTown()
}

// datelineTown returns the country of the town the dateline opens with,
// or "".
func (x *doc) datelineTown() string {
	for si, sp := range x.spans {
		if x.d.Dateline(sp.First, sp.End) {
			return x.datelineCity(si)
		}
	}
	return ""
}

// datelineCountryCode returns the country the dateline names after its
// town ("QUETTA, Pakistan, March 4 -"), or "".
func (x *doc) datelineCountryCode() string {
	for si, sp := range x.spans {
		if len(sp.Hits) > 0 && sp.Hits[0].Entry.Kind == lexicon.KindCountry && x.uses[si].Locative &&
			x.datelineCountry(sp.First, sp.End) {
			return x.namedHit(si).Entry.Code // "BRAZZAVILLE, Congo" of a story that names the Republic of Congo
		}
	}
	return ""
}

// filedIn returns the country the dateline names after its city, or the
// country whose capital, or whose own name as its capital's
// ("DJIBOUTI"), the dateline names when the story names that
// country again, at least half as often as the country it names most
// ("BERLIN - ... German police"): its officials are the ones a story
// filed there speaks of first. A story filed from Vienna about Iran does
// not make Iran's officials Austrian, nor one filed from Washington about
// Armenia and Azerbaijan theirs American.
func (x *doc) filedIn() string {
	if c := x.datelineCountryCode(); c != "" {
		return c
	}
	for si, sp := range x.spans {
		if !x.d.Dateline(sp.First, sp.End) {
			continue
		}
		code := x.datelineCity(si)
		weights := x.countryWeights()
		named := len(sp.Hits) > 0 && sp.Hits[0].Entry.Kind == lexicon.KindCountry // "DJIBOUTI, March 9 -", "KUWAIT -"
		if named {
			code = sp.Hits[0].Entry.Code
		}
		if code == "" || x.uses[si].Entity >= 0 && !named || weights[code] == 0 || 2*weights[code] < slices.Max(slices.Collect(maps.Values(weights))) {
			return "" // "WASHINGTON -" over a story of Armenia and Azerbaijan
		}
		return code
	}
	return ""
}

// datelineCity returns the country of the city span si names in a
// dateline: a capital's, or the gazetteer's for any other town
// ("HERAKLION, July 9 -"), or "".
func (x *doc) datelineCity(si int) string {
	sp := x.spans[si]
	if len(sp.Hits) > 0 {
		if sp.Hits[0].Form == lexicon.FormCapital {
			return sp.Hits[0].Entry.Code
		}
		return ""
	}
	return x.countryOfPlace(sp.First)
}

// describedOrganizations gives an organisation the country of the
// demonym that refers back to it: "TotalEnergies said … The French
// company declined to comment" makes TotalEnergies French.
func (x *doc) describedOrganizations() {
	for si, u := range x.uses {
		sp := x.spans[si]
		if u.Form != report.FormDemonym || u.Entity < 0 || sp.First == 0 || sp.End >= len(x.d.Tokens) ||
			x.d.Lower(sp.First-1) != "the" || !backNouns[x.d.Lower(sp.End)] {
			continue
		}
		if org := x.lastOrganization(sp.First, 1); org >= 0 && x.entities[org].Country == "" {
			c := x.entities[u.Entity].Country
			x.entities[org].Country, x.entities[org].Affiliation = c, c
		}
	}
}

// affiliate gives the people and organisations that hold a state role but
// name no country ("Col. Kang", "the Health Ministry") a country from
// their context: the country that owns them ("Lebanon's Health
// Ministry"), the first country or national body named earlier in their
// sentence, the only country their paragraph names before them, the
// country the story is about (home: the one that dominates it, else the
// country where most of its places lie, else the country the story was
// filed from); a person named without a title takes only a dominant
// focus. A wire story names the country once and then its
// officials; where the context names several countries equally the
// affiliation stays unknown rather than guessed.
func (x *doc) affiliate(focus, home string) {
	sentence, para := x.countryMentions()
	for i := range x.entities {
		e := &x.entities[i]
		if (e.Kind == report.KindIGO || strings.HasPrefix(e.Code, "IGO")) && e.Affiliation == "" {
			// the European Commission belongs to the EU, IGOEUREEC, and so
			// does "the European Union Mission in Armenia", a body named
			// for it
			e.Affiliation = e.Code
		}
		if c := x.nationalNGO(e); c != "" {
			e.Affiliation, e.Country = c, c // "the Norwegian Refugee Council" works abroad from Norway
			continue
		}
		if e.Affiliation != "" || e.Country != "" || len(e.Mentions) == 0 || report.International(e.Code) {
			continue
		}
		if c, ok := x.ownOrganization(e); ok {
			e.Affiliation, e.Country = c, c // "the charity's director" of "a Madrid-based charity"
			continue
		}
		if b := x.internationalBody(e); e.Kind == report.KindPerson && b != "" {
			// "mission spokeswoman X" after "the European Union Mission
			// in Armenia" speaks for it.
			e.Affiliation, e.Code = b, b
			continue
		}
		if si, later := x.servesSpan[i]; later && e.Kind == report.KindPerson && !e.Known && x.uses[si].Entity >= 0 &&
			x.entities[x.uses[si].Entity].Country != "" {
			continue // "X, who commands the BGB battalion,": the body's country, which inheritServed gives
		}
		sector, ok := x.stateRole(e)
		if _, body := x.serves[i]; !ok && !body && x.ranked[i] != "" {
			sector, ok = x.ranked[i], true // a rank says the person serves a state's forces
		}
		if !ok {
			spoken := x.spokenFor(e)
			if spoken == "" && e.Kind == report.KindPerson && !e.Known {
				// "Canada's defence department said … department
				// spokeswoman X said": of the body her role names
				spoken = x.bodyBefore(e.Role, e.Mentions[0])
			}
			switch {
			case e.Kind == report.KindPerson && !e.Known && x.servesUnplaced(i):
				// "Its spokesman, X," of a group the story gives no
				// country: of the country it is about.
				e.Affiliation, e.Country = focus, focus
			case spoken != "":
				// "Pakistan's foreign ministry said ... 'The consequences
				// will rest with Tehran,' spokeswoman X told a briefing":
				// she speaks for the body named just before.
				e.Affiliation, e.Country = spoken, spoken
			case e.Kind == report.KindPerson && e.Role == "" && !e.Known:
				// Someone the story names without a title ("Tundu
				// Lissu", "Wilders") is of the country it is about.
				e.Affiliation, e.Country = focus, focus
			case e.Kind == report.KindPerson && !e.Known && hasWord(e.Role, localWords):
				// "a leader of the local fishermen's council", "head of
				// the district": of the place the story happens in, or
				// that the sentence puts the role in ("In Beruwala, X,
				// chairman of a local boat owners' association").
				c := cmp.Or(x.placeOfRole(e.Mentions[0]), home)
				e.Affiliation, e.Country = c, c
			case e.Kind == report.KindPerson && !e.Known && hasWord(e.Role, civilianNouns):
				// "a 38-year-old teacher sheltering at a school in
				// Batken", "a 15-year-old student": someone living where
				// the story happens, or where the role places them.
				c := cmp.Or(x.placeOfRole(e.Mentions[0]), home)
				e.Affiliation, e.Country = c, c
			case e.Kind == report.KindPerson && !e.Known && hasWord(e.Role, domesticWords):
				// "Opposition leader X", "a gang leader": the politics
				// and crime of the country the story is about, when one
				// dominates it (an exile's story may be filed abroad).
				e.Affiliation, e.Country = focus, focus
			case e.Kind == report.KindPerson && !e.Known && e.Code == "":
				// "Rasheda Akter, 24, a sewing machine operator": a
				// role that names no body is lived where the story
				// happens, when one country dominates it.
				e.Affiliation, e.Country = focus, focus
			case e.Kind == report.KindArmedGroup && e.Known && e.Code == crime && focus != "":
				// "Barrio 18", "MS-13": gangs of several countries are, in
				// a story, the gangs of the country it is about.
				e.Affiliation, e.Country, e.Code, e.Sector = focus, focus, focus+crime, crime
			case e.Kind == report.KindArmedGroup && !e.Known:
				// "The Patriotic Liberation Front (FPL), a rebel group
				// that sabotaged the export pipeline": the insurgents of
				// the country the story is about, when one dominates it.
				e.Affiliation, e.Country = focus, focus
				if e.Code == e.Sector {
					e.Code = focus + e.Sector
				}
			case e.Kind == report.KindOrganization:
				// "Venezuela's National Electoral Council"
				c := cmp.Or(x.possessor(e, sentence), x.basedIn(e), x.countryInName(e))
				if c == "" && !e.Known && (nationalBody(e.Name) || nationalBody(e.Role) || hasWord(e.Role, ownedWords) ||
					hasWord(e.Name, ownedWords)) {
					// "the Constitutional Council", "State rail operator
					// SNCF" of a story about the country; a state's
					// outlet may be of the one named before it: "The
					// Algerian foreign ministry said in a statement
					// carried by the state news agency APS".
					c = cmp.Or(focus, home) // "the State Border Guard Service" of a story on two countries: where it happens
					if slices.ContainsFunc(fields(e.Role), mediaNoun) || hasWord(e.Role, newsWords) {
						c = cmp.Or(onlyBefore(sentence[e.Mentions[0].Sentence], e.Mentions[0].Start), focus)
					}
				}
				if c == "" && x.bareBody(e.Name) {
					// "Tehran rejected the account. Foreign Ministry
					// spokesman X denied …": the body of the country
					// the text just named.
					m := e.Mentions[0]
					c = cmp.Or(onlyBefore(sentence[m.Sentence], m.Start), x.lastCountry(sentence, m.Sentence), home)
				}
				if c == "" && !e.Known && e.Code == "" && !slices.ContainsFunc(fields(e.Role), mediaNoun) && !hasWord(e.Role, newsWords) &&
					!regionalBody(e.Name) && !x.ownedBefore(e.Mentions[0]) && !outletName(e.Name) {
					// "the Copper Workers' Federation", "Radio Mitre": a
					// body the dictionaries do not know is of the
					// country the story is about, when one dominates it;
					// not a state broadcaster, which may be another
					// state's (stateMedia), a body a possessive owns, a
					// body of a region nor a wire service
					c = focus
				}
				e.Affiliation, e.Country = c, c
				if sector := x.stateSector(e.Name); c != "" && e.Code == "" && sector != "" {
					// "Sudan's Ministry of Energy and Oil": SDNGOV; "the Air
					// Self-Defense Force" of a story about Japan: JPNMIL
					e.Code, e.Sector = c+sector, sector
				}
			}
			continue
		}
		m := e.Mentions[0]
		c := cmp.Or(x.possessor(e, sentence), x.seatAfter(m))
		clause := x.clauseStart(m)
		for _, cm := range sentence[m.Sentence] {
			if c != "" {
				break
			}
			if (cm.start >= clause || cm.opens && cm.state) && cm.start < m.Start && !x.quoteBetween(cm.end, m.Start) && !x.envoyOfOther(cm, i) {
				c = cm.code
				break
			}
		}
		if filed := x.filedIn(); c == "" && e.Kind == report.KindOrganization && clause > x.d.Tokens[x.d.Sentences[m.Sentence].First].Start &&
			namesCountry(sentence[m.Sentence], filed) {
			// "BAKU - Azerbaijani police detained eight Russians, days
			// after a Russian police operation, the Interior Ministry
			// said": a body that tells what the country a story was filed
			// from did is that country's.
			c = filed
		}
		if c == "" {
			// "foreign ministry spokeswoman X told a briefing in
			// Beijing" after Vietnam's foreign ministry protested:
			// where the official speaks beats the body named before.
			c = x.speakingPlace(x.d.Sentences[m.Sentence], m)
		}
		if c == "" {
			c = x.bodyBefore(e.Role, m)
		}
		if c == "" {
			c = x.placeOfRole(m)
		}
		if c == "" && !hasWord(e.Role, envoyWords) {
			c = x.roleCapital(e.Role) // "An army spokesman in Paramaribo, Captain X,"
		}
		if c == "" && (x.bareBody(e.Name) || x.bareBody(roleBody(e.Role))) {
			// "Tehran rejected it. Foreign Ministry spokesman X …": the
			// country the sentence before opens with beats a ministry
			// of that kind named further back.
			c = x.lastCountry(sentence, m.Sentence)
		}
		if c == "" {
			c = x.namedBodyBefore(e.Role, m.Start)
		}
		if c == "" {
			sentStart := x.d.Tokens[x.d.Sentences[m.Sentence].First].Start
			ms := slices.DeleteFunc(x.unquoted(para[x.d.Sentences[m.Sentence].Para], m.Start),
				func(cm countryMention) bool {
					return x.envoyOfOther(cm, i) || x.envoyOf(cm) || cm.start >= sentStart && cm.start < clause // in the words said
				})
			c = cmp.Or(onlyBefore(ms, m.Start), x.openedBefore(ms, m.Sentence))
		}
		if c == "" && hasWord(e.Role, envoyWords) {
			c = x.envoyBefore(sentence, m)
		}
		if c == "" {
			c = home
		}
		if s := cmp.Or(x.summonedEnvoy(m), x.addressed(m)); s != "" && s == c {
			// "Foreign Minister X summoned Senegal's ambassador", "…, X
			// said, urging Dodoma to hand over those responsible": X is
			// not of the country addressed, but of the story's other side.
			c = x.otherThan(s, focus, x.filedIn())
		}
		if c != "" {
			e.Affiliation, e.Country = c, c
		}
		if c != "" && e.Code == "" && sector != "" {
			// "Interior Minister X" in a story about Peru acts for PERGOV.
			e.Code, e.Sector = c+sector, sector
		}
	}
}

// clauseStart returns the byte offset where the attribution that holds
// mention m opens when it follows what was said after a comma ("Air
// defences shot down drones from Iraq, ministry spokesman X said"): a
// country in the words said is not the speaker's, unless it opens them
// as a state ("Seoul summoned China's ambassador, foreign ministry
// spokesman X said"). Else the sentence's start.
func (x *doc) clauseStart(m report.Mention) int {
	s := x.d.Sentences[m.Sentence]
	start := x.d.Tokens[s.First].Span.Start
	k, v := x.d.TokenAt(m.Start), x.d.TokenAt(m.End-1)+1       // "the Defence Ministry said": the verb after its last word
	inverted := v >= s.End || x.d.Tokens[v].Kind == text.Punct // not "…, said the army had fired"
	for j := k - 1; inverted && j > s.First && j >= k-4 && x.d.Tokens[j].Kind != text.Punct; j-- {
		if sayings[x.d.Lower(j)] && x.d.Word(j-1) == "," {
			// "…, among them Chinese officers, said Saye Dolo, deputy
			// director of the fisheries authority": the words said
			// come before the verb.
			return x.d.Tokens[j].Span.Start
		}
	}
	if v+1 < s.End && !sayings[x.d.Lower(v)] && x.d.Word(v) != "," {
		v++ // "X also said"
	}
	if v >= s.End || !sayings[x.d.Lower(v)] || !x.endsSoon(v) {
		return start // "In Seoul, the Foreign Ministry said it had asked Tokyo": the words said follow
	}
	for j := k - 1; j > s.First; j-- {
		if x.d.Word(j) == "," {
			return x.d.Tokens[j].Span.End
		}
	}
	return start
}

// endsSoon reports whether no words said follow the verb of saying at
// token v: the sentence ends there or goes on with where, when or how
// ("said on Monday.", "said in a statement carried by SPA.", "told
// reporters in Brussels."), not "said it had asked".
func (x *doc) endsSoon(v int) bool {
	s := x.d.Sentences[x.d.SentenceOf(v)]
	n := v + 1
	if x.d.Lower(v) == "told" && n < s.End && !x.d.Tokens[n].Cap {
		n++ // "told reporters"
	}
	if n >= s.End {
		return true
	}
	w := x.d.Lower(n)
	return x.d.Tokens[n].Kind == text.Punct && w != ":" || afterSaying[w] || ner.Calendar(w)
}

// afterSaying are the words that tell where, when or how a thing was said.
var afterSaying = text.SetOf("in", "on", "at", "during", "after", "before", "by", "late", "earlier", "later",
	"from", "via", "without", "through", "yesterday", "today", "tonight", "overnight")

// envoyOfOther reports whether country mention cm opens the title of an
// envoy other than entity ei: "Chinese Ambassador Liu Wenbo met Deputy
// Foreign Minister Farrukh Nazarov" in Dushanbe, where the minister is
// the host's; "The Foreign Ministry summoned Russia's ambassador …,
// ministry spokeswoman X said", where she is not Russia's.
func (x *doc) envoyOfOther(cm countryMention, ei int) bool {
	first, k := x.d.TokensIn(cm.start, cm.end)
	if si := x.tokSpan[first]; si >= 0 && x.uses[si].Entity >= 0 && x.uses[si].Entity != ei {
		if e := x.entities[x.uses[si].Entity]; e.Kind == report.KindPerson && hasWord(e.Role, envoyWords) {
			return true // the envoy himself
		}
	}
	if k = x.envoyAt(k); k < 0 {
		return false
	}
	si := x.tokSpan[k+1]
	return si < 0 || x.uses[si].Entity != ei
}

// envoyOf reports whether country mention cm names the owner of an
// embassy or consulate: "The U.S. Embassy in Tashkent said …" speaks
// abroad, and a ministry named after it is the host's.
func (x *doc) envoyOf(cm countryMention) bool {
	k := x.d.TokenAt(cm.end)
	return k < len(x.d.Tokens) && (x.d.Lower(k) == "embassy" || x.d.Lower(k) == "consulate")
}

// envoyAt returns the envoy word that token k, past a possessive, is,
// with a token after it ("Iran's ambassador" after "Iran"), or -1.
func (x *doc) envoyAt(k int) int {
	if k < len(x.d.Tokens) && text.Possessive(x.d.Lower(k)) {
		k++
	}
	if k+1 >= len(x.d.Tokens) || !envoyWords[x.d.Lower(k)] {
		return -1
	}
	return k
}

// summonedEnvoy returns the country of the envoy that the person named
// by mention m summoned ("X summoned Senegal's ambassador"), or "".
func (x *doc) summonedEnvoy(m report.Mention) string {
	_, end := x.d.TokensIn(m.Start, m.End)
	s := x.d.Sentences[x.d.SentenceOf(end-1)]
	k := end
	for k < s.End && k < end+3 && x.d.Lower(k) != "summoned" {
		k++
	}
	if k >= s.End || x.d.Lower(k) != "summoned" {
		return ""
	}
	for j := k + 1; j < s.End && j <= k+5; j++ {
		if !envoyWords[x.d.Lower(j)] {
			continue
		}
		for h := k + 1; h < j; h++ {
			if si := x.tokSpan[h]; si >= 0 && x.uses[si].Entity >= 0 && x.entities[x.uses[si].Entity].Kind == report.KindCountry {
				return x.entities[x.uses[si].Entity].Code
			}
		}
	}
	return ""
}

// addressed returns the country that the person named by mention m
// urges, accuses or calls on right after the verb that closes the quote
// it speaks ("X said in a statement, urging Dodoma to …"), or "".
func (x *doc) addressed(m report.Mention) string {
	_, end := x.d.TokensIn(m.Start, m.End)
	s := x.d.Sentences[x.d.SentenceOf(end-1)]
	for k := end; k < s.End && k < end+8; k++ {
		if !addressVerbs[x.d.Lower(k)] {
			continue
		}
		for h := k + 1; h < s.End && h <= k+3; h++ {
			if si := x.tokSpan[h]; si >= 0 && x.uses[si].Entity >= 0 && x.entities[x.uses[si].Entity].Kind == report.KindCountry {
				return x.entities[x.uses[si].Entity].Code
			}
		}
		return ""
	}
	return ""
}

// addressVerbs turn a speaker to the side the words are meant for.
var addressVerbs = text.SetOf("urging", "accusing", "calling", "demanding", "warning", "telling", "asking")

// otherThan returns the first of the countries that is not c, or "".
func (x *doc) otherThan(c string, countries ...string) string {
	for _, o := range countries {
		if o != "" && o != c {
			return o
		}
	}
	return ""
}

// envoyBefore returns the country of the last unnamed envoy the text
// gave before mention m: "Azerbaijan summoned Iran's ambassador. …
// Ambassador Hossein Amirzadeh was handed a protest note" is Iran's.
func (x *doc) envoyBefore(sentence map[int][]countryMention, m report.Mention) string {
	c := ""
	for s := 0; s <= m.Sentence; s++ {
		for _, cm := range sentence[s] {
			_, end := x.d.TokensIn(cm.start, cm.end)
			if k := x.envoyAt(end); cm.start < m.Start && k >= 0 && !x.d.Tokens[k+1].Cap {
				c = cm.code // unnamed: "Iran's ambassador on Sunday"
			}
		}
	}
	return c
}

// envoyWords title the people a state sends abroad.
var envoyWords = text.SetOf("ambassador", "envoy", "consul", "charge", "chargé", "attache", "attaché")

// internationalBody returns the code of the international body whose
// kind the title before person e names ("mission spokeswoman X") and
// whose name, given in the three sentences before, holds that kind ("the
// European Union Mission in Armenia"), or "".
func (x *doc) internationalBody(e *report.Entity) string {
	m := e.Mentions[0]
	kind := x.titleKind(m) // "mission spokeswoman Katrin Lehtinen"
	if b := x.latestBody(m, 3, func(b *report.Entity) bool {
		return kind != "" && report.International(b.Code) && slices.Contains(fields(b.Name), kind)
	}); b != nil {
		return b.Code
	}
	return ""
}

// spokenFor returns, for a spokesperson e the lexicon does not know, the
// country of the state body named last before e's first mention, in its
// sentence or the two before, or "".
func (x *doc) spokenFor(e *report.Entity) string {
	if e.Kind != report.KindPerson || e.Known || !slices.ContainsFunc(fields(e.Role), lexicon.Spokesperson) {
		return ""
	}
	m := e.Mentions[0]
	kind := x.titleKind(m)
	if !bodyNouns[kind] {
		kind = ""
	}
	// "department spokeswoman X" after "The Department of Foreign Affairs
	// said ...": the body her title names by its kind, not another
	// country's named in between ("summoned the Chinese embassy's
	// deputy"); else the last state body named
	for _, fits := range []func(b *report.Entity) bool{
		func(b *report.Entity) bool {
			return kind != "" && b.Kind == report.KindOrganization && b.Country != "" && slices.Contains(fields(b.Name), kind)
		},
		func(b *report.Entity) bool {
			// "Vietnam's foreign ministry said it had handed a protest
			// note to the Chinese embassy. … spokeswoman X told": the
			// body that spoke, not the one it spoke of
			return b.Kind == report.KindOrganization && stateSectors[b.Sector] && x.spoke(b, m)
		},
		func(b *report.Entity) bool { return b.Kind == report.KindOrganization && stateSectors[b.Sector] },
	} {
		if b := x.latestBody(m, 2, fits); b != nil {
			return b.Country
		}
	}
	return ""
}

// spoke reports whether body b is named before mention m, in its
// sentence or the two before, as the subject of a verb of saying.
func (x *doc) spoke(b *report.Entity, m report.Mention) bool {
	for _, bm := range b.Mentions {
		k := x.d.TokenAt(bm.End - 1)
		if bm.Start < m.Start && bm.Sentence >= m.Sentence-2 && k+1 < len(x.d.Tokens) && ner.ReportingVerb(x.d.Lower(k+1)) {
			return true
		}
	}
	return false
}

// titleKind returns the word before the spokesperson's title that comes
// right before mention m ("mission" of "mission spokeswoman X"), or "".
func (x *doc) titleKind(m report.Mention) string {
	k := x.d.TokenAt(m.Start) - 1
	if k < 1 || !lexicon.Spokesperson(x.d.Lower(k)) || x.d.Tokens[k-1].Kind != text.Word {
		return ""
	}
	return x.d.Lower(k - 1)
}

// latestBody returns the entity that fits and is named last before
// mention m, in its sentence or the n before, or nil; not one named in the
// words m's person says ("'... the markings of the Belarusian air force,'
// X, a spokesman for the service, told Reuters").
func (x *doc) latestBody(m report.Mention, n int, fits func(b *report.Entity) bool) *report.Entity {
	var last *report.Entity
	at := -1
	for i := range x.entities {
		b := &x.entities[i]
		if !fits(b) {
			continue
		}
		for _, bm := range b.Mentions {
			if bm.Start < m.Start && bm.Start > at && bm.Sentence >= m.Sentence-n && !x.quoteBetween(bm.End, m.Start) {
				last, at = b, bm.Start
			}
		}
	}
	return last
}

// bareBody reports whether name is a state body's kind alone: "Ministry",
// "Foreign Ministry", "Defence Ministry".
func (x *doc) bareBody(name string) bool {
	words := fields(name)
	if len(words) == 0 || !bodyNouns[words[len(words)-1]] {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if !lexicon.RoleModifier(w) {
			return false
		}
	}
	return true
}

// roleBody returns the body a role names before its last word: "Foreign
// Ministry" of "Foreign Ministry spokesman".
func roleBody(role string) string {
	if i := strings.LastIndexByte(role, ' '); i > 0 {
		return role[:i]
	}
	return ""
}

// lastCountry returns the country that opens, as its subject, the
// sentence before sentence si in the same paragraph ("Tehran rejected the
// account."), or the paragraph's first sentence when a quote stands
// between ("Seoul declined to confirm it. 'It is not appropriate ...
// response,' defence ministry spokesman X said"), or "".
func (x *doc) lastCountry(sentence map[int][]countryMention, si int) string {
	if si == 0 || x.d.Sentences[si-1].Para != x.d.Sentences[si].Para {
		return ""
	}
	prev := si - 1
	for prev > 0 && x.d.Sentences[prev-1].Para == x.d.Sentences[si].Para && x.opensQuote(prev) {
		prev-- // the quote's sentences say nothing of the speaker's side
	}
	if len(sentence[prev]) == 0 {
		return ""
	}
	if cm := sentence[prev][0]; cm.start == x.d.Tokens[x.afterThe(x.d.Sentences[prev].First)].Start {
		return cm.code
	}
	return ""
}

// opensQuote reports whether sentence si opens with a quotation mark.
func (x *doc) opensQuote(si int) bool {
	switch x.d.Word(x.d.Sentences[si].First) {
	case "\"", "“", "``":
		return true
	}
	return false
}

// afterThe skips an article at token i.
func (x *doc) afterThe(i int) int {
	if x.d.Lower(i) == "the" && i+1 < len(x.d.Tokens) {
		return i + 1
	}
	return i
}

// stateMedia gives the outlets that the text introduces as a state's
// ("state broadcaster CRTV", "China's state broadcaster CCTV", "the
// state-run National News Agency") that role, and the country that owns
// them, else the one its sentence names before it, else the one that
// dominates the story.
func (x *doc) stateMedia(focus string) {
	sentence, _ := x.countryMentions()
	for i := range x.entities {
		e := &x.entities[i]
		if e.Kind != report.KindOrganization || len(e.Mentions) == 0 {
			continue
		}
		first, _ := x.d.TokensIn(e.Mentions[0].Start, e.Mentions[0].End)
		role, owner := x.mediaBefore(first)
		if role == "" {
			continue
		}
		if e.Role == "" {
			e.Role = role
			if strings.HasSuffix(role, " outlet") && !hasWord(e.Name, newsNames) {
				// "state-owned SAIC", "the state-run North Oil Company":
				// a company; "the state-run National News Agency" an outlet
				e.Role = strings.TrimSuffix(role, " outlet") + " company"
			}
		}
		if e.Affiliation == "" {
			// The lexicon's Tele Sahel is Niger's, whatever the sentence
			// names; else "The Algerian foreign ministry said in a
			// statement carried by the state news agency APS": the
			// speaker's state.
			m := e.Mentions[0]
			c := cmp.Or(e.Country, owner, onlyBefore(sentence[m.Sentence], m.Start), focus)
			e.Affiliation, e.Country = c, c
		}
	}
}

// mediaBefore reads a state outlet's descriptor before token i and the
// country that owns it, if named: "China's state broadcaster", "Chinese
// state television".
func (x *doc) mediaBefore(i int) (role, owner string) {
	j := i
	if j > 0 && (x.d.Lower(j-1) == "the" || x.d.Lower(j-1) == "a") {
		j--
	}
	switch {
	case j >= 2 && x.d.Lower(j-2) == "state" && mediaNoun(x.d.Lower(j-1)):
		role, j = "state "+x.d.Lower(j-1), j-2
	case j >= 1 && (x.d.Lower(j-1) == "state-run" || x.d.Lower(j-1) == "state-owned"):
		role, j = x.d.Lower(j-1)+" outlet", j-1
	default:
		return "", ""
	}
	return role, x.ownerOfBody(j)
}

// mediaNoun reports whether w names a state's or a country's media in a
// role: "state broadcaster", "state media".
func mediaNoun(w string) bool { return w == "media" || w != "news" && ner.Outlet(w) }

// newsNames are the words of an outlet's own name.
var newsNames = text.SetOf("news", "agency", "television", "tv", "radio", "broadcasting", "press", "times",
	"post", "daily", "herald", "gazette", "tribune", "journal")

// newsWords name an outlet in a role: "the state news agency APS".
var newsWords = map[string]bool{"news": true, "agency": true}

// countryInName returns the country whose name ends the name of body e
// after "of" or "in": "the Union for Peace in the Central African
// Republic", "the Movement for the Liberation of Congo"; or "".
func (x *doc) countryInName(e *report.Entity) string {
	for _, m := range e.Mentions {
		first, end := x.d.TokensIn(m.Start, m.End)
		for k := end - 2; k > first; k-- {
			if w := x.d.Lower(k); w != "of" && w != "in" {
				continue
			}
			j := k + 1
			if x.d.Lower(j) == "the" {
				j++
			}
			for _, h := range x.l.lex.Lookup(x.d.Key(j, end)) {
				if h.Entry.Kind == lexicon.KindCountry {
					return h.Entry.Code
				}
			}
			break
		}
		for k := first + 1; k < end; k++ {
			// "the National Iranian Gas Company": a demonym inside the
			// name, after its first word.
			for _, h := range x.l.lex.Lookup(x.d.Key(k, k+1)) {
				if h.Entry.Kind == lexicon.KindCountry && h.Form == lexicon.FormDemonym && x.d.Tokens[k].Cap {
					return h.Entry.Code
				}
			}
		}
	}
	return ""
}

// inheritServed gives the people who speak for an organisation named
// before ("a spokesman for the command") its country, known only once
// the organisation was affiliated.
func (x *doc) inheritServed() {
	for pi, si := range x.servesSpan {
		if oi := x.uses[si].Entity; oi >= 0 {
			if _, ok := x.serves[pi]; !ok && x.entities[oi].Kind != report.KindCountry {
				x.serves[pi] = oi
			}
		}
	}
	for pi, oi := range x.serves {
		p, o := &x.entities[pi], x.entities[oi]
		if o.Affiliation != "" && (p.Affiliation == "" || o.Country != "" && p.Code == "") {
			// "Kyrgyzstan's Border Service … Its spokeswoman": the body's
			// country, not the story's the context gave her.
			p.Affiliation, p.Country = o.Affiliation, o.Country
		}
		if p.Code == "" {
			p.Code, p.Sector = o.Code, o.Sector
		}
		if p.Affiliation == "" && strings.HasPrefix(p.Code, "IGO") {
			p.Affiliation = p.Code // the chairperson of the African Union Commission serves the AU
		}
	}
}

// servesUnplaced reports whether person i speaks for a body that has no
// country and is no international one.
func (x *doc) servesUnplaced(i int) bool {
	oi, ok := x.serves[i]
	if !ok {
		return false
	}
	o := x.entities[oi]
	return o.Affiliation == "" && o.Country == "" && !report.International(o.Code)
}

// nationalBody reports whether an organisation's name has the head of a
// country's institution, party or force, which a story about that country
// names without saying whose, and no word of bodies of several countries
// ("Inter-American Commission", "Alliance of Sahel States").
func nationalBody(name string) bool {
	return hasWord(name, nationalWords) && !hasWord(name, beyondWords)
}

// hasWord reports whether a word of s is one of set.
func hasWord(s string, set map[string]bool) bool {
	for _, w := range fields(s) {
		if set[w] {
			return true
		}
	}
	return false
}

// ownedWords describe a body a state owns: "state rail operator".
var ownedWords = map[string]bool{"state": true, "state-owned": true, "state-run": true, "national": true,
	"public": true, "federal": true}

// beyondWords name bodies of several countries.
var beyondWords = map[string]bool{"international": true, "inter-american": true, "world": true, "global": true,
	"states": true, "nations": true, "african": true, "european": true, "asian": true, "arab": true,
	"americas": true, "pan-african": true, "regional": true, "sahel": true, "gulf": true}

var nationalWords = map[string]bool{"council": true, "commission": true, "court": true, "assembly": true,
	"parliament": true, "senate": true, "congress": true, "tribunal": true, "committee": true, "agency": true,
	"authority": true, "ministry": true, "police": true, "army": true, "guard": true, "party": true,
	"alliance": true, "front": true, "movement": true, "directorate": true, "department": true,
	"government": true, "league": true, "coalition": true, "division": true, "brigade": true, "battalion": true,
	"regiment": true, "corps": true, "union": true, "bureau": true, "service": true, "democrats": true}

// domesticWords mark a role of a country's own politics or streets rather
// than of a state or an outside body: an opposition leader, a lawmaker, a
// gang leader, an activist.
var domesticWords = map[string]bool{"opposition": true, "lawmaker": true, "legislator": true, "mp": true,
	"gang": true, "activist": true, "dissident": true, "protest": true, "candidate": true}

// localWords mark a role of the place the story happens in: "local",
// "district", "village", "provincial" roles.
// civilianNouns name people by the life they lead where the story
// happens, not by an office.
var civilianNouns = text.SetOf("teacher", "student", "pupil", "farmer", "resident", "villager", "shopkeeper",
	"trader", "vendor", "driver", "nurse", "fisherman", "mother", "father", "widow", "survivor", "labourer",
	"laborer", "miner", "headmaster", "housewife", "mechanic", "herder", "displaced")

var localWords = map[string]bool{"local": true, "district": true, "village": true, "provincial": true,
	"municipal": true}

// ownOrganization returns the country of the organisation a person's
// role names by the noun the story described it with ("the charity's
// director" of "Fundacion Agua Viva, a Madrid-based charity"), and
// whether there is one.
func (x *doc) ownOrganization(e *report.Entity) (string, bool) {
	words := strings.Fields(e.Role)
	if e.Kind != report.KindPerson || len(words) == 0 {
		return "", false
	}
	noun, ok := strings.CutSuffix(words[0], "'s")
	if !ok || !backNouns[noun] {
		return "", false
	}
	at := x.d.TokenAt(e.Mentions[0].Start)
	best, bestEnd := -1, -1
	for si, sp := range x.spans {
		if sp.End > at || x.uses[si].Entity < 0 || sp.End <= bestEnd {
			continue
		}
		if o := x.entities[x.uses[si].Entity]; o.Kind == report.KindOrganization && slices.Contains(fields(o.Role), noun) {
			best, bestEnd = x.uses[si].Entity, sp.End
		}
	}
	if best < 0 || x.entities[best].Country == "" {
		return "", false
	}
	return x.entities[best].Country, true
}

// bodyBefore returns the country of the body that a role's head names
// ("ministry spokesman X") when one of the three sentences before or its
// own names that body with a country ("India's foreign ministry rejected
// ..."), or "".
func (x *doc) bodyBefore(role string, m report.Mention) string {
	for _, w := range fields(role) {
		if !bodyNouns[w] {
			continue
		}
		first := x.d.Sentences[max(0, m.Sentence-3)].First
		for k := x.d.TokenAt(m.Start) - 1; k >= first; k-- {
			if x.d.Lower(k) != w {
				continue
			}
			if c := x.ownerOfBody(k); c != "" {
				return c
			}
			if x.d.Sentences[x.d.SentenceOf(k)].Para == x.d.Sentences[m.Sentence].Para {
				if c := x.openingState(k); c != "" {
					return c // "In Tehran, the foreign ministry summoned … X, the ministry's director, said"
				}
			}
		}
	}
	return ""
}

// namedBodyBefore returns the country of the latest institution named
// before byte offset at by its kind and its country, whose kind the role
// names ("Greece's coast guard" for a later "coast guard spokesman", not
// Russia's defence ministry for a "foreign ministry spokesman"), or "".
func (x *doc) namedBodyBefore(role string, at int) string {
	best, c := -1, ""
	role = text.Fold(role)
	owner := pluralOwner(role)
	for _, e := range x.entities {
		if e.Kind != report.KindOrganization || e.Country == "" {
			continue
		}
		core, _, ok := strings.Cut(e.Name, " (")
		named := ok && strings.Contains(role, text.Fold(core))
		for _, m := range e.Mentions {
			// "the Guards' ground forces commander" after "the
			// Revolutionary Guards" said so.
			if (named || owner != "" && strings.HasSuffix(text.Fold(m.Text), " "+owner)) && m.Start < at && m.Start > best {
				best, c = m.Start, e.Country
			}
		}
	}
	return c
}

// pluralOwner returns the word a role opens with in the possessive of a
// plural ("guards" of "guards' ground forces commander"), or "".
func pluralOwner(role string) string {
	w, _, _ := strings.Cut(role, " ")
	if n := len(w); n > 3 && (strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")) {
		return strings.TrimRight(w, "'’")
	}
	return ""
}

// ownerOfBody returns the country named in the possessive or as a
// demonym before the body noun at token k, across its modifiers ("India's
// foreign ministry", "the Indian foreign ministry"), or "".
func (x *doc) ownerOfBody(k int) string {
	j := k - 1
	for j >= 0 && k-j <= 3 && lexicon.RoleModifier(x.d.Lower(j)) {
		j--
	}
	if j >= 0 && text.Possessive(x.d.Lower(j)) {
		j--
	}
	if j < 0 || x.tokSpan[j] < 0 {
		return ""
	}
	ei := x.uses[x.tokSpan[j]].Entity
	switch {
	case ei < 0:
	case x.entities[ei].Kind == report.KindCountry:
		return x.entities[ei].Code
	case x.tokSpan[k] == x.tokSpan[j]:
		return x.entities[ei].Country // "The Sudanese army", one name the lexicon knows
	}
	return ""
}

// bodyNouns head the names of the state bodies a spokesman speaks for.
var bodyNouns = map[string]bool{"ministry": true, "army": true, "police": true, "military": true,
	"council": true, "command": true, "agency": true, "office": true, "department": true, "guard": true,
	"navy": true, "force": true, "government": true}

// quoteBetween reports whether the text between byte offsets from and to
// closes a quotation: a country named in a quote is what the speaker
// speaks of ("'Pakistan would do better ...,' ministry spokesman X
// said"), but one named before a whole quote is the speaker's ("Ankara
// stands 'shoulder to shoulder' with Baku, Foreign Minister X wrote").
func (x *doc) quoteBetween(from, to int) bool {
	marks := 0
	for k := x.d.TokenAt(from); k < len(x.d.Tokens) && x.d.Tokens[k].Start < to; k++ {
		switch x.d.Word(k) {
		case "\"", "”", "“", "''", "``":
			marks++
		}
	}
	return marks%2 == 1
}

// focusCountry returns the country a story is about, when one dominates
// its mentions of countries (at least twice the next), or "".
func (x *doc) focusCountry() string {
	best, second, code := 0, 0, ""
	for c, n := range x.countryWeights() {
		switch {
		case n > best || n == best && c < code: // ties broken by code, for a stable answer
			best, second, code = n, best, c
		case n > second:
			second = n
		}
	}
	if best >= 2*second && best >= 2 {
		return code
	}
	return ""
}

// localizeGeneric gives the story's country the bodies the lexicon files
// under another country by a name any state's body may bear: in a story
// about South Korea that never names the United States, "the National
// Security Council" is Seoul's, "National Security Council (South
// Korea)", KORGOV, not Washington's; so it is in a story filed from
// Seoul that names Washington too.
func (x *doc) localizeGeneric(focus string) {
	home := x.l.lex.Country(focus)
	if home == nil {
		return
	}
	weights := x.countryWeights()
	x.localizeGroups(focus, weights)
	filedHome := x.filedFromCountry() == focus // "SEOUL - … the Joint Chiefs of Staff said", though Washington is named
	sentence, _ := x.countryMentions()
	type move struct{ code, country string }
	moved := map[string]move{} // by old code
	for i := range x.entities {
		e := &x.entities[i]
		if e.Kind != report.KindOrganization || !e.Known || e.Country == "" || e.Country == focus ||
			weights[e.Country] > 0 && (!filedHome || x.possessor(e, sentence) == e.Country) {
			continue // "Russia's Federal Security Service" stays Russia's
		}
		name := genericMentions(e.Mentions)
		if name == "" {
			continue
		}
		to, c := focus, home
		// "Pakistan's Foreign Office" in a story of India; "Islamabad
		// rejected the account. Foreign Office spokesman X said": the
		// country that opens the sentence before.
		p := cmp.Or(x.possessor(e, sentence), x.lastCountry(sentence, e.Mentions[0].Sentence))
		if p != "" && x.l.lex.Country(p) != nil {
			to, c = p, x.l.lex.Country(p)
		}
		sector := strings.TrimPrefix(e.Code, e.Country)
		moved[e.Code] = move{to + sector, to}
		e.Name = name + " (" + c.Name + ")"
		e.Code, e.Country, e.Affiliation, e.Known = to+sector, to, to, false
		for k := range e.Mentions {
			e.Mentions[k].Code = e.Code
		}
	}
	for i := range x.entities {
		// "JCS spokesman Yoon Jae-hyuk" serves the body that moved.
		if e := &x.entities[i]; e.Kind == report.KindPerson && !e.Known && moved[e.Code].code != "" {
			m := moved[e.Code]
			e.Code, e.Country, e.Affiliation = m.code, m.country, m.country
		}
	}
}

// localizeGroups gives the story's country an armed group the lexicon
// knows of another country the story never names, where the group's name
// is one any insurgency may bear: the "National Liberation Army" of a
// story on North Macedonia is no Colombian group.
func (x *doc) localizeGroups(focus string, weights map[string]int) {
	for i := range x.entities {
		e := &x.entities[i]
		if e.Kind != report.KindArmedGroup || !e.Known || e.Country == "" || e.Country == focus || weights[e.Country] > 0 ||
			!hasOnly(strings.ToLower(e.Name), groupNameWords) {
			continue
		}
		e.Country, e.Affiliation, e.Code, e.Known = focus, focus, focus+"REB", false
		for k := range e.Mentions {
			e.Mentions[k].Code = e.Code
		}
	}
}

// groupNameWords make the names that insurgencies in many countries bear.
var groupNameWords = text.SetOf("national", "liberation", "army", "front", "people's", "popular", "revolutionary",
	"movement", "forces", "democratic", "united", "patriotic", "resistance", "of", "the", "for", "salvation")

// genericMentions returns the name that the mentions give a body when
// each is a name any state's body may bear ("the Joint Chiefs of Staff")
// or an acronym of one ("JCS"), and one is not an acronym; else "".
func genericMentions(ms []report.Mention) string {
	name := ""
	for _, m := range ms {
		words := slices.DeleteFunc(strings.Fields(m.Text), func(w string) bool { return strings.ToLower(w) == "the" })
		acronym := false
		for _, w := range words {
			switch {
			case strings.ToUpper(w) == w && len(words) == 1:
				acronym = true // "JCS", "the JCS"
			case !genericWords[strings.ToLower(w)]:
				return ""
			}
		}
		if name == "" && !acronym {
			name = strings.Join(words, " ")
		}
	}
	return name
}

// genericName reports whether a name is made of words any state's or
// movement's body may bear.
func genericName(name string) bool {
	for _, w := range strings.Fields(name) {
		if !genericWords[strings.ToLower(w)] {
			return false
		}
	}
	return name != ""
}

var genericWords = map[string]bool{"national": true, "security": true, "council": true, "supreme": true,
	"court": true, "central": true, "bank": true, "constitutional": true, "electoral": true, "commission": true,
	"election": true, "federal": true, "state": true, "public": true, "prosecutor": true, "prosecutor's": true,
	"office": true, "general": true, "staff": true, "joint": true, "chiefs": true, "of": true, "defence": true,
	"defense": true, "ministry": true, "interior": true, "foreign": true, "police": true, "intelligence": true,
	"service": true, "agency": true, "investigation": true, "bureau": true, "guard": true, "coast": true,
	"border": true, "presidential": true, "high": true, "human": true, "rights": true, "the": true, "and": true,
	"resistance": true, "front": true, "liberation": true}

// namedMost reports whether no country is named more often than code.
func (x *doc) namedMost(code string) bool {
	w := x.countryWeights()
	for _, n := range w {
		if n > w[code] {
			return false
		}
	}
	return w[code] > 0
}

// countryWeights counts the mentions of each country of the story, a
// headline's mention counting twice.
func (x *doc) countryWeights() map[string]int {
	out := map[string]int{}
	for _, e := range x.entities {
		if e.Kind != report.KindCountry {
			continue
		}
		for _, m := range e.Mentions {
			if m.Form == report.FormRelational {
				continue // "Russian-backed" tells of another actor, not of the story's country
			}
			out[e.Code]++
			if x.d.HasTitle && m.End <= x.d.Title.End {
				out[e.Code]++ // the headline says what the story is about
			}
		}
	}
	return out
}

// possessor returns the country that owns one of e's mentions in the
// possessive, "Lebanon's Health Ministry", "Ukraine's state nuclear
// operator Energoatom", or "".
func (x *doc) possessor(e *report.Entity, sentence map[int][]countryMention) string {
	described := fields(e.Role)
	for _, m := range e.Mentions {
		t, _ := x.d.TokensIn(m.Start, m.End)
		for k := t - 1; k > t-4 && k > 0 && !x.d.Tokens[k].Cap && slices.Contains(described, x.d.Lower(k)); k-- {
			t = k // "Ukraine's state nuclear operator Energoatom": across its description
		}
		if t < 2 || !text.Possessive(x.d.Lower(t-1)) {
			continue
		}
		owner := x.d.Tokens[t-2].Start
		for _, cm := range sentence[m.Sentence] {
			if cm.start <= owner && owner < cm.end {
				return cm.code
			}
		}
	}
	return ""
}

// basedIn returns the country of the town an organisation's description
// says it is based in ("its Piraeus-based manager, Thalassa Gas
// Management", "the Athens-based Kallisto Maritime"), or "".
func (x *doc) basedIn(e *report.Entity) string {
	for _, m := range e.Mentions {
		t, end := x.d.TokensIn(m.Start, m.End)
		for k := t - 1; k >= 0 && k >= t-5; k-- {
			w := x.d.Lower(k)
			if town, ok := strings.CutSuffix(x.d.Word(k), "-based"); ok && town != "" {
				return x.seatCountry(k, town)
			}
			if x.d.Tokens[k].Kind == text.Punct && w != "," {
				break
			}
		}
		// "Argolis Maritime, the Piraeus-based company that manages the vessel"
		if k := end + 2; k < len(x.d.Tokens) && x.d.Word(end) == "," && determiners[x.d.Lower(end+1)] {
			if town, ok := strings.CutSuffix(x.d.Word(k), "-based"); ok && town != "" {
				return x.seatCountry(k, town)
			}
		}
	}
	return ""
}

// seatCountry returns the country of town, written before "-based" at
// token k: a country or its capital the lexicon knows, else a town the
// gazetteer is sure of.
func (x *doc) seatCountry(k int, town string) string {
	if si := x.tokSpan[k]; si >= 0 && len(x.spans[si].Hits) > 0 && x.spans[si].Hits[0].Entry.Kind == lexicon.KindCountry {
		return x.spans[si].Hits[0].Entry.Code
	}
	if x.l.gaz == nil {
		return ""
	}
	p, conf, ok := x.l.gaz.Resolve(text.Fold(town), geo.Context{Countries: x.countries})
	if !ok || conf < 0.5 || p.Kind != geo.KindCity && p.Kind != geo.KindCapital {
		return ""
	}
	if c := x.l.lex.Country(p.Country); c != nil {
		return c.Code
	}
	return ""
}

// openedBefore returns the country that a state opens the sentence
// before sentence si with ("Kinshasa accused Rwanda of sending soldiers.
// ... Communications Minister X told reporters"), or "".
func (x *doc) openedBefore(ms []countryMention, si int) string {
	for _, cm := range ms {
		if cm.opens && cm.state && x.d.SentenceOf(x.d.TokenAt(cm.start)) == si-1 {
			return cm.code
		}
	}
	return ""
}

type countryMention struct {
	start, end int
	code       string
	state      bool // a country or a body of its state, not a group of its people
	opens      bool // a country's name or capital that opens its sentence: "Seoul summoned..."
}

// countryMentions lists, by sentence, the mentions of entities that belong
// to a country, in text order, and the mentions of countries of each
// paragraph.
func (x *doc) countryMentions() (sentence, para map[int][]countryMention) {
	sentence, para = map[int][]countryMention{}, map[int][]countryMention{}
	located := map[int]bool{} // byte starts of countries named as places
	for si, u := range x.uses {
		if u.Locative {
			located[x.d.Tokens[x.spans[si].First].Start] = true
		}
	}
	for _, e := range x.entities {
		if e.Country == "" {
			continue
		}
		for _, m := range e.Mentions {
			if m.Form == report.FormRelational {
				continue // "Egypt-backed" tells of another actor
			}
			if located[m.Start] && e.Kind == report.KindCountry && !x.ownsNext(x.d.TokenAt(m.End-1)+1) || x.frontierOf(m) {
				continue // "tried to cross into Serbia", "a few kilometres from the Zambian border": where, not whose
			}
			if len(m.Code) > 3 && !stateSectors[m.Code[3:min(6, len(m.Code))]] {
				continue // "a Ukrainian citizen" is a person of that country, not its state
			}
			c := cmp.Or(m.Code, e.Code)
			state := len(c) <= 3 || stateSectors[c[3:min(6, len(c))]] // not Boko Haram's NGAREB
			opens := e.Kind == report.KindCountry && m.Form != report.FormDemonym &&
				x.afterThe(x.d.Sentences[m.Sentence].First) == x.d.TokenAt(m.Start)
			sentence[m.Sentence] = append(sentence[m.Sentence], countryMention{m.Start, m.End, e.Country, state, opens})
			if e.Kind != report.KindCountry {
				continue
			}
			p := x.d.Sentences[m.Sentence].Para
			// "China's nine-dash line ..." names what is China's, no act
			acts := opens && !x.ownsNext(x.d.TokenAt(m.End-1)+1)
			para[p] = append(para[p], countryMention{start: m.Start, end: m.End, code: e.Code, state: true, opens: acts})
		}
	}
	for k, ms := range sentence {
		slices.SortFunc(ms, func(a, b countryMention) int { return a.start - b.start })
		sentence[k] = ms
	}
	return sentence, para
}

// frontierOf reports whether mention m names a country as the side of a
// frontier: "the Zambian border", "the Afghan side".
func (x *doc) frontierOf(m report.Mention) bool {
	_, end := x.d.TokensIn(m.Start, m.End)
	return m.Form == report.FormDemonym && end < len(x.d.Tokens) && frontierWords[x.d.Lower(end)]
}

var frontierWords = text.SetOf("border", "frontier", "side", "boundary", "territory", "waters", "airspace")

// namesCountry reports whether one of ms names country code.
func namesCountry(ms []countryMention, code string) bool {
	return slices.ContainsFunc(ms, func(cm countryMention) bool { return cm.code == code })
}

// onlyBefore returns the one country that the mentions before offset at
// name, or "" when they name none or several. A country named after an
// official is more often what the official speaks of ("Air force
// spokesman X said Russia was launching drones").
func onlyBefore(ms []countryMention, at int) string {
	c := ""
	for _, cm := range ms {
		switch {
		case cm.start >= at || cm.code == c:
		case c != "":
			return ""
		default:
			c = cm.code
		}
	}
	return c
}

// unquoted returns the mentions of ms that no quotation closes before
// byte offset at: "the South" in "'... rest with the military gangsters
// of the South,' Kim Yo Jong said" is whom she speaks of.
func (x *doc) unquoted(ms []countryMention, at int) []countryMention {
	var out []countryMention
	for _, cm := range ms {
		if cm.start < at && !x.quoteBetween(cm.end, at) {
			out = append(out, cm)
		}
	}
	return out
}

// ownedBefore reports whether a possessive stands before mention m across
// the lower-case words that describe it: "China's state broadcaster
// CCTV", whose owner a later stage reads.
func (x *doc) ownedBefore(m report.Mention) bool {
	t, _ := x.d.TokensIn(m.Start, m.End)
	for k := t - 1; k > 0 && k >= t-4; k-- {
		if text.Possessive(x.d.Lower(k)) {
			return true
		}
		if x.d.Tokens[k].Cap || x.d.Tokens[k].Kind != text.Word {
			return false
		}
	}
	return false
}

// outletName reports whether a body's name is a wire service's ("Sitrep
// Wire"): it reports from everywhere, for no country; a country's own
// papers and radios ("Gebeya Times", "Radio Mitre") are of the country.
func outletName(name string) bool {
	return hasWord(name, outletWords)
}

var outletWords = map[string]bool{"wire": true}

// regionalBody reports whether a body's name says it is of several
// countries: "the Inter-American Commission on Human Rights", "the
// African Court".
func regionalBody(name string) bool {
	for _, w := range fields(name) {
		if strings.HasPrefix(w, "inter") || regionalWords[w] {
			return true
		}
	}
	return false
}

var regionalWords = map[string]bool{"international": true, "regional": true, "global": true, "world": true,
	"african": true, "american": true, "arab": true, "european": true, "asian": true, "islamic": true,
	"pacific": true, "caribbean": true, "latin": true}

// stateRole reports whether an entity holds a role of a state, and the
// sector it acts in where the role says so: a person titled minister
// (GOV), Col. (MIL) or Mr. (none), or an organisation named Ministry,
// Army or Police.
func (x *doc) stateRole(e *report.Entity) (string, bool) {
	var words []string
	switch e.Kind {
	case report.KindPerson:
		words = fields(e.Role)
	case report.KindOrganization:
		words = fields(e.Name)
	default:
		return "", false
	}
	mod, served := "", false
	for i, w := range words {
		w = current(w)
		if w == "for" || w == "of" {
			served = true // "spokesman for the provincial government" speaks for it
			continue
		}
		if e.Kind == report.KindOrganization && (w == "party" || w == "parliament") {
			return "", true // a party belongs to its country's politics, in no sector of the state
		}
		if w == "general" && i > 0 && civilOffices[words[i-1]] {
			continue // "Director General", "Attorney General": no rank
		}
		if lexicon.Rank(w) {
			return rankSectors[w], true
		}
		if militaryRanks[w] && i == len(words)-1 {
			return "MIL", true // "adjutant general" (but not "general secretary")
		}
		a, agent := x.l.lex.Agent(w)
		if served && agent && stateSectors[a.Sector] && i == len(words)-1 {
			return a.Sector, true // "spokesman for the provincial government"
		}
		if mod != "" && lexicon.RoleModifier(w) && (i+1 == len(words) || words[i+1] == "of") {
			return mod, true // "the army's chief of operations": a modifier that heads the role
		}
		if i+1 < len(words) {
			a2, ok := x.l.lex.Agent(w + " " + current(words[i+1]))
			switch {
			case ok && mod == "" && stateSectors[a2.Sector]:
				mod = a2.Sector // "coast guard" of "coast guard spokesman"
			case ok && mod != "" && a2.Person && !stateSectors[a2.Sector] && i+2 == len(words):
				return mod, true // "foreign ministry press secretary" speaks for the ministry
			}
		}
		if lexicon.RoleModifier(w) || x.stateBody(w) && i+1 < len(words) {
			if agent && stateSectors[a.Sector] && mod == "" {
				mod = a.Sector // "army" of "army spokesman", "police" of "police spokesman"
			}
			continue // "deputy editor" holds no state role
		}
		switch {
		case agent && stateSectors[a.Sector] && (a.Person || e.Kind == report.KindOrganization):
			return a.Sector, true
		case agent && a.Person && mod != "":
			return mod, true // "army spokesman" speaks for the army
		}
	}
	if mod != "" && e.Kind == report.KindPerson && personNoun(words[len(words)-1]) {
		return mod, true // "the government's chief negotiator"
	}
	return "", false
}

// personNoun reports whether a role noun the lexicon lacks names a
// person by its ending: "negotiator", "mediator", "envoy"-like nouns.
func personNoun(w string) bool {
	for _, suf := range []string{"or", "er", "ist", "ian", "man", "woman", "person"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// civilOffices are the offices that "general" follows as an adjective.
var civilOffices = map[string]bool{"director": true, "secretary": true, "attorney": true, "inspector": true,
	"solicitor": true, "auditor": true, "surgeon": true, "governor": true, "postmaster": true,
	"comptroller": true, "procurator": true, "prosecutor": true, "consul": true, "registrar": true}

// rankSectors are the sectors of the abbreviated ranks and titles that
// have one; "Mr." and "Dr." have none.
var rankSectors = map[string]string{"lt.": "MIL", "gen.": "MIL", "col.": "MIL", "maj.": "MIL", "capt.": "MIL",
	"adm.": "MIL", "brig.": "MIL", "sgt.": "MIL", "cpl.": "MIL", "cmdr.": "MIL", "sen.": "LEG", "rep.": "LEG",
	"gov.": "GOV", "inspector": "COP", "superintendent": "COP", "constable": "COP", "sergeant": "COP",
	"corporal": "MIL", "commodore": "MIL", "brigadier": "MIL", "colonel": "MIL", "lieutenant": "MIL", "admiral": "MIL"}

func fields(s string) []string {
	var out []string
	d := text.New(s)
	for i := range d.Tokens {
		out = append(out, d.Lower(i))
	}
	return out
}

// militaryRanks are ranks written in full: an "adjutant general" holds a
// state role as much as a "Maj. Gen." does. They count as the head of the
// role, its last word.
var militaryRanks = map[string]bool{"general": true, "colonel": true, "major": true, "captain": true,
	"lieutenant": true, "admiral": true, "brigadier": true, "sergeant": true, "commodore": true, "marshal": true}
