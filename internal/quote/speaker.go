package quote

import (
	"strings"

	"sitrep/internal/report"
	"sitrep/internal/text"
)

var none = speaker{entity: -1}

// speakerBefore finds the speaker of the cue at token c among the tokens
// [lo, c) before it: the nearest name, pronoun or role noun, skipping
// adverbs, times and a comma-bracketed apposition or relative clause
// ("One of the US officials, who spoke …, said"). A conjunction before the
// cue ("…, but said") makes the subject of the sentence the speaker.
func (q *doc) speakerBefore(c, lo int) speaker {
	if participles[q.word(c)] && c > lo && q.d.Word(c-1) == "," {
		return q.subject(q.sentenceFirst(c), c) // "…, saying …"
	}
	for k := c - 1; k >= lo; k-- {
		w := q.word(k)
		switch {
		case q.inMarks[k]:
			return none
		case skipBeforeCue[w] || q.d.Tokens[k].Kind == text.Number || calendarWords[w] || w == ")":
			continue // "the Joint Chiefs of Staff (JCS) said"
		case w == "," && k > lo && q.isPerson(k-1):
			// "The IMF's mission chief, Elena Marquez, told": the
			// apposition names the speaker.
			return q.speakerAt(k-1, lo)
		case w == ",":
			if k2 := q.appositionStart(k, lo); k2 >= 0 {
				k = k2
				continue
			}
			if k > lo && q.owner[k-1] >= 0 {
				// "The ship's operator, Sunrise Shipping, said": the
				// apposition names the speaker.
				return q.speakerAt(k-1, lo)
			}
			return none
		case w == "and" || w == "but":
			return q.subject(q.sentenceFirst(k), k)
		}
		if sp := q.speakerAt(k, lo); sp.entity >= 0 || sp.name != "" {
			return q.personOf(sp, lo)
		}
		return q.nounPhrase(k, lo)
	}
	return none
}

// isPerson reports whether token k names a person.
func (q *doc) isPerson(k int) bool {
	return q.owner[k] >= 0 && q.ents[q.owner[k]].Kind == report.KindPerson
}

// personOf prefers the person in "Inspector Jussi Laakso of the National
// Bureau of Investigation" to the organisation the cue comes after.
func (q *doc) personOf(sp speaker, lo int) speaker {
	if sp.entity < 0 || q.ents[sp.entity].Kind == report.KindPerson {
		return sp
	}
	first := q.tokenAt(sp.surface.Start)
	for first > lo && npWords[q.word(first-1)] && q.word(first-1) != "of" {
		first--
	}
	if first-2 >= lo && (q.word(first-1) == "of" || q.word(first-1) == "at" || q.word(first-1) == "for") && q.isPerson(first-2) {
		return q.speakerAt(first-2, lo)
	}
	return sp
}

// nounPhrase reads a subject noun phrase that ends at token k and names
// no one by itself: "two officials familiar with the investigation", "the
// EU mission", "the report". A source noun in it makes an anonymous
// source, a name in it the named speaker; a phrase that opens with a
// determiner is kept as a description.
func (q *doc) nounPhrase(k, lo int) speaker {
	start := k
	for start > lo && start > k-8 && q.d.Tokens[start-1].Kind != text.Punct && !q.inMarks[start-1] {
		if _, cue := q.x.cues[q.word(start-1)]; cue {
			break
		}
		start--
	}
	for j := start; j <= k; j++ {
		w := q.word(j)
		if _, ok := q.x.lex.Agent(w); ok || sourceNouns[w] {
			sp := q.speakerAt(j, start)
			if sp.anonymous {
				sp.surface.End = q.d.Tokens[k].End // keep "familiar with …"
				sp.name = q.d.Str(sp.surface)
			}
			return sp
		}
	}
	for j := k; j >= start; j-- {
		if q.owner[j] >= 0 {
			sp := q.speakerAt(j, start)
			sp.surface = text.Span{Start: q.d.Tokens[start].Start, End: q.d.Tokens[k].End}
			return sp
		}
	}
	for j := start; j < k; j++ {
		if determiners[q.word(j)] {
			surface := q.d.SpanOf(j, k+1)
			if sp, ok := q.definite(k, surface); ok {
				return sp
			}
			sp := speaker{entity: -1, surface: surface, hasAs: true}
			sp.name = q.d.Str(sp.surface)
			return sp
		}
	}
	return none
}

