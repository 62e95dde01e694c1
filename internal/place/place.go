// Package place resolves the toponyms of a document to gazetteer places:
// GeoNames id, country, admin1, coordinates and feature kind, with the
// resolver's confidence and every mention.
//
// A name is resolved in the context of the document: the countries its
// actors and unambiguous places belong to (the focus), and an admin word
// after the name ("Latakia Province") or the plural of one after a list
// ("Nineveh, Kirkuk and Diyala provinces"), which finds a province only
// of a country the story weighs; a compass word before a country stays
// with its mention ("southern Lebanon"). Toponyms are resolved in two
// passes: the first fixes the focus from the confident places, the
// second resolves the ambiguous ones ("Tripoli", "Georgia") against it;
// villages take no part in the focus. A village of a country the story never weighs is
// dropped rather than guessed ("the village of Kiunga" in a story of
// Kenya is not New Guinea's Kiunga), though a dateline's town is kept
// however small the gazetteer has it (but only in the country the
// dateline names: "LERE, Mali" is no Nigerian Lere), a name the text
// places in a country ("Bosso in southeastern Niger", "the Greek island
// of Kasos", "Niger's Bosso") is only a place of that country (an
// unlocated one in it where the gazetteer has it only abroad), and a
// name is also
// looked up as the gazetteer may spell it. A name the gazetteer knows
// no town or region of in a country the story weighs may be one of that
// country's districts ("clashes in Guma", "Masisi territory"): a place of
// feature "admin2" at its seat. A name that says
// it is a place by a feature word ("the Mandara Mountains", "Abu Nuwas
// Street", "Mount Hermon") or by the word of its kind after it ("Let Pan
// Hla village"), that a dateline names, or that the name finder reads as
// a place after a preposition of place, but that the gazetteer lacks is
// a place of precision "unlocated", without coordinates: the GeoJSON,
// GDELT and PLOVER exports, events and assets leave it out. Nearby then
// gives such a place the point of the town the text ties it to
// (precision "town"), else of the town or province of its country that
// its sentence names nearest (precision "near"). A name the text gives a
// natural feature anywhere ("Samar island") is that feature everywhere,
// and takes no part in the focus.
//
// A country that holds the story's located places is a place too where
// the text names it only as an actor ("has ruled Togo since 1967" in a
// story of Lome): where the story happens. Those mentions have the form
// "name", not "locative", and the stages that ask where something
// happened (events, assets, claims) read only the locative ones.
//
// Facilities (prisons, airports, hotels, camps) are places too: the
// gazetteer lists none, so Facilities places each at the town named right
// after it, else at the town the story was filed from, with precision
// "town".
package place

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"strings"

	"sitrep/internal/actor"
	"sitrep/internal/geo"
	"sitrep/internal/lexicon"
	"sitrep/internal/ner"
	"sitrep/internal/report"
	"sitrep/internal/text"
)

// Gazetteer is what resolution needs of the gazetteer.
type Gazetteer interface {
	Resolve(key string, c geo.Context) (geo.Place, float64, bool)
	Country(iso2 string) (geo.Place, bool)
}

// Resolver resolves toponyms. It is safe for concurrent use.
type Resolver struct {
	gaz Gazetteer
}

// New returns a Resolver over the gazetteer.
func New(gaz Gazetteer) *Resolver { return &Resolver{gaz: gaz} }

// candidate is one toponym mention to resolve.
type candidate struct {
	span  text.Span
	key   string
	admin bool
	// province is set when the admin word names a first-level division
	// ("Khost province"), not a district or county within one
	province bool
	// listed is set when the admin word is the plural after a list of
	// names ("the Sinjar, Qandil and Gara regions"), which may hold a
	// mountain range as well as provinces.
	listed bool
	iso2   string // set when the name is a country of the lexicon
	first  int    // first token
	prep   bool   // a preposition of place comes before it
	name   bool   // the name finder labelled it a location and no actor holds it
	kind   bool   // a word of its kind follows it: "Let Pan Hla village", "Chernobyl plant"
	site   bool   // a facility word follows it, which may be named for a town anywhere: "Kaya camps"
	// feature is the lower-case word of a natural feature after the name
	// ("the Aras river"), which no town of that name answers.
	feature string
}

