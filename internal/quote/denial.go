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
	end := q.sentenceEnd(first)
	for k := first; k < end && q.d.Tokens[k].End <= content.End; k++ {
		w := q.word(k)
		if clauseBreaks[w] || k > first && (w == "," || w == ";" || w == ":") {
			return -1
		}
		next, before := "", q.wordBefore(k, first)
		if k+1 < end {
			next = q.word(k + 1)
		}
		switch {
		case w == "no":
			if next != "" && q.d.Tokens[k+1].Kind != text.Punct && !limitingAfterNo[next] {
				return k
			}
		case w == "not" || w == "never":
			if !limitingAfterNot[next] && !inability[before] && !modals[before] {
				return k
			}
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
	"believe", "think", "want", "wish", "intend", "been", "able")

// modals: "will not", "should never", "nobody must" announce what a
// speaker will or will not do, a resolve or a warning, not a denial of
// what was done.
var modals = text.SetOf("will", "would", "wo", "shall", "should", "must", "may", "might", "'ll", "’ll")

// inability: "could not confirm" reports a limit of what the speaker
// knows, not a denial.
var inability = text.SetOf("could", "can", "cannot", "can't", "can’t", "couldn't", "couldn’t", "unable", "able")
