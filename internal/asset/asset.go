// Package asset turns the equipment and troop mentions of package
// equipment into force observations: what (kind, model, unit), how many
// (with the words and the approximate flag), whose, where, in what state,
// reported by whom and when. Only counted, named or negated mentions are
// observations; a bare "forces" or "drones" is not, nor a casualty ("three
// soldiers" wounded), a need ("needs more air defence systems"), a noun
// that qualifies another ("drone footage") or the name of an actor ("Rapid
// Support Forces").
//
// Equipment matching, counts and status cues come from the layers below;
// this stage adds what needs the actor, place, quote and claim layers:
//
//   - owner: the nationality or side before the mention ("Russian T-90
//     tanks", "an army Antonov", "five of its drones" in its speaker's
//     words); else the owner of the mention it is coordinated with ("a
//     Russian landing ship and a patrol boat") or takes up again ("two of
//     the missiles"); else the actor of a participle after it ("drones
//     launched by the RSF"); else the subject of its clause ("Venezuela has
//     moved about 1,500 troops"), unless that subject only saw it ("the USA
//     has spotted"), and the other side when the subject destroyed, damaged
//     or seized it; else the owner of a like observation just before it;
//     else the actor of the claim its quote backs; else the document's
//     most named country. Rebels and militants belong to no state;
//   - place: the place after the mention and the mentions coordinated with
//     it, in its clause ("submarines and frigates moored at Novorossiysk",
//     past what backs it: "300 soldiers, backed by two helicopters, into
//     the hills south of Mindouli"), else the place of the force it backs,
//     else the most precise one before it in its sentence but not the town
//     a speaker sits in ("an officer in Gao said"); else where it came from
//     ("sent from Homs"), or the speaker's town where it came from
//     elsewhere; else the place of the mention it is coordinated with or
//     takes up again; else, for
//     what is there or was used and unless the sentence names a year or a
//     place the gazetteer does not know, the main place of the story;
//   - status: the cue of package equipment, with troops and what goes with
//     them sent to a place of their own country deployed, not delivered;
//   - observer: the quote whose words hold the mention;
//   - date: a resolved date expression in the same sentence.
package asset

import (
	"fmt"
	"sitrep/internal/ner"

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
	// Home is the CAMEO code of the story's country, whose army "the
	// army" is when the text says no other; "" when unknown.
	Home string
}

// Build returns the assets of the candidates, in text order.
func Build(d *text.Doc, cands []equipment.Candidate, l Layers) []report.Asset {
	s := newScene(d, cands, l)
	var out []report.Asset
	lastFrom, lastTo := -1, -1 // the owner and recipient of the last transfer
	for i := range cands {
		s.resolve(i)
		c := &cands[i]
		if !s.seen[i] {
			continue
		}
		a := report.Asset{
			Kind:     kindOf(c.Mention),
			Model:    c.Mention.Model,
			Status:   s.status[i],
			Evidence: evidence(d, c.Span),
		}
		if c.UnitOf != nil {
			a.Unit = c.UnitOf.Model
		} else if c.Mention.Kind == "unit" {
			a.Unit = c.Mention.Model // "two reserve brigades": a body of troops
		}
		if c.Count != nil {
			v := c.Count.Value
			// A bound ("more than 60 drones") is no exact count either.
			a.Count, a.Approximate = &v, c.Count.Approximate || c.Count.Bound != ""
			e := evidence(d, c.Count.Words)
			a.CountAs = &e
		} else if k, ok := singular(d, c); ok || named(d, c) {
			if !ok {
				k = c.Mention.First
			}
			one := 1.0
			e := evidence(d, d.SpanOf(k, k+1))
			a.Count, a.CountAs = &one, &e
		}
		if s.cue[i].Start < s.cue[i].End {
			e := evidence(d, s.cue[i])
			a.Cue = &e
		}
		if q := s.quote[i]; q != nil {
			a.Observer, a.ObserverName = q.ID, q.SpeakerName
		}
		if p := s.placeOf[i]; p >= 0 {
			a.Place = l.Places[p].ID
		}
		if o := s.ownerOf[i]; o >= 0 {
			a.Owner, a.OwnerName = l.Entities[o].ID, l.Entities[o].Name
		}
		r := s.recipient(i)
		if r < 0 && s.transfer(i) && lastTo >= 0 && s.ownerOf[i] == lastFrom {
			r = lastTo // "…to Ukraine and would deliver a third battery"; "also plans to send"
		}
		if r >= 0 {
			a.Recipient, a.RecipientName = l.Entities[r].ID, l.Entities[r].Name
			lastFrom, lastTo = s.ownerOf[i], r
		}
		a.Date = dateIn(d, l.Dates, c.Sentence)
		a.ID = fmt.Sprintf("a%d", len(out)+1)
		out = append(out, a)
	}
	return out
}

// kindOf is the mention's kind, or the kind of the class noun the text
// gives it where that is the same family told more precisely: "Shahed
// drones" are drones, "Su-34 jets" combat aircraft, "Patriot missiles"
// missiles. A unit standing alone ("two reserve brigades") is personnel.
func kindOf(m equipment.Mention) string {
	switch {
	case m.Kind == "unit":
		return "personnel"
	case m.ClassKind != "" && family[m.ClassKind] != "" && family[m.ClassKind] == family[m.Kind]:
		return m.ClassKind
	}
	return m.Kind
}

// family groups the kinds that texts call by one another's names.
var family = map[string]string{
	"drone": "drone", "loitering_munition": "drone",
	"combat_aircraft": "jet", "bomber": "jet",
	"missile": "missile", "air_defence": "missile",
}

// named reports whether a single ship is followed by its name: "the
// Chinese aircraft carrier Shandong".
func named(d *text.Doc, c *equipment.Candidate) bool {
	if c.Mention.Plural || !ships[c.Mention.Kind] {
		return false
	}
	if m := c.Mention.First; prefixed(d.Word(m)) || m > 0 && prefixed(d.Word(m-1)) {
		return true // "the destroyer INS Kolkata"
	}
	if c.End >= len(d.Tokens) || d.SentenceOf(c.End) != c.Sentence {
		return false
	}
	t := d.Tokens[c.End]
	return t.Kind == text.Word && t.Cap
}

var ships = map[string]bool{"warship": true, "aircraft_carrier": true, "submarine": true, "amphibious_ship": true,
	"boat": true}

func prefixed(w string) bool { _, ok := ner.VesselPrefix(w); return ok }

// singular returns the article that counts one item: "a patrol boat",
// "an aircraft carrier", "a single frigate".
func singular(d *text.Doc, c *equipment.Candidate) (int, bool) {
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
