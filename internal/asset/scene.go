package asset

import (
	"slices"

	"sitrep/internal/equipment"
	"sitrep/internal/ner"
	"sitrep/internal/report"
	"sitrep/internal/text"
)

// scene is what the asset rules read of one document, indexed by token
// once, and what they have decided so far: coordinated and anaphoric
// mentions take the owner and place of earlier ones.
type scene struct {
	d     *text.Doc
	cands []equipment.Candidate
	l     Layers
	// actors are the mentions of countries, armed groups and
	// international organisations, and of the organisations of a country
	// (its army, its ministry), in text order.
	actors []actorUse
	places []placeUse
	byCode map[string]int // CAMEO country code -> entity index
	// candAt maps the first token of a candidate to its index.
	candAt map[int]int
	main   int // index in l.Places of the main place, -1 when none

	// placeNamed marks the candidates whose words are a place's name
	// (see placeName), which name no equipment.
	placeNamed []bool

	// What the rules decided for each candidate.
	seen             []bool // an observation, not a passing mention
	ownerOf, placeOf []int
	status           []string
	cue              []text.Span
	quote            []*report.Quote
}

// actorUse is one mention of a possible owner.
type actorUse struct {
	first, end int // tokens
	entity     int // index in l.Entities of the country or armed group
	sentence   int
	locative   bool // "in Mali", "to Ukraine": a place, not an actor
	country    bool // the country's own name or demonym, not one of its bodies
}

// placeUse is one mention of a place.
type placeUse struct {
	first, end int
	place      int // index in l.Places
	sentence   int
	prep       string // the preposition that introduces it; "" for a subject or a name
	modifier   bool   // "Russia's Belgorod region": says whose, not where
	target     bool   // the object of an attack: "Russia attacked Odesa"
}

func newScene(d *text.Doc, cands []equipment.Candidate, l Layers) *scene {
	n := len(cands)
	s := &scene{d: d, cands: cands, l: l, byCode: map[string]int{}, candAt: make(map[int]int, n), main: -1,
		seen: make([]bool, n), ownerOf: make([]int, n), placeOf: make([]int, n), status: make([]string, n),
		cue: make([]text.Span, n), quote: make([]*report.Quote, n)}
	s.placeNamed = make([]bool, n)
	for i := range cands {
		s.candAt[cands[i].First] = i
		s.placeNamed[i] = s.placeName(&cands[i])
	}
	for i, e := range l.Entities {
		if e.Kind == report.KindCountry && !onlyBacker(e) {
			s.byCode[e.Code] = i
		}
	}
	s.indexActors()
	s.indexPlaces()
	s.main = s.mainPlace()
	return s
}

// resolve decides status, owner and place of candidate i; the candidates
// before it are resolved.
func (s *scene) resolve(i int) {
	c := &s.cands[i]
	s.status[i], s.quote[i] = c.Status, enclosing(s.l.Quotes, c.Span)
	if c.CueFirst >= 0 {
		s.cue[i] = c.Cue
	}
	s.seen[i] = s.observed(i)
	s.placeOf[i] = s.place(i)
	s.ownerOf[i] = s.owner(i)
	s.deployment(i)
}

// deployment turns a delivery into a presence when what was sent stays
// with its sender: troops and what goes with them ("sending 1,500 more
// soldiers and two Black Hawk helicopters"), or equipment sent to a place
// in the sender's own country ("sent 16 Guarani armoured personnel
// carriers to its northern state of Roraima").
func (s *scene) deployment(i int) {
	c := &s.cands[i]
	if s.status[i] != equipment.StatusDelivered || !sendVerbs[s.d.Lower(s.d.TokenAt(s.cue[i].Start))] {
		return
	}
	deployed := c.Conj >= 0 && s.status[c.Conj] == equipment.StatusPresent && s.cue[c.Conj] == s.cue[i]
	if deployed || c.Mention.Unit || s.home(i) || s.sentNowhere(i) {
		s.status[i] = equipment.StatusPresent
	}
}

// home reports whether candidate i stands in a town or region of its
// owner's own country.
func (s *scene) home(i int) bool {
	p, o := s.placeOf[i], s.ownerOf[i]
	if p < 0 || o < 0 || s.l.Country == nil || s.l.Places[p].Feature == "country" {
		return false
	}
	return s.l.Country(s.l.Places[p].Country) == s.l.Entities[o].Code
}

