// Package quote finds who says what: direct quotations in quotation marks,
// partial quotations, quotations that run over several paragraphs, and
// indirect speech ("X said that …", "…, X said", "according to X, …"), each
// with its speaker, cue verb, stance and audience, all as spans into the
// document.
//
// Speakers are resolved through the actor layer: a name, a surname, a
// metonym ("Washington said"), an institution of a country, named as
// "Defence Ministry (Azerbaijan)", an organisation, an anonymous source
// ("one of the US officials, who spoke on condition of anonymity", kept as
// a description), or an anaphor. Anaphors are resolved once every quote
// is found, in text order: a pronoun refers to the latest speaker it
// agrees with (gender from titles, person or not, one or many), "the
// ministry" or "the company" to the latest speaker so named (or the body
// a description called so), "the report" and "according to the
// statement" to whoever issued it (by a body's name, or by the head of
// its role: "UNIFIL, the U.N. peacekeeping force in southern Lebanon" is
// "the force"), "one of them" to a group that spoke before (keeping its
// count: "one of the two residents"), and a verb coordinated with
// another ("denied …, saying …") shares its subject. A source who names himself after the cue ("said
// the spokesman, who gave his name as …") is that person, and so are
// the anonymous speakers of his role just before him. A leader or elder a
// reporter meets is an anonymous source ("said a tribal leader in the
// camp"); a body's leaders speak for the body ("ECOWAS leaders said"). Reporting verbs and their stances (neutral, asserts,
// confirms, denies, disputes) come from cues.tsv, a table the project
// wrote; "could not independently verify" gives the stance unverified.
// A neutral cue whose reported words deny ("“We have never fired on a
// civilian aircraft,” the army said", "said no troops had crossed") is a
// denial, as analysts read it ("were nowhere near", "described the
// account as a fabrication" too); a limit ("could not confirm"), a resolve
// ("will not be intimidated") or a negation after the first clause is
// not. A neutral report that charges someone with force or fault
// ("Kurdish militants had shelled a border post", the ministry said) is
// an assertion, whoever makes it (a side, a rights group, a court, a
// United Nations body, a witness); so is any other statement of what is
// so with a cue of saying ("the road was closed", she said). Pledges,
// plans, appeals and questions ("it would step up patrols") stay
// neutral, as does a news outlet's report.
//
// The audience is whom the words were told or addressed to ("told
// reporters", "urged mayors along the river to stop", "appealed to
// parents to keep …", "appealed to aid agencies for food"), else the
// channel of the cue's clause ("in a statement", "on Telegram"); the
// sentences of a direct quotation after its attribution keep its cue
// and audience.
package quote

import (
	"fmt"
	"slices"

	"sitrep/internal/lexicon"
	"sitrep/internal/report"
	"sitrep/internal/text"
	"sitrep/internal/timex"
	"sitrep/internal/vocab"
)

// Lexicon is what speaker resolution needs of the actor lexicon.
type Lexicon interface {
	Agent(key string) (lexicon.Agent, bool)
}

// Extractor finds quotes. It is safe for concurrent use.
type Extractor struct {
	lex  Lexicon
	voc  *vocab.Vocab
	cues map[string]cue
}

// New returns an Extractor over the lexicon's role nouns.
func New(lex Lexicon) (*Extractor, error) {
	cues, err := parseCues(cuesTSV)
	if err != nil {
		return nil, fmt.Errorf("quote: %w", err)
	}
	voc, err := vocab.Default()
	if err != nil {
		return nil, fmt.Errorf("quote: %w", err)
	}
	return &Extractor{lex: lex, voc: voc, cues: cues}, nil
}

// speaker is who a quote is attributed to.
type speaker struct {
	entity    int    // index into the entities, or -1
	name      string // the description of a speaker without an entity
	body      string // the institution through which a country entity speaks: "Defence Ministry"
	surface   text.Span
	hasAs     bool
	anonymous bool
	plural    bool // a group of people: "two residents", "diplomats"
	country   string
	ref       ref // an anaphor to resolve once every quote is known
	head      int // the token of the anaphor
	// alias is the role noun a person was called before naming himself
	// ("said the spokesman, who gave his name as …"), which makes the
	// anonymous speakers of that role just before him the same person.
	alias string
}

// found reports whether the speaker names someone or refers back to
// someone.
func (sp speaker) found() bool { return sp.named() || sp.ref != refNone }

