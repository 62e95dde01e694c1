package event

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"sitrep/internal/cameo"
	"sitrep/internal/report"
	"sitrep/internal/syntax"
	"sitrep/internal/text"
)

// checks are the verbs of an outlet checking what it reports.
var checks = text.SetOf("verify", "confirm", "corroborate", "check", "authenticate")

// code builds the events of a clause whose verb may be any of verbs.
func (x *doc) code(si int, cl clause, verbs []*cameo.Verb) {
	m := x.bestPattern(cl, verbs)
	if m != nil && x.lemma(cl.verb) == "call" && cameo.Root(m.pattern.Code.Fwd) == "02" && !x.callsOn(cl.verb) {
		m = nil // "called the attack an assault on the lives of …" names it; it calls on no one
	}
	var code cameo.Code
	pattern := ""
	protest, relief := x.protestCode(cl), x.reliefCode(cl)
	switch {
	case x.callsForProtest(cl) != "":
		code = cameo.Code{Fwd: x.callsForProtest(cl)} // "called for marches", "called a general strike"
	case x.walksOut(cl):
		code = cameo.Code{Fwd: "143"} // "3,400 workers walked out": a strike, not a journey
	case protest != "":
		code = cameo.Code{Fwd: protest} // "went on strike", "gathered outside the prison gates"
	case relief != "":
		code = cameo.Code{Fwd: relief} // "MSF treated 17 wounded", "families will each receive 2 million naira"
	case x.consults(cl) && (m == nil || statement(m.pattern.Code.Fwd)):
		code = cameo.Code{Fwd: "040"} // "spoke by telephone", "raised the incident with Dushanbe"
	case x.gathersInProtest(cl):
		code = cameo.Code{Fwd: "141"} // "gathered on the square demanding …": a rally, not a meeting
	case x.sitsIn(cl) || x.humanChain(cl):
		code = cameo.Code{Fwd: "141"} // "sat down on the highway", "formed a human chain": a protest
	case x.compensates(cl):
		code = cameo.Code{Fwd: "071"} // "will pay 5 million naira to each victim's family"
	case x.summonsEnvoy(cl) && (m == nil || cameo.Root(m.pattern.Code.Fwd) != "11"):
		code = cameo.Code{Fwd: "110"} // "summoned Turkey's ambassador in protest", whatever pattern says a rally
	case cl.lends && (m == nil || strings.HasPrefix(m.pattern.Text, "* (") || handingVerbs[x.lemma(cl.verb)]):
		// "organized a general strike": the strike is the event, and
		// "began an exercise with 120 tanks" is no attack "with" weapons
		// when the verb's pattern reads only a preposition; "sent a
		// protest letter to Managua" is no meeting.
		return
	case m != nil:
		code, pattern = m.pattern.Code, m.pattern.Text
	case x.condemns(cl.verb):
		code = cameo.Code{Fwd: "111"} // "called the crackdown unacceptable"
	case x.takesToCourt(cl):
		code = cameo.Code{Fwd: "115"} // "takes China to the WTO" sues it
	case x.opposesProposal(cl):
		code = cameo.Code{Fwd: "120"} // "is opposed to French mediation" rejects it
	case x.issuesWarrant(cl) || x.chargesWith(cl):
		code = cameo.Code{Fwd: "173"} // "issued a warrant for his arrest", "charged him with incitement"
	case x.attributes(cl):
		code = cameo.Code{Fwd: "112"} // "linked the attack to the GRU" accuses the GRU
	case x.names(cl.verb):
		return // "what it called joint exercises" names them; it is no telephone call
	default:
		code = defaultCode(verbs)
		if !code.IsZero() && !statement(code.Fwd) && addingCues[x.lemma(cl.verb)] && x.reportCue(cl.verb) {
			code = cameo.Code{Fwd: "010"} // "…, the army added": words, not a grant the block falls back to
		}
	}
	shows := false
	if c := x.posture(cl, code.Fwd); c != "" {
		code, shows = cameo.Code{Fwd: c}, true
	}
	sent := cl.subject
	if sent >= 0 && x.actorAt[sent] < 0 && x.forceAt[sent] == 0 {
		sent = x.counted(sent) // "dozens of riot police were deployed": the police
	}
	deployed := cl.passive && cl.agent < 0 && deploys[x.lemma(cl.verb)] && sent >= 0 &&
		(x.force(sent) || x.forceSector(sent) != "" || x.ownForce(sent) >= 0 || x.armedNoun(sent) != "") && x.in.Focus != ""
	if deployed || code.IsZero() && deploys[x.lemma(cl.verb)] && !cl.passive && x.sendsForces(cl) && !x.toHelp(cl.verb) {
		// "had flown about 80 reinforcements to the town": verbs of
		// sending that the dictionary lacks still move forces.
		code = cameo.Code{Fwd: "154"}
	}
	if code.IsZero() {
		return
	}
	if cl.subject >= 0 && !cl.passive && hazards[x.lemma(cl.subject)] && cameo.QuadClass(code.Fwd) == 4 {
		return // "Zambia's last outbreak killed 700 people": a disaster, no attack
	}
	down := x.shootsDown(cl)
	if down {
		code = cameo.Code{Fwd: "190"} // not the bombing (183) a pattern reads in "shot down"
	}
	src := slices.DeleteFunc(slices.Clone(x.sources(cl, m)), x.strandedPlace)
	if checks[x.lemma(cl.verb)] && len(src) > 0 && !slices.ContainsFunc(src, func(a int) bool { return !strings.HasSuffix(x.actors[a].Code, "MED") }) {
		return // "Reuters could not independently verify the claim": the outlet's own checking, no event
	}
	receipt := relief != "" && x.lemma(cl.verb) == "receive"
	if receipt || len(src) == 0 && givesAid(code.Fwd) {
		if g := x.giver(cl); g >= 0 {
			src = []int{g} // "the families will each receive 2 million naira", "the state will pay"
		}
	}
	if len(src) > 0 {
		// Before the targets: "Obama said he would..." makes "he" Obama.
		x.last, x.lastSentence = src, si
		if sayVerbs[x.lemma(cl.verb)] {
			x.lastSayer = src
		}
	}
	if len(src) == 0 && assault(code.Fwd) {
		src = x.unidentified(cl) // "a roadside bomb killed…"
	}
	if len(src) == 0 && down && x.in.Focus != "" {
		src = []int{x.impliedHome(cl.verb, "MIL")} // "air defence units shot down 51 of the drones": the story's own
	}
	if len(src) == 0 && cameo.Root(code.Fwd) == "14" && x.crowd(cl.subject) && x.in.Focus != "" {
		src = []int{x.impliedHome(cl.verb, "OPP")} // "thousands marched through the capital"
	}
	if len(src) == 0 && cl.passive && cl.agent < 0 && assault(code.Fwd) && len(x.lastForce) > 0 && si-x.forceSentence <= 1 {
		src = x.lastForce // "Boko Haram fighters stormed a village. Five women were abducted": by them
	}
	switch own := x.ownForce(sent); {
	case len(src) > 0 || !deployed && !shows:
	case own >= 0:
		src = []int{own} // "Iranian riot police were deployed": by Iran's police
	case shows && (sent < 0 || !x.personnel(sent) && (x.foreignForceSeen() || x.syn.Tokens[cl.verb].Rel == syntax.Acl)):
		// "a helicopter circled over the town" after a foreign side used
		// force, "heard a drone circling": whose, the text does not say.
	default:
		// "1,500 soldiers had been deployed": by the story's country,
		// "600 officers" by its police
		src = []int{x.impliedHome(cl.verb, cmp.Or(x.forceSector(sent), x.armedNoun(sent), "MIL"))}
	}
	if len(src) == 0 && cl.passive && cl.agent < 0 && policing(code.Fwd) {
		src = x.policedBy(cl)
	}
	if r := x.sayer(cl.verb); len(src) == 0 && cl.passive && cl.agent < 0 && r >= 0 && x.stateActor(r) &&
		(cameo.Root(code.Fwd) == "16" || cameo.Root(code.Fwd) == "17") {
		// "the energy ministry said exports would be suspended": a
		// state's measure told without its doer is the teller's.
		src = []int{r}
	}
	if x.blockade(cl, src) {
		code = cameo.Code{Fwd: "144"} // "workers blocked the bridge": obstruction as protest, not coercion by a state
	}
	if x.seizesGoods(cl, code.Fwd) {
		code = cameo.Code{Fwd: "1711"}
	}
	if x.takesAwayPeople(cl, code.Fwd) {
		code = cameo.Code{Fwd: "181"}
	}
	if x.expelsEnvoys(cl, code.Fwd) {
		code = cameo.Code{Fwd: "166"}
	}
	if x.lemma(cl.verb) == "sue" {
		code = cameo.Code{Fwd: "115"} // a lawsuit, as CAMEO defines 115; the dictionary's 173 is a state's charge
	}
	if x.lemma(cl.verb) == "protest" && cameo.Root(code.Fwd) == "14" && x.institutional(src) {
		code = cameo.Code{Fwd: "114"} // "a human rights group protested": an official complaint, no demonstration
	}
	tgt := x.withoutNamers(x.targets(cl, m, src, code.Fwd), cl.verb)
	if receipt {
		tgt = x.actorsOf(cl.subject) // the receivers
	}
	if deployed {
		tgt = nil // the forces sent are no target
	}
	if statement(code.Fwd) {
		tgt = x.withoutPlaces(tgt) // "told a news conference in Lima" is told to no one
	}
	tgt = x.withoutSetting(tgt, cl)
	if len(tgt) == 0 && x.unknown(src) && assault(code.Fwd) {
		tgt = x.struckPlaces(cl, src, code.Fwd) // "a car bomb exploded outside a police station in Guayaquil"
	}
	if len(tgt) == 0 && x.unknown(src) {
		return // an attack by no one known on no one known
	}
	if rest := x.withoutPlaces(x.withoutSent(tgt)); (len(rest) == 0 || x.ownSide(rest, src)) && x.deployment(cl, code.Fwd) {
		// "sent eight warships to the region" to no one, "sent two
		// helicopters to the area" of its own country: a deployment
		code, tgt = cameo.Code{Fwd: "154"}, nil
	}
	if r := cameo.Root(code.Fwd); (r == "06" || r == "07") && deploys[x.lemma(cl.verb)] && x.carriesRelief(cl.verb) {
		// humanitarian aid, whatever craft carries it, to those where it lands
		own := x.countries(src)
		tgt = slices.DeleteFunc(slices.Clone(tgt), func(a int) bool { return own[x.actors[a].Country] })
		code = cameo.Code{Fwd: "073"}
		if len(tgt) == 0 {
			tgt = x.faced(cl, src)
		}
	}
	if code.Fwd == "192" && deploys[x.lemma(cl.verb)] && x.sendsForces(cl) && len(tgt) > 0 && x.ownSide(tgt, src) {
		// "the army moved 120 more soldiers into Rengen": forces moved
		// within their own country occupy nothing.
		code = cameo.Code{Fwd: "154"}
	}
	if code.Fwd == "154" {
		// "police deployed 600 officers": those sent are no target
		obj := x.counted(x.childWith(cl.verb, syntax.Obj))
		tgt = slices.DeleteFunc(slices.Clone(tgt), func(a int) bool { return x.actors[a].End-1 == obj })
	}
	if code.Fwd == "154" && len(tgt) == 0 {
		tgt = x.faced(cl, src) // "moved 1,500 troops to Dolo Ado, opposite Somalia's Gedo region"
	}
	if x.lemma(cl.verb) == "order" && cameo.QuadClass(code.Fwd) < 4 && len(x.withoutPlaces(tgt)) == 0 && x.sendsForces(cl) {
		code, tgt = cameo.Code{Fwd: "154"}, nil // "ordered reinforcements to Soum province"
	}
	obj := x.childWith(cl.verb, syntax.Obj)
	if p := x.chargeOwner(obj); p >= 0 && !slices.Contains(src, p) {
		tgt = []int{p} // "Kurti rejected Belgrade's accusations": an answer to whoever made them
	}
	switch {
	case len(tgt) > 0:
	case cameo.Root(code.Fwd) == "11" && (x.namesForce(obj) || x.lastForceMentioned(obj)):
		tgt = x.forceDoers(obj, src)
	case x.namesCharge(obj) || code.Fwd == "016":
		// "India rejected the accusation", "Belgrade denied any
		// involvement": an answer to the last accuser, else to the
		// other side that last said something.
		if tgt = x.without(x.lastAccuser, src); len(tgt) == 0 && x.foreignSide(x.lastSayer, src) {
			tgt = x.lastSayer
		}
	case x.rejectsReport(cl.verb, obj):
		// "Azerbaijani officials dismissed the account": a rejection of
		// whoever gave it, the last to say something.
		code, tgt = cameo.Code{Fwd: "120"}, x.without(x.lastSayer, src)
	case verbal(code.Fwd) && obj >= 0 && x.refersBack(obj):
		tgt = x.without(x.answered(obj), src) // "welcomed the warrant": whoever issued it
	}
	if len(tgt) == 0 && cameo.QuadClass(code.Fwd) != 4 {
		tgt = x.without(x.reportedSubjects(cl.verb), src) // "demanded that X ...", "said X was ..."; force reports nothing
	}
	if len(tgt) == 0 && cameo.QuadClass(code.Fwd) == 4 {
		tgt = x.struckPlaces(cl, src, code.Fwd) // "struck military sites south and west of Damascus"
	}
	if down && (len(tgt) == 0 || x.ownSide(tgt, src)) {
		tgt = x.launchers(cl, src) // "air defences shot down 51 drones": whoever launched them
	}
	if len(tgt) == 0 && cameo.QuadClass(code.Fwd) == 4 && x.weaponsBack(x.childWith(cl.verb, syntax.Obj, syntax.Obl)) {
		tgt = x.lastForeignForce(src) // "shot down 52 of the drones": the side that launched them
	}
	if len(tgt) == 0 && cameo.Root(code.Fwd) == "13" {
		tgt = x.warnedAnyone(cl.verb) // "warned that anyone who blocks roads will be charged"
	}
	if p := x.whoeverPatient(cl); p >= 0 && cameo.QuadClass(code.Fwd) == 4 && cameo.Root(code.Fwd) != "15" {
		if m, _ := x.modality(cl); m == report.ModalityFuture {
			// "those responsible will be hunted down": force promised
			// to whoever acts, of the story's country, is a threat.
			code = cameo.Code{Fwd: "130"}
			if len(tgt) == 0 && x.in.Focus != "" {
				tgt = []int{x.homeActor(p, p+1, "")}
			}
		}
	}
	if len(tgt) == 0 && cameo.Root(code.Fwd) == "11" && (obj < 0 || protestNouns[x.lemma(obj)] || deedNouns[x.lemma(obj)]) {
		// "Tbilisi lodged a protest", "called the incident a reckless
		// act": against the last foreign side to use force.
		tgt = x.lastForeignForce(src)
	}
	if len(tgt) == 0 && cameo.Root(code.Fwd) == "14" {
		tgt = x.protested(cl.verb, src) // "thousands marched through Cordoba": against their government
	}
	if len(tgt) == 0 && cameo.Root(code.Fwd) == "16" {
		tgt = x.foreignIn(cl, src) // "electricity exports to Ecuador would be suspended": Ecuador's
	}
	if len(tgt) == 0 && domesticMeasure[code.Fwd] {
		if c := x.sourceCountry(src); c != "" {
			tgt = []int{x.implied(cl.verb, c, "")} // "imposed a nationwide curfew": on the state's own people
		}
	}
	if len(tgt) == 0 && (givesAid(code.Fwd) || cameo.Root(code.Fwd) == "15" && senders[x.lemma(cl.verb)]) {
		// "Japan pledged $2.5 million in aid", "Germany would send 120
		// army engineers": to the story's country
		tgt = x.aided(cl.verb, src)
	}
	if len(tgt) == 0 && cameo.Root(code.Fwd) == "02" {
		tgt = x.aided(cl.verb, src) // "SADC appealed for restraint": to the sides in the story's country
	}
	if xc := x.childWith(cl.verb, syntax.Xcomp); len(tgt) == 0 && xc >= 0 && !cl.noun && !x.finiteXcomp(xc) {
		tgt = x.targets(x.clauseOf(xc), nil, src, "") // "threatened to launch an offensive against Iraq"
	}
	if cameo.Root(code.Fwd) == "15" && x.ownOrNone(x.withoutPlaces(tgt), src) && !x.police(src) {
		// "Dozens of Belarusian military vehicles moved south towards
		// the frontier" in a story of Belarus and Ukraine that names
		// Ukraine nearby: a show of force faces the other side.
		if o := x.otherSide(src, cl.verb); o >= 0 {
			tgt = []int{o}
		}
	}
	if len(tgt) == 0 && x.lemma(cl.verb) == "deny" {
		// "the military denied that any civilians had been harmed":
		// an answer to the other side that charged or told it.
		switch {
		case x.foreignSide(x.lastAccuser, src) || x.opponent(x.lastAccuser, src):
			tgt = x.lastAccuser
		case x.foreignSide(x.lastSayer, src):
			tgt = x.lastSayer
		}
	}
	if statement(code.Fwd) {
		if c, by := x.dismay(cl.verb); c >= 0 {
			code = cameo.Code{Fwd: "111"} // "said it was horrified by the killings": a denunciation
			if len(tgt) == 0 && x.namesForce(by) {
				tgt = x.forceDoers(by, src) // the killers
			}
		}
	}
	if denials[x.lemma(cl.verb)] && x.ownOrNone(tgt, src) && !x.opponent(tgt, src) {
		// "Sudan's army denied that its forces had fired toward Chadian
		// territory": a denial answers the other side, not its own, else
		// whoever last accused someone ("rejected the suggestion that the
		// attackers had operated from Colombian territory").
		tgt = x.threatened(cl.verb, src, tgt)
		if acc := x.without(x.lastAccuser, src); x.ownOrNone(tgt, src) && len(acc) > 0 && x.foreignSide(acc, src) {
			tgt = acc
		}
	}
	if cameo.Root(code.Fwd) == "13" && !x.untolerated(cl) && x.ownSide(tgt, src) {
		// A threat against the speaker's own side is against the other,
		// but "vandalism will not be tolerated" threatens the speaker's
		// own people; with no other side in sight, against the side the
		// threatener's last accused ("Azerbaijan accused Armenia … said
		// its forces would defend every inch").
		tgt = x.threatened(cl.verb, src, tgt)
		if x.ownSide(tgt, src) && x.ownSide(x.lastAccuser, src) && x.foreignSide(x.lastAccused, src) {
			tgt = x.lastAccused
		}
	}
	if len(src) == 0 && !(cl.passive && cameo.QuadClass(code.Fwd) == 4) || len(tgt) == 0 && statement(code.Fwd) && code.Fwd != "016" && code.Fwd != "011" {
		return // no one to code, or a statement about no one (a denial of responsibility or a declined comment is one)
	}
	if code.Fwd == "016" {
		// Analysts code the denial of a charge as a rejection (12), with
		// "deny responsibility" (016) at most an alternative, and PLOVER
		// has a type for 12 (REJECT) but none for 01.
		code = cameo.Code{Fwd: "120"}
	}
	if statement(code.Fwd) && x.obliges(cl.verb) {
		code = cameo.Code{Fwd: "100"} // "said that Sudan must return": a demand
	}
	if code.Fwd == "010" && x.alleges(cl.verb) && x.charged(tgt, src) {
		code = cameo.Code{Fwd: "112"} // "said the Indian trawlers had been fishing illegally": a charge
	}
	together := len(src) > 1 && (mutual(code.Fwd) || reciprocal[x.lemma(cl.verb)])
	if together && x.located(tgt) {
		tgt = nil // "Russia and China signed a pact in Moscow": where, not with whom
	}
	if len(tgt) == 0 && together && !(cameo.QuadClass(code.Fwd) == 4 && x.withSomeone(cl.verb)) {
		x.eachOther(si, cl, code.Fwd, src, pattern) // "Jordan and Britain agreed"
		return
	}
	if code.Fwd != "" {
		x.emit(si, cl, code.Fwd, src, tgt, pattern)
	}
	if code.Rev != "" && !x.unknown(src) {
		x.emit(si, cl, code.Rev, tgt, src, pattern)
	}
}

