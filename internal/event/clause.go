package event

import (
	"cmp"
	"strings"

	"sitrep/internal/cameo"
	"sitrep/internal/syntax"
	"sitrep/internal/text"
)

// clause is one verb (or event noun) with its arguments on the parse.
type clause struct {
	verb    int  // the token that carries the event
	subject int  // head token of the subject, -1 for none
	passive bool // the subject is the target
	agent   int  // head of a passive's "by" phrase, -1 for none
	object  int  // head of what an event noun acts on ("of Ukraine"), -1 for none
	noun    bool // the event is a noun
	light   int  // the light verb that takes an event noun as its object, -1 for none
	lends   bool // a light verb whose event noun codes the event, unless a pattern of its own matches
	// more holds further subjects the parser gave the verb instead of
	// coordinating them: "The US, Russia, and Switzerland met".
	more   []int
	before []int // tokens of the subject, for the patterns' words before "*"
	after  []int // tokens of objects and complements, for those after it
	// beforePP and afterPP hold, for each of those tokens, the preposition
	// of the nearest prepositional phrase it sits in, "" for none.
	beforePP, afterPP []string
	// words holds the forms and lemmas of before and after, for the
	// patterns' quick test.
	words []string
	// by and against, when set, are the source and target the clause's
	// words leave out: the speaker of a threat and whom it threatens.
	by, against []int
}

func (x *doc) sentence(si int) {
	defer x.transform(si, len(x.events))
	s := x.d.Sentences[si]
	for j := s.First; j < s.End; j++ {
		if h := x.head(j); h >= 0 {
			x.kids[h] = append(x.kids[h], int32(j))
		}
	}
	var governors []int
	for i := s.First; i < s.End; i++ {
		switch {
		case x.governs(i):
			governors = append(governors, i)
		case x.syn.Tokens[i].UPOS == syntax.VERB && x.syn.Tokens[i].Rel.Base() != syntax.Case:
			x.verb(si, i) // "according to refugees" attributes; it is no act of according
		case x.syn.Tokens[i].UPOS == syntax.NOUN:
			x.noun(si, i)
		}
	}
	for _, g := range governors {
		if !x.coded[x.infinitive(g)] {
			x.governor(si, g)
		}
	}
}

// governs reports whether token v is a verb or adjective whose infinitive
// carries the event: "refused to meet" and "wants to attack" are coded by
// the infinitive with the governor's modality, and "aimed to" adds
// nothing of its own. Threats and promises are events themselves.
func (x *doc) governs(v int) bool {
	l := x.lemma(v)
	return intent[l] && !speechAct[l] && x.infinitive(v) >= 0
}

// speechAct verbs are events themselves when they govern an infinitive:
// a threat or a promise is made whether or not it is carried out.
var speechAct = map[string]bool{"threaten": true, "promise": true, "pledge": true, "vow": true, "propose": true}

// governor codes a governing word whose infinitive coded nothing:
// agreeing, offering or being ready to do something is an intent to
// cooperate (030), refusing it a rejection; wanting or planning it is
// no event.
func (x *doc) governor(si, g int) {
	l := x.lemma(g)
	switch {
	case cooperative[l]:
		x.code(si, x.clauseOf(g), coded(l, "030"))
	case refusal[l]:
		x.verb(si, g)
	}
}

// statementOf reports whether verb v is one of the dictionary's public
// statements (root 01): "comment", "elaborate".
func (x *doc) statementOf(v int) bool {
	if v < 0 {
		return false
	}
	for _, vb := range x.dict.Verbs(x.lemma(v)) {
		if statement(vb.Code.Fwd) || statement(vb.Block.Code.Fwd) {
			return true
		}
	}
	return false
}

// equipped reports whether verb v is a participle that tells what its
// noun comes with, not an event: "forces backed by drones and armoured
// bulldozers", "a convoy escorted by tanks". A backer that is an actor
// backs ("rebels backed by Rwanda").
func (x *doc) equipped(v int) bool {
	if x.syn.Tokens[v].Rel != syntax.Acl || !escorts[x.lemma(v)] {
		return false
	}
	a := x.childWith(v, syntax.OblAgent)
	return a >= 0 && x.force(a) && x.actorAt[a] < 0
}

