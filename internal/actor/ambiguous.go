package actor

import (
	"maps"

	"sitrep/internal/geo"
	"sitrep/internal/lexicon"
	"sitrep/internal/ner"
	"sitrep/internal/text"
)

// Gazetteer is what linking needs of the gazetteer: a country's name may
// also name a region elsewhere ("Georgia" the US state).
type Gazetteer interface {
	Resolve(key string, c geo.Context) (geo.Place, float64, bool)
}

// focus weighs the countries that the lexicon hits of the document name,
// by ISO2 code.
func (x *doc) focus() map[string]float64 {
	out := map[string]float64{}
	for _, sp := range x.spans {
		for _, h := range sp.Hits {
			if h.Entry.Kind == lexicon.KindCountry && h.Entry.ISO2 != "" {
				out[h.Entry.ISO2]++
				break
			}
		}
	}
	return out
}

// elsewhere reports whether the country name key means a place in
// another country: the gazetteer, given the countries the rest of the
// document is about, prefers a region or town abroad to the country.
func (x *doc) elsewhere(key string, e *lexicon.Entry) bool {
	if x.l.gaz == nil || e.ISO2 == "" || x.namedOtherwise(e) {
		return false
	}
	p, conf, ok := x.abroad(key, e)
	return ok && conf >= 0.5 && p.Kind != geo.KindCountry && p.Country != e.ISO2
}

// abroad resolves key among the places of the countries the document
// names other than country e.
func (x *doc) abroad(key string, e *lexicon.Entry) (geo.Place, float64, bool) {
	ctx := maps.Clone(x.countries)
	delete(ctx, e.ISO2)
	if len(ctx) == 0 {
		return geo.Place{}, 0, false
	}
	return x.l.gaz.Resolve(key, geo.Context{Countries: ctx})
}

// capitalElsewhere reports whether the capital's name key means a city
// of a country the story names, where the story names the capital's own
// country by no other word: "Victoria" in a story of British Columbia is
// that province's capital, not the Seychelles'. Only a city of some size
// counts: a hamlet that shares a capital's name is rarer in the news than
// the capital.
func (x *doc) capitalElsewhere(key string, e *lexicon.Entry) bool {
	if x.l.gaz == nil || e.ISO2 == "" || x.namesCountry(e) {
		return false
	}
	p, conf, ok := x.abroad(key, e)
	return ok && conf >= 0.5 && p.Country != e.ISO2 && x.countries[p.Country] > 0 && p.Population >= minNamesakeCity
}

// minNamesakeCity is the population of a city abroad that may take a
// capital's name from it.
const minNamesakeCity = 50000

// namesCountry reports whether the document names country e by any word
// but its capital or seat of government.
func (x *doc) namesCountry(e *lexicon.Entry) bool {
	for _, sp := range x.spans {
		for _, h := range sp.Hits {
			if h.Entry == e && h.Form != lexicon.FormCapital && h.Form != lexicon.FormSeat {
				return true
			}
		}
	}
	return false
}

// namedOtherwise reports whether the document also names country e by
// its demonym or capital: "Beninese soldiers" make "Benin" the country,
// not Nigeria's Benin City.
func (x *doc) namedOtherwise(e *lexicon.Entry) bool {
	for _, sp := range x.spans {
		for _, h := range sp.Hits {
			if h.Entry == e && (h.Form == lexicon.FormDemonym || h.Form == lexicon.FormDemonymPlural || h.Form == lexicon.FormCapital) {
				return true
			}
		}
	}
	return false
}

// nationalAfter reports whether the name ending before token end owns an
// office that only a country has: "Niger's ambassador" is the country,
// whatever Nigeria's Niger State suggests.
func (x *doc) nationalAfter(end int) bool {
	if end+1 >= len(x.d.Tokens) || !text.Possessive(x.d.Lower(end)) {
		return false
	}
	return nationalOffices[x.d.Lower(end+1)]
}

var nationalOffices = map[string]bool{"ambassador": true, "embassy": true, "envoy": true, "president": true,
	"army": true, "navy": true, "military": true, "parliament": true, "foreign": true, "defence": true,
	"defense": true, "king": true, "junta": true, "armed": true, "air": true}

// foreignGeneric reports whether span sp names organisation e only by a
// generic alias ("House of Representatives", "Defence Ministry",
// "Supreme Court") while the document is about other countries and never
// names e's own, nor any actor of it: Libya's House of Representatives is
// not the US House. Such a span is a new organisation of the story's
// country, with the entry's sector.
func (x *doc) foreignGeneric(sp ner.Span, h lexicon.Hit) bool {
	e := h.Entry
	if h.Form == lexicon.FormName || e.Kind != lexicon.KindOrganization || e.Country == "" || len(x.countries) == 0 {
		return false
	}
	if c := x.l.lex.Country(e.Country); c == nil || x.countries[c.ISO2] > 0 {
		return false
	}
	for i := sp.First; i < sp.End; i++ {
		if !genericInstitution[x.d.Lower(i)] {
			return false
		}
	}
	// Another actor of e's country ("Obama faces pressure from Congress")
	// says the story is about it after all.
	for _, o := range x.spans {
		for _, oh := range o.Hits {
			if oh.Entry != e && oh.Entry.Country == e.Country {
				return false
			}
		}
	}
	return true
}

// genericInstitution are the words that many states name an institution
// with; a name made of them alone says nothing of the country. "State"
// is not among them: the State Department is the US one.
var genericInstitution = map[string]bool{"the": true, "of": true, "and": true, "for": true, "house": true,
	"representatives": true, "senate": true, "parliament": true, "assembly": true, "national": true,
	"supreme": true, "court": true, "constitutional": true, "ministry": true, "defence": true, "defense": true,
	"foreign": true, "interior": true, "affairs": true, "justice": true, "finance": true, "health": true,
	"council": true, "security": true, "department": true, "presidency": true, "cabinet": true,
	"congress": true, "army": true, "navy": true, "air": true, "force": true, "forces": true, "police": true,
	"central": true, "bank": true, "electoral": true, "election": true, "commission": true, "high": true,
	"general": true, "staff": true, "joint": true, "chiefs": true, "intelligence": true, "service": true,
	"guard": true, "coast": true, "republican": true, "people's": true, "federal": true}
