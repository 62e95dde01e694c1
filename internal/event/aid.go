package event

import (
	"sitrep/internal/syntax"
	"sitrep/internal/text"
)

// Aid (CAMEO 07) that the dictionary reads as something else or not at
// all: care for the wounded and the displaced, relief handed out, and
// money the bereaved are to receive.

// reliefCode returns the code of the aid clause cl tells by its words,
// or "": "MSF treated 17 wounded" and "the Red Cross handed out food"
// give humanitarian aid (073); "the families of the dead will each
// receive 2 million naira in compensation" economic aid (071).
func (x *doc) reliefCode(cl clause) string {
	if cl.noun || cl.passive {
		return ""
	}
	l := x.lemma(cl.verb)
	switch {
	case l == "receive":
		o := x.counted(x.childWith(cl.verb, syntax.Obj))
		if o >= 0 && cl.subject >= 0 && needy[x.lemma(x.counted(cl.subject))] && x.money(o) {
			return "071"
		}
	case reliefVerbs[l] && (x.objectIn(cl.verb, needy) || x.objectIn(cl.verb, reliefGoods)) &&
		(!x.armedSubject(cl.subject) || rescueVerbs[l] || x.toSafety(cl.verb)):
		return "073"
	}
	return ""
}

// toSafety reports whether verb v takes what it moves to safety: "army
// helicopters carried hundreds of villagers to safety".
func (x *doc) toSafety(v int) bool {
	end := x.d.Sentences[x.d.SentenceOf(v)].End
	for k := v + 2; k < end && k <= v+10; k++ {
		if x.d.Lower(k) == "safety" && x.d.Lower(k-1) == "to" {
			return true
		}
	}
	return false
}

var (
	// reliefVerbs care for people or hand them what they need.
	reliefVerbs = text.SetOf("treat", "evacuate", "rescue", "shelter", "house", "feed", "distribute", "hand",
		"deliver", "airlift", "fly", "transport", "carry", "ferry")
	// rescueVerbs save people whoever does it: soldiers who evacuate
	// villagers give aid as much as the Red Cross.
	rescueVerbs = text.SetOf("evacuate", "rescue", "airlift", "ferry")
	// needy are those aid is for.
	needy = text.SetOf("wounded", "injured", "patient", "casualty", "survivor", "displaced", "refugee", "family",
		"families", "civilian", "villager", "resident", "migrant", "victim", "people", "child", "sailor", "crew")
	// reliefGoods are what aid hands out.
	reliefGoods = text.SetOf("food", "water", "medicine", "aid", "tent", "blanket", "sheeting", "supply", "ration",
		"relief", "vaccine", "dose", "grain", "flour", "meal")
)

// giver returns, for aid with no giver named whose receivers are of the
// story's country ("the families of the dead will each receive 2 million
// naira"), the state that reports it, else the story's government; for a
// giver named by its kind alone ("the state will pay", "the province
// would give"), that government; or -1.
func (x *doc) giver(cl clause) int {
	if x.in.Focus == "" {
		return -1
	}
	if r := x.sayer(cl.verb); r >= 0 && x.stateActor(r) {
		return r
	}
	if s := cl.subject; s >= 0 && (x.lemma(cl.verb) == "receive" || publicBodies[x.lemma(s)] && x.childWith(s, syntax.Det) >= 0) {
		return x.impliedHome(cl.verb, "GOV")
	}
	return -1
}

// publicBodies name a government by the tier it governs.
var publicBodies = text.SetOf("state", "province", "region", "county", "municipality", "district")