// stative reports whether verb v is a participle that tells the state
// its subject stays in, not an act: "it remained fully engaged with
// Suriname", "the crossing stayed closed". "Appeared to have been
// launched" tells an act.
func (x *doc) stative(v int) bool {
	h := x.head(v)
	return x.syn.Tokens[v].Rel == syntax.Xcomp && h >= 0 && x.syn.XPOS(v) == "VBN" && linking[x.lemma(h)] &&
		x.childWith(v, syntax.Aux, syntax.AuxPass, syntax.Mark) < 0
}

// linking verbs join a subject to the state it is in.
var linking = map[string]bool{"remain": true, "stay": true, "seem": true, "appear": true, "look": true}

var escorts = map[string]bool{"back": true, "support": true, "escort": true, "accompany": true, "cover": true}

// cooperative governors express an intent to cooperate.
var cooperative = map[string]bool{"agree": true, "offer": true, "ready": true, "willing": true, "prepared": true,
	"commit": true, "volunteer": true}

// coded is the verb of one word and a fixed code that a rule, not the
// dictionary, gives: a threat, a protest, an event noun.
func coded(word, code string) []*cameo.Verb {
	return []*cameo.Verb{{Words: []string{word}, Code: cameo.Code{Fwd: code}, Block: &cameo.Block{}}}
}

// verb codes the verb at token i.
func (x *doc) verb(si, i int) {
	if x.declinesComment(i) {
		x.code(si, x.clauseOf(i), coded(x.d.Lower(i), "011")) // "declined to comment": a statement of no comment
		return
	}
	if x.idiom(si, i) || x.equipped(i) || x.stative(i) {
		return
	}
	if cl, ok := x.threat(i); ok {
		x.code(si, cl, coded(x.d.Lower(i), "130"))
		return
	}
	verbs := x.dict.Verbs(x.d.Lower(i))
	if len(verbs) == 0 {
		verbs = x.dict.Verbs(x.lemma(i))
	}
	if len(verbs) == 0 {
		// What the dictionary lacks: "troops manned checkpoints", "sat
		// down on the highway", "formed a human chain", "kept shops shut
		// in protest".
		cl := x.clauseOf(i)
		if c := cmp.Or(x.posture(cl, ""), x.protestCode(cl), x.reliefCode(cl)); c != "" {
			x.code(si, cl, coded(x.d.Lower(i), c))
		} else if x.sitsIn(cl) || x.humanChain(cl) {
			x.code(si, cl, coded(x.d.Lower(i), "141"))
		}
		return
	}
	verbs = x.multiword(i, verbs)
	cl := x.clauseOf(i)
	cl.lends = x.lends(i)
	x.code(si, cl, verbs)
}

// multiword keeps the verbs whose other words stand around token i,
// preferring the longest: "set up" over "set".
func (x *doc) multiword(i int, verbs []*cameo.Verb) []*cameo.Verb {
	best := 1
	var out []*cameo.Verb
	for _, v := range verbs {
		n := len(v.Words)
		if n > 1 && !x.wordsAround(i, v) {
			continue
		}
		if n > best {
			best, out = n, out[:0]
		}
		if n == best {
			out = append(out, v)
		}
	}
	return out
}

// wordsAround reports whether v's words before and after its verb word
// appear in order near token i, within the sentence.
func (x *doc) wordsAround(i int, v *cameo.Verb) bool {
	s := x.d.Sentences[x.d.SentenceOf(i)]
	j := i
	for _, w := range v.Words[v.Head+1:] {
		k := j + 1
		for k < s.End && k <= j+3 && !x.wordIs(k, w) {
			k++
		}
		if k >= s.End || k > j+3 {
			return false
		}
		j = k
	}
	j = i
	for h := v.Head - 1; h >= 0; h-- {
		if j-1 < s.First || !x.wordIs(j-1, v.Words[h]) {
			return false
		}
		j--
	}
	return true
}

