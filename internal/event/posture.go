package event

import (
	"strings"

	"sitrep/internal/cameo"
	"sitrep/internal/syntax"
	"sitrep/internal/text"
)

// Shows of force (CAMEO 15) that the dictionary codes as something else
// or not at all: forces that arrive, move in or take up positions,
// checkpoints set up and patrols stepped up, units put on alert. The
// analysts of the example articles code them so: of the 15s they read,
// the dictionary had made arrivals meetings (040), "took up positions" an
// occupation (192), "increased patrols" a threat and "reinforced its
// border posts" coercion (170).

// posture returns the code of a show of force that clause cl tells with
// its verb, where the dictionary's code is code ("" for none), or "".
func (x *doc) posture(cl clause, code string) string {
	switch {
	case x.alerted(cl):
		return "152" // "units had been placed on high alert"
	case usesForce(code):
		return "" // "crossed into the town and opened fire"
	case x.guards(cl), x.forcesMove(cl, code), x.escorts(cl):
		return "154"
	case code == "" && deploys[x.lemma(cl.verb)] && !cl.passive && x.sendsForces(cl):
		return "154" // "the Houthis had massed about 2,000 fighters and dozens of armoured vehicles"
	}
	return ""
}

// usesForce reports whether code is force used: an assault, a fight or
// mass violence (18-20), save an occupation (192), which forces that move
// in on their own ground or take up positions do not make.
func usesForce(code string) bool {
	if code == "192" {
		return false
	}
	switch cameo.Root(code) {
	case "18", "19", "20":
		return true
	}
	return false
}

// alerted reports whether the clause puts forces on alert: "placed its
// posts on alert", "raised the alert level", "went on high alert".
func (x *doc) alerted(cl clause) bool {
	if !alertVerbs[x.lemma(cl.verb)] {
		return false
	}
	for _, t := range cl.after {
		if alertNouns[x.lemma(t)] {
			return true
		}
	}
	// "placed its posts opposite the district on alert", the phrase
	// parsed under another word: "on" and at most one word before it.
	s := x.d.Sentences[x.d.SentenceOf(cl.verb)]
	for t := cl.verb + 2; t < min(cl.verb+10, s.End); t++ {
		if alertNouns[x.d.Lower(t)] && (x.d.Lower(t-1) == "on" || t-2 > cl.verb && x.d.Lower(t-2) == "on") {
			return true
		}
	}
	return false
}

var (
	alertVerbs = text.SetOf("place", "put", "raise", "go", "declare", "heighten")
	alertNouns = text.SetOf("alert", "standby")
)

// guards reports whether the clause sets up, mans or strengthens what
// forces hold: "set up 40 checkpoints", "manned checkpoints", "increased
// patrols along the boundary line", "took up positions around the
// building", "reinforced its border posts".
func (x *doc) guards(cl clause) bool {
	return guardVerbs[x.lemma(cl.verb)] && x.objectIn(cl.verb, guardNouns)
}

// objectIn reports whether the object of verb v is one of words, by its
// lemma; with no object, whether one of the three words after the verb
// is ("reinforced its border posts" with "posts" parsed as a verb,
// "treated 17 wounded" with "wounded" as an adjective).
func (x *doc) objectIn(v int, words map[string]bool) bool {
	if o := x.counted(x.childWith(v, syntax.Obj)); o >= 0 {
		return words[x.lemma(o)]
	}
	s := x.d.Sentences[x.d.SentenceOf(v)]
	for t := v + 1; t < min(v+4, s.End); t++ {
		if w := x.d.Lower(t); words[w] || words[strings.TrimSuffix(w, "s")] {
			return true
		}
	}
	return false
}

var (
	guardVerbs = text.SetOf("set", "erect", "establish", "man", "reinforce", "strengthen", "step", "increase",
		"intensify", "boost", "bolster", "double", "take", "mount", "beef")
	guardNouns = text.SetOf("checkpoint", "roadblock", "patrol", "position", "post", "outpost", "presence",
		"cordon", "garrison", "defence", "defense")
)

// escorts reports whether a state's forces escort something: "two navy
// patrol boats escorted vessels near the port", "troops escorted the
// convoy".
func (x *doc) escorts(cl clause) bool {
	return x.lemma(cl.verb) == "escort" && !cl.passive && x.childWith(cl.verb, syntax.Obj) >= 0 &&
		x.stateForce(x.counted(cl.subject))
}

