package event

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"sitrep/internal/cameo"
	"sitrep/internal/report"
	"sitrep/internal/syntax"
	"sitrep/internal/text"
)

// Actor is an actor the text names, as a token range.
type Actor struct {
	First, End int // tokens [First, End)
	Entity     string
	Name       string
	Code       string // CAMEO actor code
	Country    string
	Person     bool
	State      bool   // the country itself, by name, people or capital ("Baku demanded")
	Place      bool   // a place standing for its country ("met in Zurich")
	Role       string // what kind of body or person it is: "U.N. peacekeeping mission"
}

// Input is what the coder reads besides the text: the layers of the
// stages before it. Syntax may be lazy: the coder ensures the sentences
// that Candidates names.
type Input struct {
	Doc    *text.Doc
	Syntax *syntax.Layer
	Actors []Actor
	Quotes []report.Quote
	Places []report.Place
	Times  []report.Time
	// Forces are the equipment and unit nouns the equipment catalogue
	// found: they extend the dictionary's weapon and military sets, so
	// "sent T-90 tanks" reads as "sent weapons".
	Forces []Force
	// Focus is the CAMEO code of the country the story is about, or "":
	// "the government" and "police" with no country of their own act
	// for it.
	Focus string
}

// Force is a mention of military equipment, or of a unit or personnel
// when Personnel is set, as a token range.
type Force struct {
	First, End int
	Personnel  bool
}

// Lexicon is what the coder asks of the actor lexicon.
type Lexicon interface {
	// AgentSector returns the sector of a folded role noun: "police" is COP.
	AgentSector(folded string) (sector string, ok bool)
	// AgentPerson reports whether a folded role noun names people
	// ("leader", "soldiers") rather than an institution ("army").
	AgentPerson(folded string) bool
	// CountryCode returns the CAMEO code of the country with an ISO
	// 3166-1 alpha-2 code, or "".
	CountryCode(iso2 string) string
}

// Coder codes events. It is read-only and safe for concurrent use.
type Coder struct {
	dict  *cameo.Dict
	codes *cameo.Codes
	lex   Lexicon
}

// New returns a coder over a verb dictionary and a codes table.
func New(dict *cameo.Dict, codes *cameo.Codes, lex Lexicon) *Coder {
	return &Coder{dict: dict, codes: codes, lex: lex}
}

// Candidates returns, for each sentence of the input, whether it may hold
// an event: an actor and a word that may be a verb of the dictionary or
// an event noun. Only those need a parse. in.Syntax is not read.
func (c *Coder) Candidates(in Input) []bool {
	return c.newDoc(in).candidates()
}

// Code returns the events of a document, in text order.
func (c *Coder) Code(in Input) []report.Event {
	x := c.newDoc(in)
	x.syn = in.Syntax
	x.kids = make([][]int32, len(in.Doc.Tokens))
	x.lemmas = make([]string, len(in.Doc.Tokens))
	for si, ok := range x.candidates() {
		if ok {
			x.syn.Ensure(si)
			x.sentence(si)
		}
	}
	sort.SliceStable(x.events, func(i, j int) bool { return x.events[i].Action.Start < x.events[j].Action.Start })
	x.merge()
	x.events = x.withoutVagueThreats(x.events)
	for i := range x.events {
		x.events[i].ID = fmt.Sprintf("ev%d", i+1)
	}
	return x.events
}