// callsOn reports whether verb v has an "on", "upon" or "for" phrase of
// its own: "called on Caracas to release", "called upon all sides",
// "called for calm".
func (x *doc) callsOn(v int) bool {
	for _, j32 := range x.kids[v] {
		j := int(j32)
		switch x.syn.Tokens[j].Rel {
		case syntax.Obl:
			if c := x.caseOf(j); c == "on" || c == "upon" || c == "for" {
				return true // "called on Russia", "called for calm"
			}
		case syntax.CompoundPrt:
			if w := x.d.Lower(j); w == "on" || w == "upon" {
				return true
			}
		}
	}
	return false
}

// policing reports whether code is an arrest or detention (173, 1731…)
// or a seizure (171, 1711…), which the police of a story's country do when
// the text names no one.
func policing(code string) bool {
	return strings.HasPrefix(code, "173") || strings.HasPrefix(code, "171")
}

// deploys are the verbs that send forces somewhere; the dictionary codes
// sending warships as promising military aid (0332) and sending armoured
// vehicles as giving it (072), which needs someone to receive it.
var deploys = map[string]bool{"send": true, "deploy": true, "dispatch": true, "move": true, "fly": true, "scramble": true,
	"rush": true, "airlift": true, "bring": true, "station": true, "mass": true, "position": true, "post": true,
	"ferry": true, "redeploy": true}

// deployment reports whether the clause sends forces that the dictionary
// coded as aid promised (03), as an expulsion or coercion (16, 17: "sent
// two helicopters") or, when they go to a place or not to help anyone,
// as aid given (07): "sent 16 armoured vehicles to its border town" and
// "dispatched aircraft to monitor the Chinese forces" are deployments,
// "would send a minehunter to help survey the cable" aid.
func (x *doc) deployment(cl clause, code string) bool {
	if !deploys[x.lemma(cl.verb)] || !x.sendsForces(cl) {
		return false
	}
	switch cameo.Root(code) {
	case "03", "16", "17":
		return true
	case "06", "07":
		return !x.carriesRelief(cl.verb) && (x.destination(cl) || !x.toHelp(cl.verb))
	}
	return false
}

// carriesRelief reports whether what verb v sends carries relief goods,
// the cargo of aid: "sent a C-130 to Heho airport with 15 tonnes of
// tents and medicines".
func (x *doc) carriesRelief(v int) bool {
	s := x.d.Sentences[x.d.SentenceOf(v)]
	for t := v + 1; t < s.End; t++ {
		if w := x.d.Lower(t); w != "with" && w != "carrying" {
			continue
		}
		for k := t + 1; k < min(t+8, s.End); k++ {
			if reliefGoods[x.lemma(k)] {
				return true
			}
		}
	}
	return false
}

