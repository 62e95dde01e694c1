package quote

import (
	"math"
	"strings"
	"unicode"

	"sitrep/internal/lexicon"
	"sitrep/internal/report"
	"sitrep/internal/text"
)

// localNouns own the institutions of a part of a country.
var localNouns = map[string]bool{"region": true, "province": true, "state": true, "city": true, "district": true,
	"town": true, "county": true, "municipality": true, "territory": true, "enclave": true, "island": true}

// spokesBody returns the institution in the tokens [from, to) that a
// spokesperson speaks for: "a State Department spokesman", "Iran's
// Foreign Ministry spokesman". A spokesperson on the record speaks for
// the institution, as analysts and the gold set count it.
func (q *doc) spokesBody(from, to int) (speaker, bool) {
	for t := from; t < to; t++ {
		if ei := q.owner[t]; ei >= 0 && q.ents[ei].Kind != report.KindPerson && q.ents[ei].Kind != report.KindCountry {
			return speaker{entity: ei, surface: q.d.SpanOf(from, to), hasAs: true}, true
		}
	}
	for t := to - 1; t >= from; t-- {
		if a, ok := q.x.lex.Agent(q.word(t)); ok && !a.Person && !q.people(t) {
			sp := q.roleSpeaker(t, from, a, true)
			if sp.named() {
				return sp, true
			}
		}
	}
	return none, false
}

// roleNoun reports whether token j is an agent or source noun.
func (q *doc) roleNoun(j int) bool {
	_, ok := q.x.lex.Agent(q.word(j))
	return ok || q.people(j)
}

// people reports whether token j is a noun for people a story quotes
// (see sourceNouns). "Staff at its main hospital said" names people, but
// "the army's general staff" and "the Joint Staff" are bodies.
func (q *doc) people(j int) bool {
	switch w := q.word(j); {
	case w == "guard":
		// "A guard at a neighbouring post", "a prison guard": one of
		// them, where "the coast guard" is a body.
		return !q.d.Tokens[j].Cap && q.owner[j] < 0 &&
			(j > 0 && indefinites[q.word(j-1)] || j > 1 && indefinites[q.word(j-2)] && !q.d.Tokens[j-1].Cap)
	case w != "staff":
		return sourceNouns[w]
	}
	return !q.d.Tokens[j].Cap && (j == 0 || q.word(j-1) != "general" && q.word(j-1) != "joint")
}

// definite resolves a definite description from token first to its head
// k: "the report" and "the statement" are their author's, to be found
// among the speakers before; "the agency" or "the mission" is the latest
// organisation named before that the word fits.
func (q *doc) definite(first, k int, surface text.Span) (speaker, bool) {
	if documents[q.word(k)] || posts[q.word(k)] && q.word(first) == "the" {
		return speaker{entity: -1, name: q.d.Str(surface), surface: surface, hasAs: true, ref: refDocument, head: k}, true
	}
	if !bodies[q.word(k)] {
		return none, false
	}
	sp := speaker{entity: -1, surface: surface, hasAs: true}
	if q.possessed(first, k) {
		return none, false // "the Guards' navy" is the Guards', not the last navy named
	}
	if q.word(first) == "the" {
		sp.ref, sp.head = refBody, k
	}
	// "a rights group said" introduces a body, named later if at all
	// (see namedAfter), not one named before it
	if q.indefinite(first, k) {
		return none, false
	}
	if ei := q.namedBody(k, true); ei >= 0 {
		sp.entity = ei
		return sp, true
	}
	return none, false
}

// indefinite reports whether an indefinite article opens the phrase
// [first, k] and no definite one follows it: "a rights group", not "a
// charge the group denied".
func (q *doc) indefinite(first, k int) bool {
	if !indefinites[q.word(first)] {
		return false
	}
	for j := first + 1; j < k; j++ {
		if determiners[q.word(j)] {
			return false
		}
	}
	return true
}

