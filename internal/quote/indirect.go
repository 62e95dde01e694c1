package quote

import (
	"slices"
	"strings"

	"sitrep/internal/ner"
	"sitrep/internal/report"
	"sitrep/internal/text"
)

// indirect finds reported speech: "X said (that) …", "…, X said" and
// "according to X, …", for every cue that no direct quotation took.
func (q *doc) indirect() {
	for si, s := range q.d.Sentences {
		if q.d.HasTitle && s.Start < q.d.Title.End {
			continue // a headline's "X denies" reports no words
		}
		for c := s.First; c < s.End; c++ {
			if q.inMarks[c] || q.usedCue[c] {
				continue
			}
			if q.word(c) == "according" && c+1 < s.End && q.word(c+1) == "to" {
				q.accordingTo(c, s)
				continue
			}
			if !q.cueAt[c] || q.passive(c) || q.phrasal(c, s.End) {
				continue
			}
			q.reported(c, si, s)
		}
	}
}

// phrasal reports whether the cue at c is part of a phrasal verb that
// reports nothing: "called on", "called for", "asked for".
func (q *doc) phrasal(c, end int) bool {
	if c+1 >= end {
		return false
	}
	switch q.word(c + 1) {
	case "off", "up", "in", "out":
		return q.word(c) == "called" || q.word(c) == "calling" || q.word(c) == "asked"
	case "for":
		return q.word(c) == "asked"
	}
	return false
}

// appeal reports whether the cue at c calls on someone or for something:
// "called on Pretoria to step in", "called for sanctions".
func (q *doc) appeal(c, end int) bool {
	return c+1 < end && q.x.cues[q.word(c)].lemma == "call" && (q.word(c+1) == "on" || q.word(c+1) == "for")
}

// addressed reports whether the object aud of a request is whom it asks:
// "urged both sides to stop", "urged Kigali not to", "urged the army,
// the police and …", not "urged restraint on all sides".
func (q *doc) addressed(aud *text.Span, end int) bool {
	e := q.tokenFrom(aud.End)
	for k := q.tokenAt(aud.Start); k < e; k++ {
		if q.d.Tokens[k].Cap {
			return true // "urged Valletta and Rome in a joint statement to let …"
		}
	}
	if e >= end {
		return false
	}
	switch q.word(e) {
	case "to", "not", "that", "and":
		return true
	case ",":
		// not "urged restraint, saying …", nor "urged restraint, and a
		// diplomat said …"
		return e+1 >= end || !q.cueAt[e+1] && q.word(e+1) != "and" && q.word(e+1) != "but"
	}
	return false
}

// passive reports whether the cue at c is a participle after a form of
// "be" ("it was said", "were told") or after "the" ("the said").
func (q *doc) passive(c int) bool {
	if c == 0 {
		return false
	}
	switch q.word(c - 1) {
	case "was", "were", "been", "being", "is", "are", "be", "the":
		return true
	}
	return false
}

