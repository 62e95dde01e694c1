package quote

import (
	"slices"
	"strings"

	"sitrep/internal/lexicon"
	"sitrep/internal/ner"
	"sitrep/internal/report"
	"sitrep/internal/text"
)

var none = speaker{entity: -1}

// speakerBefore finds the speaker of the cue at token c among the tokens
// [lo, c) before it: the nearest name, pronoun or role noun, skipping
// adverbs, times and a comma-bracketed apposition or relative clause
// ("One of the US officials, who spoke …, said"). A cue coordinated with
// one before it ("…, but said", "…, saying") shares its subject.
func (q *doc) speakerBefore(c, lo int) speaker {
	if (participles[q.word(c)] || gerundCues[q.word(c)]) && c > lo && q.d.Word(c-1) == "," {
		return q.shared(c)
	}
	if sp, ok := q.whoSays(c, lo); ok {
		return sp // "Cossa, who says his party won, rejected the outcome"
	}
	if p := q.channelBefore(c, lo); p > lo {
		return q.speakerBefore(p, lo) // "An army statement read on state television said": the army's
	}
	if sp := q.selfNamed(q.relativeBefore(c, lo), c); sp.entity >= 0 {
		return sp // "a man who identified himself as the bandit leader X denied"
	}
	if sp := q.selfDescribed(q.relativeBefore(c, lo), c, lo); sp.entity >= 0 {
		return sp // "a man who identified himself as a commander of the X Front denied"
	}
	for k := q.relativeBefore(c, lo) - 1; k >= lo; k-- {
		w := q.word(k)
		switch {
		case q.inMarks[k]:
			return none
		case w == ")":
			// "the Libyan National Army (LNA) said": the name before
			// the brackets is the full one.
			if sp, ok := q.bracketName(k, lo); ok {
				if o := q.openBracket(k, lo); o > lo && q.postModifier(o-1, lo) {
					return q.nounPhrase(o-1, lo) // "a senior official of the Patriotic Union of Kurdistan (PUK)"
				}
				return q.personOf(sp, lo)
			}
			continue
		case skipBeforeCue[w] || q.d.Tokens[k].Kind == text.Number || ner.Calendar(w):
			continue
		case timeNouns[w] && q.timePhrase(k, lo) >= 0:
			k = q.timePhrase(k, lo) // "It has in the past rejected": when, not who
			continue
		case w == "," && k > lo && q.isPerson(k-1) && q.participial(k, lo) >= 0:
			// "The committee, chaired by Prime Minister X, warned": the
			// committee speaks, not its chair.
			k = q.participial(k, lo)
			continue
		case w == "," && k > lo && q.isPerson(k-1) && q.relativeStart(k, lo) >= 0:
			// "The CPC, which says it fights to topple President X,
			// claimed": the person ends the body's relative clause.
			k = q.relativeStart(k, lo)
			continue
		case w == "," && k > lo && q.isPerson(k-1):
			if j := q.describedBefore(k, lo); j >= 0 {
				// "Mustafa Gibril, an adviser to commander X, denied":
				// the apposition describes the speaker by someone else.
				return q.speakerAt(j, lo)
			}
			// "The IMF's mission chief, Elena Marquez, told": the
			// apposition names the speaker.
			return q.speakerAt(k-1, lo)
		case w == "," && k > lo && q.word(k-1) == ")" && q.bracketed(k-1, lo):
			// "The military's media wing, Inter-Services Public
			// Relations (ISPR), said": the apposition names it.
			sp, _ := q.bracketName(k-1, lo)
			return q.personOf(sp, lo)
		case w == ",":
			if k2 := q.appositionStart(k, lo); k2 >= 0 {
				if q.owner[k-1] >= 0 && k2 > lo && q.owner[k2-1] < 0 && bodies[q.word(k2-1)] && !q.personNounBefore(k2, lo) {
					// "The main opposition party, the PAIGC, rejected":
					// the apposition names what the description only
					// describes.
					return q.speakerAt(k-1, lo)
				}
				if sp, ok := q.unknownName(k2, lo); ok {
					return sp // "Alarm Phone, a volunteer hotline that takes calls from boats, said"
				}
				relative := relativePronouns[q.word(k2+1)]
				k = k2
				if k3 := q.appositionStart(k, lo); k3 > lo && (indefinites[q.word(k3+1)] || relative) && q.isPerson(k3-1) {
					// "Lt. Col. X, a spokesman for Operation Y, the joint
					// operation in the region, said": the second
					// apposition describes the first's body; "X,
					// commander of the 8th Battalion (APBn), which
					// guards the camps, said": the clause does.
					k = k3
				}
				continue
			}
			if k > lo && q.owner[k-1] >= 0 {
				// "The ship's operator, Sunrise Shipping, said": the
				// apposition names the speaker.
				return q.speakerAt(k-1, lo)
			}
			return none
		case w == "and" || w == "but":
			return q.shared(k)
		}
		if j := q.personOfBody(k, lo); j >= 0 {
			return q.speakerAt(j, lo) // "Lt. Col. X of the Anbar police said": the officer speaks
		}
		sp := q.speakerAt(k, lo)
		if !sp.found() || sp.ref != refPronoun && q.postModifier(k, lo) {
			// "a doctor at the hospital said": the hospital does not
			// speak; the noun phrase's head does.
			return q.nounPhrase(k, lo)
		}
		if b := q.ledBody(sp, lo); b.found() {
			return b
		}
		return q.personOf(sp, lo)
	}
	return none
}

// unknownName returns as the speaker the name that opens the clause at lo
// and ends before the comma at k, where an indefinite apposition or a
// relative clause after the comma describes it and no actor holds it:
// "Faleme Ciments, which employs about 900 people, said".
func (q *doc) unknownName(k, lo int) (speaker, bool) {
	if k-lo < 1 || k-lo > 4 || !indefinites[q.word(k+1)] && !relativePronouns[q.word(k+1)] {
		return none, false
	}
	for j := lo; j < k; j++ {
		if w := q.word(j); q.owner[j] >= 0 || !q.d.Tokens[j].Cap || q.d.Tokens[j].Kind != text.Word || q.inMarks[j] ||
			determiners[w] || pronouns[w] || quantifiers[w] || text.NumberWord(w) || q.roleNoun(j) {
			return none, false
		}
	}
	sp := q.d.SpanOf(lo, k)
	return speaker{entity: -1, name: q.d.Str(sp), surface: sp, hasAs: true}, true
}

// quantifiers open a clause with a part of those spoken of before, no
// name: "One, a fisherman from Kiunga, said".
var quantifiers = text.SetOf("one", "some", "many", "several", "others", "both", "most", "few", "all", "each", "another")

