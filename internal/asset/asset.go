// Package asset turns the equipment and troop mentions of package
// equipment into force observations: what (kind, model, unit), how many
// (with the words and the approximate flag), whose, where, in what state,
// reported by whom and when. Only counted, named or negated mentions are
// observations, and those a status cue, a nationality or a backing
// ("backed by helicopter gunships", "strikes by helicopter gunships")
// tells of, and what people rode or carried ("fighters on motorcycles",
// "trucks mounted with machine guns", "men armed with machetes"); a bare
// "forces" or "drones" is not, nor a casualty ("three soldiers" wounded),
// a need ("needs more air defence systems"), a noun that qualifies
// another ("drone footage") or the name of an actor ("Rapid Support
// Forces").
//
// A vague count is the least number its words say, flagged approximate:
// "several" 3, a plural without a count 2 ("Russian drones": at least
// two), so that counts add up to a lower bound; a singular after an
// article or a possessive across the words that qualify it ("an air force
// transport plane", "the Mi-24 gunship") is one.
//
// Equipment matching, counts and status cues come from the layers below;
// this stage adds what needs the actor, place, quote and claim layers:
//
//   - owner: the nationality or side before the mention ("Russian T-90
//     tanks", "an army Antonov", "five of its drones" in its speaker's
//     words; a flag: "a Russian-flagged trawler"; where a drone or a
//     missile flew in from: "a drone that flew in from Russia"); else the owner of the mention it is coordinated with ("a
//     Russian landing ship and a patrol boat") or takes up again ("two of
//     the missiles"); else the actor of a participle after it ("drones
//     launched by the RSF"); else the subject of its clause ("Venezuela has
//     moved about 1,500 troops"), unless that subject only saw it ("the USA
//     has spotted"), and the other side when the subject destroyed, damaged
//     or seized it, but the story's country when its police seized it in a
//     sentence that names no foreign country; else the owner of a like observation just before it;
//     else the actor of the claim its quote backs; else, unless it was
//     fired, the country of the town or region it stands in, else the
//     story's country; else the document's most named country. Rebels and
//     militants belong to no state;
//   - place: the place after the mention and the mentions coordinated with
//     it, in its clause ("submarines and frigates moored at Novorossiysk",
//     past what backs it: "300 soldiers, backed by two helicopters, into
//     the hills south of Mindouli"), else the place of the force it backs,
//     else the most precise one before it in its sentence but not the town
//     a speaker sits in or speaks from ("an officer in Gao said", "told
//     reporters in Tegucigalpa that"); else where it came from
//     ("sent from Homs"), or the speaker's town where it came from
//     elsewhere; else the place of the mention it is coordinated with or
//     takes up again; else, for
//     what is there, was used or was sent within the country (a transfer
//     whose sentence names a foreign country locates nothing) and unless
//     the sentence names a year or a place the gazetteer does not know,
//     the main place of the story: the first place after a preposition in
//     the lead sentence (the one after the dateline), else in the
//     headline, else anywhere, not one that only qualifies another ("the
//     Pacific port city of Manta", "near the Sudanese border", read
//     through a multi-word possessive: "in Rio de Janeiro's North Zone"),
//     nor where people came from ("crossing from Syria") or the towns a
//     road runs between; where that is a country, a town the lead names
//     ("trying to cross into Iran near the Islam Qala border post"), else
//     where it is a country or a province, the town of it the lead names
//     after a preposition of place, or near which the two sentences after
//     it say something happened ("25 km southeast of Paoua"), or, for a
//     province, in which the next one does ("in the Darayim district");
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
			// A bound ("more than 60 drones") or a range ("between 200
			// and 300 soldiers") is no exact count either.
			a.Count, a.Approximate = &v, c.Count.Approximate || c.Count.Bound != "" || c.Count.Range
			e := evidence(d, c.Count.Words)
			a.CountAs = &e
		} else if k, ok := singular(d, c); ok || named(d, c) || byMeans(d, c) {
			if !ok {
				k = c.Mention.First
			}
			one := 1.0
			e := evidence(d, d.SpanOf(k, k+1))
			a.Count, a.CountAs = &one, &e
		} else if n, w, ok := strength(d, c); ok {
			e := evidence(d, w)
			a.Count, a.Approximate, a.CountAs = &n, true, &e
		} else if n, w, ok := vague(d, c); ok {
			e := evidence(d, w)
			a.Count, a.Approximate, a.CountAs = &n, true, &e
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
// byMeans reports whether the mention is a singular noun the people of
// the story travelled or were carried by: "flown by helicopter",
// "arrived by boat". One craft, as the golds count it.
func byMeans(d *text.Doc, c *equipment.Candidate) bool {
	return !c.Mention.Plural && c.First == c.Mention.First && c.First > 0 && d.Lower(c.First-1) == "by" && c.Count == nil
}

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

// singular returns the word that counts one item, across the words that
// qualify the noun: "a patrol boat", "an air force transport plane", "the
// Mi-24 gunship", "their Land Cruiser", "a single frigate".
func singular(d *text.Doc, c *equipment.Candidate) (int, bool) {
	if c.Mention.Plural {
		return 0, false
	}
	if k, w := determiner(d, c); k >= 0 && w != "several" && w != "few" {
		return k, true
	}
	return 0, false
}

// strength returns the usual strength of one unit of troops whose own
// number the text does not give, and the words that say it: "a company
// of special forces" is about 100 of them.
func strength(d *text.Doc, c *equipment.Candidate) (float64, text.Span, bool) {
	u := c.UnitOf
	if u == nil || u.Plural || u.SizeMin == 0 || c.First >= u.First || !counting[d.Lower(c.First)] {
		return 0, text.Span{}, false
	}
	return float64(u.SizeMin), d.SpanOf(c.First, u.End), true
}

// vague returns the least number a plural without a count stands for and
// the word that says it: "several drones" three, "a few tanks" three, a
// bare "drones" or "its drones" two, each approximate.
func vague(d *text.Doc, c *equipment.Candidate) (float64, text.Span, bool) {
	if !c.Mention.Plural || c.UnitOf != nil {
		return 0, text.Span{}, false
	}
	k, w := determiner(d, c)
	switch {
	case w == "several" || w == "few" && k > 0 && d.Lower(k-1) == "a":
		return 3, d.Tokens[k].Span, true
	case w == "" || w == "the" || possessives[w]:
		return 2, d.SpanOf(c.Mention.First, c.Mention.End), true
	}
	return 0, text.Span{}, false
}

var (
	possessives = map[string]bool{"its": true, "their": true, "his": true, "her": true, "our": true}
	// counting words open a noun phrase and say how many it names.
	counting = map[string]bool{"a": true, "an": true, "one": true, "single": true, "another": true, "the": true,
		"several": true, "few": true}
)

// determiner returns the word that opens the noun phrase of c and its
// token, found back across the words that qualify the noun ("several
// U.S.-made armoured", "an air force", "a Royal New Zealand Air Force");
// "" when the phrase opens with none.
func determiner(d *text.Doc, c *equipment.Candidate) (int, string) {
	for k := c.First - 1; k >= 0 && (k >= c.First-5 || k >= c.First-8 && nameAhead(d, k, c.First)) && d.SentenceOf(k) == c.Sentence; k-- {
		w := d.Lower(k)
		if counting[w] || possessives[w] {
			return k, w
		}
		inName := k > 0 && d.Tokens[k-1].Cap && d.Tokens[k+1].Cap // "an Antigua and Barbuda Defence Force coast guard vessel"
		if (d.Tokens[k].Kind != text.Word && w != "-") || phraseEdge[w] && !inName {
			return -1, ""
		}
	}
	return -1, ""
}

// nameAhead reports whether a capitalised word, a name's, follows token
// k at once or after one word of its own before token first: the words
// between a count and its noun may run long across a body's name ("A
// Kenya Defence Forces helicopter", "a broken-down Belize Defence Force
// patrol boat").
func nameAhead(d *text.Doc, k, first int) bool {
	return d.Tokens[k+1].Cap || d.Tokens[min(k+2, first-1)].Cap
}

// phraseEdge are the words that end a noun phrase on its left: a
// preposition, a conjunction, a verb of saying or being, or a word that
// counts in its own way.
var phraseEdge = map[string]bool{"of": true, "in": true, "on": true, "at": true, "by": true, "with": true,
	"from": true, "to": true, "for": true, "and": true, "or": true, "but": true, "as": true, "than": true,
	"into": true, "near": true, "said": true, "says": true, "is": true, "was": true, "were": true, "are": true,
	"be": true, "been": true, "has": true, "had": true, "have": true, "which": true, "who": true,
	"that": true, "this": true, "these": true, "those": true, "no": true, "any": true, "more": true,
	"other": true, "some": true, "each": true, "every": true, "many": true, "all": true, "both": true}

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

// dateIn returns the resolved date of the sentence, if one, but not a
// year that dates a noun ("the 2016 peace deal").
func dateIn(d *text.Doc, dates []timex.Expr, sentence int) *report.Date {
	for _, t := range dates {
		if t.Resolved && d.SentenceOf(t.First) == sentence && !namesThing(d, t.First, t.End) {
			dt := t.Date
			return &dt
		}
	}
	return nil
}
