package quantity

import (
	"strings"

	"sitrep/internal/text"
)

// maxReferent caps the words of each part of a referent.
const maxReferent = 6

// Referent returns the tokens of the concept a quantity is about, as
// content words: the noun that governs it through "of" ("a fine of $5
// million" -> fine) and the subject of its clause ("The solar cells are
// 0.03 mm thick" -> solar cells). It is a heuristic without a parser: the
// subject is the run of content words from the start of the clause to its
// first verb. Concepts reads the same from the syntax layer, better.
func Referent(d *text.Doc, q Quantity) []int {
	si := d.SentenceOf(q.First)
	if si < 0 {
		return nil
	}
	s := d.Sentences[si]
	var out []int
	if q.First-2 >= s.First && strings.EqualFold(d.Word(q.First-1), "of") {
		out = appendContentBack(d, out, q.First-2, s.First)
	}
	start := clauseStart(d, q.First, s.First)
	out = appendSubject(d, out, start, q)
	return out
}

// clauseStart returns the first token of the clause that holds token i:
// after the last semicolon, colon or dash before it, and past an opening
// adverbial that ends in a comma ("In addition, ...").
func clauseStart(d *text.Doc, i, first int) int {
	start := first
	for k := i - 1; k >= first; k-- {
		switch d.Word(k) {
		case ";", ":", "–", "—":
			return k + 1
		}
	}
	for k := start; k < i && k < start+6; k++ {
		if d.Word(k) == "," && is(openers, d.Word(start)) {
			return k + 1
		}
	}
	return start
}

// openers start an adverbial before the subject: "In addition, ...".
var openers = text.SetOf("in", "on", "at", "for", "after", "before", "since", "during", "however", "meanwhile",
	"also", "still", "yet", "so", "but", "and", "then", "now", "today", "yesterday", "last", "earlier",
	"later", "according", "despite", "with", "without", "by", "as", "while", "when", "if", "although",
	"though", "instead", "overall", "separately", "additionally", "moreover", "furthermore", "indeed")

// appendContentBack adds the content words that end at k, walking back.
func appendContentBack(d *text.Doc, out []int, k, first int) []int {
	n := 0
	for ; k >= first && n < maxReferent; k-- {
		if !content(d, k) {
			break
		}
		out = append(out, k)
		n++
	}
	return out
}

// appendSubject adds the content words from start up to the first verb,
// leaving out the quantity's own words.
func appendSubject(d *text.Doc, out []int, start int, q Quantity) []int {
	n := 0
	for k := start; k < len(d.Tokens) && n < maxReferent; k++ {
		if k >= q.First && k < max(q.End, q.NounTok+1) {
			break
		}
		w := d.Word(k)
		if verbLike(d, k, start) {
			break
		}
		if !content(d, k) || is(openers, w) && k == start {
			continue
		}
		out = append(out, k)
		n++
	}
	return out
}

// content reports whether token k is a content word.
func content(d *text.Doc, k int) bool {
	t := d.Tokens[k]
	if t.Kind != text.Word {
		return false
	}
	w := d.Word(k)
	return (t.Upper || !is(npStop, w)) && w != "'s" && w != "’s" && !is(modifiers, w)
}

// auxiliaries and frequent verbs end a subject.
var auxiliaries = text.SetOf("is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
	"could", "can", "may", "might", "should", "must", "shall", "do", "does", "did", "said", "says", "say",
	"told", "reported", "announced", "released", "broke", "hit", "cut", "set", "put", "sold", "won", "lost",
	"made", "makes", "took", "takes", "gave", "gives", "got", "gets", "paid", "pays", "plans", "wants",
	"costs", "cost", "rose", "fell", "grew", "jumped", "reached", "reaches", "needs", "expects", "sees",
	"saw", "shows", "showed", "offers", "offered", "includes", "included", "comes", "came", "goes", "went",
	"became", "becomes", "remains", "remained", "stands", "stood", "holds", "held", "runs", "ran", "keeps",
	"kept", "brings", "brought", "leads", "led", "lists", "listed", "posted", "tied", "scored", "earned",
	"raised", "spent", "launched", "added", "increased", "decreased", "dropped", "climbed", "declined")

// verbLike guesses whether token k, past the first word of the clause,
// is its verb.
func verbLike(d *text.Doc, k, start int) bool {
	t := d.Tokens[k]
	if t.Kind != text.Word || t.Cap && k > start {
		return false
	}
	w := d.Word(k)
	return is(auxiliaries, w) || (k > start && endsWith(w, "ed") && len(w) > 4 && !content(d, k+1))
}