// doc is the state of one Code call.
type doc struct {
	*Coder
	in            Input
	d             *text.Doc
	syn           *syntax.Layer
	actors        []Actor
	actorAt       []int32          // token -> index into actors, -1 for none
	last          []int            // actors of the last source, for pronouns
	lastForce     []int            // actors of the last source of force, for "condemned the attack"
	lastAssault   []int            // actors of the last attack (roots 18 to 20), before a show of force since
	forceSentence int              // the sentence of lastForce
	forces        [][]int          // the sources of force so far, oldest first
	lastVictims   []int            // targets of the last use of force, for an attack by no one known
	labour        bool             // a work stoppage was told: "the strike" is one too
	lastAccuser   []int            // actors of the last source of an accusation, for "rejected the accusation"
	lastAccused   []int            // and of its target
	lastSayer     []int            // actors of the last to say something, for "dismissed the account"
	group         *Actor           // the story's armed group, or nil
	groupKnown    bool             // whether group has been looked for
	lastBy        map[string][]int // verb and object lemma -> actors of the last source, for "welcomed the warrant"
	pairs         map[int]int      // "both sides" of the story's country -> the other side's actor
	lastSentence  int
	events        []report.Event
	seen          map[string]bool
	coded         map[int]bool // tokens that carry an event
	kids          [][]int32    // token -> its dependents, for the parsed sentences
	lemmas        []string     // token -> lower-case lemma, filled on demand
	forceAt       []int16      // token -> 1 + index into in.Forces of the force it starts, 0 for none
}

func (c *Coder) newDoc(in Input) *doc {
	x := &doc{Coder: c, in: in, d: in.Doc, actors: in.Actors, seen: map[string]bool{},
		coded: map[int]bool{}, lastBy: map[string][]int{}, pairs: map[int]int{}}
	x.actorAt = make([]int32, len(in.Doc.Tokens))
	for i := range x.actorAt {
		x.actorAt[i] = -1
	}
	x.mark(x.actors)
	x.addPlaces()
	x.forceAt = make([]int16, len(in.Doc.Tokens))
	for i, f := range in.Forces {
		if f.First >= 0 && f.First < len(x.forceAt) && i < 1<<15-1 {
			x.forceAt[f.First] = int16(i + 1)
		}
	}
	return x
}

// mark points the tokens of actors at them.
func (x *doc) mark(as []Actor) {
	for ai, a := range as {
		for t := a.First; t < a.End && t < len(x.actorAt); t++ {
			x.actorAt[t] = int32(ai)
		}
	}
}

// addPlaces makes actors of the places no entity covers, for their
// country: "met in Zurich" is a meeting in Switzerland, as PETRARCH's
// actor dictionaries code cities.
func (x *doc) addPlaces() {
	for _, p := range x.in.Places {
		code := x.lex.CountryCode(p.Country)
		if code == "" {
			continue
		}
		for _, m := range p.Mentions {
			first, end := x.d.TokensIn(m.Start, m.End)
			if !m.Site() || first >= end || x.actorAt[first] >= 0 || !x.afterPreposition(first) {
				continue
			}
			x.actors = append(x.actors, Actor{First: first, End: end, Name: p.Name, Code: code, Country: code, Place: true})
			for t := first; t < end; t++ {
				x.actorAt[t] = int32(len(x.actors) - 1)
			}
		}
	}
}

// afterPreposition reports whether a preposition comes just before
// token i, or before its article: a place stands for its country only as
// the place of something ("in Zurich", "from the Gaza Strip"), never as
// a name that happens to be a place ("Obama").
func (x *doc) afterPreposition(i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		w := x.d.Lower(j)
		if placePreps[w] {
			return true
		}
		if w != "the" {
			return false
		}
	}
	return false
}

var placePreps = map[string]bool{"in": true, "at": true, "to": true, "from": true, "near": true, "into": true,
	"toward": true, "towards": true, "across": true, "outside": true, "inside": true, "on": true, "of": true}

// agentAt makes an actor of a role noun that no entity covers ("police",
// "protesters"): the sector alone is its code. It returns -1 for other
// tokens.
func (x *doc) agentAt(i int) int {
	u := x.syn.Tokens[i].UPOS
	if u != syntax.NOUN && !(u == syntax.PROPN && i == x.d.Sentences[x.d.SentenceOf(i)].First) {
		return -1 // a capital opening the sentence makes "Gunmen" look like a name
	}
	if l := x.lemma(i); (l == "prison" || l == "jail") && x.afterPreposition(i) {
		return -1 // "six years in prison" is a sentence, not the prison service
	}
	if x.lemma(i) == "prisoner" && i+2 < len(x.d.Tokens) && x.d.Lower(i+1) == "of" && x.d.Lower(i+2) == "war" {
		return -1 // "exchanged 150 prisoners of war": what is exchanged, not who
	}
	if a := x.namedBody(i); a >= 0 {
		return a
	}
	first, sector := x.agentPhrase(i)
	if len(sector) < 3 {
		return x.sidesAt(i)
	}
	x.actorAt[i] = int32(len(x.actors))
	x.actors = append(x.actors, Actor{First: first, End: i + 1, Name: x.d.Str(x.d.SpanOf(first, i+1)), Code: sector})
	return int(x.actorAt[i])
}