// definite resolves a definite description with head k: "the report" and
// "the statement" are the latest speaker's, "the agency" or "the mission"
// the latest organisation named before whose name has the word, or else
// the latest organisation named in the three sentences before.
func (q *doc) definite(k int, surface text.Span) (speaker, bool) {
	head := q.word(k)
	if documents[head] {
		best := -1
		for i, qt := range q.quotes {
			if q.speakers[i].entity >= 0 && qt.Text.Start < surface.Start && (best < 0 || qt.Text.Start > q.quotes[best].Text.Start) {
				best = i // the latest speaker before, in text order
			}
		}
		if best < 0 {
			return none, false
		}
		sp := q.speakers[best]
		sp.surface = surface
		return sp, true
	}
	if !bodies[head] {
		return none, false
	}
	s := q.d.SentenceOf(k)
	fallback := -1
	for j := k - 1; j >= 0 && q.d.SentenceOf(j) >= s-3; j-- {
		ei := q.owner[j]
		if ei < 0 || q.ents[ei].Kind == report.KindPerson || q.ents[ei].Kind == report.KindCountry {
			continue
		}
		if strings.Contains(text.Fold(q.ents[ei].Name), head) {
			return speaker{entity: ei, surface: surface, hasAs: true}, true
		}
		if fallback < 0 {
			fallback = ei
		}
	}
	if fallback >= 0 {
		return speaker{entity: fallback, surface: surface, hasAs: true}, true
	}
	return none, false
}

var documents = map[string]bool{"report": true, "statement": true, "document": true, "letter": true,
	"study": true, "communique": true, "assessment": true}

var bodies = map[string]bool{"agency": true, "mission": true, "group": true, "organisation": true,
	"organization": true, "company": true, "firm": true, "operator": true, "body": true, "watchdog": true,
	"council": true, "committee": true, "force": true, "coalition": true, "alliance": true, "bloc": true,
	"movement": true, "militia": true, "office": true, "court": true, "panel": true, "union": true}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true}

// participles report after a comma for the subject of the sentence.
var participles = map[string]bool{"saying": true, "adding": true, "warning": true, "insisting": true,
	"noting": true, "arguing": true, "claiming": true, "stressing": true}

// appositionStart returns the comma that opens the apposition or relative
// clause closed by the comma at k, or -1: one that starts with a word such
// as "who" or "a", or that follows a name ("Lin Wei-ting, deputy director
// of the administration, told").
func (q *doc) appositionStart(k, lo int) int {
	for j := k - 1; j >= lo && j > k-20; j-- {
		if q.d.Word(j) != "," {
			continue
		}
		if j+1 < k && appositionOpeners[q.word(j+1)] {
			return j
		}
		if j > lo && (q.owner[j-1] >= 0 || sourceNouns[q.word(j-1)]) {
			return j
		}
		return -1
	}
	return -1
}

// subject returns the speaker that opens the sentence before token k.
func (q *doc) subject(first, k int) speaker {
	for j := first; j < k && j < first+6; j++ {
		sp := q.speakerAt(j, first)
		if sp.entity < 0 && sp.name == "" {
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
				return q.speakerAt(head, j)
			}
		}
		return sp
	}
	return none
}

// speakerAt makes a speaker of token k: an entity, a pronoun, or the noun
// phrase of a role noun.
func (q *doc) speakerAt(k, lo int) speaker {
	w := q.word(k)
	if pronouns[w] {
		return q.pronoun(k)
	}
	if a, ok := q.x.lex.Agent(w); ok || sourceNouns[w] {
		return q.roleSpeaker(k, lo, ok && !a.Person && !sourceNouns[w])
	}
	if ei := q.owner[k]; ei >= 0 {
		return speaker{entity: ei, surface: q.ownerAs[k], hasAs: true}
	}
	return none
}

// roleSpeaker builds the speaker of a role noun phrase ending at token k:
// an institution ("the ministry", "the army") speaks for the country of its
// phrase or its context; people described only by role ("one of the US
// officials", "diplomats") are anonymous sources.
func (q *doc) roleSpeaker(k, lo int, institution bool) speaker {
	start := k
	for start > lo && npWord(q, start-1) {
		start--
	}
	sp := speaker{entity: -1, surface: q.d.SpanOf(start, k+1), hasAs: true}
	country := -1
	for t := start; t <= k; t++ {
		if ei := q.owner[t]; ei >= 0 && q.ents[ei].Country != "" {
			country = ei
		}
	}
	if institution {
		if country < 0 {
			country = q.contextCountry(k)
		}
		if country >= 0 {
			sp.entity = country
			return sp
		}
	}
	sp.anonymous = !institution
	sp.name = q.d.Str(sp.surface)
	if country >= 0 {
		sp.country = q.ents[country].Country
	}
	return sp
}

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

