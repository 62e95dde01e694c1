package quantity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/syntax"
	"sitrep/internal/text"
)

// maxConcept caps the words of one part of a concept.
const maxConcept = 12

// Concepts returns, for each quantity of qs, the words of the concept it
// is about, read from the syntax layer l of d, as spans of the text
// written between spaces ("S&P", "(F)"), in text order. It is the
// referred concept of CQE's evaluation:
//
//   - the noun a measure modifies: "the 40 yard line in the upper deck"
//     -> line upper deck;
//   - the whole it is part of or paid for: "60 per cent of its revenue"
//     -> revenue, "$35,538 for a system" -> system; the noun it measures:
//     "a fine of $5 million" -> fine; what it pays for: "the Harmony
//     Touch for $30" -> Harmony Touch;
//   - and the subject of its clause: the noun phrase before the nearest
//     verb on its left ("the S&P/TSX Index was up 19 per cent" -> S&P/TSX
//     Index), read from the tags, which hold up better than the arcs on
//     text with its marks stripped; else the subject in the parse, the
//     noun a relative pronoun stands for ("Ford, which has 13,000
//     workers" -> Ford), or, when the quantity is the subject, the object
//     ("14 players left the club" -> club).
//
// A pronoun is no concept ("they added ten users" has none), and neither
// is the set of "one of the best speakers", which is what it counts.
// Unlike Referent it needs the parse.
func Concepts(d *text.Doc, l *syntax.Layer, qs []Quantity) [][]text.Span {
	t := newTree(d, l, qs)
	out := make([][]text.Span, len(qs))
	for i, q := range qs {
		out[i] = t.chunks(t.concept(q))
	}
	return out
}

// tree indexes the children of every token of a parse: the children of
// token k are kid[first[k]:first[k+1]], in text order. taken marks the
// tokens of the quantities, their numbers and units, which name no
// concept ("up from 50 per cent" is not about "per cent").
type tree struct {
	d     *text.Doc
	l     *syntax.Layer
	first []int
	kid   []int
	taken []bool
}

func newTree(d *text.Doc, l *syntax.Layer, qs []Quantity) *tree {
	n := len(d.Tokens)
	t := &tree{d: d, l: l, first: make([]int, n+1), kid: make([]int, 0, n), taken: make([]bool, n)}
	for _, q := range qs {
		for k := q.First; k < q.End && k < n; k++ {
			t.taken[k] = true
		}
	}
	for k := range n {
		if h := l.Head(k); h >= 0 {
			t.first[h+1]++
		}
	}
	for k := range n {
		t.first[k+1] += t.first[k]
	}
	t.kid = t.kid[:t.first[n]]
	next := slices.Clone(t.first[:n])
	for k := range n {
		if h := l.Head(k); h >= 0 {
			t.kid[next[h]] = k
			next[h]++
		}
	}
	return t
}

// kids returns the children of token k.
func (t *tree) kids(k int) []int { return t.kid[t.first[k]:t.first[k+1]] }

func (t *tree) upos(k int) syntax.UPOS { return t.l.Tokens[k].UPOS }
func (t *tree) rel(k int) syntax.Rel   { return t.l.Tokens[k].Rel }

// span is the tokens of a quantity with its counted noun.
type span struct{ lo, hi int }

func (s span) has(k int) bool { return k >= s.lo && k < s.hi }

func quantitySpan(q Quantity) span {
	s := span{q.First, q.End}
	if q.NounTok >= q.End {
		s.hi = q.NounTok + 1
	}
	return s
}

// concept returns the tokens of the concept of q.
func (t *tree) concept(q Quantity) []int {
	s := quantitySpan(q)
	top := t.top(s)
	if top < 0 || t.oneOf(q) {
		return nil
	}
	out := t.wholeAfter(nil, s)
	h, r := t.l.Head(top), t.rel(top)
	if h > top && t.nominal(h) && !s.has(h) {
		switch r {
		case syntax.Compound, syntax.Amod, syntax.Nummod, syntax.NmodUnmarked:
			out = t.phrase(out, h, s) // "the 40 yard line"
			if t.inSubject(h) {
				return out
			}
		}
	}
	out = t.partBefore(out, s)
	out = t.paidFor(out, q, s)
	return t.subject(out, top, s)
}