// clauseOf collects the arguments of the verb at token v.
func (x *doc) clauseOf(v int) clause {
	cl := clause{verb: v, subject: -1, agent: -1, object: -1, light: -1}
	s := x.d.Sentences[x.d.SentenceOf(v)]
	for _, j32 := range x.kids[v] {
		j := int(j32)
		switch x.syn.Tokens[j].Rel {
		case syntax.Nsubj, syntax.NsubjOuter:
			if cl.subject >= 0 {
				cl.more = append(cl.more, j)
				continue
			}
			cl.subject = j
		case syntax.NsubjPass:
			if cl.subject >= 0 && cl.subject < v && j > v {
				continue // "the ministry rejected the accusation, saying … any connection": a misparse after the verb
			}
			cl.subject, cl.passive = j, true
		case syntax.OblAgent, syntax.Obl:
			if x.caseOf(j) == "by" && !x.inTime(j) {
				cl.agent = j // not "arrested by Sunday evening"
			}
		}
	}
	if cl.subject >= 0 && !cl.passive && x.childWith(v, syntax.AuxPass) >= 0 && x.syn.XPOS(v) == "VBN" {
		cl.passive = true // "workers were injured" with the subject mislabelled active
	}
	if cl.passive && x.childWith(v, syntax.AuxPass) < 0 && x.childWith(v, syntax.Obj) >= 0 {
		cl.passive = false // "Pakistan's military blamed India", its noun tagged an adjective: a passive takes no object
	}
	if cl.passive && cl.agent < 0 && stative[x.lemma(v)] {
		cl.passive = false // "Israel is opposed to the plan" says what Israel does; "opposed by" is a passive
	}
	if !cl.passive && cl.subject >= 0 && x.headlineHarm(v) {
		cl.passive = true // "seven civilians killed" in a headline, which drops the auxiliary
	}
	cl.more = append(cl.more, x.conjoinedSubjects(v)...)
	if cl.subject < 0 {
		cl.subject = x.pronounExpl(v)
	}
	if p := x.reducedPassive(v, cl.agent); cl.subject < 0 && p >= 0 {
		// "men suspected of spying", "a man killed by police": the noun
		// is what was done to, as in a passive.
		cl.subject, cl.passive = p, true
	}
	if cl.subject < 0 {
		cl.subject = x.inheritedSubject(v)
		if r := x.syn.Tokens[v].Rel; cl.subject >= 0 && (r == syntax.Acl || r == syntax.AclRelcl) && x.childWith(v, syntax.AuxPass) >= 0 {
			cl.passive = true // "workers (who) were injured": the noun is what was done to
		}
	}
	if cl.subject < 0 {
		cl.subject = x.strandedSubject(v)
	}
	if cl.subject >= 0 && isRelative(x.d.Lower(cl.subject)) {
		cl.subject = x.head(v) // "troops who attacked": the troops
	}
	x.setAfter(&cl, s.First, s.End)
	if cl.subject >= 0 {
		cl.before = x.subtree(cl.subject, s.First, s.End)
		cl.beforePP = x.preps(cl.before, x.head(cl.subject))
		cl.words = x.wordsOf(cl.words, cl.before)
	}
	return cl
}

// setAfter collects what follows the clause's verb in its phrase.
func (x *doc) setAfter(cl *clause, first, end int) {
	cl.after = x.complements(cl.verb, first, end)
	cl.afterPP = x.preps(cl.after, cl.verb)
	cl.words = x.wordsOf(cl.words[:0], cl.after)
}

// wordsOf appends the forms and lemmas of toks.
func (x *doc) wordsOf(out []string, toks []int) []string {
	for _, t := range toks {
		out = append(out, x.d.Lower(t))
		if l := x.lemma(t); l != x.d.Lower(t) {
			out = append(out, l)
		}
	}
	return out
}

// reducedPassive returns the noun that participle v modifies as a
// passive, or -1: with its agent ("a man killed by police") or as a charge
// ("men suspected of spying", also when parsed as a complement of
// "arrested"). Without either the parser's participle is as often a main
// verb it misread, whose noun is its subject.
func (x *doc) reducedPassive(v, agent int) int {
	if x.harmedNoun(v) {
		return x.head(v)
	}
	if x.syn.XPOS(v) != "VBN" || !(agent >= 0 || charged[x.lemma(v)]) {
		return -1
	}
	switch x.syn.Tokens[v].Rel {
	case syntax.Acl:
		return x.head(v)
	case syntax.Xcomp:
		if h := x.head(v); h >= 0 && charged[x.lemma(v)] {
			return x.childWith(h, syntax.Obj)
		}
	}
	return -1
}

// harmedNoun reports whether participle v says what was done to the noun
// right before it, having no object of its own: "the number of fishermen
// killed", whatever its tag, not "rebels killed 12 soldiers" misread as a
// participle.
func (x *doc) harmedNoun(v int) bool {
	switch x.syn.XPOS(v) {
	case "VBN", "VBD":
	default:
		return false
	}
	return harmed[x.lemma(v)] && x.syn.Tokens[v].Rel == syntax.Acl && x.childWith(v, syntax.Obj) < 0 && x.head(v) == v-1
}