// toHelp reports whether what verb v sends goes "to help", "to assist"
// or "to support" someone, the purpose of aid.
func (x *doc) toHelp(v int) bool {
	s := x.d.Sentences[x.d.SentenceOf(v)]
	for t := v + 1; t+1 < s.End; t++ {
		if x.d.Lower(t) == "to" && helpVerbs[x.lemma(t+1)] {
			return true
		}
	}
	return false
}

var helpVerbs = text.SetOf("help", "assist", "support", "aid")

// destination reports whether the clause sends to, into or toward a place
// rather than an actor.
func (x *doc) destination(cl clause) bool {
	for k, t := range cl.after {
		if u := x.syn.Tokens[t].UPOS; !destinationPreps[cl.afterPP[k]] || u != syntax.NOUN && u != syntax.PROPN {
			continue
		}
		if a := x.actorAt[t]; a < 0 || x.actors[a].Place {
			return true
		}
	}
	return false
}

var destinationPreps = map[string]bool{"to": true, "into": true, "toward": true, "towards": true}

// sendsForces reports whether what the clause's verb sends is forces
// the equipment catalogue knows (warships, troops, jets) or
// reinforcements.
func (x *doc) sendsForces(cl clause) bool {
	for _, t := range cl.after {
		if fi := x.forceAt[t]; fi > 0 && !x.carries(x.in.Forces[fi-1]) && x.militaryForce(x.in.Forces[fi-1].End-1) ||
			x.lemma(t) == "reinforcement" {
			return true // not "sent 18 trucks to move refugees"
		}
	}
	return false
}

// carries reports whether force f is named for what it carries: "two
// trucks of food" are aid, not forces.
func (x *doc) carries(f Force) bool {
	return f.End < len(x.d.Tokens) && x.d.Lower(f.End) == "of" && !f.Personnel
}

// senders are the verbs by which a country sends forces abroad.
var senders = map[string]bool{"send": true, "dispatch": true}

// givesAid reports whether a code gives or promises aid: 07, 030-033.
func givesAid(code string) bool {
	return cameo.Root(code) == "07" || code >= "030" && code < "034"
}

// aided returns the story's country as the receiver of aid or the
// addressee of an appeal that names none, unless the givers are of that
// country, or nil.
func (x *doc) aided(v int, src []int) []int {
	home := x.in.Focus
	if home == "" {
		return nil
	}
	for _, a := range src {
		if x.actors[a].Country == home {
			return nil
		}
	}
	return []int{x.countryActor(home, v)}
}

// located reports whether every actor of as is the object of "in" or
// "at": where something happened ("at the White House"), not to whom.
func (x *doc) located(as []int) bool {
	for _, a := range as {
		if c := x.caseOf(x.phraseHead(x.actors[a].End - 1)); c != "in" && c != "at" {
			return false
		}
	}
	return len(as) > 0
}

// assault reports whether code is the use of force (roots 18-20): only
// then does a weapon with no attacker named stand for one.
func assault(code string) bool {
	switch cameo.Root(code) {
	case "18", "19", "20":
		return true
	}
	return false
}

// unknown reports whether the actors are the unidentified attackers
// alone, whom nothing can be done to in return.
func (x *doc) unknown(as []int) bool {
	return len(as) == 1 && x.actors[as[0]].Code == unknownAttacker
}

// mutual reports whether a code describes something two actors do
// together, so a compound subject without a target acts on itself:
// agreeing, consulting, cooperating, but not praising, defending,
// recognising, apologising or forgiving (051–056), which go one way.
func mutual(code string) bool {
	switch cameo.Root(code) {
	case "03", "04", "06":
		return true
	case "05":
		return code == "050" || strings.HasPrefix(code, "057")
	}
	return false
}

// reciprocal verbs say that a compound subject acted on each other,
// whatever the code: "Russia and Ukraine exchanged prisoners", "traded
// fire", "Indian and Chinese soldiers fought".
var reciprocal = map[string]bool{"exchange": true, "swap": true, "trade": true, "fight": true, "clash": true,
	"skirmish": true, "brawl": true, "battle": true}

// eachOther emits one event for each actor of a compound subject, aimed
// at the others.
func (x *doc) eachOther(si int, cl clause, code string, src []int, pattern string) {
	for _, a := range src {
		var others []int
		for _, b := range src {
			if b != a {
				others = append(others, b)
			}
		}
		x.emit(si, cl, code, []int{a}, x.without(others, []int{a}), pattern)
	}
}

// alleges reports whether the verb at v is the cue of a party's report
// that charges someone with force or fault (the quote stage's
// allegation).
func (x *doc) alleges(v int) bool {
	at := x.d.Tokens[v].Start
	for _, q := range x.in.Quotes {
		if q.Allegation != nil && q.Cue != nil && q.Cue.Start <= at && at < q.Cue.End {
			return true
		}
	}
	return false
}

// charged reports whether one of the targets is someone named other than
// the sources: a side's own men ("our soldiers") or its outlet are not
// charged.
func (x *doc) charged(tgt, src []int) bool {
	for _, t := range tgt {
		a := x.actors[t]
		if (a.Country != "" || a.Entity != "") && !slices.ContainsFunc(src, func(s int) bool {
			return x.actors[s].Code == a.Code || a.Entity != "" && x.actors[s].Entity == a.Entity
		}) {
			return true
		}
	}
	return false
}

// obliges reports whether what a verb reports is an obligation: "must",
// "should" or "has to" in its complement.
func (x *doc) obliges(v int) bool {
	c := x.contentClause(v)
	if c < 0 {
		return false
	}
	a := x.childWith(c, syntax.Aux)
	return a >= 0 && (x.d.Lower(a) == "must" || x.d.Lower(a) == "should")
}

// forceDoers returns the actors that force noun o refers back to, but
// src: "ECOWAS condemned the takeover": those who took over; "the
// strikes": those who struck last, not the last to use force.
func (x *doc) forceDoers(o int, src []int) []int {
	by := x.answered(o)
	if len(by) == 0 && attackNouns[x.lemma(o)] {
		by = x.lastAssault // "Ankara condemned the shelling" after AUSSOM sent troops: al-Shabaab's
	}
	if len(by) == 0 {
		by = x.lastForce
	}
	if tgt := x.without(by, src); len(tgt) > 0 {
		return tgt
	}
	return x.without(x.lastVictims, src) // "condemned the attack" on Iraq by drones no one claimed
}

// dismay returns the word of dismay that the words reported by verb v
// end on ("said it was horrified by the killings") and the noun of what
// dismays ("killings", or -1), or -1, -1.
func (x *doc) dismay(v int) (int, int) {
	c := x.contentClause(v)
	if c < 0 || !dismayWords[x.d.Lower(c)] {
		return -1, -1
	}
	return c, x.childWith(c, syntax.Obl, syntax.OblAgent)
}

// dismayWords are the reactions a statement denounces with.
var dismayWords = text.SetOf("horrified", "appalled", "outraged", "shocked", "dismayed", "disturbed", "sickened",
	"disgusted", "revolted", "indignant", "incensed", "concerned", "alarmed", "troubled")

// defaultCode is the code of the first verb that has one, or of its
// block, or the block's fallback.
func defaultCode(verbs []*cameo.Verb) cameo.Code {
	for _, v := range verbs {
		if !v.Code.IsZero() {
			return v.Code
		}
	}
	for _, v := range verbs {
		if !v.Block.Code.IsZero() {
			return v.Block.Code
		}
	}
	for _, v := range verbs {
		if !v.Block.Fallback.IsZero() {
			return v.Block.Fallback
		}
	}
	return cameo.Code{}
}

// homeAddressed returns the story's country as the target of an act by
// src that names none, when src is of that country and the act is more
// than a statement: verbal ("the MDP threatened to boycott the budget
// debate", "a bishop denied that the church had hired the gunmen") or
// material (aid, concessions, protests, deployments, cuts in relations,
// arrests, force: "militants blew up a pipeline near Nembe"), as the
// examples' analysts code them; else nil.
func (x *doc) homeAddressed(cl clause, code string, src []int) []int {
	if statement(code) || x.in.Focus == "" || x.sourceCountry(src) != x.in.Focus {
		return nil
	}
	if diplomatic[cameo.Root(code)] && x.stateSide(src) {
		if o := x.otherSide(src, cl.verb); o >= 0 {
			return []int{o} // "Baku demanded a clear explanation", Iran named beside it: of Iran
		}
	}
	return []int{x.impliedHome(cl.verb, "")}
}

// diplomatic are the roots of what states say or do to one another:
// appeals, intents, consultations, support, demands, disapproval,
// rejections, threats, cuts in relations.
var diplomatic = text.SetOf("02", "03", "04", "05", "10", "11", "12", "13", "16")

// stateSide reports whether every source is a state itself or its
// government.
func (x *doc) stateSide(src []int) bool {
	for _, a := range src {
		ac := x.resolved(x.actors[a])
		if !ac.State && (ac.Country == "" || !strings.HasPrefix(strings.TrimPrefix(ac.Code, ac.Country), "GOV")) {
			return false
		}
	}
	return len(src) > 0
}

// gathersInProtest reports whether the clause is a crowd gathering to
// protest: "Several thousand people gathered on Sukhbaatar Square,
// waving flags and demanding that officials be tried", "gathered in
// Diraz in support of the cleric", "assembled to protest".
func (x *doc) gathersInProtest(cl clause) bool {
	if cl.noun || !gatherVerbs[x.lemma(cl.verb)] {
		return false
	}
	if x.lemma(cl.verb) == "rally" && cl.subject >= 0 && !x.force(cl.subject) && !x.armedSubject(cl.subject) {
		return true // "fishermen rallied outside the consulate": no forces mustered
	}
	for _, j32 := range x.kids[cl.verb] {
		j := int(j32)
		switch x.syn.Tokens[j].Rel {
		case syntax.Advcl, syntax.Xcomp, syntax.Conj:
			if x.protests(j) && (x.syn.Tokens[j].Rel != syntax.Conj || x.syn.XPOS(j) == "VBG") {
				return true // "waving flags", "to protest", "chanting slogans"
			}
			if x.syn.XPOS(j) == "VBG" && slices.ContainsFunc(x.kids[j], func(k int32) bool {
				r := x.syn.Tokens[k].Rel
				return (r == syntax.Advcl || r == syntax.Xcomp || r == syntax.Conj) && x.protests(int(k))
			}) {
				return true // "holding photographs and pushing against a police line to demand the names"
			}
		case syntax.Obl:
			if c := x.caseOf(j); c == "in" && (x.lemma(j) == "protest" || x.lemma(j) == "support") {
				return true // "in protest at", "in support of the cleric"
			}
		}
	}
	return false
}

// protests reports whether verb j is what a crowd does in protest:
// "chanting slogans", "to demand", "holding placards".
func (x *doc) protests(j int) bool {
	if protestManner[x.lemma(j)] {
		return true
	}
	o := x.childWith(j, syntax.Obj)
	return (x.lemma(j) == "hold" || x.lemma(j) == "carry") && o >= 0 && protestSigns[x.lemma(o)]
}

// protestSigns are what protesters hold up.
var protestSigns = text.SetOf("placard", "banner", "sign", "photograph", "portrait", "picture", "poster", "flag")

// armedSubject reports whether subject s is an armed force by its actor
// code: "the army rallied", "Hezbollah fighters rallied".
func (x *doc) armedSubject(s int) bool {
	for _, a := range x.actorsOf(s) {
		if ac := x.actors[a]; strings.HasSuffix(ac.Code, "MIL") || strings.HasSuffix(ac.Code, "REB") || strings.HasSuffix(ac.Code, "UAF") {
			return true
		}
	}
	return false
}