// oneOf reports whether q picks one of a set: "one of the best
// speakers". The set is what it counts, and it names no other concept.
func (t *tree) oneOf(q Quantity) bool {
	return q.Value == 1 && q.Total == 0 && q.End < len(t.d.Tokens) && strings.EqualFold(t.d.Word(q.End), "of")
}

// inSubject reports whether token k lies in a subject.
func (t *tree) inSubject(k int) bool {
	for n := 0; k >= 0 && n < 8; k, n = t.l.Head(k), n+1 {
		switch t.rel(k) {
		case syntax.Nsubj, syntax.NsubjPass, syntax.NsubjOuter:
			return true
		}
	}
	return false
}

// wholeAfter adds the whole a quantity is part of, or what it is paid
// for: "60 per cent of its revenue", "$35,538 for an 8.5 kW system".
func (t *tree) wholeAfter(out []int, s span) []int {
	d := t.d
	k := s.hi
	if k >= len(d.Tokens) {
		return out
	}
	switch text.Fold(d.Word(k)) {
	case "of", "for", "off":
	default:
		return out
	}
	if n := t.l.Head(k); n > k && t.nominal(n) {
		if is(timeNouns, d.Word(n)) {
			return out // "19 per cent for the year"
		}
		return t.phrase(out, n, s)
	}
	return t.nounRun(out, k+1, s)
}

// paidFor adds what an amount pays for: "the refurbished Harmony Touch
// for $30".
func (t *tree) paidFor(out []int, q Quantity, s span) []int {
	k := s.lo - 1
	if q.Class != ClassCurrency || k < 1 || !strings.EqualFold(t.d.Word(k), "for") {
		return out
	}
	si := t.d.SentenceOf(k)
	if si < 0 {
		return out
	}
	return t.run(out, k-1, t.d.Sentences[si].First, s)
}

// partBefore adds the noun a quantity is the measure of: "a fine of $5
// million" -> fine, "an increase of 5 per cent" -> increase.
func (t *tree) partBefore(out []int, s span) []int {
	d := t.d
	k := s.lo - 1
	if k < 1 || !strings.EqualFold(d.Word(k), "of") || !t.nominal(k-1) {
		return out
	}
	j := k - 1
	for j-1 >= 0 && (t.upos(j-1) == syntax.ADJ || t.nominal(j-1) || t.l.XPOS(j-1) == "VBN" && t.rel(j-1) == syntax.Amod) {
		j--
	}
	for ; j < k; j++ {
		if (t.content(j) || t.nominal(j)) && !is(amountNouns, t.d.Word(j)) {
			out = append(out, j)
		}
	}
	return out
}

// amountNouns give the size of what follows them, and name nothing: "a
// total of 200 million", "an average of 20".
var amountNouns = text.SetOf("total", "sum", "average", "maximum", "minimum", "combined", "tally")

// inRun reports whether token k may sit in a noun phrase before its
// last noun.
func (t *tree) inRun(k int) bool {
	switch t.upos(k) {
	case syntax.NOUN, syntax.PROPN, syntax.DET, syntax.ADJ, syntax.NUM:
		return true
	case syntax.PRON:
		return t.l.XPOS(k) == "PRP$"
	}
	return false
}

// nounRun adds the content words of the noun phrase that starts at k,
// read from the tags: its determiners and adjectives up to its last noun.
func (t *tree) nounRun(out []int, k int, s span) []int {
	d := t.d
	si := d.SentenceOf(k)
	if si < 0 {
		return out
	}
	end := d.Sentences[si].End
	last := -1
	for j := k; j < end && j-k < maxConcept && t.inRun(j); j++ {
		if t.nominal(j) {
			last = j
		}
	}
	for j := k; j <= last; j++ {
		if !s.has(j) && t.content(j) {
			out = append(out, j)
		}
	}
	return out
}

