package syntax

import (
	"slices"
	"strings"
	"unicode/utf8"

	"sitrep/internal/text"
)

// Token is the syntax of one text token.
type Token struct {
	UPOS UPOS
	XPOS XPOS
	Rel  Rel
	// Head is the index in Doc.Tokens of the head token, or -1 for the
	// root of a sentence and for tokens outside every sentence.
	Head int32
	// part is the byte range of the token that was analysed when the
	// treebank splits it ("do" of "don't"): [0, part) when positive,
	// [-part, end) when negative, the whole token when zero.
	part  int16
	lemma uint32 // lemma code, see lemmatizer
}

// Layer is the syntax layer of a Doc: Tokens[i] describes Doc.Tokens[i].
type Layer struct {
	Tokens []Token
	doc    *text.Doc
	m      *Model
	done   []bool       // analysed sentences; nil when all were analysed at once
	known  []knownClass // classes earlier stages know, see MarkProper and MarkNoun
}

// knownClass is a class an earlier stage knows a token takes.
type knownClass uint8

const (
	unknownClass knownClass = iota
	properNoun
	singularNoun
	pluralNoun
	adjective
)

// MarkProper tells the tagger that token i is a proper noun (PROPN, NNP):
// a name that an earlier stage found in its lexicon. The tagger sees
// "Italy" at the start of a sentence as an adverb by its "-ly"; what a
// gazetteer knows it need not guess. It applies to the sentences analysed
// after the call.
func (l *Layer) MarkProper(i int) { l.mark(i, properNoun) }

// MarkNoun tells the tagger that token i is a common noun (NOUN, NN or
// NNS when plural): a word of the equipment catalogue such as "drones",
// which the treebank never saw and the tagger reads as a verb in
// "Ukrainian artillery and drones struck villages". A token marked
// proper stays proper. It applies to the sentences analysed after the
// call.
func (l *Layer) MarkNoun(i int, plural bool) {
	if l.known != nil && l.known[i] != unknownClass {
		return
	}
	if plural {
		l.mark(i, pluralNoun)
	} else {
		l.mark(i, singularNoun)
	}
}

// MarkAdjective tells the tagger that token i is an adjective (ADJ,
// JJ): a name joined to a participle, "Iranian-backed" or "Marshall
// Islands-flagged", which the tagger reads as a verb whose subject is the
// name before it. It applies to the sentences analysed after the call.
func (l *Layer) MarkAdjective(i int) { l.mark(i, adjective) }

func (l *Layer) mark(i int, c knownClass) {
	if l.known == nil {
		l.known = make([]knownClass, len(l.Tokens))
	}
	l.known[i] = c
}

// UPOS returns the universal tag of token i ("NOUN").
func (l *Layer) UPOS(i int) string { return l.Tokens[i].UPOS.String() }

// XPOS returns the Penn Treebank tag of token i ("NNS").
func (l *Layer) XPOS(i int) string { return l.Tokens[i].XPOS.String() }

// Head returns the index of the head of token i, or -1 for a root.
func (l *Layer) Head(i int) int { return int(l.Tokens[i].Head) }

// Rel returns the relation of token i to its head ("nsubj:pass").
func (l *Layer) Rel(i int) string { return l.Tokens[i].Rel.String() }

// Lemma returns the lemma of token i. It is built on demand, so only the
// lemmas that a caller reads cost an allocation, and only those that the
// rules derive.
func (l *Layer) Lemma(i int) string {
	t := &l.Tokens[i]
	if t.UPOS == NoUPOS {
		return ""
	}
	form := l.doc.Word(i)
	switch {
	case t.part > 0:
		form = form[:t.part]
	case t.part < 0:
		form = form[-t.part:]
	}
	return l.m.lemma.lemma(form, t.lemma)
}

// maxCut bounds the first part of a split token, so Token.part holds it.
const maxCut = 255

// maxWords bounds the words parsed as one sentence; longer runs (lists,
// tables without stops) are parsed in pieces.
const maxWords = 200

// analyzer holds the buffers of one Analyze call; a pool reuses them.
type analyzer struct {
	sc    scratch
	words []word
	tok   []int32 // token of each word
	part  []int16 // the word's part of its token, as in Token.part
	tags  []uint8
	fixed []int16 // the class a word must take, -1 for the tagger's choice
	view  sentenceView
	st    state
	ps    parseScratch
	tb    tagBuf
}

// Analyze tags, lemmatizes and parses every sentence of d. Heads are
// indices into d.Tokens. It never re-tokenizes: a token that the treebank
// would split ("don't", "cannot") is analysed as its parts and takes the
// analysis of its first part whose head lies outside it.
func (m *Model) Analyze(d *text.Doc) *Layer {
	return m.AnalyzeSentences(d, func(int) bool { return true })
}

// AnalyzeSentences analyses only the sentences (indices into d.Sentences)
// that want accepts, so a stage that needs the syntax of a few sentences
// does not pay for all. The tokens of the other sentences have no tag
// (NoUPOS) and head -1.
func (m *Model) AnalyzeSentences(d *text.Doc, want func(sentence int) bool) *Layer {
	l := m.Lazy(d)
	for si := range d.Sentences {
		if want(si) {
			l.Ensure(si)
		}
	}
	return l
}

// Lazy returns a layer that analyses nothing yet: a stage calls Ensure
// for each sentence it reads, and pays only for those. Tokens of a
// sentence not yet ensured have no tag (NoUPOS) and head -1. A lazy layer
// belongs to one goroutine.
func (m *Model) Lazy(d *text.Doc) *Layer {
	l := &Layer{Tokens: make([]Token, len(d.Tokens)), doc: d, m: m, done: make([]bool, len(d.Sentences))}
	for i := range l.Tokens {
		l.Tokens[i].Head = -1
	}
	return l
}

// Ensure analyses sentence si (an index into the document's Sentences)
// unless it already is.
func (l *Layer) Ensure(si int) {
	if l.done == nil || l.done[si] {
		return
	}
	l.done[si] = true
	a, _ := l.m.pool.Get().(*analyzer)
	if a == nil {
		a = &analyzer{}
	}
	s := l.doc.Sentences[si]
	for first := s.First; first < s.End; {
		first = a.sentence(l.m, l.doc, l, first, s.End)
	}
	l.m.pool.Put(a)
}

// sentence analyses tokens from first up to end, at most maxWords words,
// and returns where it stopped.
func (a *analyzer) sentence(m *Model, d *text.Doc, l *Layer, first, end int) int {
	a.words, a.tok, a.part = a.words[:0], a.tok[:0], a.part[:0]
	i := first
	for ; i < end && len(a.words) < maxWords; i++ {
		a.addToken(m, d.Word(i), i, i == first)
	}
	a.fix(m, l)
	a.run(m)
	a.repair(m, func(k int) string { return d.Lower(int(a.tok[k])) })
	a.write(m, l)
	for _, fix := range arcRepairs {
		fix(d, l, first, i)
	}
	return i
}

// arcRepairs are the repairs of news constructions that follow the
// parse, in order: each reads the arcs the ones before it left.
var arcRepairs = []func(d *text.Doc, l *Layer, first, end int){
	comparatives,
	approximations,
	frontedSubjects,
	relativeSubjects,
	copularSubjects,
	reducedRelatives,
	frontedParticiples,
	participleSubjects,
	nounRoots,
	trailingReports,
	clauseReports,
	amodVerbRoots,
	countedHeads,
	saidSubjects,
	gerundConjuncts,
	adjectiveHeads,
	possessedSubjects,
	nominalVerbs,
	appositionSubjects,
	namedSubjects,
	namingObjects,
	markedSubjects,
	particleObjects,
	secondSubjects,
	controlInfinitives,
	nounConjuncts,
	bareParticiples,
	pluperfectConjuncts,
	quotedConjuncts,
	infinitiveConjuncts,
	timedClauses,
}

// repair tags and parses the sentence again where preterites finds an
// irregular past tense read as another word class, where finiteVerb finds
// a participle to read as a past tense and where subjunctive finds a noun
// to read as a verb. lower returns word k in lower case.
func (a *analyzer) repair(m *Model, lower func(int) string) {
	for len(a.fixed) < len(a.words) {
		a.fixed = append(a.fixed, -1)
	}
	if a.preterites(m, lower) {
		a.run(m)
	}
	if j := a.pluralSubject(m); j >= 0 {
		a.fixed[j] = m.tagger.known[pluralNoun]
		a.run(m)
	}
	if j := a.verblessPast(m, lower); j >= 0 {
		a.fixed[j] = m.tagger.pastTense
		a.run(m)
	}
	if j := a.finiteVerb(m, lower); j >= 0 {
		a.fixed[j] = m.tagger.pastTense
		a.run(m)
	}
	if j := a.coordinatedPast(m, lower); j >= 0 {
		a.fixed[j] = m.tagger.pastTense
		a.run(m)
	}
	if j := a.subjunctive(m, lower); j >= 0 {
		a.fixed[j] = m.tagger.baseForm
		a.run(m)
	}
	if j := a.particleVerb(m, lower); j >= 0 {
		a.fixed[j] = m.tagger.pastTense
		a.run(m)
	}
	if j, c := a.wordNumber(m, lower); j >= 0 {
		a.fixed[j] = c
		a.run(m)
	}
	if j := a.relativeVerb(m, lower); j >= 0 {
		a.fixed[j] = m.tagger.present
		a.run(m)
	}
	if j := a.borderCrossing(m, lower); j >= 0 {
		a.fixed[j] = m.tagger.known[singularNoun]
		a.run(m)
	}
	if j := a.secondThat(m, lower); j >= 0 {
		a.fixed[j] = m.tagger.subordinator
		a.run(m)
	}
}