// gatherVerbs bring a crowd together.
var gatherVerbs = text.SetOf("gather", "assemble", "converge", "congregate", "mass", "rally")

// protestManner are what a crowd does that makes its gathering a
// protest.
var protestManner = text.SetOf("demand", "chant", "wave", "shout", "protest", "denounce", "brandish", "condemn",
	"burn", "block")

// walksOut reports whether the clause is workers walking out: "Some 3,400
// workers represented by the union walked out on Saturday".
func (x *doc) walksOut(cl clause) bool {
	if x.lemma(cl.verb) != "walk" || cl.noun || cl.subject < 0 {
		return false
	}
	if cl.verb+1 >= len(x.d.Tokens) || x.d.Lower(cl.verb+1) != "out" {
		return false
	}
	for _, a := range x.actorsOf(cl.subject) {
		if strings.HasSuffix(x.actors[a].Code, "LAB") {
			return true
		}
	}
	return false
}

// sitsIn reports whether people who are no force sit down on a road, a
// square or a bridge: a sit-in.
func (x *doc) sitsIn(cl clause) bool {
	if x.lemma(cl.verb) != "sit" || cl.noun || cl.subject < 0 || x.force(cl.subject) || x.armedSubject(cl.subject) {
		return false
	}
	for _, j32 := range x.kids[cl.verb] {
		if j := int(j32); x.syn.Tokens[j].Rel == syntax.Obl && publicWays[x.lemma(j)] {
			return true
		}
	}
	return false
}

// humanChain reports whether the clause forms a human chain.
func (x *doc) humanChain(cl clause) bool {
	if x.lemma(cl.verb) != "form" || cl.noun {
		return false
	}
	o := x.childWith(cl.verb, syntax.Obj)
	return o > 0 && x.lemma(o) == "chain" && x.d.Lower(o-1) == "human"
}

// publicWays are the open places where crowds sit in.
var publicWays = text.SetOf("road", "highway", "street", "square", "bridge", "motorway", "railway", "avenue",
	"crossing", "junction", "roundabout")

// callsForProtest returns the code of the protest that "call for" or
// "call" asks for ("called for marches in Caracas": 141; "called for a
// nationwide strike": 143), or "".
func (x *doc) callsForProtest(cl clause) string {
	if x.lemma(cl.verb) != "call" || cl.noun {
		return ""
	}
	if p := x.childWith(cl.verb, syntax.CompoundPrt); p >= 0 && x.d.Lower(p) == "off" {
		return "" // "called off the strike" ends it
	}
	for _, j32 := range x.kids[cl.verb] {
		j := int(j32)
		if r := x.syn.Tokens[j].Rel; r != syntax.Obl && r != syntax.Obj || r == syntax.Obl && x.caseOf(j) != "for" {
			continue
		}
		n, ok := nominals[x.d.Lower(j)]
		if !ok || n.code != "141" && !(n.code == "190" && x.labourStrike(j)) {
			continue // a boycott called for is a demand of others, not one's own protest
		}
		if n.code == "190" {
			return "143"
		}
		return n.code
	}
	return ""
}

// protested returns the government that a protest names no target for
// is against: the country the sentence protests "against", else that of
// the protesters' country, or of the story's.
func (x *doc) protested(v int, src []int) []int {
	s := x.d.Sentences[x.d.SentenceOf(v)]
	for k := v + 1; k+1 < s.End; k++ {
		if a := x.actorAt[k+1]; x.d.Lower(k) == "against" && a >= 0 && x.actors[a].Country != "" {
			return []int{int(a)} // "chanting slogans against Ethiopia"
		}
	}
	country := cmp.Or(x.sourceCountry(src), x.in.Focus)
	if country == "" {
		return nil
	}
	return []int{x.implied(v, country, "GOV")} // named for its country, not for the verb
}

// domesticMeasure are the coercive measures a state takes at home, which
// fall on its own country when the text names no one: restrictions on
// speech, party bans, curfews, states of emergency, violent repression,
// arrests ("gendarmes detained three boat owners").
var domesticMeasure = map[string]bool{"1721": true, "1722": true, "1723": true, "1724": true, "175": true, "173": true}

// sourceCountry returns the country of the first source that has one.
func (x *doc) sourceCountry(src []int) string {
	for _, a := range src {
		if c := x.resolved(x.actors[a]).Country; c != "" {
			return c
		}
	}
	return ""
}

// otherSide returns an actor, at token v, for the other country of a
// story of two countries, the side the sources are not on, or -1.
func (x *doc) otherSide(src []int, v int) int {
	c, r := x.sourceCountry(src), x.rival()
	other := ""
	switch {
	case c == "" || r == "" || x.in.Focus == "":
		return -1
	case c == x.in.Focus:
		other = r
	case c == r:
		other = x.in.Focus
	default:
		return -1 // a third country's move faces neither side
	}
	s := x.d.SentenceOf(v)
	for _, a := range x.actors {
		// Only where the story names that side around the move: troops
		// sent after a raid at home face no one abroad.
		if a.Country == other && !a.Place && a.End > 0 && x.d.SentenceOf(a.First) >= s-1 && x.d.SentenceOf(a.First) <= s {
			return x.countryActor(other, v)
		}
	}
	return -1
}

// police reports whether the actors are a police force, whose
// deployments keep order at home.
func (x *doc) police(as []int) bool {
	for _, a := range as {
		if strings.HasSuffix(x.actors[a].Code, "COP") {
			return true
		}
	}
	return false
}

// statement reports whether code is a public statement (root 01), which
// says something about its target only when the text names one.
func statement(code string) bool { return cameo.Root(code) == "01" }

// sources returns the actors that do what the clause says.
func (x *doc) sources(cl clause, m *match) []int {
	if cl.by != nil {
		return cl.by
	}
	if m != nil && len(m.sources) > 0 {
		return m.sources
	}
	if cl.passive && cl.agent >= 0 {
		return x.actorsOf(cl.agent)
	}
	if cl.passive {
		return x.fromActors(cl.verb) // "was fired at it from the Gaza Strip"
	}
	src := x.actorsOf(cl.subject)
	for _, s := range cl.more {
		src = append(src, x.without(x.actorsOf(s), src)...)
	}
	if len(src) == 0 {
		if a := x.actorBefore(cl); a >= 0 {
			src = x.coordinated(a)
		}
	}
	if len(src) == 0 && !cl.noun {
		if a := x.cueSpeaker(cl.verb); a >= 0 {
			src = []int{a} // the parse lost the subject the quote stage found: "Anwar Ibrahim, whose country chairs ASEAN, urged"
		}
	}
	return src
}

// addingCues are the verbs that, as cues, add words to what was said and
// nothing else, whatever the dictionary's blocks give them ("add" is a
// grant, 060, in CAMEO).
var addingCues = text.SetOf("add", "note")

// reportCue reports whether verb v is the cue of a quote whose words
// come before it: "…, the army added".
func (x *doc) reportCue(v int) bool {
	at := x.d.Tokens[v].Start
	for _, q := range x.in.Quotes {
		if q.Cue != nil && q.Cue.Start <= at && at < q.Cue.End && q.Text.End <= at {
			return true
		}
	}
	return false
}

// cueSpeaker returns the actor that speaks the quote whose cue is verb
// v, or -1.
func (x *doc) cueSpeaker(v int) int {
	at := x.d.Tokens[v].Start
	for _, q := range x.in.Quotes {
		if q.Cue == nil || at < q.Cue.Start || at >= q.Cue.End {
			continue
		}
		return x.quoteActor(q)
	}
	return -1
}

// coordinated returns actor a with the actors coordinated with it:
// "China, India and Iran" for Iran.
func (x *doc) coordinated(a int) []int {
	h := x.actors[a].End - 1
	for x.syn.Tokens[h].Rel == syntax.Conj && x.head(h) >= 0 && x.head(h) < h {
		h = x.head(h)
	}
	if as := x.actorsOf(h); slices.Contains(as, a) {
		return as
	}
	return []int{a}
}

// actorBefore returns the actor that ends right before the clause's verb,
// past auxiliaries, adverbs and a time ("Iran today threatened", "Amnesty
// International on Monday accused"), when the parse gives the verb no
// subject with an actor: the parser attaches such a subject to the time
// word or to a misread noun before it. The actor must sit in the subject
// phrase, if there is one, and not in a prepositional phrase ("Talks with
// Iran today failed" are not Iran's).
func (x *doc) actorBefore(cl clause) int {
	if cl.noun && cl.light >= 0 {
		cl = x.clauseOf(cl.light) // "Israel today mounted its invasion"
	}
	first := x.d.Sentences[x.d.SentenceOf(cl.verb)].First
	k := cl.verb - 1
	for k >= first && x.skippable(k) {
		k--
	}
	if k < first || x.actorAt[k] < 0 || x.caseOf(x.phraseHead(k)) != "" {
		return -1
	}
	if cl.subject >= 0 && !slices.Contains(x.subtree(cl.subject, first, cl.verb), k) {
		return -1
	}
	return int(x.actorAt[k])
}

// skippable reports whether token k may stand between a subject and its
// verb: an auxiliary, an adverb, or a time ("today", "on Monday").
func (x *doc) skippable(k int) bool {
	switch x.syn.Tokens[k].UPOS {
	case syntax.AUX, syntax.ADV, syntax.PART:
		return true
	}
	w := x.d.Lower(k)
	return timeWords[w] || w == "on" && k+1 < len(x.d.Tokens) && timeWords[x.d.Lower(k+1)]
}

