package event

import (
	"strings"

	"sitrep/internal/cameo"
	"sitrep/internal/report"
	"sitrep/internal/syntax"
	"sitrep/internal/text"
)

// recode turns an event the text refuses into the CAMEO code for the
// refusal, as PETRARCH's dictionaries code them: "would not provide
// support" is a rejection of cooperation (121), "will not allow" a
// refusal to yield (124). Announced and intended events keep their code:
// the modality says they are not done (CAMEO's coders do the same:
// "pledged to expel" is 174), and their PLOVER type says what they are.
func recode(code string, refused, sought bool) string {
	root, sub := cameo.Root(code), code[min(2, len(code)):]
	switch {
	case refused:
		return refuse(root, sub, code)
	case sought:
		return intend(root, sub, code)
	}
	return code
}

// seekers are the verbs whose infinitive PETRARCH codes as the intent
// itself: "seeking to deepen a partnership" is an intent to cooperate
// (031), "offered to mediate" an intent to mediate (03), "wants to
// attack" a threat (138); so are the adjectives of readiness, as the
// CAMEO codebook's "express intent" codes read "said it was ready to
// send aid" (033); "prepared to attend" and "pledged to expel" keep the
// code of what is prepared or pledged.
var seekers = map[string]bool{"want": true, "wish": true, "seek": true, "hope": true, "intend": true, "aim": true,
	"offer": true, "volunteer": true, "propose": true, "ready": true, "willing": true}

// intend maps a cooperative event to its intent (03x) and force to a
// threat of force (138).
func intend(root, sub, code string) string {
	switch root {
	case "04":
		return "036"
	case "05":
		return "032"
	case "06":
		return pick(sub, map[string]string{"1": "0311", "2": "0312", "3": "0313", "4": "0314"}, "031")
	case "07":
		return pick(sub, map[string]string{"1": "0331", "2": "0332", "3": "0333", "4": "0334"}, "033")
	case "08":
		return pick(sub, map[string]string{"1": "0351", "2": "0352", "3": "0353", "5": "0354", "6": "0355", "7": "0356"}, "035")
	case "18", "19", "20":
		return "138"
	}
	return code
}

// sought reports whether the verb at v is the infinitive of a seeker.
func (x *doc) sought(v int) bool {
	h := x.head(v)
	return h >= 0 && (x.syn.Tokens[v].Rel == syntax.Xcomp || x.syn.Tokens[v].Rel == syntax.Acl) && seekers[x.lemma(h)]
}

// resigns reports whether the verb at v leaves an office: "resigned",
// "stepped down", "quit".
func (x *doc) resigns(v int) bool {
	switch x.lemma(v) {
	case "resign", "quit":
		return true
	case "step":
		p := x.childWith(v, syntax.CompoundPrt)
		return p >= 0 && x.d.Lower(p) == "down"
	}
	return false
}

// ploverAmends are the codes whose PLOVER type departs from the 2021
// conversion table. The table files easing a curfew or a state of
// emergency (0813, 0814) under RETREAT, noting only that "ease" is no
// longer a mode, while their parent 081 (easing administrative
// sanctions) stays CONCEDE; and it files imposing sanctions (163) under
// COERCE. PLOVER's own coded records treat lifting a curfew as a
// concession and sanctions as SANCTION, as the type's name says.
var ploverAmends = map[string]string{"0813": "CONCEDE", "0814": "CONCEDE", "163": "SANCTION"}

// ploverType is the PLOVER type of an event given its modality: PLOVER
// codes the announcement of future cooperation as AGREE and that of
// future force or pressure as THREATEN, whatever the act announced; force
// that would come if something happened threatens too ("may halt
// mediation if ..."), while force that may have come is still force.
func ploverType(typ, modality string) string {
	switch modality {
	case report.ModalityFuture, report.ModalityIntended:
		switch typ {
		case "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT":
			return "AGREE"
		}
	case report.ModalityHypothetical:
	default:
		return typ
	}
	switch typ {
	case "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT":
		return "THREATEN"
	}
	return typ
}