// secondThat finds a "that" read as a determiner that opens a second
// reported clause: "said the hull had 14 bullet holes and that 60
// soldiers had been sent", where a finite auxiliary follows within the
// clause. "And that truck exploded" has no verb of saying before it.
func (a *analyzer) secondThat(m *Model, lower func(int) string) int {
	if m.tagger.subordinator < 0 {
		return -1
	}
	said := false
	for k := 1; k < len(a.tags); k++ {
		w := lower(k)
		said = said || reportForms[w]
		if !said || w != "that" || a.fixed[k] >= 0 || (lower(k-1) != "and" && lower(k-1) != "but") ||
			m.tagger.classes[a.tags[k]].UPOS != DET {
			continue
		}
		for j := k + 2; j < len(a.tags) && j <= k+7; j++ {
			if v := lower(j); v == "," || v == ";" {
				break
			} else if finiteAux[v] {
				return k
			}
		}
	}
	return -1
}

// reportForms are the forms of the verbs of saying that report a clause.
var reportForms = map[string]bool{"said": true, "says": true, "told": true, "added": true, "reported": true,
	"stated": true, "confirmed": true, "announced": true}

// particleVerb returns a word read as a noun between a noun and a
// particle that may be a past tense, or -1: in "Ukrainian air defence
// units shot down two missiles" "shot" is no shot.
func (a *analyzer) particleVerb(m *Model, lower func(int) string) int {
	if m.tagger.pastTense < 0 {
		return -1
	}
	cls := m.tagger.classes
	for k := 1; k+1 < len(a.tags); k++ {
		w := lower(k)
		if a.fixed[k] < 0 && nounTags[cls[a.tags[k]].XPOS.String()] && nounTags[cls[a.tags[k-1]].XPOS.String()] &&
			particles[lower(k+1)] && (strings.HasSuffix(w, "ed") || irregularPast[w] || irregularParticiple[w]) &&
			m.tagger.considers(&a.words[k], uint8(m.tagger.pastTense)) {
			return k
		}
	}
	return -1
}

// particles are the adverbs a phrasal verb takes: "shot down", "broke up".
var particles = map[string]bool{"down": true, "up": true, "off": true, "out": true}

// wordNumber returns a word the tagger read as a number after a number,
// that has no digit and is no number word, and the noun class to read it
// as, or -1: in "Two Belizean fishermen detained by the navy" the count
// made "fishermen" a number.
func (a *analyzer) wordNumber(m *Model, lower func(int) string) (int, int16) {
	cls := m.tagger.classes
	for k, c := range a.tags {
		w := lower(k)
		if cls[c].XPOS.String() != "CD" || a.fixed[k] >= 0 || text.NumberWord(w) || otherNumbers[w] || strings.ContainsAny(w, "0123456789") ||
			!a.countBefore(m, k) {
			continue
		}
		n := m.tagger.known[singularNoun]
		if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "men") {
			n = m.tagger.known[pluralNoun]
		}
		if n >= 0 && m.tagger.considers(&a.words[k], uint8(n)) {
			return k, n
		}
	}
	return -1, -1
}

// countBefore reports whether a number stands one or two words before
// word k.
func (a *analyzer) countBefore(m *Model, k int) bool {
	for j := max(k-2, 0); j < k; j++ {
		if m.tagger.classes[a.tags[j]].XPOS.String() == "CD" {
			return true
		}
	}
	return false
}

// otherNumbers are numbers that package text's number words leave out:
// parts ("two and a half") and roman numerals ("Phase VI").
var otherNumbers = text.SetOf("half", "quarter", "dozen", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix",
	"x", "xi", "xii")

// relativeVerb returns a word that the tagger read as a plural noun but
// also takes as a present-tense verb, after a comma and "which" or "who"
// or after "and" or "or" and a present-tense verb, or -1: in "Poland,
// which borders Ukraine, ..." the relative pronoun is the subject of
// "borders", and in "anyone who organises or joins unauthorised
// gatherings" "joins" is coordinated with "organises".
func (a *analyzer) relativeVerb(m *Model, lower func(int) string) int {
	if m.tagger.present < 0 {
		return -1
	}
	cls := m.tagger.classes
	for k := 2; k < len(a.tags); k++ {
		if a.fixed[k] >= 0 || cls[a.tags[k]].XPOS.String() != "NNS" || !m.tagger.considers(&a.words[k], uint8(m.tagger.present)) {
			continue
		}
		r := lower(k - 1)
		if (r == "which" || r == "who") && lower(k-2) == "," ||
			(r == "and" || r == "or") && cls[a.tags[k-2]].XPOS.String() == "VBZ" {
			return k
		}
	}
	return -1
}

// borderCrossing returns a "crossing" after "border" that the tagger read
// as a verb, or -1: "closed its main border crossing with Libya" is a
// place, not a border crossing something.
func (a *analyzer) borderCrossing(m *Model, lower func(int) string) int {
	if m.tagger.known[singularNoun] < 0 {
		return -1
	}
	for k := 1; k < len(a.tags); k++ {
		if lower(k) == "crossing" && lower(k-1) == "border" && a.fixed[k] < 0 &&
			m.tagger.classes[a.tags[k]].UPOS == VERB {
			return k
		}
	}
	return -1
}

// preterites fixes as past tenses the irregular past tenses that the
// tagger read as something else, and reports whether it fixed any: the
// treebank sees "flew" too rarely for the lexicon to hold it, and "The jet
// flew into Estonian airspace" came out a noun compound. The forms are
// only ever past tenses, unlike "fled" or "held", which are participles
// too, and "drew" or "won", which are names and nouns too.
func (a *analyzer) preterites(m *Model, lower func(int) string) bool {
	past := m.tagger.pastTense
	if past < 0 {
		return false
	}
	fixed := false
	for k, c := range a.tags {
		if c != uint8(past) && a.fixed[k] < 0 && irregularPast[lower(k)] {
			a.fixed[k], fixed = past, true
		}
	}
	return fixed
}

// verblessPast returns a word to read as a past tense in a sentence where
// the tagger found no verb at all, or -1: in "Fatah and Jund al-Sham
// fought in the camp" the names before "fought" made it a noun of their
// compound. The word follows a noun, may be a past tense and is written as
// one: a regular "-ed" or an irregular form.
func (a *analyzer) verblessPast(m *Model, lower func(int) string) int {
	past := m.tagger.pastTense
	if past < 0 {
		return -1
	}
	cls := m.tagger.classes
	for _, c := range a.tags {
		if x := cls[c].XPOS.String(); strings.HasPrefix(x, "VB") || x == "MD" {
			return -1
		}
	}
	for k := 1; k < len(a.tags); k++ {
		x := cls[a.tags[k]].XPOS.String()
		w := lower(k)
		if (x == "NN" || x == "NNS") && a.fixed[k] < 0 && nounTags[cls[a.tags[k-1]].XPOS.String()] &&
			(strings.HasSuffix(w, "ed") || irregularPast[w] || irregularParticiple[w]) && m.tagger.considers(&a.words[k], uint8(past)) {
			return k
		}
	}
	return -1
}

// irregularPast holds the English irregular past tenses that are no
// participle, name or noun.
var irregularPast = text.SetOf(strings.Fields("arose awoke became began befell blew broke chose came drank drove ate flew forbade " +
	"forgave forgot forsook froze gave went grew knew mistook outgrew outran overran overthrew oversaw foresaw " +
	"rode ran shook shrank sank slew spoke sprang stank stole strode strove swam swore took tore threw trod " +
	"undertook underwent withdrew woke wore wrote")...)

// irregularParticiple holds irregular forms that are past tenses and
// participles both.
var irregularParticiple = text.SetOf(strings.Fields("fought fled held led left lost met sent shot struck bought brought " +
	"built caught dealt fed felt heard kept laid made paid said sold spent stood told won")...)

// subjunctive returns the verb of a demand's "that" clause that the
// tagger read as a noun, or -1: in "demanded that Beijing stop sending
// ships" the treebank's few subjunctives leave "stop" a noun. The word
// follows "that" after a demanding verb and a short noun phrase, and may
// be a base-form verb.
func (a *analyzer) subjunctive(m *Model, lower func(int) string) int {
	if m.tagger.baseForm < 0 {
		return -1
	}
	cls := m.tagger.classes
	for k := 1; k+2 < len(a.tags); k++ {
		if lower(k) != "that" || !mandatives[lower(k-1)] {
			continue
		}
		for j := k + 1; j < len(a.tags) && j <= k+5; j++ {
			switch x := cls[a.tags[j]].XPOS.String(); {
			case j > k+1 && (x == "NN" || x == "NNS" || x == "JJ") && a.fixed[j] < 0 &&
				m.tagger.considers(&a.words[j], uint8(m.tagger.baseForm)):
				return j
			case !nounPhraseTags[x]:
				return -1
			}
		}
	}
	return -1
}

var (
	mandatives = map[string]bool{"demanded": true, "demand": true, "demands": true, "demanding": true,
		"insisted": true, "insists": true, "urged": true, "urges": true, "asked": true, "requested": true,
		"proposed": true, "ordered": true, "required": true, "recommended": true}
	nounPhraseTags = map[string]bool{"DT": true, "NN": true, "NNS": true, "NNP": true, "NNPS": true, "JJ": true,
		"PRP": true, "PRP$": true, "POS": true, "CD": true}
)

