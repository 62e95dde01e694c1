package asset

import (
	"slices"
	"strings"

	"sitrep/internal/equipment"
	"sitrep/internal/ner"
	"sitrep/internal/report"
	"sitrep/internal/text"
)

// owner returns the index in l.Entities of the owner of candidate i, or
// -1, by the rules of the package comment: first what the mention's own
// words and links say, then its clause, then the story.
func (s *scene) owner(i int) int {
	if e, ok := s.declared(i); ok {
		return e
	}
	if e := s.mission(i); e >= 0 && !(s.lost(i) && s.status[i] != equipment.StatusDamaged) && !s.stateAgent(i, e) {
		// "three armoured vehicles" of the peacekeepers: the mission's,
		// not the island's; what they destroyed or seized is the other
		// side's, but a shell "damaging one armoured personnel carrier"
		// at their base damaged theirs.
		return e
	}
	if e, ok := s.seizedFrom(i); ok {
		return e // "seized three armoured vehicles from the escort": the escort's
	}
	exclude := map[int]bool{}
	if e, lost, ok := s.byAgent(i); ok && !lost {
		return e // "14 drones launched by the Rapid Support Forces"
	} else if ok {
		exclude[e] = true // "two jets shot down by Ukraine"
	}
	agent, observer, found := s.agent(i)
	switch {
	case !found:
	case observer:
		exclude[agent] = true // "the USA has spotted half a dozen howitzers"
	case s.lost(i) && s.homeGrownFoe(agent):
		return agent // "the troops seized 12 rifles" from the country's own insurgents: its
	case s.lost(i) && s.policeSeizure(i, agent):
		return s.byCode[s.l.Home] // "police found 14 AK-47 rifles at the general's farm": the country's
	case s.lost(i):
		exclude[agent] = true // "its troops destroyed a Bradley": the other side's
	default:
		return agent // -1 for a subject no state owns: "rebels fired"
	}
	s.excludeAttackers(i, exclude)
	if e := s.speakersForces(i); e >= 0 && !exclude[e] {
		return e // "Egyptian security sources said the army had sent about 200 soldiers"
	}
	if e := s.previousOwner(i, exclude); e >= 0 {
		return e
	}
	if q := s.quote[i]; q != nil {
		if e := s.claimActor(q, exclude); e >= 0 {
			return e
		}
	}
	if s.status[i] != equipment.StatusFired {
		// What was not fired stands on its country's ground ("frigates
		// moored at Novorossiysk"), else is the story's country's, though
		// a foreign one is named more ("Canberra offered help"); what was
		// fired is the attacker's.
		if e := s.groundOwner(i); e >= 0 && !exclude[e] {
			return e
		}
		if e, ok := s.byCode[s.l.Home]; ok && s.l.Home != "" && !exclude[e] {
			return e
		}
	}
	return s.mostMentioned(exclude, s.cands[i].Mention.Maker)
}

// excludeAttackers excludes, for an air defence, the owners the text
// gives the weapons fired in its sentence or the one before: "Russia
// struck the plant with drones and cruise missiles ... air defences shot
// down 61 of 74 drones" are the defender's, not the attacker's. An owner
// the story only implied ("Drones struck ...") is not excluded.
func (s *scene) excludeAttackers(i int, exclude map[int]bool) {
	if s.cands[i].Mention.Kind != airDefence {
		return
	}
	for j := i - 1; j >= 0 && s.cands[j].Sentence >= s.cands[i].Sentence-1; j-- {
		e := s.ownerOf[j]
		if e < 0 || s.status[j] != equipment.StatusFired || s.cands[j].Mention.Kind == airDefence {
			continue
		}
		if d, ok := s.declared(j); ok && d == e {
			exclude[e] = true
		} else if a, observer, found := s.agent(j); found && !observer && a == e {
			exclude[e] = true
		}
	}
}

const airDefence = "air_defence"