// namedBody returns the organisation that "the agency", "the mission" or
// "the company" with head k most likely refers to: the latest named in the
// three sentences before whose name has the word or a kindred one, or
// whose description ends in it, before any other organisation there; else,
// when latest is true, the latest organisation named there; or -1.
func (q *doc) namedBody(k int, latest bool) int {
	head := q.word(k)
	s := q.d.SentenceOf(k)
	fallback, far := -1, -1
	for j := k - 1; j >= 0; j-- {
		near := q.d.SentenceOf(j) >= s-3
		ei := q.owner[j]
		if ei < 0 || q.ents[ei].Kind == report.KindCountry || q.d.DatelineSentence(q.d.SentenceOf(j)) || q.credited(ei) {
			continue // "(Sitrep Wire) -" credits a wire, it names no body the story speaks of
		}
		if j+2 < len(q.d.Tokens) && text.Possessive(q.word(j+1)) && q.owner[j+2] < 0 && !q.d.Tokens[j+2].Cap {
			continue // "JNIM, Al-Qaeda's affiliate in the Sahel, … the group said": the affiliate, not al Qaeda
		}
		e := q.ents[ei]
		if fits := fitsBody(head, text.Fold(e.Name)) || fitsBody(head, q.designator(j)); fits && near {
			return ei
		} else if fits && far < 0 {
			far = ei
		}
		if e.Kind != report.KindPerson && text.RoleHead(e.Role) == head && (near || fallback < 0 || q.ents[fallback].Role != "") {
			// "the state energy company KazMunayGas … The company said":
			// a body its description called so, however far back, unless
			// a body named since is undescribed and may be one too.
			return ei
		}
		if near && fallback < 0 && e.Kind != report.KindPerson {
			fallback = ei
		}
	}
	if latest && fallback >= 0 {
		return fallback
	}
	return far // "The Interior Ministry said … (paragraphs on) The ministry said"
}

// credited reports whether entity ei is the wire the dateline credits,
// "(Sitrep Wire)": the story's writer, which "told Sitrep Wire" names
// again, is never the body a description refers to.
func (q *doc) credited(ei int) bool {
	for _, m := range q.ents[ei].Mentions {
		first, end := q.tokenAt(m.Start), q.tokenFrom(m.End)
		if first > 0 && end < len(q.d.Tokens) && q.d.Word(first-1) == "(" && q.d.Word(end) == ")" &&
			q.d.DatelineSentence(q.d.SentenceOf(first)) {
			return true
		}
	}
	return false
}

// memberBody returns the latest body of the international organisation
// with code named within the three sentences before token k (IGOUNOWFP
// of IGOUNO), or -1.
func (q *doc) memberBody(k int, code string) int {
	s := q.d.SentenceOf(k)
	for j := k - 1; j >= 0 && q.d.SentenceOf(j) >= s-3; j-- {
		if ei := q.owner[j]; ei >= 0 && len(q.ents[ei].Code) > len(code) && strings.HasPrefix(q.ents[ei].Code, code) &&
			q.ents[ei].Kind != report.KindPerson {
			return ei
		}
	}
	return -1
}

// designator returns the capitalised word before the mention that covers
// token j, folded, which tells what kind of body it names: "Operation" in
// "Operation Irini", "Mission" in "Mission Sentinel".
func (q *doc) designator(j int) string {
	t := q.tokenAt(q.ownerAs[j].Start)
	if t <= 0 || q.d.Tokens[t-1].Kind != text.Word {
		return ""
	}
	w := q.d.Word(t - 1)
	if strings.ToLower(w) == w {
		return ""
	}
	return text.Fold(w)
}

// fitsBody reports whether a folded name fits an institution noun: "the
// mission" fits "Operation Irini", "the company" fits "Sunrise Shipping".
func fitsBody(head, name string) bool {
	if strings.Contains(name, head) {
		return true
	}
	for _, w := range kindred[head] {
		if strings.Contains(" "+name+" ", " "+w+" ") {
			return true
		}
	}
	return false
}

// kindred are the words in the names of the bodies that an institution
// noun can refer to.
var kindred = map[string][]string{
	"mission":   {"operation", "force", "monitoring"},
	"operation": {"mission"},
	"company":   companyWords,
	"firm":      companyWords,
	"operator":  companyWords,
	"group": {"watch", "international", "front", "movement", "brigade", "brigades", "army", "forces", "party", "alliance", "organisation", "organization",
		"initiative", "network", "association", "foundation", "society", "coalition"},
	"agency":   {"organization", "organisation", "office", "service", "bureau", "administration", "authority"},
	"body":     {"organization", "organisation", "agency", "council", "commission", "committee"},
	"watchdog": {"agency", "commission", "authority", "watch", "organization", "organisation"},
	"force":    {"forces", "army", "guard", "corps"},
	"militia":  {"forces", "brigade", "brigades", "front", "army", "movement"},
	"ministry": {"ministry", "department"},
	"alliance": {"organization", "organisation", "treaty"},
}