// headlineHarm reports whether verb v of the headline tells harm done to
// its subject: a headline drops "were" ("seven civilians killed"), so a
// verb of harm with no object and no auxiliary is a passive there.
func (x *doc) headlineHarm(v int) bool {
	return x.d.HasTitle && x.d.Tokens[v].End <= x.d.Title.End && harmed[x.lemma(v)] &&
		x.childWith(v, syntax.Obj) < 0 && x.childWith(v, syntax.Aux) < 0
}

// harmed are the participles of harm done to people.
var harmed = map[string]bool{"kill": true, "wound": true, "injure": true, "abduct": true, "kidnap": true,
	"arrest": true, "detain": true, "shoot": true, "capture": true}

// charged are the participles that name a charge against their noun.
var charged = map[string]bool{"suspect": true, "accuse": true, "charge": true, "convict": true, "wanted": true,
	"sentence": true, "indict": true}

// inheritedSubject finds the subject of a verb that has none of its own:
// "aimed to create", "was expanding ... and aimed" and "responded by
// suspending talks" share their subject with the verb they depend on; a
// relative or participle clause takes the noun it modifies.
func (x *doc) inheritedSubject(v int) int {
	for hops := 0; hops < 4; hops++ {
		h := x.head(v)
		if h < 0 {
			return -1
		}
		if g := x.finiteAbove(h); g >= 0 && x.syn.Tokens[v].Rel == syntax.Conj && x.childWith(v, syntax.Aux) >= 0 {
			// "had sent troops to secure the road and had arrested
			// five": a verb with a tense of its own is coordinated with
			// the finite verb, not with the infinitive the parser chose.
			if s := x.childWith(g, syntax.Nsubj, syntax.NsubjPass); s >= 0 {
				return s
			}
			v = g
			continue
		}
		switch x.syn.Tokens[v].Rel {
		case syntax.Xcomp, syntax.Conj, syntax.Advcl, syntax.Ccomp:
			// "the ministry said, blaming sleeper cells": the parser
			// makes the participle what was said.
			if rel := x.syn.Tokens[v].Rel; (rel == syntax.Advcl || rel == syntax.Ccomp) && !x.byGerund(v) && !x.saidWhileDoing(v) && !x.summonedTo(v) || x.finiteXcomp(v) {
				return -1
			}
			// "urged Lima to open": the object of a control verb is
			// the subject, whoever urged, even a subject it inherits.
			if o := x.controller(h); o >= 0 && x.syn.Tokens[v].Rel == syntax.Xcomp && x.objectControls(h) {
				return o
			}
			s := x.childWith(h, syntax.Nsubj, syntax.NsubjPass)
			if s < 0 {
				s = x.pronounExpl(h)
			}
			if s >= 0 {
				return s
			}
			v = h
		case syntax.Acl, syntax.AclRelcl:
			if g := x.objectOf(h); g >= 0 && x.syn.XPOS(v) == "VBG" && x.wordIs(v-1, ",") {
				// "attacked a post near Djibo, killing 41": the parser
				// hung the adverbial participle on the object.
				if !x.saidWhileDoing(v) {
					return -1
				}
				return x.childWith(g, syntax.Nsubj)
			}
			if g := x.head(h); g >= 0 && statementNouns[x.lemma(h)] && x.syn.XPOS(v) == "VBG" && x.syn.Tokens[h].Rel == syntax.Obj {
				// "issued a statement condemning the strike": whoever
				// issued it condemns.
				if s := x.childWith(g, syntax.Nsubj); s >= 0 {
					return s
				}
				v = g
				continue
			}
			if g := x.head(h); g >= 0 && x.lemma(g) == "summon" && x.syn.Tokens[h].Rel == syntax.Obj {
				// "summoned the ambassador to protest": whoever
				// summoned protests.
				if s := x.childWith(g, syntax.Nsubj); s >= 0 {
					return s
				}
				v = g
				continue
			}
			// "Iran plans to attack": a noun of intent with a subject of
			// its own passes it on; any other noun is the subject.
			if s := x.childWith(h, syntax.Nsubj); s >= 0 && intent[x.lemma(h)] {
				return s
			}
			return h
		default:
			return -1
		}
	}
	return -1
}