// personNounBefore reports whether a noun for a person or a source stands in
// the clause before token k: "A source in Ukraine's military intelligence
// agency, the HUR, said" is the source's word, not the agency's.
func (q *doc) personNounBefore(k, lo int) bool {
	for j := k - 1; j >= lo && q.d.Tokens[j].Kind == text.Word; j-- {
		if a, ok := q.x.lex.Agent(q.word(j)); ok && a.Person || q.people(j) {
			return true
		}
	}
	return false
}

// bracketed reports whether a name with its acronym in brackets ends at
// the closing bracket k.
func (q *doc) bracketed(k, lo int) bool {
	_, ok := q.bracketName(k, lo)
	return ok
}

// postModifier reports whether the noun phrase that ends at token k
// follows a preposition after a role noun: "a doctor at the hospital",
// "officials at the ministry", "a spokesman for the army", "an official
// at India's Ministry of External Affairs in New Delhi".
func (q *doc) postModifier(k, lo int) bool {
	if q.isPerson(k) {
		return q.closeTo(k, lo)
	}
	for p := k; p > lo && p >= k-10; p-- {
		if q.owner[p] >= 0 {
			p = q.tokenAt(q.ownerAs[p].Start) // "of" inside "Ministry of External Affairs" is part of its name
			continue
		}
		w := q.word(p)
		if w == "(" || w == ")" {
			continue // "the Patriotic Union of Kurdistan (PUK)"
		}
		if q.d.Tokens[p].Kind != text.Word || q.cueAt[p] || q.inMarks[p] {
			return false
		}
		if postPreps[w] && (w != "to" || p+1 < len(q.d.Tokens) && (q.d.Tokens[p+1].Cap || q.word(p+1) == "the")) && q.roleBefore(p, lo) {
			return true // "The EU's delegation to Kazakhstan urged", not "summoned the ambassador to protest"
		}
	}
	return false
}

// closeTo reports whether the person named at token k is whom the
// speakers are close to: "Sources close to al-Aradi said" speak for
// themselves, unnamed.
func (q *doc) closeTo(k, lo int) bool {
	p := q.tokenAt(q.ownerAs[k].Start)
	return p-3 >= lo && q.word(p-1) == "to" && q.word(p-2) == "close" && closeNouns[q.word(p-3)]
}

var closeNouns = text.SetOf("source", "sources", "people", "person", "those", "someone", "associates", "aides", "friends",
	"relatives", "one")

// personOfBody returns the last token of the person named before "of"
// and the body or place whose name ends at token k ("Lt. Col. X of the
// Anbar police", "Governor X of Kunar"), or -1.
func (q *doc) personOfBody(k, lo int) int {
	if q.isPerson(k) {
		return -1
	}
	p := k
	for p > lo && q.word(p-1) != "of" && (q.d.Tokens[p-1].Cap || determiners[q.word(p-1)] || q.owner[p-1] >= 0) {
		p--
	}
	return q.personBeforePrep(p, lo)
}

// personBeforePrep returns the last token of the person named right
// before the "of", "at" or "for" that comes before token p, the first of
// what the person serves, or -1.
func (q *doc) personBeforePrep(p, lo int) int {
	if p-2 < lo || !servesPreps[q.word(p-1)] || !q.isPerson(p-2) {
		return -1
	}
	return p - 2
}

var servesPreps = text.SetOf("of", "at", "for")

// roleBefore reports whether a role noun comes shortly before the
// preposition at p: "a doctor at".
func (q *doc) roleBefore(p, lo int) bool {
	for b := p - 1; b >= lo && b >= p-4 && q.d.Tokens[b].Kind != text.Punct; b-- {
		if a, ok := q.x.lex.Agent(q.word(b)); ok && a.Person || q.people(b) || b == p-1 && bodies[q.word(b)] && !q.d.Tokens[b].Cap {
			return true // "a doctor at", "the United Nations office in"
		}
	}
	return false
}

var brackets = map[string]bool{"(": true, ")": true}

// governing are the prepositions whose object cannot head the sentence.
var governing = text.SetOf("in", "on", "at", "from", "with", "via", "through", "by", "against", "to", "for", "into",
	"during", "after")

var postPreps = map[string]bool{"at": true, "of": true, "in": true, "from": true, "for": true, "with": true, "to": true}

// relativeBefore returns where a relative clause without commas starts
// between the subject and the cue at c ("A resident of the district who
// asked not to be named told"), or c.
func (q *doc) relativeBefore(c, lo int) int {
	for k := c - 1; k >= lo && k >= c-22; k-- {
		if q.d.Tokens[k].Kind == text.Punct || q.inMarks[k] {
			break
		}
		if q.word(k) == "who" && k > lo && q.d.Tokens[k-1].Kind == text.Word {
			return k
		}
	}
	return c
}

// insideQuote reports whether token t lies in the words of a quote.
func (q *doc) insideQuote(t int) bool {
	at := q.d.Tokens[t].Start
	for _, qt := range q.quotes {
		if qt.Text.Start <= at && at < qt.Text.End {
			return true
		}
	}
	return false
}

// openBracket returns the "(" that the ")" at k closes, or -1.
func (q *doc) openBracket(k, lo int) int {
	for j := k - 1; j >= lo && j > k-8; j-- {
		if q.d.Word(j) == "(" {
			return j
		}
	}
	return -1
}

// bracketName returns the speaker named in full before the acronym in
// brackets that the ")" at token c closes: "the Libyan National Army
// (LNA)", "the U.N. Assistance Mission in Afghanistan (UNAMA)", whose
// name the actor layer may have cut at "in". A name that is not the
// whole phrase ("Libya" in "U.N. Support Mission in Libya (UNSMIL)"), or
// that is linked to an entity it does not name word for word, leaves the
// speaker to the acronym.
func (q *doc) bracketName(c, lo int) (speaker, bool) {
	o := q.openBracket(c, lo)
	k := o - 1
	if o <= lo || q.owner[k] < 0 || q.ownerAs[k].End != q.d.Tokens[k].End {
		return none, false
	}
	t := q.tokenAt(q.ownerAs[k].Start)
	if t-2 >= lo && nameJoiners[q.word(t-1)] && q.owner[t-2] >= 0 && !q.isPerson(t-2) &&
		q.ents[q.owner[t-2]].Kind != report.KindCountry && q.ownerAs[t-2].End == q.d.Tokens[t-2].End {
		ei := q.owner[t-2]
		return speaker{entity: ei, surface: text.Span{Start: q.ownerAs[t-2].Start, End: q.d.Tokens[k].End}, hasAs: true}, true
	}
	if t > 0 {
		w := q.d.Word(t - 1)
		if nameJoiners[w] || q.d.Tokens[t-1].Kind == text.Word && strings.ToLower(w) != w && q.sentenceFirst(t-1) != t-1 {
			return none, false
		}
	}
	ei := q.owner[k]
	if !strings.Contains(text.Fold(q.d.Str(q.ownerAs[k])), text.Fold(q.ents[ei].Name)) {
		return none, false
	}
	return speaker{entity: ei, surface: q.ownerAs[k], hasAs: true}, true
}