// sentNowhere reports whether candidate i was sent "to" something that
// is no one who could receive it: a place ("to Eteringbang", "to the
// boundary line") or a purpose ("to meet the damaged boat").
func (s *scene) sentNowhere(i int) bool {
	c := &s.cands[i]
	sent := s.d.Sentences[c.Sentence]
	to := -1
	for k := c.End; k < sent.End && k < c.End+12 && to < 0; k++ {
		switch w := s.d.Lower(k); {
		case w == "to":
			to = k
		case w == "." || w == ";" || w == "from" || w == "by":
			return false
		}
	}
	if to < 0 || to+1 >= sent.End {
		return false
	}
	for k := to + 1; k < sent.End && k <= to+2; k++ {
		if recipientNouns[s.d.Lower(k)] {
			return false // "sent arms to the rebels"
		}
		for _, a := range s.actors {
			if a.first == k {
				return false // "sent tanks to Ukraine", "to the RSF"
			}
		}
	}
	return true
}

var recipientNouns = text.SetOf("rebels", "fighters", "militia", "militias", "forces", "army", "government",
	"troops", "allies", "groups", "group", "opposition", "insurgents", "police")

var sendVerbs = map[string]bool{"sent": true, "send": true, "sends": true, "sending": true, "dispatched": true}

// onlyBacker reports whether the text names country e only as the leader
// or backer of another force ("the U.S.-led coalition"): that force owns
// for itself.
func onlyBacker(e report.Entity) bool {
	return !slices.ContainsFunc(e.Mentions, func(m report.Mention) bool { return m.Form != report.FormRelational })
}

// indexActors lists the mentions of possible owners.
func (s *scene) indexActors() {
	for i, e := range s.l.Entities {
		owner := i
		switch e.Kind {
		case report.KindCountry, report.KindArmedGroup, report.KindIGO:
			// "UNIFIL, which has about 10,000 troops", "NATO jets"
		case report.KindOrganization:
			// "Ukraine's military intelligence", "the Israeli military";
			// a state's body whose country the story does not name owns
			// for it ("soldiers from the Uganda People's Defence Force")
			if o, ok := s.byCode[e.Country]; ok {
				owner = o
			} else if e.Country == "" {
				continue
			}
		default:
			continue
		}
		for _, m := range e.Mentions {
			first, end := s.d.TokensIn(m.Start, m.End)
			if first >= len(s.d.Tokens) || s.d.Dateline(first, end) || s.inMention(first, end) {
				continue
			}
			if m.Form == report.FormRelational && !(ner.Registered(s.d.Lower(end-1)) && s.namesCandidate(end)) {
				continue // a "Panamanian-flagged" ship is Panama's, the ships around it are not
			}
			s.actors = append(s.actors, actorUse{first: first, end: end, entity: owner, sentence: m.Sentence,
				locative: placePreps[s.prepBefore(first)], country: e.Kind == report.KindCountry})
		}
	}
	slices.SortFunc(s.actors, func(a, b actorUse) int { return a.first - b.first })
}

// namesCandidate reports whether the name of a piece of equipment
// begins at token k or the word after it: "a Russian-flagged bulk
// carrier".
func (s *scene) namesCandidate(k int) bool {
	return slices.ContainsFunc(s.cands, func(c equipment.Candidate) bool {
		return c.Mention.First == k || c.Mention.First == k+1
	})
}

// inMention reports whether tokens [first, end) lie inside the name of
// a piece of equipment: the Dane of "Dane guns" is no Dane.
func (s *scene) inMention(first, end int) bool {
	for _, c := range s.cands {
		if c.Mention.First <= first && end <= c.Mention.End {
			return true
		}
	}
	return false
}

// placePreps are the prepositions that make a country a place rather than an
// actor: "in Mali", "to Ukraine", but not "an attack on Russia's fleet".
var placePreps = map[string]bool{"in": true, "into": true, "to": true, "from": true, "at": true, "near": true,
	"over": true, "across": true, "towards": true, "toward": true, "around": true, "inside": true,
	"outside": true, "within": true, "through": true}

// locatives introduce a place name; "of" also a place inside a phrase
// ("the port of Novorossiysk", "southeast of Taiwan").
var locatives = map[string]bool{"in": true, "into": true, "to": true, "from": true, "at": true, "near": true,
	"over": true, "across": true, "towards": true, "toward": true, "around": true, "off": true, "inside": true,
	"outside": true, "within": true, "through": true, "of": true, "on": true, "between": true, "opposite": true}

