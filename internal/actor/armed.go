package actor

import (
	"strings"

	"sitrep/internal/ner"
	"sitrep/internal/report"
	"sitrep/internal/text"
)

// armedByWords makes an organisation that no lexicon codes an armed group
// when the words around one of its names say it fights: "Asayish
// gunmen", "fighters of the Nasr Brigade", "the separatist Movement of
// Democratic Forces", "Jund al-Khilafa … claimed responsibility". Only
// the text can tell a militia from a party or a charity, and these are
// the words wire copy uses for the first and never for the others.
func (x *doc) armedByWords() {
	for si, u := range x.uses {
		if u.Entity < 0 {
			continue
		}
		e := &x.entities[u.Entity]
		if e.Kind != report.KindOrganization || e.Code != "" || e.Known {
			continue
		}
		sp := x.spans[si]
		if x.fightersAfter(sp.First, sp.End) && !activists(e.Name, x.d.Lower(sp.End)) || x.fightersBefore(sp.First) || x.armedAdjective(sp.First) ||
			x.claimsAttack(sp.First, sp.End) || x.sideInFighting(sp.First, sp.End) {
			arm(e)
		}
	}
}

// arm makes e an armed group of its country, if it has one.
func arm(e *report.Entity) {
	e.Kind, e.Sector, e.Code = report.KindArmedGroup, "REB", e.Country+"REB"
}

// fighter reports whether w names armed men: "fighters", "gunmen",
// "militants", "rebels", whose lexicon sector is an armed one.
func (x *doc) fighter(w string) bool {
	a, ok := x.l.lex.Agent(w)
	return ok && a.Person && a.Plural && (strings.HasPrefix(a.Sector, "REB") || strings.HasPrefix(a.Sector, "UAF"))
}

// fightersAfter reports whether the name at tokens [first, end) is followed
// by its fighters, past an acronym in brackets: "RSF fighters", "the
// Asayish (internal security) gunmen".
func (x *doc) fightersAfter(first, end int) bool {
	s := x.d.Sentences[x.d.SentenceOf(end-1)]
	if end+2 < s.End && x.d.Word(end) == "(" && x.d.Word(end+2) == ")" {
		end += 3
	}
	return end < s.End && x.fighter(x.d.Lower(end)) && !formerWords[x.d.Lower(first-1)] && !ner.AirArm(x.d, first, end)
}

// activists reports whether the fighter word w after a party's name calls
// its members activists, as French usage and the copy translated from it
// does: "CNL militants" of the National Congress for Freedom.
func activists(name, w string) bool {
	if w != "militants" && w != "militant" {
		return false
	}
	head, _, _ := strings.Cut(text.Fold(name), " for ")
	head, _, _ = strings.Cut(head, " of ")
	return partyHeads[text.LastWord(head)]
}

// partyHeads head the names of political parties.
var partyHeads = text.SetOf("party", "congress", "rally", "league", "union", "convention")

// formerWords make fighters of the past: "former RENAMO fighters" have
// handed in their weapons.
var formerWords = text.SetOf("former", "ex")

// fightersBefore reports whether the name at token first closes a phrase
// that opens with fighters: "fighters of the Nasr Brigade", "gunmen loyal
// to the Stability Support Apparatus", "militants from the rebel X".
func (x *doc) fightersBefore(first int) bool {
	s := x.d.Sentences[x.d.SentenceOf(first)]
	k := first - 1
	for k > s.First && k > first-5 && x.d.Tokens[k].Kind == text.Word && !x.d.Tokens[k].Cap && !linkWords[x.d.Lower(k)] {
		k-- // "the", "rebel", "dissident" before the name
	}
	if k <= s.First || !linkWords[x.d.Lower(k)] {
		return false
	}
	if x.d.Lower(k) == "to" && x.d.Lower(k-1) == "loyal" {
		k--
	}
	w := x.d.Lower(k - 1)
	return x.fighter(w) || w == "men" && k-2 >= s.First && x.d.Lower(k-2) == "armed" // "armed men from the X"
}

// linkWords join fighters to the body they belong to.
var linkWords = text.SetOf("of", "from", "to")

// armedAdjective reports whether the word before the name at token first
// calls its body rebel or separatist: "the separatist Movement of
// Democratic Forces of Casamance", "the rebel SPLM-N".
func (x *doc) armedAdjective(first int) bool {
	s := x.d.Sentences[x.d.SentenceOf(first)]
	if first == s.First {
		return false
	}
	a, ok := x.l.lex.Agent(x.d.Lower(first - 1))
	return ok && !a.Plural && strings.HasPrefix(a.Sector, "REB")
}

// claimsAttack reports whether the name at tokens [first, end) opens its
// sentence and the sentence goes on to claim responsibility: a body that
// claims an attack is the one that made it.
func (x *doc) claimsAttack(first, end int) bool {
	s := x.d.Sentences[x.d.SentenceOf(first)]
	if x.afterDeterminer(s.First) != first {
		return false
	}
	for k := end; k+1 < s.End; k++ {
		if x.d.Lower(k) == "claimed" && x.d.Lower(k+1) == "responsibility" {
			return true
		}
	}
	return false
}

// sideInFighting reports whether the name at tokens [first, end) is a
// side in a fight its sentence tells of, by "between", "pitted" or
// "against": "the fighting pitted the X Force against the Y Brigade",
// "clashes between X and Y". A body named for a state's forces is no
// armed group for it.
func (x *doc) sideInFighting(first, end int) bool {
	for k := first; k < end; k++ {
		if stateForceWords[x.d.Lower(k)] {
			return false
		}
	}
	s := x.d.Sentences[x.d.SentenceOf(first)]
	k := first - 1
	if k > s.First && x.d.Lower(k) == "the" {
		k--
	}
	if k < s.First || !sideWords[x.d.Lower(k)] && !(x.d.Lower(k) == "and" && x.between(k, s.First)) {
		return false
	}
	for j := s.First; j < s.End; j++ {
		if fightWords[x.d.Lower(j)] {
			return true
		}
	}
	return false
}

// between reports whether "between" opens the pair that the "and" at k
// closes: "clashes between the X Force and the Y Brigade".
func (x *doc) between(k, lo int) bool {
	for j := k - 1; j >= lo && j > k-8; j-- {
		if x.d.Lower(j) == "between" {
			return true
		}
		if x.d.Tokens[j].Kind != text.Word {
			return false
		}
	}
	return false
}

var (
	sideWords  = text.SetOf("between", "pitted", "against")
	fightWords = text.SetOf("fighting", "clashes", "clash", "clashed", "fought", "battle", "battles", "gunfight", "firefight",
		"shootings", "gunfights", "truce", "feud", "war")
	stateForceWords = text.SetOf("army", "police", "navy", "ministry", "guard", "gendarmerie", "armed", "national", "government",
		"military", "defence", "defense")
)
