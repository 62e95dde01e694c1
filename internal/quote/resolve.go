package quote

import (
	"slices"
	"strings"

	"sitrep/internal/lexicon"
	"sitrep/internal/report"
	"sitrep/internal/text"
)

// ref is the kind of anaphor a speaker is named by. Anaphors are resolved
// after every quote is found, in text order, because their antecedent is
// often an indirect quote that the direct pass has not seen yet (“…,” she
// said after "A resident … told Reuters that …").
type ref uint8

const (
	refNone     ref = iota
	refPronoun      // "he", "she", "it", "they"
	refDocument     // "the report", "the statement": its author
	refBody         // "the ministry", "the company": an institution named before
	refRole         // "the spokesman", "the official": a person or source named before
	refMember       // "one of them": one of a group that spoke before
	refContinue     // a quotation that goes on after “…,” he said.
)

// window is how many sentences back an anaphor looks for the speaker it
// refers to.
const window = 3

// resolve replaces each anaphoric speaker by its antecedent among the
// quotes before it, and drops indirect speech whose pronoun refers to
// no one who spoke ("They said …" about people who never did).
func (q *doc) resolve() {
	keep := q.quotes[:0]
	var speakers []speaker
	var cues []int
	for i := range q.quotes {
		sp := q.speakers[i]
		if q.relays(i) {
			continue
		}
		if sp.ref != refNone {
			if r, ok := q.antecedent(i, sp); ok {
				q.speakers[i] = r
				q.setSpeaker(&q.quotes[i], r)
			} else if sp.ref == refPronoun && !q.quotes[i].Direct {
				continue
			}
		}
		keep = append(keep, q.quotes[i])
		speakers = append(speakers, q.speakers[i])
		cues = append(cues, q.cues[i])
	}
	q.quotes, q.speakers, q.cues = keep, speakers, cues
	q.selfNamedBefore()
	q.namedAfter()
}

// relays reports whether quote i is a spokesperson's report of what the
// one he speaks for said, which other quotes hold with their own cues:
// "Guterres condemned the attack and called on all sides to ..., his
// spokesman said" reports Guterres' condemnation and call, not the
// spokesman's words.
func (q *doc) relays(i int) bool {
	qt := q.quotes[i]
	if qt.Direct || qt.SpeakerAs == nil {
		return false
	}
	owner, role, ok := strings.Cut(text.Fold(qt.SpeakerAs.Text), " ")
	if !ok || !possessives[owner] || !lexicon.Spokesperson(role) {
		return false
	}
	for j, c := range q.cues {
		if j != i && c >= 0 && qt.Text.Start <= q.d.Tokens[c].Start && q.d.Tokens[c].End <= qt.Text.End {
			return true
		}
	}
	return false
}

// namedAfter gives an unnamed body that a story cites ("…, a rights group
// said") the name of the body that speaks within the next sentences and
// shares a word with its description: "The Guinean Organisation for the
// Defence of Human Rights (OGDH) said …", "The Syrian Observatory for
// Human Rights, a Britain-based monitor, said …". Leads name their source
// by its kind and the paragraphs after by its name.
func (q *doc) namedAfter() {
	for i, sp := range q.speakers {
		words := strings.Fields(text.Fold(sp.name))
		if sp.entity >= 0 || sp.plural || len(words) < 2 || !indefinites[words[0]] || !bodyNouns[words[len(words)-1]] {
			continue
		}
		s := q.quotes[i].Sentence
		for j := i + 1; j < len(q.quotes) && q.quotes[j].Sentence <= s+2*window; j++ {
			r := q.speakers[j]
			if r.entity < 0 || q.ents[r.entity].Kind != report.KindOrganization || !shareStem(words[1:], q.ents[r.entity]) {
				continue
			}
			named := r
			named.surface, named.hasAs = sp.surface, true
			q.speakers[i] = named
			q.setSpeaker(&q.quotes[i], named)
			break
		}
	}
}

// bodyNouns end the descriptions a lead gives a body it names later.
var bodyNouns = text.SetOf("group", "monitor", "organisation", "organization", "charity", "watchdog", "body")