// timeWords name a day: they stand between a subject and its verb in wire
// copy ("Iran today threatened", "Israel on Monday said").
var timeWords = map[string]bool{"today": true, "yesterday": true, "tonight": true, "monday": true,
	"tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// phraseHead returns the head of the noun phrase token k belongs to: k,
// or the head it is part of as a compound or flat name.
func (x *doc) phraseHead(k int) int {
	for hops := 0; hops < 4; hops++ {
		switch x.syn.Tokens[k].Rel {
		case syntax.Compound, syntax.Flat:
			if h := x.head(k); h >= 0 && h != k {
				k = h // a flat name hangs on its first word, a compound on its head
				continue
			}
		}
		break
	}
	return k
}

// targets returns the actors the clause acts on: the pattern's, the
// subject of a passive, the object, or a prepositional object. code is
// the clause's event code, or "" where it is not known yet. The release
// of a source's own people is asked of the one its coordinated verb acts
// on: "Dakar accused Nouakchott ... and demanded the release of the
// crews".
func (x *doc) targets(cl clause, m *match, src []int, code string) []int {
	t := x.actedOn(cl, m, src, code)
	if o := x.childWith(cl.verb, syntax.Obj); o >= 0 && handovers[x.d.Lower(o)] && x.sameCountries(t, src) {
		if a := x.without(x.sharedObject(cl.verb), src); len(a) > 0 {
			return a
		}
	}
	return t
}

// actedOn returns the actors the clause names as acted on, for targets.
func (x *doc) actedOn(cl clause, m *match, src []int, code string) []int {
	if cl.against != nil {
		return cl.against
	}
	if m != nil && len(m.targets) > 0 {
		return x.without(m.targets, src)
	}
	if t := x.without(x.patternPrepActors(cl, m), src); len(t) > 0 {
		return t // "Egypt stood by Sudan": "* (BY)" names the phrase of the one supported
	}
	if cl.passive {
		return x.without(x.actorsOf(cl.subject), src)
	}
	if t := x.without(x.actorsOf(cl.object), src); len(t) > 0 {
		return t
	}
	// What is sent or used ("sent troops to Iraq") is no target: an
	// object that names only a role counts when nothing better does.
	var role []int
	for _, rels := range [][]syntax.Rel{{syntax.Obj}, {syntax.Iobj}} {
		if o := x.childWith(cl.verb, rels...); o >= 0 {
			t := x.without(x.actorsOf(o), src)
			if x.hasCountry(t) {
				return t
			}
			if !x.force(o) || assault(code) {
				// "sent more troops" sends them, does nothing to them;
				// "killed four militants" does.
				role = append(role, t...)
			}
			if j := x.nmodWith(o, "of"); j >= 0 && partNouns[x.lemma(o)] {
				if t := x.without(x.actorsOf(j), src); len(t) > 0 {
					return t // "stormed the perimeter of a UN base": the base's
				}
			}
			if t := x.without(x.objectPrepActors(o), src); len(t) > 0 {
				return t
			}
			if t := x.without(x.ofPrepActors(o), src); len(t) > 0 {
				return t // "welcomed the resumption of ties between X and Y"
			}
			if t := x.without(x.patientOf(o), src); len(t) > 0 {
				return t // "demanded the release of Embalo"
			}
		}
	}
	if t := x.without(x.prepActors(cl.verb, syntax.Obl, syntax.Nmod), src); len(t) > 0 {
		return t
	}
	for _, h := range []int{cl.verb, x.childWith(cl.verb, syntax.Obj)} {
		if t := x.without(x.recipientOf(h), src); h >= 0 && len(t) > 0 {
			return t // "pledged 1 million pounds in aid to Afghanistan"
		}
	}
	for _, h := range []int{cl.subject, cl.object, cl.light} {
		if h >= 0 && (cl.noun || h == cl.light) {
			// "the deployment of troops to Estonia", "carried out
			// airstrikes against Libya"
			if t := x.without(x.prepActors(h, syntax.Nmod, syntax.Obl), src); len(t) > 0 {
				return t
			}
		}
	}
	return role
}

// patternPrepActors returns the actors of the verb's phrase with the
// preposition that the matched pattern asks for alone ("* (BY)" of
// "stand"), in an active clause, or nil.
func (x *doc) patternPrepActors(cl clause, m *match) []int {
	if m == nil || cl.passive {
		return nil
	}
	for _, e := range m.pattern.After {
		if e.Kind != cameo.KindPrep {
			continue
		}
		for _, j32 := range x.kids[cl.verb] {
			if j := int(j32); (x.syn.Tokens[j].Rel == syntax.Obl || x.syn.Tokens[j].Rel == syntax.OblAgent) && x.caseOf(j) == e.Prep {
				return x.actorsOf(j)
			}
		}
	}
	return nil
}

// partNouns name a part of what the "of" phrase after them names.
var partNouns = text.SetOf("perimeter", "gate", "entrance", "outskirts", "edge", "wall", "fence", "vicinity",
	"surroundings", "headquarters")

// policedBy returns who made an arrest or seizure the text tells
// without its agent: the force that reports it ("the military said the
// men had been taken for questioning"), else the police of the story's
// country, as coders read "107 people had been detained".
func (x *doc) policedBy(cl clause) []int {
	if r := x.sayer(cl.verb); r >= 0 && x.actors[r].Country != "" && forceSectors[x.actors[r].Code[len(x.actors[r].Country):]] {
		return []int{r}
	}
	if x.in.Focus == "" {
		return nil
	}
	return []int{x.impliedHome(cl.verb, "COP")}
}

// home returns the actor of the story that names agent ac's noun with a
// country ("Somali pirates" for "the pirates", before or after), or nil.
// Only one such country may be named for the noun. Soldiers or police
// that no such actor names are the last force's.
func (x *doc) home(ac Actor) *Actor {
	if ac.Country != "" || ac.Entity != "" || ac.End == 0 {
		return nil
	}
	if a := x.sharedModifier(ac); a != nil {
		return a
	}
	if a := x.homeBy(ac); a != nil {
		return a
	}
	// "Israeli troops pushed into two villages ... Soldiers searched
	// homes": men of the force that last acted, named by another noun.
	// "The army" and "the police" are more often the story's own.
	if !forceSectors[ac.Code] || x.syn.Tokens[ac.End-1].XPOS.String() != "NNS" {
		return nil
	}
	for _, i := range x.lastForce {
		if a := x.actors[i]; a.Country != "" && a.Code == a.Country+ac.Code {
			return &a
		}
	}
	return nil
}

// withSomeone reports whether verb v names whom it was done with or
// against, actor or not: "police and soldiers clashed with illegal
// miners" did not fight each other.
func (x *doc) withSomeone(v int) bool {
	for _, j32 := range x.kids[v] {
		if j := int(j32); x.syn.Tokens[j].Rel == syntax.Obl && (x.caseOf(j) == "with" || x.caseOf(j) == "against") &&
			(x.actorAt[j] >= 0 || x.people(j)) {
			return true
		}
	}
	return false
}

// people reports whether noun n names people by what they do or are, as
// English forms such nouns: "miners", "smugglers", "militants",
// "gunmen", not "sticks" or "stones".
func (x *doc) people(n int) bool {
	if x.syn.Tokens[n].XPOS.String() != "NNS" {
		return false
	}
	l := x.lemma(n)
	for _, suffix := range []string{"er", "or", "ist", "ian", "man", "ant", "ent"} {
		if strings.HasSuffix(l, suffix) {
			return true
		}
	}
	return false
}

// sharedModifier returns agent ac with the country of the noun it is
// coordinated with, when that noun's modifier names one and ac has none
// of its own: "Peruvian police and soldiers" are Peru's soldiers.
func (x *doc) sharedModifier(ac Actor) *Actor {
	n := ac.End - 1
	if ac.End-ac.First != 1 || x.syn.Tokens[n].Rel != syntax.Conj || x.childWith(n, syntax.Amod, syntax.NmodPoss, syntax.Det) >= 0 {
		return nil
	}
	h := x.head(n)
	if h < 0 || x.syn.Tokens[h].UPOS != syntax.NOUN {
		return nil
	}
	m := x.childActor(h, syntax.Amod, syntax.NmodPoss)
	if m < 0 || x.actors[m].Country == "" {
		return nil
	}
	c := x.actors[m].Country
	return &Actor{Code: c + ac.Code, Country: c}
}

// forceSector returns the sector of the armed force or police whose men
// the agent noun at token n names ("officers", "troops"), or "".
func (x *doc) forceSector(n int) string {
	a := x.actorAt[n]
	if a < 0 || x.actors[a].Country != "" || x.actors[a].Entity != "" || !forceSectors[x.actors[a].Code] {
		return ""
	}
	return x.actors[a].Code
}

// counted returns the noun that group noun or number n counts ("dozens
// of riot police", "52 of the drones"), or n.
func (x *doc) counted(n int) int {
	if n >= 0 && (groupNouns[x.lemma(n)] || x.syn.Tokens[n].UPOS == syntax.NUM) {
		if c := x.childWith(n, syntax.Nmod); c >= 0 {
			return c
		}
	}
	return n
}

// ownForce returns the actor at token n when it is a country's armed
// force or police, or -1.
func (x *doc) ownForce(n int) int {
	if n < 0 || x.actorAt[n] < 0 {
		return -1
	}
	a := x.actors[x.actorAt[n]]
	if a.Country == "" || !forceSectors[strings.TrimPrefix(a.Code, a.Country)] {
		return -1
	}
	return int(x.actorAt[n])
}

// armedNoun returns the sector of the role noun at token n when it names
// an armed force or police ("riot police"), or "".
func (x *doc) armedNoun(n int) string {
	if _, sector := x.agentPhrase(n); forceSectors[sector] {
		return sector
	}
	return ""
}

// forceSectors are the sectors of armed forces.
var forceSectors = map[string]bool{"MIL": true, "COP": true}

// homeBy returns the one country's actor with a sector whose name ends
// in the same word as ac's, or nil.
func (x *doc) homeBy(ac Actor) *Actor {
	w := x.d.Lower(ac.End - 1)
	var found *Actor
	for i := range x.in.Actors {
		a := &x.in.Actors[i]
		if a.Country == "" || len(a.Code) <= len(a.Country) || x.d.Lower(a.End-1) != w {
			continue
		}
		if institutionNouns[w] && ac.End > 1 && a.End > 1 && x.d.Lower(ac.End-2) != x.d.Lower(a.End-2) {
			continue // "the federal oil ministry" is not "Turkey's energy ministry"
		}
		if found != nil && found.Country != a.Country {
			return nil // "Russian and Ukrainian soldiers": whose are "the soldiers"?
		}
		found = a
	}
	return found
}

// ownGovernment are the nouns by which an official names his own
// government; "the junta" or "the regime" is more often another's.
var ownGovernment = map[string]bool{"government": true, "administration": true, "cabinet": true}

// armedSectors are the codes of armed men the text does not name.
var armedSectors = map[string]bool{unknownAttacker: true, "UAFMUS": true, "REB": true, "INS": true}

// storyGroup returns the armed group the story names most, at least
// twice and more often than any other, or nil.
func (x *doc) storyGroup() *Actor {
	if x.groupKnown {
		return x.group
	}
	counts := map[string]int{}
	var best *Actor
	for i := range x.in.Actors {
		a := &x.in.Actors[i]
		if a.Entity == "" || a.Person || !armedCode(a.Code, a.Country) {
			continue
		}
		counts[a.Entity]++
		if best == nil || counts[a.Entity] > counts[best.Entity] {
			best = a
		}
	}
	for e, n := range counts {
		if best != nil && e != best.Entity && n >= counts[best.Entity] {
			best = nil // two groups as often: whose are "the militants"?
		}
	}
	if best != nil && counts[best.Entity] < 2 {
		best = nil
	}
	x.group, x.groupKnown = best, true
	return best
}

// armedCode reports whether code is an armed group's: a rebel,
// insurgent or militant sector after the country, or a transnational
// militant group (IMG).
func armedCode(code, country string) bool {
	rest := strings.TrimPrefix(code, country)
	return strings.HasPrefix(code, "IMG") || strings.HasPrefix(rest, "REB") || strings.HasPrefix(rest, "INS")
}

// speakersGovernment returns the country of the official whose quote
// holds actor ac when ac is a government named by its kind ("the
// government"), or "": a state's spokesman speaks of his own government.
func (x *doc) speakersGovernment(ac Actor) string {
	if ac.Code != "GOV" || ac.Country != "" || ac.Entity != "" || ac.End == 0 || !ownGovernment[x.lemma(ac.End-1)] {
		return ""
	}
	at := x.d.Tokens[ac.First].Start
	for _, q := range x.in.Quotes {
		if q.Speaker == "" || at < q.Text.Start || at >= q.Text.End || x.addressee(q, ac.First) {
			continue
		}
		for _, a := range x.in.Actors {
			if a.Entity == q.Speaker && a.Country != "" && len(a.Code) >= len(a.Country)+3 &&
				stateSectors[a.Code[len(a.Country):len(a.Country)+3]] {
				return a.Country
			}
		}
	}
	return ""
}

// addressee reports whether token i opens the words of a request, as
// whom it asks: "urged the government to take all necessary measures" asks
// another government than the speaker's own.
func (x *doc) addressee(q report.Quote, i int) bool {
	if q.Cue == nil || !requestCues[strings.ToLower(q.Cue.Text)] {
		return false
	}
	k := x.d.TokenAt(q.Text.Start)
	if k < len(x.d.Tokens) && x.d.Lower(k) == "the" {
		k++
	}
	return k == i
}

var requestCues = map[string]bool{"urged": true, "urges": true, "urging": true, "asked": true, "asks": true,
	"pressed": true, "presses": true}

// foreignIn returns the first country foreign to src that the clause's
// object names, or its subject in a passive, or nil.
func (x *doc) foreignIn(cl clause, src []int) []int {
	p := x.childWith(cl.verb, syntax.Obj)
	if cl.passive {
		p = cl.subject
	}
	if p < 0 {
		return nil
	}
	s := x.d.Sentences[x.d.SentenceOf(p)]
	for _, k := range x.subtree(p, s.First, s.End) {
		if a := x.actorAt[k]; a >= 0 && x.actors[a].Country != "" && x.foreignSide([]int{int(a)}, src) {
			return []int{int(a)}
		}
	}
	return nil
}

// stateActor reports whether actor a is an agent of a state.
func (x *doc) stateActor(a int) bool {
	ac := x.resolved(x.actors[a])
	return ac.Country != "" && len(ac.Code) >= len(ac.Country)+3 && stateSectors[ac.Code[len(ac.Country):len(ac.Country)+3]]
}

// openingCapital returns the country of the capital that opens the
// sentence of token t as "In Banjul,", or "".
func (x *doc) openingCapital(t int) string {
	f := x.d.Sentences[x.d.SentenceOf(t)].First
	if x.d.Lower(f) != "in" {
		return ""
	}
	for _, p := range x.in.Places {
		if p.Feature != "capital" {
			continue
		}
		for _, m := range p.Mentions {
			if first, end := x.d.TokensIn(m.Start, m.End); first == f+1 && end < t && x.d.Word(end) == "," {
				return x.lex.CountryCode(p.Country)
			}
		}
	}
	return ""
}

// institutionNouns head the names of bodies that the word before tells
// apart: the oil ministry and the energy ministry are two.
var institutionNouns = map[string]bool{"ministry": true, "department": true, "office": true, "council": true,
	"agency": true, "committee": true, "commission": true, "service": true}

// namedModifier reports whether a name the actor stage did not know, or
// a possessive pronoun, modifies agent ac: "Soviet NKVD security forces"
// and "his troops" are not the story's.
func (x *doc) namedModifier(ac Actor) bool {
	first := x.d.Sentences[x.d.SentenceOf(ac.First)].First
	for t := ac.First; t < ac.End; t++ {
		for _, j32 := range x.kids[t] {
			j := int(j32)
			switch x.syn.Tokens[j].Rel {
			case syntax.Amod, syntax.Compound, syntax.Flat, syntax.NmodPoss:
				if j < t && j != first && (x.d.Tokens[j].Cap || x.d.Tokens[j].Upper) && x.placeCountry(j) != x.in.Focus {
					return true // not "the Sinaloa state security ministry" in a story of Mexico
				}
				if x.syn.Tokens[j].UPOS == syntax.PRON {
					return true // "his troops" are someone's, not the story's country's
				}
			}
		}
	}
	return false
}

// placeCountry returns the country of the place that token j names, or "".
func (x *doc) placeCountry(j int) string {
	at := x.d.Tokens[j].Start
	for _, p := range x.in.Places {
		for _, m := range p.Mentions {
			if m.Start <= at && at < m.End && p.Country != "" {
				return x.lex.CountryCode(p.Country)
			}
		}
	}
	return ""
}

// strandedPlace reports whether actor a is a place after a preposition
// that the parser made a subject: in "a quake in Herat killed 1,500",
// Herat killed no one.
func (x *doc) strandedPlace(a int) bool {
	ac := x.actors[a]
	switch x.syn.Tokens[ac.End-1].Rel {
	case syntax.Nsubj, syntax.NsubjPass:
		return ac.Place
	}
	return false
}

// withoutNamers drops the actors that only name what verb v acts on:
// in "struck what Ankara called PKK hideouts" Ankara names the target, it
// is none.
func (x *doc) withoutNamers(as []int, v int) []int {
	return slices.DeleteFunc(slices.Clone(as), func(a int) bool {
		h := x.actors[a].End - 1
		g := x.head(h)
		return g > v && x.syn.Tokens[h].Rel == syntax.Nsubj && namingVerbs[x.lemma(g)]
	})
}

var namingVerbs = map[string]bool{"call": true, "say": true, "describe": true, "claim": true, "term": true,
	"label": true, "brand": true}

// withoutSent returns the actors that are not the forces a verb sends:
// "flew in roughly 800 soldiers" does nothing to the soldiers.
func (x *doc) withoutSent(as []int) []int {
	return slices.DeleteFunc(slices.Clone(as), func(a int) bool { return x.force(x.actors[a].End - 1) })
}

// faced returns the foreign country a deployment's clause names after its
// verb, which the forces face: "to Dolo Ado, opposite Somalia's Gedo
// region", "to the border with Venezuela", or that its purpose acts on
// ("to monitor the Chinese forces").
func (x *doc) faced(cl clause, src []int) []int {
	own := x.countries(src)
	foreign := func(t int) bool {
		a := x.actorAt[t]
		return a >= 0 && x.actors[a].Country != "" && !own[x.actors[a].Country]
	}
	for _, t := range cl.after {
		if foreign(t) && !x.force(t) {
			return []int{int(x.actorAt[t])}
		}
	}
	// "dispatched aircraft to monitor the Chinese forces": the forces
	// watched are faced.
	s := x.d.Sentences[x.d.SentenceOf(cl.verb)]
	for p := cl.verb + 1; p < s.End; p++ {
		if !x.purpose(p, cl) {
			continue
		}
		if o := x.childWith(p, syntax.Obj); o >= 0 {
			for t := p + 1; t <= o; t++ {
				if foreign(t) && (t == o || x.under(t, o, s.First)) {
					return []int{int(x.actorAt[t])}
				}
			}
		}
	}
	return nil
}

// ownSide reports whether no target is of a country other than the
// sources'.
func (x *doc) ownSide(tgt, src []int) bool {
	own := x.countries(src)
	for _, a := range tgt {
		if c := x.actors[a].Country; c == "" || !own[c] {
			return false
		}
	}
	return true
}

// ownOrNone reports whether every target is of the sources' side or of
// no country.
func (x *doc) ownOrNone(tgt, src []int) bool {
	own := x.countries(src)
	for _, a := range tgt {
		if c := x.actors[a].Country; c != "" && !own[c] {
			return false
		}
	}
	return true
}

// opponent reports whether actors as are the last accuser, of the
// sources' country but another part of it: the opposition lawmaker who
// rejects the prime minister's accusation answers the government.
func (x *doc) opponent(as, src []int) bool {
	if len(as) == 0 || x.unknown(as) {
		return false
	}
	codes := map[string]bool{}
	for _, a := range src {
		codes[x.actors[a].Code] = true
	}
	for _, a := range as {
		c := x.actors[a].Code
		if !slices.Contains(x.lastAccuser, a) || codes[c] || x.actors[a].Country == "" || len(c) <= 3 {
			return false // a bare country is the whole of it, not a part
		}
	}
	return true
}

// denials are the verbs of denying a charge.
var denials = text.SetOf("deny", "reject", "dismiss", "refute")

func (x *doc) countries(as []int) map[string]bool {
	out := map[string]bool{}
	for _, a := range as {
		out[x.actors[a].Country] = true
	}
	return out
}

// threatened returns whom a threat made by src is against when its words
// name only the threatener's side ("warned that Iran's answer would be
// painful"): a foreign actor later in its sentence ("if Israel made
// another mistake"), or else the last foreign side to use force, or the
// last foreign victims of force ("whoever attacks Israel will pay", said
// after Israel's strikes), or the side that last accused the
// threatener's. It returns tgt when there is none.
func (x *doc) threatened(v int, src, tgt []int) []int {
	s := x.d.Sentences[x.d.SentenceOf(v)]
	for t := v + 1; t < s.End; t++ {
		if a := x.actorAt[t]; a >= 0 && x.foreignSide([]int{int(a)}, src) {
			return []int{int(a)}
		}
	}
	if f := x.lastForeignForce(src); f != nil {
		return f
	}
	if x.foreignSide(x.lastVictims, src) {
		return x.lastVictims
	}
	if acc := x.without(x.lastAccuser, src); len(acc) > 0 && x.foreignSide(acc, src) && x.ownSide(x.lastAccused, src) {
		return acc // "Benin accused Niger … Niger warned that any provocation will be answered"
	}
	return tgt
}

// weaponsBack reports whether token o names weapons told before: "the
// drones", "52 of the drones".
func (x *doc) weaponsBack(o int) bool {
	if o < 0 {
		return false
	}
	w := x.counted(o)
	return x.weapon(w) && x.childWith(w, syntax.Det) >= 0 && x.d.Lower(x.childWith(w, syntax.Det)) == "the"
}

// lastForeignForce returns the last source of force foreign to src, or
// nil: a side's own troops sent since then are not what it condemns.
func (x *doc) lastForeignForce(src []int) []int {
	for i := len(x.forces) - 1; i >= 0; i-- {
		if x.foreignSide(x.forces[i], src) {
			return x.forces[i]
		}
	}
	return nil
}

// protestNouns are the objects of a disapproval that name the
// disapproval itself, not what it is of: "lodged a protest"; deedNouns
// name what another side did ("the incident", "the arrest"), where "the
// decision" may be anyone's.
var (
	protestNouns = map[string]bool{"protest": true, "complaint": true, "objection": true, "note": true}
	deedNouns    = map[string]bool{"incident": true, "act": true, "arrest": true, "detention": true, "treatment": true,
		"case": true, "seizure": true, "incursion": true, "violation": true, "provocation": true, "action": true,
		"abduction": true, "kidnapping": true, "raid": true, "operation": true, "measure": true}
)

// foreignSide reports whether actors as are known and of another country
// than the actors src.
func (x *doc) foreignSide(as, src []int) bool {
	return len(as) > 0 && !x.unknown(as) && x.actors[as[0]].Country != "" && !x.countries(src)[x.actors[as[0]].Country]
}

// purpose reports whether p is an infinitive of purpose ("to monitor")
// of the clause's verb or of what it sends.
func (x *doc) purpose(p int, cl clause) bool {
	switch x.syn.Tokens[p].Rel {
	case syntax.Advcl, syntax.Xcomp, syntax.Acl:
	default:
		return false
	}
	m := x.childWith(p, syntax.Mark)
	h := x.head(p)
	return m >= 0 && x.d.Lower(m) == "to" && (h == cl.verb || slices.Contains(cl.after, h))
}

// struckPlaces returns the places named after a use of force in its
// sentence: the country whose ground is hit, another than the
// attackers' where one is named ("in the Qandil mountains of northern
// Iraq"), else their own ("Somaliland forces shelled parts of Las
// Anod": a civil war's).
func (x *doc) struckPlaces(cl clause, src []int, code string) []int {
	own := x.countries(src)
	home := -1
	for t := cl.verb + 1; t < x.d.Sentences[x.d.SentenceOf(cl.verb)].End; t++ {
		a := x.actorAt[t]
		if a < 0 || x.actors[a].Country == "" {
			continue
		}
		if ac := x.actors[a]; ac.Place || ac.Code == ac.Country && x.placeOf(t) {
			if !own[ac.Country] {
				return []int{int(a)} // "around Sinjar"
			}
			if home < 0 {
				home = int(a)
			}
		}
	}
	if home >= 0 && (assault(code) || cameo.Root(code) == "15") {
		// Force used or deployed at home ("sent 400 police to Comrat")
		// is the country's own affair; a seizure at home is done to no one.
		return []int{home}
	}
	return nil
}

// placeOf reports whether the country at token t is named as where
// something is: "of northern Iraq", "in Syria".
func (x *doc) placeOf(t int) bool {
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		switch x.d.Lower(k) {
		case "in", "of", "inside", "across", "near", "around", "into":
			return true
		}
		if x.d.Tokens[k].Kind == text.Punct {
			return false
		}
	}
	return false
}