// refuse maps a cooperative event to its rejection (12x).
func refuse(root, sub, code string) string {
	switch root {
	case "03", "05":
		return "120"
	case "04":
		return "125"
	case "06", "07":
		return pick(sub, map[string]string{"1": "1211", "2": "1212"}, "121")
	case "15":
		return "120" // "refused to deploy peacekeepers" rejects a request, it mobilises nothing
	case "08":
		if sub[:min(1, len(sub))] == "3" {
			// refusing reform (083x) rejects the demand for it (123x)
			return "123" + sub[min(1, len(sub)):min(2, len(sub))]
		}
		return pick(sub, map[string]string{"1": "1241", "2": "1242", "4": "1243", "5": "1244", "6": "1245", "7": "1246"}, "124")
	}
	return code
}

// pick returns the code for the first digit of sub, or def.
func pick(sub string, m map[string]string, def string) string {
	if len(sub) > 0 {
		if c, ok := m[sub[:1]]; ok {
			return c
		}
	}
	return def
}

// refusal reports whether the text refuses the verb's event: "would not
// provide", "will not give", "refused to meet".
func (x *doc) refusal(v int) bool {
	if h := x.head(v); h >= 0 && x.syn.Tokens[v].Rel == syntax.Xcomp && refusal[x.lemma(h)] {
		return true
	}
	negated, modal := false, false
	for _, j32 := range x.kids[v] {
		j := int(j32)
		w := x.d.Lower(j)
		switch {
		case w == "not" || w == "never":
			negated = true
		case w == "won't" || w == "wouldn't":
			negated, modal = true, true
		case futureAux[w] || hypoAux[w]:
			modal = true
		}
	}
	return negated && modal
}

// The rules below code what the dictionary codes otherwise or not at
// all, as news and PLOVER's coders read it.

// condemns reports whether the clause names its object with a word of
// condemnation: "called the use of force unacceptable", "described the
// raid as a crime". The dictionary lists a few such names ("call *
// ILLEGITIMATE"); any other would take the verb's default, a phone call.
func (x *doc) condemns(v int) bool {
	switch x.lemma(v) {
	case "call", "describe", "label", "term", "brand":
	default:
		return false
	}
	s := x.d.Sentences[x.d.SentenceOf(v)]
	if xc := x.childWith(v, syntax.Xcomp); xc >= 0 && (condemnation[x.d.Lower(xc)] || x.condemnsIn(xc, s.First, s.End)) {
		return true // "called the report a lie", "called it an unacceptable attack on democracy"
	}
	if x.condemnsIn(v, s.First, s.End) {
		return true
	}
	// "called the arrest political revenge", "called the attack an
	// assault on the daily lives of Europeans": what names a use of force
	// anew condemns it, unless it praises it ("a success").
	return x.names(v) && x.namesForce(x.childWith(v, syntax.Obj)) && !x.praisesIn(v, s.First, s.End)
}

// praisesIn reports whether a word of praise depends on h.
func (x *doc) praisesIn(h, first, end int) bool {
	for j := first; j < end; j++ {
		if praise[x.d.Lower(j)] && x.under(j, h, first) {
			return true
		}
	}
	return false
}

// praise are words that approve of what they name.
var praise = map[string]bool{"success": true, "successful": true, "victory": true, "triumph": true, "milestone": true,
	"justified": true, "necessary": true, "legitimate": true, "lawful": true, "legal": true, "proportionate": true,
	"heroic": true, "historic": true, "important": true, "welcome": true, "courageous": true, "brave": true}

// condemnsIn reports whether a word of condemnation depends on h.
func (x *doc) condemnsIn(h, first, end int) bool {
	for j := first; j < end; j++ {
		if condemnation[x.d.Lower(j)] && x.under(j, h, first) {
			return true
		}
	}
	return false
}