// indefinites open an indefinite description.
var indefinites = text.SetOf("a", "an")

// shareStem reports whether one of words shares its first five letters
// with a word of the entity's name or role: "monitor" with "monitoring".
func shareStem(words []string, e report.Entity) bool {
	other := strings.Fields(text.Fold(e.Name + " " + e.Role))
	for _, w := range words {
		for _, o := range other {
			if len(w) >= 5 && len(o) >= 5 && w[:5] == o[:5] {
				return true
			}
		}
	}
	return false
}

// selfNamedBefore gives the name a speaker gave himself to the anonymous
// speakers of his role in the quotes just before: "A rebel spokesman …
// rejected the army's account. '…,' said the spokesman, who gave his name
// as Abdelkarim Moussa."
func (q *doc) selfNamedBefore() {
	for i, sp := range q.speakers {
		if sp.alias == "" {
			continue
		}
		q.earlier(i, q.tokenAt(q.quotes[i].Text.Start), func(j int, r speaker) bool {
			if r.entity < 0 && r.anonymous && !r.plural && strings.EqualFold(text.LastWord(r.name), sp.alias) {
				named := sp
				named.surface, named.hasAs, named.alias = r.surface, r.hasAs, ""
				q.speakers[j] = named
				q.setSpeaker(&q.quotes[j], named)
			}
			return false
		})
	}
}

// antecedent resolves the anaphoric speaker of quote i. The result keeps
// the words of the anaphor as its surface, except for a continued
// quotation, which repeats its first part's attribution.
func (q *doc) antecedent(i int, sp speaker) (speaker, bool) {
	var r speaker
	ok := false
	switch sp.ref {
	case refContinue:
		for j := i - 1; j >= 0; j-- {
			if q.quotes[j].Direct {
				return q.speakers[j], true
			}
		}
		return none, false
	case refPronoun:
		r, ok = q.pronounAntecedent(i, sp.head)
	case refDocument:
		r, ok = q.author(i, sp.head)
	case refBody, refRole:
		r, ok = q.sameHead(i, sp.head)
	case refMember:
		r, ok = q.memberOf(i, sp)
	}
	if !ok {
		return none, false
	}
	r.surface, r.hasAs, r.ref = sp.surface, true, refNone
	return r, true
}

// earlier calls f on the speakers of the quotes before quote i whose cue
// lies within the window before token k, latest first, until f is true.
func (q *doc) earlier(i, k int, f func(j int, sp speaker) bool) bool {
	return q.earlierWithin(i, k, window, f)
}

// earlierWithin is earlier over the given number of sentences back.
func (q *doc) earlierWithin(i, k, sentences int, f func(j int, sp speaker) bool) bool {
	s := q.d.SentenceOf(k)
	for j := i - 1; j >= 0; j-- {
		qt := q.quotes[j]
		if qt.Sentence > s || qt.Sentence < s-sentences || qt.Text.Start >= q.d.Tokens[k].Start {
			continue
		}
		if sp := q.speakers[j]; sp.named() && f(j, sp) {
			return true
		}
	}
	return false
}

// pronounAntecedent resolves the pronoun at token k: the speaker of the
// latest quote before that the pronoun can stand for, else, for "he" and
// "she", the latest person named before who agrees with it.
func (q *doc) pronounAntecedent(i, k int) (speaker, bool) {
	w := q.word(k)
	if r, ok := q.silentBefore(i, k, w); ok {
		return r, true
	}
	if r, ok := q.unnamedSubjectBefore(i, k, w); ok {
		return r, true
	}
	var r speaker
	rj := -1
	if q.earlier(i, k, func(j int, sp speaker) bool { r, rj = sp, j; return q.agrees(w, sp) }) {
		// "..., Li said. In New Delhi, Anuradha Iyer, a spokeswoman, ...
		// she told": a person named since, of the pronoun's gender.
		since := q.tokenAt(q.quotes[rj].Text.End)
		if p, ok := q.personBefore(k, since, w, q.known); ok && !q.known(w, r) {
			r = p
		} else if p, ok := q.subjectSince(i, k, since, w); ok {
			// "Frontex said … Minister X blamed the smugglers. '…,' he
			// told": X, not the agency; "'…,' Thiep said. Biel gave a
			// different account. He said …": Biel.
			r = p
		}
		if q.bodyByName(r) {
			// "..., police spokesman X said. Police had earlier said
			// 12 were back. He said ...": X, not the body that spoke by
			// its own name.
			if p, ok := q.personSpokeBefore(i, k, w); ok {
				r = p
			}
		}
		q.learnGender(w, r)
		return r, true
	}
	if p, ok := q.personBefore(k, k-200, w, q.agrees); ok {
		q.learnGender(w, p)
		return p, true
	}
	if w == "it" {
		// "Niger's foreign ministry summoned the envoy to protest
		// against what it called …" before anyone spoke: the body its
		// sentence names first.
		return q.subjectSince(i, k, 0, w)
	}
	return none, false
}

