package quote

import (
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
			if _, ok := q.x.cues[q.word(c)]; !ok || q.passive(c) || q.phrasal(c, s.End) {
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
	case "on", "for", "off", "up", "in", "out":
		return q.word(c) == "called" || q.word(c) == "asked"
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
	if sp.entity < 0 && sp.name == "" {
		if c > s.First && c+1 < s.End && q.d.Word(c-1) == "," {
			sp = q.speakerAfter(c+1, s.End) // "…, said the ministry."
		}
		if sp.entity < 0 && sp.name == "" {
			return
		}
	}
	aud := q.audience(c, s.End)
	start := c + 1
	if aud != nil {
		for start < s.End && q.d.Tokens[start].Start < aud.End {
			start++
		}
	}
	start = q.skipToClause(start, s.End)
	end := trimEnd(q.d, start, q.nextCue(start, s.End))
	stance := q.stance(c)
	if lemma := q.x.cues[q.word(c)].lemma; lemma == "verify" && q.negated(c) {
		stance = report.StanceUnverified
	}
	minWords := 3
	if stance != report.StanceNeutral {
		minWords = 1 // "denied the reports", "could not verify the claims"
	}
	if end-start >= minWords && !q.circumstance(start, end) {
		q.add(q.d.SpanOf(start, end), false, sp, c, stance, aud, si)
		return
	}
	// "…, X said." reports the words before the speaker.
	if lead := q.leadingClause(c, s); lead > s.First+2 {
		q.add(q.d.SpanOf(s.First, lead), false, sp, c, stance, aud, si)
	}
}

// circumstance reports whether the words after a cue only say when, where
// or how it was said ("in a report published on Wednesday", "on X"): then
// the reported words stand before the speaker.
func (q *doc) circumstance(i, end int) bool {
	if i >= end || !circumstancePreps[q.word(i)] {
		return false
	}
	for k := i; k < end; k++ {
		if q.word(k) == "that" {
			return false
		}
	}
	return true
}

var circumstancePreps = map[string]bool{"in": true, "on": true, "at": true, "during": true, "after": true,
	"before": true, "late": true, "earlier": true, "while": true, "via": true, "through": true}

// nextCue returns where a coordinated report starts ("…, and added that
// …", "… but denied that …", "…, saying …"), or end: each is a quote of
// its own.
func (q *doc) nextCue(i, end int) int {
	for k := i + 1; k < end; k++ {
		if q.inMarks[k] {
			continue
		}
		if _, ok := q.x.cues[q.word(k)]; !ok {
			continue
		}
		switch p := q.word(k - 1); {
		case p == "and" || p == "but":
			if k-2 > i && q.d.Word(k-2) == "," {
				return k - 2
			}
			return k - 1
		case p == "," && participles[q.word(k)]:
			return k - 1
		}
	}
	return end
}

// skipToClause moves past time words, a short prepositional phrase before
// "that" ("in a report published on Wednesday that") and "that" itself to
// where the reported clause begins.
func (q *doc) skipToClause(i, end int) int {
	if i < end && circumstancePreps[q.word(i)] {
		for k := i + 1; k < end && k < i+15 && q.d.Word(k) != ","; k++ {
			if q.word(k) == "that" {
				return k + 1
			}
		}
	}
	for i < end {
		w := q.word(i)
		switch {
		case w == "that" || w == "," || w == ":" || skipBeforeCue[w] || calendarWords[w] || q.d.Tokens[i].Kind == text.Number && i+1 < end && calendarWords[q.word(i+1)]:
			i++
		case w == "in" && i+2 < end && (q.word(i+1) == "a" || q.word(i+1) == "an") && channelNouns[q.word(i+2)]:
			i += 3
		default:
			return i
		}
	}
	return i
}

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
	if sp.entity < 0 && sp.name == "" {
		return
	}
	var content text.Span
	switch {
	case c > s.First+2:
		content = q.d.SpanOf(s.First, trimEnd(q.d, s.First, c))
	case k+1 < s.End:
		content = q.d.SpanOf(k+1, trimEnd(q.d, k+1, s.End))
	default:
		return
	}
	q.add(content, false, sp, -1, report.StanceNeutral, nil, q.d.SentenceOf(c))
}

// source reads the phrase after "according to" in [i, end): the first
// name or role noun ("the Red Cross", "two officials"), or a document and
// its author ("a report by the U.N. Group of Experts seen by Reuters" is
// the Group's), or a document alone, kept as a description.
func (q *doc) source(i, end int) speaker {
	doc := -1
	for j := i; j < end && j < i+6 && doc < 0; j++ {
		if documents[q.word(j)] {
			doc = j
		}
	}
	for j := i; j < end; j++ {
		w := q.word(j)
		if doc >= 0 && j < doc {
			continue // "a confidential U.N. report": the report speaks
		}
		if documents[w] {
			if j+2 < end && (q.word(j+1) == "by" || q.word(j+1) == "from" || q.word(j+1) == "of") {
				if sp := q.source(j+2, end); sp.entity >= 0 {
					return sp
				}
			}
			sp := speaker{entity: -1, surface: q.d.SpanOf(i, j+1), hasAs: true}
			sp.name = q.d.Str(sp.surface)
			return sp
		}
		if q.owner[j] >= 0 {
			last := j
			for last+1 < end && q.owner[last+1] == q.owner[j] {
				last++
			}
			return q.speakerAt(last, i)
		}
		if _, ok := q.x.lex.Agent(w); ok || sourceNouns[w] {
			last := j
			for last+1 < end {
				if _, ok := q.x.lex.Agent(q.word(last + 1)); !ok && !sourceNouns[q.word(last+1)] {
					break
				}
				last++
			}
			return q.speakerAt(last, i)
		}
	}
	return none
}

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