// names reports whether verb v gives something a name: "called the
// contract a blank cheque", "what it called joint exercises", "drills
// that Beijing called Joint Sword".
func (x *doc) names(v int) bool {
	switch x.lemma(v) {
	case "call", "dub", "label", "term", "brand", "name":
	default:
		return false
	}
	if x.childWith(v, syntax.Xcomp) >= 0 {
		return true
	}
	if o := x.childWith(v, syntax.Obj); o >= 0 && (x.d.Lower(o) == "what" || x.d.Lower(o) == "which" || x.renamed(o)) {
		return true
	}
	if x.syn.Tokens[v].Rel != syntax.AclRelcl {
		return false
	}
	if h := x.head(v); x.d.Lower(h) == "what" || x.d.Lower(h) == "which" {
		return true
	}
	// "drills that Beijing called Joint Sword": the relative pronoun is
	// what is named, the noun phrase right after the verb its name ("the
	// envoy that Nairobi called on Monday" phoned him).
	if v+1 >= len(x.syn.Tokens) {
		return false
	}
	switch x.syn.Tokens[v+1].UPOS {
	case syntax.NOUN, syntax.PROPN, syntax.DET, syntax.ADJ:
	default:
		return false
	}
	for _, j := range x.kids[v] {
		if w := x.d.Lower(int(j)); w == "that" || w == "which" {
			return true
		}
	}
	return false
}

// renamed reports whether object o has the name it is given in
// apposition, as the parser reads "called the detention "a political
// reprisal"".
func (x *doc) renamed(o int) bool {
	for _, j := range x.kids[o] {
		if int(j) > o && x.syn.Tokens[j].Rel == syntax.Appos {
			return true
		}
	}
	return false
}

// condemnation are words that condemn what they name.
var condemnation = map[string]bool{"unacceptable": true, "illegal": true, "unlawful": true, "irresponsible": true,
	"provocative": true, "provocation": true, "outrageous": true, "reckless": true, "criminal": true,
	"shameful": true, "disgraceful": true, "unjustified": true, "unjustifiable": true, "illegitimate": true,
	"deplorable": true, "appalling": true, "abhorrent": true, "barbaric": true, "cowardly": true,
	"heinous": true, "inhumane": true, "intolerable": true, "destabilizing": true, "destabilising": true,
	"aggression": true, "crime": true, "crimes": true, "massacre": true, "genocide": true, "violation": true,
	"betrayal": true, "sham": true, "farce": true, "atrocity": true, "terrorism": true, "terrorist": true, "lie": true,
	"lies": true, "false": true, "baseless": true, "unfounded": true, "propaganda": true, "groundless": true,
	"absurd": true, "fabricated": true, "slander": true, "nonsense": true, "discriminatory": true,
	"unscientific": true, "hostile": true, "unfair": true, "unjust": true, "arbitrary": true, "excessive": true,
	"disproportionate": true, "regrettable": true, "counterproductive": true, "insult": true, "interference": true,
	"meddling": true, "blackmail": true, "piracy": true, "theft": true, "cynical": true, "racist": true,
	"xenophobic": true, "brutal": true, "senseless": true, "despicable": true, "reprehensible": true,
	"scandalous": true, "unconstitutional": true, "fraudulent": true, "rigged": true, "undemocratic": true,
	"repressive": true, "inflammatory": true, "hypocritical": true, "misleading": true, "smear": true,
	"witch-hunt": true, "hysteria": true, "reprisal": true, "reprisals": true, "persecution": true,
	"repression": true, "vendetta": true, "intimidation": true, "harassment": true, "fabrication": true, "dangerous": true, "escalation": true}

// summonsEnvoy reports whether the clause summons a diplomat, which the
// dictionary codes as a meeting (040) but news and PLOVER's coders read as
// a protest to the diplomat's country.
func (x *doc) summonsEnvoy(cl clause) bool {
	return x.lemma(cl.verb) == "summon" && x.envoyObject(cl)
}

// compensates reports whether the clause pays or promises money to
// those who suffered: "the state will pay 5 million naira to each
// victim's family", "will compensate traders whose stalls were burned",
// "announced compensation for the victims". Analysts code it as aid
// (071); the dictionary reads "pay" as buying and "compensate" as a
// complaint.
func (x *doc) compensates(cl clause) bool {
	if cl.passive {
		return false
	}
	o := x.childWith(cl.verb, syntax.Obj)
	switch l := x.lemma(cl.verb); {
	case l == "compensate":
		return o >= 0
	case o < 0 || l != "pay" && !granting[l]:
		return false
	case x.lemma(o) == "compensation":
		// "announced compensation" grants it; "paid compensation" the
		// dictionary codes as returning property (0842), as the PLOVER
		// gold does
		return l != "pay"
	}
	return x.money(o) && x.benefits(cl.verb)
}