// stateAgent reports whether the peacekeepers come after candidate i in
// its sentence and the subject of its clause is an actor other than
// mission e and no international body: "Kosovo police fired tear gas …,
// and NATO-led peacekeepers moved in" fired the police's, where "…
// escorted two bulldozers into the zone, where peacekeepers had parked
// four armoured vehicles" parked the mission's.
func (s *scene) stateAgent(i, e int) bool {
	c := &s.cands[i]
	for k := s.d.Sentences[c.Sentence].First; k < c.First; k++ {
		if strings.HasPrefix(s.d.Lower(k), "peacekeep") {
			return false
		}
	}
	agent, observer, found := s.agent(i)
	return found && !observer && agent >= 0 && agent != e && !strings.HasPrefix(s.l.Entities[agent].Code, "IGO")
}

// homeGrownFoe reports whether entity e is the story's country and the
// story is of a civil war: what its forces seize or destroy is the armed
// group's, and an insurgent's arms count as its country's, not a foreign
// country's that the story also names.
func (s *scene) homeGrownFoe(e int) bool {
	return e >= 0 && s.l.Home != "" && s.l.Entities[e].Code == s.l.Home && s.civilWar(true)
}

// policeSeizure reports whether the police of the story's country
// seized candidate i in a sentence that names no foreign country: arms
// found on suspects are held in the country, not a foreign side's.
func (s *scene) policeSeizure(i, e int) bool {
	home, ok := s.byCode[s.l.Home]
	if !ok || s.status[i] != equipment.StatusSeized || e != home && !s.homePolice(e) || s.foreignIn(s.cands[i].Sentence) {
		return false // "detained 17 Brazilian gold miners and seized six boats": the foreigners'
	}
	if q := s.quote[i]; q != nil && e == home {
		// "police said they had found 14 AK-47 rifles"
		return s.homePolice(slices.IndexFunc(s.l.Entities, func(x report.Entity) bool { return x.ID == q.Speaker }))
	}
	return s.homePolice(e)
}

// homePolice reports whether entity e is a police force of the story's
// country.
func (s *scene) homePolice(e int) bool {
	return e >= 0 && s.l.Entities[e].Country == s.l.Home && strings.HasSuffix(s.l.Entities[e].Code, "COP")
}

// civilWar reports whether the story names an armed group of no other
// country than its own; with international, a group of no country that
// fights across borders (Islamic State, IMG codes) counts too.
func (s *scene) civilWar(international bool) bool {
	for _, x := range s.l.Entities {
		if x.Kind != report.KindArmedGroup || x.Country != "" && x.Country != s.l.Home {
			continue
		}
		if international || x.Country != "" || !strings.HasPrefix(x.Code, "IMG") {
			return true
		}
	}
	return false
}

// seizedFrom returns the owner that a seizure names after "from" in
// candidate i's clause: an actor ("took rifles from the Malian army"), or
// a force named by its kind ("from the escort", "from soldiers"), the
// story's country's.
func (s *scene) seizedFrom(i int) (int, bool) {
	c := &s.cands[i]
	if s.status[i] != equipment.StatusSeized {
		return -1, false
	}
	end := s.d.Sentences[c.Sentence].End
	for k := c.Mention.End; k < end && k < c.Mention.End+24; k++ { // "19 AK-47 rifles, a ... launcher and a crate of hand grenades that the attackers had taken from"
		if w := s.d.Word(k); w == ";" || w == ":" || w == "(" {
			break
		}
		if s.d.Lower(k) != "from" || k+1 >= end {
			continue
		}
		j := k + 1
		if s.d.Lower(j) == "the" || s.d.Lower(j) == "an" || s.d.Lower(j) == "a" {
			j++
		}
		if e := s.actorAt(j); e >= 0 {
			return e, true
		}
		if j < end && heldBy[s.d.Lower(j)] {
			return s.forceOwner("army"), true
		}
		return -1, false
	}
	return -1, false
}

// heldBy are the forces named by their kind that a seizure takes arms
// from: the state's, unless the text names another owner, its mutineers
// and deserters included.
var heldBy = text.SetOf("escort", "army", "soldiers", "troops", "police", "garrison", "guards", "military",
	"security", "gendarmes", "policemen", "post", "base", "barracks", "convoy", "mutineers", "mutinous",
	"deserters", "renegade", "armoury", "armory", "arsenal")

