package quote

import (
	"sitrep/internal/ner"
	"sitrep/internal/text"
)

// audience finds to whom or through what the words were said: the object
// of "told" ("told reporters", "told a briefing", "told Reuters"), or a
// channel phrase in the rest of the sentence ("in a statement", "on
// Telegram", "to Reuters", "at a news conference", "in an interview with
// the BBC").
func (q *doc) audience(c, end int) *text.Span {
	if q.x.cues[q.word(c)].audience && c+1 < end {
		if k := q.requestTo(c, end); k > c+1 {
			sp := q.d.SpanOf(c+1, k) // "urged countries with citizens in the camp to take them home"
			return &sp
		}
		if k := q.objectEnd(c, end); k > c+1 {
			sp := q.d.SpanOf(c+1, k)
			return &sp
		}
	}
	if q.appeal(c, end) && q.word(c+1) == "on" {
		if k := q.objectEnd(c+1, end); k > c+2 {
			sp := q.d.SpanOf(c+2, k) // "called on both sides to …": whom it asks
			return &sp
		}
	}
	if k := q.appealTo(c, end); k > c+2 {
		sp := q.d.SpanOf(c+2, k) // "appealed to parents to …", "appealed to aid agencies for …"
		return &sp
	}
	// The channel of the cue's own clause: after the cue up to the next
	// one, else before it back to the one before.
	s := q.d.Sentences[q.d.SentenceOf(c)]
	for k := c + 1; k+1 < s.End && !q.otherCue(k); k++ {
		if sp, ok := q.channel(k, s.End); ok {
			return &sp
		}
	}
	for k := c - 1; k >= s.First && !q.otherCue(k); k-- {
		if sp, ok := q.channel(k, c); ok {
			return &sp
		}
	}
	return nil
}

// requestTo returns the "to" of the infinitive that a request at c asks
// for, after whom it asks ("urged mayors along the river to stop"), or
// -1: "urged restraint" asks no one.
func (q *doc) requestTo(c, end int) int {
	if !requests[q.x.cues[q.word(c)].lemma] {
		return -1
	}
	for k := c + 2; k+1 < end && k < c+12; k++ {
		if q.channelAhead(k, end) || q.d.Tokens[k].Kind == text.Punct || q.cueAt[k] {
			return -1 // "urged Valletta and Rome in a joint statement to …": the object ends before the channel
		}
		if q.word(k) == "to" && q.d.Tokens[k+1].Kind == text.Word && !q.d.Tokens[k+1].Cap && !determiners[q.word(k+1)] {
			return k
		}
	}
	return -1
}

// channelAhead reports whether a channel phrase opens at token k: "in a
// joint statement", "at a news conference".
func (q *doc) channelAhead(k, end int) bool {
	if w := q.word(k); w != "in" && w != "at" && w != "on" {
		return false
	}
	for j := k + 1; j < end && j <= k+3; j++ {
		if channelNouns[q.word(j)] || platforms[q.word(j)] {
			return true
		}
	}
	return false
}

// appealTo returns the "to" or "for" that ends whom the cue at c appeals
// to ("appealed to parents to keep their children at home", "appealed to
// aid agencies for food"), or -1: "appealed to reason" names no one.
func (q *doc) appealTo(c, end int) int {
	if q.x.cues[q.word(c)].lemma != "appeal" || c+2 >= end || q.word(c+1) != "to" {
		return -1
	}
	for k := c + 2; k+1 < end && k < c+8; k++ {
		if q.d.Tokens[k].Kind == text.Punct {
			return -1
		}
		if q.word(k) == "to" || q.word(k) == "for" {
			return k
		}
	}
	return -1
}

func (q *doc) otherCue(k int) bool { return q.cueAt[k] && !q.inMarks[k] }

// objectEnd returns the end of the object of "told" at token c: "told
// reporters", "told a news conference", "told state broadcaster RTS",
// but not "told reporters the soldiers had …" nor "told Reuters Moscow
// had …", where the reported clause starts without "that".
func (q *doc) objectEnd(c, end int) int {
	k := c + 1
	for k < end && k < c+12 {
		w := q.word(k)
		if k > c+1 && w == "in" && k+1 < end && q.d.Tokens[k+1].Cap {
			return q.capsEnd(k+1, end) // "told reporters in Yerevan"
		}
		if k > c+1 && w == "of" && k+1 < end && q.d.Tokens[k+1].Kind == text.Word && !ner.Calendar(q.word(k+1)) {
			k++ // "told a meeting of security chiefs"
			continue
		}
		if w == "(" && k+2 < end && q.word(k+2) == ")" && q.d.Tokens[k+1].Upper {
			return k + 3 // "the Southern African Development Community (SADC)"
		}
		if q.d.Tokens[k].Kind == text.Punct || audienceStops[w] || ner.Calendar(w) {
			return k
		}
		if k > c+1 && (determiners[w] || pronouns[w] || w == "we" || w == "i") && !joiners[q.word(k-1)] {
			return k // not "both the security forces and the armed groups"
		}
		if ei := q.owner[k]; k > c+1 && ei >= 0 && q.owner[k-1] != ei && !determiners[q.word(k-1)] {
			r := k
			for r < end && q.owner[r] == ei {
				r++
			}
			if r == end || q.d.Tokens[r].Kind == text.Punct || audienceStops[q.word(r)] {
				return r
			}
			return k
		}
		k++
	}
	return k
}

// capsEnd returns the end of the run of capitalised words from token k.
func (q *doc) capsEnd(k, end int) int {
	for k < end && q.d.Tokens[k].Cap && q.d.Tokens[k].Kind != text.Punct {
		k++
	}
	return k
}

// channel matches a channel phrase at token k.
func (q *doc) channel(k, end int) (text.Span, bool) {
	w := q.word(k)
	switch {
	case (w == "in" || w == "at") && k+2 < end && (q.word(k+1) == "a" || q.word(k+1) == "an") && channelNouns[q.word(k+2)]:
		j := k + 3
		for j < end && channelNouns[q.word(j)] {
			j++ // "a news conference"
		}
		if j+1 < end && q.word(j) == "with" {
			j += 2 // "in an interview with the BBC"
			for j < end && q.owner[j] >= 0 && q.owner[j] == q.owner[j-1] {
				j++
			}
		}
		return q.d.SpanOf(k+1, j), true
	case w == "on" && k+1 < end && platforms[q.word(k+1)]:
		return q.d.SpanOf(k+1, k+2), true
	case w == "to" && k+1 < end && q.owner[k+1] >= 0 && q.ents[q.owner[k+1]].Sector == "MED" && k > 0 && q.word(k-1) == "spoke":
		return q.ownerAs[k+1], true
	}
	return text.Span{}, false
}

// joiners join the parts of a compound audience.
var joiners = map[string]bool{"and": true, "or": true, "both": true, "either": true}

// audienceStops end the object of "told": "told reporters in Manila that".
var audienceStops = map[string]bool{"that": true, "on": true, "in": true, "at": true, "to": true, "by": true,
	"after": true, "before": true, "while": true, "as": true, "during": true, "of": true, "late": true,
	"last": true, "earlier": true, "this": true}

var channelNouns = map[string]bool{"statement": true, "interview": true, "briefing": true,
	"conference": true, "speech": true, "post": true, "video": true, "letter": true, "communique": true,
	"press": true, "news": true, "televised": true, "conference call": true, "message": true, "tweet": true}

var platforms = map[string]bool{"telegram": true, "x": true, "twitter": true, "facebook": true,
	"instagram": true, "tiktok": true, "youtube": true, "television": true, "radio": true, "weibo": true}