// reported builds the quote of the cue at c in sentence s.
func (q *doc) reported(c, si int, s text.Sentence) {
	sp := q.speakerBefore(c, s.First)
	if sp.found() && sp.surface.End > sp.surface.Start {
		if k := q.tokenFrom(sp.surface.Start); k > s.First && q.word(k-1) == "than" && q.tokenFrom(sp.surface.End) == c {
			return // "far fewer than the police said": a comparison, no report
		}
	}
	// "…, said the ministry." puts the speaker after the cue; "…, blamed
	// the rebels." its object.
	inverted := c > s.First && c+1 < s.End && q.d.Word(c-1) == "," && !accusing[q.x.cues[q.word(c)].lemma]
	// A participle after a comma ("…,” he said, demanding the
	// resignation of the minister") shares the subject before it.
	if inverted && !(sp.found() && (participles[q.word(c)] || gerundCues[q.word(c)])) {
		// "…, a village north of Wapenamanda, said Chief Inspector
		// Kipo, the police commander.": a speaker that closes the
		// sentence after the cue beats a phrase before its comma.
		if a := q.speakerAfter(c+1, s.End); a.named() && q.next(c, a) && q.closes(a, s.End) && q.x.cues[q.word(c)].lemma != "tell" {
			sp = a // but "…, X, the commander, told reporters": whom he told
		}
	}
	if !sp.found() {
		if inverted && (!pronouns[q.word(c+1)] || c+2 >= s.End || q.d.Tokens[c+2].Kind == text.Punct) {
			// "…, said he." but not "…, said it had alerted the coast
			// guard": that pronoun opens what was said
			sp = q.speakerAfter(c+1, s.End)
		}
		if !sp.found() {
			return
		}
	}
	if k, ok := q.relative(c); ok {
		q.charge(c, k, si, sp)
		return
	}
	stance := q.stance(c)
	appeal := q.appeal(c, s.End)
	if appeal {
		stance = report.StanceNeutral // an appeal reports what is asked, it names nothing
	}
	if q.negated(c) {
		switch q.x.cues[q.word(c)].lemma {
		case "verify", "confirm":
			stance = report.StanceUnverified
		default:
			return // "did not say", "has not denied": no words reported
		}
	}
	relative := q.objectRelative(c, sp)
	says := relative && q.saysOf(c, s.End, sp) // "an election that the opposition says was rigged": the words go on from the cue
	if relative && !says || q.nested(c) || q.topicAfter(c, s.End) {
		return // "the independence that Kosovo declared"
	}
	aud := q.audience(c, s.End)
	if aud != nil && (q.x.cues[q.word(c)].lemma == "urge" || q.x.cues[q.word(c)].lemma == "advise") && !q.addressed(aud, s.End) {
		aud = nil // "urged restraint on all sides": the object is what is urged
	}
	start := c + 1
	if appeal {
		start = c + 2 // "called on Pretoria to step in": whom it asks is part of the request
		if q.cueEnd == nil {
			q.cueEnd = map[int]int{}
		}
		q.cueEnd[c] = start
	}
	if aud != nil && !appeal && q.appealTo(c, s.End) < 0 && q.d.Tokens[c].End <= aud.Start && q.tokenAt(aud.Start) <= c+3 &&
		q.adjoins(c, q.tokenAt(aud.Start)) {
		// "told reporters …", "said on Telegram that …"
		for start < s.End && q.d.Tokens[start].Start < aud.End {
			start++
		}
		if requests[q.x.cues[q.word(c)].lemma] && start < s.End && q.word(start) == "to" {
			start = q.tokenAt(aud.Start) // "urged both sides to stop": whom it asks is part of the request
		}
	}
	if aud != nil && start+1 < s.End && q.word(start) == "," && determiners[q.word(start+1)] {
		// "told a news conference in Jijiga, the regional capital": an
		// apposition of the place, not the words reported
		for start++; start < s.End && q.word(start) != ","; start++ {
		}
	}
	if !says {
		start = q.skipToClause(start, s.End)
	}
	if start < s.End && relativePronouns[q.word(start)] {
		return // "informed the mission, which patrols …"
	}
	end := trimEnd(q.d, start, q.nextCue(start, s.End))
	if _, ok := q.whoSays(c, s.First); ok {
		end = q.relativeEnd(start, end) // "X, who said she had walked from Arica, cried"
	}
	if !q.clauseAfter(c, start, end) || start < end && q.word(start) == "by" && !q.channelBy(start, end) {
		return // "declared a state of emergency", "responded by suspending talks" report no words
	}
	if !appeal {
		stance = q.naming(c, start, end, stance)
	}
	minWords := 3
	if l := q.x.cues[q.word(c)].lemma; stance != report.StanceNeutral || appeal || says || l == "appeal" || l == "demand" || requests[l] && aud == nil {
		minWords = 1 // "denied the reports", "could not verify the claims", "appealed for calm", "urged restraint", "demanded an investigation"
	}
	first := q.afterDateline(s.First, c) // "NAIROBI, Feb 3 - " is no one's words
	if q.tokenAt(sp.surface.Start) > c {
		first = q.afterFronted(first, c)
	}
	lead := q.leadingClause(c, s)
	// "…, said Copperbelt Province Police Commissioner X.": the words
	// after the cue only name the speaker.
	named := q.tokenAt(sp.surface.Start) > c && q.next(c, sp) && q.closes(sp, s.End)
	if end-start >= minWords && !named && !q.circumstance(start, end) && !q.inverted(first, lead, start, c, sp) {
		q.add(q.d.SpanOf(start, end), false, sp, c, stance, aud, si)
		return
	}
	// "…, X said." reports the words before the speaker, but "what he
	// called" names only what follows.
	if lead > first+2 && !q.clauseBetween(lead, c) && !q.freeRelative(c) {
		if ts := q.tokenAt(sp.surface.Start); ts <= first {
			return // "Amina Bello, head of the women's group, said prices rose": the words before only name her
		} else if ts < lead {
			if k := q.leadingClause(ts, s); k > first+2 {
				lead = k // "…, Freddy Arandia, the police commander, told reporters": the words end before him
			}
		}
		q.add(q.d.SpanOf(first, lead), false, sp, c, stance, aud, si)
	}
}

// adjoins reports whether only a preposition and an article stand
// between the cue at c and the audience or channel at token a: "said in
// a statement that", but "claimed responsibility in a statement" reports
// what it claimed before saying where.
func (q *doc) adjoins(c, a int) bool {
	for k := c + 1; k < a; k++ {
		if !linkWords[q.word(k)] {
			return false
		}
	}
	return true
}

var linkWords = text.SetOf("in", "at", "on", "to", "a", "an", "the", "with", "via", "through")

// topicAfter reports whether the cue at c is followed by what its speaker
// covered, not by words or by where they were said: "a journalist who had
// reported on a government land deal", "wrote about the war", but not
// "reported on Monday" or "reported on its website".
func (q *doc) topicAfter(c, end int) bool {
	if c+2 >= end || !topicCues[q.x.cues[q.word(c)].lemma] || q.word(c+1) != "on" && q.word(c+1) != "about" ||
		!determiners[q.word(c+2)] {
		return false
	}
	for k := c + 3; k < end && k <= c+5; k++ {
		if w := q.word(k); channelNouns[w] || platforms[w] || outlets[w] {
			return false
		}
	}
	return true
}

