package event

import (
	"cmp"
	"slices"

	"sitrep/internal/cameo"
	"sitrep/internal/report"
	"sitrep/internal/syntax"
)

// threat reads an answer a speaker promises (see retaliates), or a
// consequence a speaker promises in a quote, as a threat (130) by the
// speaker against whoever is to suffer it: "Anyone who
// spreads chaos will be dealt with firmly," the police spokesman said;
// "Hezbollah will pay the price". The verb must be future, and its
// subject the one who suffers: the patient of a passive, or the subject
// of a verb of paying for something ("will pay", "will answer for",
// "will face action").
func (x *doc) threat(v int) (clause, bool) {
	if !x.future(v) {
		return clause{}, false // before the speaker, which every verb would otherwise look up
	}
	sp := x.sayer(v)
	if sp < 0 {
		sp = x.quoteSpeaker(v)
	}
	if sp < 0 {
		return clause{}, false
	}
	cl := x.clauseOf(v)
	if x.retaliates(v, cl, sp) {
		// "we will answer fire with fire", "the strikes would not go
		// unanswered": whom it threatens is read as for any threat
		// whose words name only the threatener's side.
		cl.by = []int{sp}
		return cl, true
	}
	if t := x.without(x.bearer(v, cl), []int{sp}); len(t) > 0 {
		cl.by, cl.against = []int{sp}, t // "the consequences will rest with Tehran"
		return cl, true
	}
	// "vandalism will not be tolerated", "the attackers will not escape
	// punishment": whoever did or does it is threatened.
	untolerated := x.untolerated(cl) || x.escapesNot(v, cl)
	patient := cl.subject // who suffers: "anyone who ... will be dealt with", "Hezbollah will pay"
	if !cl.passive && x.untolerated(cl) {
		patient = x.childWith(v, syntax.Obj) // "it will not tolerate any rupture of the order"
	} else if p := x.freeRelative(v); p >= 0 && (patient < 0 || !x.whoeverWord(patient)) {
		patient = p // "Whoever poisons our rivers will pay", its subject parsed as "rivers"
	}
	hostile := patient >= 0 && x.whoeverWord(patient) && x.hostileRelative(patient, v)
	if patient < 0 || !(cl.passive && punished[x.lemma(v)] || !cl.passive && suffered[x.lemma(v)] || untolerated || hostile) ||
		x.compensates(cl) {
		return clause{}, false // "the state will pay 5 million naira to each family" threatens no one
	}
	victim := x.without(x.actorsOf(patient), []int{sp})
	if len(victim) == 0 {
		// "anyone who ..." of the story's country, else of the speaker's
		home := cmp.Or(x.in.Focus, x.actors[sp].Country)
		if !x.whoeverWord(patient) && !x.anyNoun(patient) && !untolerated || home == "" {
			return clause{}, false
		}
		victim = []int{x.sectorActor(patient, patient+1, home, "")}
	}
	cl.by, cl.against = []int{sp}, victim
	return cl, true
}