// silentBefore resolves a pronoun that opens its sentence to the body
// that opens the sentence before as its subject, where no quote came
// since: "Sudan's government did not respond to a request for comment.
// It has in the past rejected …", "Ukraine's General Staff gave a
// different account. It said …". The subject of the last sentence is
// what English takes up with a pronoun.
func (q *doc) silentBefore(i, k int, w string) (speaker, bool) {
	s := q.d.SentenceOf(k)
	if s == 0 || w != "it" || q.d.Sentences[s].First != k && !q.frontedBefore(q.d.Sentences[s].First, k) {
		return none, false
	}
	prev := q.d.Sentences[s-1]
	if i > 0 && q.quotes[i-1].Sentence >= s-1 {
		return none, false
	}
	h := prev.First
	for h < prev.End && determiners[q.word(h)] {
		h++
	}
	ei := q.owner[h]
	if ei < 0 || q.person(ei) {
		return none, false
	}
	e := q.ownerEnd(h)
	if e+1 < prev.End && possessiveMark(q.word(e)) && q.owner[e+1] >= 0 {
		ei, e = q.owner[e+1], q.ownerEnd(e+1) // "Sudan's foreign ministry"
	}
	if e >= prev.End || q.d.Tokens[e].Kind == text.Punct || q.owner[e] >= 0 {
		return none, false // a subject goes on to its verb
	}
	if sp := (speaker{entity: ei}); q.agrees(w, sp) {
		return sp, true
	}
	return none, false
}

// unnamedSubjectBefore resolves "he" or "she" opening its sentence to the
// unnamed person an indefinite description opens the sentence before
// with, where no quote came since: "A guard who asked not to be named
// gave a different account. He told the AP …" is the guard, not the
// director quoted before him.
func (q *doc) unnamedSubjectBefore(i, k int, w string) (speaker, bool) {
	s := q.d.SentenceOf(k)
	if s == 0 || w != "he" && w != "she" || q.d.Sentences[s].First != k || i > 0 && q.quotes[i-1].Sentence >= s-1 {
		return none, false
	}
	prev := q.d.Sentences[s-1]
	if !indefinites[q.word(prev.First)] {
		return none, false
	}
	for h := prev.First + 1; h < prev.End && h <= prev.First+4 && q.d.Tokens[h].Kind == text.Word; h++ {
		if a, ok := q.agentAt(h, prev.First); (ok && a.Person || q.people(h)) && q.owner[h] < 0 {
			return q.roleSpeaker(h, prev.First, a, false), true
		}
	}
	return none, false
}

// frontedBefore reports whether tokens [first, k) are a phrase of
// circumstance that opens the sentence and ends in a comma right before
// k: "In a statement carried by the official APS news agency, it said"
// takes "it" up from the sentence before, not from the agency.
func (q *doc) frontedBefore(first, k int) bool {
	if !circumstancePreps[q.word(first)] || k-first > 14 || q.d.Word(k-1) != "," {
		return false
	}
	for j := first + 1; j < k-1; j++ {
		if q.d.Tokens[j].Kind == text.Punct && q.d.Word(j) != "'" {
			return false
		}
	}
	return true
}

