package syntax

import (
	"cmp"
	"maps"
	"slices"
	"strings"
)

// lemmaCounts counts the lemmas given to one form and XPOS in training.
type lemmaCounts struct {
	form  string // normalized form
	xpos  XPOS
	w     word
	count map[string]int
}

// bestKey returns the most frequent key, the smallest on ties.
func bestKey[K cmp.Ordered](m map[K]int) K {
	var best K
	n := -1
	for _, k := range slices.Sorted(maps.Keys(m)) {
		if m[k] > n {
			best, n = k, m[k]
		}
	}
	return best
}

type formKey struct {
	form string
	xpos XPOS
}

// countLemmas counts the lemmas of every form and of every lower-case
// form, with their XPOS.
func countLemmas(exs []example) (exact, lower []*lemmaCounts) {
	em, lm := map[formKey]*lemmaCounts{}, map[formKey]*lemmaCounts{}
	var sc scratch
	add := func(m map[formKey]*lemmaCounts, form string, x XPOS, lemma string) {
		k := formKey{form, x}
		c := m[k]
		if c == nil {
			c = &lemmaCounts{form: form, xpos: x, count: map[string]int{}}
			sc.setWord(&c.w, form, false)
			m[k] = c
		}
		c.count[lemma]++
	}
	for _, ex := range exs {
		for j, f := range ex.s.Form {
			x, lemma := ex.s.XPOS[j], ex.s.Lemma[j]
			if lemma == "_" {
				continue
			}
			f = asciiQuotes(f)
			add(em, f, x, lemma)
			add(lm, strings.ToLower(f), x, strings.ToLower(lemma))
		}
	}
	sorted := func(m map[formKey]*lemmaCounts) []*lemmaCounts {
		out := slices.Collect(maps.Values(m))
		slices.SortFunc(out, func(a, b *lemmaCounts) int {
			return cmp.Or(cmp.Compare(a.form, b.form), cmp.Compare(a.xpos, b.xpos))
		})
		return out
	}
	return sorted(em), sorted(lm)
}

// trainLemmatizer learns suffix rules from the lower-case word types of
// exs and keeps the forms they get wrong as exceptions.
func trainLemmatizer(exs []example) *lemmatizer {
	l := &lemmatizer{
		exact: newTable[uint32](0), lower: newTable[uint32](0), suffix: newTable[uint32](0),
		keepCase: newTable[bool](0), rules: []lemmaRule{{}},
	}
	exact, lower := countLemmas(exs)
	l.learnRules(lower)
	l.learnCase(exact)
	l.eStems = eStems(lower)
	index := map[string]uint32{}
	intern := func(s string) uint32 {
		i, ok := index[s]
		if !ok {
			i = uint32(len(l.lemmas))
			l.lemmas = append(l.lemmas, s)
			index[s] = i
		}
		return i
	}
	for _, c := range lower {
		if g := bestKey(c.count); l.lemma(c.form, l.rule(c.xpos, &c.w)) != g {
			l.lower.set(lowerKey(c.xpos, &c.w), intern(g))
		}
	}
	for _, c := range exact {
		if g := bestKey(c.count); l.lemma(c.form, l.inexact(c.xpos, &c.w)) != g {
			l.exact.set(exactKey(c.xpos, &c.w), intern(g))
		}
	}
	return l
}

// eStems returns the stems of the training lemmas that end in "e" and
// whose stem is no training lemma itself.
func eStems(types []*lemmaCounts) *table[bool] {
	lemmas := map[string]bool{}
	for _, c := range types {
		for lemma := range c.count {
			lemmas[lemma] = true
		}
	}
	t := newTable[bool](0)
	for lemma := range lemmas {
		if stem, ok := strings.CutSuffix(lemma, "e"); ok && len(stem) >= 3 && !lemmas[stem] {
			t.set(fnvString(stem), true)
		}
	}
	return t
}

// transform returns the rule that turns form into lemma.
func transform(form, lemma string) (lemmaRule, bool) {
	p := 0
	for p < len(form) && p < len(lemma) && form[p] == lemma[p] {
		p++
	}
	if len(form)-p > 255 {
		return lemmaRule{}, false
	}
	return lemmaRule{strip: uint8(len(form) - p), add: lemma[p:]}, true
}

// learnRules picks, for each XPOS and each ending of one to four bytes
// shared by at least two word types, the most frequent rule of those
// types, and for each XPOS alone its most frequent rule.
func (l *lemmatizer) learnRules(types []*lemmaCounts) {
	counts := map[uint64]map[lemmaRule]int{}
	keys := []uint64{}
	base := map[uint64]bool{} // keys of an XPOS alone
	for _, c := range types {
		r, ok := transform(c.form, bestKey(c.count))
		if !ok {
			continue
		}
		for k := -1; k < len(c.w.suf) && k+1 < len(c.form); k++ {
			key := suffixKey(c.xpos, &c.w, k)
			base[key] = k < 0
			m := counts[key]
			if m == nil {
				m = map[lemmaRule]int{}
				counts[key] = m
				keys = append(keys, key)
			}
			m[r]++
		}
	}
	index := map[lemmaRule]uint32{{}: 0}
	for _, key := range keys {
		m := counts[key]
		total, best, n := 0, lemmaRule{}, -1
		for _, r := range slices.SortedFunc(maps.Keys(m), compareRules) {
			total += m[r]
			if m[r] > n {
				best, n = r, m[r]
			}
		}
		if total < 2 && !base[key] {
			continue
		}
		i, ok := index[best]
		if !ok {
			i = uint32(len(l.rules))
			l.rules = append(l.rules, best)
			index[best] = i
		}
		l.suffix.set(key, i)
	}
}

func compareRules(a, b lemmaRule) int {
	return cmp.Or(cmp.Compare(a.strip, b.strip), cmp.Compare(a.add, b.add))
}

// learnCase decides for each XPOS and capitalisation whether lemmas keep
// the case of their form, by the forms whose lemma tells.
func (l *lemmatizer) learnCase(forms []*lemmaCounts) {
	keep, drop := map[uint64]int{}, map[uint64]int{}
	for _, c := range forms {
		g := bestKey(c.count)
		r := l.rules[l.rule(c.xpos, &c.w)]
		applied := c.form
		if int(r.strip) < len(applied) {
			applied = applied[:len(applied)-int(r.strip)] + r.add
		}
		low := strings.ToLower(applied)
		if low == applied {
			continue
		}
		n := 0
		for _, v := range c.count {
			n += v
		}
		switch k := caseKey(c.xpos, &c.w); g {
		case applied:
			keep[k] += n
		case low:
			drop[k] += n
		}
	}
	for k, n := range keep {
		if n > drop[k] {
			l.keepCase.set(k, true)
		}
	}
}