// retaliates reports whether future verb v, in a quote of speaker sp,
// promises an answer by the speaker's side: "we will respond", "would
// answer every attack", "will take all necessary measures", "will not
// remain silent", "our response will be painful"; or that the deed of
// another will not go without one: "will not go unanswered", "will
// receive a stronger answer", "will be met with a decisive response";
// or that the speaker's force will go on: "the strikes will continue".
func (x *doc) retaliates(v int, cl clause, sp int) bool {
	l := x.lemma(v)
	subj := cl.subject
	if cl.passive && (l == "meet" || l == "answer" || l == "greet") {
		// "any provocation will be met with a decisive response"
		return slices.ContainsFunc(x.kids[v], func(j int32) bool {
			return x.syn.Tokens[j].Rel == syntax.Obl && x.caseOf(int(j)) == "with" && answers[x.lemma(int(j))]
		})
	}
	if cl.passive || subj < 0 {
		return false
	}
	own := x.ownSubject(subj, sp)
	switch {
	case answers[x.lemma(subj)]:
		return true // "our answer will be far more painful"
	case l == "go" || l == "remain" || l == "stay":
		c := x.childWith(v, syntax.Xcomp)
		return c >= 0 && (unanswered[x.d.Lower(c)] || x.d.Lower(c) == "silent" && own && x.refusal(v))
	case l == "continue":
		return x.forceAt[subj] > 0 || x.forceNoun(x.d.Lower(subj))
	case !own:
		o := x.childWith(v, syntax.Obj)
		return o >= 0 && answers[x.lemma(o)] && (l == "receive" || l == "meet" || l == "get" || l == "face")
	case l == "take":
		o := x.childWith(v, syntax.Obj)
		return o >= 0 && measures[x.lemma(o)]
	case l == "hit" || l == "strike" || l == "fight":
		p := x.childWith(v, syntax.CompoundPrt)
		return p >= 0 && x.d.Lower(p) == "back"
	case l == "defend":
		// "Eritrean forces would defend every inch of the country's
		// territory": a warning to whoever would take it
		return x.objectIn(v, groundWords)
	}
	return retaliations[l] && !x.answersFor(v)
}

// ownSubject reports whether subject s is the speaker sp's side: a
// pronoun ("we will respond"), the speaker, or actors of the speaker's
// country.
func (x *doc) ownSubject(s, sp int) bool {
	if x.syn.Tokens[s].UPOS == syntax.PRON {
		return true
	}
	as := x.actorsOf(s)
	if len(as) == 0 {
		// "the group would answer escalation with escalation": a body
		// the speaker names by its kind alone is the speaker's own.
		d := x.childWith(s, syntax.Det)
		return d >= 0 && x.d.Lower(d) == "the"
	}
	return slices.Contains(as, sp) || x.actors[sp].Country != "" && x.ownSide(as, []int{sp})
}

// answersFor reports whether verb v takes "for": "will answer for his
// acts" is paid by its subject, not given by it.
func (x *doc) answersFor(v int) bool {
	for _, j32 := range x.kids[v] {
		if j := int(j32); x.syn.Tokens[j].Rel == syntax.Obl && x.caseOf(j) == "for" {
			return true
		}
	}
	return false
}

// groundWords are what a state defends against another: its territory.
var groundWords = map[string]bool{"territory": true, "inch": true, "metre": true, "meter": true, "centimetre": true,
	"soil": true, "sovereignty": true, "border": true, "frontier": true, "land": true, "homeland": true,
	"grain": true}

// retaliations are the verbs of an answer to a deed.
var retaliations = map[string]bool{"respond": true, "retaliate": true, "answer": true, "react": true,
	"avenge": true, "reply": true, "act": true}

// answers are the nouns of one.
var answers = map[string]bool{"answer": true, "response": true, "retaliation": true, "reply": true, "reaction": true,
	"revenge": true}

// unanswered are the words of a deed left without one.
var unanswered = map[string]bool{"unanswered": true, "unpunished": true, "unavenged": true}

// measures are what a side takes to answer: "will take all necessary
// measures", "would take action".
var measures = map[string]bool{"measure": true, "step": true, "action": true, "countermeasure": true}

// sayer returns the first source of the verb of saying or warning whose
// complement clause verb v heads ("Iran's foreign minister said Iran
// would ...", "It accused Ankara ... and warned that it ..."), or -1.
func (x *doc) sayer(v int) int {
	h := x.head(v)
	switch {
	case h < 0:
		return -1
	case x.syn.Tokens[v].Rel == syntax.Acl && statementNouns[x.lemma(h)]:
		h = x.head(h) // "said in a statement that the men had been detained"
	case x.syn.Tokens[v].Rel != syntax.Ccomp:
		return -1
	}
	if h < 0 || !sayVerbs[x.lemma(h)] && !warnVerbs[x.lemma(h)] {
		return -1
	}
	if as := x.sources(x.clauseOf(h), nil); len(as) > 0 {
		return as[0]
	}
	return -1
}