var (
	topicCues = text.SetOf("report", "write", "comment", "speak", "talk")
	outlets   = text.SetOf("website", "channel", "page", "account", "broadcast", "programme", "program", "show", "blog", "podcast")
)

// afterFronted returns where the clause starts after a short phrase of
// place or time that opens the sentence at first and ends in a comma
// before the cue at c: "In Bangassou, about 1,500 residents took refuge
// …, said X" reports the residents' refuge, not where it was.
func (q *doc) afterFronted(first, c int) int {
	if !circumstancePreps[q.word(first)] || first+1 < c && (q.word(first+1) == "least" || q.word(first+1) == "most") {
		return first // "At least seven civilians, four of them children, were killed"
	}
	for k := first + 1; k < first+6 && k+3 < c; k++ {
		switch {
		case q.d.Tokens[k].Kind == text.Number:
			return first
		case q.d.Word(k) == ",":
			return k + 1
		}
	}
	return first
}

// next reports whether speaker sp follows the cue at c with only names
// and articles between: "said Chief Inspector Kipo", not "denied that
// soldiers had fired on civilians".
func (q *doc) next(c int, sp speaker) bool {
	for k := c + 1; k < len(q.d.Tokens) && q.d.Tokens[k].Start < sp.surface.Start; k++ {
		if w := q.word(k); !q.d.Tokens[k].Cap && w != "the" && w != "a" && w != "an" {
			return false
		}
	}
	return true
}

// closes reports whether speaker sp ends the sentence that ends before
// token end, alone or with an apposition or a relative clause: "said
// Chief Inspector Kipo.", "said Kipo, the police commander.", "said an
// official who asked not to be named."
func (q *doc) closes(sp speaker, end int) bool {
	after := q.tokenFrom(sp.surface.End)
	switch {
	case after >= end-1:
		return true
	case q.d.Word(after) == "," && after+1 < end:
		switch q.word(after + 1) {
		case "the", "a", "an":
			return q.nextCue(after+1, end) >= end
		}
	case relativePronouns[q.word(after)]:
		return q.nextCue(after, end) >= end // "said a local official who asked not to be named."
	case q.word(after) == "of":
		return q.namesTo(after+1, end) // "said Deputy Governor X of South Kivu."
	}
	return false
}

// namesTo reports whether the words from token k to the end of the
// sentence before token end only name something: "the Dhaka Metropolitan
// Police", "South Kivu".
func (q *doc) namesTo(k, end int) bool {
	if k >= end-1 {
		return false
	}
	for ; k < end-1; k++ {
		if q.owner[k] < 0 && !determiners[q.word(k)] && !q.d.Tokens[k].Cap {
			return false
		}
	}
	return true
}

// inverted reports whether a cue at c that follows a long clause and a
// comma reports that clause, not the words after it: in "Iran let
// inspectors in, the agency said on Wednesday, a week before the board
// meets", the words after the cue say when, unless a "that" opens them.
func (q *doc) inverted(first, lead, start, c int, sp speaker) bool {
	return lead-first >= 5 && q.tokenAt(sp.surface.Start) > lead && !q.clauseBetween(lead, c) &&
		(!circumstancePreps[q.word(first)] || q.bound(first, c)) && !q.participle(first) && q.word(start-1) != "that" && q.word(start-1) != ":"
}

// participle reports whether token i opens a participial phrase
// ("Speaking at a briefing, X said …", "Asked about the deal, X said"),
// which reports nothing; "Armed bandits stormed …" is a clause.
func (q *doc) participle(i int) bool {
	w := q.word(i)
	switch {
	case strings.HasSuffix(w, "ing"):
		return true
	case strings.HasSuffix(w, "ed"):
		return i+1 < len(q.d.Tokens) && participlePreps[q.word(i+1)]
	}
	return false
}

var participlePreps = map[string]bool{"about": true, "by": true, "on": true, "at": true, "in": true, "for": true,
	"after": true, "to": true, "whether": true, "if": true, ",": true, "from": true, "with": true}

// relative reports whether the cue at c closes a relative clause on a
// charge noun ("…, a charge Yerevan denied", "claims that Moscow
// rejects"), and where the charge's phrase starts.
func (q *doc) relative(c int) (int, bool) {
	k := c - 1
	for k >= 0 && skipBeforeCue[q.word(k)] {
		k--
	}
	switch {
	case k < 0:
		return -1, false
	case q.owner[k] >= 0:
		for ei := q.owner[k]; k >= 0 && q.owner[k] == ei; k-- {
		}
	case pronouns[q.word(k)]:
		k--
	case q.roleNoun(k):
		k = q.phraseStart(k, 0) - 1 // "a figure the protesters disputed"
	default:
		return -1, false
	}
	if k >= 0 && (q.word(k) == "that" || q.word(k) == "which") {
		k--
	}
	if k < 0 || !chargeNouns[q.word(k)] && !(q.summary(k) && q.x.cues[q.word(c)].lemma != "say") {
		return -1, false
	}
	for k > 0 && (determiners[q.word(k-1)] || modifiers[q.word(k-1)]) {
		k--
	}
	return k, true
}