// objectOf returns the verb whose object or oblique phrase holds noun n,
// or -1.
func (x *doc) objectOf(n int) int {
	for hops := 0; hops < 6 && n >= 0; hops++ {
		h := x.head(n)
		if h < 0 {
			return -1
		}
		switch x.syn.Tokens[n].Rel {
		case syntax.Obj, syntax.Obl:
			if x.syn.Tokens[h].UPOS == syntax.VERB {
				return h
			}
			return -1
		case syntax.Conj, syntax.Nmod, syntax.Appos, syntax.Compound:
			n = h
		default:
			return -1
		}
	}
	return -1
}

// finiteAbove returns the nearest verb above infinitive h that is not
// an infinitive itself, or -1 when h is none: in "sent 300 soldiers and
// two vehicles to secure the road", "sent" for "secure".
func (x *doc) finiteAbove(h int) int {
	if !x.toInfinitive(h) {
		return -1
	}
	for g, hops := x.head(h), 0; g >= 0 && hops < 4; g, hops = x.head(g), hops+1 {
		if x.syn.Tokens[g].UPOS == syntax.VERB && !x.toInfinitive(g) {
			return g
		}
	}
	return -1
}

// toInfinitive reports whether verb v, -1 for none, has the "to" of an
// infinitive.
func (x *doc) toInfinitive(v int) bool {
	if v < 0 {
		return false
	}
	m := x.childWith(v, syntax.Mark)
	return m >= 0 && x.d.Lower(m) == "to"
}

// finiteXcomp reports whether the parser made a verb in the past or
// present tense an open complement: in "Britain pledged aid, and China
// and Iran sent flights", "sent" has a subject of its own before it.
func (x *doc) finiteXcomp(v int) bool {
	if x.syn.Tokens[v].Rel != syntax.Xcomp {
		return false
	}
	switch x.syn.XPOS(v) {
	case "VBD", "VBZ", "VBP":
		return true
	}
	return false
}

// summonedTo reports whether v is the infinitive of purpose of a
// summons: in "summoned Zimbabwe's high commissioner on Saturday to
// protest" whoever summoned protests (the parser may also hang it on the
// envoy, see inheritedSubject).
func (x *doc) summonedTo(v int) bool {
	h := x.head(v)
	return h >= 0 && x.lemma(h) == "summon" && x.infinitive(h) == v
}

// byGerund reports whether adverbial clause v says by what means its
// head was done ("responded by suspending talks"), or is the infinitive
// of a verb of intent that the parser made adverbial ("prepared to resume
// shelling"): it has the same doer. Other adverbial clauses ("..., killing 20") are
// left to the verb they modify, as PETRARCH's coders leave them.
func (x *doc) byGerund(v int) bool {
	m := x.childWith(v, syntax.Mark, syntax.Case)
	return m >= 0 && x.d.Lower(m) == "by" || x.infinitive(x.head(v)) == v && intent[x.lemma(x.head(v))]
}

// saidWhileDoing reports whether adverbial clause v is a bare participle
// after a comma and its head, of a verbal act (CAMEO roots 02-06 and
// 09-13): "expelled the diplomats, accusing them of spying" says two
// things the subject did, where "attacked the village, killing 20" says
// one, and "denied it, saying" only explains the denial.
func (x *doc) saidWhileDoing(v int) bool {
	if x.syn.XPOS(v) != "VBG" || x.childWith(v, syntax.Mark) >= 0 || v < x.head(v) || !x.wordIs(v-1, ",") {
		return false
	}
	verbs := x.dict.Verbs(x.lemma(v))
	for _, vb := range verbs {
		c := vb.Code
		if c.IsZero() {
			c = vb.Block.Code
		}
		if c.Fwd == "" || !verbal(c.Fwd) {
			return false
		}
	}
	return len(verbs) > 0
}

// verbal reports whether code is a verbal act other than a statement, not
// a material one (aid 07, yielding 08, force 14-20).
func verbal(code string) bool {
	r := cameo.Root(code)
	return r >= "02" && r <= "06" || r >= "09" && r <= "13"
}