// named reports whether the speaker is resolved to an entity or a
// description.
func (sp speaker) named() bool { return sp.entity >= 0 || sp.name != "" }

// doc is the state of extraction for one document.
type doc struct {
	x       *Extractor
	d       *text.Doc
	ents    []report.Entity
	home    string      // CAMEO code of the story's country, or ""
	owner   []int       // token -> entity index, or -1
	ownerAs []text.Span // token -> the span of the mention that covers it
	inMarks []bool      // token lies inside quotation marks
	usedCue []bool
	cueAt   []bool // token is a reporting verb here, not a noun ("Armenia's claims")
	// cueEnd maps a cue token to the end of its words where they run past
	// it ("called on"), for the evidence.
	cueEnd   map[int]int
	quotes   []report.Quote
	speakers []speaker // parallel to quotes
	cues     []int     // parallel to quotes: the cue token, or -1
	// cueStances, parallel to quotes, are the stances of the cues alone,
	// before the words of the quote are read: a quotation continued in
	// the next sentence takes its cue's stance, not its first part's.
	cueStances []string
	gender     map[int]byte
}

// Extract returns the quotes of d in text order. entities is the actor
// layer, whose IDs the quotes refer to; home is the CAMEO code of the
// story's country, whose institutions speak where the text names none.
func (x *Extractor) Extract(d *text.Doc, entities []report.Entity, home string) []report.Quote {
	q := &doc{x: x, d: d, ents: entities, home: home}
	q.mapOwners()
	q.inMarks = make([]bool, len(d.Tokens))
	q.usedCue = make([]bool, len(d.Tokens))
	q.markCues()
	marks := scanMarks(d)
	for _, m := range marks {
		for t := m.first; t < m.end; t++ {
			q.inMarks[t] = true
		}
	}
	for _, m := range marks {
		q.direct(m)
	}
	q.indirect()
	q.sortQuotes()
	q.resolve()
	q.allegations()
	q.statements()
	for i := range q.quotes {
		q.quotes[i].ID = fmt.Sprintf("q%d", i+1)
	}
	return q.quotes
}

// mapOwners marks every token with the entity whose mention covers it.
func (q *doc) mapOwners() {
	n := len(q.d.Tokens)
	q.owner = make([]int, n)
	q.ownerAs = make([]text.Span, n)
	for i := range q.owner {
		q.owner[i] = -1
	}
	for ei, e := range q.ents {
		for _, m := range e.Mentions {
			if m.Form == report.FormRelational {
				continue // "the Norway-based group Hengaw" is the group's, not Norway's
			}
			for t := q.tokenAt(m.Start); t >= 0 && t < n && q.d.Tokens[t].End <= m.End; t++ {
				q.owner[t], q.ownerAs[t] = ei, text.Span{Start: m.Start, End: m.End}
			}
		}
	}
}

// tokenAt returns the index of the token that starts at byte off, or -1.
func (q *doc) tokenAt(off int) int {
	i, ok := q.search(off)
	if !ok {
		return -1
	}
	return i
}

// tokenFrom returns the first token that starts at or after byte offset
// off, or the number of tokens.
func (q *doc) tokenFrom(off int) int {
	i, _ := q.search(off)
	return i
}

func (q *doc) search(off int) (int, bool) {
	return slices.BinarySearchFunc(q.d.Tokens, off, func(t text.Token, off int) int { return t.Start - off })
}

// add records a quote.
func (q *doc) add(content text.Span, direct bool, sp speaker, cueTok int, stance string, audience *text.Span, sentence int) {
	qt := report.Quote{
		Text:     q.evidence(content),
		Direct:   direct,
		Stance:   stance,
		Sentence: sentence,
	}
	q.setSpeaker(&qt, sp)
	if cueTok >= 0 {
		e := q.evidence(q.d.SpanOf(cueTok, max(cueTok+1, q.cueEnd[cueTok])))
		qt.Cue = &e
		q.usedCue[cueTok] = true
	}
	if audience != nil {
		e := q.evidence(*audience)
		qt.Audience = &e
	}
	if qt.Stance == "" {
		qt.Stance = report.StanceNeutral
	}
	if !direct {
		qt.Fragments = q.fragments(content)
	}
	q.cueStances = append(q.cueStances, qt.Stance)
	plain := qt.Stance == report.StanceNeutral || cueTok >= 0 && insisting[q.x.cues[q.word(cueTok)].lemma]
	if k := q.negation(content); plain && k >= 0 {
		e := q.evidence(q.d.SpanOf(k, k+1))
		qt.Stance, qt.Negation = report.StanceDenies, &e
	}
	q.quotes = append(q.quotes, qt)
	q.speakers = append(q.speakers, sp)
	q.cues = append(q.cues, cueTok)
}