// mission returns the international body whose peacekeepers the
// sentence of candidate i tells of, named in it or in the three before,
// or -1: a contingent's troops and vehicles serve the mission.
func (s *scene) mission(i int) int {
	c := &s.cands[i]
	sent := s.d.Sentences[c.Sentence]
	peace := false
	for k := sent.First; k < sent.End && !peace; k++ {
		// "the mission's company base": the mission's own
		peace = strings.HasPrefix(s.d.Lower(k), "peacekeep") || s.d.Lower(k) == "mission" && k+1 < sent.End && isPossessive(s.d.Word(k+1)) ||
			s.d.Lower(k) == "blue" && k+1 < sent.End && s.d.Lower(k+1) == "helmets"
	}
	if !peace {
		return -1
	}
	best, at := -1, -1
	for e, en := range s.l.Entities {
		if !strings.HasPrefix(en.Code, "IGO") || en.Kind == report.KindPerson {
			continue // the mission, not its spokesman
		}
		for _, m := range en.Mentions {
			if m.Sentence <= c.Sentence && m.Sentence >= c.Sentence-3 && m.Start > at {
				best, at = e, m.Start
			}
		}
	}
	return best
}

// declared returns the owner that the mention's own words say (its
// nationality, its side, "its" of the speaker) or that it shares with the
// mention it is coordinated with or takes up; ok is false when they say
// nothing. Rebels and militants belong to no state.
func (s *scene) declared(i int) (entity int, ok bool) {
	c := &s.cands[i]
	if e := s.actorAt(c.NationalityTok); e >= 0 {
		return e, true // the actor layer reads "North Korean" whole
	}
	if e, ok := s.byCode[c.NationalityCode]; ok {
		return e, true
	}
	if e := s.adjacentActor(c); e >= 0 {
		return e, true // "three Houthi naval drones"
	}
	if k := c.First - 1; k > 0 && (s.d.Lower(k) == "'s" || s.d.Lower(k) == "’s") {
		if e := s.actorAt(k - 1); e >= 0 {
			return e, true // "the RAF's nine P-8 Poseidon aircraft"
		}
	}
	if e := s.ofActor(i); e >= 0 {
		return e, true // "more than 200 troops of China's People's Liberation Army"
	}
	if e := s.sharedOf(i); e >= 0 {
		return e, true // "About 40 police officers and soldiers of the Namibian Defence Force"
	}
	switch c.Force {
	case "":
	case "rebel", "militia":
		return -1, true
	default:
		if e := s.sameSentenceOwner(i); e >= 0 {
			return e, true // "Venezuelan soldiers had arrived ... and six navy patrol boats"
		}
		return s.forceOwner(c.Force), true
	}
	if c.Conj >= 0 && s.ownerOf[c.Conj] >= 0 {
		return s.ownerOf[c.Conj], true
	}
	if a := s.antecedent(i); a >= 0 && s.ownerOf[a] >= 0 {
		return s.ownerOf[a], true
	}
	if q := s.quote[i]; q != nil && s.ownPronoun(c) {
		if e := s.speaker(q); e >= 0 {
			return e, true // "Ukraine's intelligence said five of its drones"
		}
	}
	return -1, c.Mention.Model == "militiamen"
}

// ownPronoun reports whether a possessive pronoun of the speaker stands
// in the candidate's words: "five of its Magura naval drones".
func (s *scene) ownPronoun(c *equipment.Candidate) bool {
	for k := c.First; k < c.Mention.First; k++ {
		if w := s.d.Lower(k); w == "its" || w == "our" {
			return true
		}
	}
	return false
}

// lost reports whether what happened to candidate i, by a verb before
// it, took it from its owner: destroyed, damaged or seized.
func (s *scene) lost(i int) bool {
	switch s.status[i] {
	case equipment.StatusDestroyed, equipment.StatusDamaged, equipment.StatusSeized:
		return s.cue[i].End > s.cue[i].Start && s.cue[i].End <= s.cands[i].Mention.Span.Start
	}
	return false
}