// contextCountry returns the country that an institution noun at token k
// most likely belongs to: the first country named in its sentence, else
// in its paragraph, else the document's most mentioned one.
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
			if m.Sentence == s {
				return ei
			}
			if inPara < 0 && q.d.Sentences[m.Sentence].Para == para {
				inPara = ei
			}
		}
		if len(e.Mentions) > bestN {
			best, bestN = ei, len(e.Mentions)
		}
	}
	if inPara >= 0 {
		return inPara
	}
	return best
}

// pronoun resolves a pronoun speaker to the speaker of the latest quote in
// the three sentences before, else to the latest person named before it.
func (q *doc) pronoun(k int) speaker {
	s := q.d.SentenceOf(k)
	surface := q.d.SpanOf(k, k+1)
	best := -1
	for i, qt := range q.quotes {
		named := q.speakers[i].entity >= 0 || q.speakers[i].name != ""
		if !named || qt.Sentence > s || qt.Sentence < s-3 || qt.Text.Start >= surface.Start {
			continue
		}
		if best < 0 || qt.Text.Start > q.quotes[best].Text.Start {
			best = i // the latest quote before the pronoun, in text order
		}
	}
	if best >= 0 {
		sp := q.speakers[best]
		sp.surface, sp.hasAs = surface, true
		return sp
	}
	w := q.word(k)
	if w != "he" && w != "she" {
		return none
	}
	for j := k - 1; j >= 0 && j >= k-200; j-- {
		if ei := q.owner[j]; ei >= 0 && q.ents[ei].Kind == report.KindPerson {
			return speaker{entity: ei, surface: surface, hasAs: true}
		}
	}
	return none
}

// speakerAfter finds an inverted speaker right after a cue: "said Col.
// Omar Haidari", "said the ministry", "said a senior official". A name in
// the phrase wins over the title or role noun before it.
func (q *doc) speakerAfter(k, end int) speaker {
	last := k
	for last < end && last < k+7 && q.d.Tokens[last].Kind != text.Punct {
		last++
	}
	for j := k; j < last; j++ {
		if q.owner[j] >= 0 || pronouns[q.word(j)] {
			return q.speakerAt(j, k)
		}
	}
	for j := last - 1; j >= k; j-- {
		if _, ok := q.x.lex.Agent(q.word(j)); ok || sourceNouns[q.word(j)] {
			return q.speakerAt(j, k)
		}
	}
	return none
}

var pronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true}

// sourceNouns describe people who speak without a name; the agent lexicon
// covers officials and diplomats, these are the rest.
var sourceNouns = map[string]bool{"source": true, "sources": true, "resident": true, "residents": true,
	"witness": true, "witnesses": true, "official": true, "officials": true, "analyst": true,
	"analysts": true, "expert": true, "experts": true, "person": true, "people": true, "aide": true,
	"aides": true, "insider": true, "insiders": true, "observers": true, "activists": true, "activist": true}

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
	"u.n.": true, "official": true, "press": true, "news": true}

// skipBeforeCue are words between a speaker and its verb: auxiliaries,
// adverbs and time words ("The Pentagon has repeatedly said on Monday").
var skipBeforeCue = map[string]bool{"has": true, "have": true, "had": true, "also": true, "repeatedly": true,
	"later": true, "earlier": true, "previously": true, "separately": true, "again": true, "then": true,
	"further": true, "last": true, "this": true, "next": true, "on": true, "yesterday": true, "today": true,
	"tonight": true, "publicly": true, "privately": true, "reportedly": true, "once": true, "would": true,
	"will": true, "did": true, "does": true, "do": true, "also,": true, "however": true, "recently": true,
	"quickly": true, "flatly": true, "firmly": true, "angrily": true, "strongly": true, "openly": true,
	"week": true, "month": true, "year": true, "morning": true, "evening": true, "night": true,
	"afternoon": true, "late": true, "independently": true, "not": true, "could": true, "immediately": true, "n't": true, "cannot": true, "early": true, "swiftly": true}

var calendarWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true}

// appositionOpeners start a phrase set off by commas between a speaker and
// the verb.
var appositionOpeners = map[string]bool{"who": true, "which": true, "a": true, "an": true, "the": true,
	"whose": true, "speaking": true, "citing": true, "himself": true, "herself": true, "its": true,
	"his": true, "her": true, "according": true, "in": true, "on": true, "at": true, "after": true,
	"while": true, "when": true}
