package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// split appends the sentences of paragraph para, whose tokens start at
// first, and returns the sentences.
func (d *Doc) split(para, first int) []Sentence {
	start := first
	if end := d.datelineEnd(first); end > first {
		// "KYIV, Aug 30 (Reuters) -" is a sentence of its own: the
		// parser reads the story from its first word.
		d.Sentences = append(d.Sentences, d.sentence(para, first, end))
		start = end
	}
	for i := start; i < len(d.Tokens); i++ {
		end := d.sentenceEnd(i)
		if end < 0 {
			continue
		}
		d.Sentences = append(d.Sentences, d.sentence(para, start, end))
		start, i = end, end-1
	}
	if start < len(d.Tokens) {
		d.Sentences = append(d.Sentences, d.sentence(para, start, len(d.Tokens)))
	}
	return d.Sentences
}

// DatelineSentence reports whether sentence si is a dateline alone,
// "JALALABAD, Afghanistan, Sept 3 (Agency) -", split from the lead it
// opens.
func (d *Doc) DatelineSentence(si int) bool {
	if si < 0 || si >= len(d.Sentences) {
		return false
	}
	s := d.Sentences[si]
	return d.datelineEnd(s.First) == s.End
}

// datelineEnd returns the token after the dash that closes a dateline
// opening the paragraph at token first, or -1.
func (d *Doc) datelineEnd(first int) int {
	k := first
	for k < len(d.Tokens) && d.upperWord(k) {
		k++
	}
	if k == first || !d.Dateline(first, k) {
		return -1
	}
	for j := k; j < len(d.Tokens) && j < first+24; j++ {
		switch d.Word(j) {
		case "-", "–", "—":
			if j+1 < len(d.Tokens) && d.Tokens[j].Kind == Punct && d.opens(j+1) {
				return j + 1
			}
			return -1
		case ".", "!", "?":
			return -1
		}
	}
	return -1
}

func (d *Doc) sentence(para, i, j int) Sentence {
	return Sentence{Span: d.SpanOf(i, j), Para: para, First: i, End: j}
}

// sentenceEnd returns the token index after the sentence that token i
// closes, or -1 when i closes none. A stop closes a sentence when the next
// word may start one; closing quotes and brackets stay with the sentence.
func (d *Doc) sentenceEnd(i int) int {
	t := d.Tokens[i]
	w := d.Text[t.Start:t.End]
	switch {
	case t.Kind == Punct && (w == "." || w == "!" || w == "?" || w == "…" || w == "..."):
	case t.Kind == Word && strings.HasSuffix(w, ".") && isInitial(strings.TrimSuffix(w, ".")):
		// "on X." or "Plan B." ends a sentence before a quotation or a
		// word that usually starts one; "John F. Kennedy" does not.
		if i+1 < len(d.Tokens) && !starters[d.Word(i+1)] && !d.opensQuote(i+1) {
			return -1
		}
	case t.Kind == Word && (w == "a.m." || w == "p.m."):
		// "at around 4 a.m. Four children were among the dead": a time
		// ends a sentence before any capital but a zone or a day.
		if i+1 < len(d.Tokens) && (d.Tokens[i+1].Kind != Word || afterTime[d.Word(i+1)]) {
			return -1 // "7:40 a.m. (2240 GMT)"
		}
	case t.Kind == Word && strings.HasSuffix(w, ".") && !isTitleAbbrev(w):
		// "U.S." or "etc." ends a sentence only before a word that
		// usually starts one.
		if i+1 < len(d.Tokens) && !starters[d.Word(i+1)] && !d.opensQuote(i+1) {
			return -1
		}
	default:
		return -1
	}
	j := i + 1
	for j < len(d.Tokens) && d.closes(j) {
		j++
	}
	if j < len(d.Tokens) && j == i+1 && d.Tokens[j].Kind == Number && w == "." && shortLower(d, i) {
		return -1 // "vz. 58", "approx. 300": an abbreviation before a number
	}
	if j == len(d.Tokens) || d.opens(j) {
		return j
	}
	return -1
}

// shortLower reports whether the word before the stop at i is a short
// lower-case word written against it, as abbreviations are.
func shortLower(d *Doc, i int) bool {
	if i == 0 || d.Tokens[i-1].End != d.Tokens[i].Start || d.Tokens[i-1].Kind != Word {
		return false
	}
	p := d.Word(i - 1)
	return len(p) <= 3 && !d.Tokens[i-1].Cap && !d.Tokens[i-1].Upper
}

// closes reports whether token j is a closing quote or bracket attached
// to what precedes it.
func (d *Doc) closes(j int) bool {
	t := d.Tokens[j]
	if t.Kind != Punct || t.Start != d.Tokens[j-1].End {
		return false
	}
	r, _ := utf8.DecodeRuneInString(d.Text[t.Start:])
	return strings.ContainsRune(`"'”’»)]`, r)
}

// opens reports whether token j can start a sentence.
func (d *Doc) opens(j int) bool {
	t := d.Tokens[j]
	r, _ := utf8.DecodeRuneInString(d.Text[t.Start:])
	if t.Kind == Punct {
		return strings.ContainsRune(`"'“‘«([`, r)
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// opensQuote reports whether token j is an opening quotation mark.
func (d *Doc) opensQuote(j int) bool {
	r, _ := utf8.DecodeRuneInString(d.Text[d.Tokens[j].Start:])
	return d.Tokens[j].Kind == Punct && strings.ContainsRune(`"“«`, r) && d.Tokens[j].Start > d.Tokens[j-1].End
}

func isTitleAbbrev(w string) bool {
	return abbreviations[strings.TrimSuffix(w, ".")] || isInitial(strings.TrimSuffix(w, "."))
}

// afterTime are the capitalised words that go on a clock time: "4 a.m.
// GMT", "10 p.m. Monday".
var afterTime = SetOf("GMT", "UTC", "EST", "EDT", "CST", "CDT", "PST", "PDT", "CET", "CEST", "BST", "IST",
	"ET", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

// starters are words that begin sentences far more often than they follow
// an abbreviation such as "U.S." inside one.
var starters = SetOf(
	"The", "A", "An", "He", "She", "It", "They", "We", "I", "In", "On", "At", "But", "And", "This", "That",
	"These", "Those", "There", "His", "Her", "Their", "Its", "As", "After", "Before", "When", "While", "If",
	"Officials", "Some", "Many", "No", "Last", "Earlier", "Later", "Meanwhile", "However", "Since", "According",
)