// byAgent returns the actor of a participle after candidate i and the
// mentions coordinated with it: "15 drones and two cruise missiles
// launched by Yemen's Houthi movement". lost is true when the participle
// says it was destroyed, damaged or seized, so the actor is the other
// side.
func (s *scene) byAgent(i int) (entity int, lost, ok bool) {
	c := &s.cands[i]
	d := s.d
	end := d.Sentences[c.Sentence].End
	k := c.End
	for k < end {
		if j, ok := s.candAt[k]; ok && s.chained(i, j) {
			k = s.cands[j].End
			continue
		}
		if joiners[d.Lower(k)] && k+1 < end && s.chainAt(i, k+1) {
			k++
			continue
		}
		break
	}
	if k+1 >= end || d.Lower(k+1) != "by" || !participle(d.Lower(k)) {
		return -1, false, false
	}
	entity = -1
	for _, u := range s.actors {
		if u.first <= k+1 || u.first > k+5 || s.inCandidate(u.first) {
			continue
		}
		entity = u.entity
		if u.end >= end || !isPossessive(d.Word(u.end)) {
			break // else "Yemen's Houthi movement": the group, not the country
		}
	}
	if entity < 0 {
		return -1, false, false
	}
	switch equipment.CueStatus(d.Lower(k)) {
	case equipment.StatusDestroyed, equipment.StatusDamaged, equipment.StatusSeized:
		return entity, true, true
	}
	return entity, false, true
}

// participle reports whether a word looks like a past participle.
func participle(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || equipment.CueStatus(w) != ""
}

// actorAt returns the owner entity of the actor mention that holds token
// k, or -1.
func (s *scene) actorAt(k int) int {
	if u := s.useAt(k); u != nil {
		return u.entity
	}
	return -1
}

// useAt returns the actor mention that holds token k, or nil.
func (s *scene) useAt(k int) *actorUse {
	for i := range s.actors {
		if u := &s.actors[i]; u.first <= k && k < u.end {
			return u
		}
	}
	return nil
}

// speakersForces returns the speaker's country when the words a quote
// reports before candidate i name a force by its kind alone ("the army
// had sent", "our troops"), or the candidate is such a force that was
// not lost: a state's sources speak of its own forces.
func (s *scene) speakersForces(i int) int {
	q := s.quote[i]
	if q == nil {
		return -1
	}
	c := &s.cands[i]
	first := max(s.d.TokenAt(q.Text.Start), s.d.Sentences[c.Sentence].First)
	if first <= c.First && bareForces[s.d.Lower(first)] {
		return s.speaker(q) // "the army spokesman said troops backed by two Mi-35 gunships"
	}
	for k := first; k+1 < c.First; k++ {
		if ownForceWords[s.d.Lower(k)] && bareForces[s.d.Lower(k+1)] {
			return s.speaker(q)
		}
	}
	if e := s.speaker(q); e >= 0 && s.l.Entities[e].Kind == report.KindCountry && !s.lost(i) &&
		s.status[i] != equipment.StatusFired && (bareForces[s.d.Lower(c.End-1)] || platforms[c.Mention.Kind] && s.status[i] != equipment.StatusAbsent && s.militarySource(q)) &&
		!s.namesActor(c.First, c.End) && !definite(s, c) {
		// "An Indian army officer said no additional troops had been
		// sent": a state's source speaks of its own troops, unnamed;
		// "the troops" are those named before
		return e
	}
	return -1
}

// namesActor reports whether an actor is named among tokens [first, end):
// "dozens of Uzbek border troops".
func (s *scene) namesActor(first, end int) bool {
	for k := first; k < end; k++ {
		if s.actorAt(k) >= 0 {
			return true
		}
	}
	return false
}

// militarySource reports whether the speaker of quote q serves a state's
// military: "navy spokesman Cmdr. X said two fast attack craft took part"
// speaks of the navy's own craft.
func (s *scene) militarySource(q *report.Quote) bool {
	for _, e := range s.l.Entities {
		if e.ID == q.Speaker {
			return strings.HasSuffix(e.Code, "MIL")
		}
	}
	return false
}

var (
	// platforms are the kinds a state's forces field and a military
	// source names without saying whose.
	platforms = text.SetOf("warship", "boat", "helicopter", "combat_aircraft", "apc", "ifv", "tank",
		"transport_aircraft", "submarine", "surveillance_aircraft", "armoured_car")
	ownForceWords = map[string]bool{"the": true, "our": true, "its": true}
	bareForces    = map[string]bool{"army": true, "military": true, "navy": true, "troops": true, "forces": true, "marines": true,
		"police": true}
)