// nameJoiners join the words of a long name: "Mission in Libya".
var nameJoiners = map[string]bool{"of": true, "in": true, "for": true, "and": true, "on": true, "de": true}

// shared returns the subject that a coordinated or participial cue at
// token k shares with the cue before it in its sentence ("X denied …,
// saying …", "X confirmed … but said …"): the speaker of that cue's
// quote, else the subject of the sentence. A cue inside another quote's
// words ("acknowledged what it called …") is not the one coordinated,
// nor is one in a free relative ("thanked Lisbon for what he called …
// and said").
func (q *doc) shared(k int) speaker {
	first := q.sentenceFirst(k)
	best := -1
	for j, c := range q.cues {
		if c >= first && c < k && (best < 0 || c > q.cues[best]) && !q.insideQuote(c) && !q.freeRelative(c) {
			best = j
		}
	}
	if best >= 0 {
		return q.speakers[best]
	}
	return q.subject(first, k)
}

// freeRelative reports whether the cue at c closes a free relative
// clause, "what he called", whose subject is no one's that speaks after.
func (q *doc) freeRelative(c int) bool {
	return c >= 2 && q.word(c-2) == "what" && pronouns[q.word(c-1)]
}

// isPerson reports whether token k names a person.
func (q *doc) isPerson(k int) bool {
	return q.owner[k] >= 0 && q.person(q.owner[k])
}

// personOf prefers the person in "Inspector Jussi Laakso of the National
// Bureau of Investigation" to the organisation the cue comes after.
func (q *doc) personOf(sp speaker, lo int) speaker {
	if sp.entity < 0 || q.person(sp.entity) {
		return sp
	}
	first := q.tokenAt(sp.surface.Start)
	for first > lo && npWords[q.word(first-1)] && q.word(first-1) != "of" {
		first--
	}
	if j := q.personBeforePrep(first, lo); j >= 0 {
		return q.speakerAt(j, lo)
	}
	return sp
}

// ledBody returns the body that person sp leads, named before "of" and
// the person's title, or none: "the Government of National Unity (GNU)
// of Prime Minister Abdul Hamid Dbeibah rejected" is the government's act.
func (q *doc) ledBody(sp speaker, lo int) speaker {
	if sp.entity < 0 || !q.person(sp.entity) {
		return none
	}
	k := q.tokenAt(sp.surface.Start) - 1
	for n := 0; k > lo && n < 4 && q.d.Tokens[k].Cap && q.owner[k] < 0; n++ {
		k-- // "Prime Minister"
	}
	if k-1 <= lo || q.word(k) != "of" || q.owner[k] >= 0 {
		return none // not "Superintendent of Police Anil Kujur"
	}
	if q.word(k-1) == ")" && q.bracketed(k-1, lo) {
		b, _ := q.bracketName(k-1, lo)
		return b
	}
	if o := q.owner[k-1]; o >= 0 && !q.person(o) && q.ents[o].Kind != report.KindCountry {
		return q.speakerAt(k-1, lo)
	}
	return none
}

// nounPhrase reads a subject noun phrase that ends at token k and names
// no one by itself: "two officials familiar with the investigation", "the
// EU mission", "the report". A source noun in it makes an anonymous
// source, a name in it the named speaker; a phrase that opens with a
// determiner is kept as a description.
func (q *doc) nounPhrase(k, lo int) speaker {
	if k > lo && k+1 < len(q.d.Tokens) && q.word(k+1) == ")" && q.word(k-1) == "(" {
		k++ // the acronym's brackets close the phrase
	}
	start := k
	// A name counts as one word, and an acronym in brackets is read
	// through: "an official at India's Ministry of External Affairs in
	// New Delhi", "an official of the Patriotic Union of Kurdistan (PUK)".
	for words := 0; start > lo && words < 12 && (q.d.Tokens[start-1].Kind != text.Punct || brackets[q.word(start-1)]) && !q.inMarks[start-1]; words++ {
		if q.cueAt[start-1] {
			break
		}
		start--
		if q.owner[start] >= 0 {
			start = max(lo, q.tokenAt(q.ownerAs[start].Start))
		}
	}
	for j := start; j <= k; j++ {
		if !q.roleNoun(j) || j < k && q.word(j) == "customs" && bodies[q.word(j+1)] {
			continue // "the customs committee" is a committee
		}
		for j < k && q.roleNoun(j+1) {
			j++ // the head of a compound: "government sources"
		}
		if j < k && q.isPerson(j+1) {
			// "Governor Col. Hamidou Sawadogo of the Sahel region said":
			// titles before the name of the one who speaks
			sp := q.speakerAt(j+1, start)
			sp.surface.Start = q.d.Tokens[start].Start
			return sp
		}
		sp := q.speakerAt(j, start)
		if j < k && lexicon.Spokesperson(q.word(j)) {
			if body, ok := q.spokesBody(j+1, k+1); ok {
				body.surface = text.Span{Start: q.d.Tokens[start].Start, End: q.d.Tokens[k].End}
				return body // "a spokesman for the ministry", named so in full
			}
		}
		if j < k && sp.ref == refRole {
			// "the governor of the Krasnodar region": the words after
			// the role say whose it is, not someone named before.
			sp.entity, sp.ref = -1, refNone
		}
		if sp.entity < 0 && sp.ref == refNone {
			sp.surface.End = q.d.Tokens[q.descriptionEnd(j, k)].End // keep "familiar with …"
			sp.name = q.d.Str(sp.surface)
		}
		return sp
	}
	for j := k; j >= start; j-- {
		if q.owner[j] >= 0 {
			if f := q.tokenAt(q.ownerAs[j].Start); f-2 >= start && (q.word(f-1) == "in" || q.word(f-1) == "to") && bodies[q.word(f-2)] && !q.d.Tokens[f-2].Cap {
				j = f // "the United Nations office in Nepal": the seat, not the body
				continue
			}
			sp := q.speakerAt(j, start)
			sp.surface = text.Span{Start: q.d.Tokens[start].Start, End: q.d.Tokens[k].End}
			if indefinites[q.word(start)] && j < k && q.grantsAnonymity(k+1) {
				sp.anonymous = true // "An African Union observer at the site, who asked not to be named": unnamed, for the body
			}
			if e := q.ents[q.owner[j]]; j < k && e.Kind == report.KindIGO && bodies[q.word(k)] {
				if m := q.memberBody(start, e.Code); m >= 0 {
					sp.entity = m // "the U.N. agency" is the World Food Programme named before
				}
			}
			return sp
		}
	}
	for j := start; j < k; j++ {
		if determiners[q.word(j)] {
			surface := q.d.SpanOf(j, k+1)
			if sp, ok := q.definite(j, k, surface); ok {
				return sp
			}
			sp := speaker{entity: -1, surface: surface, hasAs: true}
			sp.name = q.d.Str(sp.surface)
			return sp
		}
	}
	return none
}