// summary reports whether the noun at k opens an indefinite apposition
// that sums up the clause before it, and a name or a pronoun after it
// the clause's subject: "…, an idea Claes dismissed", not "…, a senior
// Iraqi official said".
func (q *doc) summary(k int) bool {
	return k >= 2 && k+1 < len(q.d.Tokens) && q.d.Tokens[k].Kind == text.Word && !q.d.Tokens[k].Cap && !modifiers[q.word(k)] &&
		indefinites[q.word(k-1)] && q.d.Word(k-2) == "," && (q.d.Tokens[k+1].Cap || pronouns[q.word(k+1)])
}

// chargeNouns name what a speaker can deny or confirm without reported
// words of their own.
var chargeNouns = map[string]bool{"charge": true, "charges": true, "accusation": true, "accusations": true,
	"allegation": true, "allegations": true, "claim": true, "claims": true, "assertion": true,
	"suggestion": true, "suggestions": true, "report": true, "reports": true, "account": true, "accounts": true,
	"figure": true, "figures": true, "toll": true, "estimate": true, "estimates": true, "version": true,
	"findings": true, "assessment": true}

// charge records the stance of a relative clause on a charge noun that
// opens at token k as a quote of the charge: "Baku accused Armenia of X,
// a charge Yerevan denied" gives Yerevan denying "Armenia of X, a
// charge": the quote before it in the sentence, if any, to the charge
// noun, which alone is the quote where no quote comes before ("Kabul
// blames Pakistan for it, a charge Islamabad denies").
func (q *doc) charge(c, k, si int, sp speaker) {
	if end := q.d.Sentences[si].End; c+2 < end && q.word(c+1) == "as" {
		// "…, an idea Claes dismissed as “a show”": the name it is given
		start := c + 2
		for start < end-1 && q.d.Tokens[start].Kind == text.Punct {
			start++
		}
		q.add(q.d.SpanOf(start, trimEnd(q.d, start, q.nextCue(start, end))), false, sp, c, q.stance(c), nil, si)
		return
	}
	n := k
	for n < c && !chargeNouns[q.word(n)] {
		n++
	}
	// The quote ends on the charge noun, as analysts cite it: "a charge".
	span := q.d.SpanOf(k, n+1)
	best := -1
	for j, cj := range q.cues {
		if cj >= 0 && q.d.SentenceOf(cj) == si && cj < c && (best < 0 || cj > q.cues[best]) {
			best = j
		}
	}
	if best >= 0 && q.quotes[best].Text.Start < span.Start {
		span.Start = q.quotes[best].Text.Start // "Armenia of shelling the village, a charge"
	}
	q.add(span, false, sp, c, q.stance(c), nil, si)
}

// nested reports whether the cue at c is shifted back ("had observed"),
// or one of seeing, inside the reported clause of a quote before it
// ("The mission said that its patrols had observed …", "the police said
// a patrol spotted a boat"): the words are the outer speaker's, reported
// at second hand.
func (q *doc) nested(c int) bool {
	b := c - 1
	for b >= 0 && (q.word(b) == "not" || q.word(b) == "also" || q.word(b) == "already") {
		b--
	}
	lemma := q.x.cues[q.word(c)].lemma
	// "said he could not verify the number": the speaker on his own words
	own := b > 0 && (lemma == "verify" || lemma == "confirm") && inability[q.word(b)] && pronouns[q.word(b-1)]
	if (b < 0 || q.word(b) != "had") && !own && !perceived[lemma] {
		return false
	}
	at := q.d.Tokens[c].Start
	for _, qt := range q.quotes {
		if !qt.Direct && qt.Text.Start <= at && at < qt.Text.End {
			return true
		}
	}
	return false
}

// perceived are the cues of seeing: what someone else's words say was
// seen ("the border police said a patrol spotted a boat") is part of
// those words, no report of its own.
var perceived = text.SetOf("spot", "detect", "observe")

// clauseBetween reports whether a conjunction or a complementiser lies
// between the comma at lead and the cue at c, so that the words before
// the comma are not what the cue reports: "…, and that the mission had
// informed the committee". The speaker's own relative clause is none.
func (q *doc) clauseBetween(lead, c int) bool {
	own := q.speakersRelative(lead, c) // "…, a security official who asked not to be named said."
	for k := lead + 1; k < c; k++ {
		if k == own {
			break
		}
		switch q.word(k) {
		case "and":
			if k-1 > lead && (q.roleNoun(k-1) || q.owner[k-1] >= 0 && q.owner[k+1] >= 0) {
				continue // "local officials and residents said", "Spanish and Venezuelan officials said": one speaker
			}
			return true
		case "but", "that", "which", "who", "where", "while", "when", "if", "because":
			if q.d.Tokens[k].Upper {
				continue // "WHO regional director X" names the World Health Organization
			}
			return true
		}
	}
	return false
}