// ofActor returns the actor named in an "of" phrase right after the
// mention ("troops of the Nigerian army", "soldiers of China's
// People's Liberation Army"), or in a "from" phrase after people or
// after what flew in ("a drone that flew in from Russia"), or -1.
func (s *scene) ofActor(i int) int {
	c := &s.cands[i]
	k := c.End
	if k+1 >= len(s.d.Tokens) || s.d.SentenceOf(k) != c.Sentence {
		return -1
	}
	// "about 40 soldiers from the national army": people come from the
	// force they serve in; arms "from Iran" only came from there, and
	// "reserve troops from Austria" for a mission may serve in it.
	flown := flyers[kindOf(c.Mention)] && s.status[i] == equipment.StatusFired
	if flown {
		// "a military drone that flew in from Russia" is Russia's
		for j := k; j < len(s.d.Tokens) && j < k+5 && s.d.SentenceOf(j) == c.Sentence && s.d.Word(j) != ","; j++ {
			if s.d.Lower(j) == "from" {
				k = j
				break
			}
		}
	}
	from := s.d.Lower(k) == "from"
	if !from && s.d.Lower(k) != "of" || from && kindOf(c.Mention) != "personnel" && !flown {
		return -1
	}
	k++
	if s.d.Lower(k) == "the" {
		k++
	}
	if u := s.useAt(k); u != nil && !(from && u.country && !flown) {
		return u.entity
	}
	return -1
}

// sharedOf returns the actor of the "of" phrase after the people
// coordinated right after candidate i, which names the force both serve
// in: "About 40 police officers and soldiers of the Namibian Defence
// Force"; or -1.
func (s *scene) sharedOf(i int) int {
	if i+1 >= len(s.cands) || s.cands[i+1].Conj != i || kindOf(s.cands[i].Mention) != "personnel" {
		return -1
	}
	return s.ofActor(i + 1)
}

// flyers are the kinds that come from a country under their own power.
var flyers = map[string]bool{"drone": true, "missile": true, "rocket": true, "combat_aircraft": true,
	"loitering_munition": true, "helicopter": true}

// adjacentActor returns the actor named right before the mention, after
// its count, when the nationality rule knew no code for it: an armed
// group ("Houthi naval drones") or an organisation's country.
func (s *scene) adjacentActor(c *equipment.Candidate) int {
	for _, u := range s.actors {
		if u.sentence != c.Sentence {
			continue
		}
		// "at a U.N. helicopter": the preposition is the helicopter's
		modifies := u.end == c.Mention.First && (u.first >= c.First || s.counted(u.first) || u.first > 0 && determiners[s.d.Lower(u.first-1)])
		if u.locative && !modifies {
			continue
		}
		if modifies ||
			u.end+1 == c.Mention.First && ner.Registered(s.d.Lower(u.end-1)) {
			return u.entity // "a Chinese-flagged squid fishing boat"
		}
	}
	return -1
}

// counted reports whether a count stands right before token k, so that
// the name from k on is the owner's in a count of equipment: "Four Air
// Self-Defense Force F-15 fighters".
func (s *scene) counted(k int) bool {
	return k > 0 && (s.d.Tokens[k-1].Kind == text.Number || text.NumberWord(s.d.Lower(k-1)))
}

// forceOwner resolves "army", "government", "navy" without a nationality
// to the story's country, else to the country whose armed forces or
// government the document names, else to its most named country.
func (s *scene) forceOwner(force string) int {
	if e, ok := s.byCode[s.l.Home]; ok && s.l.Home != "" {
		return e // "four army helicopters" of a story about Indonesia, whoever else sent planes
	}
	sector := "MIL"
	if force == "government" || force == "regime" || force == "junta" {
		sector = "GOV"
	}
	best, bestN := -1, 0
	for _, e := range s.l.Entities {
		if e.Kind != report.KindOrganization || !strings.HasSuffix(e.Code, sector) {
			continue
		}
		if o, ok := s.byCode[e.Country]; ok && len(e.Mentions) > bestN {
			best, bestN = o, len(e.Mentions)
		}
	}
	if best >= 0 {
		return best
	}
	return s.mostMentioned(nil, "")
}