// companyWords end the names of companies.
var companyWords = []string{"shipping", "airlines", "airways", "corp", "corporation", "inc", "ltd", "limited",
	"plc", "holdings", "group", "company", "co", "llc", "gmbh", "ag", "sa", "energy", "oil", "gas", "bank",
	"industries", "systems", "technologies", "telecom", "motors", "lines", "logistics", "petroleum", "mining", "trading"}

var documents = map[string]bool{"report": true, "statement": true, "document": true, "letter": true,
	"study": true, "communique": true, "communiqué": true, "assessment": true, "bulletin": true}

// posts are documents only when definite: "the post said" is the words of
// the body that posted it, while "a message posted on a channel close to
// JNIM claimed" speaks for the body it names.
var posts = map[string]bool{"post": true, "message": true, "tweet": true, "release": true}

var bodies = map[string]bool{"agency": true, "mission": true, "group": true, "organisation": true,
	"organization": true, "company": true, "firm": true, "operator": true, "body": true, "watchdog": true,
	"council": true, "committee": true, "force": true, "coalition": true, "alliance": true, "bloc": true,
	"movement": true, "militia": true, "office": true, "court": true, "panel": true, "union": true,
	"operation": true, "party": true, "network": true, "charity": true, "command": true, "service": true,
	"association": true, "federation": true, "authority": true, "commission": true, "platform": true,
	"delegation": true, "cell": true}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true}

// roleSpeaker builds the speaker of a role noun phrase ending at token k.
// An institution ("the army", "Eritrea's information ministry") speaks
// for the country of its phrase or its context, under its own name; "the
// company" or "the mission" is an organisation named before. People
// described only by role ("one of the US officials", "diplomats") are
// anonymous sources, unless the phrase is definite and refers back to
// someone named ("the regional governor", "the official").
func (q *doc) roleSpeaker(k, lo int, a lexicon.Agent, institution bool) speaker {
	start := q.phraseStart(k, lo)
	sp := speaker{entity: -1, surface: q.d.SpanOf(start, k+1), hasAs: true}
	country, igo := -1, -1
	for t := start; t <= k; t++ {
		ei := q.owner[t]
		if ei < 0 {
			continue
		}
		if q.ents[ei].Kind != report.KindPerson && (q.ents[ei].Country != "" || institution) {
			country = ei // "Eritrea's", "EU governments"
		}
		if q.ents[ei].Kind == report.KindIGO {
			igo = ei
		}
	}
	definite := country < 0 && q.word(start) == "the"
	if institution && q.word(start) == "'s" && start-1 > lo && localNouns[q.word(start-1)] {
		// "the region's interim administration" is a local body, not
		// the country's.
		from := start - 1
		if determiners[q.word(from-1)] {
			from--
		}
		sp.surface = q.d.SpanOf(from, k+1)
		sp.name = q.d.Str(sp.surface)
		return sp
	}
	if institution {
		return q.institution(sp, start, k, country, definite, a)
	}
	// "the U.S. ambassador in Manila" holds an office on the record;
	// "a senior official" or "the official" is a source left unnamed.
	sp.anonymous = !(q.word(start) == "the" && a.Title)
	sp.plural = (a.Plural || q.people(k) && (strings.HasSuffix(q.word(k), "s") || q.word(k) == "people")) &&
		!singular[q.word(start)]
	sp.name = q.d.Str(sp.surface)
	if country >= 0 {
		sp.country = q.ents[country].Country
	}
	if lexicon.Spokesperson(q.word(k)) {
		if body, ok := q.spokesBody(start, k); ok {
			// "a MINURSO spokeswoman" speaks for MINURSO, unnamed.
			body.surface, body.anonymous = sp.surface, sp.anonymous
			return body
		}
	}
	if definite {
		sp.ref, sp.head = refRole, k
		if ei := q.rolePerson(k); ei >= 0 {
			sp.entity, sp.anonymous, sp.name = ei, false, ""
		}
	}
	if sp.entity < 0 && igo >= 0 {
		sp.entity = igo // "a U.N. official", unnamed, speaks for the United Nations
	}
	return sp
}

