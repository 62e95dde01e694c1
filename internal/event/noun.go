package event

import (
	"slices"
	"strings"

	"sitrep/internal/syntax"
)

// nominal is an event noun: the verb whose patterns it takes, or a code
// of its own, and whether its "of" phrase is what is acted on ("the
// invasion of Ukraine") rather than who acts ("the withdrawal of
// troops").
type nominal struct {
	verb    string
	code    string
	patient bool
}

// nominals are the event nouns of news English, singular and plural.
var nominals = map[string]nominal{}

func init() {
	for _, n := range []struct {
		nouns   []string
		verb    string
		code    string
		patient bool
	}{
		{[]string{"attack", "attacks", "assault", "assaults", "offensive", "offensives"}, "attack", "", true},
		{[]string{"airstrike", "airstrikes", "air strike", "air strikes", "air raid", "air raids", "bombing", "bombings", "bombardment"}, "", "195", true},
		{[]string{"shelling", "shellings"}, "", "194", true},
		{[]string{"raid", "raids", "incursion", "incursions"}, "raid", "", true},
		{[]string{"ambush", "ambushes"}, "ambush", "", true},
		{[]string{"invasion", "invasions"}, "invade", "", true},
		{[]string{"occupation"}, "occupy", "", true},
		{[]string{"blockade", "blockades"}, "blockade", "", true},
		{[]string{"deployment", "deployments", "redeployment"}, "deploy", "", false},
		{[]string{"withdrawal", "withdrawals", "pullout", "retreat"}, "withdraw", "", false},
		{[]string{"buildup", "build-up", "mobilization", "mobilisation"}, "", "154", false},
		{[]string{"exercise", "exercises", "drill", "drills", "war game", "war games", "wargames", "manoeuvres", "maneuvers"}, "", "150", true},
		{[]string{"delivery", "deliveries", "shipment", "shipments", "supply", "supplies"}, "supply", "", false},
		{[]string{"visit", "visits", "trip"}, "visit", "", true},
		{[]string{"talks", "negotiations", "negotiation"}, "", "046", true},
		{[]string{"mediation"}, "", "045", true},
		{[]string{"meeting", "meetings", "summit"}, "meet", "", true},
		{[]string{"sanctions", "embargo", "embargoes"}, "", "163", true},
		{[]string{"arrest", "arrests", "detention"}, "arrest", "", true},
		{[]string{"killing", "killings", "massacre", "massacres"}, "kill", "", true},
		{[]string{"abduction", "abductions", "kidnapping", "kidnappings"}, "kidnap", "", true},
		{[]string{"assassination", "assassinations"}, "assassinate", "", true},
		{[]string{"execution", "executions"}, "execute", "", true},
		{[]string{"condemnation", "criticism"}, "condemn", "", true},
		{[]string{"accusation", "accusations", "allegation", "allegations"}, "accuse", "", true},
		{[]string{"threat", "threats", "ultimatum"}, "threaten", "", true},
		{[]string{"protest", "protests", "demonstration", "demonstrations", "rally", "rallies", "march", "marches", "sit-in"}, "", "141", true},
		{[]string{"hunger strike", "hunger strikes"}, "", "142", true},
		{[]string{"walkout", "walkouts", "boycott", "boycotts"}, "", "143", true},
		{[]string{"strike", "strikes"}, "", "190", true}, // a labour strike is told by its modifier, see noun
		{[]string{"riot", "riots", "unrest"}, "", "145", true},
		{[]string{"support", "backing"}, "support", "", true},
		{[]string{"aid", "assistance"}, "", "070", true},
		{[]string{"cooperation"}, "cooperate", "", true},
		{[]string{"agreement", "accord", "treaty"}, "", "057", true},
		{[]string{"appeal", "appeals", "request", "requests", "demand", "demands"}, "appeal", "", true},
		{[]string{"warning", "warnings"}, "warn", "", true},
		{[]string{"statement", "declaration", "communique", "reminder"}, "", "010", true},
		{[]string{"expulsion", "expulsions"}, "expel", "", true},
		{[]string{"intervention"}, "intervene", "", true},
		{[]string{"suspension"}, "suspend", "", true},
		{[]string{"closure"}, "close", "", true},
		{[]string{"cancellation"}, "cancel", "", true},
		{[]string{"seizure", "capture"}, "seize", "", true},
		{[]string{"evacuation"}, "evacuate", "", false},
		{[]string{"release"}, "release", "", true},
		{[]string{"crackdown"}, "", "175", true},
		{[]string{"curfew", "curfews"}, "", "1723", true},
		{[]string{"martial law"}, "", "1724", true},
		{[]string{"rejection"}, "reject", "", true},
		{[]string{"investigation", "investigations", "inquiry", "inquiries", "probe", "probes"}, "investigate", "", true},
		{[]string{"denunciation"}, "denounce", "", true},
		{[]string{"protest note", "protest notes", "protest letter", "protest letters"}, "", "114", true},
	} {
		for _, w := range n.nouns {
			nominals[w] = nominal{verb: n.verb, code: n.code, patient: n.patient}
		}
	}
}