// withoutSetting leaves out of the targets of clause cl the places that
// a phrase opening its sentence names before the verb: "In Geneva, the
// U.N. rights office urged the authorities" says where it spoke.
func (x *doc) withoutSetting(as []int, cl clause) []int {
	first := x.d.Sentences[x.d.SentenceOf(cl.verb)].First
	if !settingPreps[x.d.Lower(first)] {
		return as
	}
	return slices.DeleteFunc(slices.Clone(as), func(a int) bool {
		p := x.actors[a]
		return p.Place && p.First > first && p.First <= first+3 && p.End < cl.verb
	})
}

var settingPreps = map[string]bool{"in": true, "at": true, "from": true}

// withoutPlaces returns the actors that are not places.
func (x *doc) withoutPlaces(as []int) []int {
	return slices.DeleteFunc(slices.Clone(as), func(a int) bool { return x.actors[a].Place })
}

// hasCountry reports whether one of the actors belongs to a country.
func (x *doc) hasCountry(as []int) bool {
	for _, a := range as {
		if x.actors[a].Country != "" || x.actors[a].Entity != "" {
			return true
		}
	}
	return false
}

// targetPreps are the prepositions whose objects an event acts on.
var targetPreps = map[string]bool{"to": true, "with": true, "against": true, "on": true, "at": true,
	"into": true, "toward": true, "towards": true, "for": true, "in": true, "from": true, "upon": true,
	"between": true, "around": true, "near": true}

