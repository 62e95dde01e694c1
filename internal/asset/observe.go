package asset

import (
	"sitrep/internal/equipment"
	"sitrep/internal/report"
	"sitrep/internal/text"
)

// observed reports whether a candidate is an observation an analyst logs:
// it is counted ("seven", "a", "several"), names a model or a unit ("a
// battalion of paratroopers"), has a status cue ("no fighter jets", "shot
// down"), or a nationality ("Israeli jets"). Bare class nouns ("forces",
// "weapons") only mention force, "Russian forces" is an actor, and so are
// the speaker of a quote and the words of a name ("Rapid Support
// Forces"); troops wounded or killed are casualties.
func (s *scene) observed(i int) bool {
	c := &s.cands[i]
	d := s.d
	if s.named(c) || s.placeNamed[i] || s.speaking(c) || s.namedBy(i) || casualty(d, c) || reporting(d, c) || wanted(d, c) || capacity(d, c) || modifier(d, c) ||
		c.Count == nil && c.UnitOf == nil && d.Lower(c.Mention.End-1) == "forces" {
		return false
	}
	switch {
	case c.Count != nil, !c.Mention.Generic && !c.Mention.Unit, c.UnitOf != nil, c.Conj >= 0 && c.Conj < i && s.seen[c.Conj] && !c.Mention.Unit,
		c.Status != equipment.StatusPresent, c.NationalityTok >= 0, c.First >= 2 && backing(d, c.First-2), struckBy(d, c), borne(d, c), named(d, c), byMeans(d, c),
		c.CueFirst >= 0 && c.CueFirst < c.First && !c.Mention.Unit && c.Mention.Kind != "equipment":
		// "deployed drones", "carried rifles": a verb that places
		// them on the ground, though "carried weapons" says no more
		// than armed; "the patrol boat PSS Kedam" is one ship by name
		return true
	}
	// A body's name may stand between the count and the noun.
	for k := c.First - 1; k >= 0 && (k >= c.First-3 || k >= c.First-6 && nameAhead(d, k, c.First)); k-- {
		if w := d.Lower(k); counters[w] {
			return !(w == "many" && k > 0 && d.Lower(k-1) == "how") // "how many drones" counts none
		} else if d.Tokens[k].Kind == text.Punct {
			break
		}
	}
	return false
}

// borne reports whether the mention is what people rode or carried, the
// words before it say: "fighters on motorcycles", "trucks mounted with
// machine guns", "men armed with machetes", "firing shotguns".
func borne(d *text.Doc, c *equipment.Candidate) bool {
	k := equipment.CalibreStart(d, c.First) - 1
	if k < 1 {
		return false
	}
	switch w := d.Lower(k); {
	case w == "on" || w == "aboard":
		return true
	case w == "in":
		return riders[d.Lower(k-1)] // "troops in armoured vehicles", "police in four pick-up trucks"
	case w == "with":
		return equipment.Borne(d, c.First)
	default:
		return wielding[w]
	}
}

var wielding = text.SetOf("firing", "carrying", "wielding", "brandishing", "riding")

// riders are the people a vehicle carries: "gunmen in pickup trucks".
var riders = text.SetOf("troops", "soldiers", "police", "policemen", "officers", "gunmen", "men", "fighters",
	"militants", "rebels", "guards", "commandos", "militiamen", "attackers", "assailants")

// struckBy reports whether the mention is what struck in an action told
// before it: "strikes by helicopter gunships and a drone".
func struckBy(d *text.Doc, c *equipment.Candidate) bool {
	k := c.First - 1
	return k > 0 && d.Lower(k) == "by" && strikeNouns[d.Lower(k-1)]
}

var strikeNouns = map[string]bool{"strikes": true, "attacks": true, "raids": true, "fire": true}

// namedBy reports whether the class noun of candidate i is followed by
// the model that names the same thing: "the Indian destroyer INS Kolkata"
// is one ship, observed as the Kolkata.
func (s *scene) namedBy(i int) bool {
	c := &s.cands[i]
	if i+1 >= len(s.cands) || !c.Mention.Generic {
		return false
	}
	n := &s.cands[i+1]
	return !n.Mention.Generic && n.Mention.First == c.Mention.End
}