// finiteVerb returns the word to read as a past tense when the first
// verb of any form the tagger found in a sentence is a participle, or -1: in
// "Ukrainian drones struck villages, the governor said" it reads
// "struck" as a participle modifying "villages", the treebank's "struck"
// being mostly passive. The participle (VBN) follows a noun, or the comma
// that closes an apposition when no finite verb comes later ("Iyer, a
// spokeswoman for the ministry, blamed Beijing"), and comes before the
// start of a noun phrase that is not a time, and does not name, so
// "Soldiers killed in ambush", "The men arrested last week said" and "an
// elephant named Olly received" stay as they are.
func (a *analyzer) finiteVerb(m *Model, lower func(int) string) int {
	if m.tagger.pastTense < 0 {
		return -1
	}
	cls := m.tagger.classes
	fronted := a.frontedPhrase(m, lower)
	for k, c := range a.tags {
		x := cls[c].XPOS.String()
		if lower(k) == "," {
			fronted = false
		}
		switch {
		case x == "VBN" && fronted:
			// "In a statement carried by KCNA, the ministry accused Seoul":
			// the participle qualifies the fronted phrase's noun.
		case x == "VBN":
			if k == 0 || !a.pastReading(m, lower, k) {
				return -1
			}
			if prev := cls[a.tags[k-1]].XPOS.String(); nounTags[prev] || prev == "," && !a.finiteAfter(m, k) {
				return k
			}
			return -1
		case x == "MD" || strings.HasPrefix(x, "VB"):
			return -1
		}
	}
	return -1
}

// frontedPhrase reports whether the sentence opens with a prepositional
// phrase, after a conjunction if any: "But in a statement carried by ...".
func (a *analyzer) frontedPhrase(m *Model, lower func(int) string) bool {
	k := 0
	if k < len(a.tags) && (lower(k) == "but" || lower(k) == "and") {
		k++
	}
	return k < len(a.tags) && m.tagger.classes[a.tags[k]].XPOS.String() == "IN"
}

// pluralSubject returns a plural noun that the tagger read as a verb
// between a noun and a past tense, or -1: "Shining Path remnants ambushed
// a patrol", where the name before "remnants" made it look like
// "remains". Two finite verbs do not follow each other, and the lexicon
// must allow the word as a plural noun, which "says" it does not.
func (a *analyzer) pluralSubject(m *Model) int {
	plural := m.tagger.known[pluralNoun]
	if plural < 0 {
		return -1
	}
	cls := m.tagger.classes
	for k := 1; k+1 < len(a.tags); k++ {
		if cls[a.tags[k]].XPOS.String() != "VBZ" || a.fixed[k] >= 0 || !nounTags[cls[a.tags[k-1]].XPOS.String()] {
			continue
		}
		if next := cls[a.tags[k+1]].XPOS.String(); (next == "VBD" || next == "VBN") &&
			m.tagger.considers(&a.words[k], uint8(plural)) {
			return k
		}
	}
	return -1
}

// coordinatedPast returns a participle to read as a past tense because it
// is joined by "and" or "but" to a past tense before it, directly or
// after the noun phrase that is its subject, or -1: "rejected
// the accusation, saying there was no proof, and accused Romanian
// officials", "arrested and charged five men". The conjunction follows a
// comma, a closing quotation mark or the past tense itself, so "said
// troops and allied militiamen" and "had seized and searched the ship"
// keep their participles.
func (a *analyzer) coordinatedPast(m *Model, lower func(int) string) int {
	if m.tagger.pastTense < 0 {
		return -1
	}
	cls := m.tagger.classes
	prev, past := "", false
	for k, c := range a.tags {
		x := cls[c].XPOS.String()
		if x == "VBN" && k > 1 && prev == "VBD" && (lower(k-1) == "and" || lower(k-1) == "but") &&
			(clauseEnds[lower(k-2)] || cls[a.tags[k-2]].XPOS.String() == "VBD") && a.pastReading(m, lower, k) {
			return k
		}
		if x == "VBN" && past && a.subjectAfterAnd(m, lower, k) && a.pastReading(m, lower, k) {
			return k // ", and the Russian foreign ministry accused Helsinki of ..."
		}
		if strings.HasPrefix(x, "VB") || x == "MD" {
			prev, past = x, past || x == "VBD"
		}
	}
	return -1
}

// subjectAfterAnd reports whether a short noun phrase that ", and" opens
// stands right before word k: the subject of a new clause, whose verb is
// a past tense.
func (a *analyzer) subjectAfterAnd(m *Model, lower func(int) string, k int) bool {
	cls := m.tagger.classes
	j := k - 1
	for j >= 0 && k-j <= 5 && npTags[cls[a.tags[j]].XPOS.String()] {
		j--
	}
	return j < k-1 && j >= 1 && lower(j) == "and" && clauseEnds[lower(j-1)] && nounTags[cls[a.tags[k-1]].XPOS.String()]
}

// npTags are the tags of the words of a short noun phrase.
var npTags = map[string]bool{"DT": true, "JJ": true, "NN": true, "NNS": true, "NNP": true, "NNPS": true, "PRP$": true,
	"POS": true, "CD": true}

// clauseEnds are the words that may close a clause before "and": a comma
// and closing quotation marks.
var clauseEnds = map[string]bool{",": true, "\"": true, "\u201d": true, "''": true}

// pastReading reports whether the participle at k may be a past tense by
// what follows it: the start of a noun phrase that is not a time, and no
// naming ("named Olly").
func (a *analyzer) pastReading(m *Model, lower func(int) string, k int) bool {
	cls := m.tagger.classes
	return k+1 < len(a.tags) && a.fixed[k] < 0 && phraseStarts[cls[a.tags[k+1]].XPOS.String()] &&
		!timeWords[lower(k+1)] && !namingWords[lower(k)] && m.tagger.considers(&a.words[k], uint8(m.tagger.pastTense))
}