// prepActors returns the actors of the prepositional dependents of h or
// of the phrases coordinated with it: "arms and equipment to Syria".
func (x *doc) prepActors(h int, rels ...syntax.Rel) []int { return x.prepActorsOf(h, false, rels...) }

// objectPrepActors returns the prepActors of a verb's object o, but for
// a town named after another phrase of it, which that phrase's noun
// more likely holds: "ordered an investigation into the violence in
// Kalemie" investigates no one in Kalemie's country, though "shortened
// the curfew in Khartoum" eases it for Khartoum.
func (x *doc) objectPrepActors(o int) []int { return x.prepActorsOf(o, true, syntax.Nmod, syntax.Obl) }

// prepActorsOf is prepActors, leaving out with noPlaces the towns that
// objectPrepActors leaves out.
func (x *doc) prepActorsOf(h int, noPlaces bool, rels ...syntax.Rel) []int {
	heads := []int{h}
	for _, j32 := range x.kids[h] {
		j := int(j32)
		if x.syn.Tokens[j].Rel == syntax.Conj && x.syn.Tokens[j].UPOS != syntax.VERB {
			heads = append(heads, j)
		}
	}
	for _, hh := range heads {
		for _, j32 := range x.kids[hh] {
			j := int(j32)
			if !hasRel(x.syn.Tokens[j].Rel, rels) || !targetPreps[x.caseOf(j)] {
				continue
			}
			if a := x.actorsOf(j); len(a) > 0 && !(noPlaces && x.placesIn(j, a) && x.phraseBefore(hh, j)) {
				return a
			}
		}
	}
	return nil
}

// placesIn reports whether the phrase at j says where, with "in", "at"
// or "near", and its actors are all places.
func (x *doc) placesIn(j int, as []int) bool {
	switch x.caseOf(j) {
	case "in", "at", "near":
	default:
		return false
	}
	for _, a := range as {
		if !x.actors[a].Place {
			return false
		}
	}
	return true
}

// phraseBefore reports whether h has a prepositional phrase before its
// dependent j.
func (x *doc) phraseBefore(h, j int) bool {
	for _, k32 := range x.kids[h] {
		if k := int(k32); k < j && k > h && x.caseOf(k) != "" {
			return true
		}
	}
	return false
}

// recipientOf returns the actors of a "to" phrase one phrase down from
// token h, a verb or its object: what is given "in aid to Afghanistan",
// "of medicine to Gaza".
func (x *doc) recipientOf(h int) []int {
	if h < 0 {
		return nil
	}
	for _, j32 := range x.kids[h] {
		j := int(j32)
		if r := x.syn.Tokens[j].Rel; r != syntax.Nmod && r != syntax.Obl {
			continue
		}
		if k := x.nmodWith(j, "to"); k >= 0 {
			return x.actorsOf(k)
		}
	}
	return nil
}

// patientOf returns the actors of the "of" phrase of an event noun that
// acts on it: "the release of Embalo", "the invasion of Ukraine".
func (x *doc) patientOf(h int) []int {
	w := x.d.Lower(h)
	if n, ok := nominals[w]; !ok && !handovers[w] || ok && !n.patient {
		return nil
	}
	if j := x.nmodWith(h, "of"); j >= 0 {
		return x.actorsOf(j)
	}
	return nil
}

// sameCountries reports whether every actor of as, if any, belongs to
// the country of one of src.
func (x *doc) sameCountries(as, src []int) bool {
	for _, a := range as {
		c := x.actors[a].Country
		if c == "" || !slices.ContainsFunc(src, func(s int) bool { return x.actors[s].Country == c }) {
			return false
		}
	}
	return true
}

// sharedObject returns the actors of the object of the verb that verb v
// is coordinated with: "accused Doha of harassment and demanded ...".
func (x *doc) sharedObject(v int) []int {
	if x.syn.Tokens[v].Rel != syntax.Conj {
		return nil
	}
	return x.actorsOf(x.childWith(x.head(v), syntax.Obj))
}

// handovers are the nouns of giving people back, whose "of" phrase is
// who is given: "the release of the president".
var handovers = map[string]bool{"release": true, "return": true, "freedom": true, "extradition": true,
	"handover": true, "repatriation": true}

// ofPrepActors returns the actors of the prepositional phrases of the
// "of" phrase of h: an event noun's own event noun ("resumption of ties
// between X and Y").
func (x *doc) ofPrepActors(h int) []int {
	if j := x.nmodWith(h, "of"); j >= 0 {
		return x.prepActors(j, syntax.Nmod)
	}
	return nil
}

// nmodWith returns the first nominal modifier of h that preposition prep
// opens ("of Embalo", "to Afghanistan"), or -1.
func (x *doc) nmodWith(h int, prep string) int {
	for _, j32 := range x.kids[h] {
		if j := int(j32); x.syn.Tokens[j].Rel == syntax.Nmod && x.caseOf(j) == prep {
			return j
		}
	}
	return -1
}

func hasRel(r syntax.Rel, rels []syntax.Rel) bool {
	for _, x := range rels {
		if r == x {
			return true
		}
	}
	return false
}

// fromActors returns the actors of a "from" phrase of verb v.
func (x *doc) fromActors(v int) []int {
	for _, j32 := range x.kids[v] {
		j := int(j32)
		if x.syn.Tokens[j].Rel == syntax.Obl && x.caseOf(j) == "from" {
			return x.actorsOf(j)
		}
	}
	return nil
}

// reportedSubjects returns the subjects of what a reporting verb says:
// "Washington said Moscow was expanding" gives Moscow.
func (x *doc) reportedSubjects(v int) []int {
	c := x.contentClause(v)
	if c < 0 {
		return nil
	}
	s := x.childWith(c, syntax.Nsubj, syntax.NsubjPass)
	return x.actorsOf(s)
}

// warnedAnyone returns the story's country as the target of a warning
// whose clause threatens whoever does something ("anyone spreading
// chaos", "organisers of road blockades", "whoever attacks"), or nil: a
// threat to the people of the country the story is about.
func (x *doc) warnedAnyone(v int) []int {
	c := x.contentClause(v)
	if c < 0 || x.in.Focus == "" {
		return nil
	}
	s := x.childWith(c, syntax.Nsubj, syntax.NsubjPass)
	if s < 0 || !x.whoeverWord(s) {
		return nil
	}
	return []int{x.homeActor(s, s+1, "")}
}

// whoeverPatient returns the token of "whoever acts" that the clause's
// force falls on, the subject of a passive ("those responsible will be
// hunted down") or the object ("will punish anyone who …"), or -1.
func (x *doc) whoeverPatient(cl clause) int {
	p := x.childWith(cl.verb, syntax.Obj)
	if cl.passive {
		p = cl.subject
	}
	// The parser may make "those" a marker and "responsible" the
	// subject: "those responsible" is whoever the head.
	if p >= 0 && (whoever[x.d.Lower(p)] || p > 0 && whoever[x.d.Lower(p-1)]) {
		return p
	}
	return -1
}

// whoever are the subjects of a threat to anyone who acts.
// whoeverWord reports whether token t is a word for whoever does
// something, by its form or its lemma ("those", which the lemmatiser
// makes "that").
func (x *doc) whoeverWord(t int) bool {
	return whoever[x.d.Lower(t)] || whoever[x.lemma(t)]
}

var whoever = map[string]bool{"anyone": true, "anybody": true, "whoever": true, "everyone": true,
	"everybody": true, "those": true, "organiser": true, "organizer": true, "perpetrator": true,
	"culprit": true}

// without drops from as the actors in not, and repeats.
func (x *doc) without(as, not []int) []int {
	var out []int
	for _, a := range as {
		if !containsActor(not, a) && !containsActor(out, a) && !x.sameEntity(a, not) {
			out = append(out, a)
		}
	}
	return out
}

func containsActor(as []int, a int) bool {
	for _, b := range as {
		if a == b {
			return true
		}
	}
	return false
}

// sameEntity reports whether actor a is one of the entities of as.
func (x *doc) sameEntity(a int, as []int) bool {
	e := x.actors[a].Entity
	for _, b := range as {
		// A country's sectors are actors of their own: Georgian
		// demonstrators (GEOOPP) fire at the Georgian government (GEOGOV).
		if e != "" && x.actors[b].Entity == e && x.actors[b].Code == x.actors[a].Code {
			return true
		}
	}
	return false
}

// emit adds one event, once per sentence, code and actors.
func (x *doc) emit(si int, cl clause, code string, src, tgt []int, pattern string) {
	if len(src) == 0 && len(tgt) == 0 {
		return
	}
	shown := x.withPairs(tgt)
	if len(tgt) == 0 {
		shown = x.homeAddressed(cl, code, src) // shown, not remembered as anyone's victims
	}
	key := x.key(si, code, src, shown)
	if x.seen[key] {
		return
	}
	x.seen[key] = true
	sent := x.d.Sentences[si]
	ev := report.Event{
		Source: x.eventActors(src), Target: x.eventActors(shown),
		Action:  x.evidence(cl.verb, cl.verb+1),
		Pattern: pattern, Sentence: si, Evidence: x.evidence(sent.First, sent.End),
	}
	x.setCode(&ev, code)
	ev.Modality, ev.Cue = x.modality(cl)
	if code == "011" && refusal[x.lemma(cl.verb)] {
		ev.Modality, ev.Cue = report.ModalityAsserted, nil // "declined to comment" is done; "did not respond" is not
	}
	if ev.Root == "13" && (cl.by != nil || ev.Modality == report.ModalityAsserted && x.promises(cl.verb)) ||
		ev.Root == "03" && ev.Modality == report.ModalityAsserted && x.promises(cl.verb) {
		// A threat or a pledge takes the modality of what it promises,
		// as analysts code "warned that it would respond" and "pledged
		// to step up joint operations": the answer is to come, though
		// it "will not go unanswered".
		ev.Modality, ev.Cue = report.ModalityFuture, nil
	}
	if ev.Modality == report.ModalityAsserted && x.callsForProtest(cl) != "" {
		ev.Modality, ev.Cue = report.ModalityFuture, nil // "called a general strike for Thursday": the strike is to come
	}
	if c := recode(code, x.refusal(cl.verb), x.sought(cl.verb)); c != code {
		x.setCode(&ev, c)
	}
	x.setPLOVER(&ev, cl)
	x.attach(&ev, cl)
	x.events = append(x.events, ev)
	x.coded[cl.verb] = true
	if ev.QuadClass == 4 && ev.Modality == report.ModalityAsserted && len(src) > 0 && !x.unknown(src) {
		x.lastForce, x.forceSentence = src, si
		x.forces = append(x.forces, src)
		if r := ev.Root; r == "18" || r == "19" || r == "20" {
			x.lastAssault = src
		}
	}
	if ev.QuadClass == 4 && ev.Modality == report.ModalityAsserted && len(tgt) > 0 && !x.unknown(tgt) {
		x.lastVictims = tgt
	}
	if ev.Root == "11" && len(src) > 0 {
		x.lastAccuser, x.lastAccused = src, tgt
	}
	if ev.Modality == report.ModalityAsserted && len(src) > 0 && !x.unknown(src) {
		x.lastBy[x.lemma(cl.verb)] = src
		// "issued a warrant": the warrant's issuer; but "condemned the
		// attack" answers an attack told before and did not make it.
		if o := x.childWith(cl.verb, syntax.Obj); o >= 0 && !x.refersBack(o) {
			x.lastBy[x.lemma(o)] = src
		}
	}
}

