// Package asset turns the equipment and troop mentions of package
// equipment into force observations: what (kind, model, unit), how many
// (with the words and the approximate flag), whose, where, in what state,
// reported by whom and when. Only counted, named or negated mentions are
// observations; a bare "forces" or "drones" is not.
//
// Equipment matching, counts and status cues come from the layers below;
// this stage adds what needs the actor, place, quote and claim layers:
//
//   - owner: the nationality word before the mention ("Russian T-90
//     tanks"); else a country named in the sentence, other than the
//     speaker and the place's country; else the actor of the claim the
//     reporting quote belongs to ("The USA has spotted half a dozen
//     howitzers": the claim is Russia's military presence); else the
//     document's most mentioned country other than the observer's and the
//     place's;
//   - place: a place named in the same sentence, preferring one after the
//     mention ("tanks … at the airfield near Latakia");
//   - observer: the quote whose words hold the mention;
//   - date: a resolved date expression in the same sentence.
package asset

import (
	"fmt"
	"slices"
	"strings"

	"sitrep/internal/equipment"
	"sitrep/internal/report"
	"sitrep/internal/text"
	"sitrep/internal/timex"
)

// Layers are the layers of one document that assets draw on.
type Layers struct {
	Entities []report.Entity
	Places   []report.Place
	Quotes   []report.Quote
	Claims   []report.Claim
	Dates    []timex.Expr
	// Country maps a place's ISO2 country to its CAMEO code.
	Country func(iso2 string) string
}

// Build returns the assets of the candidates, in text order.
func Build(d *text.Doc, cands []equipment.Candidate, l Layers) []report.Asset {
	var out []report.Asset
	for _, c := range cands {
		if !observed(d, c) {
			continue
		}
		a := report.Asset{
			Kind:     c.Mention.Kind,
			Model:    c.Mention.Model,
			Status:   c.Status,
			Evidence: evidence(d, c.Span),
		}
		if c.UnitOf != nil {
			a.Unit = c.UnitOf.Model
		}
		if c.Count != nil {
			v := c.Count.Value
			a.Count, a.Approximate = &v, c.Count.Approximate
			e := evidence(d, c.Count.Words)
			a.CountAs = &e
		} else if k, ok := singular(d, c); ok {
			one := 1.0
			e := evidence(d, d.SpanOf(k, k+1))
			a.Count, a.CountAs = &one, &e
		}
		if c.CueFirst >= 0 {
			e := evidence(d, c.Cue)
			a.Cue = &e
		}
		q := enclosing(l.Quotes, c.Span)
		if q != nil {
			a.Observer, a.ObserverName = q.ID, q.SpeakerName
		}
		place := placeIn(l.Places, c, d)
		if place != nil {
			a.Place = place.ID
		}
		if o := owner(d, c, l, q, place); o != nil {
			a.Owner, a.OwnerName = o.ID, o.Name
		}
		a.Date = dateIn(d, l.Dates, c.Sentence)
		a.ID = fmt.Sprintf("a%d", len(out)+1)
		out = append(out, a)
	}
	return out
}

// observed reports whether a candidate is an observation an analyst logs:
// it is counted ("seven", "a", "several"), names a model, has a status cue
// ("no fighter jets", "shot down"), or a nationality ("Israeli jets").
// Bare class nouns ("forces", "weapons") only mention force.
func observed(d *text.Doc, c equipment.Candidate) bool {
	switch {
	case c.Count != nil, !c.Mention.Generic && !c.Mention.Unit, c.Status != equipment.StatusPresent,
		c.NationalityTok >= 0:
		return true
	}
	for k := c.First - 1; k >= 0 && k >= c.First-3; k-- {
		if w := d.Lower(k); counters[w] {
			return true
		} else if d.Tokens[k].Kind == text.Punct {
			break
		}
	}
	return false
}

// singular returns the article that counts one item: "a patrol boat",
// "an aircraft carrier", "a single frigate".
func singular(d *text.Doc, c equipment.Candidate) (int, bool) {
	for k := c.First - 1; k >= 0 && k >= c.First-2; k-- {
		switch d.Lower(k) {
		case "a", "an", "one", "single", "another":
			if c.Mention.Plural {
				return 0, false
			}
			return k, true
		}
	}
	return 0, false
}