// Resolve returns the places of d. focus weighs the countries the
// document's actors belong to (ISO2 codes).
func (r *Resolver) Resolve(d *text.Doc, uses []actor.Use, focus map[string]float64) []report.Place {
	cands := candidates(d, uses)
	focus = maps.Clone(focus)
	if focus == nil {
		focus = map[string]float64{}
	}
	// First pass: confident places add to the focus, and their regions;
	// a name the text gives a natural feature does not ("Samar island").
	features := namedFeatures(d, uses)
	regions := map[string]bool{}
	for _, c := range cands {
		if c.feature != "" || features[c.key] != "" || c.site {
			continue // a camp or a mine may be named for a town anywhere
		}
		p, conf, ok := r.resolve(c, normalise(focus), nil)
		if p.Kind == geo.KindCity && (p.Population < minBarePopulation || (p.Population < minForeignPopulation || townOf(d, c.first)) && settled(focus, p.Country)) {
			continue // a village does not say what the story is about: "the village of Kiunga" is Kenya's, not New Guinea's
		}
		if ok && conf >= 0.8 && p.Country != "" && !otherTongue(c.key, p, focus) {
			focus[p.Country]++
			if p.Admin1 != "" {
				regions[p.Country+"/"+p.Admin1] = true
			}
		}
	}
	ctx := normalise(focus)
	own := owners(d, uses, cands)
	var out []report.Place
	index := map[string]int{}
	filed := map[string]bool{} // the dateline's town, a place wherever the gazetteer lacks it
	townEnd := -1
	for _, c := range cands {
		if first, end := d.TokensIn(c.span.Start, c.span.End); d.Dateline(first, end) {
			filed[c.key], townEnd = true, end
		}
		if c.feature != "" {
			features[c.key] = c.feature // "the Aras river" is the river at "not stop at the Aras"
		}
	}
	filedIn := "" // the country the dateline names after its town: "LERE, Mali,"
	for _, c := range cands {
		if townEnd >= 0 && c.first == townEnd+1 && d.Word(townEnd) == "," {
			filedIn = c.iso2
		}
	}
	for _, c := range cands {
		if c.feature == "" {
			c.feature = features[c.key]
		}
		p, conf, ok := r.resolve(c, ctx, regions)
		if ok && p.Kind == geo.KindCity && (p.Population < minBarePopulation && (!c.prep && !filed[c.key] || foreign(ctx, p.Country)) ||
			p.Population < minForeignPopulation && settled(focus, p.Country) && !filed[c.key]) {
			// A village of a country the story never weighs: not "Mount
			// Hermon" in Virginia; a dateline names a town, however small
			// the gazetteer has it ("QAMISHLI").
			ok = false
		}
		if ok && p.Kind == geo.KindCity && p.Population < minBarePopulation && !filed[c.key] && featureName(d, c) {
			ok = false // "Mount Hermon" names a mountain, not a village of Virginia
		}
		town := townOf(d, c.first)
		if ok && p.Kind == geo.KindCity && town && settled(focus, p.Country) && !filed[c.key] {
			ok = false // "attacked the town of Palma" in a story of Mozambique is no Spanish city
		}
		if ok && otherTongue(c.key, p, ctx) {
			ok = false // "Kuria" in a story of Kenya is no other name of China's Korla
		}
		if ok && filed[c.key] && filedIn != "" && p.Country != filedIn {
			ok = false // "LERE, Mali": not the Lere of Nigeria the gazetteer has; Mali's it lacks
		}
		if ok && (c.feature != "" || c.site) && (p.Kind == geo.KindCity || p.Kind == geo.KindCapital) && foreign(ctx, p.Country) {
			// "the Aras river" is no French town called Arras; "the Imphal
			// valley" is where Imphal is; "the Gendrassa and Kaya camps"
			// of a story of South Sudan are no town of Burkina Faso
			ok = false
		}
		if !ok && c.feature == "" {
			p, conf, ok = r.district(c, ctx)
		}
		owned := false // a place of the country the text names, which the gazetteer lacks
		if o := own[c.key]; ok && o != "" && p.Country != "" && p.Country != o {
			// "the town of Bosso in southeastern Niger" is no district of
			// Nigeria's Niger State, "the Greek island of Kasos" no
			// Turkish village
			p, conf, ok = r.within(c, o)
			owned = !ok
		}
		var rp report.Place
		switch {
		case ok:
			rp = fromGeo(p, conf, "")
		case c.feature != "":
			rp = unlocated(d, c)
			rp.Feature = c.feature
		case featureName(d, c) || filed[c.key] || (c.prep || c.kind || town) && c.name || owned:
			// "the Mandara Mountains", "near Gaksere", "struck Let Pan
			// Hla village": names of places the gazetteer lacks.
			rp = unlocated(d, c)
		default:
			continue
		}
		if !ok {
			rp.Country = cmp.Or(possessor(d, uses, c.first), own[c.key])
		}
		id := report.Unlocated + ":" + c.key
		if ok {
			id = placeKey(p)
		}
		i, seen := index[id]
		if !seen {
			i = len(out)
			index[id] = i
			rp.ID = fmt.Sprintf("p%d", i+1)
			out = append(out, rp)
		}
		out[i].Confidence = math.Max(out[i].Confidence, round(conf))
		out[i].Mentions = append(out[i].Mentions, mentionOf(d, c.span, report.FormLocative))
	}
	unlocatedCountries(d, out, ctx)
	return r.containers(d, uses, out, index)
}

