package syntax

// Beam training is the structured perceptron of Collins (2002) with the
// max-violation update of Huang, Fayong and Guo (2012): the beam search
// runs to the end, and the update is made at the step where the best
// item outscores the gold one by the most, with the features of the two
// transition sequences up to there. Many sequences make the gold tree
// (shift then reduce or right-arc then reduce, ...), so the gold item
// is latent, as in Björkelund and Kuhn (2014): at each step it is the
// best-scoring successor of the last gold item, or of any beam item,
// that the dynamic oracle gives no cost. When it falls off the beam it
// is followed outside it. Labels are trained on the arcs of the gold
// item, with the features the label model sees there.

// histEntry records how the item in one slot of one step was made: the
// slot of its parent in the step before, the transition and the arc's
// relation. Slot width holds the gold item when it is outside the beam.
type histEntry struct {
	from int16
	act  int8
	rel  Rel
}

// beamTrainer holds what beam training reuses from sentence to sentence.
type beamTrainer struct {
	width int
	// gold is the gold item while it is outside the beam, and goldAt its
	// index in the beam while it is inside, else -1.
	gold   beamItem
	goldAt int
	hist   []histEntry // step*(width+1) + slot
	seq    [2][]histEntry
	succ   [numActions]candidate
	scored []scoredConfig // this step's, as in beam.scored
}

// violation is the step of the largest violation and the slot of the
// gold item at that step.
type violation struct {
	margin float32
	step   int
	gold   int16
}

// see records the margin by which the best item outscores the gold one
// at a step where they differ, if it is the largest so far; of equal
// margins the later step is kept, for the longer prefix it updates.
func (w *violation) see(margin float32, step int, gold int16) {
	if w.step < 0 || margin >= w.margin {
		*w = violation{margin: margin, step: step, gold: gold}
	}
}

// beamSentence trains on one sentence and returns the correct heads of
// the best tree found, and the words.
func (t *parserTrainer) beamSentence(ex *parseExample) (int, int) {
	b, bt := &t.sc.beam, &t.bt
	n := len(ex.view.words)
	b.start(bt.width, n)
	bt.gold.st.reset(n)
	bt.gold.score, bt.gold.zero = 0, true
	bt.goldAt = 0
	bt.hist = resize(bt.hist, (2*n+2)*(bt.width+1))
	worst := violation{step: -1}
	for step := 1; !b.done() || bt.goldAt < 0 && !bt.gold.st.terminal(); step++ {
		t.beamStep(ex, step)
		if bt.goldAt != 0 {
			gs, slot := bt.gold.score, int16(bt.width)
			if bt.goldAt > 0 {
				gs, slot = b.items[bt.goldAt].score, int16(bt.goldAt)
			}
			worst.see(b.items[0].score-gs, step, slot)
		}
	}
	correct := t.bestHeads(ex)
	if worst.step > 0 && worst.margin >= 0 {
		t.update(ex, worst)
	}
	t.tw.tick()
	return correct, n
}

// beamStep moves the beam and the gold item on by one transition and
// records how their items were made in the history row of step.
func (t *parserTrainer) beamStep(ex *parseExample, step int) {
	b, bt := &t.sc.beam, &t.bt
	bt.scored = bt.scored[:0]
	zc := t.expandAll(ex)
	t.p.labelCands(b, &ex.view, &t.sc)
	row := bt.hist[step*(bt.width+1):][:bt.width+1]
	bt.goldAt = -1
	for j, c := range b.cands {
		row[j] = histEntry{from: int16(c.from), act: c.act, rel: c.rel}
		if zc.from >= 0 && c.from == zc.from && c.act == zc.act {
			bt.goldAt = j
		}
	}
	t.moveGold(ex, zc, row)
	b.advance()
}

// expandAll offers the successors of the beam's items and returns the
// best one of no cost among them and, when the gold item is outside the
// beam, its successors.
func (t *parserTrainer) expandAll(ex *parseExample) candidate {
	b, bt := &t.sc.beam, &t.bt
	var zc candidate
	found := false
	better := func(c candidate) {
		if c.zero && (!found || c.score > zc.score) {
			zc, found = c, true
		}
	}
	for i, it := range b.items {
		for _, c := range t.successors(it, int32(i), ex) {
			b.offer(c)
			better(c)
		}
	}
	if bt.goldAt < 0 {
		for _, c := range t.successors(&bt.gold, -1, ex) {
			better(c)
		}
	}
	return zc
}

// moveGold trains the label of zc, the gold item's transition, and when
// that leads outside the beam applies it to the gold item and records it
// in the last slot of row.
func (t *parserTrainer) moveGold(ex *parseExample, zc candidate, row []histEntry) {
	b, bt := &t.sc.beam, &t.bt
	g := &bt.gold
	parent := &g.st
	if zc.from >= 0 {
		parent = &b.items[zc.from].st
	}
	rel := t.trainArc(parent, ex, int(zc.act))
	if bt.goldAt >= 0 {
		return
	}
	if zc.from >= 0 {
		g.st.copyFrom(parent)
	}
	if zc.act != stay {
		g.st.apply(int(zc.act), rel)
	}
	g.score = zc.score
	from := int16(zc.from)
	if from < 0 {
		from = int16(bt.width)
	}
	row[bt.width] = histEntry{from: from, act: zc.act, rel: rel}
}

