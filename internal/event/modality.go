package event

import (
	"strings"

	"sitrep/internal/report"
	"sitrep/internal/syntax"
)

// Words that set a modality. They are grammar, not topic: any article
// uses them.
var (
	possibleAux = map[string]bool{"may": true, "might": true, "could": true, "can": true}
	// "would" is the future of reported speech ("said they would
	// boycott"); it is hypothetical only beside "if" or "unless".
	futureAux   = map[string]bool{"will": true, "shall": true, "'ll": true, "wo": true, "would": true, "'d": true}
	hypoAux     = map[string]bool{"should": true}
	possibleAdv = map[string]bool{"perhaps": true, "possibly": true, "probably": true, "maybe": true, "reportedly": false}
	// likely words make their infinitive a prospect.
	likely   = map[string]bool{"likely": true, "unlikely": true, "expect": true, "poised": true, "set": true, "due": true}
	negation = map[string]bool{"not": true, "n't": true, "never": true, "no": true, "neither": true, "nor": true}
	// intent verbs make what their infinitive says intended, not done.
	intent = map[string]bool{"aim": true, "plan": true, "intend": true, "seek": true, "want": true, "hope": true,
		"prepare": true, "vow": true, "swear": true, "pledge": true, "promise": true,
		"threaten": true, "mean": true, "expect": true, "wish": true, "propose": true, "consider": true,
		"refuse": true, "decline": true, "fail": true, "agree": true, "offer": true, "ready": true,
		"willing": true, "prepared": true, "decide": true, "commit": true, "volunteer": true}
	// request verbs ask their object to act: the act is not done yet.
	request = map[string]bool{"urge": true, "ask": true, "call": true, "tell": true, "order": true, "invite": true,
		"encourage": true, "press": true, "warn": true}
	// refusal verbs negate their infinitive: "refused to meet".
	refusal = map[string]bool{"refuse": true, "decline": true, "fail": true, "reject": true}
	// denial verbs make their object or complement denied.
	denial = map[string]bool{"deny": true, "dismiss": true, "refute": true, "reject": true, "rebut": true,
		"dispute": true, "disavow": true}
)

// modality returns how the text commits to the clause's event and the
// word that says so.
func (x *doc) modality(cl clause) (string, *report.Evidence) {
	best, cue := report.ModalityAsserted, -1
	set := func(m string, t int) {
		if rank[m] > rank[best] {
			best, cue = m, t
		}
	}
	v := cl.verb
	if denial[x.lemma(v)] {
		set(report.ModalityDenied, v)
	}
	for hops := 0; v >= 0 && hops < 4; hops++ {
		x.auxModality(v, set)
		h := x.head(v)
		if h < 0 {
			break
		}
		rel := x.syn.Tokens[v].Rel
		switch {
		case rel == syntax.Xcomp && refusal[x.lemma(h)]:
			set(report.ModalityNegated, h) // before intent, which lists "refuse" too
		case (rel == syntax.Xcomp && !x.finiteXcomp(v) || rel == syntax.Acl || x.infinitive(h) == v) && intent[x.lemma(h)]:
			set(report.ModalityIntended, h)
		case rel == syntax.Xcomp && likely[x.lemma(h)]:
			set(report.ModalityPossible, h) // "likely to vote against it", "expected to co-sponsor"
		case (rel == syntax.Xcomp || x.infinitive(h) == v) && request[x.lemma(h)] && x.controller(h) >= 0:
			// "urged Lima to open an inquiry": asked for, not done.
			set(report.ModalityHypothetical, h)
		case denial[x.lemma(h)] && (rel == syntax.Ccomp || rel == syntax.Obj || rel == syntax.Xcomp):
			set(report.ModalityDenied, h)
		}
		if hops == 0 && cl.noun && rel == syntax.Obj && lightVerbs[x.lemma(h)] {
			v = h // "would impose a blockade": the noun's event is as sure as its light verb
			continue
		}
		if rel != syntax.Xcomp && rel != syntax.Conj && rel != syntax.Acl && x.infinitive(h) != v || x.finiteXcomp(v) ||
			rel == syntax.Conj && x.childWith(v, syntax.Nsubj, syntax.NsubjPass) >= 0 {
			// A modal of a clause above does not bind a clause of its own:
			// "did not comment, but the governor said".
			break
		}
		v = h
	}
	if cue < 0 {
		return best, nil
	}
	ev := x.evidence(cue, cue+1)
	return best, &ev
}

// rank orders modalities: the stronger reading wins.
var rank = map[string]int{report.ModalityAsserted: 0, report.ModalityFuture: 1, report.ModalityIntended: 2,
	report.ModalityPossible: 3, report.ModalityHypothetical: 4, report.ModalityNegated: 5, report.ModalityDenied: 6}

// auxModality reads the auxiliaries, negation and hedges attached to v.
func (x *doc) auxModality(v int, set func(string, int)) {
	for _, j32 := range x.kids[v] {
		j := int(j32)
		w := x.d.Lower(j)
		switch x.syn.Tokens[j].Rel {
		case syntax.Aux, syntax.AuxPass:
			switch {
			case strings.HasSuffix(w, "n't") || w == "cannot":
				set(report.ModalityNegated, j)
			case possibleAux[w]:
				set(report.ModalityPossible, j)
			case hypoAux[w]:
				set(report.ModalityHypothetical, j)
			case futureAux[w]:
				set(report.ModalityFuture, j)
			}
		case syntax.Advmod, syntax.Det:
			switch {
			case negation[w]:
				set(report.ModalityNegated, j)
			case possibleAdv[w]:
				set(report.ModalityPossible, j)
			}
		case syntax.Mark:
			if w == "if" || w == "unless" || w == "until" && x.notYet(x.head(v)) {
				set(report.ModalityHypothetical, j)
			}
		case syntax.Obj, syntax.Nsubj, syntax.NsubjPass:
			// "fired no shots", "no aircraft entered", "no civilians were hurt"
			if d := x.childWith(j, syntax.Det); d >= 0 && x.d.Lower(d) == "no" {
				set(report.ModalityNegated, d)
			}
		}
	}
}

// notYet reports whether clause v is negated or in the future, so that
// what it waits for has not happened: "will not negotiate until the
// minister resigned" (but "fought until they were overrun" did).
func (x *doc) notYet(v int) bool {
	if v < 0 {
		return false
	}
	for _, j32 := range x.kids[v] {
		w := x.d.Lower(int(j32))
		if negation[w] || futureAux[w] || hypoAux[w] || strings.HasSuffix(w, "n't") {
			return true
		}
	}
	return false
}
