package quote

import "sitrep/internal/text"

// audience finds to whom or through what the words were said: the object
// of "told" ("told reporters", "told a briefing", "told Reuters"), or a
// channel phrase in the rest of the sentence ("in a statement", "on
// Telegram", "to Reuters", "at a news conference", "in an interview with
// the BBC").
func (q *doc) audience(c, end int) *text.Span {
	if q.x.cues[q.word(c)].audience && c+1 < end {
		k := c + 1
		for k < end && k < c+5 && q.d.Tokens[k].Kind != text.Punct && !audienceStops[q.word(k)] && !calendarWords[q.word(k)] {
			k++
		}
		if k > c+1 {
			sp := q.d.SpanOf(c+1, k)
			return &sp
		}
	}
	s := q.d.Sentences[q.d.SentenceOf(c)]
	for k := s.First; k+1 < s.End; k++ {
		if sp, ok := q.channel(k, s.End); ok {
			return &sp
		}
	}
	return nil
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

// audienceStops end the object of "told": "told reporters in Manila that".
var audienceStops = map[string]bool{"that": true, "on": true, "in": true, "at": true, "to": true,
	"after": true, "before": true, "while": true, "as": true, "during": true, "of": true, "late": true,
	"last": true, "earlier": true, "this": true}

var channelNouns = map[string]bool{"statement": true, "interview": true, "briefing": true,
	"conference": true, "speech": true, "post": true, "video": true, "letter": true, "communique": true,
	"press": true, "news": true, "televised": true, "conference call": true, "message": true, "tweet": true}

var platforms = map[string]bool{"telegram": true, "x": true, "twitter": true, "facebook": true,
	"instagram": true, "tiktok": true, "youtube": true, "television": true, "radio": true, "weibo": true}