// answered returns the actors of the last event that noun o refers back
// to, by its verb ("the seizure": who seized) or its object ("the
// warrant": who issued one), or nil.
func (x *doc) answered(o int) []int {
	if src, ok := x.lastBy[x.lemma(o)]; ok {
		return src
	}
	if n, ok := nominals[x.d.Lower(o)]; ok {
		return x.lastBy[n.verb]
	}
	if stem, ok := strings.CutSuffix(x.d.Lower(o), "ing"); ok && len(stem) > 2 {
		if src, ok := x.lastBy[stem]; ok {
			return src // "the boarding": who boarded
		}
		return x.lastBy[stem+"e"] // "the shelling" is shell's, "the seizing" seize's
	}
	return nil
}

// setPLOVER sets the PLOVER type of an event as PLOVER's coders read it,
// where the conversion table of its CAMEO code says otherwise.
func (x *doc) setPLOVER(ev *report.Event, cl clause) {
	if t, ok := ploverAmends[ev.CAMEO]; ok {
		ev.PLOVER = t
	}
	ev.PLOVER = ploverType(ev.PLOVER, ev.Modality)
	switch {
	case x.lemma(cl.verb) == "agree" && (ev.PLOVER == "SUPPORT" || ev.PLOVER == "COOPERATE" || ev.PLOVER == "CONSULT"):
		ev.PLOVER = "AGREE" // PLOVER's AGREE is agreeing to something, whatever CAMEO's 050 maps to
	case ev.Root == "08" && x.resigns(cl.verb) && ev.Modality != report.ModalityIntended:
		// Leaving office withdraws, announced or done (CAMEO's 083 is
		// yielding to a demand); "agreed to resign" stays an agreement.
		ev.PLOVER = "RETREAT"
	case ev.Root == "15" && ev.Cue != nil && cooperative[x.lemma(x.d.TokenAt(ev.Cue.Start))]:
		ev.PLOVER = "AGREE" // "willing to send troops" offers them; "plans to send troops" threatens
	}
}

// namesCharge reports whether token o is a definite noun that names an
// accusation told before: "the accusation", "these allegations".
func (x *doc) namesCharge(o int) bool {
	return o >= 0 && chargeNouns[x.d.Lower(o)] && x.refersBack(o)
}

// rejectsReport reports whether verb v dismisses or rejects the report
// its object o names and refers back to: "dismissed the account",
// "rejected Tehran's version".
func (x *doc) rejectsReport(v, o int) bool {
	l := x.lemma(v)
	return (l == "dismiss" || l == "reject") && o >= 0 && reportNouns[x.lemma(o)] && x.refersBack(o)
}

// chargeOwner returns the actor whose charge or account the object o
// names in the possessive ("Belgrade's accusations", "al-Shabaab's
// claim"), or -1.
func (x *doc) chargeOwner(o int) int {
	if o < 0 || !chargeNouns[x.d.Lower(o)] && !reportNouns[x.lemma(o)] {
		return -1
	}
	return x.childActor(o, syntax.NmodPoss)
}

// reportNouns name what a side said happened.
var reportNouns = map[string]bool{"account": true, "version": true, "report": true, "statement": true,
	"explanation": true, "narrative": true, "assertion": true, "finding": true, "toll": true, "figure": true}

var chargeNouns = map[string]bool{"accusation": true, "accusations": true, "allegation": true,
	"allegations": true, "charge": true, "charges": true, "claim": true, "claims": true, "indictment": true,
	"indictments": true, "protest": true, "protests": true, "criticism": true, "criticisms": true,
	"complaint": true, "complaints": true, "condemnation": true}

// namesForce reports whether token o is a definite noun that names a use
// of force told before: "the attack", "the takeover", "this coup".
func (x *doc) namesForce(o int) bool {
	if o < 0 || !x.refersBack(o) {
		return false
	}
	return x.forceNoun(x.d.Lower(o))
}

// forceNoun reports whether the noun w names a use of force: "coup",
// "strikes", "the attack".
func (x *doc) forceNoun(w string) bool {
	if forceNouns[w] {
		return true
	}
	n, ok := nominals[w]
	if !ok {
		return false
	}
	code := n.code
	if code == "" {
		code = defaultCode(x.dict.Verbs(n.verb)).Fwd
	}
	return cameo.QuadClass(code) == 4
}

// lastForceMentioned reports whether o is "it", "them" or "this" and the
// sentence before told of force: "The United Arab Emirates also
// condemned it".
func (x *doc) lastForceMentioned(o int) bool {
	if o < 0 || !backPronouns[x.d.Lower(o)] {
		return false
	}
	si := x.d.SentenceOf(o)
	for _, ev := range slices.Backward(x.events) {
		if s := x.d.SentenceOf(x.d.TokenAt(ev.Action.Start)); s < si-1 {
			return false
		}
		if ev.QuadClass == 4 || ev.Root == "11" {
			return true
		}
	}
	return false
}

// backPronouns refer back to what the text told before.
var backPronouns = map[string]bool{"it": true, "this": true, "them": true, "these": true}

// forceNouns name uses of force that the dictionary codes by no verb.
var forceNouns = map[string]bool{"coup": true, "takeover": true, "putsch": true, "crackdown": true,
	"violence": true, "bloodshed": true, "shooting": true, "shootings": true, "blast": true, "blasts": true}

// setCode sets an event's code and what the codes table says of it.
func (x *doc) setCode(ev *report.Event, code string) {
	info, _ := x.codes.Lookup(code)
	ev.CAMEO, ev.Base, ev.Root, ev.Name = code, cameo.Base(code), cameo.Root(code), info.Name
	ev.QuadClass, ev.Goldstein = cameo.QuadClass(code), info.Goldstein
	ev.PLOVER, ev.Mode, ev.Context = info.PLOVER, info.Mode, info.Context
}

func (x *doc) key(si int, code string, src, tgt []int) string {
	var b strings.Builder
	b.WriteString(strconv.Itoa(si) + "|" + code)
	for _, a := range src {
		b.WriteString("|" + x.actors[a].Code)
	}
	b.WriteString(">")
	for _, a := range tgt {
		b.WriteString("|" + x.actors[a].Code)
	}
	return b.String()
}

func (x *doc) eventActors(as []int) []report.EventActor {
	out := make([]report.EventActor, 0, len(as))
	for _, a := range as {
		ac := x.resolved(x.actors[a])
		out = append(out, report.EventActor{Evidence: x.evidence(ac.First, ac.End), Entity: ac.Entity,
			Name: ac.Name, Code: ac.Code, Country: ac.Country})
	}
	return out
}

// resolved gives an actor that names no country of its own the one its
// context gives it.
func (x *doc) resolved(ac Actor) Actor {
	switch home, own := x.home(ac), x.speakersGovernment(ac); {
	case ac.Country != "" || ac.Entity != "":
	case own != "":
		// "the government had summoned India's envoy", in the words
		// of Pakistan's spokeswoman, is her government.
		ac.Code, ac.Country = own+ac.Code, own
	case home != nil:
		// "Somali pirates ... the pirates surrendered": the same
		// pirates.
		ac.Code, ac.Country = home.Code, home.Country
	case armedSectors[ac.Code] && x.storyGroup() != nil:
		// "troops killed dozens of terrorists" in a story about
		// Boko Haram: its fighters.
		g := x.storyGroup()
		ac.Entity, ac.Name, ac.Code, ac.Country = g.Entity, g.Name, g.Code, g.Country
	case len(ac.Code) >= 3 && domesticSectors[ac.Code[:3]] && x.in.Focus != "" && !x.namedModifier(ac):
		// "the government" of a report on Peru is PERGOV, and its
		// "protesters" PEROPP: the people of the story's country;
		// "In Banjul, the government said" is Gambia's state.
		c := x.in.Focus
		if stateSectors[ac.Code[:3]] {
			c = cmp.Or(x.openingCapital(ac.First), c)
		}
		ac.Code, ac.Country = c+ac.Code, c
	}
	return ac
}

// evidence returns the words of tokens [i, j).
func (x *doc) evidence(i, j int) report.Evidence {
	sp := x.d.SpanOf(i, j)
	return report.Evidence{Span: report.Span{Start: sp.Start, End: sp.End}, Text: x.d.Str(sp)}
}

// attach sets who reports the event, and its place and date.
func (x *doc) attach(ev *report.Event, cl clause) {
	at := ev.Action.Start
	for _, q := range x.in.Quotes {
		if q.Text.Start <= at && at < q.Text.End {
			ev.ReportedBy, ev.Reporter = q.ID, q.SpeakerName
			// A report that denies by its own words ("We have never fired")
			// negates its events itself; one whose cue denies ("denied
			// that troops fired") denies them all.
			if q.Stance == report.StanceDenies && q.Negation == nil && ev.Modality == report.ModalityAsserted {
				ev.Modality = report.ModalityDenied
			}
			break
		}
	}
	sent := ev.Evidence.Span
	for _, p := range x.in.Places {
		if !p.Located() {
			continue // a place exports need coordinates for
		}
		for _, m := range p.Mentions {
			if m.Site() && m.Start >= sent.Start && m.End <= sent.End && ev.Place == "" && !x.d.Dateline(x.d.TokensIn(m.Start, m.End)) {
				ev.Place = p.ID // where it happened; a dateline says where the story was filed
			}
		}
	}
	for _, t := range x.in.Times {
		if t.Start >= sent.Start && t.End <= sent.End && t.Date != nil {
			d := *t.Date
			ev.Date = &d
			break
		}
	}
}

// contentClause returns the clause that verb or noun v reports: its
// complement clause, or the clause the parser attached otherwise ("a
// reminder that Iraq must comply" read as a relative clause, "declared
// that …" as an adverbial one), or -1.
func (x *doc) contentClause(v int) int {
	if c := x.childWith(v, syntax.Ccomp); c >= 0 {
		return c
	}
	if x.syn.Tokens[v].UPOS == syntax.NOUN {
		return x.childWith(v, syntax.Acl, syntax.AclRelcl)
	}
	// "declared Tuesday that China must drop …" parsed as adverbial.
	if c := x.childWith(v, syntax.Advcl); c > v {
		if m := x.childWith(c, syntax.Mark); m >= 0 && x.d.Lower(m) == "that" {
			return c
		}
	}
	return -1
}