// insisting cues assert what they report as a plain statement does, so
// that a negated one denies: "insisted it was not massing forces". A
// charge ("accused them of not paying") stays a charge.
var insisting = map[string]bool{"insist": true, "maintain": true, "stress": true, "emphasise": true,
	"emphasize": true, "argue": true, "assert": true, "declare": true, "claim": true}

// fragments returns the runs of quoted words inside the reported words
// of indirect speech.
func (q *doc) fragments(content text.Span) []report.Evidence {
	var out []report.Evidence
	first := q.tokenAt(content.Start)
	for k := first; k >= 0 && k < len(q.d.Tokens) && q.d.Tokens[k].End <= content.End; k++ {
		if !q.inMarks[k] || k > first && q.inMarks[k-1] {
			continue
		}
		j := k
		for j < len(q.d.Tokens) && q.inMarks[j] && q.d.Tokens[j].End <= content.End {
			j++
		}
		if e := trimEnd(q.d, k, j); e > k {
			out = append(out, q.evidence(q.d.SpanOf(k, e))) // a run of marks alone quotes no words
		}
	}
	return out
}

// setSpeaker fills the speaker fields of qt. A country that speaks
// through one of its institutions is named as the gold sets and analysts
// write it: "Defence Ministry (Azerbaijan)".
func (q *doc) setSpeaker(qt *report.Quote, sp speaker) {
	qt.Speaker, qt.SpeakerAs, qt.Anonymous = "", nil, sp.anonymous
	if sp.entity >= 0 {
		e := q.ents[sp.entity]
		qt.Speaker, qt.SpeakerName, qt.Affiliation = e.ID, e.Name, e.Country
		if sp.body != "" {
			qt.SpeakerName = sp.body + " (" + e.Name + ")"
		}
	} else {
		qt.SpeakerName, qt.Affiliation = sp.name, sp.country
	}
	if sp.hasAs {
		as := q.titled(sp)
		if k := q.tokenAt(as.Start); k >= 0 && k+1 < len(q.d.Tokens) && clauseJoiners[q.word(k)] && q.d.Tokens[k+1].Start < as.End {
			as.Start = q.d.Tokens[k+1].Start // "…, while the European Union's delegation called for": the clause's word is no name
		}
		e := q.evidence(as)
		qt.SpeakerAs = &e
	}
}

// titled returns the words that name speaker sp, with the title the
// text sets right before a person's name: "Interior Minister Paula
// Ortuzar", "Gazipur police chief Mahbub Alam", "Dr. Mulu Berhe".
func (q *doc) titled(sp speaker) text.Span {
	body := sp.entity >= 0 && q.ents[sp.entity].Kind != report.KindPerson
	switch {
	case body && !sp.anonymous:
		return q.withSeat(q.withDescriptor(q.withAcronym(sp.surface)))
	case sp.entity < 0 || body:
		// an unnamed source, or one who speaks for a body unnamed: "a
		// U.N. official who asked not to be named"
		return q.withAnonymity(q.withSeat(sp.surface))
	}
	named := q.ranked(sp.surface)
	role := q.ents[sp.entity].Role
	if role == "" {
		return named
	}
	// The role may end before the ranks or take them in: "air force
	// spokesman Air Commodore".
	for _, at := range []int{named.Start, sp.surface.Start} {
		start := at - len(role) - 1
		if start >= 0 && q.d.Text[start:at] == role+" " && (start == 0 || isSpace(q.d.Text[start-1])) {
			return text.Span{Start: q.qualified(start), End: sp.surface.End}
		}
	}
	return named
}

// qualified returns where a title that starts at off begins with the
// capitalised words right before it that say whose office it is, as
// analysts cite the speaker: "Khuzestan Governor X", "Marsabit County
// Commissioner X", "Far North Governor X".
func (q *doc) qualified(off int) int {
	k := q.tokenAt(off)
	if k < 0 {
		return off
	}
	lo := q.sentenceFirst(k)
	for j := k - 1; j >= lo && j >= k-4; j-- {
		t := q.d.Tokens[j]
		if j-1 >= lo && q.kindWord(j) && q.d.Tokens[j-1].Cap && q.qualifier(j-1) {
			continue // "WFP country director X", "Sangha department prefect X": a name's kind of office
		}
		if t.Kind != text.Word || !t.Cap || q.inMarks[j] || q.cueAt[j] || !q.qualifier(j) {
			break
		}
		off = t.Start
	}
	return off
}