// forcesMove reports whether the clause tells forces of a state moving
// somewhere on their own: "reinforcements in about 40 armoured vehicles
// arrived", "soldiers entered Mota", "riot police moved into the town".
// Armed men of no state who enter a village come to attack it; an entry
// into another country stays the occupation the dictionary reads.
func (x *doc) forcesMove(cl clause, code string) bool {
	l := x.lemma(cl.verb)
	if !moveVerbs[l] || cl.passive || cl.subject < 0 || x.childWith(cl.verb, syntax.Obj) >= 0 && l != "cross" && l != "enter" {
		return false // "moved 1,500 troops" moves what it sends; "crossed the border", "entered Mota" go there
	}
	if code == "192" && !x.ownGround(cl) || l == "enter" && !x.inStrength(cl) {
		return false // "Kenyan police entered the stadium" is no show of force
	}
	sent := x.counted(cl.subject)
	return x.stateForce(sent)
}

// inStrength reports whether the clause tells the strength of the forces
// that move: a count ("about 600 soldiers entered") or arms they come
// with ("entered Mota with six armoured vehicles").
func (x *doc) inStrength(cl clause) bool {
	if x.counted(cl.subject) != cl.subject || x.childWith(cl.subject, syntax.Nummod) >= 0 {
		return true
	}
	for k, t := range cl.after {
		if cl.afterPP[k] == "with" && x.force(t) {
			return true
		}
	}
	return false
}

var moveVerbs = text.SetOf("arrive", "move", "deploy", "enter", "cross", "head", "roll", "converge", "mass",
	"patrol", "fly", "sail", "redeploy", "station", "drive", "circle")

// stateForce reports whether token n is a state's forces: soldiers,
// police or the equipment catalogue's units and arms, of a country or of
// none named.
func (x *doc) stateForce(n int) bool {
	if n < 0 {
		return false
	}
	if x.ownForce(n) >= 0 || x.forceSector(n) != "" || x.armedNoun(n) != "" {
		return true
	}
	if !x.force(n) || x.actorAt[n] >= 0 && x.ownForce(n) < 0 {
		return false
	}
	return x.lemma(n) == "reinforcement" || x.militaryForce(n)
}

// militaryForce reports whether the force at token n is military: not a
// craft that civilians use ("fishing boats", "trucks") unless a word of
// arms names it so ("army trucks", "patrol boats").
func (x *doc) militaryForce(n int) bool {
	for _, f := range x.in.Forces {
		if n < f.First || n >= f.End {
			continue
		}
		if f.Personnel || !civilCraft[x.lemma(n)] {
			return true
		}
		for t := f.First; t < n; t++ {
			if armsWords[x.d.Lower(t)] {
				return true
			}
		}
	}
	return false
}

var (
	civilCraft = text.SetOf("boat", "canoe", "pirogue", "skiff", "dinghy", "trawler", "motorboat", "truck", "lorry",
		"van", "bus", "bulldozer", "excavator", "dredge", "pickup", "vehicle")
	armsWords = text.SetOf("army", "military", "police", "patrol", "armoured", "armored", "navy", "naval", "gun",
		"attack", "assault", "troop", "coast", "combat", "interceptor", "cannon", "riot", "guard")
)

// ownGround reports whether the places the clause's forces go to are of
// their own country or of none known: "Ethiopian soldiers entered Mota".
func (x *doc) ownGround(cl clause) bool {
	own := x.ownForce(x.counted(cl.subject))
	for _, t := range cl.after {
		a := x.actorAt[t]
		if a < 0 || !x.actors[a].Place {
			continue
		}
		if own < 0 || x.actors[a].Country != x.actors[own].Country {
			return false
		}
	}
	return true
}

// personnel reports whether token n names people under arms ("troops",
// "riot police", "reinforcements") rather than their craft.
func (x *doc) personnel(n int) bool {
	if n < 0 {
		return false
	}
	if x.forceSector(n) != "" || x.armedNoun(n) != "" || x.lemma(n) == "reinforcement" {
		return true
	}
	for _, f := range x.in.Forces {
		if n >= f.First && n < f.End {
			return f.Personnel
		}
	}
	return false
}

// foreignForceSeen reports whether force has been used so far by a side
// of another country than the story's or by attackers no one names.
func (x *doc) foreignForceSeen() bool {
	for _, e := range x.events {
		if e.QuadClass != 4 {
			continue
		}
		for _, a := range e.Source {
			if a.Code == unknownAttacker || a.Country != "" && a.Country != x.in.Focus {
				return true
			}
		}
	}
	return false
}
