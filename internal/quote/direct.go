package quote

import (
	"strings"

	"sitrep/internal/text"
)

// direct attributes the quotation m: to a speaker and cue after it
// ("…,” Kirby told reporters), before it (Kirby told reporters: “…”), or,
// for a quotation that opens a sentence without either, to the speaker of
// the quotation just before it (“…,” he said. “…”). A short quotation
// without a cue of its own is a partial quote inside indirect speech and
// is left to that ("dismissed as a “lie”").
func (q *doc) direct(m mark) {
	if q.d.HasTitle && q.d.Tokens[m.open].Start < q.d.Title.End {
		return // quotation marks in a headline quote a word, not a speaker
	}
	content := q.d.SpanOf(m.first, m.end)
	if m.close >= 0 && q.closesClause(m) && !q.endsReport(m) {
		if sp, c, aud, ok := q.after(m.close); ok {
			q.add(content, true, sp, c, q.stance(c), aud, q.d.SentenceOf(c))
			return
		}
	}
	if sp, c, aud, ok := q.before(m.open); ok {
		q.add(content, true, sp, c, q.stance(c), aud, q.d.SentenceOf(c))
		return
	}
	if m.end-m.first <= 4 || q.cueInSentence(m.open) {
		return // a partial quote: the indirect speech around it carries it
	}
	if n := len(q.quotes); n > 0 && q.d.Sentences[q.d.SentenceOf(m.open)].First == m.open && q.quotes[n-1].Direct {
		prev := q.quotes[n-1]
		if s := q.d.SentenceOf(m.open); s-prev.Sentence <= 2 {
			sp := q.speakers[n-1]
			sp.ref = refContinue
			q.add(content, true, sp, -1, q.cueStances[n-1], nil, s)
			// the first part's "told reporters" attributes the rest too
			q.quotes[len(q.quotes)-1].Cue, q.quotes[len(q.quotes)-1].Audience = prev.Cue, prev.Audience
			return
		}
	}
	q.add(content, true, none, -1, "", nil, q.d.SentenceOf(m.first))
}

// endsReport reports whether the quotation m closes a sentence of the
// writer's words, "… found broken ribs and signs of “prolonged
// beatings,” the office said.": the attribution after it reports the
// whole sentence, the quoted words and those before them.
func (q *doc) endsReport(m mark) bool {
	first := q.afterDateline(q.sentenceFirst(m.open), m.open)
	return m.open-first > 3 && q.d.Word(m.open-1) != ":" && !q.cueBetween(first, m.open)
}

// cueBetween reports whether a reporting verb stands in tokens [i, j).
func (q *doc) cueBetween(i, j int) bool {
	for k := i; k < j; k++ {
		if q.cueAt[k] && !q.inMarks[k] {
			return true
		}
	}
	return false
}

// closesClause reports whether the quotation m ends where an attribution
// can follow: with a stop or comma inside or right after the closing mark
// ("…,” he said), not mid-sentence (would “continue to strengthen” patrols).
func (q *doc) closesClause(m mark) bool {
	if strings.ContainsAny(q.d.Word(m.close-1), ",.!?…") {
		return true
	}
	return m.close+1 < len(q.d.Tokens) && strings.ContainsAny(q.d.Word(m.close+1), ",.!?—–-")
}