// unlocatedCountries gives each place the gazetteer could not locate,
// and no country's possessive names (see possessor), the
// country of the nearest located place its sentence names, else the
// country the story weighs most: "Okoroba, a fishing village about 3 km
// from the site" in a story of Bayelsa is Nigeria's.
func unlocatedCountries(d *text.Doc, out []report.Place, ctx map[string]float64) {
	top, w := "", 0.0
	for c, v := range ctx {
		if v > w || v == w && c < top {
			top, w = c, v
		}
	}
	for i := range out {
		p := &out[i]
		if p.Located() || p.Country != "" || len(p.Mentions) == 0 {
			continue
		}
		p.Country = cmp.Or(containerCountry(d, out, p.Mentions[0]), nearestCountry(out, p.Mentions[0]), top)
	}
}

// owners maps the key of each name the text itself places in a country,
// by a possessive or adjective before it (see possessor), by "in" and
// the country after it ("Bosso in southeastern Niger") or by an
// apposition of its kind ("Jomotsangkha, a small Bhutanese town"), to
// that country's ISO2 code.
func owners(d *text.Doc, uses []actor.Use, cands []candidate) map[string]string {
	out := map[string]string{}
	for _, c := range cands {
		if c.iso2 != "" || c.feature != "" || c.site {
			continue
		}
		if o := cmp.Or(possessor(d, uses, c.first), inCountry(d, uses, c.span), kindApposition(d, uses, c.span)); o != "" {
			out[c.key] = o
		}
	}
	return out
}

// kindApposition returns the country whose demonym qualifies the kind of
// place in an apposition right after span sp ("Jomotsangkha, a small
// Bhutanese town on the border"), or "".
func kindApposition(d *text.Doc, uses []actor.Use, sp text.Span) string {
	_, k := d.TokensIn(sp.Start, sp.End)
	if k+3 >= len(d.Tokens) || d.Word(k) != "," || !articles[d.Lower(k+1)] {
		return ""
	}
	for j := k + 2; j < len(d.Tokens)-1 && j < k+5; j++ {
		if !d.Tokens[j].Cap {
			continue // "a small", "a remote mountain"
		}
		if !ner.PlaceKind(d.Lower(j + 1)) {
			return ""
		}
		for _, u := range uses {
			if h := u.Span.Hits; u.Span.First == j && u.Span.End == j+1 && len(h) > 0 && h[0].Entry.Kind == lexicon.KindCountry &&
				h[0].Form == lexicon.FormDemonym {
				return h[0].Entry.ISO2
			}
		}
		return ""
	}
	return ""
}

// inCountry returns the country named after "in", an optional "the" and
// compass words right after span sp, or "".
func inCountry(d *text.Doc, uses []actor.Use, sp text.Span) string {
	_, k := d.TokensIn(sp.Start, sp.End)
	if k >= len(d.Tokens) || d.Lower(k) != "in" {
		return ""
	}
	for k++; k < len(d.Tokens) && (d.Lower(k) == "the" || ner.Compass(d.Lower(k))); k++ {
	}
	for _, u := range uses {
		if u.Span.First != k {
			continue
		}
		if u.Country != "" {
			return u.Country
		}
		if h := u.Span.Hits; len(h) > 0 && h[0].Entry.Kind == lexicon.KindCountry {
			return h[0].Entry.ISO2 // "in southeastern Niger", though Nigeria's Niger State may have taken the name
		}
	}
	return ""
}