// top returns the token of s whose head lies outside it, preferring a
// noun, a number or a sign to the bound words: the token by which the
// quantity hangs in the sentence.
func (t *tree) top(s span) int {
	best := -1
	for k := s.lo; k < s.hi; k++ {
		if s.has(t.l.Head(k)) {
			continue
		}
		switch t.upos(k) {
		case syntax.NOUN, syntax.PROPN, syntax.NUM, syntax.SYM, syntax.ADJ, syntax.PRON:
			best = k
		default:
			if best < 0 {
				best = k
			}
		}
	}
	return best
}

// subject adds the subject of the clause that holds top. The noun phrase
// before the nearest verb on the left comes first: on news text with its
// marks stripped the tags hold up better than the arcs. Without one, it
// is the nearest subject up the tree that does not hold the quantity;
// when the quantity is the subject, the object of its verb stands in.
func (t *tree) subject(out []int, top int, s span) []int {
	if o := t.leftSubject(nil, s); len(o) > 0 {
		return append(out, o...)
	}
	for v, steps := top, 0; v >= 0 && steps < 8; v, steps = t.l.Head(v), steps+1 {
		for _, c := range t.kids(v) {
			switch t.rel(c) {
			case syntax.Nsubj, syntax.NsubjPass, syntax.NsubjOuter:
			default:
				continue
			}
			if t.dominates(c, top) {
				return t.object(out, v, c, s)
			}
			return t.subjectPhrase(out, c, v, s)
		}
		if t.l.Head(v) < 0 && v != top && t.nominal(v) {
			return t.head(out, v, top) // "Total Cost: $72,370"
		}
	}
	return out
}

// leftSubject adds the noun phrase before the nearest clause verb left of
// the quantity, read from the tags alone: "The S&P/TSX Index was up 19
// per cent" -> S&P/TSX Index. Without a verb it is the name right before
// the quantity: "Dow +0.2%".
func (t *tree) leftSubject(out []int, s span) []int {
	d := t.d
	si := d.SentenceOf(s.lo)
	if si < 0 {
		return out
	}
	first := d.Sentences[si].First
	j := s.lo - 1
	for j >= first && !t.clauseVerb(j, first) {
		j--
	}
	if j < first {
		return t.run(out, s.lo-1, first, s)
	}
	for j >= first && (t.verb(j) || t.upos(j) == syntax.ADV || t.upos(j) == syntax.PART) {
		j--
	}
	if j >= first && (t.l.XPOS(j) == "WDT" || t.l.XPOS(j) == "WP") {
		j-- // "the company, which has been"
		for j >= first && d.Tokens[j].Kind == text.Punct {
			j--
		}
	}
	return t.run(out, j, first, s)
}

// run adds the content words of the noun phrase that ends at token end,
// read leftwards from the tags, without the adverbials of time and place
// that open a sentence ("Since the start of last season Chris Wood").
func (t *tree) run(out []int, end, first int, s span) []int {
	j := end
	for j >= first && (end-j < maxConcept && t.nounish(j) || j == end && t.sign(j)) {
		j--
	}
	j++
	if j <= end && t.upos(j) == syntax.ADP {
		if o := t.l.Head(j); o > j && o <= end && !t.dominates(o, end) {
			for j <= end && (j <= o || t.dominates(o, j)) {
				j++
			}
		}
	}
	for k := j; k <= end; k++ {
		if !s.has(k) && t.content(k) && !is(timeNouns, t.d.Word(k)) {
			out = append(out, k)
		}
	}
	return out
}

// whenWord reports whether token k only places a time noun: "last" of
// "last season", "next" of "next year".
func (t *tree) whenWord(k int) bool {
	return k+1 < len(t.d.Tokens) && is(timeNouns, t.d.Word(k+1)) && is(timeDeterminers, t.d.Word(k))
}