// finiteAfter reports whether a finite verb or a modal follows word k.
func (a *analyzer) finiteAfter(m *Model, k int) bool {
	for _, c := range a.tags[k+1:] {
		switch m.tagger.classes[c].XPOS.String() {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

var (
	nounTags     = map[string]bool{"NN": true, "NNS": true, "NNP": true, "NNPS": true}
	phraseStarts = map[string]bool{"DT": true, "NN": true, "NNS": true, "NNP": true, "NNPS": true, "JJ": true, "CD": true, "PRP$": true}
	namingWords  = map[string]bool{"named": true, "called": true, "dubbed": true, "titled": true, "known": true}
	timeWords    = map[string]bool{"last": true, "next": true, "this": true, "that": true, "earlier": true, "overnight": true,
		"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}
)

// frontedSubjects repairs the subject of a sentence that opens with a
// place: in "In New Delhi, Anuradha Iyer, a spokeswoman for the ministry,
// blamed Beijing" the parser makes Iyer a conjunct of Delhi, and Delhi
// the subject or an oblique of "blamed", which is left with no subject.
// The noun after the comma becomes the verb's subject, the place an
// oblique, and appositions of the place after that noun the noun's.
func frontedSubjects(d *text.Doc, l *Layer, first, end int) {
	if first+1 >= end || !frontedPreps[d.Lower(first)] || l.Tokens[first].Rel != Case || int(l.Tokens[first].Head) <= first {
		return
	}
	p := int(l.Tokens[first].Head)
	v := int(l.Tokens[p].Head)
	if v <= p || v >= end || l.Tokens[v].UPOS != VERB || (l.Tokens[p].Rel != Obl && l.Tokens[p].Rel != Nsubj) ||
		hasChild(l, first, end, p, Cc) || otherSubject(l, first, end, v, p) {
		return
	}
	c := -1
	for k := p + 1; k < v && c < 0; k++ {
		if int(l.Tokens[k].Head) == p && (l.Tokens[k].Rel == Conj || l.Tokens[k].Rel == Appos) {
			c = k
		}
	}
	if c < 0 || !commaBetween(d, p, c) {
		return
	}
	l.Tokens[c].Head, l.Tokens[c].Rel = int32(v), Nsubj
	l.Tokens[p].Rel = Obl
	for k := c + 1; k < v; k++ {
		if int(l.Tokens[k].Head) == p && l.Tokens[k].Rel == Appos {
			l.Tokens[k].Head = int32(c)
		}
	}
}

var frontedPreps = map[string]bool{"in": true, "at": true, "from": true}

// relativeSubjects repairs a sentence whose subject a relative clause
// between commas follows: in "Oman, which brokered a truce last year,
// called on both sides to show restraint" the parser makes the name the
// root, "brokered" a parataxis of it and "called" a conjunct of
// "brokered", whose subject is "which" (or another clause of it). The
// later finite verb becomes the root, the name its subject and the
// relative clause the name's. When a reporting clause follows ("Russia,
// which keeps ties with both countries, urged restraint, the ministry
// said") the parser makes the name a second subject of "said"; the verb
// then becomes what "said" reports.
func relativeSubjects(d *text.Doc, l *Layer, first, end int) {
	for n := first; n+3 < end; n++ {
		if d.Word(n+1) == "," && (l.Tokens[n].UPOS == PROPN || l.Tokens[n].UPOS == NOUN) {
			if relativeSubject(d, l, first, end, n) {
				return
			}
		}
	}
}

// relativeSubject repairs the sentence of relativeSubjects for the name
// at n, if it heads the sentence or is a second subject of a later verb,
// and reports whether it did.
func relativeSubject(d *text.Doc, l *Layer, first, end, n int) bool {
	switch d.Lower(n + 2) {
	case "which", "who":
	default:
		return false
	}
	rv := int(l.Tokens[n+2].Head)
	if rv <= n+2 || rv >= end || int(l.Tokens[rv].Head) != n {
		return false
	}
	h := int(l.Tokens[n].Head)
	reported := l.Tokens[n].Rel == Nsubj && h > n && otherSubject(l, first, end, h, n)
	if h >= 0 && !reported {
		return false
	}
	v := laterVerb(d, l, first, end, rv)
	if v < 0 || otherSubject(l, first, end, v, n) || reported && v > h {
		return false
	}
	if l.Tokens[v].XPOS.String() == "VBN" {
		l.Tokens[v].XPOS = pastTense // a participle without an auxiliary that heads the clause is a past tense
	}
	if reported {
		l.Tokens[v].Head, l.Tokens[v].Rel = int32(h), Ccomp
	} else {
		l.Tokens[v].Head, l.Tokens[v].Rel = -1, Root
	}
	l.Tokens[n].Head, l.Tokens[n].Rel = int32(v), Nsubj
	l.Tokens[rv].Rel = AclRelcl
	rehang(l, v+1, end, n, v)
	return true
}

// laterVerb returns the first verb after a comma and any adverbs that the
// parser hung inside the relative clause headed by rv, with no auxiliary
// of its own, or -1.
func laterVerb(d *text.Doc, l *Layer, first, end, rv int) int {
	for k := rv + 1; k < end; k++ {
		j := k - 1
		for j > rv && l.Tokens[j].UPOS == ADV {
			j-- // "Ankara, which keeps advisers in Libya, also called for restraint"
		}
		if l.Tokens[k].UPOS == VERB && d.Word(j) == "," && laterClause[l.Tokens[k].Rel] && descends(l, int(l.Tokens[k].Head), rv) &&
			!hasChild(l, first, end, k, Aux) && !hasChild(l, first, end, k, AuxPass) {
			return k
		}
	}
	return -1
}

// descends reports whether token k is r or lies below it.
func descends(l *Layer, k, r int) bool {
	for steps := 0; k >= 0 && steps < 64; steps++ {
		if k == r {
			return true
		}
		k = int(l.Tokens[k].Head)
	}
	return false
}

// copularSubjects repairs a verb whose subject the parser took from the
// end of a relative clause between commas: in "The Intergovernmental
// Authority on Development, the regional bloc whose headquarters are in
// the Djiboutian capital, urged restraint" the subject of "urged" was
// "capital", the predicate of "are", which took the name as a subject of
// its own. The name, before the first comma, is the verb's subject, and
// the predicate its relative clause.
func copularSubjects(d *text.Doc, l *Layer, first, end int) {
	for s := first; s < end; s++ {
		t := &l.Tokens[s]
		v := int(t.Head)
		if t.Rel != Nsubj || v <= s || v >= end || l.Tokens[v].UPOS != VERB || !hasChild(l, first, end, s, Cop) {
			continue
		}
		n := -1
		for k := first; k < s && n < 0; k++ {
			if int(l.Tokens[k].Head) == s && l.Tokens[k].Rel == Nsubj && commaBetween(d, k, s) {
				n = k
			}
		}
		if n < 0 || d.Word(s+1) != "," {
			continue
		}
		l.Tokens[n].Head, l.Tokens[n].Rel = int32(v), Nsubj
		t.Head, t.Rel = int32(n), AclRelcl
	}
}

// laterClause are the relations the parser gives the sentence's verb
// when it hangs it on the relative clause before it: a conjunct of
// "brokered", or in "Beijing, which is close to both neighbours, urged
// restraint" an acl of "neighbours".
var laterClause = map[Rel]bool{Conj: true, Acl: true, Parataxis: true}

var (
	pastTense = XPOS(slices.Index(xposNames[:], "VBD"))
	nounTag   = XPOS(slices.Index(xposNames[:], "NN"))
)

// otherSubject reports whether v has a subject other than p.
func otherSubject(l *Layer, first, end, v, p int) bool {
	for k := first; k < end; k++ {
		if k != p && int(l.Tokens[k].Head) == v && (l.Tokens[k].Rel == Nsubj || l.Tokens[k].Rel == NsubjPass) {
			return true
		}
	}
	return false
}

// commaBetween reports whether a comma lies between tokens i and j.
func commaBetween(d *text.Doc, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if d.Word(k) == "," {
			return true
		}
	}
	return false
}

// approximations repairs a count that "about" or "around" makes vague,
// which the tagger reads as a preposition: in "fired about 470 drones at
// Ukraine" the drones become an oblique of "about"; the treebank makes
// "about" an adverb of the number and the drones the object.
func approximations(d *text.Doc, l *Layer, first, end int) {
	for j := first; j+2 < end; j++ {
		t := &l.Tokens[j]
		if !approximators[d.Lower(j)] || t.UPOS != ADP || t.Rel != Case || l.Tokens[j+1].UPOS != NUM {
			continue
		}
		n := int(t.Head)
		if n <= j+1 || n >= end || l.Tokens[n].UPOS != NOUN || l.Tokens[n].Rel != Obl {
			continue
		}
		v := int(l.Tokens[n].Head)
		if v < first || v >= end || l.Tokens[v].UPOS != VERB || hasChild(l, first, end, v, Obj) {
			continue
		}
		l.Tokens[n].Rel = Obj
		t.UPOS, t.XPOS, t.Head, t.Rel = ADV, XPOS(xposByName["RB"]), int32(j+1), Advmod
	}
}

// reducedRelatives repairs a subject that a participle with its agent
// follows: in "Soldiers backed by armoured vehicles took over the square"
// the parser may make "backed" the root (or the clause a verb of saying
// reports), with "Soldiers" its subject and "took" a clause of it or of
// "vehicles", or "vehicles" the subject of "took". The later verb takes
// the participle's place, the participle becomes a clause of its subject
// and the agent its oblique.
func reducedRelatives(d *text.Doc, l *Layer, first, end int) {
	for r := first + 1; r+3 < end; r++ {
		if l.Tokens[r].XPOS.String() == "VBN" && d.Lower(r+1) == "by" && int(l.Tokens[r-1].Head) == r &&
			l.Tokens[r-1].Rel == Nsubj && !hasChild(l, first, end, r, Aux) && reduceRelative(l, first, end, r) {
			return
		}
	}
}

// reduceRelative repairs the participle r of reducedRelatives, if a past
// tense follows its agent, and reports whether it did.
func reduceRelative(l *Layer, first, end, r int) bool {
	v := -1
	for k := r + 2; k < end && v < 0; k++ {
		if h := int(l.Tokens[k].Head); l.Tokens[k].XPOS == pastTense && (h == r || h > r && h < k) &&
			!hasChild(l, first, end, k, Aux) {
			v = k
		}
	}
	agent := -1
	for k := r + 2; k < v && agent < 0; k++ {
		if h := int(l.Tokens[k].Head); (h == r || h == v) && (l.Tokens[k].UPOS == NOUN || l.Tokens[k].UPOS == PROPN) {
			agent = k
		}
	}
	if v < 0 || agent < 0 {
		return false
	}
	for k := agent + 1; k < v; k++ {
		if t := &l.Tokens[k]; int(t.Head) == v && t.Rel == Nsubj {
			t.Head, t.Rel = int32(agent), Conj // "by drones and armoured bulldozers"
		}
	}
	n := r - 1
	l.Tokens[v].Head, l.Tokens[v].Rel = l.Tokens[r].Head, l.Tokens[r].Rel
	l.Tokens[n].Head = int32(v)
	l.Tokens[r].Head, l.Tokens[r].Rel = int32(n), Acl
	l.Tokens[agent].Head, l.Tokens[agent].Rel = int32(r), OblAgent
	l.Tokens[r+1].Head, l.Tokens[r+1].Rel = int32(agent), Case
	rehang(l, v+1, end, r, v)
	return true
}

// participleSubjects repairs a subject that a participle follows
// before the passive verb it is the subject of: in "The civilians
// imprisoned for acting against Moscow were released by Putin" the
// parser may make "civilians" the subject of "imprisoned", which is the
// root or a clause of "released", and leave "released" without its
// subject. The noun becomes the passive subject of the verb, which takes
// the participle's place if it hung below it, and the participle a
// clause of the noun; a noun the parser made the passive subject in
// between is an oblique of the verb before it.
func participleSubjects(_ *text.Doc, l *Layer, first, end int) {
	for r := first + 1; r < end; r++ {
		n := r - 1
		if l.Tokens[r].XPOS != vbn || int(l.Tokens[n].Head) != r || l.Tokens[n].Rel != Nsubj ||
			hasChild(l, first, end, r, Aux) || hasChild(l, first, end, r, AuxPass) {
			continue
		}
		v := passiveAfter(l, first, end, r)
		if v < 0 || hasChild(l, first, end, v, Nsubj) {
			continue
		}
		if int(l.Tokens[r].Head) != v {
			// The verb hangs below the participle: it takes its place.
			l.Tokens[v].Head, l.Tokens[v].Rel = l.Tokens[r].Head, l.Tokens[r].Rel
			rehang(l, v+1, end, r, v)
		}
		for k := r + 1; k < v; k++ {
			if t := &l.Tokens[k]; int(t.Head) == v && t.Rel == NsubjPass {
				t.Head, t.Rel = int32(verbBefore(l, r, k)), Obl // "against Moscow"
			}
		}
		l.Tokens[n].Head, l.Tokens[n].Rel = int32(v), NsubjPass
		l.Tokens[r].Head, l.Tokens[r].Rel = int32(n), Acl
		return
	}
}

// passiveAfter returns the first verb after participle r that has a
// passive auxiliary and that r heads or hangs on, or -1.
func passiveAfter(l *Layer, first, end, r int) int {
	for v := r + 1; v < end; v++ {
		if l.Tokens[v].UPOS != VERB || !hasChild(l, first, end, v, AuxPass) {
			continue
		}
		if int(l.Tokens[r].Head) == v || descends(l, v, r) {
			return v
		}
		return -1
	}
	return -1
}

// verbBefore returns the last verb from r up to k, r at least.
func verbBefore(l *Layer, r, k int) int {
	for j := k - 1; j > r; j-- {
		if l.Tokens[j].UPOS == VERB {
			return j
		}
	}
	return r
}

// nounRoots repairs a sentence whose verb the parser made a participle
// modifying its object: in "Pakistani jets and drones then struck
// hideouts near Saravan" "hideouts" is the root, with "jets" its subject
// and "struck" its amod; before a closing "the military said" the noun
// may be the subject of "said" instead. The verb becomes a past tense in
// the noun's place (the root, or what "said" reports), the noun its
// object, and the noun's subject and clauses the verb's.
func nounRoots(_ *text.Doc, l *Layer, first, end int) {
	for h := first + 1; h < end; h++ {
		v := h - 1
		if l.Tokens[h].UPOS != NOUN || int(l.Tokens[v].Head) != h || l.Tokens[v].Rel != Amod ||
			l.Tokens[v].UPOS != VERB || !hasChild(l, first, v, h, Nsubj) || hasChild(l, first, v, h, Cop) {
			continue // "This was a planned attack": a predicate, not a verb's object
		}
		rel := Root
		if p := int(l.Tokens[h].Head); p >= 0 {
			if p < h || !reportVerb(l, p) {
				continue
			}
			rel = Ccomp
		}
		l.Tokens[v].Head, l.Tokens[v].Rel, l.Tokens[v].XPOS = l.Tokens[h].Head, rel, pastTense
		l.Tokens[h].Head, l.Tokens[h].Rel = int32(v), Obj
		for k := first; k < end; k++ {
			if t := &l.Tokens[k]; int(t.Head) == h && (t.Rel == Nsubj || t.Rel == Parataxis || t.Rel == Punct) {
				t.Head = int32(v)
			}
		}
		return
	}
}

// reportVerb reports whether token k is a verb of saying.
func reportVerb(l *Layer, k int) bool {
	return l.Tokens[k].UPOS == VERB && reportLemmas[l.Lemma(k)]
}

var reportLemmas = map[string]bool{"say": true, "tell": true, "add": true, "report": true, "announce": true,
	"state": true, "claim": true}

// trailingReports repairs the reporting clause that closes a sentence
// after a comma ("..., Seoul says", "..., the military said."): the
// treebank makes its verb the root, the clause before the comma its
// ccomp and the noun before the verb its subject. The parser may make
// the clause an adverbial one, and the noun an apposition of a name
// before the comma.
func trailingReports(d *text.Doc, l *Layer, first, end int) {
	v := rootOf(l, first, end)
	if v <= first || l.Tokens[v].UPOS != VERB {
		return
	}
	c := v - 1
	for c > first && v-c < 6 && d.Word(c) != "," {
		if !npWord(l.Tokens[c].UPOS) {
			return
		}
		c--
	}
	if c <= first || d.Word(c) != "," || c == v-1 || !reportVerb(l, v) {
		return
	}
	if n := v - 1; !hasChild(l, first, end, v, Nsubj) && l.Tokens[n].UPOS != DET && l.Tokens[n].UPOS != ADJ {
		l.Tokens[n].Head, l.Tokens[n].Rel = int32(v), Nsubj
	}
	for k := first; k < c; k++ {
		if t := &l.Tokens[k]; int(t.Head) == v && t.Rel == Advcl {
			t.Rel = Ccomp
		}
	}
}

// clauseReports repairs a closing report that the parser hung on the
// clause before it instead of the sentence's verb: in "Azerbaijani forces
// struck Armenian positions ..., wounding four soldiers, Armenia's defence
// ministry said" "said" was a parataxis of "wounding". It reports the
// whole sentence: as in trailingReports, it becomes the root and "struck"
// its ccomp.
func clauseReports(_ *text.Doc, l *Layer, first, end int) {
	for v := first; v < end; v++ {
		h := int(l.Tokens[v].Head)
		if l.Tokens[v].Rel != Parataxis || h < first || h >= v || !reportVerb(l, v) {
			continue
		}
		r := int(l.Tokens[h].Head)
		if r < first || r >= h || l.Tokens[r].Head >= 0 || l.Tokens[h].Rel != Advcl && l.Tokens[h].Rel != Conj {
			continue
		}
		l.Tokens[v].Head, l.Tokens[v].Rel = -1, Root
		l.Tokens[r].Head, l.Tokens[r].Rel = int32(v), Ccomp
		rehang(l, v+1, end, r, v)
		return
	}
}

// amodVerbRoots repairs a sentence whose verb the parser made a modifier
// of its object further on: in "Troops searching the area at daybreak
// seized 1.2 million Captagon pills" the root is "Troops" and "seized" an
// amod of "pills", or a clause of "daybreak" with "pills" its object. The
// first such past tense or participle after the subject, with no finite
// verb between them, becomes the root, the subject its subject and the
// noun its object.
func amodVerbRoots(_ *text.Doc, l *Layer, first, end int) {
	r := rootOf(l, first, end)
	if r < first || l.Tokens[r].UPOS != NOUN {
		return
	}
	for v := r + 1; v < end; v++ {
		t := &l.Tokens[v]
		x := t.XPOS.String()
		if t.UPOS == VERB && (x == "VBD" || x == "VBP" || x == "VBZ") && t.Rel != Amod {
			return // a finite verb the parser read as one
		}
		if t.UPOS != VERB || x != "VBD" && x != "VBN" {
			continue
		}
		o := int(t.Head)
		switch {
		case t.Rel == Amod && o > v && o < end:
			l.Tokens[o].Head, l.Tokens[o].Rel = int32(v), Obj
		case t.Rel == Acl && o > r && o < v && hasChild(l, first, end, v, Obj):
			// "at daybreak seized 1.2 million pills": a clause of the noun before
		default:
			continue
		}
		t.Head, t.Rel, t.XPOS = -1, Root, pastTense
		l.Tokens[r].Head, l.Tokens[r].Rel = int32(v), Nsubj
		rehang(l, v+1, end, r, v)
		return
	}
}

// countedHeads repairs a number the parser made the head of the noun it
// counts, that noun hanging on it as a modifier without "of": in "Four
// Guatemalan navy boats encircled two boats" "Four" was the subject with
// "boats" its nmod. The noun takes the number's place and the number
// becomes its nummod.
func countedHeads(d *text.Doc, l *Layer, first, end int) {
	for n := first; n < end; n++ {
		if l.Tokens[n].UPOS != NUM {
			continue
		}
		for c := n + 1; c < end && c <= n+5; c++ {
			t := &l.Tokens[c]
			if int(t.Head) != n || t.Rel != Nmod || t.UPOS != NOUN || hasChild(l, first, c, c, Case) {
				continue
			}
			t.Head, t.Rel = l.Tokens[n].Head, l.Tokens[n].Rel
			l.Tokens[n].Head, l.Tokens[n].Rel = int32(c), Nummod
			for k := first; k < end; k++ {
				if k != c && int(l.Tokens[k].Head) == n && l.Tokens[k].Rel != Case {
					l.Tokens[k].Head = int32(c) // the number's other dependents are the noun's
				}
			}
			break
		}
	}
}

// saidSubjects repairs a coordinated subject of a clause after "said"
// that the parser made the object of "said": in "Col. Atcha said 200 more
// troops and two helicopters were being sent north" "troops" was the
// object of "said" and "sent" a clause without a subject, the root or a
// conjunct of "said", or the root that "said" or the verb coordinated
// with it hangs on ("Petro ordered a tariff, and the ministry said
// exports would be suspended"). The verb becomes the complement of
// "said", the noun its subject and the nouns that the parser hung on the
// verb the noun's conjuncts.
func saidSubjects(d *text.Doc, l *Layer, first, end int) {
	for v := first; v < end; v++ {
		if l.Tokens[v].UPOS != VERB || d.Lower(v) != "said" {
			continue
		}
		o := childRel(l, first, end, v, Obj)
		if o < 0 || o < v || l.Tokens[o].UPOS != NOUN && l.Tokens[o].UPOS != PROPN {
			continue
		}
		u := finiteAfter(d, l, o, end)
		if u < 0 || !(int(l.Tokens[u].Head) == v || descends(l, v, u)) {
			continue
		}
		passive := hasChild(l, first, end, u, AuxPass)
		if descends(l, v, u) {
			// "said" or a verb it is coordinated with hangs on the
			// verb: the clause below takes the verb's place.
			c := v
			for int(l.Tokens[c].Head) != u {
				c = int(l.Tokens[c].Head)
			}
			l.Tokens[c].Head, l.Tokens[c].Rel = l.Tokens[u].Head, l.Tokens[u].Rel
			if p := end - 1; int(l.Tokens[p].Head) == u && l.Tokens[p].Rel == Punct {
				l.Tokens[p].Head = int32(c) // the full stop goes with the new root
			}
		}
		l.Tokens[u].Head, l.Tokens[u].Rel = int32(v), Ccomp
		l.Tokens[o].Head, l.Tokens[o].Rel = int32(u), Nsubj
		if passive {
			l.Tokens[o].Rel = NsubjPass
		}
		for k := o + 1; k < u; k++ {
			t := &l.Tokens[k]
			switch {
			case int(t.Head) == u && (t.Rel == Nsubj || t.Rel == NsubjPass):
				t.Head, t.Rel = int32(o), Conj // "… and two helicopters"
			case int(t.Head) == u && t.Rel == Cc:
				t.Head = int32(nextNoun(l, k, u))
			}
		}
	}
}

// finiteAfter returns the first verb after token o whose auxiliary
// between them is finite ("were being sent", "had been killed") and that
// has no subject before it but what lies after o, or -1.
func finiteAfter(d *text.Doc, l *Layer, o, end int) int {
	for u := o + 1; u < end && u <= o+12; u++ {
		if d.Word(u) == "," || d.Word(u) == ";" {
			return -1
		}
		if l.Tokens[u].UPOS != VERB {
			continue
		}
		for k := o + 1; k < u; k++ {
			if int(l.Tokens[k].Head) == u && (l.Tokens[k].Rel == Aux || l.Tokens[k].Rel == AuxPass) && finiteAux[d.Lower(k)] {
				return u
			}
		}
		return -1
	}
	return -1
}

var finiteAux = map[string]bool{"was": true, "were": true, "is": true, "are": true, "had": true, "has": true,
	"have": true, "would": true, "will": true}

// childRel returns the first child of h with relation r, or -1.
func childRel(l *Layer, first, end, h int, r Rel) int {
	for k := first; k < end; k++ {
		if int(l.Tokens[k].Head) == h && l.Tokens[k].Rel == r {
			return k
		}
	}
	return -1
}

// nextNoun returns the first noun after k before end, or k's head.
func nextNoun(l *Layer, k, end int) int {
	for j := k + 1; j < end; j++ {
		if u := l.Tokens[j].UPOS; u == NOUN || u == PROPN {
			return j
		}
	}
	return int(l.Tokens[k].Head)
}

// gerundConjuncts repairs a finite verb the parser coordinated with a
// gerund that an adjective makes a noun: in "declared three days of
// national mourning and warned that ..." "warned" is a conjunct of
// "mourning", a clause of "days"; it is one of "declared", the finite
// verb above, and shares its subject.
func gerundConjuncts(_ *text.Doc, l *Layer, first, end int) {
	for v := first; v < end; v++ {
		t := &l.Tokens[v]
		h := int(t.Head)
		if t.Rel != Conj || t.UPOS != VERB || h < first || l.Tokens[h].XPOS.String() != "VBG" ||
			!hasChild(l, first, v, h, Amod) || hasChild(l, first, end, v, Nsubj) {
			continue
		}
		for g, hops := int(l.Tokens[h].Head), 0; g >= first && hops < end-first; g, hops = int(l.Tokens[g].Head), hops+1 {
			if x := l.Tokens[g].XPOS.String(); x == "VBD" || x == "VBZ" || x == "VBP" {
				t.Head = int32(g)
				break
			}
		}
	}
}

// bareParticiples repairs a verb read as a passive participle that has
// no auxiliary: in "Thousands of people marched through Mogadishu" the
// parser may make "marched" a VBN with "Thousands" its passive subject.
// Without "was" or "were" it is a past tense, and the noun its subject.
func bareParticiples(_ *text.Doc, l *Layer, first, end int) {
	for v := first; v < end; v++ {
		if l.Tokens[v].XPOS != vbn || l.Tokens[v].UPOS != VERB || hasChild(l, first, end, v, Aux) ||
			hasChild(l, first, end, v, AuxPass) {
			continue
		}
		for k := first; k < v; k++ {
			if t := &l.Tokens[k]; int(t.Head) == v && t.Rel == NsubjPass {
				t.Rel = Nsubj
				l.Tokens[v].XPOS = pastTense
			}
		}
	}
}

// possessedSubjects repairs the subject of a verb written with a
// possessive ("Israel's military said", "South Korea's military said"),
// where the parser took the possessor for the subject and hung the noun,
// read as an adjective, on the verb as a clause. The word before the
// verb is its subject, a noun, and the possessor its nmod:poss.
func possessedSubjects(_ *text.Doc, l *Layer, first, end int) {
	for v := first + 2; v < end; v++ {
		n := v - 1
		t := &l.Tokens[n]
		if l.Tokens[v].UPOS != VERB || int(t.Head) != v || t.Rel == Nsubj || t.Rel == NsubjPass ||
			t.UPOS != ADJ && t.UPOS != NOUN {
			continue
		}
		for k := first; k < n; k++ {
			if p := &l.Tokens[k]; int(p.Head) == v && p.Rel == Nsubj && hasChild(l, first, end, k, Case) && k+2 == n {
				p.Head, p.Rel = int32(n), NmodPoss
				t.Head, t.Rel, t.UPOS = int32(v), Nsubj, NOUN
				t.XPOS = nounTag
			}
		}
	}
}

// nominalVerbs repairs a word the tagger read as a verb and the parser
// as a nominal, with the noun before it its subject: in "summoned India's
// charge d'affaires to lodge a protest" "d'affaires" was a VBZ in an
// oblique of "summoned", and "charge" its subject. The noun takes its
// place, as the verb's object when no preposition opens it, the word
// becomes part of the name and what hung on it hangs on the verb.
func nominalVerbs(_ *text.Doc, l *Layer, first, end int) {
	for w := first + 1; w < end; w++ {
		n, t := w-1, &l.Tokens[w]
		v := int(t.Head)
		if t.UPOS != VERB || t.Rel != Obl && t.Rel != Obj || v < first || v >= n ||
			int(l.Tokens[n].Head) != w || l.Tokens[n].Rel != Nsubj || hasChild(l, first, end, w, Case) {
			continue
		}
		l.Tokens[n].Head, l.Tokens[n].Rel = int32(v), Obj
		rehang(l, first, end, w, v)
		t.Head, t.Rel, t.UPOS, t.XPOS = int32(n), Flat, NOUN, nounTag
	}
}

// adjectiveHeads repairs an adjective the parser made the head of a
// name with the name its object: in "Armenian Prime Minister Nikol
// Pashinyan and Azerbaijani President Ilham Aliyev initialled ..."
// "Armenian" was the subject and "Nikol" its object. The name takes the
// adjective's place, and the adjective modifies the first noun after it
// that the name heads.
func adjectiveHeads(_ *text.Doc, l *Layer, first, end int) {
	for a := first; a < end; a++ {
		if l.Tokens[a].UPOS != ADJ {
			continue
		}
		o := childRel(l, a+1, end, a, Obj)
		if o < 0 || l.Tokens[o].UPOS != PROPN && l.Tokens[o].UPOS != NOUN {
			continue
		}
		l.Tokens[o].Head, l.Tokens[o].Rel = l.Tokens[a].Head, l.Tokens[a].Rel
		rehang(l, first, end, a, o)
		n := o
		for k := a + 1; k < o; k++ {
			if u := l.Tokens[k].UPOS; (u == NOUN || u == PROPN) && descends(l, k, o) {
				n = k
				break
			}
		}
		l.Tokens[a].Head, l.Tokens[a].Rel = int32(n), Amod
	}
}

// controlInfinitives repairs the infinitive of a verb of asking or
// making after its object: in "urged the EU to publish its findings" and
// "called on Azerbaijan to withdraw troops" the parser may make the
// infinitive an adverbial clause (of purpose); the treebank has it as the
// verb's xcomp, whose subject is the object.
func controlInfinitives(d *text.Doc, l *Layer, first, end int) {
	for u := first; u < end; u++ {
		t := &l.Tokens[u]
		v := int(t.Head)
		if t.Rel != Advcl || t.UPOS != VERB || v < first || v >= u || !controlLemmas[l.Lemma(v)] ||
			!hasChild(l, first, end, u, Mark) || d.Lower(u-1) != "to" {
			continue
		}
		for k := v + 1; k < u; k++ {
			if o := l.Tokens[k]; int(o.Head) == v && (o.Rel == Obj || o.Rel == Obl) {
				t.Rel = Xcomp
				break
			}
		}
	}
}

var controlLemmas = map[string]bool{"urge": true, "ask": true, "call": true, "press": true, "tell": true,
	"order": true, "force": true, "allow": true, "encourage": true, "invite": true, "request": true,
	"advise": true, "warn": true, "instruct": true, "pressure": true, "persuade": true, "appeal": true,
	"require": true, "permit": true, "direct": true, "compel": true, "oblige": true}

// particleObjects repairs a verb's particle that the parser made the
// preposition or an adverb of the noun after it: in "had shot down 41 of
// the 54 drones" "down" was the case of "41", an oblique, and "drones"
// another; in "shot down two Russian missiles" it was an adverb of
// "missiles".
// The particle is the verb's, the noun its object (unless it has one)
// and an "of" phrase after it the noun's.
func particleObjects(d *text.Doc, l *Layer, first, end int) {
	for k := first + 1; k < end; k++ {
		v, n := k-1, int(l.Tokens[k].Head)
		if !particles[d.Lower(k)] || l.Tokens[k].Rel != Case && l.Tokens[k].Rel != Advmod || l.Tokens[v].UPOS != VERB || n <= k || n >= end ||
			int(l.Tokens[n].Head) != v || l.Tokens[n].Rel != Obl || hasChild(l, first, end, v, Obj) {
			continue
		}
		l.Tokens[k].Head, l.Tokens[k].Rel = int32(v), CompoundPrt
		l.Tokens[n].Rel = Obj
		for j := n + 1; j < end; j++ {
			if t := &l.Tokens[j]; int(t.Head) == v && t.Rel == Obl && childRel(l, n+1, j, j, Case) >= 0 &&
				d.Lower(childRel(l, n+1, j, j, Case)) == "of" {
				t.Head, t.Rel = int32(n), Nmod
				break
			}
		}
	}
}

// secondSubjects repairs a noun after an active verb in the past tense
// that the parser made the verb's passive subject while the verb has a
// subject before it: in "Panama deported 118 Colombians" the count led
// it to read "Colombians" as nsubj:pass. It is the object.
func secondSubjects(_ *text.Doc, l *Layer, first, end int) {
	for k := first; k < end; k++ {
		v := int(l.Tokens[k].Head)
		if l.Tokens[k].Rel != NsubjPass || v < first || v >= k || l.Tokens[v].UPOS != VERB || l.XPOS(v) != "VBD" ||
			childRel(l, first, v, v, Nsubj) < 0 || childRel(l, first, end, v, AuxPass) >= 0 || childRel(l, v+1, end, v, Obj) >= 0 {
			continue
		}
		l.Tokens[k].Rel = Obj
	}
}

// appositionSubjects repairs a sentence whose subject, a noun with a
// relative clause, is named between commas before the verb: in "A man
// who said he spoke for a CODECO faction, Dieudonne Ngabu Dhera, denied
// that ..." the parser made "man" the root, "denied" a parataxis inside
// the relative clause and the name its subject. The verb becomes the
// root, the noun its subject and the name the noun's apposition.
func appositionSubjects(d *text.Doc, l *Layer, first, end int) {
	n := rootOf(l, first, end)
	if n < first || l.Tokens[n].UPOS != NOUN || !hasChild(l, first, end, n, AclRelcl) {
		return
	}
	for v := n + 1; v < end; v++ {
		x := l.Tokens[v].XPOS
		if l.Tokens[v].UPOS != VERB || x != pastTense && x.String() != "VBZ" || !descends(l, v, n) {
			continue
		}
		s := childRel(l, first, v, v, Nsubj)
		if s < 1 || l.Tokens[s].UPOS != PROPN || d.Word(s-1) != "," || d.Word(v-1) != "," {
			continue
		}
		l.Tokens[v].Head, l.Tokens[v].Rel = -1, Root
		l.Tokens[n].Head, l.Tokens[n].Rel = int32(v), Nsubj
		l.Tokens[s].Head, l.Tokens[s].Rel = int32(n), Appos
		rehang(l, v+1, end, n, v)
		return
	}
}

// namedSubjects repairs a subject named between commas that the parser
// made a second subject of the verb: in "A junta spokesman, Brig. Gen.
// Thein Zaw Oo, said ..." both "spokesman" and "Thein" were subjects of
// "said" (or "spokesman" its ccomp, a clause without a verb); the name is
// the apposition of the noun before it, the noun the subject.
func namedSubjects(d *text.Doc, l *Layer, first, end int) {
	for s := first + 1; s < end; s++ {
		v := int(l.Tokens[s].Head)
		if l.Tokens[s].Rel != Nsubj || l.Tokens[s].UPOS != PROPN || v <= s || v >= end {
			continue
		}
		n := childRel(l, first, s, v, Nsubj)
		if n < 0 {
			n = childRel(l, first, s, v, Ccomp)
		}
		left := s
		for left > n+1 && descends(l, left-1, s) {
			left--
		}
		if n < 0 || l.Tokens[n].UPOS != NOUN || d.Word(left-1) != "," || d.Word(v-1) != "," {
			continue
		}
		l.Tokens[n].Rel = Nsubj
		l.Tokens[s].Head, l.Tokens[s].Rel = int32(n), Appos
	}
}

// markedSubjects repairs a pronoun the parser made a verb's marker, as if
// it were "that": in "and those behind it will be hunted down" "those"
// is the subject of "hunted", which has none.
func markedSubjects(_ *text.Doc, l *Layer, first, end int) {
	for k := first; k < end; k++ {
		v := int(l.Tokens[k].Head)
		if l.Tokens[k].Rel != Mark || l.Tokens[k].UPOS != PRON || v <= k || v >= end ||
			hasChild(l, first, end, v, Nsubj) || hasChild(l, first, end, v, NsubjPass) {
			continue
		}
		l.Tokens[k].Rel = Nsubj
		if hasChild(l, first, end, v, AuxPass) {
			l.Tokens[k].Rel = NsubjPass
		}
	}
}

// frontedParticiples repairs a sentence that opens with a phrase whose
// noun a participle qualifies, which the parser made the root: in "But in
// a statement carried by KCNA, the North's defence ministry accused Seoul
// of ..." "carried" was the root and "accused" a clause of it. The past
// tense after the comma and its subject becomes the root, the fronted
// phrase its oblique and the participle a clause of its noun.
func frontedParticiples(d *text.Doc, l *Layer, first, end int) {
	r := rootOf(l, first, end)
	if r <= first || l.Tokens[r].XPOS != vbn || hasChild(l, first, end, r, Aux) || hasChild(l, first, end, r, AuxPass) {
		return
	}
	p := childRel(l, first, r, r, Obl)
	if p < 0 || !hasChild(l, first, p, p, Case) {
		return
	}
	for v := r + 1; v < end; v++ {
		if l.Tokens[v].XPOS != pastTense || !descends(l, v, r) {
			continue
		}
		c := v - 1
		for c > r && npWord(l.Tokens[c].UPOS) {
			c--
		}
		if c == v-1 || d.Word(c) != "," {
			return
		}
		n := v - 1
		l.Tokens[v].Head, l.Tokens[v].Rel = -1, Root
		l.Tokens[n].Head, l.Tokens[n].Rel = int32(v), Nsubj
		l.Tokens[p].Head, l.Tokens[p].Rel = int32(v), Obl
		l.Tokens[r].Head, l.Tokens[r].Rel = int32(p), Acl
		l.Tokens[c].Head = int32(v)
		rehang(l, v+1, end, r, v)
		return
	}
}

// npWord reports whether a word of this class may stand in a short noun
// phrase before its verb: "the North's defence ministry", "its army".
func npWord(u UPOS) bool {
	switch u {
	case DET, ADJ, NOUN, PROPN, PRON, PART, NUM:
		return true
	}
	return false
}

// namingObjects repairs the second object of a verb of naming: in "called
// the arrest a chilling message" "message" is what the arrest is called,
// the verb's xcomp.
func namingObjects(_ *text.Doc, l *Layer, first, end int) {
	for k := first; k < end; k++ {
		v := int(l.Tokens[k].Head)
		if l.Tokens[k].Rel != Obj || v < first || v >= k || l.Tokens[v].UPOS != VERB || childRel(l, v+1, k, v, Obj) < 0 {
			continue // the lemma is built only for a verb with a second object
		}
		if namingLemmas[l.Lemma(v)] {
			l.Tokens[k].Rel = Xcomp
		}
	}
}

var namingLemmas = map[string]bool{"call": true, "name": true, "label": true, "brand": true, "term": true,
	"dub": true, "declare": true, "deem": true, "consider": true}

// nounConjuncts repairs a verb the parser coordinated with a noun: in
// "the army had sent 300 soldiers to secure the road and had arrested
// five suspects" "arrested" hung on "road". It is a conjunct of the verb
// above the noun that shares its auxiliary ("had sent"), else of the
// nearest verb above it.
func nounConjuncts(d *text.Doc, l *Layer, first, end int) {
	for v := first; v < end; v++ {
		t := &l.Tokens[v]
		h := int(t.Head)
		if t.Rel != Conj || t.UPOS != VERB || h < first || h >= v || l.Tokens[h].UPOS != NOUN {
			continue
		}
		aux := auxWord(d, l, first, v)
		g := -1
		for k, hops := int(l.Tokens[h].Head), 0; k >= first && hops < end-first; k, hops = int(l.Tokens[k].Head), hops+1 {
			if l.Tokens[k].UPOS != VERB {
				continue
			}
			if g < 0 {
				g = k
			}
			if aux != "" && auxWord(d, l, first, k) == aux {
				g = k
				break
			}
		}
		if g >= 0 {
			t.Head = int32(g)
		}
	}
}

// auxWord returns the first auxiliary of verb v in lower case, or "".
func auxWord(d *text.Doc, l *Layer, first, v int) string {
	for k := first; k < v; k++ {
		if int(l.Tokens[k].Head) == v && l.Tokens[k].Rel == Aux {
			return d.Lower(k)
		}
	}
	return ""
}

// pluperfectConjuncts repairs a simple past the parser coordinated with
// the pluperfect a verb of saying reports: in "denied that any vessel had
// been harassed ... and accused Washington of provocations" "accused" is
// a conjunct of "harassed"; the tenses say it is one of "denied".
func pluperfectConjuncts(d *text.Doc, l *Layer, first, end int) {
	for v := first; v < end; v++ {
		t := &l.Tokens[v]
		c := int(t.Head)
		if t.Rel != Conj || t.UPOS != VERB || t.XPOS != pastTense || c < first || l.Tokens[c].Rel != Ccomp ||
			hasChild(l, first, end, v, Aux) || !hadBefore(d, l, first, c) {
			continue
		}
		if g := int(l.Tokens[c].Head); g >= first && l.Tokens[g].XPOS == pastTense {
			t.Head = int32(g)
		}
	}
}

// quotedConjuncts repairs a simple past the parser coordinated with the
// clause a verb of saying reports, when a closing quotation mark ends
// that clause before "and": in "it said Rwandan forces were "leading the
// assault" and called on the Council" "called" is a conjunct of "said".
func quotedConjuncts(d *text.Doc, l *Layer, first, end int) {
	for v := first + 2; v < end; v++ {
		t := &l.Tokens[v]
		c := int(t.Head)
		past := t.XPOS == pastTense || t.XPOS.String() == "VBN" // a participle without its auxiliary reads as a past
		if t.Rel != Conj || t.UPOS != VERB || !past || c < first || c >= v || !reported(d, l, first, end, c) ||
			d.Lower(v-1) != "and" || !closingMarks[d.Word(v-2)] || hasChild(l, first, end, v, Aux) ||
			hasChild(l, first, end, v, AuxPass) || hasChild(l, first, end, v, Nsubj) {
			continue
		}
		if g := reporter(l, c); g >= first {
			t.Head, t.XPOS = int32(g), pastTense
		}
	}
}

// reported reports whether clause c is what a verb says: a ccomp, or a
// clause opened by "that" the parser hung elsewhere ("said in a statement
// read on television that ...").
func reported(d *text.Doc, l *Layer, first, end, c int) bool {
	switch l.Tokens[c].Rel {
	case Ccomp:
		return true
	case Advcl:
		m := childRel(l, first, c, c, Mark)
		return m >= 0 && d.Lower(m) == "that"
	}
	return false
}

// reporter returns the past tense above clause c that reports it: its
// head, or for a clause the parser hung lower, the nearest verb of saying
// above it; -1 if there is none.
func reporter(l *Layer, c int) int {
	g := int(l.Tokens[c].Head)
	if g >= 0 && l.Tokens[g].XPOS == pastTense {
		return g
	}
	for steps := 0; g >= 0 && steps < 8; steps++ {
		if l.Tokens[g].XPOS == pastTense && reportVerb(l, g) {
			return g
		}
		g = int(l.Tokens[g].Head)
	}
	return -1
}

var closingMarks = map[string]bool{"\"": true, "\u201d": true, "''": true}

// timedClauses repairs a clause that a span of time and "after" or
// "before" introduce, which the parser read as a noun phrase: in "...,
// days after Islamabad had deported thousands of refugees" "after
// Islamabad" modified "days", which was the subject of "deported" or a
// conjunct of the verb before it, "deported" a verb without a subject.
// The name is the subject, "after" the clause's marker, the span of time
// its modifier, and the clause an adverbial one of the verb before it.
func timedClauses(d *text.Doc, l *Layer, first, end int) {
	for a := first + 1; a+1 < end; a++ {
		t, n := a-1, int(l.Tokens[a].Head)
		if w := d.Lower(a); w != "after" && w != "before" || !timeSpans[d.Lower(t)] || n <= a || n >= end ||
			int(l.Tokens[n].Head) != t {
			continue
		}
		v, p := verbAfter(d, l, n, end), verbBefore(l, first-1, t)
		if v < 0 || p < first || l.Tokens[v].Head < 0 || descends(l, p, v) ||
			hasChild(l, first, end, v, Nsubj) && int(l.Tokens[t].Head) != v || hasChild(l, n+1, v, v, Cc) {
			continue // "for seven hours before the attack and passed data to Kyiv": "passed" has its subject
		}
		l.Tokens[n].Head, l.Tokens[n].Rel = int32(v), Nsubj
		if hasChild(l, first, end, v, AuxPass) {
			l.Tokens[n].Rel = NsubjPass // "days after the talks were suspended"
		}
		l.Tokens[a].Head, l.Tokens[a].Rel = int32(v), Mark
		l.Tokens[t].Rel = OblUnmarked
		l.Tokens[v].Head, l.Tokens[v].Rel = int32(p), Advcl
	}
}

// verbAfter returns the first verb after token o in its clause, or -1.
func verbAfter(d *text.Doc, l *Layer, o, end int) int {
	for u := o + 1; u < end && u <= o+12; u++ {
		switch {
		case d.Word(u) == "," || d.Word(u) == ";":
			return -1
		case l.Tokens[u].UPOS == VERB:
			return u
		}
	}
	return -1
}

var timeSpans = text.SetOf("minutes", "hours", "days", "weeks", "months", "years", "moments", "hour", "day", "week", "month", "year")

// infinitiveConjuncts repairs a simple past the parser coordinated with a
// bare infinitive: in "said it would ask the Council to condemn the
// attack and again accused the Emirates" "accused" is no conjunct of
// "condemn"; the tenses make it one of the finite verb above.
func infinitiveConjuncts(_ *text.Doc, l *Layer, first, end int) {
	for v := first; v < end; v++ {
		t := &l.Tokens[v]
		h := int(t.Head)
		past := t.XPOS == pastTense || t.XPOS.String() == "VBN" // a participle without its auxiliary reads as a past
		if t.Rel != Conj || t.UPOS != VERB || !past || h < first || l.Tokens[h].XPOS.String() != "VB" ||
			hasChild(l, first, end, v, Nsubj) || hasChild(l, first, end, v, Aux) || hasChild(l, first, end, v, AuxPass) {
			continue
		}
		for g, hops := int(l.Tokens[h].Head), 0; g >= first && hops < end-first; g, hops = int(l.Tokens[g].Head), hops+1 {
			if l.Tokens[g].XPOS == pastTense {
				t.Head = int32(g)
				break
			}
		}
	}
}

// hadBefore reports whether "had" is an auxiliary of verb c.
func hadBefore(d *text.Doc, l *Layer, first, c int) bool {
	for k := first; k < c; k++ {
		if int(l.Tokens[k].Head) == c && l.Tokens[k].Rel == Aux && d.Lower(k) == "had" {
			return true
		}
	}
	return false
}

// rehang hangs on token to the tokens in [from, end) that hung on old:
// when a word takes another's place, what hung on that one goes with it
// (after a new root verb: the full stop, the clauses after the verb).
func rehang(l *Layer, from, end, old, to int) {
	for k := from; k < end; k++ {
		if int(l.Tokens[k].Head) == old {
			l.Tokens[k].Head = int32(to)
		}
	}
}

// rootOf returns the first root among tokens [first, end), or -1.
func rootOf(l *Layer, first, end int) int {
	for k := first; k < end; k++ {
		if l.Tokens[k].Head < 0 {
			return k
		}
	}
	return -1
}

// hasChild reports whether token h has a dependent with relation r.
func hasChild(l *Layer, first, end, h int, r Rel) bool {
	return childRel(l, first, end, h, r) >= 0
}

var approximators = map[string]bool{"about": true, "around": true}

// comparatives repairs a count the parser takes for an object: in "sent
// more than 100 guns to Russia" it makes "more" the object and "guns" an
// oblique; the treebank makes "guns" the object, "more" a modifier of the
// number and "than" fixed to "more".
func comparatives(d *text.Doc, l *Layer, first, end int) {
	for j := first; j+3 < end; j++ {
		t := &l.Tokens[j]
		if t.Rel != Obj || !comparativeWords[d.Lower(j)] || d.Lower(j+1) != "than" || l.Tokens[j+2].UPOS != NUM {
			continue
		}
		k := j + 2
		for k < end && (l.Tokens[k].UPOS == NUM || l.Tokens[k].UPOS == ADJ || l.Tokens[k].Rel == Compound) {
			k++
		}
		if k >= end || l.Tokens[k].UPOS != NOUN || l.Tokens[k].Head != t.Head {
			continue
		}
		n := &l.Tokens[k]
		n.Rel = Obj
		for q := j + 1; q < end; q++ {
			if l.Tokens[q].Head == int32(j) {
				l.Tokens[q].Head = int32(k) // nothing may hang on "more" now but "than"
			}
		}
		if l.Tokens[j+2].Head != int32(k) {
			l.Tokens[j+2].Head, l.Tokens[j+2].Rel = int32(k), Nummod
		}
		t.Head, t.Rel = int32(j+2), Advmod
		l.Tokens[j+1].Head, l.Tokens[j+1].Rel = int32(j), Fixed
	}
}

var comparativeWords = map[string]bool{"more": true, "fewer": true, "less": true}

// fix sets the classes of the words of tokens whose class the layer
// knows.
func (a *analyzer) fix(m *Model, l *Layer) {
	a.fixed = a.fixed[:0]
	for k, t := range a.tok {
		c := int16(-1)
		if l != nil && l.known != nil && a.part[k] == 0 {
			c = m.tagger.known[l.known[t]]
		}
		a.fixed = append(a.fixed, c)
	}
}

// run tags and parses a.words.
func (a *analyzer) run(m *Model) {
	a.tags = resize(a.tags, len(a.words))
	m.tagger.tag(a.words, a.tags, a.fixed, &a.tb)
	a.view.words, a.view.tags = a.words, a.tags
	a.view.count(m.tagger.classes)
	m.parser.parse(&a.st, &a.view, &a.ps)
}

// addToken appends the words of token i.
func (a *analyzer) addToken(m *Model, form string, i int, first bool) {
	a.words = append(a.words, word{})
	w := &a.words[len(a.words)-1]
	a.sc.setWord(w, form, first)
	cut := contraction(form)
	if c, ok := m.split.get(w.lower); ok && cut == 0 && isASCII(form) && int(c) < len(form) {
		cut = int(c)
	}
	if cut == 0 || cut > maxCut {
		m.know(w)
		a.tok = append(a.tok, int32(i))
		a.part = append(a.part, 0)
		return
	}
	a.sc.setWord(w, form[:cut], first)
	m.know(w)
	a.words = append(a.words, word{})
	w = &a.words[len(a.words)-1]
	a.sc.setWord(w, form[cut:], false)
	m.know(w)
	a.tok = append(a.tok, int32(i), int32(i))
	a.part = append(a.part, int16(cut), int16(-cut))
}

// know sets what the model's lexicon knows of w.
func (m *Model) know(w *word) {
	e, _ := m.lex.get(w.lower)
	w.amb, w.allowed = e.amb, e.allowed
}

// write copies the analysis of the words to their tokens. Of a token's
// parts, the one nearest the root speaks for it: its head lies outside
// the token, and merging the parts cannot make a cycle.
func (a *analyzer) write(m *Model, l *Layer) {
	s := &a.st
	for j := 0; j < len(a.words); {
		ti := a.tok[j]
		best, end := j, j+1
		for ; end < len(a.words) && a.tok[end] == ti; end++ {
			if s.depth(int32(end+1)) < s.depth(int32(best+1)) {
				best = end
			}
		}
		c := m.tagger.classes[a.tags[best]]
		t := &l.Tokens[ti]
		t.UPOS, t.XPOS, t.Rel, t.part = c.UPOS, c.XPOS, s.rel[best+1], a.part[best]
		t.lemma = m.lemma.code(c.XPOS, &a.words[best])
		t.Head = -1
		if h := s.head[best+1]; h > 0 {
			t.Head = a.tok[h-1]
		}
		j = end
	}
}

// contraction returns the byte offset where a clitic starts in a
// contracted form ("do|n't", "I|'m", "we|'re", "they|'ve", "I|'ll",
// "she|'d"), or 0. Both ' and ’ count as apostrophes.
func contraction(form string) int {
	for _, c := range [...]string{"n't", "n’t", "'m", "’m", "'d", "’d", "'re", "’re", "'ve", "’ve", "'ll", "’ll"} {
		if len(form) > len(c) && hasSuffixFold(form, c) {
			cut := len(form) - len(c)
			if r, _ := utf8.DecodeLastRuneInString(form[:cut]); isLetter(r) {
				return cut
			}
		}
	}
	return 0
}

func hasSuffixFold(s, suffix string) bool {
	t := s[len(s)-len(suffix):]
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != suffix[i] {
			return false
		}
	}
	return true
}

func isLetter(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= utf8.RuneSelf
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