// within resolves candidate c among the towns, then the districts, of
// country iso2 alone.
func (r *Resolver) within(c candidate, iso2 string) (geo.Place, float64, bool) {
	ctx := map[string]float64{iso2: 1}
	p, conf, ok := r.gaz.Resolve(c.key, geo.Context{Countries: ctx, Admin: c.admin})
	if !ok || p.Country != iso2 {
		p, conf, ok = r.gaz.Resolve(c.key, geo.Context{Countries: ctx, Admin: c.admin, Districts: true})
	}
	return p, conf, ok && p.Country == iso2
}

// possessor returns the country whose possessive comes right before the
// name at token first ("South Korea's Yeonpyeong island"), or whose
// people's adjective qualifies the kind of place before it ("the
// Senegalese border town of Kidira"), or "": it says whose the place is
// better than the nearest town does.
func possessor(d *text.Doc, uses []actor.Use, first int) string {
	end, adjective := -1, false
	switch {
	case first >= 2 && text.Possessive(d.Lower(first-1)):
		end = first - 1
	case first >= 3 && ner.PlaceOf(d, first-2):
		adjective = true
		for k := first - 3; k >= 0 && k >= first-5 && !d.Tokens[k].Cap && !articles[d.Lower(k)]; k-- {
			// "border", "northern": words between the adjective and the
			// kind; an article ends them ("soldiers near the town of
			// Sudzha" says nothing of whose it is)
			end = k
		}
		if end < 0 {
			end = first - 2
		}
	default:
		return ""
	}
	for _, u := range uses {
		if u.Span.End != end {
			continue
		}
		h := u.Span.Hits
		if adjective {
			if u.Form != report.FormRelational && len(h) > 0 && h[0].Entry.Kind == lexicon.KindCountry && (h[0].Form == lexicon.FormDemonym || h[0].Form == lexicon.FormDemonymPlural) {
				return h[0].Entry.ISO2 // "the Senegalese": an adjective, not a place
			}
			return "" // "from Iraq near the town of Marivan" is Iran's
		}
		if u.Country != "" {
			return u.Country
		}
		if len(h) > 0 && h[0].Entry.Kind == lexicon.KindCountry {
			return h[0].Entry.ISO2
		}
	}
	return ""
}

// containerCountry returns the country of the located place named right
// after m as what holds it ("Al Dhafra Air Base in the UAE"), or "".
func containerCountry(d *text.Doc, out []report.Place, m report.Mention) string {
	at := holderAt(d, m)
	if at < 0 {
		return ""
	}
	for _, p := range out {
		if !p.Located() || p.Country == "" {
			continue
		}
		for _, pm := range p.Mentions {
			if pm.Start == at {
				return p.Country
			}
		}
	}
	return ""
}

// holderAt returns the byte offset of the name that follows mention m
// after "in", "near", "outside", "at" or "of" and an optional "the", as
// what holds it ("the Litoral Penitentiary in Guayaquil", "Al Dhafra Air
// Base in the UAE"), or -1.
func holderAt(d *text.Doc, m report.Mention) int {
	_, k := d.TokensIn(m.Start, m.End)
	if k+1 >= len(d.Tokens) || !containing[d.Lower(k)] {
		return -1
	}
	if k++; d.Lower(k) == "the" && k+1 < len(d.Tokens) {
		k++
	}
	return d.Tokens[k].Start
}

var containing = text.SetOf("in", "near", "outside", "at", "of")

