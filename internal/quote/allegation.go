package quote

import (
	"strings"

	"sitrep/internal/report"
	"sitrep/internal/text"
)

// allegations marks as assertions the neutral reports in which a party
// to the story charges someone with force or fault: "Tajik forces opened
// fire at about 6 a.m., the border service said", "This is deliberate
// nuclear blackmail," she said. Analysts read such words as a side's
// claim, which the other side may deny, not as a plain report; the same
// words from a United Nations agency, a news outlet or a bystander with
// no side stay neutral.
func (q *doc) allegations() {
	for i := range q.quotes {
		qt := &q.quotes[i]
		if qt.Stance != report.StanceNeutral || !q.party(qt) {
			continue
		}
		if k := q.chargeWord(qt.Text.Span); k >= 0 {
			e := q.evidence(q.d.SpanOf(k, k+1))
			qt.Stance, qt.Allegation = report.StanceAsserts, &e
		}
	}
}

// party reports whether the speaker of qt takes a side: a state, one of
// its bodies or officials, or an armed group; not an international
// body, a news outlet, or someone the story gives no country.
func (q *doc) party(qt *report.Quote) bool {
	for _, e := range q.ents {
		if e.ID != qt.Speaker {
			continue
		}
		switch {
		case e.Kind == report.KindIGO || strings.HasPrefix(e.Code, "IGO") || strings.Contains(e.Code, "MED"):
			return false
		case e.Kind == report.KindArmedGroup:
			return true
		}
		return e.Country != ""
	}
	return qt.Speaker == "" && qt.Affiliation != "" && !strings.HasPrefix(qt.Affiliation, "IGO")
}

// chargeWord returns the first word of the reported words that charges
// someone with force or fault, or -1.
func (q *doc) chargeWord(content report.Span) int {
	first := q.tokenAt(content.Start)
	for k := first; k >= 0 && k < len(q.d.Tokens) && q.d.Tokens[k].End <= content.End; k++ {
		w := q.word(k)
		if (charges[w] || w == "fire" && k > first && firingVerbs[q.word(k-1)]) && !q.unasserted(k, first) {
			return k
		}
	}
	return -1
}

// unasserted reports whether the charge at k is negated or only feared:
// "had not opened fire", "will not wait to be attacked".
func (q *doc) unasserted(k, first int) bool {
	for j := k - 1; j >= first && j >= k-3; j-- {
		switch q.word(j) {
		case "not", "never", "no", "n't", "to":
			return true
		}
	}
	return false
}

// firingVerbs open fire: "opened fire", "returned fire".
var firingVerbs = text.SetOf("opened", "open", "opening", "returned", "exchanged", "trading", "traded")

// charges are the words of an allegation: acts of force done to others
// and the names of fault.
var charges = text.SetOf(
	"fired", "shelled", "shelling", "attacked", "struck", "bombed", "bombing", "bombarded", "targeted",
	"launched", "killed", "massacred", "looted", "torched", "invaded", "occupied", "violated", "kidnapped",
	"abducted", "tortured", "executed", "shot",
	"responsibility", "responsible", "blame", "fault", "provocation", "provocations", "aggression",
	"violation", "violations", "breach", "blackmail", "terrorist", "terrorists", "terror", "terrorism",
	"illegal", "illegally", "occupiers", "invaders", "crime", "crimes", "criminal", "criminals", "massacre",
	"sabotage", "genocide", "atrocity", "atrocities", "propaganda", "aggressor", "aggressors")
