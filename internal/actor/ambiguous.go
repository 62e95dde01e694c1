package actor

import (
	"maps"

	"sitrep/internal/geo"
	"sitrep/internal/lexicon"
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
	if x.l.gaz == nil || e.ISO2 == "" {
		return false
	}
	ctx := maps.Clone(x.countries)
	delete(ctx, e.ISO2)
	if len(ctx) == 0 {
		return false
	}
	p, conf, ok := x.l.gaz.Resolve(key, geo.Context{Countries: ctx})
	return ok && conf >= 0.5 && p.Kind != geo.KindCountry && p.Country != e.ISO2
}