// speakersRelative returns the "who" that opens a relative clause on the
// speaker between the comma at lead and the cue at c, or -1: the clause
// says something of its own before the cue, with no other cue or joined
// clause in it ("who asked not to be named", not "who said" or "who live
// from the lake and urged").
func (q *doc) speakersRelative(lead, c int) int {
	own := q.relativeBefore(c, lead+1)
	if own >= c-1 || subjectWords[q.word(own+1)] {
		return -1 // "a diabetic who it said had been denied insulin" is no speaker's
	}
	for k := own + 1; k < c; k++ {
		if q.cueAt[k] || q.word(k) == "and" || q.word(k) == "but" {
			return -1
		}
	}
	return own
}

var subjectWords = map[string]bool{"i": true, "we": true, "you": true, "he": true, "she": true, "it": true,
	"they": true, "the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true}

var relativePronouns = map[string]bool{"which": true, "who": true, "whom": true, "whose": true}

// objectRelative reports whether the cue at c ends a relative clause on a
// noun that is its object: "the independence that Kosovo declared", "the
// line which Moscow announced", or a free relative: "what Israel said were
// weapons depots". A "that" after a reporting verb opens
// reported speech instead ("said that the ministry denied …").
func (q *doc) objectRelative(c int, sp speaker) bool {
	if !sp.hasAs {
		return false
	}
	t := q.tokenAt(sp.surface.Start)
	if t >= 1 && t < c && q.word(t-1) == "what" && q.d.Tokens[c-1].End == sp.surface.End && !namingCues[q.x.cues[q.word(c)].lemma] {
		return true // "hitting what Israel said were weapons depots"; "what the military called depots" names them
	}
	if t < 2 || t >= c || q.word(t-1) != "that" && q.word(t-1) != "which" {
		return false
	}
	n := t - 2
	if q.word(t-1) == "which" && q.d.Word(n) == "," {
		return true // "border closures, which Tedros said would only push …"
	}
	return q.d.Tokens[n].Kind == text.Word && !q.cueAt[n] && !q.inMarks[n]
}

// relativeEnd returns the comma that closes a relative clause of saying
// between tokens start and end, or end.
func (q *doc) relativeEnd(start, end int) int {
	for k := start; k < end; k++ {
		if q.d.Word(k) == "," {
			return k
		}
	}
	return end
}

// saysOf reports whether a verb of saying in a relative clause reports
// what its noun does or is: "an election that the opposition says was
// rigged", "which Tedros said would only push travellers onto informal
// crossings".
func (q *doc) saysOf(c, end int, sp speaker) bool {
	w := ""
	if c+1 < end {
		w = q.word(c + 1)
	}
	t := q.tokenAt(sp.surface.Start)
	return q.x.cues[q.word(c)].lemma == "say" && (auxiliaries[w] || modals[w]) && t > 0 && q.word(t-1) != "what"
}

// circumstance reports whether the words after a cue only say when, where
// or how it was said ("in a report published on Wednesday", "on X"): then
// the reported words stand before the speaker.
func (q *doc) circumstance(i, end int) bool {
	if i < end && q.word(i) == "as" && i > 0 && q.d.Word(i-1) == "," {
		// "…, police said on Monday, as the governor imposed a
		// curfew": what went on meanwhile, not "as many as 40"
		return i+1 < end && !asCounts[q.word(i+1)]
	}
	if i > 0 && i < end && q.d.Word(i-1) == "," && strings.HasSuffix(q.word(i), "ing") && !q.cueAt[i] {
		// "…, a doctor said, asking not to be named because …": how he
		// spoke, not what he said
		return true
	}
	if i >= end || !circumstancePreps[q.word(i)] || q.bound(i, end) {
		return false // "said at least 40 fighters were …" is a count, not where it was said
	}
	for k := i; k < end; k++ {
		if q.word(k) == "that" {
			return false
		}
	}
	return true
}

// asCounts follow an "as" that opens a count or a list, not a clause.
var asCounts = text.SetOf("many", "much", "few", "little", "well", "of")

// accusing are the cues whose object is whom they charge or ask, never their
// speaker: "a spokeswoman for the ministry, blamed the rebels".
var accusing = map[string]bool{"blame": true, "accuse": true, "charge": true, "urge": true, "ask": true}

// bound reports whether "at least" or "at most" opens at token i: a
// count in the reported words, not where they were said.
func (q *doc) bound(i, end int) bool {
	return i+1 < end && q.word(i) == "at" && (q.word(i+1) == "least" || q.word(i+1) == "most")
}

// channelBy reports whether "by" at token i names how words were said
// ("said by telephone"), not what was done ("responded by suspending").
func (q *doc) channelBy(i, end int) bool {
	return i+1 < end && channels[q.word(i+1)]
}

var channels = map[string]bool{"telephone": true, "phone": true, "video": true, "text": true, "email": true,
	"e-mail": true, "letter": true, "radio": true, "satellite": true}

var circumstancePreps = map[string]bool{"in": true, "on": true, "at": true, "during": true, "after": true,
	"before": true, "late": true, "earlier": true, "while": true, "via": true, "through": true,
	"by": true}

// nextCue returns where a coordinated report starts ("…, and added that
// …", "… but denied that …", "…, saying …"), or end: each is a quote of
// its own.
func (q *doc) nextCue(i, end int) int {
	for k := i + 1; k < end; k++ {
		if q.inMarks[k] {
			continue
		}
		if !q.cueAt[k] {
			continue
		}
		if r, ok := q.relative(k); ok && r > i {
			return r - 1 // "…, a charge Yerevan denied"
		}
		b := k - 1
		for b > i && skipBeforeCue[q.word(b)] {
			b-- // "…, and has accused", "but later denied"
		}
		switch p := q.word(b); {
		case p == "and" || p == "but":
			if b-1 > i && q.d.Word(b-1) == "," {
				return b - 1
			}
			return b
		case p == "," && (participles[q.word(k)] || gerundCues[q.word(k)]) && b == k-1:
			return k - 1
		}
		if c := q.coordinatedSpeaker(i, k); c > i {
			return c
		}
		if c := q.trailingSpeaker(i, k, end); c > i {
			return c
		}
	}
	return end
}

// trailingSpeaker returns the comma of "…, the foreign ministry said in a
// statement." before the cue at k, where the sentence closes on who
// reports it, or -1.
func (q *doc) trailingSpeaker(i, k, end int) int {
	if _, ok := q.relative(k); ok || end-k > 6 {
		return -1 // "…, a charge the committee rejects" names what it rejects
	}
	for a := k + 1; a < end; a++ {
		if q.d.Word(a) == "," || q.word(a) == "that" || q.inMarks[a] || q.cueAt[a] {
			return -1
		}
	}
	for b := k - 1; b > i+1 && b > k-8; b-- {
		if q.d.Word(b) == "," {
			if s := q.word(b + 1); subjectStarts[s] || q.d.Tokens[b+1].Cap {
				return b
			}
			return -1
		}
		if q.d.Tokens[b].Kind == text.Punct || q.word(b) == "that" {
			return -1
		}
	}
	return -1
}

// coordinatedSpeaker returns the comma of ", and the ministry accused"
// before the cue at k, where a clause with a speaker of its own starts,
// or -1.
func (q *doc) coordinatedSpeaker(i, k int) int {
	k = q.relativeBefore(k, i+1) // ", and a Thai security official who asked not to be named said"
	appositions := 0
	for b := k - 1; b > i+1 && b > k-20; b-- {
		w := q.word(b)
		if (w == "and" || w == "but" || w == "while" || w == "whereas") && q.d.Word(b-1) == "," {
			if s := q.word(b + 1); subjectStarts[s] || q.d.Tokens[b+1].Cap {
				return b - 1
			}
			return -1
		}
		if a := q.appositionBefore(b, i+1); b == k-1 && appositions == 0 && a > 0 {
			appositions++ // ", and Lisbon, the former colonial power, urged"
			b = a
			continue
		}
		if q.d.Tokens[b].Kind == text.Punct || w == "that" {
			return -1
		}
	}
	return -1
}

// appositionBefore returns the comma that opens an apposition or a
// relative clause of a name ending in the comma at b, ", the former
// colonial power,", or a name's apposition to a description, "the
// military's media wing, Inter-Services Public Relations (ISPR),", or -1.
func (q *doc) appositionBefore(b, first int) int {
	if q.d.Word(b) != "," {
		return -1
	}
	if a := q.namedApposition(b, first); a > 0 {
		return a
	}
	for a := b - 2; a > first && a > b-16; a-- {
		if q.d.Word(a) == "," && q.d.Tokens[a-1].Cap && (determiners[q.word(a+1)] && a > b-7 || q.word(a+1) == "which") {
			return a // ", the former colonial power,", ", which keeps an air base at Kant,"
		}
		if q.d.Tokens[a].Kind == text.Punct || q.cueAt[a] {
			return -1
		}
	}
	return -1
}

// namedApposition returns the comma that opens a name, with its acronym in
// brackets, ending in the comma at b after a lower-case description, or
// -1.
func (q *doc) namedApposition(b, first int) int {
	for a := b - 1; a > first && a > b-10; a-- {
		switch w := q.d.Word(a); {
		case w == ",":
			if a+1 < b && q.d.Tokens[a-1].Kind == text.Word && !q.d.Tokens[a-1].Cap {
				return a
			}
			return -1
		case w == "(" || w == ")" || q.d.Tokens[a].Cap || q.d.Tokens[a].Upper:
		default:
			return -1
		}
	}
	return -1
}

var subjectStarts = text.SetOf("the", "a", "an", "he", "she", "they", "it", "its", "his", "her", "their")

// demonstrative reports whether "that" at i points at a thing named by
// the one word after it, "rejected that account." or "denied that claim
// as false", where no clause can follow.
func (q *doc) demonstrative(i, end int) bool {
	n := i + 1
	if n >= end || q.d.Tokens[n].Kind != text.Word || q.d.Tokens[n].Cap || pronouns[q.word(n)] {
		return false
	}
	return n+1 == end || q.d.Tokens[n+1].Kind == text.Punct || q.word(n+1) == "as"
}

// skipToClause moves past time words, a short prepositional phrase before
// "that" ("in a report published on Wednesday that") and "that" itself to
// where the reported clause begins.
func (q *doc) skipToClause(i, end int) int {
	if i < end && circumstancePreps[q.word(i)] && !q.bound(i, end) {
		for k := i + 1; k < end && k < i+15 && q.d.Word(k) != ","; k++ {
			if q.word(k) == "that" {
				return k + 1
			}
		}
	}
	for i < end {
		w := q.word(i)
		switch {
		case w == "that" && q.demonstrative(i, end):
			return i // "rejected that account.": the words named, not a clause
		case w == "that":
			return i + 1 // the reported clause opens here: "that further measures could follow"
		case w == "," || w == ":" || skipBeforeCue[w] || ner.Calendar(w) || q.d.Tokens[i].Kind == text.Number && i+1 < end && ner.Calendar(q.word(i+1)):
			i++
		case w == "in" && i+2 < end && (q.word(i+1) == "a" || q.word(i+1) == "an") && channelNouns[q.word(i+2)]:
			i += 3
		case carriedBy[w]:
			// "said in a statement read on state broadcaster RTB that
			// …": how the words went out is not part of them.
			for k := i + 1; k < end && k < i+9 && q.d.Word(k) != ","; k++ {
				if q.word(k) == "that" {
					return k + 1
				}
			}
			return i
		default:
			return i
		}
	}
	return i
}

// carriedBy are the participles that tell how a statement went out.
var carriedBy = text.SetOf("read", "posted", "carried", "published", "broadcast", "aired", "released", "issued",
	"shared", "sent")

// leadingClause returns the comma before the speaker of a cue at the end
// of the sentence, or the sentence start when there is none.
func (q *doc) leadingClause(c int, s text.Sentence) int {
	for k := c - 1; k > s.First; k-- {
		if q.d.Word(k) == "," {
			return k
		}
	}
	return s.First
}

// accordingTo builds the quote of "according to X, …" or "…, according to X".
func (q *doc) accordingTo(c int, s text.Sentence) {
	k := c + 2
	for k < s.End && q.d.Word(k) != "," && q.d.Tokens[k].Kind != text.Punct {
		k++
	}
	sp := q.source(c+2, k)
	if !sp.found() {
		return
	}
	if end := trimEnd(q.d, k+1, s.End); c > s.First+2 && k+1 < end && q.d.Word(k) == "," && q.d.Tokens[k+1].Cap {
		// "according to the EU's counter-piracy force, Operation
		// Atalanta.": a name in apposition that ends the sentence is
		// the source.
		if named := q.source(k+1, end); named.found() && named.entity >= 0 && q.owner[k+1] == named.entity &&
			q.owner[end-1] == named.entity {
			sp = named
		}
	}
	var content text.Span
	switch {
	case c > s.First+2:
		first := q.afterDateline(s.First, c)
		if slices.Contains(q.usedCue[first:c], true) && slices.Contains(q.inMarks[first:c], true) {
			return // "…," he told officers, according to the ministry: his words, which the ministry passed on
		}
		content = q.d.SpanOf(first, trimEnd(q.d, first, c))
	case k+1 < s.End:
		content = q.d.SpanOf(k+1, trimEnd(q.d, k+1, s.End))
	default:
		return
	}
	q.add(content, false, sp, -1, report.StanceNeutral, nil, q.d.SentenceOf(c))
	e := q.evidence(q.d.SpanOf(c, c+2)) // "according to" is the cue, though no verb's
	q.quotes[len(q.quotes)-1].Cue = &e
}

// source reads the phrase after "according to" in [i, end): the first
// name or role noun ("the Red Cross", "two officials"), or a document and
// its author ("a report by the U.N. Group of Experts seen by Reuters" is
// the Group's), or a document alone, kept as a description.
func (q *doc) source(i, end int) speaker {
	for j := i; j < end; j++ {
		if q.isPerson(j) {
			// "according to Rear Adm. Jane Roe, commander of …": the
			// name, not its title.
			for j+1 < end && q.owner[j+1] == q.owner[j] {
				j++
			}
			return q.speakerAt(j, i)
		}
	}
	doc := -1
	for j := i; j < end && j < i+6 && doc < 0; j++ {
		if documents[q.word(j)] {
			doc = j
		}
	}
	for j := i; j < end; j++ {
		w := q.word(j)
		if doc >= 0 && j < doc {
			if q.owner[j] >= 0 {
				// "a police report", "a confidential U.N. report": the
				// body that wrote it speaks through it
				return speaker{entity: q.owner[j], surface: q.d.SpanOf(i, doc+1), hasAs: true}
			}
			continue
		}
		if documents[w] {
			if j+2 < end && (q.word(j+1) == "by" || q.word(j+1) == "from" || q.word(j+1) == "of") {
				if sp := q.source(j+2, end); sp.entity >= 0 {
					return sp
				}
			}
			sp := speaker{entity: -1, surface: q.d.SpanOf(i, j+1), hasAs: true}
			sp.name = q.d.Str(sp.surface)
			if q.word(i) == "the" && j == i+1 {
				sp.ref, sp.head = refDocument, j // "according to the statement": its author's
			}
			return sp
		}
		if e := q.ownerEnd(j); e > j && e < end && q.roleNoun(e) {
			j = e - 1 // "according to a police official": the official
			continue
		}
		if q.owner[j] >= 0 {
			return q.speakerAt(q.ownerEnd(j)-1, i)
		}
		if _, ok := q.x.lex.Agent(w); ok || q.people(j) {
			last := j
			for last+1 < end {
				if _, ok := q.x.lex.Agent(q.word(last + 1)); !ok && !q.people(last+1) {
					break
				}
				last++
			}
			return q.speakerAt(last, i)
		}
	}
	for j := i + 1; j < end; j++ {
		if bodies[q.word(j)] && (q.word(i) == "a" || q.word(i) == "an") {
			// "according to a local medical group": a source the text
			// leaves unnamed.
			sp := speaker{entity: -1, surface: q.d.SpanOf(i, j+1), hasAs: true, anonymous: true}
			sp.name = q.d.Str(sp.surface)
			return sp
		}
	}
	if end > i && end-i <= 6 && !q.d.Tokens[end-1].Cap && q.d.Tokens[end-1].Kind == text.Word && q.plainSource(i, end) {
		// "according to the transport owners", "according to state
		// figures": a source the text names by what it is
		sp := speaker{entity: -1, surface: q.d.SpanOf(i, end), hasAs: true, anonymous: true}
		sp.name = q.d.Str(sp.surface)
		return sp
	}
	return none
}

// plainSource reports whether tokens [i, end) are a noun phrase that
// names a source by what it is: no possessive that refers back to
// someone named before ("his party") and no phrase of its own after the
// noun ("video posted by his party").
func (q *doc) plainSource(i, end int) bool {
	for k := i; k < end; k++ {
		if possessives[q.word(k)] || sourcePreps[q.word(k)] {
			return false
		}
	}
	return true
}

var (
	possessives = text.SetOf("his", "her", "its", "their")
	sourcePreps = text.SetOf("by", "of", "from", "in", "on", "at", "with", "for")
)

// negated reports whether "not" or "unable to" comes just before the cue.
func (q *doc) negated(c int) bool {
	for k := c - 1; k >= 0 && k >= c-3; k-- {
		switch q.word(k) {
		case "not", "n't", "unable", "never", "cannot":
			return true
		}
	}
	return false
}

// trimEnd drops the final stop and trailing marks of the range [i, end).
func trimEnd(d *text.Doc, i, end int) int {
	for end > i && d.Tokens[end-1].Kind == text.Punct {
		end--
	}
	return end
}

// clauseVerbs are the words that show a clause after a cue that also
// takes a plain object: "announced the talks would resume".
var clauseVerbs = map[string]bool{"is": true, "are": true, "was": true, "were": true, "has": true, "have": true,
	"had": true, "will": true, "would": true, "can": true, "could": true, "may": true, "might": true,
	"must": true, "should": true, "did": true, "does": true}

// clauseAfter reports whether the words [start, end) after cue c are
// reported words. "Declare" and "announce" also take a thing declared
// ("declared a state of emergency", "announced new sanctions"): they
// report words only before a "that" or a clause whose verb comes early.
func (q *doc) clauseAfter(c, start, end int) bool {
	switch q.x.cues[q.word(c)].lemma {
	case "declare", "announce":
	default:
		return true
	}
	if start > c+1 && q.word(start-1) == "that" {
		return true
	}
	for k := start; k < end && k < start+8; k++ {
		if clauseVerbs[q.word(k)] {
			return true
		}
	}
	return false
}

// naming returns the stance of a naming cue ("called the report a lie",
// "branded the vote unacceptable", "described the account as a
// fabrication"): a denial when the name says the words are false;
// otherwise a charge for "call" and "brand", while "described … as"
// keeps its stance.
func (q *doc) naming(c, start, end int, stance string) string {
	lemma := q.x.cues[q.word(c)].lemma
	if !namingCues[lemma] {
		return stance
	}
	for k := start; k < end; k++ {
		if falsehood[q.word(k)] {
			return report.StanceDenies
		}
	}
	if lemma == "call" || lemma == "brand" {
		return report.StanceAsserts
	}
	return stance
}

// namingCues give a thing a name: "what the military called Hezbollah
// weapons depots" quotes the military's name for them.
var namingCues = map[string]bool{"call": true, "describe": true, "brand": true, "label": true, "term": true}

// requests are the cues whose addressee is the subject of the words
// reported: "urged both sides to stop the violence".
var requests = map[string]bool{"urge": true, "ask": true, "advise": true}

// falsehood are the names that call words untrue.
var falsehood = map[string]bool{"lie": true, "lies": true, "false": true, "fake": true, "untrue": true,
	"fabricated": true, "fabrication": true, "fabrications": true, "baseless": true, "groundless": true,
	"unfounded": true, "propaganda": true, "disinformation": true, "misinformation": true, "nonsense": true,
	"fiction": true, "hoax": true, "slander": true, "lying": true, "myth": true, "invented": true, "invention": true,
	"fairy": true, "smear": true, "fantasy": true, "fantasies": true, "falsehood": true, "falsehoods": true}
