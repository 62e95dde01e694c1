package syntax

import (
	"math/rand/v2"
	"slices"
)

// example is a training or evaluation sentence with its words hashed.
type example struct {
	s     *sentence
	words []word
	class []uint8 // gold tagger classes
}

func prepare(sents []sentence, classes []tagClass) []example {
	index := classIndex(classes)
	var sc scratch
	out := make([]example, len(sents))
	for i := range sents {
		s := &sents[i]
		ex := example{s: s, words: make([]word, s.Len()), class: make([]uint8, s.Len())}
		for j, f := range s.Form {
			sc.setWord(&ex.words[j], f, j == 0)
			ex.class[j] = index(s.UPOS[j], s.XPOS[j])
		}
		out[i] = ex
	}
	return out
}

// buildClasses returns the UPOS and XPOS pairs seen at least min times,
// most frequent first.
func buildClasses(sents []sentence, min int) []tagClass {
	count := map[tagClass]int{}
	for _, s := range sents {
		for j := range s.Form {
			count[tagClass{s.UPOS[j], s.XPOS[j]}]++
		}
	}
	var out []tagClass
	for c, n := range count {
		if n >= min {
			out = append(out, c)
		}
	}
	slices.SortFunc(out, func(a, b tagClass) int {
		if d := count[b] - count[a]; d != 0 {
			return d
		}
		return int(a.UPOS)*256 + int(a.XPOS) - int(b.UPOS)*256 - int(b.XPOS)
	})
	return out
}

// classIndex returns a function mapping a gold pair to its class; a rare
// pair maps to the most frequent class with the same XPOS, else the same
// UPOS, else the first class.
func classIndex(classes []tagClass) func(UPOS, XPOS) uint8 {
	exact := map[tagClass]uint8{}
	byX := map[XPOS]uint8{}
	byU := map[UPOS]uint8{}
	for i, c := range classes {
		exact[c] = uint8(i)
		if _, ok := byX[c.XPOS]; !ok {
			byX[c.XPOS] = uint8(i)
		}
		if _, ok := byU[c.UPOS]; !ok {
			byU[c.UPOS] = uint8(i)
		}
	}
	return func(u UPOS, x XPOS) uint8 {
		if i, ok := exact[tagClass{u, x}]; ok {
			return i
		}
		if i, ok := byX[x]; ok {
			return i
		}
		return byU[u]
	}
}

// trainTagger trains a tagger on exs for the given epochs, visiting the
// sentences in a new seeded order each epoch.
func trainTagger(exs []example, classes []tagClass, bits uint8, epochs int, seed uint64, progress func(epoch int, acc float64)) *tagger {
	aw := newAvgWeights(bits, len(classes))
	t := &tagger{classes: classes, bits: bits, w: aw, open: openClasses(exs, len(classes))}
	t.findNamed()
	rng := rand.New(rand.NewPCG(seed, 1))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	var b tagBuf
	for e := range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, k := range order {
			ex := &exs[k]
			var p1, p2 uint64
			for i := range ex.words {
				gold := ex.class[i]
				c, scored := t.decide(aw, ex.words, i, p1, p2, &b)
				if scored {
					if c != gold && t.considers(&ex.words[i], gold) {
						aw.update(b.feats, int(gold), 1)
						aw.update(b.feats, int(c), -1)
					}
					aw.tick()
				}
				if c == gold {
					correct++
				}
				total++
				p1, p2 = uint64(c)+1, p1
			}
		}
		if progress != nil {
			progress(e+1, float64(correct)/float64(total))
		}
	}
	t.w = aw.quantize()
	return t
}

// Lexicon thresholds: words seen lexCount times get ambiguity features,
// words seen allowCount times are only given the classes they took.
const (
	lexCount   = 20
	allowCount = 100
)

// buildLexicon returns, for each lower-case form seen at least lexCount
// times, a hash of the set of classes it takes in at least a tenth of its
// occurrences and, if seen allowCount times, the set of all classes it
// takes.
func buildLexicon(exs []example) *table[lexEntry] {
	counts := map[uint64]map[uint8]int{}
	for _, ex := range exs {
		for j, w := range ex.words {
			m := counts[w.lower]
			if m == nil {
				m = map[uint8]int{}
				counts[w.lower] = m
			}
			m[ex.class[j]]++
		}
	}
	lex := newTable[lexEntry](0)
	for form, m := range counts {
		total := 0
		for _, n := range m {
			total += n
		}
		if total < lexCount {
			continue
		}
		var common, all classSet
		for c, n := range m {
			all.add(c)
			if 10*n >= total {
				common.add(c)
			}
		}
		e := lexEntry{amb: f2(0, common[0], common[1])}
		if total >= allowCount {
			e.allowed = all
		}
		lex.set(form, e)
	}
	return lex
}

// lookup sets what lex knows of each word.
func lookup(ws []word, lex *table[lexEntry]) {
	for j := range ws {
		e, _ := lex.get(ws[j].lower)
		ws[j].amb, ws[j].allowed = e.amb, e.allowed
	}
}

// openClasses returns the classes that words without an allowed set take
// at least three times in exs.
func openClasses(exs []example, nclass int) []uint8 {
	counts := make([]int, nclass)
	for _, ex := range exs {
		for j, w := range ex.words {
			if w.allowed.empty() {
				counts[ex.class[j]]++
			}
		}
	}
	var open []uint8
	for c, n := range counts {
		if n >= 3 {
			open = append(open, uint8(c))
		}
	}
	return open
}

// considers reports whether decide can pick class c for w.
func (t *tagger) considers(w *word, c uint8) bool {
	if !w.allowed.empty() {
		return w.allowed.has(c)
	}
	return t.open == nil || slices.Contains(t.open, c)
}
