package syntax

import (
	"math/rand/v2"
	"sync"
)

// parseExample is a training sentence for the parser: predicted tags and
// the projectivized gold tree by position (index 0 is the root).
type parseExample struct {
	view sentenceView
	gold []int32
	rels []Rel
}

func newParseExample(ex *example, tags []uint8) parseExample {
	n := len(ex.words)
	pe := parseExample{view: sentenceView{words: ex.words, tags: tags}, gold: make([]int32, n+1), rels: make([]Rel, n+1)}
	pe.gold[0] = -1
	for i, h := range ex.s.Head {
		pe.gold[i+1] = h + 1
		pe.rels[i+1] = ex.s.Rel[i]
	}
	projectivize(pe.gold)
	return pe
}

// parserTrainer trains the transition and label perceptrons with the
// dynamic oracle, exploring the model's own mistakes after the first
// epoch with probability explore.
type parserTrainer struct {
	p       *parser
	tw, lw  *avgWeights
	rng     *rand.Rand
	explore float64
	sc      parseScratch
	st      state
	bt      beamTrainer
}

// trainParser trains runs parsers on the examples in different orders
// (seeds seed, seed+1, ...), concurrently, and returns one whose
// transition and label weights are the mean of their averaged weights.
// The mean of runs is what the NER model does too: each run overfits
// the order it saw in its own way.
func trainParser(exs []parseExample, nclass int, bits, lbits uint8, epochs, width, runs int, seed uint64, explore float64, progress func(run, epoch int, uas float64)) *parser {
	ts := make([]*parserTrainer, max(runs, 1))
	var wg sync.WaitGroup
	for r := range ts {
		wg.Go(func() {
			ts[r] = trainRun(exs, nclass, bits, lbits, epochs, width, seed+uint64(r), explore, func(e int, uas float64) {
				if progress != nil {
					progress(r+1, e, uas)
				}
			})
		})
	}
	wg.Wait()
	p := ts[0].p
	tws, lws := make([]*avgWeights, len(ts)), make([]*avgWeights, len(ts))
	for r, t := range ts {
		tws[r], lws[r] = t.tw, t.lw
	}
	p.w, p.lw = quantizeMean(tws), quantizeMean(lws)
	return p
}

// trainRun trains a greedy parser with the dynamic oracle when width is
// 1, and a beam parser of that width with global updates otherwise.
func trainRun(exs []parseExample, nclass int, bits, lbits uint8, epochs, width int, seed uint64, explore float64, progress func(epoch int, uas float64)) *parserTrainer {
	t := &parserTrainer{
		tw:      newAvgWeights(bits, numActions),
		lw:      newAvgWeights(lbits, int(numRels)),
		rng:     rand.New(rand.NewPCG(seed, 2)),
		explore: explore,
		bt:      beamTrainer{width: min(max(width, 1), maxBeam)},
	}
	t.p = &parser{bits: bits, lbits: lbits, lw: t.lw, labels: buildLabels(exs, nclass), beam: t.bt.width}
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	for e := range epochs {
		t.rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, k := range order {
			var c, n int
			if t.bt.width > 1 {
				c, n = t.beamSentence(&exs[k])
			} else {
				c, n = t.sentence(&exs[k], e > 0)
			}
			correct += c
			total += n
		}
		if progress != nil {
			progress(e+1, float64(correct)/float64(total))
		}
	}
	return t
}

// sentence trains on one sentence and returns its correct heads and words.
func (t *parserTrainer) sentence(ex *parseExample, explore bool) (int, int) {
	s, v, sc := &t.st, &ex.view, &t.sc
	s.reset(len(v.words))
	var (
		ok   [numActions]bool
		cost [numActions]int
	)
	for !s.terminal() {
		s.legal(&ok)
		sc.feats = transitionFeatures(sc.feats[:0], t.p.bits, s, v)
		scores := sc.scores[:numActions]
		t.tw.scores(sc.feats, scores)
		pred := argmax(scores, ok[:])
		s.costs(ex.gold, &ok, &cost)
		best := bestCheapest(scores, &ok, &cost)
		follow := best
		if cost[pred] > cost[best] {
			t.tw.update(sc.feats, best, 1)
			t.tw.update(sc.feats, pred, -1)
			if explore && t.rng.Float64() < t.explore {
				follow = pred
			}
		} else {
			follow = pred
		}
		t.tw.tick()
		s.apply(follow, t.trainLabel(ex, follow))
	}
	s.finish(func(h, d int32) Rel { return t.p.label(s, v, sc, h, d) })
	correct := 0
	for d := 1; d < len(ex.gold); d++ {
		if s.head[d] == ex.gold[d] {
			correct++
		}
	}
	return correct, len(v.words)
}

// bestCheapest returns the best-scoring legal transition of least cost.
func bestCheapest(scores []float32, ok *[numActions]bool, cost *[numActions]int) int {
	best := -1
	for a := range numActions {
		if !ok[a] {
			continue
		}
		if best < 0 || cost[a] < cost[best] || cost[a] == cost[best] && scores[a] > scores[best] {
			best = a
		}
	}
	return best
}

// trainLabel labels the arc of transition a, updating the label model
// when the arc is a gold one.
func (t *parserTrainer) trainLabel(ex *parseExample, a int) Rel {
	s, v, sc := &t.st, &ex.view, &t.sc
	h, d, ok := s.arc(a)
	if !ok {
		return NoRel
	}
	if h == 0 {
		return Root
	}
	pred, scored := t.p.classify(s, v, sc, h, d)
	if !scored {
		return pred
	}
	if ex.gold[d] == h && pred != ex.rels[d] {
		t.lw.update(sc.feats, int(ex.rels[d]), 1)
		t.lw.update(sc.feats, int(pred), -1)
	}
	t.lw.tick()
	return pred
}

// buildLabels lists, for each class of dependent and side of its head, the
// relations seen at least twice with it in exs, by their tagger classes.
func buildLabels(exs []parseExample, nclass int) [][]uint8 {
	counts := make([][numRels]int, 2*nclass)
	for _, ex := range exs {
		for d := 1; d < len(ex.gold); d++ {
			if h := ex.gold[d]; h > 0 {
				counts[labelKey(&ex.view, h, int32(d))][ex.rels[d]]++
			}
		}
	}
	labels := make([][]uint8, len(counts))
	for k, c := range counts {
		for r, n := range c {
			if n >= 2 && Rel(r) != Root {
				labels[k] = append(labels[k], uint8(r))
			}
		}
	}
	return labels
}
