package event

import (
	"sitrep/internal/syntax"
	"sitrep/internal/text"
)

// Protests (CAMEO 14) that the dictionary reads as something else or not
// at all: "went on strike" is no journey (040), "gathered outside the
// prison gates" no meeting, "kept their shops shut in protest" and
// "would return to the streets" no verb it knows.

// protestCode returns the code of the protest clause cl tells by its
// words rather than its verb, or "".
func (x *doc) protestCode(cl clause) string {
	if cl.noun {
		return ""
	}
	code := ""
	switch {
	case x.onStrike(cl):
		code = "143" // "taxi drivers went on strike", "dockworkers have been on strike for three days"
	case x.inProtest(cl) && shutVerbs[x.lemma(cl.verb)]:
		code = "143" // "traders kept shops shut in protest"
	case x.inProtest(cl):
		code = "140"
	case x.backToStreets(cl), x.gathersOutside(cl):
		code = "141"
	}
	// Last, as reading the subject's actors may name new ones.
	if code == "" || cl.subject >= 0 && (x.force(cl.subject) || x.armedSubject(cl.subject)) {
		return ""
	}
	return code
}

// onStrike reports whether the clause puts its subject on strike: "went
// on strike", "have been on strike", "stayed on strike".
func (x *doc) onStrike(cl clause) bool {
	if !strikeVerbs[x.lemma(cl.verb)] {
		return false
	}
	for _, j32 := range x.kids[cl.verb] {
		if j := int(j32); strikeNouns[x.lemma(j)] && x.caseOf(j) == "on" {
			return true
		}
	}
	return false
}

var (
	strikeVerbs = text.SetOf("go", "be", "remain", "stay", "come", "walk")
	strikeNouns = text.SetOf("strike", "stoppage", "walkout")
	shutVerbs   = text.SetOf("keep", "shut", "close", "pull", "halt", "stop", "suspend", "boycott")
)

// inProtest reports whether the clause says it is done "in protest" by
// people of no state's power: "traders kept shops shut in protest", "the
// Maison de la Presse would boycott news conferences in protest".
func (x *doc) inProtest(cl clause) bool {
	if cl.subject < 0 {
		return false
	}
	// The phrase may hang on any word of the clause ("kept shops shut
	// in protest"): the words after the verb, up to another verb.
	s := x.d.Sentences[x.d.SentenceOf(cl.verb)]
	for t := cl.verb + 2; t < s.End && x.syn.Tokens[t].UPOS != syntax.VERB; t++ {
		if x.d.Lower(t) == "protest" && x.d.Lower(t-1) == "in" {
			return !x.stateSubject(cl.subject)
		}
	}
	return false
}

// backToStreets reports whether the clause takes its subject back to the
// streets: "said they would return to the streets on Friday", "vowed to
// return to the square every day".
func (x *doc) backToStreets(cl clause) bool {
	if x.lemma(cl.verb) != "return" || cl.subject < 0 || x.stateSubject(cl.subject) {
		return false
	}
	for _, j32 := range x.kids[cl.verb] {
		if j := int(j32); x.caseOf(j) == "to" && (x.lemma(j) == "street" || publicWays[x.lemma(j)]) {
			return true
		}
	}
	return false
}

// gathersOutside reports whether a crowd gathers outside a building of
// power: "several hundred relatives gathered outside the prison gates",
// "about 2,000 miners gathered at the fence", a picket, no meeting.
func (x *doc) gathersOutside(cl clause) bool {
	if !gatherVerbs[x.lemma(cl.verb)] || cl.subject < 0 || x.stateSubject(cl.subject) {
		return false
	}
	for _, j32 := range x.kids[cl.verb] {
		j := int(j32)
		if x.syn.Tokens[j].Rel == syntax.Obl && (x.caseOf(j) == "outside" || x.caseOf(j) == "in" && x.lemma(j) == "front") {
			return true
		}
	}
	return false
}

// crowd reports whether token n is a crowd told by its size alone:
// "thousands marched", "several hundred gathered".
func (x *doc) crowd(n int) bool {
	if n < 0 || x.actorAt[n] >= 0 {
		return false
	}
	return crowdWords[x.lemma(n)] && x.childWith(n, syntax.Nmod) < 0
}

var crowdWords = text.SetOf("thousand", "thousands", "hundred", "hundreds", "dozens", "scores", "crowd", "crowds")

// stateSubject reports whether token n is an actor of a state's power:
// its government, police or army.
func (x *doc) stateSubject(n int) bool {
	return x.actorAt[n] >= 0 && x.stateActor(int(x.actorAt[n]))
}
