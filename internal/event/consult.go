package event

import (
	"strings"

	"sitrep/internal/syntax"
	"sitrep/internal/text"
)

// consults reports whether the clause consults another side where the
// dictionary reads a statement or nothing (040): "spoke by telephone",
// "spoke with Kyrgyz officials", "raised the incident with Dushanbe",
// "was in close contact with both governments".
func (x *doc) consults(cl clause) bool {
	l := x.lemma(cl.verb)
	for _, j32 := range x.kids[cl.verb] {
		j := int(j32)
		rel, c := x.syn.Tokens[j].Rel, x.caseOf(j)
		switch {
		case (l == "speak" || l == "talk") && rel == syntax.Obl && c == "by" && lines[x.lemma(j)]:
			return true // "spoke by telephone"
		case (l == "speak" || l == "talk") && rel == syntax.Obl && c == "with" && x.counterpart(j):
			return true // "spoke with Kyrgyz officials", not "spoke with reporters"
		case l == "raise" && rel == syntax.Obj && x.childCase(j, "with") >= 0 || l == "raise" && rel == syntax.Obl && c == "with":
			return true // "raised the incident with Dushanbe"
		case l == "contact" && cl.noun && rel == syntax.Nmod && c == "with":
			return true // "was in close contact with both governments"
		}
	}
	return false
}

// lines are the means by which two sides speak at a distance.
var lines = text.SetOf("telephone", "phone", "radio", "videolink", "video", "hotline", "videoconference")

// counterpart reports whether token j is a side that can be consulted:
// an actor that is no news outlet, or a state's officials.
func (x *doc) counterpart(j int) bool {
	a := x.actorAt[j]
	return a >= 0 && !strings.HasSuffix(x.actors[a].Code, "MED") && !x.actors[a].Place
}