// indexPlaces lists the place mentions that can locate an asset: not the
// dateline, not the words of an equipment mention ("Guarani" APCs). A
// place the gazetteer could not locate may ("near Tibnin"): analysts
// place assets at the village the text names, not at its region.
func (s *scene) indexPlaces() {
	for i, p := range s.l.Places {
		for _, m := range p.Mentions {
			first, end := s.d.TokensIn(m.Start, m.End)
			if !m.Site() || first >= len(s.d.Tokens) || s.d.Dateline(first, end) || s.inCandidate(first) {
				continue
			}
			s.places = append(s.places, placeUse{first: first, end: end, place: i, sentence: m.Sentence,
				modifier: s.modifies(end), target: s.attacked(first)})
		}
	}
	slices.SortFunc(s.places, func(a, b placeUse) int { return a.first - b.first })
	for i := range s.places {
		s.places[i].prep = s.prepBefore(s.places[i].first)
	}
}

// attacked reports whether the place at token first is the object of an
// attack verb: "Russia attacked Odesa", "drones struck the Kharkiv region".
func (s *scene) attacked(first int) bool {
	k := first - 1
	if k > 0 && s.d.Lower(k) == "the" {
		k--
	}
	return k >= 0 && attacks[s.d.Lower(k)]
}

var attacks = map[string]bool{"attacked": true, "attack": true, "attacks": true, "struck": true, "strike": true,
	"strikes": true, "hit": true, "hits": true, "shelled": true, "shell": true, "targeted": true, "target": true,
	"targets": true, "bombed": true, "bombarded": true, "pounded": true, "pound": true, "raided": true}

// modifies reports whether the place mention that ends before token end
// qualifies another place: "Russia's Belgorod region", "the southern
// Russian city of Saratov".
func (s *scene) modifies(end int) bool {
	d := s.d
	if end >= len(d.Tokens) {
		return false
	}
	if isPossessive(d.Word(end)) || edges[d.Lower(end)] {
		return true // "near the Sudanese border": an edge, not the country
	}
	// "the southern Russian city of Saratov", "the Pacific port city of Manta"
	for k := end; k < end+2 && k+1 < len(d.Tokens) && d.Tokens[k].Kind == text.Word && !d.Tokens[k].Cap; k++ {
		if d.Lower(k+1) == "of" {
			return true
		}
	}
	return false
}

// edges name the edge of a country, which its name or demonym before them
// qualifies: "the Sudanese border", "Lebanese waters".
var edges = text.SetOf("border", "frontier", "boundary", "waters", "airspace")

func isPossessive(w string) bool { return w == "'s" || w == "’s" }

func (s *scene) inCandidate(k int) bool {
	for i := range s.cands {
		if c := &s.cands[i]; c.First <= k && k < c.End && !s.placeNamed[i] {
			return true
		}
	}
	return false
}

// prepBefore returns the preposition that introduces the noun phrase at
// token first: "near the port of Novorossiysk" gives "near", "in the
// Belgorod region" "in", "southeast of Taiwan" "of". It looks back over
// articles, adjectives and a possessive, within the sentence.
func (s *scene) prepBefore(first int) string {
	d := s.d
	sent := d.SentenceOf(first)
	if sent < 0 {
		return ""
	}
	floor := d.Sentences[sent].First
	found := ""
	for k := first - 1; k >= floor && k >= first-6; k-- {
		w := d.Lower(k)
		possessive := isPossessive(d.Word(k))
		switch {
		case d.Tokens[k].Kind == text.Punct && !possessive:
			return found
		case locatives[w] && w != "of":
			return w
		case w == "of":
			found = w // "the port of": look on for "near"
		case possessive:
			// "on Syria's Mediterranean coast", "in Rio de Janeiro's North
			// Zone": look on before the place that owns it
			if f := s.placeEndingAt(k); f >= 0 {
				k = f
			}
		case found != "", phraseWords[w], d.Tokens[k].Cap && isPossessive(d.Word(k+1)):
			// "the mining town of"
		default:
			return found
		}
	}
	return found
}

// placeEndingAt returns the first token of the place mention that ends
// before token end, or -1.
func (s *scene) placeEndingAt(end int) int {
	for _, u := range s.places {
		if u.end == end {
			return u.first
		}
	}
	return -1
}

// phraseWords may stand between a preposition and a place name.
var phraseWords = map[string]bool{
	"the": true, "a": true, "its": true, "their": true, "northern": true, "southern": true, "eastern": true,
	"western": true, "central": true, "north": true, "south": true, "east": true, "west": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true, "occupied": true,
	"besieged": true, "border": true, "frontline": true, "coastal": true, "nearby": true, "own": true,
}