// kindWord reports whether token j is a lower-case noun alone, no
// function word, between a name and the title it qualifies.
func (q *doc) kindWord(j int) bool {
	t := q.d.Tokens[j]
	c := q.x.voc.Classes(q.word(j))
	return t.Kind == text.Word && !t.Cap && !q.inMarks[j] && !q.cueAt[j] && c&vocab.Noun != 0 && c&functionClasses == 0
}

// functionClasses are the parts of speech of the words that hold a
// sentence together, none of which names or qualifies an office.
const functionClasses = vocab.Adp | vocab.Conj | vocab.Det | vocab.Pron | vocab.Aux | vocab.Part

// qualifier reports whether the capitalised token k may say whose a
// title is: not a person's name, a day or a month, and not a function
// word that opens the sentence ("But", "On"; "Far North" is a region).
func (q *doc) qualifier(k int) bool {
	w := q.word(k)
	if q.isPerson(k) || timex.CalendarWord(w) {
		return false
	}
	return k > q.sentenceFirst(k) || q.x.voc.Classes(w)&functionClasses == 0
}

// withSeat returns a body's or a role's surface with the town that
// follows it after "in", which says which one speaks: "the foreign
// ministry in Moscow", "The U.S. Embassy in Havana", "A State Department
// spokesperson in Washington".
func (q *doc) withSeat(s text.Span) text.Span {
	k := q.tokenFrom(s.End)
	if k+1 >= len(q.d.Tokens) || q.word(k) != "in" || !q.d.Tokens[k+1].Cap ||
		q.owner[k+1] >= 0 && q.ents[q.owner[k+1]].Kind == report.KindPerson {
		return s
	}
	end := k + 1
	for end < len(q.d.Tokens) && end < k+4 && q.d.Tokens[end].Cap && q.d.Tokens[end].Kind == text.Word {
		end++
	}
	return text.Span{Start: s.Start, End: q.d.Tokens[end-1].End}
}

// withDescriptor returns a body's surface with the words right before
// its name that say what it is or whose it is, as analysts cite the
// speaker: "the monitoring group NetBlocks", "The West African bloc
// ECOWAS", "Pakistan's Foreign Office".
func (q *doc) withDescriptor(s text.Span) text.Span {
	first := q.tokenAt(s.Start)
	if first < 2 {
		return s
	}
	lo := q.d.Sentences[q.d.SentenceOf(first)].First
	if k := first - 1; text.Possessive(q.word(k)) && q.owner[k-1] >= 0 && q.ents[q.owner[k-1]].Kind == report.KindCountry {
		return text.Span{Start: q.ownerAs[k-1].Start, End: s.End} // "Pakistan's Foreign Office"
	}
	if !bodies[q.word(first-1)] && !descriptors[q.word(first-1)] || q.d.Tokens[first-1].Cap {
		return s
	}
	for k := first - 2; k >= lo && k >= first-6; k-- {
		t := q.d.Tokens[k]
		switch {
		case determiners[q.word(k)]:
			return text.Span{Start: t.Start, End: s.End} // "the monitoring group NetBlocks"
		case t.Kind != text.Word || q.inMarks[k] || q.cueAt[k]:
			return s
		}
	}
	return s
}

// descriptors are the nouns besides bodies that put a kind before a
// body's name: "state broadcaster AzTV", "the news agency APS".
var descriptors = text.SetOf("broadcaster", "newspaper", "monitor", "daily", "channel", "station", "observatory",
	"outlet", "site", "website", "ngo", "bank")

// withAnonymity returns a source's surface with the relative clause
// right after it that grants the source anonymity: "a security official
// who asked not to be named", "a diplomat who spoke on condition of
// anonymity", not "a man who identified himself as". Analysts cite the
// clause with the source, as it says why the source goes unnamed.
func (q *doc) withAnonymity(s text.Span) text.Span {
	if j := q.anonymityEnd(q.tokenFrom(s.End)); j > 0 {
		return text.Span{Start: s.Start, End: q.d.Tokens[j].End}
	}
	return s
}