// personBefore returns the latest person named in tokens [stop, k) that
// "he" or "she" w can stand for by fits, or false.
func (q *doc) personBefore(k, stop int, w string, fits func(string, speaker) bool) (speaker, bool) {
	if w != "he" && w != "she" {
		return none, false
	}
	for j := k - 1; j >= 0 && j >= stop; j-- {
		if ei := q.owner[j]; ei >= 0 && q.person(ei) {
			if sp := (speaker{entity: ei}); fits(w, sp) {
				return sp, true
			}
		}
	}
	return none, false
}

// subjectSince returns the first person named in the sentence before
// token k, after token since, that "he" or "she" w can stand for: the
// subject that English names first ("Minister X blamed networks held by
// the forces of Y. '…,' he told" is X). For "it" it is the first body
// named in the pronoun's own sentence before quote i, not as an owner
// ("Haiti's Council condemned what it called …" is the Council; "No
// Turkish soldiers were hurt, it said" names no speaker).
func (q *doc) subjectSince(i, k, since int, w string) (speaker, bool) {
	s := q.d.SentenceOf(k)
	end := min(k, q.tokenAt(q.quotes[i].Text.Start)) // not a name in the words reported
	if first := q.d.Sentences[s].First; w == "it" && q.frontedBefore(first, k) {
		end = min(end, first) // not the agency that carried the statement "it" made
	}
	switch {
	case w == "it":
	case w != "he" && w != "she":
		return none, false
	case s > 0:
		s--
	}
	from := max(since, q.d.Sentences[s].First)
	if w == "it" {
		from = q.clauseFrom(from, end) // "…, and Port Louis lodged a protest over what it called …"
	}
	for j := from; j < end; j++ {
		ei := q.owner[j]
		if ei < 0 || q.inMarks[j] || w == "it" && possessiveMark(q.word(j+1)) {
			continue // not "Mahmoud" in "'Mahmoud never went near the line,' he said"
		}
		if (w == "it" || q.person(ei)) && q.agrees(w, speaker{entity: ei}) {
			return speaker{entity: ei}, true
		}
	}
	return none, false
}

// clauseFrom returns where the last clause joined by ", and", ", but",
// ", while" or a semicolon starts between tokens from and end, else from.
func (q *doc) clauseFrom(from, end int) int {
	for j := end - 1; j > from; j-- {
		if q.word(j) == ";" || q.word(j-1) == "," && clauseJoiners[q.word(j)] {
			return j + 1
		}
	}
	return from
}

var clauseJoiners = map[string]bool{"and": true, "but": true, "while": true}

// known reports whether sp is a person whose gender matches pronoun w.
func (q *doc) known(w string, sp speaker) bool {
	return sp.entity >= 0 && q.person(sp.entity) && q.genderOf(sp.entity) == w[0]
}

// agrees reports whether pronoun w can stand for sp. "He" may stand for
// an organisation, whose spokesman the text leaves out ("The Pentagon
// said … He declined …"), but not for a country alone, a group, or a
// person known to be a woman.
func (q *doc) agrees(w string, sp speaker) bool {
	person := sp.entity >= 0 && q.person(sp.entity)
	human := person || sp.anonymous
	switch w {
	case "he", "she":
		if sp.plural || sp.entity >= 0 && q.ents[sp.entity].Kind == report.KindCountry && sp.body == "" {
			return false
		}
		if person {
			g := q.genderOf(sp.entity)
			return g == 0 || g == w[0]
		}
		return true
	case "it":
		return !human && !sp.plural
	case "they":
		return !person && (!sp.anonymous || sp.plural)
	}
	return false
}

// personSpokeBefore returns the speaker of the latest quote before
// quote i, in the paragraph of token k and within the window before it,
// who is a person "he" or "she" w can stand for.
func (q *doc) personSpokeBefore(i, k int, w string) (speaker, bool) {
	var p speaker
	para := q.d.Sentences[q.d.SentenceOf(k)].Para
	ok := q.earlier(i, k, func(j int, sp speaker) bool {
		p = sp
		return q.d.Sentences[q.quotes[j].Sentence].Para == para && sp.entity >= 0 && q.person(sp.entity) && q.agrees(w, sp)
	})
	return p, ok
}