// benefits reports whether the clause of verb v names those who suffered
// as whom its money is for, in a phrase of the verb or of its object:
// "to each victim's family", "for the displaced"; not "paid $2 billion
// for the drones".
func (x *doc) benefits(v int) bool {
	s := x.d.Sentences[x.d.SentenceOf(v)]
	for _, k := range x.subtree(v, s.First, s.End) {
		if !sufferers[x.lemma(k)] && !sufferers[x.d.Lower(k)] {
			continue // "for the displaced", lemmatised as the verb
		}
		for h, hops := k, 0; h >= 0 && h != v && hops < 3; h, hops = x.head(h), hops+1 {
			if c := x.caseOf(h); c == "to" || c == "for" {
				return true
			}
		}
	}
	return false
}

// sufferers are those whom compensation is paid to.
var sufferers = map[string]bool{"family": true, "victim": true, "relative": true, "survivor": true,
	"household": true, "displaced": true, "wounded": true, "injured": true, "bereaved": true, "dead": true,
	"trader": true, "farmer": true, "owner": true, "resident": true, "kin": true, "widow": true, "orphan": true}

// granting are the verbs by which a government grants money.
var granting = map[string]bool{"announce": true, "promise": true, "release": true, "pledge": true,
	"approve": true, "allocate": true, "disburse": true}

// money reports whether the phrase of noun o names an amount of money or
// compensation: "5 million naira", "$2 million in compensation".
func (x *doc) money(o int) bool {
	s := x.d.Sentences[x.d.SentenceOf(o)]
	for _, k := range x.subtree(o, s.First, s.End) {
		if moneyNouns[x.lemma(k)] || x.d.Word(k) == "$" {
			return true
		}
	}
	return false
}

var moneyNouns = map[string]bool{"compensation": true, "naira": true, "rupee": true, "afghani": true,
	"dollar": true, "peso": true, "kyat": true, "dinar": true, "taka": true, "shilling": true, "franc": true,
	"rupiah": true, "pound": true, "euro": true, "yuan": true, "birr": true, "cedi": true, "kwacha": true,
	"lira": true, "hryvnia": true, "rand": true, "real": true, "rouble": true, "ruble": true, "sole": true,
	"bolivar": true, "riyal": true, "dirham": true, "leone": true, "ariary": true, "metical": true, "gourde": true,
	"lempira": true, "quetzal": true, "colon": true, "cordoba": true, "guarani": true, "boliviano": true, "won": true,
	"yen": true, "ringgit": true, "baht": true, "dong": true, "kip": true, "riel": true, "tenge": true, "som": true,
	"somoni": true, "manat": true, "lari": true, "dram": true, "lev": true, "leu": true, "forint": true, "zloty": true,
	"koruna": true, "krona": true, "krone": true, "shekel": true, "rial": true, "kwanza": true, "dalasi": true,
	"nakfa": true, "pula": true, "kina": true, "rufiyaa": true}

// expelsEnvoys reports whether an expulsion (174) sends away a state's
// envoys: "expelled two Russian diplomats" reduces relations with Russia
// (166), as PLOVER codes it, and deports no one.
func (x *doc) expelsEnvoys(cl clause, code string) bool {
	return code == "174" && x.envoyObject(cl)
}

// envoyObject reports whether the object of the clause's verb is a
// diplomat.
func (x *doc) envoyObject(cl clause) bool {
	o := x.childWith(cl.verb, syntax.Obj)
	if o < 0 {
		return false
	}
	if envoys[x.lemma(o)] {
		return true
	}
	for _, j32 := range x.kids[o] {
		if j := int(j32); j < o && envoys[x.lemma(j)] {
			return true // "the charge d'affaires"
		}
		if j := int(j32); x.lemma(o) == "commissioner" && x.d.Lower(j) == "high" {
			return true // a Commonwealth country's envoy
		}
	}
	return false
}

var envoys = map[string]bool{"ambassador": true, "envoy": true, "diplomat": true, "chargé": true, "charge": true,
	"attaché": true, "consul": true}