// reporting reports whether a body of troops without a count is the
// source of a report: "Ukrainian brigade reports repelled assault".
func reporting(d *text.Doc, c *equipment.Candidate) bool {
	return c.Mention.Unit && c.Count == nil && c.End < len(d.Tokens) && reportVerbs[d.Lower(c.End)]
}

var reportVerbs = map[string]bool{"said": true, "says": true, "reported": true, "reports": true, "claimed": true,
	"claims": true, "announced": true, "announces": true, "told": true, "stated": true}

// wanted reports whether the mention is what someone needs or asks for,
// not what is there: "the country needs many more air defence systems",
// "urged its allies to speed up deliveries of Patriots".
func wanted(d *text.Doc, c *equipment.Candidate) bool {
	for k := c.First - 1; k >= 0 && k >= c.First-8 && d.SentenceOf(k) == c.Sentence; k-- {
		switch w := d.Lower(k); {
		case d.Tokens[k].Kind == text.Punct:
			return false
		case wants[w] && k >= c.First-3, appeals[w] && d.Lower(k+1) != "not":
			// not "an official who asked not to be named said 11 G3
			// rifles were missing"
			return true
		}
	}
	return false
}

// capacity reports whether the mention measures an amount, not arms that
// exist: "enough, if enriched further, for about 10 nuclear weapons".
func capacity(d *text.Doc, c *equipment.Candidate) bool {
	for k := c.First - 1; k >= 0 && k >= c.First-12 && d.SentenceOf(k) == c.Sentence; k-- {
		if w := d.Lower(k); w == "enough" || w == "sufficient" {
			return true
		}
	}
	return false
}

// appeals ask others for equipment: "urged partners to speed up
// deliveries of Patriot air defence systems".
var appeals = map[string]bool{"urged": true, "urges": true, "urge": true, "urging": true, "asked": true,
	"asks": true, "asking": true, "appealed": true, "appeals": true, "pleaded": true}

var wants = map[string]bool{"need": true, "needs": true, "needed": true, "needing": true, "want": true,
	"wants": true, "wanted": true, "request": true, "requests": true, "requested": true, "seek": true,
	"seeks": true, "seeking": true, "sought": true, "lack": true, "lacks": true, "lacking": true}

// modifier reports whether a class noun only qualifies the noun after it:
// "drone footage", "its drone operators", "missile and drone strikes".
func modifier(d *text.Doc, c *equipment.Candidate) bool {
	k := c.Mention.End
	if k < len(d.Tokens) && d.SentenceOf(k) == c.Sentence && d.Tokens[k].Kind == text.Word && sorties[d.Lower(k)] {
		return true // "40 helicopter sorties" counts sorties, not helicopters
	}
	if !c.Mention.Generic || c.Count != nil {
		return false
	}
	if k+1 < len(d.Tokens) && (d.Lower(k) == "and" || d.Lower(k) == "or") {
		k += 2 // "missile and drone strikes"
	}
	return k < len(d.Tokens) && d.SentenceOf(k) == c.Sentence && modified[d.Lower(k)]
}

// modified are the nouns that a class noun before them qualifies.
var modified = map[string]bool{
	"strike": true, "strikes": true, "attack": true, "attacks": true, "operator": true, "operators": true,
	"footage": true, "video": true, "videos": true, "unit": true, "units": true, "crew": true, "crews": true,
	"factory": true, "factories": true, "plant": true, "production": true, "program": true,
	"programme": true, "maker": true, "makers": true, "industry": true, "debris": true, "wreckage": true,
	"fragments": true, "threat": true, "threats": true, "alert": true, "alerts": true, "warfare": true,
	"sirens": true, "site": true, "sites": true, "fire": true, "barrage": true, "barrages": true,
	"raid": true, "raids": true, "campaign": true, "campaigns": true, "deal": true, "deals": true,
	"sales": true, "exports": true, "technology": true, "pilots": true, "pilot": true, "team": true,
	"teams": true, "depot": true, "depots": true, "store": true, "stores": true, "cache": true,
	"caches": true, "warehouse": true, "storage": true, "commander": true, "commanders": true, "programmes": true, "programs": true, "components": true,
	"parts": true,
}