// descriptionEnd returns the last token of a source's description from
// its head j to k, which stops before a relative clause: "a resident of
// the town", not "a resident of the town who asked not to be named".
func (q *doc) descriptionEnd(j, k int) int {
	for t := j + 1; t <= k; t++ {
		switch q.word(t) {
		case "who", "which", "that", "whose", "whom":
			return t - 1
		}
	}
	return k
}

// participles report after a comma for the subject of the sentence.
// gerundCues report words after a comma with the subject of the clause
// before it, whatever follows them: "…, telling Sitrep Wire that",
// "…, accusing the army of".
var gerundCues = map[string]bool{"telling": true, "urging": true, "accusing": true, "blaming": true,
	"demanding": true, "denying": true, "promising": true, "calling": true, "describing": true, "branding": true,
	"labelling": true}

var participles = map[string]bool{"saying": true, "adding": true, "warning": true, "insisting": true,
	"noting": true, "arguing": true, "claiming": true, "stressing": true}

// appositionStart returns the comma that opens the apposition or relative
// clause closed by the comma at k, or -1: one that starts with a word such
// as "who" or "a", or that follows a name ("Lin Wei-ting, deputy director
// of the administration, told").
func (q *doc) appositionStart(k, lo int) int {
	for j := k - 1; j >= lo && j > k-32; j-- {
		if q.d.Word(j) != "," || q.listComma(j) {
			continue // "where the borders of Thailand, Laos and Myanmar meet": a list, no apposition
		}
		if k-j >= 20 {
			// Only a relative clause runs so long: "Washington, which
			// keeps troops at … and at … in the UAE, said".
			if relativePronouns[q.word(j+1)] && j > lo && q.owner[j-1] >= 0 {
				return j
			}
			return -1
		}
		if q.namesKind(j+1, k, report.KindCountry) {
			k = j // "which works from San Jose, Costa Rica,": the country completes a place
			continue
		}
		if j > lo && q.d.Tokens[j-1].Cap && q.placeApposition(j+1, k) {
			// "chairman of the chiefs in Ogoloma, a fishing settlement
			// near Okrika,": the place's own apposition, inside the
			// speaker's if one opens before it
			if inner := q.appositionStart(j, lo); inner >= 0 {
				return inner
			}
			return j
		}
		if j+1 < k && adverbialOpeners[q.word(j+1)] && j-lo > 6 {
			// "The ministry, in a statement, said" skips where it was
			// said; "Jets struck posts near the temple, in the hills
			// between the provinces, said X" has a clause, no speaker,
			// before it.
			return -1
		}
		if j+1 < k && appositionOpeners[q.word(j+1)] {
			return j
		}
		if q.namesBody(j+1, k) && j > lo && !q.isPerson(j-1) && !q.namesBody(j-1, j) {
			// "The U.N. mission in Western Sahara, MINURSO, said": the
			// apposition names the speaker; "The National Forestry
			// Corporation, CONAF," names it twice.
			return -1
		}
		if j > lo && (q.owner[j-1] >= 0 || q.nounBefore(j, lo) || q.word(j-1) == ")" && q.bracketed(j-1, lo)) {
			return j // "Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al Qaeda's Sahel affiliate, said"
		}
		return -1
	}
	return -1
}

// placeApposition reports whether tokens [i, k) describe a place: an
// indefinite article and, within a few words, a noun of settlements ("a
// fishing settlement near Okrika", "a city in the north").
func (q *doc) placeApposition(i, k int) bool {
	if i >= k || !indefinites[q.word(i)] {
		return false
	}
	for j := i + 1; j < k && j <= i+4; j++ {
		if settlements[q.word(j)] {
			return true
		}
	}
	return false
}

var settlements = text.SetOf("town", "village", "city", "settlement", "suburb", "district", "port", "region",
	"province", "county", "island", "neighbourhood", "neighborhood", "hamlet", "municipality")

// listComma reports whether the comma at j separates two names of a list
// that ends after the second with "and" or "or": "Thailand, Laos and
// Myanmar", not "The U.N. refugee agency, UNHCR, said".
func (q *doc) listComma(j int) bool {
	if j < 1 || j+1 >= len(q.d.Tokens) || q.owner[j-1] < 0 || q.owner[j+1] < 0 {
		return false
	}
	e := q.ownerEnd(j + 1)
	return e < len(q.d.Tokens) && (q.word(e) == "and" || q.word(e) == "or")
}

// namesBody reports whether tokens [i, j) are the name of one body.
func (q *doc) namesBody(i, j int) bool {
	return q.namesKind(i, j, report.KindOrganization, report.KindIGO, report.KindArmedGroup)
}

// namesKind reports whether tokens [i, j) are the name of one entity of
// one of the kinds.
func (q *doc) namesKind(i, j int, kinds ...string) bool {
	if i >= j || q.owner[i] < 0 {
		return false
	}
	for k := i; k < j; k++ {
		if q.owner[k] != q.owner[i] {
			return false
		}
	}
	return slices.Contains(kinds, q.ents[q.owner[i]].Kind)
}

// adverbialOpeners open a phrase that says where or when.
var adverbialOpeners = map[string]bool{"in": true, "on": true, "at": true, "near": true, "between": true,
	"from": true, "during": true, "after": true, "before": true, "across": true, "along": true, "around": true,
	"inside": true, "outside": true, "under": true, "over": true, "into": true, "through": true, "since": true}

// describedBefore returns the last token of a person named before an
// apposition that closes with the comma at k and opens with an article
// ("Mustafa Gibril, an adviser to commander X,"), or -1.
func (q *doc) describedBefore(k, lo int) int {
	for j := k - 1; j > lo && j > k-20; j-- {
		if q.d.Word(j) != "," {
			continue
		}
		if w := q.word(j + 1); (w == "a" || w == "an" || w == "the") && q.isPerson(j-1) {
			return j - 1
		}
		return -1
	}
	return -1
}