func isNominal(w string) bool { _, ok := nominals[w]; return ok }

// lightVerbs lend their subject to the event noun they take as object:
// "carried out airstrikes", "launched an offensive".
var lightVerbs = map[string]bool{"carry": true, "launch": true, "conduct": true, "stage": true, "mount": true,
	"wage": true, "make": true, "pay": true, "hold": true, "begin": true, "start": true, "continue": true,
	"step": true, "intensify": true, "escalate": true, "order": true, "announce": true, "impose": true,
	"organize": true, "organise": true, "call": true, "declare": true, "renew": true, "resume": true,
	"reopen": true, "issue": true, "extend": true, "tighten": true, "enforce": true,
	"open": true, "complete": true}

// handingVerbs lend their subject to the protest notes they take as
// object: "sent a protest letter to the BSF", "handed the envoy a protest
// note". Other objects of theirs are what is handed, not an event.
var handingVerbs = map[string]bool{"lodge": true, "send": true, "hand": true, "deliver": true, "submit": true}

// lightFor reports whether verb v lends its subject to the event noun o.
func (x *doc) lightFor(v, o int) bool {
	if lightVerbs[x.lemma(v)] {
		return true
	}
	n, _ := x.nominalAt(o)
	return handingVerbs[x.lemma(v)] && n.code == "114"
}

// nominalAt returns the event noun that ends at token i, of one word or
// two ("hunger strike", "air strikes").
func (x *doc) nominalAt(i int) (nominal, bool) {
	if i > 0 {
		if n, ok := nominals[x.d.Lower(i-1)+" "+x.d.Lower(i)]; ok {
			return n, true
		}
	}
	n, ok := nominals[x.d.Lower(i)]
	return n, ok
}

// lends reports whether verb v is a light verb whose object is an event
// noun that codes an event whatever its arguments: "organized a general
// strike" is the strike's event, not one of organizing. A noun whose verb
// codes only by pattern ("a suspension" of what?) may code nothing, and
// then the light verb keeps its own code.
func (x *doc) lends(v int) bool {
	if !lightVerbs[x.lemma(v)] && !handingVerbs[x.lemma(v)] || x.condemns(v) || x.names(v) {
		return false // "called the crackdown unacceptable" condemns it
	}
	o := x.childWith(v, syntax.Obj)
	if h := x.head(v); o < 0 && h >= 0 && x.syn.Tokens[v].Rel == syntax.Acl && x.syn.XPOS(v) == "VBN" {
		o = h // "a general strike called by the unions": the strike is the event
	}
	if o < 0 {
		return false
	}
	n, ok := x.nominalAt(o)
	return ok && x.lightFor(v, o) && (n.code != "" || !defaultCode(x.dict.Verbs(n.verb)).IsZero())
}

// noun codes the event noun at token i.
func (x *doc) noun(si, i int) {
	if x.lemma(i) == "contact" && x.caseOf(i) == "in" && x.childWith(i, syntax.Cop) >= 0 {
		x.code(si, x.nounClause(i, nominal{}), coded(x.d.Lower(i), "040")) // "was in close contact with both governments"
		return
	}
	n, ok := x.nominalAt(i)
	if !ok {
		// A gerund of a dictionary verb is its event: "Russia's sending
		// of tanks to Syria".
		w := x.d.Lower(i)
		if !strings.HasSuffix(w, "ing") || len(x.dict.Verbs(w)) == 0 {
			return
		}
		n = nominal{verb: w}
	}
	if n.code == "190" && x.labourStrike(i) {
		n.code = "143"
	}
	if h := x.head(i); h >= 0 && x.syn.Tokens[i].Rel == syntax.Obj && x.lightFor(h, i) && x.coded[h] {
		return // "held talks" was coded by its verb's own pattern
	}
	if n.verb == "supply" && x.childCase(i, "of", "to") < 0 {
		return // "Chinese supplies" are goods; "supplies of arms to Syria" is a transfer
	}
	cl := x.nounClause(i, n)
	if cl.subject < 0 && cl.object < 0 && len(x.prepActors(i, syntax.Nmod)) == 0 {
		return // no one does it and no one undergoes it: not an event here
	}
	if n.code != "" {
		x.code(si, cl, coded(x.d.Lower(i), n.code))
		return
	}
	if verbs := x.multiword(i, x.dict.Verbs(n.verb)); len(verbs) > 0 {
		x.code(si, cl, verbs)
	}
}

