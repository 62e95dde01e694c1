package quote

import (
	"strings"

	"sitrep/internal/text"
)

// negation returns the token that negates the first clause of the
// reported words ("We have never fired on a civilian aircraft", "no
// Rwandan soldier had taken part", "Moscow has nothing to do with it"),
// or -1. Analysts read such a report as a denial whatever its verb, so a
// neutral "said" or "told" that carries one is a denial. Negations that
// state a limit rather than deny a charge ("could not confirm", "did not
// know", "not yet", "not only") and resolves ("will not be provoked")
// are not.
func (q *doc) negation(content text.Span) int {
	first := q.tokenAt(content.Start)
	if first < 0 {
		return -1
	}
	if k := q.clauseNegation(first, q.sentenceEnd(first), content.End, false); k >= 0 {
		return k
	}
	// A later sentence of the words denies only outright: "We send
	// leaflets by balloon. We have never flown a drone near Pyongyang."
	for first = q.sentenceEnd(first); first < len(q.d.Tokens) && q.d.Tokens[first].End <= content.End; first = q.sentenceEnd(first) {
		if k := q.clauseNegation(first, q.sentenceEnd(first), content.End, true); k >= 0 {
			return k
		}
	}
	return -1
}

// clauseNegation returns the token that negates the first clause of the
// reported words [first, end), or -1; outright asks for a negation that
// denies whatever the clause: "never", "nothing to do with", a falsehood
// or a plea of innocence, not a mere "not".
func (q *doc) clauseNegation(first, end, contentEnd int, outright bool) int {
	if k := q.innocence(first, end, contentEnd); k >= 0 {
		return k
	}
	if k := q.calledFalse(first, end, contentEnd); k >= 0 {
		return k
	}
	for k := first; k < end && q.d.Tokens[k].End <= contentEnd; k++ {
		w := q.word(k)
		if w == "," && k+2 < end && q.word(k+1) == "nowhere" && q.word(k+2) == "near" {
			return k + 1 // "Our soldiers are in Juba, nowhere near Nasir"
		}
		if w == "," && k+2 < end && q.word(k+1) == "not" && (culprits[q.word(k+2)] || q.d.Tokens[k+2].Kind == text.Number ||
			text.NumberWord(q.word(k+2))) {
			// "Our members are herdsmen, not killers": the charge named
			// to be denied; "One, not two": the figure.
			return k + 1
		}
		if clauseBreaks[w] && (k > first || w != "that") || k > first && (w == "," || w == ";" || w == ":") {
			return -1
		}
		next, before := "", q.wordBefore(k, first)
		if k+1 < end {
			next = q.word(k + 1)
		}
		switch {
		case falsehood[w] && (!verbal[w] || namesFalsehood[before]) && !q.spread(k, first):
			return k // "This is a lie to cover up murder", not "made the men lie down"
		case outright && (w == "not" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")) && firstPerson[q.word(first)] &&
			q.chargeWithin(k+1, end, 3):
			return k // "We protect our villages. We do not kill women or old men."
		case w == "nothing" && q.evidenceWithin(k+1, end, 4):
			return k // "Nothing at this stage indicates that the aircraft was hit"
		case w == "no" && disputed[next] && copulas[before]:
			return k // "There is no dispute to discuss", "there was no proof"
		case outright && w != "never" && !(w == "nothing" && next == "to"):
		case w == "none" && next == "of":
			return k // "none of its members was involved"
		case (w == "nobody" || w == "no" && next == "one") && q.chargeWithin(k+1, end, 9):
			return k // "No one fired on people coming out of the mosque"; "Nobody was hurt" only reports
		case w == "no":
			if next != "" && q.d.Tokens[k+1].Kind != text.Punct && !limitingAfterNo[next] && !(k == first && q.vows(k, end)) {
				return k
			}
		case w == "not" || w == "never":
			limit := limitingAfterNot[next] && !(next == "been" && k+2 < end && wherePresent[q.word(k+2)])
			if !limit && !inability[before] && !modals[before] && !(k == first && q.vows(k, end)) &&
				!q.characterizes(k, first, end, next) {
				return k
			}
		case w == "nowhere" && next == "near" && copulas[before]:
			return k // "Our men were nowhere near that road"; "nowhere to go" denies nothing
		case w == "nothing" && next == "to" && k+3 < end && q.word(k+2) == "do" && q.word(k+3) == "with":
			return k // "has nothing to do with": "nothing was found" only reports
		case strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t"):
			if !inability[w] && !modals[strings.TrimSuffix(strings.TrimSuffix(w, "n't"), "n’t")] && !limitingAfterNot[next] {
				return k
			}
		}
	}
	return -1
}

// characterizes reports whether the "not" at k says what a thing or
// others are not, to say what they are: "These are not freedom
// fighters", "This is not a crime wave, it is a policy", "They are not
// hitting soldiers, they are hunting people". It denies nothing, unless
// it says a thing is not true; and "it was not massing forces" denies
// what it was doing.
func (q *doc) characterizes(k, first, end int, next string) bool {
	if k < first+2 || !copulas[q.word(k-1)] || truthWords[next] || next == "the" && k+2 < end && q.word(k+2) == "case" {
		return false // "This is not true", "that is not the case", "it was not us"
	}
	switch q.word(k - 2) {
	case "this", "these", "that", "those", "it", "they":
	default:
		return false
	}
	if k-2 != first && q.d.Tokens[k-3].Kind != text.Punct {
		return false
	}
	if strings.HasSuffix(next, "ing") || strings.HasSuffix(next, "ed") {
		return q.contrastAfter(k+1, end)
	}
	return true
}

// contrastAfter reports whether ", they are …" or ", it is …" follows
// token k in [k, end): the second half of "not this, but that".
func (q *doc) contrastAfter(k, end int) bool {
	for j := k; j+2 < end; j++ {
		if q.d.Word(j) == "," && (q.word(j+1) == "it" || q.word(j+1) == "they" || q.word(j+1) == "but") {
			return true
		}
	}
	return false
}

var truthWords = text.SetOf("true", "correct", "accurate", "real", "so", "fair", "right", "our", "ours", "us", "we")

// chargeWithin reports whether a word that charges someone with force or
// fault lies in the n tokens from k before end.
func (q *doc) chargeWithin(k, end, n int) bool {
	for j := k; j < end && j < k+n; j++ {
		if charges[q.word(j)] || deniedActs[q.word(j)] || harms[q.word(j)] {
			return true
		}
	}
	return false
}

// evidenceWithin reports whether a verb of evidence followed by "that"
// lies in the n tokens from k before end: "nothing … indicates that".
func (q *doc) evidenceWithin(k, end, n int) bool {
	for j := k; j+1 < end && j < k+n; j++ {
		if evidenceVerbs[q.word(j)] && q.word(j+1) == "that" {
			return true
		}
	}
	return false
}

var evidenceVerbs = text.SetOf("indicates", "suggests", "shows", "proves", "supports", "points")

// disputed are what "there is no …" says a claim lacks, which denies it:
// "There is no dispute", "there was no evidence".
var disputed = text.SetOf("dispute", "evidence", "proof", "truth", "basis", "foundation")

// wherePresent after "not been" deny a presence: "its officers had not
// been near the site", not "had not been confirmed".
var wherePresent = text.SetOf("near", "there", "present", "involved", "anywhere")

// culprits are the names a charge gives those it accuses.
var culprits = text.SetOf("killers", "murderers", "bandits", "kidnappers", "thieves", "smugglers", "mercenaries",
	"aggressors", "attackers", "rapists", "looters", "spies", "criminals", "terrorists", "gangsters")

// harms are the base forms of the charges a speaker denies of his own
// side: "We do not kill women".
var harms = text.SetOf("kill", "fire", "shoot", "attack", "target", "shell", "bomb", "harm", "loot", "burn", "torture",
	"abduct", "kidnap", "rape", "execute", "strike", "beat", "steal")

// firstPerson opens the words of a side that speaks of itself.
var firstPerson = text.SetOf("we", "our")

// deniedActs are wrongs that a "nobody" denies besides the charges of
// force: "Nobody forced us to come out", "nobody had been expelled",
// "Nobody in the village heard a warning shot".
var deniedActs = text.SetOf("forced", "mistreated", "threatened", "expelled", "violated", "captured", "seized", "crossed", "entered",
	"arrested", "harmed", "sends", "sent", "bought", "paid", "aimed", "incited", "heard", "starved", "pushed")

// innocence returns the token of a plea of innocence anywhere in the
// reported words, which denies a charge in whatever clause it stands:
// "enjoyed consular immunity and had done nothing wrong", "my client is
// innocent"; or -1.
func (q *doc) innocence(first, end, contentEnd int) int {
	for k := first; k < end && q.d.Tokens[k].End <= contentEnd; k++ {
		switch w := q.word(k); {
		case w == "innocent" && copulas[q.wordBefore(k, first)]:
			return k // "is innocent", not "an attack on innocent people"
		case w == "nothing" && k+1 < end && q.word(k+1) == "wrong":
			return k
		case w == "only" && q.restraintWithin(k+1, end, 4):
			return k // "Our men fired only into the air", "used only non-lethal means"
		}
	}
	return -1
}

// restraintWithin reports whether the n words from k name force held
// back, which "only" before them pleads against a charge of worse.
func (q *doc) restraintWithin(k, end, n int) bool {
	for j := k; j < end && j < k+2*n; j++ {
		switch w := q.word(j); {
		case restraints[w] && j < k+n:
			return true
		case w == "air" && q.word(j-1) == "the" && (q.word(j-2) == "into" || q.word(j-2) == "in"):
			return true // "only two shots had been fired into the air"
		case w == "," || w == ";":
			return false
		}
	}
	return false
}

// restraints are the words of force held back: "warning shots",
// "non-lethal means", "self-defence".
var restraints = text.SetOf("warning", "non-lethal", "nonlethal", "self-defence", "self-defense", "blanks", "rubber")

// calledFalse returns the token of a falsehood said of something
// anywhere in the reported words [first, end), which denies it whatever
// clause comes before: "The claim that we fired first is simply false";
// or -1.
func (q *doc) calledFalse(first, end, contentEnd int) int {
	for k := first + 1; k < end && q.d.Tokens[k].End <= contentEnd; k++ {
		before := q.word(k - 1)
		if falsehood[q.word(k)] && !verbal[q.word(k)] && (copulas[before] || intensifiers[before]) {
			return k
		}
	}
	return -1
}

var intensifiers = text.SetOf("simply", "completely", "totally", "entirely", "utterly", "absolutely", "patently", "wholly")

var copulas = text.SetOf("is", "are", "was", "were", "be", "been", "remain", "remains")

// vows reports whether the negated subject at k, which opens the
// clause, is followed by a
// modal before any other auxiliary: "Not a single inch will be traded
// away" and "No one will stop us" vow, they deny nothing.
func (q *doc) vows(k, end int) bool {
	for j := k + 1; j < end; j++ {
		switch w := q.word(j); {
		case modals[w]:
			return true
		case auxiliaries[w] || clauseBreaks[w] || q.d.Tokens[j].Kind == text.Punct:
			return false
		}
	}
	return false
}

// verbal falsehoods are also verbs; namesFalsehood come before them as
// names: "a lie", "these are lies", "pure fabrication".
var (
	verbal         = text.SetOf("lie", "lies", "lying", "invented", "fabricated")
	namesFalsehood = text.SetOf("a", "an", "are", "is", "was", "were", "pure", "blatant", "outright", "total",
		"complete", "big", "these", "those", "more", "just", "all")
)

var auxiliaries = text.SetOf("is", "are", "was", "were", "has", "have", "had", "do", "does", "did", "be", "been")

// spread reports whether the falsehood at k is what someone is said to
// spread, a charge and no denial: "suspected of spreading 'knowingly
// false information'", "accused of publishing fake news".
func (q *doc) spread(k, first int) bool {
	for j := k - 1; j >= first && j >= k-3; j-- {
		w := q.word(j)
		switch {
		case spreading[w]:
			return true
		case q.d.Tokens[j].Kind == text.Punct || strings.HasSuffix(w, "ly"):
		default:
			return false
		}
	}
	return false
}

var spreading = text.SetOf("spread", "spreading", "spreads", "publish", "publishing", "published", "publishes",
	"disseminate", "disseminating", "disseminated", "circulate", "circulating", "circulated", "post", "posting", "posted",
	"share", "sharing", "shared")

// wordBefore returns the lower-case word before token k, or "" at first.
func (q *doc) wordBefore(k, first int) string {
	if k <= first {
		return ""
	}
	return q.word(k - 1)
}

// clauseBreaks end the clause whose negation counts: what follows them
// is said of something else ("the strikes will go on until no fighter
// is left").
var clauseBreaks = text.SetOf("that", "because", "but", "although", "though", "while", "whereas", "which", "who", "whom",
	"whose", "when", "if", "unless", "until", "since", "after", "before", "as")

var limitingAfterNo = text.SetOf("one", "longer", "immediate", "doubt", "sooner", "less", "more")

var limitingAfterNot = text.SetOf("only", "just", "yet", "immediately", "clear", "known", "know", "knew", "sure",
	"certain", "rule", "ruled", "exclude", "expect", "expected", "available", "reachable", "far", "least",
	"believe", "think", "want", "wish", "intend", "seek", "plan", "aim", "been", "able")

// modals: "will not", "should never", "nobody must" announce what a
// speaker will or will not do, a resolve or a warning, not a denial of
// what was done.
var modals = text.SetOf("will", "would", "wo", "shall", "should", "must", "may", "might", "'ll", "’ll")

// inability: "could not confirm" reports a limit of what the speaker
// knows, not a denial.
var inability = text.SetOf("could", "can", "cannot", "can't", "can’t", "couldn't", "couldn’t", "unable", "able")
