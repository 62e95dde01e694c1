package event

import (
	"slices"
	"strings"

	"sitrep/internal/cameo"
	"sitrep/internal/syntax"
)

// match is the outcome of matching one pattern.
type match struct {
	score            int
	sources, targets []int // actor indices the pattern placed
	pattern          *cameo.Pattern
}

// bestPattern matches every pattern of the verbs' blocks against the
// clause and returns the best full match, or nil.
func (x *doc) bestPattern(cl clause, verbs []*cameo.Verb) *match {
	var best match
	found := false
	for vi, v := range verbs {
		if blockSeen(verbs[:vi], v.Block) {
			continue
		}
		for pi := range v.Block.Patterns {
			if p := &v.Block.Patterns[pi]; len(p.After) == 0 && !v.Code.IsZero() && cameo.Root(p.Code.Fwd) != cameo.Root(v.Code.Fwd) {
				// A pattern on the subject alone ("&MILITARY *": troops
				// seize ground, 192) is written for the block's other
				// verbs; a verb with a code of another root keeps it
				// ("the army arrested five suspects" is 173).
				continue
			}
			if p := &v.Block.Patterns[pi]; cl.passive && len(p.For) > 0 && !p.Serves(v) && subjectWords(p) {
				// "Rockets were fired at Sderot": what a passive's
				// subject is was done to; a pattern written for another
				// verb of the block reads its subject as the doer
				// ("&WEAPON * explode", 183)
				continue
			}
			if !servesAny(&v.Block.Patterns[pi], verbs[vi:], v.Block) {
				// A pattern written for another verb of the block keeps
				// its code for that verb's root; a verb with a code of its
				// own ("beat" 182 beside "break with" 130) is not recoded
				// into another root by it.
				continue
			}
			m, ok := x.matchPattern(cl, &v.Block.Patterns[pi])
			// A later equal pattern wins, as in PETRARCH, whose pattern
			// trie keeps the last code.
			if ok && (!found || m.score >= best.score) {
				best, found = m, true
			}
		}
	}
	if !found {
		return nil
	}
	return &best
}

// subjectWords reports whether pattern p reads words, not an actor, in
// the subject.
func subjectWords(p *cameo.Pattern) bool {
	for _, e := range p.Before {
		if e.Kind == cameo.KindWords || e.Kind == cameo.KindSynset {
			return true
		}
	}
	return false
}

// servesAny reports whether p may code the clause's verbs of block b: a
// pattern serves the verbs it was written for, and the block's other
// verbs unless one of them carries a code of another root (CAMEO 2.0
// lists "beat" twice, once bare and once with 182).
func servesAny(p *cameo.Pattern, verbs []*cameo.Verb, b *cameo.Block) bool {
	other := false
	for _, v := range verbs {
		switch {
		case v.Block != b:
		case p.Serves(v):
			return true
		case !v.Code.IsZero() && cameo.Root(v.Code.Fwd) != cameo.Root(p.Code.Fwd):
			other = true
		}
	}
	return !other
}

// blockSeen reports whether one of verbs belongs to block b.
func blockSeen(verbs []*cameo.Verb, b *cameo.Block) bool {
	for _, v := range verbs {
		if v.Block == b {
			return true
		}
	}
	return false
}

func (x *doc) matchPattern(cl clause, p *cameo.Pattern) (match, bool) {
	m := match{pattern: p}
	for _, w := range p.Words {
		if !slices.Contains(cl.words, w) {
			return m, false
		}
	}
	if len(p.Before) > 0 && !x.matchSide(p.Before, cl.before, cl.beforePP, cl.verb, &m) {
		return m, false
	}
	if len(p.After) > 0 && !x.matchSide(p.After, cl.after, cl.afterPP, cl.verb, &m) {
		return m, false
	}
	return m, m.score > 0
}

// matchSide matches elements in order against a sequence of tokens,
// allowing words between them. An element outside parentheses matches
// only words outside prepositional phrases; one inside "(TO ...)" only
// words of a "to" phrase. A word that heads the verb's object or subject
// counts more than one that modifies it: "set up an air operations base"
// is about a base.
func (x *doc) matchSide(elems []cameo.Elem, seq []int, pp []string, verb int, m *match) bool {
	k := 0
	prep := ""
	for _, e := range elems {
		if e.Prep != prep {
			prep = e.Prep
			if prep != "" {
				p := x.find(seq, k, func(p int) int { return boolInt(x.isPrep(seq[p], prep) && x.during(x.head(seq[p]), prep) != "") })
				if p < 0 {
					return false
				}
				k = p + 1
				m.score++
			}
		}
		if e.Kind == cameo.KindPrep {
			continue
		}
		n := 0
		p := x.find(seq, k, func(p int) int {
			if pp[p] != e.Prep {
				return 0
			}
			n = x.elemAt(e, seq[p])
			return n
		})
		if p < 0 {
			return false
		}
		x.place(e, seq[p], m)
		last := seq[p] + n - 1 // a phrase ends on its head word
		if e.Kind == cameo.KindWords || e.Kind == cameo.KindSynset {
			if h := x.head(last); h == verb || h >= 0 && x.head(h) == verb && x.syn.Tokens[h].Rel == syntax.Conj {
				m.score++
			}
		}
		for k = p + 1; k < len(seq) && seq[k] <= last; k++ {
		}
	}
	return true
}

