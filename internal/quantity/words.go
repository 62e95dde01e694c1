package quantity

import (
	"strings"

	"sitrep/internal/text"
)

// is reports whether w folds to one of the keys in set.
func is(set map[string]bool, w string) bool {
	_, ok := text.Lookup(set, w)
	return ok
}

// phrase is a run of folded words, as a bound or a unit is written.
type phrase []string

// phrases indexes multi-word cues by their first word, longest first, so a
// match at a token tries "more than" before "more".
type phrases[V any] map[string][]phraseEntry[V]

type phraseEntry[V any] struct {
	words phrase
	val   V
}

func newPhrases[V any](m map[string]V) phrases[V] {
	p := phrases[V]{}
	for k, v := range m {
		w := strings.Fields(k)
		p[w[0]] = append(p[w[0]], phraseEntry[V]{w, v})
	}
	for _, list := range p {
		sortLongestFirst(list)
	}
	return p
}

func sortLongestFirst[V any](list []phraseEntry[V]) {
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && len(list[j].words) > len(list[j-1].words); j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
}

// match returns the longest phrase that starts at token i and ends before
// limit, with the token after it.
func (p phrases[V]) match(d *text.Doc, i, limit int) (V, int, bool) {
	var zero V
	if i >= limit {
		return zero, i, false
	}
	list, ok := text.Lookup(p, d.Word(i))
	if !ok {
		return zero, i, false
	}
	for _, e := range list {
		if end, ok := wordsAt(d, i, limit, e.words); ok {
			return e.val, end, true
		}
	}
	return zero, i, false
}

// wordsAt reports whether the tokens from i spell words, and where they end.
func wordsAt(d *text.Doc, i, limit int, words phrase) (int, bool) {
	if i+len(words) > limit {
		return i, false
	}
	for k, w := range words {
		if !strings.EqualFold(d.Word(i+k), w) {
			return i, false
		}
	}
	return i + len(words), true
}

// Word classes, as bits of one table: the reader looks each token up once
// and then tests bits, which keeps the stage cheap on long articles.
const (
	wStarter uint32 = 1 << iota
	wStop
	wNumber
	wModifier
	wIrregular
	wPartitive
	wYearPrep
	wLabel
	wMonth
	wTimeSuffix
	wOneDet
	wOneFollow
	wAge
	wBound
	wAgo
	wKnown // the bits of the token have been looked up
)

var classes = func() map[string]uint32 {
	m := map[string]uint32{}
	add := func(bit uint32, set map[string]bool) {
		for w := range set {
			m[w] |= bit
		}
	}
	add(wStarter, starters)
	add(wStop, npStop)
	add(wModifier, modifiers)
	add(wIrregular, irregularPlurals)
	add(wPartitive, partitiveDets)
	add(wYearPrep, yearPreps)
	add(wLabel, labels)
	add(wMonth, months)
	add(wTimeSuffix, timeSuffixes)
	add(wOneDet, oneDeterminers)
	add(wOneFollow, oneFollowers)
	add(wAge, ageCues)
	add(wAgo, agoWords)
	for _, t := range []map[string]float64{ones, tens, scales, vague} {
		for w := range t {
			m[w] |= wNumber
		}
	}
	for w := range boundWords {
		m[w] |= wBound
	}
	return m
}()

var (
	classFilter   = text.NewWordFilter(classes)
	starterFilter = text.NewWordFilter(starters)
)

// has reports whether token k is of class b. The classes of a token are
// looked up the first time they are asked for; most words never are.
func (p *parser) has(k int, b uint32) bool {
	v := p.bits[k]
	if v&wKnown == 0 {
		v = wKnown
		if w := p.d.Word(k); p.d.Tokens[k].Kind != text.Number && classFilter.MayHave(w) {
			c, _ := text.Lookup(classes, w)
			v |= c
		}
		p.bits[k] = v
	}
	return v&b != 0
}

// plural guesses whether token k is a plural noun.
func (p *parser) plural(k int) bool {
	return p.has(k, wIrregular) || isPlural(p.d.Word(k))
}

// boundBefore returns the bound phrase that ends right before token j,
// testing only the tokens that can start one.
func (p *parser) boundBefore(j int) (boundCue, int, bool) {
	for i := max(p.floor, j-4); i < j; i++ {
		if !p.has(i, wBound) {
			continue
		}
		if b, end, ok := boundWords.match(p.d, i, j); ok && end == j {
			return b, i, true
		}
	}
	return boundCue{}, j, false
}
