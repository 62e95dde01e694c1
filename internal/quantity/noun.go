package quantity

import (
	"strings"

	"sitrep/internal/text"
)

// maxPhrase caps the words of a counted noun phrase ("seven Russian
// T-90 main battle tanks").
const maxPhrase = 5

// npStop ends a noun phrase: function words, auxiliaries and the verbs that
// follow a count in news ("200 people said").
var npStop = text.SetOf(
	"a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
	"it", "they", "he", "she", "we", "you", "i", "them", "him", "us", "me", "there", "here", "when", "where",
	"while", "after", "before", "since", "until", "during", "per", "each", "every", "ago", "than", "as", "of",
	"in", "on", "at", "for", "with", "by", "from", "into", "onto", "over", "under", "and", "or", "but", "nor",
	"to", "be", "is", "are", "was", "were", "been", "being", "am", "has", "have", "had", "having", "do",
	"does", "did", "will", "would", "could", "may", "might", "can", "should", "must", "shall", "said", "says",
	"say", "told", "tell", "according", "which", "who", "whom", "whose", "what", "how", "why", "if",
	"because", "so", "then", "also", "not", "no", "yet", "now", "already", "still", "just", "only", "even",
	"again", "including", "within", "without", "around", "along", "behind", "beyond", "outside", "inside",
	"amid", "amidst", "despite", "whether", "all", "both", "either", "neither", "such", "some", "any", "many",
	"much", "few", "several", "against", "between", "among", "across", "through", "toward", "towards", "via",
	"near", "about", "up", "down", "out", "off", "back", "away", "last", "next", "once", "twice", "too",
	"very", "most", "less", "least", "get", "got", "make", "made", "take", "took", "go", "went",
	"come", "came", "see", "saw", "seen", "like", "each", "apiece", "respectively", "altogether", "total",
	"overall", "alone", "instead", "either", "else", "own", "whereas", "unless", "though", "although",
	"upon", "onto", "versus", "vs", "vs.", "etc", "etc.", "i.e.", "e.g.", "ie", "eg",
)

// modifiers may open a counted phrase but never head it: "seven more
// tanks", "200 other people".
var modifiers = text.SetOf("more", "other", "additional", "extra", "further", "new", "old", "own", "same",
	"different", "separate", "remaining", "such")

// irregularPlurals count as plural heads.
var irregularPlurals = text.SetOf("people", "personnel", "police", "aircraft", "staff", "infantry", "cattle",
	"militia", "crew", "children", "mice", "geese", "sheep", "fish", "livestock", "clergy", "artillery",
	"equipment", "military", "weaponry", "ammunition", "hardware", "youth", "offspring", "deer", "data",
	"media", "criteria", "phenomena", "teeth", "feet", "men")

// noun finds the noun phrase the quantity counts: after "of" for a
// partitive ("one of the officials", "dozens of people"), otherwise right
// after the number and its unit.
func (p *parser) noun(q *Quantity, lim int) {
	d := p.d
	j := q.End
	if j < lim && strings.EqualFold(d.Word(j), "of") {
		j++
		if j < lim && p.has(j, wPartitive) {
			j++
		}
	} else if q.Class == ClassFraction && j < lim && p.has(j, wPartitive) {
		j++ // "half the condos"
	}
	plural := q.Value != 1 || q.Approximate || q.Range || q.Vague || q.Bound != ""
	head, first := p.nounPhrase(j, lim, plural)
	if head < 0 {
		return
	}
	q.NounTok, q.NounFirst = head, first
	q.NounSpan = d.Tokens[head].Span
	q.Noun = text.Fold(d.Word(head))
	if q.Unit == "" {
		if u, ok := peopleUnits[q.Noun]; ok {
			q.Unit, q.Class = u, ClassPeople
		}
	}
}

// peopleUnits are the counted nouns that the issue treats as units.
var peopleUnits = map[string]string{
	"people": "people", "persons": "person", "person": "person", "households": "household",
	"household": "household", "families": "family", "family": "family",
}

// nounPhrase returns the head and the first token of the noun phrase that
// starts at j, or -1. With plural set the head is the last plural word, so
// "armed personnel carriers" heads on "carriers" and "tanks sit" on
// "tanks".
func (p *parser) nounPhrase(j, lim int, plural bool) (head, first int) {
	d := p.d
	head, lastPlural, words := -1, -1, 0
	for k := j; k < lim && words < maxPhrase; k++ {
		t := d.Tokens[k]
		w := d.Word(k)
		if t.Kind == text.Punct || (p.has(k, wStop) && !t.Upper) {
			break
		}
		if t.Kind == text.Number && !(words > 0 && d.Tokens[k-1].Cap && p.continues(k+1, lim)) || p.has(k, wNumber) ||
			hyphenStarter(w) {
			break // "a 2.4-liter four-cylinder engine" holds two quantities
		}
		verbish := endsWith(w, "ed") || (endsWith(w, "ly") && len(w) > 4)
		if verbish && !p.continues(k+1, lim) {
			break
		}
		words++
		if !verbish && !p.has(k, wModifier) {
			head = k
		}
		if !verbish && p.plural(k) {
			lastPlural = k
		}
	}
	if plural && lastPlural >= 0 {
		head = lastPlural
	}
	if head < 0 {
		return -1, -1
	}
	return head, j
}

// continues reports whether token k can go on a noun phrase.
func (p *parser) continues(k, lim int) bool {
	return k < lim && p.d.Tokens[k].Kind == text.Word && (p.d.Tokens[k].Upper || !p.has(k, wStop))
}

// isPlural guesses from its ending whether w is a plural noun.
func isPlural(w string) bool {
	if is(irregularPlurals, w) {
		return true
	}
	n := len(w)
	if n < 3 {
		return false
	}
	if endsWith(w, "men") && n > 4 {
		return true
	}
	c := w[n-1]
	if c != 's' && c != 'S' {
		return false
	}
	for _, suf := range []string{"ss", "us", "is", "'s", "ous"} {
		if endsWith(w, suf) {
			return false
		}
	}
	return true
}

// endsWith reports whether w ends with the lower-case suffix, ignoring case.
func endsWith(w, suf string) bool {
	return len(w) >= len(suf) && strings.EqualFold(w[len(w)-len(suf):], suf)
}