// bestHeads finishes the tree of the best item and counts its correct
// heads.
func (t *parserTrainer) bestHeads(ex *parseExample) int {
	s, v := &t.st, &ex.view
	s.copyFrom(&t.sc.beam.items[0].st)
	s.finish(func(h, d int32) Rel { return t.p.label(s, v, &t.sc, h, d) })
	correct := 0
	for d := 1; d < len(ex.gold); d++ {
		if s.head[d] == ex.gold[d] {
			correct++
		}
	}
	return correct
}

// successors returns the transitions from item it (at index from of the
// beam, -1 outside it), scored by the model being trained, with their
// cost when it is a zero item.
func (t *parserTrainer) successors(it *beamItem, from int32, ex *parseExample) []candidate {
	s, out := &it.st, t.bt.succ[:0]
	if s.terminal() {
		return append(out, candidate{score: it.score, from: from, act: stay, zero: it.zero})
	}
	var (
		ok   [numActions]bool
		cost [numActions]int
	)
	s.legal(&ok)
	if it.zero {
		s.costs(ex.gold, &ok, &cost)
	}
	var scores [numActions]float32
	if ok[reduce] || ok[leftArc] || ok[rightArc] {
		scores = t.scores(s, &ex.view)
	}
	for a := range numActions {
		if ok[a] {
			out = append(out, candidate{score: it.score + scores[a], from: from, act: int8(a), zero: it.zero && cost[a] == 0})
		}
	}
	return out
}

// scores returns the transition scores of s under the weights being
// trained, computed once per step for the items that share a scoreKey.
func (t *parserTrainer) scores(s *state, v *sentenceView) [numActions]float32 {
	bt := &t.bt
	k := scoreKeyOf(s)
	for i := range bt.scored {
		if bt.scored[i].key == k {
			return bt.scored[i].scores
		}
	}
	t.sc.feats = transitionFeatures(t.sc.feats[:0], t.p.bits, s, v)
	var out [numActions]float32
	t.tw.scores(t.sc.feats, out[:])
	bt.scored = append(bt.scored, scoredConfig{key: k, scores: out})
	return out
}

// trainArc labels the arc that transition a makes from s, a gold state,
// updating the label model when it errs, and returns the relation.
func (t *parserTrainer) trainArc(s *state, ex *parseExample, a int) Rel {
	h, d, ok := s.arc(a)
	if !ok {
		return NoRel
	}
	if h == 0 {
		return Root
	}
	v, sc := &ex.view, &t.sc
	pred, scored := t.p.classify(s, v, sc, h, d)
	if !scored {
		return pred
	}
	if pred != ex.rels[d] {
		t.lw.update(sc.feats, int(ex.rels[d]), 1)
		t.lw.update(sc.feats, int(pred), -1)
	}
	t.lw.tick()
	return pred
}

// update rewards the transitions of the gold item at the step of the
// violation and penalizes those of the best item, from where they part.
func (t *parserTrainer) update(ex *parseExample, w violation) {
	bt := &t.bt
	gold, pred := bt.trace(0, w.step, w.gold), bt.trace(1, w.step, 0)
	from := 0
	for from < len(gold) && gold[from] == pred[from] {
		from++
	}
	t.replay(ex, gold, from, 1)
	t.replay(ex, pred, from, -1)
}

// trace returns in bt.seq[k] the transitions that made the item in slot
// of step, from the first.
func (bt *beamTrainer) trace(k, step int, slot int16) []histEntry {
	slots := bt.width + 1
	seq := resize(bt.seq[k], step)
	for i := step; i >= 1; i-- {
		e := bt.hist[i*slots+int(slot)]
		seq[i-1] = e
		slot = e.from
	}
	bt.seq[k] = seq
	return seq
}

// replay applies the transitions of seq from the empty configuration and
// adds d to the weights of those from index from on.
func (t *parserTrainer) replay(ex *parseExample, seq []histEntry, from int, d float32) {
	s, v := &t.st, &ex.view
	s.reset(len(v.words))
	var ok [numActions]bool
	for i, e := range seq {
		if e.act == stay {
			continue
		}
		if i >= from {
			s.legal(&ok)
			if ok[reduce] || ok[leftArc] || ok[rightArc] {
				t.sc.feats = transitionFeatures(t.sc.feats[:0], t.p.bits, s, v)
				t.tw.update(t.sc.feats, int(e.act), d)
			}
		}
		s.apply(int(e.act), e.rel)
	}
}