// agent returns the owner of the subject of the clause that holds
// candidate i: the nearest actor, earlier mention of equipment or troops,
// or pronoun for the quote's speaker, that stands where a subject stands
// (not after a verb or a preposition, not inside a relative clause) before
// it in its clause, which starts at its quote if one holds it. Of
// coordinated subjects the first counts ("about 300 government troops and
// Russian fighters had advanced ... with dozens of vehicles"). found is
// false when the clause shows no subject; observer is true when the
// subject only saw or reported it ("the USA has spotted").
func (s *scene) agent(i int) (entity int, observer, found bool) {
	c := &s.cands[i]
	from := s.d.Sentences[c.Sentence].First
	q := s.quote[i]
	if q != nil {
		from = max(from, s.d.TokenAt(q.Text.Start))
	}
	for k := c.First - 1; k > from; k-- {
		if s.d.Lower(k) == "that" {
			from = k + 1 // "its radars tracked three drones and that two F-16s took off": a clause of its own
			break
		}
	}
	var subs []subject
	add := func(first, end, entity int) {
		if first >= from && end <= c.First && s.subjectLike(from, first) && !s.inRelative(from, first) {
			subs = append(subs, subject{first, end, entity})
		}
	}
	for _, u := range s.actors {
		if u.sentence == c.Sentence && !u.locative && !s.covered(i, u) && !ner.Registered(s.d.Lower(u.end-1)) {
			add(u.first, u.end, u.entity)
		}
	}
	for j := i - 1; j >= 0 && s.cands[j].Sentence == c.Sentence; j-- {
		if !s.flagged(j) {
			add(s.cands[j].First, s.cands[j].End, s.ownerOf[j])
		}
	}
	if q != nil {
		for k := from; k < c.First; k++ {
			if pronouns[s.d.Lower(k)] {
				add(k, k+1, s.speaker(q))
			}
		}
	}
	if len(subs) == 0 {
		return -1, false, false
	}
	slices.SortFunc(subs, func(a, b subject) int { return a.first - b.first })
	n := len(subs) - 1
	for n > 0 {
		k := s.skipDeterminers(subs[n].first, subs[n-1].end)
		if k != subs[n-1].end+1 || !joiners[s.d.Lower(k-1)] {
			break
		}
		n--
	}
	return subs[n].entity, s.perceives(subs[n].end, c.First) && !s.clauseJoined(subs[n].end, c.First), true
}

// clauseJoined reports whether ", and" or ", but" opens a clause between
// tokens from and to: a verb of seeing after it is another subject's
// ("Soldiers arrived, and witnesses counted four army trucks"), and one
// before it saw something else ("The coast guard spotted the boat, and two
// interceptors chased it").
func (s *scene) clauseJoined(from, to int) bool {
	for k := from + 1; k < to; k++ {
		if s.d.Word(k-1) == "," && (s.d.Lower(k) == "and" || s.d.Lower(k) == "but") {
			return true
		}
	}
	return false
}

var pronouns = map[string]bool{"it": true, "its": true, "they": true, "their": true, "we": true, "our": true}

// covered reports whether an actor mention lies in the words of a
// candidate before i: the candidate stands for it as a subject.
func (s *scene) covered(i int, u actorUse) bool {
	for j := i - 1; j >= 0 && s.cands[j].Sentence == u.sentence; j-- {
		if s.cands[j].First <= u.first && u.end <= s.cands[j].End {
			return true
		}
	}
	return false
}

// subject is a possible subject of a clause, with the entity that owns it.
type subject struct{ first, end, entity int }

var joiners = map[string]bool{"and": true, ",": true, "or": true}

// subjectLike reports whether the noun phrase at token k stands where a
// subject stands: at the start of its clause, after punctuation, a
// conjunction, a determiner or a reporting word, not after a verb.
func (s *scene) subjectLike(from, k int) bool {
	if k = s.skipDeterminers(k, from); k == from {
		return true
	}
	if s.d.Tokens[k-1].Kind == text.Punct && !isPossessive(s.d.Word(k-1)) {
		return true
	}
	return beforeSubject[s.d.Lower(k-1)]
}

// skipDeterminers returns the first token of the determiners right
// before token k, not before floor: "a" of "a Malian army Mi-24".
func (s *scene) skipDeterminers(k, floor int) int {
	for k > floor && determiners[s.d.Lower(k-1)] {
		k--
	}
	return k
}