// bodyByName reports whether speaker sp is a body that spoke by its own
// name ("Police had earlier said"), not through a person ("a police
// spokesman said"), whom "he" or "she" could take up.
func (q *doc) bodyByName(sp speaker) bool {
	if sp.entity < 0 || sp.anonymous || sp.surface.End <= sp.surface.Start {
		return false
	}
	for k := q.tokenFrom(sp.surface.Start); k < len(q.d.Tokens) && q.d.Tokens[k].End <= sp.surface.End; k++ {
		if q.owner[k] != sp.entity && !determiners[q.word(k)] {
			return false // "a military spokesman for the group"
		}
	}
	return true
}

// person reports whether entity ei is a person. A name that ends like a
// company's ("Sunrise Pacific Shipping", "Copperbelt Resources Plc") is
// not, whatever kind the actor layer guessed for it.
func (q *doc) person(ei int) bool {
	if q.ents[ei].Kind != report.KindPerson {
		return false
	}
	last := text.LastWord(text.Fold(q.ents[ei].Name))
	return !slices.Contains(companyWords, last)
}

// genderOf returns 'h' (he) or 's' (she) for a person whom a gendered
// title or role names ("Mrs", "spokeswoman"), or whom a pronoun already
// referred to, else 0.
func (q *doc) genderOf(ei int) byte {
	if g, ok := q.gender[ei]; ok {
		return g
	}
	var g byte
	e := q.ents[ei]
	for _, w := range strings.Fields(text.Fold(e.Role)) {
		if p, ok := ownPronouns[w]; ok {
			// "a Venezuelan travelling with his wife and daughter": the
			// pronoun is the person's, the relatives after it are not
			g = max(g, p)
			break
		}
		g = max(g, genderWords[w])
	}
	for _, m := range e.Mentions {
		t := q.tokenAt(m.Start)
		for b := t - 1; g == 0 && b >= 0 && b >= t-2; b-- {
			g = genderWords[strings.TrimSuffix(q.word(b), ".")]
		}
	}
	if q.gender == nil {
		q.gender = map[int]byte{}
	}
	q.gender[ei] = g
	return g
}

// learnGender records the gender a pronoun gives a person.
func (q *doc) learnGender(w string, sp speaker) {
	if (w == "he" || w == "she") && sp.entity >= 0 && q.person(sp.entity) && q.genderOf(sp.entity) == 0 {
		q.gender[sp.entity] = w[0]
	}
}

// ownPronouns are the possessive pronouns in a person's role that tell
// the person's gender, and end the words that do.
var ownPronouns = map[string]byte{"his": 'h', "her": 's', "their": 0}

// genderWords are titles and role nouns that tell a person's gender.
var genderWords = map[string]byte{"mr": 'h', "sir": 'h', "lord": 'h', "king": 'h', "prince": 'h',
	"duke": 'h', "sheikh": 'h', "spokesman": 'h', "chairman": 'h', "congressman": 'h', "businessman": 'h',
	"councilman": 'h', "policeman": 'h', "father": 'h', "brother": 'h', "son": 'h', "husband": 'h',
	"mrs": 's', "ms": 's', "miss": 's', "madam": 's', "madame": 's', "dame": 's', "lady": 's', "queen": 's',
	"princess": 's', "duchess": 's', "spokeswoman": 's', "chairwoman": 's', "congresswoman": 's',
	"businesswoman": 's', "councilwoman": 's', "policewoman": 's', "mother": 's', "sister": 's',
	"daughter": 's', "wife": 's', "widow": 's'}

// author resolves "the report" or "the statement" at token k to whoever
// issued it: the speaker of a quote before that was made in it ("said in
// a statement") or was itself this document, else the latest speaker
// named by an entity.
func (q *doc) author(i, k int) (speaker, bool) {
	head := q.word(k)
	var r speaker
	if q.earlier(i, k, func(j int, sp speaker) bool { r = sp; return q.madeIn(j, head) }) {
		return r, true
	}
	return r, q.earlier(i, k, func(_ int, sp speaker) bool { r = sp; return sp.entity >= 0 })
}