// nearestCountry returns the country of the located place whose mention
// in m's sentence lies nearest m, or "".
func nearestCountry(out []report.Place, m report.Mention) string {
	best, c := -1, ""
	for _, p := range out {
		if !p.Located() || p.Country == "" {
			continue
		}
		for _, pm := range p.Mentions {
			if pm.Sentence != m.Sentence {
				continue
			}
			if d := abs(pm.Start - m.Start); best < 0 || d < best {
				best, c = d, p.Country
			}
		}
	}
	return c
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// containers adds the countries that hold the story's places and that the
// text names, though never as a site ("ruled Togo since 2005" in a story
// of Lome): where the story happens. index maps place keys to out.
func (r *Resolver) containers(d *text.Doc, uses []actor.Use, out []report.Place, index map[string]int) []report.Place {
	holds := map[string]bool{}
	for _, p := range out {
		if p.Precision != "country" && p.Precision != report.Unlocated {
			holds[p.Country] = true
		}
	}
	for _, u := range uses {
		if u.Locative || u.Country == "" || u.Form != report.FormName || !holds[u.Country] {
			continue
		}
		p, ok := r.gaz.Country(u.Country)
		if !ok {
			continue
		}
		i, seen := index[placeKey(p)]
		if seen && out[i].Mentions[0].Form == report.FormLocative {
			continue // named as a site already: its other mentions stay the actor's
		}
		if !seen {
			i = len(out)
			index[placeKey(p)] = i
			out = append(out, fromGeo(p, 1, fmt.Sprintf("p%d", i+1)))
		}
		out[i].Mentions = append(out[i].Mentions, mentionOf(d, d.SpanOf(u.Span.First, u.Span.End), report.FormName))
	}
	return out
}

func mentionOf(d *text.Doc, sp text.Span, form string) report.Mention {
	return report.Mention{Evidence: report.Evidence{Span: report.Span{Start: sp.Start, End: sp.End}, Text: d.Str(sp)},
		Form: form, Sentence: d.SentenceOf(d.TokenAt(sp.Start))}
}

func (r *Resolver) resolve(c candidate, ctx map[string]float64, regions map[string]bool) (geo.Place, float64, bool) {
	if c.iso2 != "" {
		p, ok := r.gaz.Country(c.iso2)
		return p, 1, ok
	}
	if c.listed {
		// a listed name is a province only where the gazetteer knows a
		// province of it in a country of the story
		p, conf, ok := r.gaz.Resolve(c.key, geo.Context{Countries: ctx, Admin: true, Regions: regions})
		if ok && p.Kind == geo.KindAdmin1 && !foreign(ctx, p.Country) {
			return p, conf, true
		}
	}
	p, conf, ok := r.gaz.Resolve(c.key, geo.Context{Countries: ctx, Admin: c.admin, Regions: regions})
	if ok && c.admin && foreign(ctx, p.Country) {
		// "the Chapare region" of a story of Bolivia is no province of
		// Afghanistan that goes by that name too
		p, conf, ok = r.gaz.Resolve(c.key, geo.Context{Countries: ctx, Regions: regions})
		ok = ok && !foreign(ctx, p.Country)
	}
	if ok && (c.province || c.listed && text.Fold(p.Admin1) == text.Fold(p.Name)) && p.Kind != geo.KindAdmin1 && p.Admin1 != "" {
		// "Khost province", which the gazetteer knows as the province
		// of its capital, Khost: Khowst
		q, qconf, qok := r.gaz.Resolve(text.Fold(p.Admin1), geo.Context{Countries: map[string]float64{p.Country: 1}, Admin: true})
		if qok && q.Kind == geo.KindAdmin1 && q.Country == p.Country {
			return q, min(conf, qconf), true
		}
	}
	return p, conf, ok
}

// district resolves c to a second-level division of a country the story
// weighs: "Masisi territory", "Gedeo zone", or a name the gazetteer knows
// no town of there ("clashes in Djugu").
func (r *Resolver) district(c candidate, ctx map[string]float64) (geo.Place, float64, bool) {
	p, conf, ok := r.gaz.Resolve(c.key, geo.Context{Countries: ctx, Admin: c.admin, Districts: true})
	return p, conf, ok && ctx[p.Country] > 0
}

// candidates lists the locative uses, with an admin word after the name
// joined to it ("Latakia Province"); one before it and "of" make it a
// region too ("the province of Yala").
func candidates(d *text.Doc, uses []actor.Use) []candidate {
	var out []candidate
	for _, u := range uses {
		if !u.Locative {
			continue
		}
		sp := u.Span
		c := candidate{span: d.SpanOf(sp.First, sp.End), key: d.Key(sp.First, sp.End), first: sp.First, iso2: u.Country, prep: u.Prep,
			name: sp.Label == ner.LOC && u.Entity < 0, kind: sp.Why == "facility"}
		if c.iso2 != "" && sp.First >= 1 && ner.Compass(d.Lower(sp.First-1)) && !d.Tokens[sp.First-1].Cap {
			c.span = d.SpanOf(sp.First-1, sp.End) // "southern Lebanon": the part of the country the story means
		}
		if sp.First >= 2 && d.Lower(sp.First-1) == "of" && adminWords[d.Lower(sp.First-2)] && !d.Tokens[sp.First-2].Cap {
			c.admin = true // "the southern province of Yala"
		}
		if sp.End < len(d.Tokens) && d.SentenceOf(sp.End) == d.SentenceOf(sp.First) {
			switch w := d.Lower(sp.End); {
			case adminWords[w] && c.iso2 == "":
				c.admin, c.province = true, provinceWords[w]
				c.span = d.SpanOf(sp.First, sp.End+1)
			case naturalFeatures[w] && !d.Tokens[sp.End].Cap:
				c.feature = w
			case ner.Facility(w) && !d.Tokens[sp.End].Cap:
				c.site = true // "fled to Gendrassa and Kaya camps"
			default:
				c.listed = listedAdmin(d, sp.End)
			}
		}
		out = append(out, c)
	}
	return append(out, basedIn(d)...)
}

// listedAdmin reports whether a list of names ends in the plural of an
// admin word ("Nineveh, Kirkuk and Diyala provinces", "the Mopti and
// Segou regions"), where i follows one of the names.
func listedAdmin(d *text.Doc, i int) bool {
	s := d.SentenceOf(i)
	for ; i < len(d.Tokens) && d.SentenceOf(i) == s; i++ {
		w := d.Lower(i)
		switch {
		case w == "," || w == "and" || w == "or" || d.Tokens[i].Cap:
			continue
		case strings.HasSuffix(w, "ies"):
			return adminWords[strings.TrimSuffix(w, "ies")+"y"]
		default:
			return strings.HasSuffix(w, "s") && adminWords[strings.TrimSuffix(w, "s")]
		}
	}
	return false
}

// basedIn lists the towns of compound adjectives ("the Toulouse-based
// manufacturer"), which the name finder sees as one word.
func basedIn(d *text.Doc) []candidate {
	var out []candidate
	for i, t := range d.Tokens {
		if !t.Cap || t.Kind != text.Word {
			continue
		}
		name, ok := strings.CutSuffix(d.Str(t.Span), "-based")
		if !ok || name == "" {
			continue
		}
		sp := text.Span{Start: t.Start, End: t.Start + len(name)}
		out = append(out, candidate{span: sp, key: text.Fold(name), first: i})
	}
	return out
}

// townOf reports whether the name at token first follows "the town of"
// or the like, which says the place is small and the story's own.
func townOf(d *text.Doc, first int) bool {
	return first >= 2 && d.Lower(first-1) == "of" && smallPlaces[d.Lower(first-2)]
}

var smallPlaces = text.SetOf("town", "village", "hamlet", "settlement")

// settled reports whether a story's focus, counted in mentions, names
// other countries often enough (three times) to say where it happens,
// and never the country iso2: one sentence about "residents of Gambela"
// and Sudanese refugees has no such focus.
func settled(focus map[string]float64, iso2 string) bool {
	top := 0.0
	for _, v := range focus {
		top = max(top, v)
	}
	return top >= 3 && focus[iso2] == 0
}

// otherTongue reports whether key matched town p of a country the story
// does not weigh by a name that opens otherwise than the gazetteer's, or
// that is the gazetteer's cut short or run on:
// a town's spellings open alike ("Geneva", "Genève"), its names in other
// tongues often do not, and a story of Kenya's Kuria is not about
// China's Korla, which Uyghur calls so.
func otherTongue(key string, p geo.Place, ctx map[string]float64) bool {
	if p.Kind != geo.KindCity && p.Kind != geo.KindCapital || !foreign(ctx, p.Country) {
		return false
	}
	name := text.Fold(p.Name)
	n := min(3, len(key), len(name))
	// "Turi" in a story of Ecuador is no Piedmontese name of Turin, nor
	// "Taraza" in Colombia a Taraz: a name a letter off the gazetteer's,
	// at its end, names another town ("Antwerp" is "Antwerpen").
	cut := len(key)-len(name) == 1 && strings.HasPrefix(key, name) || len(name)-len(key) == 1 && strings.HasPrefix(name, key)
	return key[:n] != name[:n] || cut
}

// foreign reports whether a country has no weight in a story that has
// a focus: a village there ("Tawila" read as Yemen's At Tawilah in a
// story of Sudan) is more likely a place of the story's own that the
// gazetteer lacks.
func foreign(ctx map[string]float64, iso2 string) bool {
	return len(ctx) > 0 && ctx[iso2] == 0
}

// minBarePopulation is the size a town needs to count as a place when no
// preposition of place says so: a capitalised phrase that happens to name a
// village ("Black Hawk") is more likely something else.
const minBarePopulation = 20000

// minForeignPopulation is the size a town of a country the actors never
// name, in a story settled elsewhere, needs to be a place of it: "Raya" in a story of
// Ethiopia is the Raya of Raya-Alamata, not a town in India.
const minForeignPopulation = 100000

// naturalFeatures are the lower-case words after a name that make it a
// feature of nature, not a town: "the Aras river", "the Danakil desert".
// namedFeatures maps the names that the text gives a natural feature
// anywhere, locative or not, to that feature: "the mountains of Samar
// island" makes every "Samar" the island, not a town elsewhere.
func namedFeatures(d *text.Doc, uses []actor.Use) map[string]string {
	out := map[string]string{}
	for _, u := range uses {
		sp := u.Span
		if sp.End < len(d.Tokens) && d.SentenceOf(sp.End) == d.SentenceOf(sp.First) && !d.Tokens[sp.End].Cap &&
			naturalFeatures[d.Lower(sp.End)] {
			out[d.Key(sp.First, sp.End)] = d.Lower(sp.End)
		}
	}
	return out
}

var naturalFeatures = text.SetOf("river", "lake", "sea", "mountains", "valley", "basin", "delta", "strait", "gulf",
	"desert", "plateau", "highlands", "island", "islands", "peninsula", "hills", "forest")

var adminWords = map[string]bool{"province": true, "governorate": true, "region": true, "oblast": true,
	"state": true, "district": true, "county": true, "prefecture": true, "department": true, "krai": true,
	"zone": true, "territory": true}

// provinceWords are the admin words of first-level divisions.
var provinceWords = map[string]bool{"province": true, "governorate": true, "region": true, "oblast": true,
	"state": true, "krai": true}

func normalise(m map[string]float64) map[string]float64 {
	total := 0.0
	for _, v := range m {
		total += v
	}
	out := make(map[string]float64, len(m))
	for k, v := range m {
		if total > 0 {
			out[k] = v / total
		}
	}
	return out
}

// featureName reports whether the words of candidate c name a place by
// its kind: "Mandara Mountains", "Abu Nuwas Street".
func featureName(d *text.Doc, c candidate) bool {
	first, end := d.TokensIn(c.span.Start, c.span.End)
	return end-first > 1 && ner.FeatureName(d.Lower(first), d.Lower(end-1))
}

// unlocated is the place of a feature name the gazetteer lacks, its kind
// the feature word ("mountains", "street"), or of the dateline's town.
func unlocated(d *text.Doc, c candidate) report.Place {
	first, end := d.TokensIn(c.span.Start, c.span.End)
	kind := d.Lower(end - 1)
	switch {
	case ner.FeatureName("", kind):
	case ner.FeatureName(d.Lower(first), ""):
		kind = d.Lower(first) // "Mount Hermon"
	default:
		kind = "town" // where the story was filed
	}
	return report.Place{Name: d.Str(c.span), Feature: kind, Precision: report.Unlocated, Confidence: unlocatedConfidence}
}

// unlocatedConfidence is what a feature word alone says of a place.
const unlocatedConfidence = 0.5

func placeKey(p geo.Place) string {
	if p.ID != 0 {
		return fmt.Sprint(p.ID)
	}
	return string(p.Kind) + ":" + strings.ToLower(p.Name) + ":" + p.Country
}

func fromGeo(p geo.Place, conf float64, id string) report.Place {
	return report.Place{ID: id, GeoNamesID: p.ID, Name: p.Name, Country: p.Country, Admin1: p.Admin1,
		Lat: round(p.Lat), Lon: round(p.Lon), Feature: string(p.Kind), Precision: precision(p.Kind),
		Confidence: round(conf)}
}

func precision(k geo.Kind) string {
	switch k {
	case geo.KindCity, geo.KindCapital, geo.KindShoal:
		return "point"
	case geo.KindCountry:
		return "country"
	case geo.KindSea, geo.KindOcean, geo.KindGulf, geo.KindStrait, geo.KindLake, geo.KindRiver:
		return "water"
	default:
		return "region"
	}
}

func round(f float64) float64 { return math.Round(f*1e4) / 1e4 }
