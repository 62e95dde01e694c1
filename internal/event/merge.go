package event

import (
	"slices"
	"strings"

	"sitrep/internal/report"
	"sitrep/internal/syntax"
)

// merge folds each event that a definite noun names into an earlier event it
// refers back to, so that "shelled Kharkiv … the shelling of Kharkiv … the
// attack on Kharkiv" is one attack with three mentions, not three attacks
// (GDELT's duplicates). The events must be in text order. An event named
// by a verb is never folded: two verbs may well tell two attacks.
func (x *doc) merge() {
	kept := x.events[:0]
	for _, e := range x.events {
		if i := x.antecedent(kept, e); i >= 0 {
			x.fold(&kept[i], e)
			continue
		}
		kept = append(kept, e)
	}
	x.events = kept
}

// antecedent returns the last of evs that event e, named by a noun, can
// refer back to, or -1: the same root and modality, the same countries on
// each side where e names any, and no other place or date.
func (x *doc) antecedent(evs []report.Event, e report.Event) int {
	if !x.refersBack(x.d.TokenAt(e.Action.Start)) {
		return -1
	}
	for i := len(evs) - 1; i >= 0; i-- {
		k := evs[i]
		if k.Root == e.Root && k.Modality == e.Modality && sameSide(k.Source, e.Source) &&
			sameSide(k.Target, e.Target) && agree(k.Place, e.Place) && sameDate(k.Date, e.Date) {
			return i
		}
	}
	return -1
}

// refersBack reports whether token n is a noun that names an event already
// told: "the attack", "this shelling", "Russia's strike". A bare or counted
// noun ("27 Russian assaults") tells events of its own.
func (x *doc) refersBack(n int) bool {
	if x.syn.Tokens[n].UPOS != syntax.NOUN {
		return false
	}
	definite := false
	for _, j32 := range x.kids[n] {
		j := int(j32)
		switch x.syn.Tokens[j].Rel {
		case syntax.Nummod:
			return false
		case syntax.NmodPoss:
			definite = true
		case syntax.Det:
			definite = definite || demonstratives[x.d.Lower(j)]
		}
	}
	return definite
}

var demonstratives = map[string]bool{"the": true, "this": true, "that": true, "these": true, "those": true}

// sameSide reports whether the later side names the countries (or, for
// agents, the codes) of the earlier one, or names none.
func sameSide(earlier, later []report.EventActor) bool {
	if len(later) == 0 {
		return true
	}
	if len(earlier) != len(later) {
		return false
	}
	for i := range earlier {
		if !sameActor(earlier[i], later[i]) {
			return false
		}
	}
	return true
}

// sameActor reports whether a later actor can be an earlier one: the same
// country, or a role without one that the earlier actor holds ("its
// troops", MIL, after Turkish troops, TURMIL).
func sameActor(earlier, later report.EventActor) bool {
	if later.Country == "" {
		return strings.HasSuffix(earlier.Code, later.Code)
	}
	return earlier.Country == later.Country
}

func agree(a, b string) bool { return a == "" || b == "" || a == b }

func sameDate(a, b *report.Date) bool {
	return a == nil || b == nil || a.Time.Equal(b.Time) && a.Precision == b.Precision
}

// fold adds e's words to k as a mention, and e's code when it says more
// ("shelled" is 190, "the shelling" 194).
func (x *doc) fold(k *report.Event, e report.Event) {
	k.Mentions = append(k.Mentions, e.Action)
	if specificity(e.CAMEO) > specificity(k.CAMEO) {
		x.setCode(k, e.CAMEO)
		k.PLOVER = ploverType(k.PLOVER, k.Modality)
	}
}

// specificity ranks a code by how much it says: a root's own code ("190")
// least, a sub-code ("194") more, a four-digit code most.
func specificity(code string) int {
	if len(code) == 3 && code[2] == '0' {
		return 0
	}
	return len(code)
}

// withoutVagueThreats drops a threat that gives way to the same side's
// threat in its sentence against someone: one that names no target, and
// a warning whose target was guessed where the words it reports threaten
// someone of their own ("blamed the U.S. embargo and warned that
// vandalism would not be tolerated" threatens the vandals, not the U.S.).
func (x *doc) withoutVagueThreats(evs []report.Event) []report.Event {
	vague := func(e report.Event) bool {
		return e.Root == "13" && slices.ContainsFunc(evs, func(f report.Event) bool {
			return f.Root == "13" && f.Sentence == e.Sentence && len(f.Target) > 0 && sameSide(e.Source, f.Source) &&
				(len(e.Target) == 0 || f.Action.Start > e.Action.Start && x.reportedThreat(e, f))
		})
	}
	var out []report.Event
	for _, e := range evs {
		if !vague(e) {
			out = append(out, e)
		}
	}
	return out
}

// reportedThreat reports whether threat f is told in the complement of
// the verb of warning of threat e.
func (x *doc) reportedThreat(e, f report.Event) bool {
	w, v := x.d.TokenAt(e.Action.Start), x.d.TokenAt(f.Action.Start)
	return warnVerbs[x.lemma(w)] && x.contentClause(w) == v
}