// statementNouns name what a speaker says in: "said in a statement
// that ...".
var statementNouns = map[string]bool{"statement": true, "communique": true, "communiqué": true,
	"announcement": true}

// warnVerbs report what a speaker will do as well as say it: "warned that
// it would not remain silent", "vowed that ...".
var warnVerbs = map[string]bool{"warn": true, "vow": true, "swear": true, "threaten": true, "pledge": true, "promise": true,
	"declare": true, "caution": true, "stress": true}

// promises reports whether verb v says what is to come: a complement
// clause in the future ("warned that it would respond") or one that keeps
// a right to act ("warned that it reserves the right to"), an infinitive
// ("threatened to expel"), or an answer or its consequences ("vowed
// revenge", "warned of countermeasures").
func (x *doc) promises(v int) bool {
	for _, j32 := range x.kids[v] {
		j := int(j32)
		m := x.childWith(j, syntax.Mark)
		switch x.syn.Tokens[j].Rel {
		case syntax.Ccomp, syntax.Advcl:
			if x.syn.Tokens[j].Rel == syntax.Advcl && (m < 0 || x.d.Lower(m) != "that") {
				break // "warned after the attack", but not "warned that it would", parsed as advcl
			}
			if x.future(j) || x.lemma(j) == "reserve" && x.childWith(j, syntax.Obj) >= 0 {
				return true // "reserves the right to respond"
			}
		case syntax.Xcomp:
			if m >= 0 && x.d.Lower(m) == "to" {
				return true
			}
		case syntax.Obj, syntax.Obl:
			if answers[x.lemma(j)] || measures[x.lemma(j)] || x.lemma(j) == "consequence" {
				return true
			}
		}
	}
	return false
}

// future reports whether verb v has "will", "would" or "shall" as its
// auxiliary, or is joined to one that has ("would draw conclusions and
// respond").
func (x *doc) future(v int) bool {
	if x.syn.Tokens[v].Rel == syntax.Conj && x.childWith(v, syntax.Aux, syntax.Nsubj) < 0 {
		if h := x.head(v); h >= 0 {
			v = h
		}
	}
	for _, j32 := range x.kids[v] {
		if j := int(j32); x.syn.Tokens[j].Rel == syntax.Aux {
			switch x.d.Lower(j) {
			case "will", "would", "shall", "'ll", "’ll":
				return true
			}
		}
	}
	return false
}

// anyNoun reports whether noun n is "any ..." ("any new aggression",
// "any company supplying the junta").
func (x *doc) anyNoun(n int) bool {
	for _, j32 := range x.kids[n] {
		if j := int(j32); x.syn.Tokens[j].Rel == syntax.Det && x.d.Lower(j) == "any" {
			return true
		}
	}
	return false
}

// quoteSpeaker returns the actor of the speaker of the quote that holds
// token h, or -1: the speaker's entity, else an actor in the words that
// name an unnamed speaker ("a senior Moroccan security official").
func (x *doc) quoteSpeaker(h int) int {
	at := x.d.Tokens[h].Start
	for _, q := range x.in.Quotes {
		if at < q.Text.Start || at >= q.Text.End {
			continue
		}
		if a := x.quoteActor(q); a >= 0 {
			return a
		}
	}
	return -1
}

// quoteActor returns the actor of quote q's speaker, or -1.
func (x *doc) quoteActor(q report.Quote) int {
	for i, a := range x.actors {
		if q.Speaker != "" && a.Entity == q.Speaker {
			return i
		}
	}
	if q.Speaker == "" && q.SpeakerAs != nil {
		first, end := x.d.TokensIn(q.SpeakerAs.Start, q.SpeakerAs.End)
		for k := first; k < end; k++ {
			if a := x.actorAt[k]; a >= 0 {
				return int(a)
			}
		}
	}
	return -1
}