// nounBefore reports whether the few words before the comma at j hold a
// role or source noun: "Two residents of the town, reached by phone,".
func (q *doc) nounBefore(j, lo int) bool {
	for b := j - 1; b >= lo && b >= j-4 && q.d.Tokens[b].Kind != text.Punct; b-- {
		if q.roleNoun(b) {
			return true
		}
	}
	return false
}

// subject returns the speaker that opens the sentence before token k:
// the subject of its first cue ("A WHO official …, who …, confirmed …
// but said"), else the first name or role noun after its dateline.
func (q *doc) subject(first, k int) speaker {
	first = q.afterFronted(q.afterDateline(first, k), k) // "At the Foreign Ministry, the deputy minister …"
	for c := first + 1; c < k; c++ {
		if !q.cueAt[c] || q.inMarks[c] || q.freeRelative(c) {
			continue
		}
		if sp := q.speakerBefore(c, first); sp.found() {
			return sp
		}
		break
	}
	for j := first; j < k && j < first+6; j++ {
		if q.inMarks[j] {
			continue
		}
		sp := q.speakerAt(j, first)
		if !sp.found() || sp.entity < 0 && q.titleOf(j, k) || q.personAfter(j, k) {
			// "Interior Minister Olivier Ferrand went further, saying": the
			// minister's name speaks; "A senior army officer …, put … and
			// said": the officer, not the army
			continue
		}
		// "Sri Lanka's Finance Ministry …, saying": the head of the
		// possessive phrase speaks.
		end := j + 1
		for end < k && q.owner[end] == q.owner[j] && q.owner[j] >= 0 {
			end++
		}
		if end < k && q.word(end) == "'s" {
			head := -1
			for h := end + 1; h < k && h < end+5; h++ {
				if _, ok := q.x.lex.Agent(q.word(h)); ok {
					head = h // the last role noun: "Finance Ministry"
				} else if head >= 0 {
					break
				}
			}
			if head >= 0 {
				return q.appositiveName(q.speakerAt(head, j), k)
			}
		}
		return q.appositiveName(sp, k)
	}
	return none
}

// appositiveName returns the person whom the apposition right after
// speaker sp names, before token k, else sp: "Arauca's governor, Hernando
// Quintero, ordered schools closed and asked" is the governor by name.
func (q *doc) appositiveName(sp speaker, k int) speaker {
	c := q.tokenFrom(sp.surface.End)
	if c+1 >= k || q.word(c) != "," || !q.isPerson(c+1) {
		return sp
	}
	e := c + 1
	for e < k && q.owner[e] == q.owner[c+1] {
		e++
	}
	if e < k && q.word(e) == "," {
		return q.speakerAt(e-1, c+1)
	}
	return sp
}

// personAfter reports whether a role noun for people follows token j
// before k: "army" in "a senior army officer".
func (q *doc) personAfter(j, k int) bool {
	if j+1 >= k || determiners[q.word(j)] || indefinites[q.word(j)] {
		return false // "The Ombudsman's Office" names the office
	}
	a, ok := q.x.lex.Agent(q.word(j + 1))
	return ok && a.Person
}

// titleOf reports whether the role noun at j is the title of the person
// named right after it, before token k.
func (q *doc) titleOf(j, k int) bool {
	for n := j + 1; n < k && n <= j+3; n++ {
		if ei := q.owner[n]; ei >= 0 && q.ents[ei].Kind == report.KindPerson {
			return true // "Deputy Foreign Minister Nadezhda Koleva"
		}
		if !q.d.Tokens[n].Cap {
			return false
		}
	}
	return false
}

// afterDateline returns where the sentence that starts at first begins
// after a dateline ("COLOMBO, Sept 17 - "), or first.
func (q *doc) afterDateline(first, k int) int {
	w := q.d.Word(first)
	if len(w) < 2 || strings.ToUpper(w) != w || strings.ToLower(w) == w {
		return first
	}
	for j := first + 1; j < k && j < first+20; j++ { // "JALALABAD, Afghanistan, Sept 3 (Agency) -"
		switch q.d.Word(j) {
		case "-", "—", "–":
			return j + 1
		}
	}
	return first
}

// channelBefore returns the participle of a channel phrase between a
// document and the cue at c ("a statement read on CRTV said", "a letter
// published by the daily"), or -1: the channel only carries the words.
func (q *doc) channelBefore(c, lo int) int {
	for k := c - 1; k > lo && k >= c-8; k-- {
		if q.inMarks[k] || q.d.Tokens[k].Kind == text.Punct {
			return -1
		}
		if carriers[q.word(k)] && documents[q.word(k-1)] {
			return k
		}
	}
	return -1
}

// carriers are the participles that say how a document reached the public.
var carriers = text.SetOf("read", "published", "broadcast", "aired", "carried", "posted", "televised")

// partitive reports whether token j closes "one of them" or "three of
// those", after token lo.
func (q *doc) partitive(j, lo int) bool {
	w := q.word(j)
	return (w == "them" || w == "those") && j-2 >= lo && q.word(j-1) == "of"
}