// timeDeterminers place a time noun after them.
var timeDeterminers = text.SetOf("last", "next", "past", "previous", "this", "coming", "following")

// timeNouns say when, not what: "this year Tesla shares".
var timeNouns = text.SetOf("year", "years", "month", "months", "week", "weeks", "day", "days", "today", "yesterday",
	"tomorrow", "morning", "afternoon", "evening", "night", "tonight", "quarter", "monday", "tuesday",
	"wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june",
	"july", "august", "september", "october", "november", "december", "weekend", "season", "time")

// sign reports whether token k is a sign between a name and its figure:
// "Dow +0.2%", "Toronto Stock Exchange (16369.03".
func (t *tree) sign(k int) bool {
	switch t.d.Word(k) {
	case "+", "(", ":", "-":
		return true
	}
	return false
}

// clauseVerb reports whether token k is the verb of a clause with its own
// subject, not an infinitive ("rose 0.65 per cent to end at 27,349").
func (t *tree) clauseVerb(k, first int) bool {
	if !t.verb(k) {
		return false
	}
	return k-1 < first || !strings.EqualFold(t.d.Word(k-1), "to")
}

// verb reports whether token k is a verb of a clause, not a participle
// inside a noun phrase.
func (t *tree) verb(k int) bool {
	switch t.upos(k) {
	case syntax.VERB:
		return t.rel(k) != syntax.Amod && t.rel(k) != syntax.Compound
	case syntax.AUX:
		return true
	}
	return is(auxiliaries, t.d.Word(k))
}

// nounish reports whether token k may sit inside a noun phrase read from
// the tags: determiners, adjectives, nouns, names, their numbers, the
// prepositions and conjunctions between them, and the marks of names.
func (t *tree) nounish(k int) bool {
	switch t.upos(k) {
	case syntax.DET, syntax.ADJ, syntax.NOUN, syntax.PROPN, syntax.NUM, syntax.ADP, syntax.CCONJ, syntax.PART:
		return !t.verb(k)
	case syntax.VERB:
		return !t.verb(k)
	case syntax.PRON:
		return t.l.XPOS(k) == "PRP$"
	case syntax.PUNCT, syntax.SYM:
		w := t.d.Word(k)
		return w == "&" || w == "/" || w == "(" || w == ")" || w == "-"
	}
	return false
}

// subjectPhrase adds the subject c of verb v. A relative pronoun stands
// for the noun its clause hangs on ("Ford, which has"), a personal pronoun
// for nothing.
func (t *tree) subjectPhrase(out []int, c, v int, s span) []int {
	if t.upos(c) != syntax.PRON {
		return t.phrase(out, c, s)
	}
	switch t.l.XPOS(c) {
	case "WDT", "WP":
		if t.rel(v) == syntax.AclRelcl {
			if a := t.l.Head(v); a >= 0 && t.nominal(a) {
				return t.phrase(out, a, s)
			}
		}
	}
	return out
}

// object adds the object of verb v when the quantity sits in its subject
// subj: "14 players left the club".
func (t *tree) object(out []int, v, subj int, s span) []int {
	for _, c := range t.kids(v) {
		if c != subj && t.rel(c) == syntax.Obj && t.nominal(c) {
			return t.phrase(out, c, s)
		}
	}
	return out
}

// dominates reports whether a is k or an ancestor of k.
func (t *tree) dominates(a, k int) bool {
	for n := 0; k >= 0 && n < 64; k, n = t.l.Head(k), n+1 {
		if k == a {
			return true
		}
	}
	return false
}

func (t *tree) nominal(k int) bool {
	switch t.upos(k) {
	case syntax.NOUN, syntax.PROPN:
		return true
	}
	return false
}