var determiners = map[string]bool{"a": true, "an": true, "the": true, "its": true, "their": true, "his": true,
	"her": true, "our": true, "this": true, "these": true, "those": true}

var beforeSubject = map[string]bool{
	"that": true, "and": true, "but": true, "while": true, "when": true, "after": true, "before": true,
	"because": true, "as": true, "then": true, "also": true,
	"saying": true, "said": true, "says": true, "since": true, "although": true, "whereas": true, "if": true,
}

// speaker returns the owner entity of a quote's speaker, or -1.
func (s *scene) speaker(q *report.Quote) int {
	if s.militant(q) {
		return -1
	}
	if q.Speaker != "" {
		for i, e := range s.l.Entities {
			if e.ID != q.Speaker {
				continue
			}
			switch e.Kind {
			case report.KindCountry, report.KindArmedGroup:
				return i
			case report.KindOrganization:
				if o, ok := s.byCode[e.Country]; ok {
					return o
				}
			}
		}
	}
	if e, ok := s.byCode[q.Affiliation]; ok {
		return e
	}
	return -1
}

// militant reports whether the speaker is named as a non-state armed
// group: "rebels in northern Mali".
func (s *scene) militant(q *report.Quote) bool {
	if q.SpeakerAs == nil {
		return false
	}
	for _, c := range s.cands {
		if c.Mention.Model == "militiamen" && q.SpeakerAs.Start <= c.Mention.Span.Start && c.Mention.Span.End <= q.SpeakerAs.End {
			return true
		}
	}
	return false
}

// inRelative reports whether token k lies in a relative clause opened
// after from and not closed before k: "The Netherlands, which is paying
// for part of the German package, said".
func (s *scene) inRelative(from, k int) bool {
	open := false
	for j := from; j < k; j++ {
		switch w := s.d.Lower(j); {
		case w == "," && j+1 < k && relativeWords[s.d.Lower(j+1)]:
			open = true
			j++
		case w == "," && !(open && s.d.Tokens[j+1].Cap):
			open = false // a comma before a name goes on with a list: ", which borders Ukraine, Belarus and ..."
		}
	}
	return open
}

// perceives reports whether a verb of seeing or reporting lies in tokens
// [from, to): its subject observed the asset rather than owning it.
func (s *scene) perceives(from, to int) bool {
	for k := from; k < to; k++ {
		if perception[s.d.Lower(k)] {
			return true
		}
	}
	return false
}

var perception = map[string]bool{
	"spotted": true, "saw": true, "seen": true, "sees": true, "observed": true, "detected": true,
	"detects": true, "tracked": true, "photographed": true, "monitored": true, "recorded": true,
	"identified": true, "counted": true, "showed": true, "shows": true, "show": true, "see": true, "count": true, "reported": true, "reports": true,
	"estimated": true, "said": true, "says": true, "filmed": true, "located": true,
}

// claimActor returns the acting country of the claim that quote q backs,
// unless excluded: the country its statement names before the topic
// ("Russia: military presence in Syria"), not where it happens, or -1.
// In a civil war the quote must name it too: a foreign backer the story
// accuses elsewhere ("the UAE supplies the RSF") is not whose trucks
// residents describe.
func (s *scene) claimActor(q *report.Quote, exclude map[int]bool) int {
	for _, c := range s.l.Claims {
		if !slices.ContainsFunc(c.Stances, func(st report.Stance) bool { return st.Quote == q.ID }) {
			continue
		}
		actors, _, ok := strings.Cut(c.Statement, ": ")
		if !ok {
			continue
		}
		for _, code := range strings.Split(c.Key, "|")[1:] {
			e, ok := s.byCode[code]
			if ok && !exclude[e] && slices.Contains(strings.Split(actors, ", "), s.l.Entities[e].Name) && (!s.civilWar(false) || s.namedIn(e, q)) &&
				!s.onlyWhere(e, q) {
				return e
			}
		}
	}
	return -1
}

// namedIn reports whether quote q's words name entity e.
func (s *scene) namedIn(e int, q *report.Quote) bool {
	where, acts := s.usesIn(e, q)
	return where || acts
}

// onlyWhere reports whether quote q's words name entity e only by its
// edge (see edges): "struck the fighters as they withdrew toward the
// Malian border" says where, not whose drones.
func (s *scene) onlyWhere(e int, q *report.Quote) bool {
	where, acts := s.usesIn(e, q)
	return where && !acts
}