// namedBody makes an actor of "the court" or "the mission" at token i
// for the body of that kind the story named before it ("the
// International Criminal Court", MINUSCA, a U.N. peacekeeping mission),
// or returns -1: the definite noun refers
// back to it, not to the country's courts.
func (x *doc) namedBody(i int) int {
	w := x.d.Lower(i)
	if i == 0 || !bodyNouns[w] || x.d.Lower(i-1) != "the" {
		return -1
	}
	for k := len(x.in.Actors) - 1; k >= 0; k-- {
		a := x.in.Actors[k]
		if a.End > i || a.Person || a.Code == a.Country || !hasWord(a.Name, w) && !hasWord(a.Role, w) {
			continue
		}
		return x.bodyAt(a, i)
	}
	// "A NATO spokesperson said the alliance stood with Norway": the
	// body its own sentence named before, by another name.
	s := x.d.SentenceOf(i)
	for k := len(x.in.Actors) - 1; k >= 0; k-- {
		a := x.in.Actors[k]
		if a.End <= i && x.d.SentenceOf(a.First) == s && !a.Person && a.Entity != "" && a.Code != a.Country &&
			report.International(a.Code) {
			return x.bodyAt(a, i)
		}
	}
	return -1
}

// bodyAt makes "the" and the noun at token i a mention of body a.
func (x *doc) bodyAt(a Actor, i int) int {
	a.First, a.End = i-1, i+1
	x.actorAt[i] = int32(len(x.actors))
	x.actors = append(x.actors, a)
	return int(x.actorAt[i])
}

// bodyNouns are the head nouns of bodies a story names once and then
// calls by their kind.
var bodyNouns = map[string]bool{"court": true, "ministry": true, "command": true, "tribunal": true, "agency": true, "mission": true,
	"commission": true, "council": true, "bloc": true, "alliance": true, "organisation": true,
	"organization": true, "movement": true, "union": true, "committee": true, "fund": true, "programme": true,
	"program": true, "bank": true, "coalition": true, "watchdog": true}