// takesToCourt reports whether the clause takes someone to a court or a
// tribunal: "the EU takes China to the WTO", "took Russia to the ICJ".
func (x *doc) takesToCourt(cl clause) bool {
	if x.lemma(cl.verb) != "take" || x.childWith(cl.verb, syntax.Obj) < 0 {
		return false
	}
	for _, j32 := range x.kids[cl.verb] {
		j := int(j32)
		if x.caseOf(j) != "to" {
			continue
		}
		if courts[x.lemma(j)] || x.actorAt[j] >= 0 && strings.HasPrefix(x.actors[x.actorAt[j]].Code, "IGO") {
			return true
		}
	}
	return false
}

var courts = map[string]bool{"court": true, "tribunal": true, "arbitration": true}

// attributes reports whether the clause ties something to someone:
// "have linked the group to the GRU", "attributed the attack to Russia".
func (x *doc) attributes(cl clause) bool {
	switch x.lemma(cl.verb) {
	case "link", "tie", "attribute", "trace":
	default:
		return false
	}
	o := x.childWith(cl.verb, syntax.Obj)
	return o >= 0 && (x.childCase(cl.verb, "to") >= 0 || x.childCase(o, "to") >= 0)
}

// chargesWith reports whether the clause charges someone with a crime
// ("charged two men with assisting Chinese intelligence", "would be
// charged with incitement"): legal action (173), not the accusation
// (112) the dictionary reads in "charge".
func (x *doc) chargesWith(cl clause) bool {
	if x.lemma(cl.verb) != "charge" {
		return false
	}
	for _, j32 := range x.kids[cl.verb] {
		if j := int(j32); x.syn.Tokens[j].Rel == syntax.Obl && x.caseOf(j) == "with" {
			return true
		}
	}
	return false
}

// issuesWarrant reports whether the clause issues a warrant or an
// indictment: legal action against someone (173).
func (x *doc) issuesWarrant(cl clause) bool {
	o := x.childWith(cl.verb, syntax.Obj)
	return o >= 0 && x.lemma(cl.verb) == "issue" && (x.lemma(o) == "warrant" || x.lemma(o) == "indictment")
}

// blockade reports whether a clause of blocking has sources that hold no
// power of a state: "paper workers blocked the bridge", "people blocked
// streets" obstruct as a protest (144); an army's blockade coerces.
func (x *doc) blockade(cl clause, src []int) bool {
	switch x.lemma(cl.verb) {
	case "block", "blockade", "barricade":
	default:
		return false
	}
	if len(src) == 0 {
		return false
	}
	for _, a := range src {
		code := x.sectorOf(a)
		if code == "" || len(code) >= 3 && (stateSectors[code[:3]] || code[:3] == "IGO") {
			return false // a state's or an alliance's blockade coerces
		}
	}
	return true
}

// sectorOf returns actor a's code without its country: "COP" of
// "PERCOP", the whole code of an actor of no country.
func (x *doc) sectorOf(a int) string {
	code := x.actors[a].Code
	if c := x.actors[a].Country; c != "" {
		code = strings.TrimPrefix(code, c)
	}
	return code
}

// institutional reports whether every source is a state, an
// international body or a non-governmental organisation, which protest
// in words, not in the street.
func (x *doc) institutional(src []int) bool {
	if len(src) == 0 {
		return false
	}
	for _, a := range src {
		code := x.sectorOf(a)
		switch {
		case report.International(x.actors[a].Code), code == "" && x.actors[a].Country != "":
		case len(code) >= 3 && (stateSectors[code[:3]] || code[:3] == "NGO" || code[:3] == "IGO"):
		default:
			return false
		}
	}
	return true
}

// opposesProposal reports whether the clause opposes a plan, an offer or
// a mediation: opposing what others propose rejects it (120), where the
// dictionary's "oppose" disapproves (110).
func (x *doc) opposesProposal(cl clause) bool {
	if x.lemma(cl.verb) != "oppose" {
		return false
	}
	o := x.childWith(cl.verb, syntax.Obj)
	if o < 0 {
		o = x.childCase(cl.verb, "to") // "is opposed to French mediation"
	}
	return o >= 0 && proposals[x.lemma(o)]
}