// infinitive returns the infinitive that verb v governs, as a complement
// or as an adverbial clause the parser made of it ("prepared to resume"),
// or -1.
func (x *doc) infinitive(v int) int {
	if c := x.childWith(v, syntax.Xcomp); c >= 0 {
		return c
	}
	if c := x.childWith(v, syntax.Advcl); c >= 0 && c > v {
		if m := x.childWith(c, syntax.Mark); m >= 0 && x.d.Lower(m) == "to" {
			return c
		}
	}
	return -1
}

// stative verbs read as adjectives in the passive: their subject acts.
var stative = map[string]bool{"oppose": true, "commit": true, "determine": true, "dedicate": true, "devote": true}

// pronounExpl returns the "it" or "they" that the parser made an expletive
// of predicate h when h takes an infinitive: in "it is willing to
// withdraw" the pronoun is the subject, not the empty "it" of "it is
// clear that". It returns -1 otherwise.
func (x *doc) pronounExpl(h int) int {
	e := x.childWith(h, syntax.Expl)
	if e < 0 || x.childWith(h, syntax.Xcomp) < 0 {
		return -1
	}
	if w := x.d.Lower(e); w != "it" && w != "they" {
		return -1
	}
	return e
}

// conjoinedSubjects returns the nouns that the parser coordinated verb v
// with, as the last conjunct of a list of subjects: "The US, Russia, and
// Switzerland met" parsed as "US" and "Russia" and "met".
func (x *doc) conjoinedSubjects(v int) []int {
	h := x.head(v)
	if h < 0 || h > v || x.syn.Tokens[v].Rel != syntax.Conj || !nounLike(x.syn.Tokens[h].UPOS) || x.caseOf(h) != "" {
		return nil // "ties with Moscow and Kyiv and has not joined": a noun after a preposition is no subject
	}
	out := []int{h}
	for _, j32 := range x.kids[h] {
		if j := int(j32); j < v && x.syn.Tokens[j].Rel == syntax.Conj && nounLike(x.syn.Tokens[j].UPOS) {
			out = append(out, j)
		}
	}
	return out
}

func nounLike(u syntax.UPOS) bool { return u == syntax.NOUN || u == syntax.PROPN || u == syntax.PRON }

// strandedSubject returns a noun before verb v that the parser attached
// to it as a compound or loose dependent, as it does when a quotation
// mark splits the subject from its verb: "Russia "has been supplying".
func (x *doc) strandedSubject(v int) int {
	s := x.d.Sentences[x.d.SentenceOf(v)]
	for j := s.First; j < v; j++ {
		if x.head(j) == v && (x.syn.Tokens[j].Rel == syntax.Compound || x.syn.Tokens[j].Rel == syntax.Dep) {
			return j
		}
	}
	return -1
}

// objectControls reports whether the object of h, not its subject, does
// what h's infinitive says: "urged Russia to withdraw".
// controller returns the object of verb h, or the phrase after "on" or
// "to" that does the asked thing in "called on Azerbaijan to withdraw"
// and "appealed to the rebels to lay down their arms", or -1.
func (x *doc) controller(h int) int {
	if o := x.childWith(h, syntax.Obj, syntax.Iobj); o >= 0 {
		return o
	}
	for _, j32 := range x.kids[h] {
		if j := int(j32); j > h && x.syn.Tokens[j].Rel == syntax.Obl && (x.caseOf(j) == "on" || x.caseOf(j) == "to") {
			return j
		}
	}
	return -1
}

func (x *doc) objectControls(h int) bool {
	switch l := x.lemma(h); l {
	case "force", "allow", "persuade":
		return true
	default:
		return request[l]
	}
}

// complements returns the tokens after verb v in its subtree, leaving out
// clauses of their own (complement, adverbial, coordinated and relative
// clauses) and the subject.
func (x *doc) complements(v, first, end int) []int {
	var out []int
	for j := v + 1; j < end; j++ {
		if x.under(j, v, first) {
			out = append(out, j)
		}
	}
	return out
}

// under reports whether token j depends on v without crossing into a
// clause of its own.
func (x *doc) under(j, v, first int) bool {
	for hops := 0; hops < 64; hops++ {
		h := x.head(j)
		if h < 0 {
			return false
		}
		if x.attribution(j) {
			return false // "fired into shelters, according to two refugees": who told, not at whom
		}
		switch x.syn.Tokens[j].Rel {
		case syntax.Ccomp, syntax.Advcl, syntax.Parataxis, syntax.AclRelcl, syntax.Csubj,
			syntax.Nsubj, syntax.NsubjPass, syntax.Xcomp, syntax.Punct:
			return false
		case syntax.Conj:
			if x.syn.Tokens[j].UPOS == syntax.VERB {
				return false
			}
		}
		if h == v {
			return true
		}
		j = h
	}
	return false
}