// institution builds the speaker of an institution noun phrase from start
// to k whose country entity, if the phrase names one, is country.
func (q *doc) institution(sp speaker, start, k, country int, definite bool, a lexicon.Agent) speaker {
	state := strings.HasPrefix(a.Sector, "GOV") || stateSectors[a.Sector]
	if definite {
		sp.ref, sp.head = refBody, k
		if ei := q.namedBody(k, !state); ei >= 0 {
			sp.entity = ei
			return sp
		}
	}
	if ei := q.namedBody(k, false); country < 0 && !definite && ei >= 0 && !q.possessed(start, k) {
		// "a ministry spokesman" after "Syria's foreign ministry" speaks
		// for it; "the Guards' navy" is not the U.S. Navy named before.
		sp.entity = ei
		return sp
	}
	if country < 0 && state {
		if c := q.personCountry(start, k); c != "" {
			sp.name, sp.country = q.d.Str(sp.surface), c // "President Trump's administration"
			return sp
		}
		if ei := q.sectorBody(k, a.Sector); definite && ei >= 0 {
			// "Kenya Defence Forces troops crossed into Somalia's Gedo
			// region, the military said": the force its sentence named.
			sp.entity = ei
			return sp
		}
		country = q.contextCountry(k)
	}
	if country >= 0 {
		sp.entity = country
		if q.ents[country].Kind == report.KindCountry {
			sp.body = q.bodyName(start, k)
		}
		return sp
	}
	sp.name = q.d.Str(sp.surface)
	return sp
}

// sectorBody returns the organisation of sector sector that the sentence
// of token k names last before it, or -1.
func (q *doc) sectorBody(k int, sector string) int {
	s, at := q.d.SentenceOf(k), q.d.Tokens[k].Start
	best, bestAt := -1, -1
	for ei, e := range q.ents {
		if e.Kind != report.KindOrganization || e.Sector != sector || e.Country == "" {
			continue
		}
		for _, m := range e.Mentions {
			if m.Sentence == s && m.Start < at && m.Start > bestAt {
				best, bestAt = ei, m.Start
			}
		}
	}
	return best
}

// personCountry returns the country of a person the phrase [start, k]
// names ("Donald Trump's administration"), or "".
func (q *doc) personCountry(start, k int) string {
	for t := start; t < k; t++ {
		if ei := q.owner[t]; ei >= 0 && q.ents[ei].Kind == report.KindPerson && q.ents[ei].Country != "" {
			return q.ents[ei].Country
		}
	}
	return ""
}

// stateSectors are the sectors of institutions that speak for a country.
var stateSectors = map[string]bool{"MIL": true, "COP": true, "JUD": true, "LEG": true, "SPY": true}

// singular words open a phrase about one person: "one of the officials".
var singular = map[string]bool{"one": true, "a": true, "an": true}

