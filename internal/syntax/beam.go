package syntax

// Beam search keeps the best width configurations after each step
// instead of one, so that a transition that looks worse now can win when
// later words are read (Zhang and Clark 2008; Zhang and Nivre 2011). A
// configuration's score is the sum of the scores of its transitions.
// Configurations finish at different steps, since reduce and left-arc
// read no word: a finished one is carried on with its score until all
// have finished. Relations are not part of the search: each arc takes
// the relation the label model picks when it is made, as in greedy
// parsing.

// maxBeam bounds the width of the beam.
const maxBeam = 64

// stay is the move of a finished configuration: it keeps its state.
const stay = numActions

// beamItem is a configuration in the beam and the score of the
// transitions that led to it.
type beamItem struct {
	st    state
	score float32
	// zero says that no transition so far made a gold arc unreachable;
	// it is kept in training only.
	zero bool
}

// candidate is a transition from the item at index from of the beam.
type candidate struct {
	score float32
	from  int32
	act   int8
	rel   Rel
	zero  bool // from a zero item, at no cost
}

// beam holds the items of one search. Its memory is reused from
// sentence to sentence: the items live in store, and a step moves the
// state of an item to its first successor and copies it only for the
// others, so a beam of width 1 never copies a state.
type beam struct {
	width int
	items []*beamItem // best first
	next  []*beamItem
	free  []*beamItem
	store []beamItem
	cands []candidate // the best successors, best first
	taken []bool
	// labelled and scored hold the arcs labelled and the configurations
	// scored in this step.
	labelled []labelledArc
	scored   []scoredConfig
}

// start prepares the beam for a sentence of n words, with the empty
// configuration as its only item.
func (b *beam) start(width, n int) {
	width = min(max(width, 1), maxBeam)
	b.width = width
	if len(b.store) < 2*width {
		b.store = make([]beamItem, 2*width)
	}
	b.free = b.free[:0]
	for i := range b.store[:2*width] {
		b.free = append(b.free, &b.store[i])
	}
	it := b.pop()
	it.st.reset(n)
	it.score, it.zero = 0, true
	b.items = append(b.items[:0], it)
	b.cands = b.cands[:0]
}

func (b *beam) pop() *beamItem {
	it := b.free[len(b.free)-1]
	b.free = b.free[:len(b.free)-1]
	return it
}

// done reports whether every item has finished.
func (b *beam) done() bool {
	for _, it := range b.items {
		if !it.st.terminal() {
			return false
		}
	}
	return true
}

// offer adds c to the best successors if it is among the width best
// offered so far. Of equal scores the one offered first ranks first, so
// a beam of width 1 takes the transition that greedy argmax takes.
func (b *beam) offer(c candidate) {
	n := len(b.cands)
	if n == b.width {
		if c.score <= b.cands[n-1].score {
			return
		}
		n--
	} else {
		b.cands = append(b.cands, candidate{})
	}
	for n > 0 && b.cands[n-1].score < c.score {
		b.cands[n] = b.cands[n-1]
		n--
	}
	b.cands[n] = c
}

// advance makes the successors in b.cands the new items. Their
// relations must be set, from the parent states, before.
func (b *beam) advance() {
	b.taken = resize(b.taken, len(b.items))
	b.next = b.next[:0]
	for _, c := range b.cands {
		if !b.taken[c.from] {
			b.taken[c.from] = true
			b.next = append(b.next, b.items[c.from])
			continue
		}
		it := b.pop()
		it.st.copyFrom(&b.items[c.from].st)
		b.next = append(b.next, it)
	}
	for i, it := range b.items {
		if !b.taken[i] {
			b.free = append(b.free, it)
		}
	}
	for j, c := range b.cands {
		it := b.next[j]
		it.score, it.zero = c.score, c.zero
		if c.act != stay {
			it.st.apply(int(c.act), c.rel)
		}
	}
	b.items, b.next = b.next, b.items
	b.cands = b.cands[:0]
}

// copyFrom makes s a copy of t, reusing the memory of s.
func (s *state) copyFrom(t *state) {
	s.n, s.b = t.n, t.b
	s.stack = append(s.stack[:0], t.stack...)
	s.head = append(s.head[:0], t.head...)
	s.rel = append(s.rel[:0], t.rel...)
	for k := range 2 {
		s.left[k] = append(s.left[k][:0], t.left[k]...)
		s.right[k] = append(s.right[k][:0], t.right[k]...)
	}
	s.nleft = append(s.nleft[:0], t.nleft...)
	s.nright = append(s.nright[:0], t.nright...)
	s.lset = append(s.lset[:0], t.lset...)
	s.rset = append(s.rset[:0], t.rset...)
}

