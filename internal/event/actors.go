package event

import (
	"maps"
	"slices"
	"strings"

	"sitrep/internal/lexicon"
	"sitrep/internal/report"
	"sitrep/internal/syntax"
	"sitrep/internal/text"
)

// actorsOf returns the actors that the phrase headed by token h names:
// an actor on the head or its name words, else its possessor or
// nationality ("Syria's ambassador", "Russian troops"), and those of the
// phrases coordinated with it ("Hungarian and Romanian officials").
func (x *doc) actorsOf(h int) []int {
	if h < 0 {
		return nil
	}
	var out []int
	x.collect(h, &out, 0)
	return out
}

func (x *doc) collect(h int, out *[]int, depth int) {
	if depth > 4 {
		return
	}
	if x.d.Lower(h) == "they" && len(x.last) > 1 && x.lastSentence == x.d.SentenceOf(h) {
		*out = append(*out, x.last...) // "Obama and Putin said they will..."
		return
	}
	if pair := x.bothCountries(h); pair != nil {
		*out = append(*out, pair...) // "urged both governments"
		return
	}
	if a := x.headActor(h); a >= 0 {
		as := []int{a}
		if x.actors[a].Country == "" && x.actors[a].Entity == "" {
			if c := x.childActor(h, syntax.Amod, syntax.Compound); c >= 0 && report.International(x.actors[c].Code) {
				as = []int{c} // "a United Nations official in Kabul" acts for the UN, not Afghanistan
			} else if placed := x.placedAgents(h, a); len(placed) > 0 {
				as = placed
			}
		} else {
			as = append(as, x.coordinatedNationals(h, a)...)
		}
		for _, a := range as {
			if !containsActor(*out, a) {
				*out = append(*out, a)
			}
		}
	}
	for _, j32 := range x.kids[h] {
		j := int(j32)
		if x.syn.Tokens[j].Rel == syntax.Conj && !x.attribution(j) {
			x.collect(j, out, depth+1)
		}
	}
}

// bothCountries resolves "both governments", "the two countries" to the
// two countries the story names most, or nil when it names fewer than two.
func (x *doc) bothCountries(h int) []int {
	sector, ok := pairNouns[x.d.Lower(h)]
	if !ok || x.actorAt[h] >= 0 {
		return nil
	}
	both := false
	for _, j32 := range x.kids[h] {
		j := int(j32)
		both = both || x.d.Lower(j) == "both" || x.d.Lower(j) == "two" && j > 0 && x.d.Lower(j-1) == "the"
	}
	if !both {
		return nil
	}
	counts := map[string]int{}
	for _, a := range x.actors {
		if a.Country != "" && a.Code == a.Country && !a.Place {
			counts[a.Country]++
		}
	}
	first, second := topTwo(counts)
	if first == "" || second == "" {
		return nil
	}
	return []int{x.sectorActor(h, h+1, first, sector), x.sectorActor(h, h+1, second, sector)}
}

// topTwo returns the two keys with the highest counts, ties broken by
// key, or "" when there are fewer.
func topTwo(counts map[string]int) (string, string) {
	keys := slices.Sorted(maps.Keys(counts))
	slices.SortStableFunc(keys, func(a, b string) int { return counts[b] - counts[a] })
	switch len(keys) {
	case 0:
		return "", ""
	case 1:
		return keys[0], ""
	}
	return keys[0], keys[1]
}

// pairNouns name the two parties of a dispute between two states, with
// the sector they stand for.
var pairNouns = map[string]string{"governments": "GOV", "countries": "", "nations": "", "neighbours": "",
	"neighbors": "", "capitals": "GOV"}

