package event

import (
	"sitrep/internal/report"
	"sitrep/internal/syntax"
)

// The transformations of reported attacks, as CAMEO's dictionary states
// them: a speaker who says that it attacked someone claims the attack
// (015); one who says that someone else attacked accuses them (112); one
// who wants someone else to attack appeals to them (021), and one who
// wants to attack threatens (138).
var (
	sayVerbs  = map[string]bool{"say": true, "claim": true, "state": true, "announce": true, "assert": true, "insist": true, "report": true, "allege": true, "tell": true, "add": true}
	wantVerbs = map[string]bool{"want": true, "wish": true, "urge": true}
)

// transform applies the transformations to the events of sentence si
// coded from index from on.
func (x *doc) transform(si, from int) {
	n := len(x.events)
	for i := from; i < n; i++ {
		e := &x.events[i]
		if e.Sentence != si || !assault(e.CAMEO) {
			continue
		}
		v := x.d.TokenAt(e.Action.Start)
		h := x.head(v)
		if h < 0 {
			continue
		}
		switch rel := x.syn.Tokens[v].Rel; {
		case rel == syntax.Ccomp && sayVerbs[x.lemma(h)]:
			x.reportedAttack(si, h, i)
		case rel == syntax.Xcomp && wantVerbs[x.lemma(h)]:
			x.wantedAttack(si, h, i)
		}
	}
}

// reportedAttack codes what a speaker says of an attack: a claim of its
// own, or an accusation.
func (x *doc) reportedAttack(si, say, i int) {
	speaker := x.actorsOf(x.clauseOf(say).subject)
	e := x.events[i]
	if len(speaker) == 0 {
		return
	}
	if len(e.Source) == 0 || len(e.Source) == 1 && e.Source[0].Code == unknownAttacker {
		return // "said an attack had been repelled": no one to credit or blame
	}
	if e.Modality == report.ModalityNegated || e.Modality == report.ModalityDenied {
		return // "said his troops had not taken part" claims and blames no one
	}
	if x.sameActors(speaker, e.Source) {
		x.derive(si, say, "015", speaker, x.actorIndices(e.Target))
		return
	}
	x.derive(si, say, "112", speaker, x.actorIndices(e.Source))
}

// wantedAttack codes wanting someone else to attack as an appeal to
// them; wanting to attack oneself is a threat, which recode gives.
func (x *doc) wantedAttack(si, want, i int) {
	if o := x.childWith(want, syntax.Obj, syntax.Iobj); o >= 0 {
		wanter := x.actorsOf(x.clauseOf(want).subject)
		if len(wanter) > 0 {
			x.derive(si, want, "021", wanter, x.actorsOf(o))
		}
		return
	}
}

// derive emits an event coded at token v for the actors given.
func (x *doc) derive(si, v int, code string, src, tgt []int) {
	cl := x.clauseOf(v)
	x.emit(si, cl, code, src, x.without(tgt, src), "")
}

// sameActors reports whether the actors as include one of an event's.
func (x *doc) sameActors(as []int, evs []report.EventActor) bool {
	for _, a := range as {
		for _, e := range evs {
			if x.actors[a].Code == e.Code || x.actors[a].Entity != "" && x.actors[a].Entity == e.Entity {
				return true
			}
		}
	}
	return false
}

// actorIndices finds the actors of an event's side again.
func (x *doc) actorIndices(evs []report.EventActor) []int {
	var out []int
	for _, e := range evs {
		for i, a := range x.actors {
			if a.Code == e.Code && x.d.Tokens[a.First].Start == e.Start {
				out = append(out, i)
				break
			}
		}
	}
	return out
}