// attribution reports whether token j heads the source of an account:
// "according to two refugees".
func (x *doc) attribution(j int) bool {
	c := x.childWith(j, syntax.Case)
	return c >= 0 && x.d.Lower(c) == "according"
}

// preps returns the preposition of the nearest prepositional phrase
// between each token and top: "Syria" in "sent arms to Syria" is in "to".
func (x *doc) preps(toks []int, top int) []string {
	out := make([]string, len(toks))
	for k, t := range toks {
		if x.strandedParticle(t) {
			out[k] = x.d.Lower(t)
			continue
		}
		for hops := 0; t >= 0 && t != top && hops < 64; hops++ {
			if x.syn.Tokens[t].Rel == syntax.Case {
				out[k] = x.during(x.head(t), x.d.Lower(t))
				break
			}
			if c := x.childWith(t, syntax.Case); c >= 0 && !x.partitive(t, c) {
				out[k] = x.during(t, x.d.Lower(c))
				break
			}
			t = x.head(t)
		}
	}
	return out
}

// during returns the preposition prep of the phrase headed by token n,
// or "" where the phrase is a length of time: "fired into shelters for
// nearly two hours" is no "blast X for" (111).
func (x *doc) during(n int, prep string) string {
	if prep == "for" && n >= 0 && timeUnits[x.lemma(n)] {
		return ""
	}
	return prep
}

var timeUnits = text.SetOf("second", "minute", "hour", "day", "night", "week", "month", "year", "decade")

// partitive reports whether t, with its preposition c, is what a count
// or a group is made of, which the patterns read as the phrase's head:
// "dozens of Turkish aircraft" flew, "sent a convoy of 20 armoured
// vehicles", "delivered 700 kg of medicine".
func (x *doc) partitive(t, c int) bool {
	h := x.head(t)
	return h >= 0 && h < t && x.d.Lower(c) == "of" && partitiveHeads[x.lemma(h)]
}

var partitiveHeads = text.SetOf(strings.Fields("dozen dozens hundred hundreds thousand thousands score scores number couple pair handful " +
	"convoy column fleet flotilla group squadron contingent " +
	"kg kilogram kilo ton tonne tons tonnes litre liter barrel truckload shipment consignment batch load")...)

// strandedParticle reports whether t is a particle of its verb that comes
// after the verb's object: "fired a missile off the coast" is a
// preposition there, not "fire off".
func (x *doc) strandedParticle(t int) bool {
	if x.syn.Tokens[t].Rel != syntax.CompoundPrt {
		return false
	}
	o := x.childWith(x.head(t), syntax.Obj)
	return o >= 0 && o < t
}

// subtree returns the tokens of the phrase headed by h.
func (x *doc) subtree(h, first, end int) []int {
	var out []int
	for j := first; j < end; j++ {
		k := j
		for hops := 0; k >= 0 && k != h && hops < 64; hops++ {
			k = x.head(k)
		}
		if k == h {
			out = append(out, j)
		}
	}
	return out
}

func (x *doc) head(i int) int { return int(x.syn.Tokens[i].Head) }

// childWith returns the first child of h with one of the relations.
func (x *doc) childWith(h int, rels ...syntax.Rel) int {
	for _, j := range x.kids[h] {
		if hasRel(x.syn.Tokens[j].Rel, rels) {
			return int(j)
		}
	}
	return -1
}

// caseOf returns the preposition that marks the nominal at token j.
func (x *doc) caseOf(j int) string {
	if c := x.childWith(j, syntax.Case); c >= 0 {
		return x.d.Lower(c)
	}
	return ""
}

// wordIs reports whether token k is the dictionary word w, as written
// or as its lemma.
func (x *doc) wordIs(k int, w string) bool {
	return x.d.Lower(k) == w || x.lemma(k) == w
}

func isRelative(w string) bool { return w == "who" || w == "which" || w == "that" }

// inTime reports whether token j lies in a time expression.
func (x *doc) inTime(j int) bool {
	at := x.d.Tokens[j].Start
	for _, t := range x.in.Times {
		if t.Start <= at && at < t.End {
			return true
		}
	}
	return false
}
