package event

import (
	"sitrep/internal/report"
	"sitrep/internal/syntax"
)

// idiom reports whether verb i, in sentence si, reports no event though
// the dictionary has it: a formula ("asked not to be named"), an idiom
// ("took office"), an effort ("struggled to reach"), words in defence of
// a policy, or an allegiance ("linked to"). Declining comment is an event
// of its own (see declinesComment).
func (x *doc) idiom(si, i int) bool {
	l := x.lemma(i)
	o := x.childWith(i, syntax.Obj)
	switch {
	case x.anonymity(si, i):
		return true // "who asked not to be named"
	case effort[l] && x.toInfinitive(x.childWith(i, syntax.Xcomp)):
		return true // "struggling to get treatment" is no fight; the infinitive codes itself
	case l == "take" && o >= 0 && takeIdioms[x.d.Lower(o)]:
		return true // "the vote will take place", "took office": no one takes anything
	case l == "defend" && o >= 0 && x.actorAt[o] < 0 && abstract[x.lemma(o)]:
		return true // "defended the measures as necessary" argues, it protects no one
	case ties[l] && o < 0:
		return true // "insurgents linked to Islamic State" says who they are; "linked the attack to" would act
	case (effort[l] || l == "combat" || l == "tackle") && o >= 0 && hazards[x.lemma(o)] && x.actorAt[o] < 0:
		return true // "firefighters battled the blaze", "fight the outbreak": no one is attacked
	}
	return false
}

// anonymity reports whether verb v asks or speaks on condition of
// anonymity: "asked not to be named", "declined to be identified",
// "spoke on condition of anonymity".
func (x *doc) anonymity(si, v int) bool {
	if xc := x.childWith(v, syntax.Xcomp, syntax.Ccomp); xc >= 0 && x.childWith(xc, syntax.AuxPass) >= 0 {
		switch x.lemma(xc) {
		case "name", "identify", "quote":
			return true
		}
	}
	for j := v + 1; j+2 < x.d.Sentences[si].End && j < v+5; j++ {
		if x.d.Lower(j) == "condition" && x.d.Lower(j+1) == "of" && x.d.Lower(j+2) == "anonymity" {
			return true
		}
	}
	return false
}

// noComment reports whether verb v answers a request for comment: "did
// not respond to a request for comment", "did not reply to requests for
// comment".
func (x *doc) noComment(v int) bool {
	switch x.lemma(v) {
	case "respond", "reply", "return", "answer":
	default:
		return false
	}
	s := x.d.Sentences[x.d.SentenceOf(v)]
	for j := v + 1; j+2 < s.End && j < v+8; j++ {
		if w := x.d.Lower(j); (w == "request" || w == "requests" || w == "calls" || w == "call") && x.d.Lower(j+1) == "for" && x.d.Lower(j+2) == "comment" {
			return true
		}
	}
	return false
}

// abstract are the things one defends in words.
var abstract = map[string]bool{"measure": true, "decision": true, "policy": true, "move": true, "action": true,
	"plan": true, "law": true, "record": true, "position": true, "approach": true, "strategy": true, "choice": true,
	"rule": true, "restriction": true, "ban": true, "step": true, "deal": true, "stance": true}

// takeIdioms are the objects with which "take" is an idiom, not a seizure.
var takeIdioms = map[string]bool{"place": true, "part": true, "office": true, "note": true, "effect": true,
	"shape": true}

// ties are the participles that describe an allegiance: "linked to",
// "affiliated with", "loyal to".
var ties = map[string]bool{"link": true, "affiliate": true, "align": true, "ally": true, "tie": true,
	"connect": true, "associate": true}

// effort verbs say how hard their infinitive is, not that anyone fights.
var effort = map[string]bool{"struggle": true, "strive": true, "battle": true, "fight": true, "scramble": true,
	"race": true, "rush": true}

// hazards are what one fights or battles without fighting anyone, and
// what kills without attacking: "the outbreak killed 700 people".
var hazards = map[string]bool{"fire": true, "blaze": true, "flame": true, "wildfire": true, "inferno": true,
	"outbreak": true, "epidemic": true, "pandemic": true, "disease": true, "virus": true, "infection": true,
	"flood": true, "drought": true, "famine": true, "hunger": true, "poverty": true, "inflation": true,
	"cholera": true, "quake": true, "earthquake": true, "storm": true, "hurricane": true, "cyclone": true,
	"typhoon": true, "landslide": true, "mudslide": true, "tsunami": true, "accident": true, "crash": true}

// declinesComment reports whether verb i declines comment: "declined to
// comment", "did not respond to a request for comment", "did not
// comment": CAMEO's 011, and no rejection of anyone, however it is
// parsed.
func (x *doc) declinesComment(i int) bool {
	l := x.lemma(i)
	if refusal[l] && i+2 < len(x.d.Tokens) && x.d.Lower(i+1) == "to" && x.statementOf(i+2) || x.noComment(i) {
		return true
	}
	if !commentVerbs[l] || x.syn.Tokens[i].Rel == syntax.Xcomp && refusal[x.lemma(x.head(i))] {
		return false // "declined to comment" is the refusal's
	}
	m, _ := x.modality(x.clauseOf(i))
	return m == report.ModalityNegated // "Moscow did not comment on the fighting"
}

// commentVerbs are the verbs of answering a question, which told as not
// done decline comment.
var commentVerbs = map[string]bool{"comment": true, "respond": true, "reply": true}