// hasWord reports whether name holds word w, in any case.
func hasWord(name, w string) bool {
	for _, f := range strings.Fields(name) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// sidesAt makes an actor of "all sides", "both parties" or "the warring
// sides" of a story about one country: that country, as event coders
// read an appeal to the parties of its conflict. It returns -1 for other
// tokens.
func (x *doc) sidesAt(i int) int {
	if x.in.Focus == "" || !sides[x.d.Lower(i)] {
		return -1
	}
	first := -1
	for _, j32 := range x.kids[i] {
		if j := int(j32); j < i && allSides[x.d.Lower(j)] {
			first = j
		}
	}
	if first < 0 {
		return -1
	}
	a := x.homeActor(first, i+1, "")
	x.actorAt[i] = int32(a)
	if w := x.d.Lower(first); w == "both" || w == "two" {
		if r := x.rival(); r != "" {
			x.pairs[a] = x.countryActor(r, i) // "urged both sides" in a story of two countries
		}
	}
	return a
}

// rival returns the country other than the story's that the document
// names most by itself, at least twice, or "": the other side of a
// story of two countries.
func (x *doc) rival() string {
	n := map[string]int{}
	best := ""
	for _, a := range x.in.Actors {
		if a.Entity == "" || a.Country == "" || a.Country == x.in.Focus || a.Code != a.Country {
			continue
		}
		n[a.Country]++
		if best == "" || n[a.Country] > n[best] {
			best = a.Country
		}
	}
	if n[best] < 2 {
		return ""
	}
	return best
}

// withPairs adds to actors as the other side of any "both sides" among
// them.
func (x *doc) withPairs(as []int) []int {
	for _, a := range as {
		if b, ok := x.pairs[a]; ok && !slices.Contains(as, b) {
			return append(slices.Clone(as), b)
		}
	}
	return as
}

// homeActor adds an actor for the story's country, in sector (or none),
// named by tokens [first, end), and returns its index.
func (x *doc) homeActor(first, end int, sector string) int {
	return x.sectorActor(first, end, x.in.Focus, sector)
}

// impliedHome adds an actor for the story's country, in sector (or
// none), that no words name: the verb at token v implies it ("Border
// guards returned fire" at home).
func (x *doc) impliedHome(v int, sector string) int {
	return x.implied(v, x.in.Focus, sector)
}

// implied adds an actor of country's sector that the verb at token v
// implies. It bears the country's name, and the verb is its evidence.
func (x *doc) implied(v int, country, sector string) int {
	a := x.sectorActor(v, v+1, country, sector)
	x.actors[a].Name = country
	for _, ac := range x.in.Actors {
		if ac.Code == country && ac.Entity != "" {
			x.actors[a].Name = ac.Name
			break
		}
	}
	return a
}

// sectorActor adds an actor of country's sector that tokens [first,
// end) stand for.
func (x *doc) sectorActor(first, end int, country, sector string) int {
	x.actors = append(x.actors, Actor{First: first, End: end, Name: x.d.Str(x.d.SpanOf(first, end)),
		Code: country + sector, Country: country})
	return len(x.actors) - 1
}

var (
	sides = map[string]bool{"sides": true, "parties": true, "factions": true, "countries": true, "neighbours": true,
		"neighbors": true}
	allSides = map[string]bool{"all": true, "both": true, "two": true, "warring": true, "rival": true}
)

// agentPhrase returns where the role phrase ending in noun i starts and
// its sector: the longest phrase the lexicon knows ("Islamic
// fundamentalists" is MUS), the noun alone ("police"), or a role noun
// compounded with it ("opposition parties" are OPP).
func (x *doc) agentPhrase(i int) (int, string) {
	first := x.d.Sentences[x.d.SentenceOf(i)].First
	for k := max(first, i-3); k < i; k++ {
		if x.d.Tokens[k].Kind == text.Word && x.head(k) == i {
			if sector, ok := x.lex.AgentSector(x.d.Key(k, i+1)); ok {
				return k, sector
			}
		}
	}
	if sector, ok := x.lex.AgentSector(x.d.Lower(i)); ok {
		return i, sector
	}
	for _, j32 := range x.kids[i] {
		if j := int(j32); j < i && x.syn.Tokens[j].Rel == syntax.Compound {
			if sector, ok := x.lex.AgentSector(x.d.Lower(j)); ok {
				return j, sector
			}
		}
		if j := int(j32); j < i && x.syn.Tokens[j].Rel == syntax.NmodPoss && x.d.Lower(i) == "office" {
			// "the prime minister's office" acts for the prime minister
			if first, sector := x.agentPhrase(j); sector != "" {
				return first, sector
			}
		}
	}
	return i, ""
}

func (x *doc) isAgent(w string) bool {
	_, ok := x.lex.AgentSector(w)
	return ok
}

// candidates marks the sentences worth parsing.
func (x *doc) candidates() []bool {
	want := make([]bool, len(x.d.Sentences))
	spoken := map[int]bool{} // sentences whose cue has a known speaker: "…,” he said
	for _, q := range x.in.Quotes {
		if q.Speaker != "" {
			spoken[q.Sentence] = true
		}
	}
	for si, s := range x.d.Sentences {
		actor, verb := spoken[si], false
		for i := s.First; i < s.End && !(actor && verb); i++ {
			w := x.d.Lower(i)
			actor = actor || x.actorAt[i] >= 0 || x.isAgent(w)
			verb = verb || x.dict.MayBeVerb(w) || isNominal(w)
		}
		want[si] = actor && verb
	}
	return want
}