// speakerAt makes a speaker of token k: an entity, a pronoun, "one of
// them", or the noun phrase of a role noun.
func (q *doc) speakerAt(k, lo int) speaker {
	w := q.word(k)
	switch {
	case pronouns[w]:
		return speaker{entity: -1, surface: q.d.SpanOf(k, k+1), hasAs: true, ref: refPronoun, head: k}
	case q.partitive(k, lo) && q.word(k-2) == "one":
		surface := q.d.SpanOf(k-2, q.memberApposition(k))
		return speaker{entity: -1, surface: surface, hasAs: true, anonymous: true, ref: refMember, head: k,
			name: q.d.Str(surface)}
	case q.partitive(k, lo) && (text.NumberWord(q.word(k-2)) || groupWords[q.word(k-2)]):
		// "three of them said", "some of them said": several of those who
		// spoke before
		surface := q.d.SpanOf(k-2, k+1)
		return speaker{entity: -1, surface: surface, hasAs: true, anonymous: true, plural: true, ref: refMember, head: k,
			name: q.d.Str(surface)}
	case w == "one" && q.sentenceFirst(k) == k && k+1 < len(q.d.Tokens) && q.cueAt[k+1]:
		// "One said he counted 20 shelters burned": one of those who spoke before
		return speaker{entity: -1, surface: q.d.SpanOf(k, k+1), hasAs: true, anonymous: true, ref: refMember, head: k,
			name: q.d.Word(k)}
	case groupWords[w] && q.sentenceFirst(k) == k && k+1 < len(q.d.Tokens) && q.cueAt[k+1]:
		// "Several said their sons had been detained": some of the people
		// the story met
		return speaker{entity: -1, surface: q.d.SpanOf(k, k+1), hasAs: true, anonymous: true, plural: true,
			name: q.d.Word(k)}
	case k-3 >= lo && q.word(k-1) == "the" && q.word(k-2) == "of" && q.word(k-3) == "one" && q.people(k) && strings.HasSuffix(w, "s"):
		// "one of the sources said": one of the sources who spoke before
		return speaker{entity: -1, surface: q.d.SpanOf(k-3, k+1), hasAs: true, anonymous: true, ref: refMember, head: k,
			name: q.d.Str(q.d.SpanOf(k-3, k+1))}
	}
	if leaders[w] && k > lo && q.owner[k-1] >= 0 && !q.oneOf(k-1, lo) {
		return q.speakerAt(k-1, lo) // "ECOWAS leaders said": the body speaks through them
	}
	if k > lo && q.word(k-1) == "the" && lexicon.Rank(w) && q.owner[k] < 0 {
		// "the colonel told reporters": the officer of that rank named before
		surface := q.d.SpanOf(k-1, k+1)
		return speaker{entity: -1, surface: surface, hasAs: true, name: q.d.Str(surface), ref: refRole, head: k}
	}
	if a, ok := q.agentAt(k, lo); ok || q.people(k) {
		return q.roleSpeaker(k, lo, a, ok && !a.Person && !q.people(k))
	}
	if ei := q.owner[k]; ei >= 0 {
		if q.ents[ei].Kind == report.KindOrganization && q.oneOf(k, lo) && q.anonymityEnd(k+1) > 0 {
			// "a Greek border guard who spoke on condition of
			// anonymity": one of the body's people, unnamed.
			surface := text.Span{Start: q.d.Tokens[q.tokenAt(q.ownerAs[k].Start)-1].Start, End: q.ownerAs[k].End}
			return speaker{entity: -1, surface: surface, hasAs: true, anonymous: true, country: q.ents[ei].Country,
				name: q.d.Str(surface)}
		}
		return speaker{entity: ei, surface: q.ownerAs[k], hasAs: true}
	}
	return none
}

// oneOf reports whether an indefinite article opens the name that owns
// token k: "a Bani Lam elder" is one of its people, unnamed, not the
// tribe.
func (q *doc) oneOf(k, lo int) bool {
	first := q.tokenAt(q.ownerAs[k].Start)
	return first-1 >= lo && indefinites[q.word(first-1)]
}

// groupWords stand for some of a group the story met: "Several said".
var groupWords = text.SetOf("several", "some", "many", "most", "others", "few", "both", "all")

// whoSays returns the person or body a relative clause around the cue at
// c describes: "Cossa, who says his party won, rejected", "Yorbelis
// Carrasco, 31, who said she had walked from Arica", "the Togolese Red
// Cross, which said it was short of tents".
func (q *doc) whoSays(c, lo int) (speaker, bool) {
	k := c - 1
	if k-2 >= lo && (q.word(k) == "that" || q.word(k) == "who" || q.word(k) == "which") {
		if a := q.describedName(k, lo); a >= 0 {
			return q.speakerAt(a, lo), true // "Jaish al-Adl, a militant group that says it fights for …, claimed"
		}
	}
	if k-2 < lo || q.word(k) != "who" && q.word(k) != "which" || q.d.Word(k-1) != "," {
		return none, false
	}
	k -= 2
	if q.d.Word(k) == ")" {
		if sp, ok := q.bracketName(k, lo); ok {
			return sp, true // "the Coalition of Patriots for Change (CPC), which says it is fighting"
		}
	}
	if q.d.Tokens[k].Kind == text.Number && k-2 >= lo && q.d.Word(k-1) == "," {
		k -= 2 // ", 31,": an age
	}
	if q.owner[k] < 0 || q.ents[q.owner[k]].Kind == report.KindCountry {
		return none, false // "the province, which says": a place or a country in a sentence of its own
	}
	return q.speakerAt(k, lo), true
}

// relativeStart returns the comma that opens a body's relative clause
// closed by the comma at k ("…, which says …,"), or -1; a person's ("…,
// who gave his name as X,") may end in the speaker's own name, but not in
// a name a preposition of place governs ("…, who heads a cooperative in
// General Farfan,": a town named for a general).
func (q *doc) relativeStart(k, lo int) int {
	j := q.appositionStart(k, lo)
	if j < 0 {
		return -1
	}
	if w := q.word(j + 1); w == "which" || w == "who" && k > 0 && q.owner[k-1] >= 0 && q.placeGoverned(k-1) {
		return j
	}
	return -1
}

// placeGoverned reports whether the mention that covers token t, and the
// capitalised words of a title before it, follow a preposition of place.
func (q *doc) placeGoverned(t int) bool {
	b := q.tokenAt(q.ownerAs[t].Start) - 1
	for n := 0; n < 3 && b > 0 && q.d.Tokens[b].Cap; n++ {
		b-- // "in General Farfan"
	}
	return b >= 0 && placePreps[q.word(b)]
}

var placePreps = text.SetOf("in", "at", "near", "from", "outside")

// describedName returns the last token of the name that an indefinite
// apposition describes, when the relative pronoun at k closes that
// apposition ("Jaish al-Adl, a militant group that says …"), or -1. A
// name a preposition governs ends a phrase, no apposition's head ("In a
// message shared on WhatsApp, a spokesman who called himself …").
func (q *doc) describedName(k, lo int) int {
	for j := k - 1; j > lo && j >= k-8; j-- {
		if q.d.Tokens[j].Kind != text.Word || q.inMarks[j] {
			if q.d.Word(j) != "," || !indefinites[q.word(j+1)] || q.owner[j-1] < 0 {
				return -1
			}
			first := j - 1
			for first > lo && q.owner[first-1] == q.owner[j-1] {
				first--
			}
			if first > lo && q.word(first-1) == "the" {
				first--
			}
			if first > lo && governing[q.word(first-1)] {
				return -1
			}
			return j - 1
		}
	}
	return -1
}

// timePhrase returns the preposition that opens a phrase of time ending
// at token k ("in the past", "over recent weeks"), or -1.
func (q *doc) timePhrase(k, lo int) int {
	for b := k - 1; b >= lo && b >= k-3; b-- {
		switch w := q.word(b); {
		case timePreps[w]:
			return b
		case !determiners[w] && !timeModifiers[w]:
			return -1
		}
	}
	return -1
}

