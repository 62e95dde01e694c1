package event

import "sitrep/internal/syntax"

// threat reads a consequence a speaker promises in a quote as a threat
// (130) by the speaker against whoever is to suffer it: "Anyone who
// spreads chaos will be dealt with firmly," the police spokesman said;
// "Hezbollah will pay the price". The verb must be future, and its
// subject the one who suffers: the patient of a passive, or the subject
// of a verb of paying for something ("will pay", "will answer for",
// "will face action").
func (x *doc) threat(v int) (clause, bool) {
	sp := x.quoteSpeaker(v)
	if sp < 0 || !x.future(v) {
		return clause{}, false
	}
	cl := x.clauseOf(v)
	if cl.subject < 0 || !(cl.passive && punished[x.lemma(v)] || !cl.passive && suffered[x.lemma(v)]) {
		return clause{}, false
	}
	victim := x.without(x.actorsOf(cl.subject), []int{sp})
	if len(victim) == 0 {
		if !whoever[x.lemma(cl.subject)] && !x.anyNoun(cl.subject) || x.in.Focus == "" {
			return clause{}, false
		}
		victim = []int{x.homeActor(cl.subject, cl.subject+1, "")} // "anyone who ..." of the story's country
	}
	cl.by, cl.against = []int{sp}, victim
	return cl, true
}

// future reports whether verb v has "will", "would" or "shall" as its
// auxiliary.
func (x *doc) future(v int) bool {
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
// token h, or -1.
func (x *doc) quoteSpeaker(h int) int {
	at := x.d.Tokens[h].Start
	for _, q := range x.in.Quotes {
		if q.Speaker == "" || at < q.Text.Start || at >= q.Text.End {
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

// punished are what is done to those a threat names, in the passive:
// "will be dealt with", "will be arrested", "will be answered with force".
var punished = map[string]bool{"deal": true, "punish": true, "arrest": true, "charge": true, "prosecute": true,
	"treat": true, "answer": true, "hunt": true, "crush": true, "target": true, "hold": true, "bring": true}

// suffered are what those a threat names will do in the active: "will
// pay the price", "will answer for his acts", "will face action".
var suffered = map[string]bool{"pay": true, "answer": true, "face": true, "regret": true, "suffer": true}