// madeIn reports whether quote j was made in a document of the kind head:
// "said in a statement", "in a confidential report", "the report said".
func (q *doc) madeIn(j int, head string) bool {
	if as := q.quotes[j].SpeakerAs; as != nil && text.LastWord(text.Fold(as.Text)) == head {
		return true
	}
	s := q.d.Sentences[q.quotes[j].Sentence]
	for t := s.First; t < s.End; t++ {
		if q.inMarks[t] || q.word(t) != head {
			continue
		}
		for b := t - 1; b >= s.First && b >= t-3; b-- {
			if q.word(b) == "in" {
				return true
			}
		}
	}
	return false
}

// sameHead resolves a definite description ("the ministry", "the
// company", "the official") to the latest speaker before that was named
// by the same head noun or whose name or role has it.
func (q *doc) sameHead(i, k int) (speaker, bool) {
	head := q.word(k)
	var r speaker
	fits := func(bodies bool) func(int, speaker) bool {
		return func(_ int, sp speaker) bool {
			if bodies && sp.entity >= 0 && q.person(sp.entity) {
				return false
			}
			r = sp
			if sp.hasAs && text.LastWord(text.Fold(q.d.Str(sp.surface))) == head {
				return true
			}
			if sp.hasAs && sp.entity >= 0 && q.person(sp.entity) && q.rankBefore(sp.surface, head) {
				return true // "the colonel" after "Colonel Abdelkerim Bakhit Ousmane" or "Col. X"
			}
			if strings.Contains(text.Fold(sp.body), head) || fitsBody(head, text.Fold(sp.name)) {
				return true
			}
			return sp.entity >= 0 && sp.body == "" && (fitsBody(head, text.Fold(q.ents[sp.entity].Name)) ||
				text.RoleHead(q.ents[sp.entity].Role) == head)
		}
	}
	// "The command blamed …" after "Salinas, a spokesman for the
	// command, said": the command itself where it spoke, a few
	// paragraphs back, before the one who speaks for it.
	if q.earlierWithin(i, k, 3*window, fits(true)) {
		return r, true
	}
	ok := q.earlier(i, k, fits(false))
	return r, ok
}

// rankBefore reports whether the rank head, written out or short ("col."
// for "colonel"), stands among the four words before the name at surface.
func (q *doc) rankBefore(surface text.Span, head string) bool {
	k := q.tokenAt(surface.Start)
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if w := q.word(j); w == head || rankWords[w] == head {
			return true
		}
	}
	return false
}

// rankWords spell out the short forms of ranks.
var rankWords = map[string]string{"col.": "colonel", "gen.": "general", "lt.": "lieutenant", "maj.": "major",
	"capt.": "captain", "sgt.": "sergeant", "cmdr.": "commander", "cdr.": "commander", "adm.": "admiral",
	"brig.": "brigadier", "cpl.": "corporal", "insp.": "inspector", "supt.": "superintendent"}

// memberOf resolves "one of them" to one of the group that spoke last:
// "Two residents of the town said …. “…,” one of them said" is one of
// the residents of the town.
func (q *doc) memberOf(i int, sp speaker) (speaker, bool) {
	var r speaker
	if !q.earlier(i, sp.head, func(_ int, g speaker) bool { r = g; return g.plural }) {
		return none, false
	}
	if sp.plural {
		// "three of them": several of the group, named as the text names them
		r.plural, r.anonymous, r.name = true, true, sp.name
		return r, true
	}
	r.plural, r.anonymous = false, true
	if r.entity < 0 {
		group := r.name
		if w, rest, ok := strings.Cut(group, " "); ok {
			switch w = text.Fold(w); {
			case numberWords[w] && !vagueCounts[w]:
				group = w + " " + rest // "Two residents of the town": one of the two
			case npWords[w] || vagueCounts[w]:
				group = rest // "Several residents", "The residents"
			}
		}
		r.name = "one of the " + group
		if _, who, ok := strings.Cut(sp.name, ", "); ok {
			r.name += ", " + who // "one of them, a retired dockworker"
		}
	}
	return r, true
}

var numberWords = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "several": true, "some": true, "many": true}

// vagueCounts are the number words that give no count to keep.
var vagueCounts = map[string]bool{"several": true, "some": true, "many": true}