// expand offers the successors of item i, scored by the model.
func (p *parser) expand(b *beam, i int, v *sentenceView, sc *parseScratch) {
	it := b.items[i]
	s := &it.st
	if s.terminal() {
		b.offer(candidate{score: it.score, from: int32(i), act: stay})
		return
	}
	var ok [numActions]bool
	s.legal(&ok)
	if !ok[reduce] && !ok[leftArc] && !ok[rightArc] {
		b.offer(candidate{score: it.score, from: int32(i), act: shift})
		return
	}
	scores := p.cachedScores(b, s, v, sc)
	for a := range numActions {
		if ok[a] {
			b.offer(candidate{score: it.score + scores[a], from: int32(i), act: int8(a)})
		}
	}
}

// scoreKey is what the transition features read of a configuration (see
// configOf and restFeatures): the positions of its roles, and the labels,
// valencies and label sets of some of them. Items of a beam that differ
// only deeper in their stacks or trees share it, and then their scores.
type scoreKey struct {
	c                config
	labels           [8]uint8
	s0nl, s0nr, n0nl uint8
	s0ls, s0rs, n0ls uint64
}

func scoreKeyOf(s *state) scoreKey {
	k := scoreKey{c: configOf(s)}
	at := &k.c.at
	for i, p := range [...]int32{at[roleS0], at[roleS0l], at[roleS0r], at[roleS0h], at[roleS0l2], at[roleS0r2], at[roleN0l], at[roleN0l2]} {
		k.labels[i] = uint8(s.label(p))
	}
	if s0 := at[roleS0]; s0 > 0 {
		k.s0nl, k.s0nr, k.s0ls, k.s0rs = s.nleft[s0], s.nright[s0], s.lset[s0], s.rset[s0]
	}
	k.n0nl, k.n0ls = s.nleft[s.b], s.lset[s.b]
	return k
}

type scoredConfig struct {
	key    scoreKey
	scores [numActions]float32
}

// cachedScores returns the transition scores of s, computed once per
// step for the items that share a scoreKey.
func (p *parser) cachedScores(b *beam, s *state, v *sentenceView, sc *parseScratch) *[numActions]float32 {
	k := scoreKeyOf(s)
	for i := range b.scored {
		if b.scored[i].key == k {
			return &b.scored[i].scores
		}
	}
	p.transitionScores(s, v, sc)
	b.scored = append(b.scored, scoredConfig{key: k, scores: [numActions]float32(sc.scores[:numActions])})
	return &b.scored[len(b.scored)-1].scores
}

// labelCands sets the relation of each arc among the successors, from
// its parent's state. Successors of different items often make the same
// arc in the same surroundings; those are labelled once.
func (p *parser) labelCands(b *beam, v *sentenceView, sc *parseScratch) {
	b.labelled = b.labelled[:0]
	for j := range b.cands {
		c := &b.cands[j]
		if c.act != leftArc && c.act != rightArc {
			continue
		}
		s := &b.items[c.from].st
		ctx := arcContextOf(s, int(c.act))
		c.rel = NoRel
		for _, l := range b.labelled {
			if l.ctx == ctx {
				c.rel = l.rel
				break
			}
		}
		if c.rel == NoRel {
			c.rel = p.arcLabel(s, v, sc, int(c.act))
			b.labelled = append(b.labelled, labelledArc{ctx, c.rel})
		}
	}
}

// arcContext is what the label model reads of a state for an arc h → d
// (see labelFeatures).
type arcContext struct {
	h, d, headH, leftH, leftD, rightD int32
	relH                              Rel
	nleftD, nrightD                   uint8
	lsetH, rsetH, lsetD, rsetD        uint64
}

type labelledArc struct {
	ctx arcContext
	rel Rel
}

// arcContextOf returns the context of the arc that transition a, an arc,
// makes from s.
func arcContextOf(s *state, a int) arcContext {
	h, d := s.s0(), s.b
	if a == leftArc {
		h, d = d, h
	}
	c := arcContext{h: h, d: d, headH: -1, leftH: -1, leftD: s.left[0][d], rightD: s.right[0][d],
		nleftD: s.nleft[d], nrightD: s.nright[d], lsetD: s.lset[d], rsetD: s.rset[d]}
	if h > 0 {
		c.headH, c.leftH, c.relH = s.head[h], s.left[0][h], s.rel[h]
		c.lsetH, c.rsetH = s.lset[h], s.rset[h]
	}
	return c
}

// parseBeam fills s with the best tree of sentence v that a beam search
// of the given width finds.
func (p *parser) parseBeam(s *state, v *sentenceView, sc *parseScratch, width int) {
	b := &sc.beam
	b.start(width, len(v.words))
	p.prepare(v, sc)
	for !b.done() {
		b.scored = b.scored[:0]
		for i := range b.items {
			p.expand(b, i, v, sc)
		}
		p.labelCands(b, v, sc)
		b.advance()
	}
	s.copyFrom(&b.items[0].st)
	s.finish(func(h, d int32) Rel { return p.label(s, v, sc, h, d) })
}