// counters before a noun make it a counted observation: "a patrol boat",
// "several drones", "another warship".
var counters = map[string]bool{"a": true, "an": true, "several": true, "dozens": true, "hundreds": true,
	"one": true, "single": true, "another": true, "third": true, "second": true, "more": true, "some": true,
	"numerous": true, "many": true}

func evidence(d *text.Doc, s text.Span) report.Evidence {
	return report.Evidence{Span: report.Span{Start: s.Start, End: s.End}, Text: d.Str(s)}
}

// enclosing returns the quote whose words hold span s.
func enclosing(qs []report.Quote, s text.Span) *report.Quote {
	for i, q := range qs {
		if q.Text.Start <= s.Start && s.End <= q.Text.End {
			return &qs[i]
		}
	}
	return nil
}

// placeIn returns the place named in the candidate's sentence, the first
// after the mention, else the last before it.
func placeIn(ps []report.Place, c equipment.Candidate, d *text.Doc) *report.Place {
	var before *report.Place
	for i, p := range ps {
		for _, m := range p.Mentions {
			if m.Sentence != c.Sentence {
				continue
			}
			if m.Start >= c.Span.End {
				return &ps[i]
			}
			before = &ps[i]
		}
	}
	return before
}

// owner picks the entity that owns the asset, as the package comment says.
func owner(d *text.Doc, c equipment.Candidate, l Layers, q *report.Quote, place *report.Place) *report.Entity {
	byCode := map[string]*report.Entity{}
	for i, e := range l.Entities {
		if e.Kind == report.KindCountry {
			byCode[e.Code] = &l.Entities[i]
		}
	}
	if e := byCode[c.NationalityCode]; e != nil {
		return e
	}
	exclude := map[string]bool{}
	if place != nil && l.Country != nil {
		exclude[l.Country(place.Country)] = true
	}
	for i, e := range l.Entities {
		if e.Kind != report.KindCountry && e.Kind != report.KindArmedGroup || exclude[e.Code] {
			continue
		}
		for _, m := range e.Mentions {
			if m.Sentence == c.Sentence && (q == nil || m.End <= q.Text.Start || m.Start >= q.Text.Start) && !speaks(q, m) {
				return &l.Entities[i]
			}
		}
	}
	if q != nil {
		if e := claimActor(l, q.ID, byCode, exclude); e != nil {
			return e
		}
		// The observer is not the owner of what it reports seeing,
		// unless a claim or the sentence says so above.
		exclude[q.Affiliation] = true
	}
	return mostMentioned(l.Entities, exclude)
}

// speaks reports whether mention m is the speaker of quote q.
func speaks(q *report.Quote, m report.Mention) bool {
	return q != nil && q.SpeakerAs != nil && m.Start >= q.SpeakerAs.Start && m.End <= q.SpeakerAs.End
}

// claimActor returns the acting country of the claim that quote id
// backs: a country of the claim's key that is not excluded.
func claimActor(l Layers, id string, byCode map[string]*report.Entity, exclude map[string]bool) *report.Entity {
	for _, c := range l.Claims {
		if !slices.ContainsFunc(c.Stances, func(s report.Stance) bool { return s.Quote == id }) {
			continue
		}
		for _, code := range strings.Split(c.Key, "|")[1:] {
			if e := byCode[code]; e != nil && !exclude[code] && !placeCountry(l.Places, e) {
				return e
			}
		}
	}
	return nil
}

// placeCountry reports whether the country is one of the document's places.
func placeCountry(ps []report.Place, e *report.Entity) bool {
	for _, p := range ps {
		if p.Feature == "country" && strings.EqualFold(p.Name, e.Name) {
			return true
		}
	}
	return false
}

func mostMentioned(es []report.Entity, exclude map[string]bool) *report.Entity {
	var best *report.Entity
	for i, e := range es {
		if e.Kind == report.KindCountry && !exclude[e.Code] && (best == nil || len(e.Mentions) > len(best.Mentions)) {
			best = &es[i]
		}
	}
	return best
}

// dateIn returns the resolved date of the sentence, if one.
func dateIn(d *text.Doc, dates []timex.Expr, sentence int) *report.Date {
	for _, t := range dates {
		if t.Resolved && d.SentenceOf(t.First) == sentence {
			dt := t.Date
			return &dt
		}
	}
	return nil
}