// bodyName returns the name of the institution in the phrase [start, k]:
// its words without determiners, possessives or the country's name, with
// capitals ("Eritrea's information ministry" gives "Information
// Ministry").
func (q *doc) bodyName(start, k int) string {
	var b strings.Builder
	for t := start; t <= k; t++ {
		w := q.word(t)
		if npWords[w] || q.owner[t] >= 0 && !q.roleNoun(t) && !modifiers[w] || q.d.Tokens[t].Kind != text.Word ||
			(w == "country" || w == "nation") && t < k && text.Possessive(q.word(t+1)) {
			continue // "Finnish police" gives "Police", "the country's shadow government" "Shadow Government"
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(text.Capitalize(w))
	}
	return b.String()
}

// rolePerson returns the person whose role ends in the role noun at token
// k ("the regional governor" for "Governor Sergei Vlasenko"): the latest
// named before k, else the first named after it, or -1.
func (q *doc) rolePerson(k int) int {
	head, at := q.word(k), q.d.Tokens[k].Start
	before, after := -1, -1
	beforeAt, afterAt := -1, len(q.d.Text)
	for ei, e := range q.ents {
		if e.Kind != report.KindPerson || e.Role == "" || text.RoleHead(e.Role) != head {
			continue
		}
		for _, m := range e.Mentions {
			switch {
			case m.Start < at && m.Start > beforeAt:
				before, beforeAt = ei, m.Start
			case m.Start > at && m.Start < afterAt:
				after, afterAt = ei, m.Start
			}
		}
	}
	if before >= 0 {
		return before
	}
	return after
}

// phraseStart returns the first token of the role noun phrase whose head
// is token k: back over determiners, modifiers and names, and over up to
// two plain words after a possessive or a determiner ("Zambia's mines
// ministry", "the state oil company").
func (q *doc) phraseStart(k, lo int) int {
	start := k
	for start > lo {
		if start < k && determiners[q.word(start)] && q.d.Tokens[start-1].Kind == text.Word && q.roleNoun(start-1) {
			break // "a driver the official described": two phrases, not "one of the employees"
		}
		if start < k && determiners[q.word(start)] && q.word(start-1) != "of" {
			break // "an election that the opposition says": the article opens the phrase
		}
		if npWord(q, start-1) {
			start--
			continue
		}
		if determiners[q.word(start)] {
			break // "a charge the government denied": the phrase is whole
		}
		if j := q.nameBefore(start, lo); j < start {
			start = j // "an Al-Zubaid elder": a name the finder did not link
			continue
		}
		if start-2 >= lo && q.word(start-1) == "and" && q.roleNoun(start-2) {
			start -= 2 // "local officials and residents"
			continue
		}
		j := start - 1
		for j > lo && j >= start-2 && q.plainWord(j) {
			j--
		}
		if j < start-1 && j >= lo && (q.word(j) == "'s" || determiners[q.word(j)] || q.owner[j] >= 0) {
			start = j
			continue
		}
		break
	}
	if possessiveMark(q.word(start)) && start-1 >= lo {
		// "the country's ombudsman": the owner belongs to the phrase.
		start--
		if start-1 >= lo && determiners[q.word(start-1)] {
			start--
		}
	}
	return start
}

// nameBefore returns the indefinite article before the capitalised words
// and hyphens that end right before token k ("an Al-Zubaid"), or k.
func (q *doc) nameBefore(k, lo int) int {
	j := k - 1
	for j > lo && j >= k-4 && (q.d.Tokens[j].Cap || q.d.Word(j) == "-" && q.d.Tokens[j].Start == q.d.Tokens[j-1].End) {
		j--
	}
	if j < k-1 && j >= lo && indefinites[q.word(j)] && q.d.Tokens[j+1].Cap {
		return j
	}
	return k
}

func possessiveMark(w string) bool { return w == "'s" || w == "’s" }

// plainWord reports whether token j is a lower-case word that can
// modify a noun: not a cue, a preposition, a conjunction or a verb form
// that the phrase would swallow.
func (q *doc) plainWord(j int) bool {
	w := q.d.Word(j)
	if q.d.Tokens[j].Kind != text.Word || q.cueAt[j] || q.inMarks[j] || strings.ToLower(w) != w ||
		strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return false
	}
	return !postPreps[w] && !skipBeforeCue[w] && !relativePronouns[w] && !clauseWords[w]
}

// clauseWords join clauses; a noun phrase does not run across them.
var clauseWords = map[string]bool{"and": true, "but": true, "or": true, "that": true, "if": true, "while": true,
	"when": true, "where": true, "as": true, "to": true, "by": true, "is": true, "was": true, "are": true,
	"were": true, "be": true, "been": true}

// npWord reports whether token i can belong to a role noun phrase before
// its head: determiners, "one of", adjectives and nationality words.
func npWord(q *doc, i int) bool {
	w := q.word(i)
	t := q.d.Tokens[i]
	switch {
	case q.inMarks[i] || t.Kind == text.Punct:
		return false
	case npWords[w] || q.owner[i] >= 0:
		return true
	case t.Kind == text.Number:
		return true
	}
	_, agent := q.x.lex.Agent(w)
	return agent || modifiers[w]
}

// possessed reports whether a possessive stands among the words
// [start, k) of a role's phrase or right before them: "the Guards'
// navy".
func (q *doc) possessed(start, k int) bool {
	for j := max(0, start-1, k-3); j < k; j++ {
		switch q.d.Word(j) {
		case "'", "’", "'s", "’s":
			return true
		}
	}
	return false
}

// contextCountry returns the country that an institution noun at token k
// most likely belongs to: the first country named before it in its
// sentence, else in its paragraph, else the story's home, else the
// document's most mentioned one. A country named after it is more often
// what the institution speaks of ("the ministry said flights to Bolivia
// were suspended").
func (q *doc) contextCountry(k int) int {
	s := q.d.SentenceOf(k)
	para := q.d.Sentences[s].Para
	best, bestN := -1, 0
	inPara := -1
	for ei, e := range q.ents {
		if e.Kind != report.KindCountry {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start >= q.d.Tokens[k].Start {
				continue
			}
			if m.Sentence == s {
				return ei
			}
			if inPara < 0 && q.d.Sentences[m.Sentence].Para == para {
				inPara = ei
			}
		}
		if n := len(e.Mentions); n > bestN || e.Code == q.home && q.home != "" {
			best, bestN = ei, n
			if e.Code == q.home {
				bestN = math.MaxInt // the story's home, however often others are named
			}
		}
	}
	if inPara >= 0 {
		return inPara
	}
	return best
}