// sorties are the uses of equipment that a count before them counts.
var sorties = map[string]bool{"sortie": true, "sorties": true, "flights": true, "missions": true,
	"strikes": true, "crashes": true, "sightings": true}

// counters before a noun make it a counted observation: "a patrol boat",
// "several drones", "another warship".
var counters = map[string]bool{"a": true, "an": true, "several": true, "dozens": true, "hundreds": true,
	"one": true, "single": true, "another": true, "third": true, "second": true, "more": true, "some": true,
	"numerous": true, "many": true}

// named reports whether the mention lies inside the name of an
// organisation or armed group.
func (s *scene) named(c *equipment.Candidate) bool {
	for _, e := range s.l.Entities {
		if e.Kind != report.KindOrganization && e.Kind != report.KindArmedGroup && e.Kind != report.KindIGO {
			continue
		}
		for _, m := range e.Mentions {
			if m.Sentence == c.Sentence && m.Start <= c.Mention.Span.Start && c.Mention.Span.End <= m.End &&
				m.End-m.Start > c.Mention.Span.End-c.Mention.Span.Start && !s.countedBody(c, m) {
				return true
			}
		}
	}
	return false
}

// placeName reports whether the mention is a class noun written with a
// capital inside a sentence that the place layer read as a place's name:
// "the northwestern Pakistani town of Tank", "Pakistan's Tank".
func (s *scene) placeName(c *equipment.Candidate) bool {
	m := &c.Mention
	if !m.Generic || !s.d.Tokens[m.First].Cap || m.First == s.d.Sentences[c.Sentence].First {
		return false
	}
	for _, p := range s.l.Places {
		for _, pm := range p.Mentions {
			if pm.Start == m.Span.Start && pm.End == m.Span.End {
				return true
			}
		}
	}
	return false
}

// countedBody reports whether mention m of a body that the text names by
// its kind in lower case names people: counted right before it ("about
// 300 military police remained at the site", "dozens of Myanmar border
// guards"), or named by no more than its country's word ("Polish border
// guards fired warning shots").
func (s *scene) countedBody(c *equipment.Candidate, m report.Mention) bool {
	if s.d.Tokens[c.Mention.First].Cap {
		return false
	}
	k := s.d.TokenAt(m.Start)
	if s.d.Lower(k) == "the" {
		k++
	}
	return c.Count != nil && (c.Count.End == k || c.Count.End == k-1 && s.d.Lower(k-1) == "of") ||
		k == c.Mention.First-1 && s.d.Tokens[k].Cap
}

// speaking reports whether the mention is the speaker of a quote: "a
// Ukrainian mechanised brigade said".
func (s *scene) speaking(c *equipment.Candidate) bool {
	for _, q := range s.l.Quotes {
		if q.SpeakerAs != nil && q.SpeakerAs.Start <= c.Mention.Span.Start && c.Mention.Span.End <= q.SpeakerAs.End {
			return c.Count == nil
		}
	}
	return false
}

// casualty reports whether troops are the object of a wounding or
// killing: "lightly wounding three soldiers".
func casualty(d *text.Doc, c *equipment.Candidate) bool {
	if !c.Mention.Unit {
		return false
	}
	for k := c.First - 1; k >= 0 && k >= c.First-2; k-- {
		if harm[d.Lower(k)] {
			return true
		}
	}
	return false
}

var harm = map[string]bool{"killed": true, "killing": true, "kill": true, "kills": true, "wounded": true,
	"wounding": true, "wound": true, "injured": true, "injuring": true, "injure": true, "neutralised": true,
	"neutralized": true, "eliminated": true, "captured": true, "abducted": true}