// after finds "…,” X said" or "…,” said X" after the closing mark at
// token c0.
func (q *doc) after(c0 int) (speaker, int, *text.Span, bool) {
	end := q.sentenceEnd(c0)
	lo, reach := c0+1, 25
	if lo == end && lo < len(q.d.Tokens) && c0 > 0 && (q.d.Word(c0-1) == "?" || q.d.Word(c0-1) == "!") {
		// "“Who will pay for this?” Ana Ruiz said.": the question ends a
		// sentence, and its attribution is the next one's opening words.
		end, reach = q.sentenceEnd(lo), 6
	}
	for lo < end && q.d.Tokens[lo].Kind == text.Punct && q.d.Word(lo) != "(" {
		lo++
	}
	for c := lo; c < end && c < lo+reach; c++ {
		if q.inMarks[c] {
			break
		}
		cu, ok := q.x.cues[q.word(c)]
		if !ok || !q.cueAt[c] {
			continue
		}
		if c > lo && (q.word(c-1) == "and" || q.word(c-1) == "but") || c == lo && (participles[q.word(c)] || gerundCues[q.word(c)]) {
			// "… the claims were “baseless”, and denied that …", "rejected
			// it as “false”, saying …": a verb coordinated with the one
			// the quoted words belong to reports words of its own
			return none, -1, nil, false
		}
		if k, ok := q.quotedAs(c, lo); ok {
			// "…,” he was quoted as saying": the words name the cue
			sp := q.speakerBefore(k, lo)
			if q.cueEnd == nil {
				q.cueEnd = map[int]int{}
			}
			q.cueEnd[c-2], q.usedCue[c] = c+1, true
			return sp, c - 2, nil, sp.found()
		}
		sp := q.speakerBefore(c, lo)
		asker := !sp.found() && c == lo && cu.lemma == "ask"
		if !sp.found() && !cu.audience || asker {
			// "said Kirby", but not "told reporters"; "…?” asked the
			// Reverend X": right after the words, who asks is named
			sp = q.speakerAfter(c+1, end)
		}
		if sp.found() && sp.entity < 0 {
			// "a Tunisian detainee told Reuters, asking to be identified
			// only by his first name, Ayoub": Ayoub, as the detainee
			if n := q.namedLater(c+1, end); n.entity >= 0 {
				n.surface, n.hasAs = sp.surface, sp.hasAs
				sp = n
			}
		}
		if sp.found() {
			var aud *text.Span
			if !asker {
				aud = q.audience(c, end)
			}
			return sp, c, aud, true
		}
	}
	return none, -1, nil, false
}

// quotedAs reports whether "quoted as" comes before the cue at c ("…,”
// he was quoted as saying") and returns where those words begin with
// their auxiliary, after the speaker.
func (q *doc) quotedAs(c, lo int) (int, bool) {
	k := c - 2
	if k <= lo || q.word(c-1) != "as" || q.word(k) != "quoted" {
		return c, false
	}
	for k > lo && auxiliaries[q.word(k-1)] {
		k--
	}
	return k, true
}

// before finds "X told reporters: “…”" or "X said, “…”" before the opening
// mark at token o.
func (q *doc) before(o int) (speaker, int, *text.Span, bool) {
	first := q.sentenceFirst(o)
	if o == first || (q.d.Word(o-1) != ":" && q.d.Word(o-1) != ",") {
		return none, -1, nil, false
	}
	for c := o - 1; c >= first; c-- {
		if q.inMarks[c] {
			break
		}
		if !q.cueAt[c] || q.usedCue[c] {
			continue
		}
		if sp := q.speakerBefore(c, first); sp.found() {
			aud := q.audience(c, o)
			if q.reportsBefore(c, aud, o) {
				return none, -1, nil, false // "said two drones had struck the attackers, “neutralising …”"
			}
			return sp, c, aud, true
		}
	}
	return none, -1, nil, false
}

// reportsBefore reports whether the cue at c, with its audience aud,
// reports a clause of its own before the quotation mark at o, so that the
// quotation goes on that clause rather than opening after "said,".
func (q *doc) reportsBefore(c int, aud *text.Span, o int) bool {
	start := c + 1
	for aud != nil && start < o && q.d.Tokens[start].Start < aud.End {
		start++
	}
	return o-1-q.skipToClause(start, o) > 3
}

// cueInSentence reports whether the sentence of token i has a reporting
// verb outside quotation marks.
func (q *doc) cueInSentence(i int) bool {
	s := q.d.Sentences[q.d.SentenceOf(i)]
	for k := s.First; k < s.End; k++ {
		if q.cueAt[k] && !q.inMarks[k] && !q.usedCue[k] {
			return true
		}
	}
	return false
}

// stance returns the stance of the cue at token c.
func (q *doc) stance(c int) string {
	return q.x.cues[q.word(c)].stance
}