// nounClause collects the arguments of an event noun: the possessor, a
// nationality or a "by" phrase act; "of" acts or undergoes as the noun
// says; the object of a light verb takes that verb's subject.
func (x *doc) nounClause(i int, n nominal) clause {
	s := x.d.Sentences[x.d.SentenceOf(i)]
	cl := clause{verb: i, subject: -1, agent: -1, object: -1, light: -1, noun: true}
	x.setAfter(&cl, s.First, s.End)
	for k, pp := range cl.afterPP {
		if pp == "of" {
			cl.afterPP[k] = "" // "the deployment of troops" reads as "deploy troops"
		}
	}
	for _, rel := range []syntax.Rel{syntax.NmodPoss, syntax.Amod, syntax.Compound} {
		if c := x.childWith(i, rel); c >= 0 && x.actorAt[c] >= 0 {
			cl.subject = c
			break
		}
	}
	if c := x.caseOf(i); (c == "on" || c == "in") && x.childWith(i, syntax.Cop) >= 0 {
		cl.subject = x.childWith(i, syntax.Nsubj) // "dockworkers have been on strike", "it was in contact with"
	}
	for _, j32 := range x.kids[i] {
		j := int(j32)
		if x.syn.Tokens[j].Rel != syntax.Nmod {
			continue
		}
		switch x.caseOf(j) {
		case "by":
			cl.subject = j
		case "of":
			if !n.patient && cl.subject < 0 {
				cl.subject = j
			} else {
				cl.object = j
			}
		}
	}
	for _, j32 := range x.kids[i] {
		if j := int(j32); cl.subject < 0 && x.syn.Tokens[j].Rel == syntax.Acl && lightVerbs[x.lemma(j)] {
			cl.subject = x.clauseOf(j).agent // "a strike called by the unions": the unions strike
		}
	}
	if h := x.head(i); h >= 0 && x.syn.Tokens[i].Rel == syntax.Obj && x.lightFor(h, i) && !x.condemns(h) && !x.names(h) {
		cl.light = h
		if cl.subject < 0 {
			cl.subject = x.clauseOf(h).subject
		}
		for _, j32 := range x.kids[h] {
			if j := int(j32); cl.object < 0 && j != i && (x.syn.Tokens[j].Rel == syntax.Obj || x.syn.Tokens[j].Rel == syntax.Iobj) && x.headActor(j) >= 0 {
				cl.object = j // "handed the envoy a protest note": to whom
			}
		}
	}
	if cl.subject >= 0 && x.actorAt[i] >= 0 && int(x.actorAt[i]) == x.headActor(cl.subject) {
		cl.subject = -1
	}
	return cl
}

// labourStrike reports whether the strike at token i is a work stoppage
// ("a general strike", "the teachers' strike") rather than an attack
// ("a missile strike"), which news more often means.
func (x *doc) labourStrike(i int) bool {
	if x.labour && x.refersBack(i) || x.caseOf(i) == "on" {
		return true // "the strike" after a general strike is that strike; people are "on strike"
	}
	for _, c := range x.kids[i] {
		l := x.lemma(int(c))
		if strikeWords[l] || strings.HasSuffix(l, "-hour") || strings.HasSuffix(l, "-day") || strings.HasSuffix(l, "-week") {
			x.labour = true
			return true
		}
		if p := x.caseOf(int(c)); (p == "by" || p == "over" || p == "against") && strikeWords[l] {
			x.labour = true
			return true // "a strike by union bosses", "a strike over wages"
		}
	}
	return false
}

// strikeWords tell a work stoppage from an attack when they modify
// "strike": who strikes, over what, and how ("a political strike", "a
// 24-hour strike").
var strikeWords = map[string]bool{"general": true, "national": true, "nationwide": true, "labour": true,
	"labor": true, "worker": true, "union": true, "teacher": true, "doctor": true, "nurse": true, "miner": true,
	"transport": true, "rail": true, "port": true, "dock": true, "trucker": true, "indefinite": true,
	"open-ended": true, "political": true, "warning": true, "wildcat": true, "boss": true, "wage": true,
	"pay": true, "pension": true, "salary": true, "employee": true}

// childCase returns the first dependent of h introduced by one of the
// prepositions, or -1.
func (x *doc) childCase(h int, preps ...string) int {
	for _, j32 := range x.kids[h] {
		if j := int(j32); slices.Contains(preps, x.caseOf(j)) {
			return j
		}
	}
	return -1
}