var proposals = map[string]bool{"plan": true, "proposal": true, "mediation": true, "deal": true, "resolution": true,
	"initiative": true, "offer": true, "bill": true, "measure": true, "agreement": true, "treaty": true,
	"idea": true, "request": true, "demand": true, "draft": true}

// seizesGoods reports whether the clause seizes arms, craft or goods
// rather than ground: "troops seized 38 guns, four grenades and phones",
// "the navy seized a trawler and its 31 crew" confiscate property (1711),
// where the dictionary reads an occupation (192) for want of a pattern.
func (x *doc) seizesGoods(cl clause, code string) bool {
	if code != "192" || !seizeVerbs[x.lemma(cl.verb)] || cl.passive {
		return false
	}
	o := x.counted(x.childWith(cl.verb, syntax.Obj))
	return o >= 0 && x.actorAt[o] < 0 && (x.weapon(o) || goods[x.lemma(o)])
}

// takesAwayPeople reports whether the clause carries people off: "the
// gunmen took away two Ghanaian drill operators" abducts them (181),
// where the dictionary reads taking as occupying ground (192).
func (x *doc) takesAwayPeople(cl clause, code string) bool {
	if code != "192" || x.lemma(cl.verb) != "take" || cl.passive || cl.verb+1 >= len(x.d.Tokens) || x.d.Lower(cl.verb+1) != "away" {
		return false
	}
	o := x.counted(x.childWith(cl.verb, syntax.Obj))
	return o >= 0 && (x.people(o) || x.personNoun(o) || x.lex.AgentPerson(x.d.Lower(o)))
}

var (
	seizeVerbs = text.SetOf("seize", "capture", "confiscate", "impound", "take", "grab", "recover")
	goods      = text.SetOf("gun", "weapon", "arm", "ammunition", "round", "explosive", "grenade", "drug", "pill",
		"cocaine", "heroin", "hashish", "cannabis", "cash", "money", "catch", "cargo", "fuel", "goods", "cattle",
		"goat", "livestock", "motorcycle", "motorbike", "phone", "computer", "document", "equipment", "vessel",
		"ship", "trawler", "tanker", "lorry", "truck", "car", "vehicle", "boat", "cache", "haul", "shipment")
)

// shootsDown reports whether the clause brings down weapons in flight:
// "shot down 51 drones", "shot down or jammed 71 drones", "intercepted
// two missiles", "downed a drone". The lemmatiser may miss "shot", and
// the parse hang the weapons on a verb conjoined: the words after the
// verb name them.
func (x *doc) shootsDown(cl clause) bool {
	if cl.passive {
		return false
	}
	switch w := x.d.Lower(cl.verb); {
	case x.lemma(cl.verb) == "shoot" || w == "shot" || w == "shoots" || w == "shooting":
		if cl.verb+1 >= len(x.d.Tokens) || x.d.Lower(cl.verb+1) != "down" {
			return false
		}
	case x.lemma(cl.verb) == "intercept" || x.lemma(cl.verb) == "down":
	default:
		return false
	}
	s := x.d.Sentences[x.d.SentenceOf(cl.verb)]
	for t := cl.verb + 1; t < min(cl.verb+8, s.End); t++ {
		if x.weapon(t) && airborne[x.lemma(t)] {
			return true
		}
	}
	return false
}

// airborne are the weapons that fly: what is shot down or intercepted in
// the air, not boats intercepted at sea.
var airborne = text.SetOf("drone", "missile", "rocket", "aircraft", "jet", "plane", "helicopter", "balloon",
	"shell", "projectile", "munition", "uav", "fighter", "bomber")

// launchers returns who launched the weapons a clause brings down: a
// country their own words name ("63 Ukrainian drones"), else the last
// foreign side to use force.
func (x *doc) launchers(cl clause, src []int) []int {
	s := x.d.Sentences[x.d.SentenceOf(cl.verb)]
	if o := x.childWith(cl.verb, syntax.Obj); o >= 0 {
		for _, k := range x.subtree(o, s.First, s.End) {
			if a := x.actorAt[k]; a >= 0 && x.actors[a].Country != "" && !x.ownSide([]int{int(a)}, src) {
				return []int{int(a)}
			}
		}
	}
	return x.lastForeignForce(src)
}