// isPrep reports whether token t is the preposition prep, not the "to"
// of an infinitive: "praised Haiti's efforts to improve" has no "to"
// phrase.
func (x *doc) isPrep(t int, prep string) bool {
	return x.d.Lower(t) == prep && x.syn.Tokens[t].UPOS != syntax.PART
}

// find returns the first position from k in seq where f matches a
// positive number of tokens, or -1.
func (x *doc) find(seq []int, k int, f func(p int) int) int {
	for p := k; p < len(seq); p++ {
		if f(p) > 0 {
			return p
		}
	}
	return -1
}

// elemAt returns how many tokens element e matches from token t, 0 for no
// match.
func (x *doc) elemAt(e cameo.Elem, t int) int {
	switch e.Kind {
	case cameo.KindWords:
		return x.phraseAt(e.Words, t, e.Exact, 0)
	case cameo.KindSynset:
		return x.synsetAt(e.Name, t, 0)
	default: // source, target, skip, both: an actor
		if a := x.actorIndex(t); a >= 0 {
			return x.actors[a].End - t
		}
	}
	return 0
}

// place records the actor an actor element matched.
func (x *doc) place(e cameo.Elem, t int, m *match) {
	a := x.actorIndex(t)
	switch e.Kind {
	case cameo.KindSource:
		m.sources = append(m.sources, a)
		m.score++
	case cameo.KindTarget:
		m.targets = append(m.targets, a)
		m.score++
	case cameo.KindBoth:
		m.sources = append(m.sources, a)
		m.targets = append(m.targets, a)
		m.score++
	case cameo.KindSkip:
		m.score++
	case cameo.KindWords:
		m.score += 2 * len(e.Words)
	case cameo.KindSynset:
		m.score += 2
	}
}

// phraseAt matches consecutive words from token t; a word "&name" is a
// synonym set. depth bounds sets nested in sets.
func (x *doc) phraseAt(words []string, t int, exact bool, depth int) int {
	n := 0
	for _, w := range words {
		k := t + n
		if k >= len(x.d.Tokens) || x.syn.Tokens[k].UPOS == 0 {
			return 0
		}
		if name, ok := strings.CutPrefix(w, "&"); ok {
			m := x.synsetAt(name, k, depth+1)
			if m == 0 {
				return 0
			}
			n += m
			continue
		}
		if exact && x.d.Lower(k) != w || !exact && !x.wordIs(k, w) {
			return 0
		}
		n++
	}
	return n
}

// synsetAt matches the longest member of a synonym set from token t.
func (x *doc) synsetAt(name string, t, depth int) int {
	if depth > 3 {
		return 0
	}
	best := x.forceMatch(name, t)
	try := func(members [][]string) {
		for _, m := range members {
			exact := len(m) == 1 && x.dict.Exact(m[0])
			if n := x.phraseAt(m, t, exact, depth); n > best {
				best = n
			}
		}
	}
	try(x.dict.Members(name, x.d.Lower(t)))
	if l := x.lemma(t); l != x.d.Lower(t) {
		try(x.dict.Members(name, l))
	}
	try(x.dict.Members(name, "&"))
	return best
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// actorIndex returns the actor at token t, making one of a role noun, or -1.
func (x *doc) actorIndex(t int) int {
	if a := x.actorAt[t]; a >= 0 {
		return int(a)
	}
	return x.agentAt(t)
}

// forceMatch matches the equipment catalogue's mention at token t to the
// dictionary's weapon set, or a unit or personnel noun to its military
// set, and returns its length in tokens.
func (x *doc) forceMatch(name string, t int) int {
	fi := x.forceAt[t]
	if fi == 0 {
		return 0
	}
	f := x.in.Forces[fi-1]
	if name == "weapon" && !f.Personnel || name == "military" && f.Personnel {
		return f.End - f.First
	}
	return 0
}