// grantsAnonymity reports whether a relative clause that grants its
// source anonymity opens at token k, after a comma or not.
func (q *doc) grantsAnonymity(k int) bool {
	if k < len(q.d.Tokens) && q.d.Word(k) == "," {
		k++
	}
	return q.anonymityEnd(k) > 0
}

// anonymityEnd returns the last token of a relative clause at token k that
// grants its source anonymity ("who asked not to be named", "who spoke on
// condition of anonymity"), or -1.
func (q *doc) anonymityEnd(k int) int {
	if k < 0 || k >= len(q.d.Tokens) || q.word(k) != "who" {
		return -1
	}
	for j := k + 1; j < len(q.d.Tokens) && j < k+10 && q.d.Tokens[j].Kind == text.Word && !q.cueAt[j]; j++ {
		if w := q.word(j); w == "anonymity" || (w == "named" || w == "identified") && q.word(j-1) == "be" {
			return j
		}
	}
	return -1
}

// withAcronym returns a body's surface with the acronym in brackets that
// follows its name, or with the name its bracketed acronym follows: "The
// Moro Islamic Liberation Front (MILF)", as analysts write the speaker.
func (q *doc) withAcronym(s text.Span) text.Span {
	first, end := q.tokenAt(s.Start), q.tokenFrom(s.End)
	n := len(q.d.Tokens)
	switch {
	case first < 0:
	case end+2 < n && q.d.Word(end) == "(" && q.d.Tokens[end+1].Upper && q.d.Word(end+2) == ")":
		return text.Span{Start: s.Start, End: q.d.Tokens[end+2].End}
	case end-first == 1 && first >= 2 && end < n && q.d.Word(first-1) == "(" && q.d.Word(end) == ")" &&
		q.owner[first-2] >= 0 && q.owner[first-2] == q.owner[first]:
		start := q.tokenAt(q.ownerAs[first-2].Start)
		if start > 0 && determiners[q.word(start-1)] {
			start--
		}
		return text.Span{Start: q.d.Tokens[start].Start, End: q.d.Tokens[end].End}
	}
	return s
}

// ranked returns surface with the abbreviated ranks right before it:
// "Col. Issa Zongo", "Lt. Gen. X", whose role the text gives elsewhere.
func (q *doc) ranked(surface text.Span) text.Span {
	k := q.tokenAt(surface.Start)
	if k < 0 {
		return surface
	}
	s, name := q.d.SentenceOf(k), k
	for k > 0 && q.d.SentenceOf(k-1) == s {
		w := q.word(k - 1)
		if k == name && k > 2 && w == "police" && q.word(k-2) == "of" && q.d.Tokens[k-1].Cap {
			k -= 2 // "Assistant Commissioner of Police Juma Mwakalinga"
			continue
		}
		title := q.d.Tokens[k-1].Cap && lexicon.AddressTitle(w)
		if !lexicon.Rank(w) && !title && !(k < name && q.d.Tokens[k-1].Cap && (lexicon.RoleModifier(w) || titleGrades[w])) {
			break
		}
		k--
	}
	return text.Span{Start: q.d.Tokens[k].Start, End: surface.End}
}

// titleGrades open a police title of several words: "Divisional
// Commissioner", "Adjunct Senior Commissioner", "High Commissioner".
var titleGrades = map[string]bool{"divisional": true, "adjunct": true, "high": true}

func isSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' }

func (q *doc) evidence(s text.Span) report.Evidence {
	return report.Evidence{Span: report.Span{Start: s.Start, End: s.End}, Text: q.d.Str(s)}
}

func (q *doc) sortQuotes() {
	idx := make([]int, len(q.quotes))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return q.quotes[a].Text.Start - q.quotes[b].Text.Start })
	qs, ss, cs := make([]report.Quote, len(idx)), make([]speaker, len(idx)), make([]int, len(idx))
	for n, i := range idx {
		qs[n], ss[n], cs[n] = q.quotes[i], q.speakers[i], q.cues[i]
	}
	q.quotes, q.speakers, q.cues = qs, ss, cs
}

func (q *doc) word(i int) string { return q.d.Lower(i) }

func (q *doc) sentenceEnd(i int) int { return q.d.Sentences[q.d.SentenceOf(i)].End }

func (q *doc) sentenceFirst(i int) int { return q.d.Sentences[q.d.SentenceOf(i)].First }
