package syntax

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// The lemmatizer looks a word up by its form and XPOS in two exception
// tables learned from training (the exact form, then the lower case), and
// otherwise applies the suffix rule of the longest known ending for that
// XPOS: strip some bytes, add a string, and keep or drop the case as
// training words of the same XPOS and capitalisation did. Only forms that
// the rules get wrong are kept as exceptions.

// lemmaRule turns a form into its lemma.
type lemmaRule struct {
	strip uint8
	add   string
}

// lemmatizer holds the learned tables; rules and lemmas are indexed by
// the codes in the hash tables.
type lemmatizer struct {
	exact, lower *table[uint32] // form hash → index into lemmas
	suffix       *table[uint32] // XPOS and ending hash → index into rules
	keepCase     *table[bool]   // XPOS and capitalisation → lemma keeps case
	// eStems holds the training lemmas that end in "e" without it, where
	// the stem is no lemma itself ("declin" of "decline"): a suffix rule
	// that leaves such a stem dropped an e ("declined" read like
	// "joined"), and the lemma takes it back.
	eStems *table[bool]
	lemmas []string
	rules  []lemmaRule
}

// A lemma code says how to get a word's lemma: an index into lemmas when
// codeLemma is set, else a rule index, with codeKeep when the case stays.
const (
	codeLemma = 1 << 31
	codeKeep  = 1 << 30
	codeIndex = codeKeep - 1
)

func exactKey(x XPOS, w *word) uint64 { return f2(1, uint64(x), w.form) }
func lowerKey(x XPOS, w *word) uint64 { return f2(2, uint64(x), w.lower) }

// suffixKey is the key of the rule for words of XPOS x ending in the
// suffix hashed as h (k+1 bytes), or of XPOS x alone when k < 0.
func suffixKey(x XPOS, w *word, k int) uint64 {
	if k < 0 {
		return f1(3, uint64(x))
	}
	return f3(4, uint64(x), uint64(k), w.suf[k])
}

func caseKey(x XPOS, w *word) uint64 {
	return f2(5, uint64(x), w.flags&(flagCap|flagUpper))
}

// code returns the lemma code of a word tagged x.
func (l *lemmatizer) code(x XPOS, w *word) uint32 {
	if i, ok := l.exact.get(exactKey(x, w)); ok {
		return codeLemma | i
	}
	if x != vbd && x != vbn {
		return l.inexact(x, w)
	}
	if i, ok := l.lower.get(lowerKey(x, w)); ok {
		return codeLemma | i
	}
	// A past tense and its participle share a lemma: the treebank has
	// "fought" as a participle only, and the past tense's rule, learnt
	// from "sought", makes it "feek".
	p := vbd + vbn - x
	if i, ok := l.exact.get(exactKey(p, w)); ok {
		return codeLemma | i
	}
	if i, ok := l.lower.get(lowerKey(p, w)); ok {
		return codeLemma | i
	}
	return l.inexact(x, w)
}

// vbd and vbn are the past tense and the past participle, which share
// their lemmas.
var (
	vbd = XPOS(slices.Index(xposNames[:], "VBD"))
	vbn = XPOS(slices.Index(xposNames[:], "VBN"))
)

// inexact returns the lemma code from the lower-case table or the rules.
func (l *lemmatizer) inexact(x XPOS, w *word) uint32 {
	if i, ok := l.lower.get(lowerKey(x, w)); ok {
		return codeLemma | i
	}
	c := l.rule(x, w)
	if keep, _ := l.keepCase.get(caseKey(x, w)); keep {
		c |= codeKeep
	}
	return c
}

// rule returns the index of the rule of the longest known ending.
func (l *lemmatizer) rule(x XPOS, w *word) uint32 {
	for k := len(w.suf) - 1; k >= -1; k-- {
		if r, ok := l.suffix.get(suffixKey(x, w, k)); ok {
			return r
		}
	}
	return 0
}

// lemma returns the lemma of form for code c.
func (l *lemmatizer) lemma(form string, c uint32) string {
	if c&codeLemma != 0 {
		return l.lemmas[c&codeIndex]
	}
	form = asciiQuotes(form)
	r := l.rules[c&codeIndex]
	if int(r.strip) < len(form) {
		form = form[:len(form)-int(r.strip)] + r.add
	}
	if c&codeKeep != 0 {
		return form
	}
	low := strings.ToLower(form)
	if l.eStems != nil && r.strip > 0 && r.add == "" {
		// Only a stripped ending can have taken an e along ("FARC" is no
		// "farce").
		if _, ok := l.eStems.get(fnvString(low)); ok {
			return low + "e"
		}
	}
	return low
}

// asciiQuotes maps typographic quotes to ASCII, as features see them.
func asciiQuotes(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			var sc scratch
			sc.normalize(s)
			return string(sc.form)
		}
	}
	return s
}