// usesIn reports whether quote q's words name entity e by its edge, and
// otherwise.
func (s *scene) usesIn(e int, q *report.Quote) (border, other bool) {
	first, end := s.d.TokenAt(q.Text.Start), s.d.TokenAt(q.Text.End-1)+1
	for _, u := range s.actors {
		if u.entity == e && u.first >= first && u.end <= end {
			b := u.end < len(s.d.Tokens) && edges[s.d.Lower(u.end)]
			border, other = border || b, other || !b
		}
	}
	return border, other
}

// groundOwner returns the country entity of the town or region where
// candidate i stands, or -1.
func (s *scene) groundOwner(i int) int {
	p := s.placeOf[i]
	if p < 0 || s.l.Country == nil || s.l.Places[p].Feature == "country" {
		return -1
	}
	if e, ok := s.byCode[s.l.Country(s.l.Places[p].Country)]; ok {
		return e
	}
	return -1
}

// previousOwner returns the owner of the nearest observation before
// candidate i, in its sentence or the one before, that fared alike (held,
// lost or fired), unless excluded: the story goes on about the same side
// ("Images showed two submarines and four frigates moored at Novorossiysk.
// Not a single warship remained at Sevastopol").
func (s *scene) previousOwner(i int, exclude map[int]bool) int {
	c := &s.cands[i]
	watched := s.perceives(max(c.First-4, s.d.Sentences[c.Sentence].First), c.First) // "it also tracked 14 navy ships"
	for j := i - 1; j >= 0 && s.cands[j].Sentence >= c.Sentence-1; j-- {
		if e := s.ownerOf[j]; e >= 0 && !exclude[e] && fate[s.status[j]] == fate[s.status[i]] && s.seen[j] && (watched || !s.watchedBy(j)) && !s.flagged(j) {
			return e
		}
	}
	return -1
}

// flagged reports whether candidate j is named by the flag it flies ("a
// Sierra Leone-flagged cargo ship"): its flag owns it and no craft
// around it.
func (s *scene) flagged(j int) bool {
	k := s.cands[j].Mention.First
	return k > 0 && ner.Registered(s.d.Lower(k-1))
}

// watchedBy reports whether candidate j was only seen by a side other
// than its owner's: after "its radars tracked at least three drones",
// "two F-16 fighter jets took off" are the watcher's, not the drones';
// "it also tracked 14 navy ships" goes on about the side watched.
func (s *scene) watchedBy(j int) bool {
	agent, observer, found := s.agent(j)
	return found && observer && agent >= 0 && agent != s.ownerOf[j]
}

// sameSentenceOwner returns the owner of the nearest mention before
// candidate i in its sentence, or -1.
func (s *scene) sameSentenceOwner(i int) int {
	for j := i - 1; j >= 0 && s.cands[j].Sentence == s.cands[i].Sentence; j-- {
		if e := s.ownerOf[j]; e >= 0 && s.seen[j] {
			return e
		}
	}
	return -1
}

// fate groups the statuses by what they say of the owner's hold on an
// asset.
var fate = map[string]int{
	equipment.StatusPresent: 0, equipment.StatusAbsent: 0, equipment.StatusDelivered: 0,
	equipment.StatusPlanned: 0, equipment.StatusDestroyed: 1, equipment.StatusDamaged: 1,
	equipment.StatusSeized: 1, equipment.StatusFired: 2,
}

// mostMentioned returns the country named most often as an actor, not
// as a place, and not excluded; among equals the maker of the equipment,
// else the first named; -1 when none.
func (s *scene) mostMentioned(exclude map[int]bool, maker string) int {
	counts := map[int]int{}
	for _, u := range s.actors {
		if !u.locative && s.l.Entities[u.entity].Kind == report.KindCountry && !exclude[u.entity] {
			counts[u.entity]++
		}
	}
	best := -1
	for e, n := range counts {
		switch {
		case best < 0 || n > counts[best]:
			best = e
		case n < counts[best]:
		case s.l.Entities[e].Code == maker:
			best = e
		case s.l.Entities[best].Code != maker && e < best:
			best = e
		}
	}
	return best
}