// phrase adds the content words of the subtree of n, leaving out the
// quantity, relative clauses and what hangs on the other tokens of s.
func (t *tree) phrase(out []int, n int, s span) []int {
	var walk func(k, depth int)
	added := 0
	walk = func(k, depth int) {
		if s.has(k) || added >= maxConcept || depth > 6 {
			return
		}
		if t.content(k) {
			out = append(out, k)
			added++
		}
		for _, c := range t.kids(k) {
			switch t.rel(c) {
			case syntax.AclRelcl, syntax.Punct, syntax.Appos, syntax.Parataxis, syntax.Advcl:
				continue
			}
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return out
}

// head adds noun n with the words that name it (compounds, adjectives,
// possessors), but not what hangs on the quantity top.
func (t *tree) head(out []int, n, top int) []int {
	out = append(out, n)
	for _, c := range t.kids(n) {
		switch t.rel(c) {
		case syntax.Compound, syntax.Amod, syntax.NmodPoss, syntax.Flat:
			if c != top && t.content(c) {
				out = append(out, c)
			}
		}
	}
	return out
}

// content reports whether token k is a content word of a concept: a noun,
// a name, an adjective, a participle used as one ("driving range"), or a
// number inside a name ("S&P 500").
func (t *tree) content(k int) bool {
	switch t.upos(k) {
	case syntax.NOUN, syntax.PROPN, syntax.ADJ:
		return true
	case syntax.VERB:
		return t.rel(k) == syntax.Amod || t.rel(k) == syntax.Compound
	case syntax.NUM:
		h := t.l.Head(k)
		return h >= 0 && t.upos(h) == syntax.PROPN
	}
	return false
}

// chunks returns the spans of the words, as written between spaces, that
// hold the tokens ks: "S&P" for "S", "&", "P". Marks around a word are
// trimmed unless they pair up: "(F)" stays, "diameter)" loses its bracket.
func (t *tree) chunks(ks []int) []text.Span {
	slices.Sort(ks)
	ks = slices.Compact(ks)
	var out []text.Span
	for _, k := range ks {
		if t.taken[k] || t.whenWord(k) {
			continue
		}
		c := chunkAt(t.d.Text, t.d.Tokens[k].Span)
		if c.End <= c.Start || len(out) > 0 && out[len(out)-1] == c {
			continue
		}
		out = append(out, c)
	}
	return out
}

// chunkAt returns the trimmed run of non-space text around sp.
func chunkAt(s string, sp text.Span) text.Span {
	a, b := sp.Start, sp.End
	for a > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:a])
		if unicode.IsSpace(r) {
			break
		}
		a -= n
	}
	for b < len(s) {
		r, n := utf8.DecodeRuneInString(s[b:])
		if unicode.IsSpace(r) {
			break
		}
		b += n
	}
	return trimChunk(s, text.Span{Start: a, End: b})
}

// trimChunk drops the marks at the ends of a word that belong to the
// sentence: commas, stops, quotes, unpaired brackets and a possessive.
func trimChunk(s string, c text.Span) text.Span {
	for c.End > c.Start {
		n := trailingMark(s[c.Start:c.End])
		if n == 0 {
			break
		}
		c.End -= n
	}
	for c.End > c.Start {
		w := s[c.Start:c.End]
		r, n := utf8.DecodeRuneInString(w)
		if (r == '(' && strings.Contains(w, ")")) || !strings.ContainsRune("\"'“”‘’([{", r) {
			break
		}
		c.Start += n
	}
	return c
}

// trailingMark returns the bytes of the mark that ends w and belongs to
// the sentence, or 0: a stop (but not the last of "U.S."), a comma, a
// quote, a bracket that closes nothing in w, a possessive "'s".
func trailingMark(w string) int {
	for _, pos := range []string{"'s", "’s"} {
		if strings.HasSuffix(w, pos) && len(w) > len(pos) {
			return len(pos)
		}
	}
	r, n := utf8.DecodeLastRuneInString(w)
	switch {
	case r == '.' && strings.Count(w, ".") > 1:
		return 0
	case r == ')' && strings.Contains(w, "("), r == ']' && strings.Contains(w, "["):
		return 0
	case strings.ContainsRune(".,;:!?\"'“”‘’)]}…", r):
		return n
	}
	return 0
}