// punished are what is done to those a threat names, in the passive:
// "will be dealt with", "will be arrested", "will be answered with force".
var punished = map[string]bool{"deal": true, "punish": true, "arrest": true, "charge": true, "prosecute": true,
	"treat": true, "answer": true, "hunt": true, "crush": true, "target": true, "hold": true, "bring": true,
	"pursue": true, "identify": true, "track": true, "find": true, "jail": true, "sentence": true}

// hostileRelative reports whether the relative clause of whoever-word p,
// before verb v, tells an act of conflict, whatever v promises them:
// "those who attack our soldiers will find no safe place to hide",
// "whoever shells our villages will find his own border is not safe".
func (x *doc) hostileRelative(p, v int) bool {
	for t := p + 1; t < v; t++ {
		if x.syn.Tokens[t].UPOS == syntax.VERB && cameo.QuadClass(defaultCode(x.dict.Verbs(x.lemma(t))).Fwd) >= 3 {
			return true
		}
	}
	return false
}

// freeRelative returns the word that opens a free relative before verb
// v ("Whoever poisons our rivers will pay", "Anyone who breaks this truce
// will be pursued"), which the parse may not make its subject, or -1:
// the words between hold no clause break and at most the relative's own
// verb.
func (x *doc) freeRelative(v int) int {
	s := x.d.Sentences[x.d.SentenceOf(v)]
	verbs := 0
	for t := v - 1; t >= s.First && t > v-12; t-- {
		switch {
		case x.whoeverWord(t):
			return t
		case x.d.Lower(t) == "," || x.d.Lower(t) == ";" || x.d.Lower(t) == ":":
			return -1
		case x.syn.Tokens[t].UPOS == syntax.VERB:
			if verbs++; verbs > 1 {
				return -1
			}
		}
	}
	return -1
}

// untolerated reports whether the clause says a deed will not be
// tolerated ("vandalism will not be tolerated", "it will not tolerate
// any rupture"): a threat against whoever commits it, the speaker's own
// people as well as others.
func (x *doc) untolerated(cl clause) bool {
	l := x.lemma(cl.verb)
	if !tolerated[l] || !x.refusal(cl.verb) {
		return false
	}
	// "will not allow" in the active refuses to yield (124), as the
	// dictionaries code it; only toleration threatens.
	return cl.passive || l == "tolerate" && x.childWith(cl.verb, syntax.Obj) >= 0
}

// escapesNot reports whether the clause says its subject will not escape
// punishment: "those responsible will not escape justice".
func (x *doc) escapesNot(v int, cl clause) bool {
	o := x.childWith(v, syntax.Obj)
	return !cl.passive && x.lemma(v) == "escape" && x.refusal(v) && o >= 0 && justice[x.lemma(o)]
}

var justice = map[string]bool{"punishment": true, "justice": true, "accountability": true, "retribution": true,
	"responsibility": true}

// tolerated are what a threat says will not be done to a deed: "will not
// be tolerated", "will not be allowed".
var tolerated = map[string]bool{"tolerate": true, "allow": true, "permit": true, "accept": true}

// suffered are what those a threat names will do in the active: "will
// pay the price", "will answer for his acts", "will face action", "will
// bear the consequences".
var suffered = map[string]bool{"pay": true, "answer": true, "face": true, "regret": true, "suffer": true, "bear": true}

// bearer returns those on whom the consequences of verb v's clause will
// fall: Tehran in "the consequences will rest with Tehran" or "full
// responsibility will lie with Israel".
func (x *doc) bearer(v int, cl clause) []int {
	if cl.subject < 0 || !consequences[x.lemma(cl.subject)] || !restsWith[x.lemma(v)] {
		return nil
	}
	for _, j32 := range x.kids[v] {
		if j := int(j32); x.syn.Tokens[j].Rel == syntax.Obl && (x.caseOf(j) == "with" || x.caseOf(j) == "on") {
			return x.actorsOf(j)
		}
	}
	return nil
}

var (
	consequences = map[string]bool{"consequence": true, "responsibility": true, "blame": true}
	restsWith    = map[string]bool{"rest": true, "lie": true, "fall": true, "be": true}
)