// placedAgents gives role noun h, actor a, the countries of its "in",
// "from" or "of" phrase: "lawmakers in France and Germany" are FRALEG and
// DEULEG, "the ambassadors of Italy" ITAGOV; and the organisation of its
// "from" or "of" phrase: "fighters of the RSF" are the RSF.
func (x *doc) placedAgents(h, a int) []int {
	for _, j32 := range x.kids[h] {
		j := int(j32)
		if x.syn.Tokens[j].Rel != syntax.Nmod || !originPreps[x.caseOf(j)] {
			continue
		}
		var out []int
		for _, c := range x.actorsOf(j) {
			switch ac := x.actors[c]; {
			case ac.Country != "" && ac.Code == ac.Country:
				out = append(out, x.withSector(c, a))
			case ac.Entity != "" && ac.Code != "" && !ac.Place && x.caseOf(j) != "in":
				out = append(out, c) // "gunmen from the Viv Ansanm coalition" act for it
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

var originPreps = map[string]bool{"in": true, "from": true, "of": true}

// countrySector returns a new actor for country actor c, at its words,
// with a sector: RUS and "MIL" give RUSMIL.
func (x *doc) countrySector(c int, sector string) int {
	n := x.actors[c]
	n.Code = n.Country + sector
	x.actors = append(x.actors, n)
	return len(x.actors) - 1
}

// coordinatedNationals returns, for a role noun h that actor a (a country
// with a sector) stands for, the other countries coordinated in its
// modifiers, each with the same sector: "US and British activists" are
// GBROPP and USAOPP.
func (x *doc) coordinatedNationals(h, a int) []int {
	country := x.actors[a].Country
	sector := strings.TrimPrefix(x.actors[a].Code, country)
	if country == "" || len(sector) < 3 {
		return nil
	}
	var out []int
	for _, j32 := range x.kids[h] {
		j := int(j32)
		if rel := x.syn.Tokens[j].Rel; rel != syntax.Amod && rel != syntax.Compound || x.childWith(j, syntax.Conj) < 0 {
			continue // only coordinated ones: the "Iran-aligned Houthis" are Yemen's alone
		}
		for _, c := range x.actorsOf(j) {
			if ac := x.actors[c]; ac.Country != "" && ac.Code == ac.Country && ac.Country != country {
				out = append(out, x.countrySector(c, sector))
			}
		}
	}
	return out
}

// headActor returns the one actor the phrase headed by h stands for, or -1.
func (x *doc) headActor(h int) int {
	if a := x.actorAt[h]; a >= 0 {
		if ac := x.actors[a]; ac.Entity == "" && ac.Country == "" {
			// A role noun made an actor before, as a pattern matched it.
			return x.agentOf(h, int(a))
		}
		return int(a)
	}
	if x.syn.Tokens[h].UPOS == syntax.PRON {
		return x.pronoun(h)
	}
	if a := x.childActor(h, syntax.Appos); a >= 0 && x.actors[a].Entity != "" {
		return a // "a Rwandan army spokesman, Brig. Gen. X," is X; "the destroyer INS Kolkata" the ship
	}
	if a := x.spokenFor(h); a >= 0 {
		return a // "a spokesman for U.N. Secretary-General Antonio Guterres" speaks for him
	}
	if a := x.bodyBack(h); a >= 0 {
		return a // "Amnesty International said … The group urged Riyadh"
	}
	if a := x.agentAt(h); a >= 0 {
		return x.agentOf(h, a)
	}
	if a := x.childActor(h, syntax.Flat, syntax.Compound, syntax.Appos); a >= 0 {
		return a
	}
	if a := x.othersBack(h); a >= 0 {
		return a
	}
	if a := x.ownCountry(h); a >= 0 {
		return a
	}
	if kin[x.lemma(h)] {
		return -1 // "Assad's father" is not Assad
	}
	if a := x.modifierActor(h); a >= 0 {
		if ac := x.actors[a]; x.weapon(h) && ac.Country != "" && ac.Code == ac.Country {
			// "Russian aircraft", "Israel's drones": a country's weapons
			// act for its military.
			return x.countrySector(a, "MIL")
		}
		return a
	}
	if p := x.childWith(h, syntax.NmodPoss); p >= 0 && x.syn.Tokens[p].UPOS == syntax.PRON && x.weapon(h) && x.subjectRel(h) {
		// "The ministry said its air defences destroyed 27 drones": the
		// military of whoever the pronoun stands for.
		if c := x.pronoun(p); c >= 0 && x.actors[c].Country != "" {
			return x.countrySector(c, "MIL")
		}
	}
	if p := x.childWith(h, syntax.NmodPoss); p >= 0 && x.syn.Tokens[h].Rel == syntax.Obj && x.syn.Tokens[p].UPOS == syntax.PRON {
		return x.pronoun(p) // "demanded her immediate release"
	}
	return x.ofActor(h)
}

// agentOf returns the actor role noun h, agent a, stands for: the group
// or country it belongs to when the phrase names one ("fighters of the
// 3R rebel group", "Syria's army", "a Russian-flagged tanker"), else a.
func (x *doc) agentOf(h, a int) int {
	if c := x.memberOf(h); c >= 0 {
		switch ac := x.actors[c]; {
		case x.actors[a].Code == unknownAttacker:
			return c // "fighters of the 3R rebel group" are the group's
		case ac.Place && ac.Country != "" && x.actors[a].Country == "":
			return x.withSector(c, a) // "residents of Itang" are Ethiopia's
		}
	}
	if c := x.namedGroup(h); c >= 0 {
		// "the Viv Ansanm gang coalition" is Viv Ansanm, from now on.
		x.actorAt[h] = int32(c)
		return c
	}
	if c := x.childActor(h, syntax.NmodPoss, syntax.Amod, syntax.Compound); c >= 0 && x.actors[c].Country != "" {
		return x.ownAgent(c, a) // "Syria's army" when the actor stage left it apart
	}
	if p := x.childWith(h, syntax.NmodPoss); p >= 0 && x.syn.Tokens[p].UPOS == syntax.PRON && x.subjectRel(h) {
		// "Sudan's army denied that its forces had fired": the
		// forces of whoever the pronoun stands for.
		if c := x.pronoun(p); c >= 0 && x.actors[c].Country != "" {
			return x.ownAgent(c, a)
		}
	}
	return a
}

// ownAgent returns the actor for agent a of actor c: the agents of a
// state or of its bodies are the state's (SYR and "army" give SYRMIL, so
// do a ministry and "its border guards"), but a rebel group's fighters
// are the group itself ("the RSF said its forces had taken the base").
func (x *doc) ownAgent(c, a int) int {
	if ac := x.actors[c]; !ac.State {
		if sector := firstSector(strings.TrimPrefix(ac.Code, ac.Country)); sector != "" && !stateSectors[sector] {
			return c
		}
	}
	return x.withSector(c, a)
}

// othersBack resolves "others", the object of a verb joined to one
// before, to that verb's object: "killed three suspected smugglers and
// arrested 14 others" arrested smugglers.
func (x *doc) othersBack(h int) int {
	v := int(x.syn.Tokens[h].Head)
	if x.lemma(h) != "other" || x.syn.Tokens[h].Rel != syntax.Obj || v < 0 || x.syn.Tokens[v].Rel != syntax.Conj {
		return -1
	}
	if o := x.childWith(int(x.syn.Tokens[v].Head), syntax.Obj); o >= 0 && o != h {
		return x.headActor(o)
	}
	return -1
}

// subjectRel reports whether token h is a subject.
func (x *doc) subjectRel(h int) bool {
	r := x.syn.Tokens[h].Rel
	return r == syntax.Nsubj || r == syntax.NsubjPass
}

// spokenFor returns the actor that spokesman h speaks "for", or -1.
func (x *doc) spokenFor(h int) int {
	if !lexicon.Spokesperson(x.d.Lower(h)) {
		return -1
	}
	for _, j32 := range x.kids[h] {
		if j := int(j32); x.syn.Tokens[j].Rel == syntax.Nmod && x.caseOf(j) == "for" {
			return x.headActor(j)
		}
	}
	return -1
}

// modifierActor returns the actor that modifies the noun h as an
// adjective or a possessive, on h itself or on a compound before it: "a
// Philippine government fisheries vessel", the parse hanging
// "Philippine" on "fisheries"; or -1.
func (x *doc) modifierActor(h int) int {
	if a := x.childActor(h, syntax.NmodPoss, syntax.Amod); a >= 0 {
		return a
	}
	for _, j32 := range x.kids[h] {
		if j := int(j32); x.syn.Tokens[j].Rel == syntax.Compound && x.actorAt[j] < 0 {
			if a := x.childActor(j, syntax.NmodPoss, syntax.Amod, syntax.Compound); a >= 0 {
				return a
			}
		}
	}
	return -1
}

// namedGroup returns the organisation named in the compound of a group
// noun h ("the Viv Ansanm gang coalition"), or -1; a country there gives
// its sector instead ("the Syria army").
func (x *doc) namedGroup(h int) int {
	for _, j32 := range x.kids[h] {
		j := int(j32)
		if x.syn.Tokens[j].Rel != syntax.Compound || x.actorAt[j] < 0 {
			continue
		}
		if ac := x.actors[x.actorAt[j]]; ac.Entity != "" && ac.Code != "" && ac.Code != ac.Country && !ac.Place {
			return int(x.actorAt[j])
		}
	}
	return -1
}

// memberOf returns the actor of the "of" phrase after h, or -1.
func (x *doc) memberOf(h int) int {
	for _, j32 := range x.kids[h] {
		if j := int(j32); x.syn.Tokens[j].Rel == syntax.Nmod && x.caseOf(j) == "of" {
			return x.headActor(j)
		}
	}
	return -1
}

// ofActor looks through a head that counts or groups its actor: "tens
// of thousands of students", "a group of rebels", "one of the officials".
func (x *doc) ofActor(h int) int {
	for hops := 0; hops < 3; hops++ {
		if x.syn.Tokens[h].UPOS != syntax.NUM && !groupNouns[x.lemma(h)] {
			return -1
		}
		o := -1
		for _, j32 := range x.kids[h] {
			j := int(j32)
			if x.syn.Tokens[j].Rel == syntax.Nmod && x.caseOf(j) == "of" {
				o = j
				break
			}
		}
		if o < 0 {
			return -1
		}
		if a := x.actorIndex(o); a >= 0 {
			return a
		}
		if a := x.childActor(o, syntax.Amod, syntax.NmodPoss, syntax.Compound); a >= 0 {
			return a
		}
		h = o
	}
	return -1
}

// unidentified returns an unidentified armed force (CAMEO's UAF) as the
// source of a clause whose subject, or passive agent, is a weapon or an
// attack with no attacker named: "a roadside bomb killed a soldier",
// "was hit by an airstrike". It returns nil for other subjects.
func (x *doc) unidentified(cl clause) []int {
	h := cl.subject
	if cl.passive {
		h = cl.agent
	}
	if h < 0 || !attackNouns[x.lemma(h)] && !x.weapon(h) {
		return nil
	}
	if x.refersBack(h) {
		// "Iran fired missiles at Pakistan ... the strikes had hit a
		// village": Iran's, the last to strike or to use force.
		by := x.answered(h)
		if len(by) == 0 {
			by = x.lastForce
		}
		if len(by) > 0 && !x.unknown(by) {
			return by
		}
	}
	x.actors = append(x.actors, Actor{First: h, End: h + 1, Name: "unidentified attackers", Code: unknownAttacker})
	return []int{len(x.actors) - 1}
}

// unknownAttacker is CAMEO's code for an unidentified armed force.
const unknownAttacker = "UAF"

// weapon reports whether token h is military equipment the catalogue
// found (not a unit or personnel, which the lexicon's agents cover).
func (x *doc) weapon(h int) bool {
	for _, f := range x.in.Forces {
		if h >= f.First && h < f.End && !f.Personnel {
			return true
		}
	}
	return false
}

// force reports whether token h is military equipment or personnel that
// the catalogue found.
func (x *doc) force(h int) bool {
	for _, f := range x.in.Forces {
		if h >= f.First && h < f.End {
			return true
		}
	}
	return false
}

// attackNouns name attacks and munitions. Accidents kill too, so
// "explosion", "fire" and "mine" are not among them.
var attackNouns = map[string]bool{"bomb": true, "bombing": true, "airstrike": true, "shelling": true,
	"shell": true, "rocket": true, "mortar": true, "missile": true, "landmine": true, "ied": true,
	"grenade": true, "raid": true, "strike": true, "ambush": true, "attack": true, "gunfire": true, "sniper": true}

// bodyBack returns the organisation that "the group" or "the
// organisation" at h refers back to: the last one named in its sentence
// or the two before, or -1.
func (x *doc) bodyBack(h int) int {
	if h < 1 || !backBodies[x.lemma(h)] || x.d.Lower(h-1) != "the" {
		return -1
	}
	first := x.d.Sentences[max(0, x.d.SentenceOf(h)-2)].First
	for k := h - 2; k >= first; k-- {
		a := x.actorAt[k]
		if a < 0 {
			continue
		}
		if ac := x.actors[a]; ac.Entity != "" && !ac.Person && !ac.Place && ac.Code != ac.Country {
			return int(a)
		}
	}
	return -1
}

// backBodies are the nouns that refer back to an organisation named
// before.
var backBodies = map[string]bool{"group": true, "organisation": true, "organization": true, "charity": true, "watchdog": true}

// kin are the relatives a possessive names: the possessor is someone
// else.
var kin = map[string]bool{"father": true, "mother": true, "son": true, "daughter": true, "wife": true,
	"husband": true, "brother": true, "sister": true, "uncle": true, "cousin": true, "widow": true,
	"family": true, "relative": true, "grandfather": true, "nephew": true}

// groupNouns count or gather the actor of their "of" phrase.
var groupNouns = map[string]bool{"ten": true, "tens": true, "hundred": true, "hundreds": true, "thousand": true,
	"thousands": true, "dozen": true, "dozens": true, "million": true, "millions": true, "group": true,
	"number": true, "crowd": true, "band": true, "member": true, "one": true, "some": true, "many": true,
	"most": true, "all": true, "several": true, "delegation": true, "team": true, "unit": true, "part": true,
	"parts": true}

// coordinatedAppos reports whether the parser made an appositive of a
// phrase that "and" opens: in "pledged aid, and China and Iran sent
// flights", China is no name for the aid.
func (x *doc) coordinatedAppos(j int) bool {
	return x.syn.Tokens[j].Rel == syntax.Appos && x.childWith(j, syntax.Cc) >= 0
}

// childActor returns the actor of the first child of h with one of rels.
func (x *doc) childActor(h int, rels ...syntax.Rel) int {
	for _, j32 := range x.kids[h] {
		j := int(j32)
		if hasRel(x.syn.Tokens[j].Rel, rels) && x.actorAt[j] >= 0 && !x.coordinatedAppos(j) {
			return int(x.actorAt[j])
		}
	}
	return -1
}

// firstSector returns the first three letters of the sectors of a code:
// GOV of GOVMIL, a defence ministry.
func firstSector(sectors string) string { return sectors[:min(3, len(sectors))] }

// stateSectors are the agents of a state.
var stateSectors = map[string]bool{"GOV": true, "MIL": true, "COP": true, "JUD": true, "LEG": true, "SPY": true}

// domesticSectors are the sectors of agents that a story names without a
// country because they are its country's own: its state, and its
// opposition, civilians, people, rebels, criminals, workers, students,
// doctors and press. Refugees and unidentified attackers often come from
// elsewhere.
var domesticSectors = map[string]bool{"GOV": true, "MIL": true, "COP": true, "JUD": true, "LEG": true,
	"SPY": true, "OPP": true, "CVL": true, "REB": true, "INS": true, "CRM": true, "SEP": true, "LAB": true,
	"EDU": true, "HLH": true, "MED": true, "BUS": true, "AGR": true, "ELI": true, "PPL": true}

// withSector returns an actor for country actor c with the sector of
// agent a: SYR and "army" give SYRMIL.
func (x *doc) withSector(c, a int) int {
	ac := x.actors[c]
	n := Actor{First: x.actors[a].First, End: x.actors[a].End, Name: ac.Name + " " + x.actors[a].Name,
		Code: ac.Country + x.actors[a].Code, Country: ac.Country}
	x.actors = append(x.actors, n)
	for t := n.First; t < n.End; t++ {
		x.actorAt[t] = int32(len(x.actors) - 1) // "defence ministry" is Russia's from now on
	}
	return len(x.actors) - 1
}

// pronoun resolves a personal pronoun subject to the speaker the quote
// stage found for it, or else to the last source, the salient actor of
// the text so far.
// previousPerson returns the person the text named last before token h,
// in its sentence or the one before, or -1.
func (x *doc) previousPerson(h int) int {
	si := x.d.SentenceOf(h)
	for a := len(x.actors) - 1; a >= 0; a-- {
		ac := x.actors[a]
		if !ac.Person || ac.End > h || ac.Entity == "" {
			continue
		}
		if s := x.d.SentenceOf(ac.First); s >= si-1 {
			return a
		}
	}
	return -1
}

func (x *doc) pronoun(h int) int {
	w := x.d.Lower(h)
	switch w {
	case "he", "she", "they", "it":
	case "his", "him":
		w = "he"
	case "her":
		w = "she"
	case "their", "them":
		w = "they"
	case "its":
		w = "it"
	case "we", "our", "us":
		return x.quotedSpeaker(h) // "We urge the Indian side ...," Li said.
	default:
		return -1
	}
	if hd := x.head(h); w == "they" && x.caseOf(h) == "of" && hd >= 0 && x.syn.Tokens[hd].UPOS == syntax.NUM {
		return -1 // "21 of them had crossed": a count of things told before, not the speaker
	}
	if a := x.speakerAt(h); a >= 0 {
		return a
	}
	if a, s := x.reportingSubject(h); a >= 0 && (w == "he" || w == "she") == (x.actors[a].Person || x.personNoun(s)) {
		return a // "NATO confirmed it would tighten the blockade"
	}
	if a := x.reporterAcross(h); w == "it" && a >= 0 && !x.actors[a].Person {
		// "North Korea said South Korean drones had flown over
		// Pyongyang ..., and it ordered artillery units ...": not the
		// drones.
		return a
	}
	if w == "it" || w == "they" {
		if a := x.previousSubject(h); a >= 0 {
			return a
		}
	}
	if w == "he" || w == "she" {
		if a := x.previousPerson(h); a >= 0 && (len(x.last) != 1 || !x.actors[x.last[0]].Person) {
			return a // "what spokeswoman Maria Zakharova called ... She demanded their release"
		}
	}
	if len(x.last) != 1 {
		return -1
	}
	// "it" and "they" stand for things as often as for actors: only an
	// actor of the same sentence is taken ("Nigeria announced that it
	// will withdraw").
	if (w == "it" || w == "they") && x.lastSentence != x.d.SentenceOf(h) {
		return -1
	}
	if (w == "he" || w == "she") != x.actors[x.last[0]].Person {
		return -1 // "she" is no body of officers, "it" or "they" no one person
	}
	return x.last[0]
}

// personNoun reports whether token s is a singular noun that names one
// person: "the rebel leader", "the army commander", not "the army".
func (x *doc) personNoun(s int) bool {
	if x.syn.XPOS(s) != "NN" {
		return false
	}
	if x.lex.AgentPerson(x.d.Lower(s)) {
		return true
	}
	k := s - 1
	return k >= 0 && x.head(k) == s && x.lex.AgentPerson(x.d.Key(k, s+1))
}

// reportingSubject returns the one actor that is the subject of the
// verb whose complement clause pronoun h, or the subject h is the
// possessive of, is the subject of, and that subject's token, or -1, -1.
func (x *doc) reportingSubject(h int) (int, int) {
	if x.syn.Tokens[h].Rel == syntax.NmodPoss {
		h = x.head(h) // "the rebel leader said his fighters had attacked": the subject's
	}
	if h < 0 {
		return -1, -1
	}
	v := x.head(h)
	if v < 0 || x.syn.Tokens[h].Rel != syntax.Nsubj || x.syn.Tokens[v].Rel != syntax.Ccomp {
		return -1, -1
	}
	s := x.childWith(x.head(v), syntax.Nsubj)
	if s < 0 || x.syn.Tokens[s].UPOS == syntax.PRON {
		return -1, -1
	}
	if as := x.actorsOf(s); len(as) == 1 {
		return as[0], s
	}
	return -1, -1
}

// reporterAcross returns the one actor that is the subject of the verb
// of saying whose reported clause, told of a plural subject, the clause
// of subject h is coordinated with, or -1.
func (x *doc) reporterAcross(h int) int {
	v := x.head(h)
	if v < 0 || x.syn.Tokens[h].Rel != syntax.Nsubj || x.syn.Tokens[v].Rel != syntax.Conj {
		return -1
	}
	c := x.head(v)
	if c < 0 || x.syn.Tokens[c].Rel != syntax.Ccomp || !sayVerbs[x.lemma(x.head(c))] {
		return -1
	}
	if s := x.childWith(c, syntax.Nsubj, syntax.NsubjPass); s < 0 || x.syn.Tokens[s].XPOS.String() != "NNS" {
		return -1
	}
	if as := x.actorsOf(x.childWith(x.head(c), syntax.Nsubj)); len(as) == 1 {
		return as[0]
	}
	return -1
}

// previousSubject returns, for an "it" or "they" that opens a sentence,
// the one actor that is the subject of the sentence before: "Russia's
// defence ministry said ... It thanked the UAE". It returns -1 otherwise.
func (x *doc) previousSubject(h int) int {
	s := x.d.SentenceOf(h)
	if s < 1 || x.d.Sentences[s].First != h {
		return -1
	}
	prev := x.d.Sentences[s-1]
	for v := prev.First; v < prev.End; v++ {
		if x.head(v) >= 0 {
			continue
		}
		as := x.actorsOf(x.childWith(v, syntax.Nsubj))
		if len(as) == 1 && !x.actors[as[0]].Person {
			return as[0]
		}
	}
	return -1
}

// speakerAt returns the actor of the quote whose speaker token h names,
// as the quote stage resolved it ("He" for the Pentagon), or -1.
// quotedSpeaker returns the actor of the speaker whose direct quote holds
// token h, or -1: "we" in a quote is the speaker's side.
func (x *doc) quotedSpeaker(h int) int {
	at := x.d.Tokens[h].Start
	for _, q := range x.in.Quotes {
		if !q.Direct || q.Speaker == "" || at < q.Text.Start || at >= q.Text.End {
			continue
		}
		for i, a := range x.actors {
			if a.Entity == q.Speaker {
				return i
			}
		}
	}
	return -1
}

func (x *doc) speakerAt(h int) int {
	at := x.d.Tokens[h].Start
	for _, q := range x.in.Quotes {
		if q.SpeakerAs == nil || q.Speaker == "" || at < q.SpeakerAs.Start || at >= q.SpeakerAs.End {
			continue
		}
		for i, a := range x.actors {
			if a.Entity == q.Speaker {
				return i
			}
		}
	}
	return -1
}

// ownCountry resolves "his country" and "their government" to the
// country of the person the sentence names before it.
func (x *doc) ownCountry(h int) int {
	switch x.lemma(h) {
	case "country", "government", "nation":
	default:
		return -1
	}
	p := x.childWith(h, syntax.NmodPoss)
	if p < 0 || x.syn.Tokens[p].UPOS != syntax.PRON {
		return -1
	}
	s := x.d.Sentences[x.d.SentenceOf(h)]
	for j := h - 1; j >= s.First; j-- {
		a := x.actorAt[j]
		if a < 0 || !x.actors[a].Person || x.actors[a].Country == "" {
			continue
		}
		return x.countryActor(x.actors[a].Country, h)
	}
	return -1
}

// countryActor returns an actor for a country code at token h, reusing
// the document's entity of that country when there is one.
func (x *doc) countryActor(code string, h int) int {
	for _, a := range x.actors {
		if a.Code == code && a.Country == code && a.Entity != "" {
			c := a
			c.First, c.End = h, h+1
			x.actors = append(x.actors, c)
			return len(x.actors) - 1
		}
	}
	x.actors = append(x.actors, Actor{First: h, End: h + 1, Name: code, Code: code, Country: code})
	return len(x.actors) - 1
}

// lemma returns the lower-case lemma of token i.
func (x *doc) lemma(i int) string {
	if x.lemmas[i] == "" {
		x.lemmas[i] = text.Fold(x.syn.Lemma(i))
	}
	return x.lemmas[i]
}