var (
	timeNouns     = text.SetOf("past", "meantime", "weekend", "days", "weeks", "months", "years", "hours")
	timePreps     = text.SetOf("in", "over", "during", "within", "at", "for")
	timeModifiers = text.SetOf("recent", "past", "last", "few", "several", "coming", "previous")
)

// ownerEnd returns the end of the name that holds token j, or j where no
// name holds it.
func (q *doc) ownerEnd(j int) int {
	e := j
	for q.owner[j] >= 0 && e < len(q.d.Tokens) && q.owner[e] == q.owner[j] {
		e++
	}
	return e
}

// memberApposition returns the end of "one of them" at token k with the
// apposition that says who the one is: "one of them, a retired
// dockworker, said".
func (q *doc) memberApposition(k int) int {
	n := len(q.d.Tokens)
	if k+3 >= n || q.word(k+1) != "," || q.word(k+2) != "a" && q.word(k+2) != "an" {
		return k + 1
	}
	for j := k + 3; j < n && j < k+10; j++ {
		if q.d.Tokens[j].Kind == text.Punct {
			if q.word(j) == "," && j+1 < n && q.cueAt[j+1] {
				return j
			}
			break
		}
	}
	return k + 1
}

// speakerAfter finds an inverted speaker right after a cue: "said Col.
// Omar Haidari", "said the ministry", "said a senior official". A name in
// the phrase wins over the title or role noun before it.
func (q *doc) speakerAfter(k, end int) speaker {
	last := k
	for last < end && last < k+7 && (q.d.Tokens[last].Kind != text.Punct || possessiveMark(q.word(last))) && q.word(last) != "who" {
		last++
	}
	if sp := q.selfNamed(last, end); sp.entity >= 0 {
		// "said a Syrian tailor who gave his name only as Abu Khaled": the
		// name, not the nationality before the role.
		for j := last - 1; j >= k; j-- {
			if _, ok := q.agentAt(j, k); ok || q.people(j) {
				sp.alias = q.word(j)
				break
			}
		}
		return sp
	}
	if p := q.rankedName(last+1, end); last < end && q.d.Word(last) == "," && p >= 0 && last > k {
		// "said Pogled's editor-in-chief, Damir Tomasic", "said the
		// spokesman, Lt. Col. Anirban Saikia": the name in apposition is
		// the speaker, not the outlet or the role before it.
		return q.speakerAt(p, p)
	}
	for j := k; j < last; j++ {
		if e := q.ownerEnd(j); e > j && e < last && q.roleNoun(e) {
			// "according to a police official", "said Copperbelt
			// Province Police Commissioner Mary Mwale": the body
			// qualifies the role, whose holder speaks.
			j = e - 1
			continue
		}
		if q.owner[j] >= 0 || pronouns[q.word(j)] || q.partitive(j, k) {
			return q.speakerAt(j, k) // "said one of them, a rice farmer"
		}
	}
	for j := last - 1; j >= k; j-- {
		if _, ok := q.agentAt(j, k); ok || q.people(j) {
			return q.speakerAt(j, k)
		}
	}
	return none
}

// rankedName returns the token at k, or after the capitalised rank words
// no entity owns that open at k ("Lt. Col."), where a person's name
// starts; or -1.
func (q *doc) rankedName(k, end int) int {
	for p := k; p < end && p < k+4; p++ {
		switch {
		case q.isPerson(p):
			return p
		case !q.d.Tokens[p].Cap || q.owner[p] >= 0:
			return -1
		}
	}
	return -1
}

// namedLater returns the person an unnamed speaker names himself as in
// the words after the cue, before token end: "…, asking to be identified
// only by his first name, Ayoub".
func (q *doc) namedLater(k, end int) speaker {
	for p := k; p < end; p++ {
		if ner.SelfNamed(q.d, p) && q.isPerson(p) {
			return q.speakerAt(p, p)
		}
	}
	return none
}

// selfNamed returns the person a role speaker names himself as in the
// relative clause that opens at token k, with or without a comma, before
// or after the cue: "said the spokesman, who gave his name as Abdelkarim
// Moussa", "who identified herself only as Amina", "a man who identified
// himself as the bandit leader X denied".
func (q *doc) selfNamed(k, end int) speaker {
	if k < end && q.word(k) == "," {
		k++ // "said the spokesman, who gave his name as …"
	}
	if k+3 >= end || q.word(k) != "who" {
		return none
	}
	// "a woman who was inside the church when the attack began and who
	// gave her name only as Nadege": the naming may close a longer clause.
	for j := k + 2; j+1 < end && j < k+24; j++ {
		if !ner.SelfNamed(q.d, j+1) {
			continue
		}
		for p := j + 1; p < end && p < j+6; p++ {
			if q.isPerson(p) {
				return q.speakerAt(p, p) // "as Abdelkarim Moussa", "as the bandit leader X"
			}
		}
	}
	return none
}

// selfDescribed returns the body an unnamed source speaks for when the
// relative clause from token k to the cue at c gives his role in it
// rather than his name: "a man who identified himself as a commander of
// the X Front", "… as the group's spokesman". He stays anonymous, and
// the words that name him run from his noun to the first cue.
func (q *doc) selfDescribed(k, c, lo int) speaker {
	if k+3 >= c || q.word(k) != "who" {
		return none
	}
	for j := k + 2; j+1 < c && j < k+6; j++ {
		if !ner.SelfNamed(q.d, j+1) {
			continue
		}
		role := false
		for p := j + 1; p < c; p++ {
			if q.cueAt[p] {
				c = p // "… denied that … and accused": the role ends at the first cue
				break
			}
			role = role || q.owner[p] < 0 && q.roleNoun(p)
		}
		body, ok := q.spokesBody(j+1, c)
		if !role || !ok || body.entity < 0 {
			return none
		}
		first := k - 1
		for first > lo && first > k-4 && q.d.Tokens[first-1].Kind == text.Word && !determiners[q.word(first)] {
			first-- // back to "a" of "a man"
		}
		body.surface = q.d.SpanOf(first, c)
		body.anonymous = true
		return body
	}
	return none
}

// agentAt returns the role noun that ends at token k: the word alone, or
// a title with the word before it ("the police chief" is a person, not
// the police).
func (q *doc) agentAt(k, lo int) (lexicon.Agent, bool) {
	if a, ok := q.x.lex.Agent(q.word(k)); ok || k-1 < lo {
		return a, ok
	}
	if a, ok := q.x.lex.Agent(q.word(k-1) + " " + q.word(k)); ok && a.Title {
		return a, true
	}
	return lexicon.Agent{}, false
}

var pronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true}

// sourceNouns describe people who speak without a name; the agent lexicon
// covers officials and diplomats, these are the rest.
var sourceNouns = map[string]bool{"source": true, "sources": true, "resident": true, "residents": true,
	"witness": true, "witnesses": true, "official": true, "officials": true, "analyst": true,
	"analysts": true, "expert": true, "experts": true, "person": true, "people": true, "aide": true,
	"aides": true, "insider": true, "insiders": true, "observers": true, "activists": true, "activist": true,
	"partners": true, "allies": true, "members": true, "lawmakers": true, "organisers": true, "organizers": true,
	"groups": true, "critics": true, "opponents": true, "supporters": true, "campaigners": true, "agencies": true,
	"parties": true, "monitors": true,
	// people a reporter meets: "said a motorcycle taxi driver"; not "father",
	// "sister", which are also titles of clergy
	"driver": true, "drivers": true, "shopkeeper": true, "shopkeepers": true, "trader": true, "traders": true,
	"vendor": true, "vendors": true, "farmer": true, "farmers": true, "fisherman": true, "fishermen": true,
	"survivor": true, "survivors": true, "villager": true, "villagers": true, "relative": true, "relatives": true,
	"neighbour": true, "neighbours": true, "neighbor": true, "neighbors": true, "widow": true,
	"passenger": true, "passengers": true, "man": true,
	"woman": true, "men": true, "women": true, "teacher": true, "nurse": true, "engineer": true,
	"teenager": true, "teenagers": true, "miner": true, "miners": true, "parent": true, "parents": true,
	"patient": true, "patients": true, "unions": true, "uncle": true, "aunt": true, "cousin": true, "nephew": true,
	"niece": true, "son": true, "daughter": true, "wife": true, "husband": true, "family": true, "families": true,
	// people who work a case: "a senior police investigator"
	"investigator": true, "investigators": true, "officer": true, "officers": true,
	// people who work a place: "staff at its main hospital said" (see
	// doc.people)
	"staff": true, "medics": true, "nurses": true, "workers": true, "employees": true, "volunteers": true,
	// people who speak for a place or a community: "said a tribal leader"
	"leader": true, "leaders": true, "elder": true, "elders": true}

// leaders speak for the body named right before them, when there is one.
var leaders = map[string]bool{"leader": true, "leaders": true, "elder": true, "elders": true}

var npWords = map[string]bool{"the": true, "a": true, "an": true, "one": true, "of": true, "two": true,
	"three": true, "several": true, "some": true, "other": true, "another": true, "its": true, "their": true,
	"his": true, "her": true, "this": true, "that": true, "these": true, "those": true, "'s": true,
	"many": true, "few": true}

// modifiers qualify role nouns in speaker phrases.
var modifiers = map[string]bool{"senior": true, "top": true, "local": true, "western": true, "european": true,
	"military": true, "security": true, "intelligence": true, "government": true, "foreign": true,
	"defence": true, "defense": true, "interior": true, "health": true, "state": true, "federal": true,
	"regional": true, "provincial": true, "former": true, "current": true, "unnamed": true, "anonymous": true,
	"informed": true, "familiar": true, "diplomatic": true, "police": true, "army": true, "navy": true,
	"opposition": true, "rebel": true, "industry": true, "humanitarian": true, "aid": true, "un": true,
	"u.n.": true, "official": true, "press": true, "news": true, "information": true, "finance": true,
	"economy": true, "economic": true, "trade": true, "justice": true, "education": true, "energy": true,
	"agriculture": true, "communications": true, "communication": true, "culture": true, "transport": true,
	"labour": true, "labor": true, "environment": true, "home": true, "emergency": true, "emergencies": true,
	"presidential": true, "media": true, "public": true, "national": true, "central": true, "tourism": true,
	"water": true, "housing": true, "planning": true, "commerce": true, "mining": true, "oil": true,
	"petroleum": true, "fisheries": true, "youth": true, "social": true, "welfare": true,
	"immigration": true, "border": true, "customs": true, "tax": true, "veterans": true, "civil": true,
	"aviation": true, "maritime": true, "coast": true, "port": true, "nuclear": true, "electoral": true,
	"interim": true, "transitional": true, "caretaker": true, "provisional": true}

// skipBeforeCue are words between a speaker and its verb: auxiliaries,
// adverbs and time words ("The Pentagon has repeatedly said on Monday").
var skipBeforeCue = map[string]bool{"has": true, "have": true, "had": true, "also": true, "repeatedly": true,
	"later": true, "earlier": true, "first": true, "originally": true, "previously": true, "separately": true, "again": true, "then": true,
	"further": true, "last": true, "this": true, "next": true, "on": true, "yesterday": true, "today": true,
	"tonight": true, "publicly": true, "privately": true, "reportedly": true, "once": true, "would": true,
	"will": true, "did": true, "does": true, "do": true, "also,": true, "however": true, "recently": true,
	"quickly": true, "flatly": true, "firmly": true, "angrily": true, "strongly": true, "openly": true,
	"week": true, "month": true, "year": true, "morning": true, "evening": true, "night": true,
	"afternoon": true, "late": true, "independently": true, "not": true, "could": true, "immediately": true, "n't": true, "cannot": true, "early": true, "swiftly": true,
	"always": true, "long": true, "consistently": true, "vehemently": true, "categorically": true,
	"officially": true, "formally": true, "initially": true, "now": true, "still": true, "already": true,
	"explicitly": true, "subsequently": true,
	// verbs of beginning or going on before a gerund: "began saying"
	"began": true, "begun": true, "started": true, "kept": true, "continued": true}

// participial returns the comma that opens a participial phrase ending
// at the comma k ("…, chaired by Prime Minister X,"), or -1.
func (q *doc) participial(k, lo int) int {
	if j := q.appositionStart(k, lo); j >= 0 && participialOpeners[q.word(j+1)] {
		return j
	}
	return -1
}

var participialOpeners = text.SetOf("chaired", "led", "headed", "backed", "founded", "commanded", "run",
	"supported", "formed", "created")

// appositionOpeners start a phrase set off by commas between a speaker and
// the verb.
var appositionOpeners = map[string]bool{"who": true, "which": true, "a": true, "an": true, "the": true,
	"whose": true, "speaking": true, "citing": true, "himself": true, "herself": true, "its": true,
	"his": true, "her": true, "according": true, "in": true, "on": true, "at": true, "after": true,
	"while": true, "when": true, "where": true, "from": true}
