package syntax

import (
	"fmt"
	"slices"
	"testing"
)

// wireAnalyzers returns an analyzer per sentence of the wire text, tagged
// by m and ready to parse.
func wireAnalyzers(t *testing.T, m *Model) []*analyzer {
	t.Helper()
	d := wireDoc(t)
	var out []*analyzer
	for _, s := range d.Sentences {
		a := &analyzer{}
		for i := s.First; i < s.End && len(a.words) < maxWords; i++ {
			a.addToken(m, d.Word(i), i, i == s.First)
		}
		a.run(m)
		out = append(out, a)
	}
	return out
}

// TestBeamWidthOneIsGreedy checks that a beam of width 1 makes the trees
// that greedy parsing makes, relations included.
func TestBeamWidthOneIsGreedy(t *testing.T) {
	m := loadModel(t).WithBeam(1)
	var s state
	for i, a := range wireAnalyzers(t, m) {
		m.parser.parse(&a.st, &a.view, &a.ps)
		m.parser.parseBeam(&s, &a.view, &a.ps, 1)
		if !slices.Equal(s.head, a.st.head) || !slices.Equal(s.rel, a.st.rel) {
			t.Errorf("sentence %d: beam heads %v, greedy %v", i, s.head, a.st.head)
		}
	}
}

// TestBeamNoAllocs checks that a beam search reuses its memory.
func TestBeamNoAllocs(t *testing.T) {
	m := loadModel(t)
	as := wireAnalyzers(t, m)
	var s state
	for _, width := range []int{1, 8} {
		for _, a := range as {
			m.parser.parseBeam(&s, &a.view, &a.ps, width)
		}
		allocs := testing.AllocsPerRun(5, func() {
			for _, a := range as {
				m.parser.parseBeam(&s, &a.view, &a.ps, width)
			}
		})
		if allocs != 0 {
			t.Errorf("width %d: %v allocations per run", width, allocs)
		}
	}
}

func TestCopyFrom(t *testing.T) {
	var a, b state
	a.reset(5)
	for _, act := range []int{shift, leftArc, shift, rightArc, reduce, rightArc} {
		a.apply(act, Dep)
	}
	b.reset(2)
	b.copyFrom(&a)
	b.apply(shift, NoRel)
	if a.b != 5 || b.b != 6 || len(a.stack) != 2 || len(b.stack) != 3 {
		t.Fatalf("copy shares its stack: a %v b %v", a.stack, b.stack)
	}
	b.copyFrom(&a)
	if !slices.Equal(a.head, b.head) || !slices.Equal(a.lset, b.lset) || !slices.Equal(a.right[0], b.right[0]) || a.s0() != b.s0() {
		t.Errorf("copy differs: heads %v and %v", a.head, b.head)
	}
}

func TestOfferKeepsBest(t *testing.T) {
	var b beam
	b.start(3, 1)
	for i, s := range []float32{1, 5, 3, 5, 0, 4} {
		b.offer(candidate{score: s, from: int32(i)})
	}
	var got []int32
	for _, c := range b.cands {
		got = append(got, c.from)
	}
	// Of equal scores the first offered ranks first.
	if want := []int32{1, 3, 5}; !slices.Equal(got, want) {
		t.Errorf("kept %v, want %v", got, want)
	}
}

func TestViolationSee(t *testing.T) {
	tests := []struct {
		margins []float32
		step    int
	}{
		{[]float32{-1, 2, 1}, 2},
		{[]float32{0, 0, 0}, 3}, // ties: the longest prefix
		{[]float32{3, -2, 3, 1}, 3},
		{[]float32{-4, -1, -3}, 2}, // no violation: the caller skips it
	}
	for _, tc := range tests {
		w := violation{step: -1}
		for i, m := range tc.margins {
			w.see(m, i+1, int16(i))
		}
		if w.step != tc.step || w.gold != int16(tc.step-1) {
			t.Errorf("margins %v: step %d slot %d, want step %d", tc.margins, w.step, w.gold, tc.step)
		}
	}
}

// TestTrace checks that the transitions of an item are read back through
// its parents, the gold item outside the beam included.
func TestTrace(t *testing.T) {
	bt := beamTrainer{width: 2}
	e := func(from int16, act int8) histEntry { return histEntry{from: from, act: act} }
	bt.hist = []histEntry{
		{}, {}, {}, // step 0
		e(0, shift), {}, {}, // step 1: one item
		e(0, rightArc), e(0, shift), {}, // step 2
		e(1, leftArc), e(0, reduce), e(1, shift), // step 3: gold outside, from slot 1
		e(0, shift), e(1, shift), e(2, shift), // step 4: gold outside, from itself
	}
	tests := []struct {
		slot int16
		want []int8
	}{
		{0, []int8{shift, shift, leftArc, shift}},
		{1, []int8{shift, rightArc, reduce, shift}},
		{2, []int8{shift, shift, shift, shift}},
	}
	for _, tc := range tests {
		var got []int8
		for _, e := range bt.trace(0, 4, tc.slot) {
			got = append(got, e.act)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("slot %d: %v, want %v", tc.slot, got, tc.want)
		}
	}
}

// oracleExamples makes training sentences of the oracle trees whose
// words name their heads, so that a parser can learn them exactly.
func oracleExamples() []parseExample {
	classes := []tagClass{{NOUN, xp("NN")}, {VERB, xp("VBD")}}
	var exs []parseExample
	for _, tc := range oracleTrees {
		n := len(tc.heads) - 1
		var forms []string
		tags := make([]uint8, n)
		for d := 1; d <= n; d++ {
			forms = append(forms, fmt.Sprintf("w%dh%d", d, tc.heads[d]))
			if tc.heads[d] == 0 {
				tags[d-1] = 1
			}
		}
		ex := parseExample{view: sentenceView{words: sentenceWords(forms...), tags: tags}, gold: slices.Clone(tc.heads), rels: make([]Rel, n+1)}
		for d := 1; d <= n; d++ {
			ex.rels[d] = Dep
		}
		ex.view.count(classes)
		exs = append(exs, ex)
	}
	return exs
}

// TestBeamTrainingFits trains a beam parser on the oracle trees and
// checks that it parses them all correctly: the updates move the weights
// toward the gold sequences, and once the model prefers them the gold
// item stays in the beam. The mean of three runs in different orders
// fits them too.
func TestBeamTrainingFits(t *testing.T) {
	exs := oracleExamples()
	for _, c := range []struct{ width, runs int }{{1, 1}, {4, 1}, {1, 3}, {4, 3}} {
		width := c.width
		p := trainParser(exs, 2, 18, 16, 30, width, c.runs, 1, 0.9, nil)
		var (
			s  state
			sc parseScratch
		)
		for i := range exs {
			p.parse(&s, &exs[i].view, &sc)
			if !slices.Equal(s.head[1:], exs[i].gold[1:]) {
				t.Errorf("width %d, runs %d, %s: heads %v, want %v", width, c.runs, oracleTrees[i].name, s.head[1:], exs[i].gold[1:])
			}
		}
	}
}

// TestUpdate checks that a max-violation update ranks the gold sequence
// above the predicted one; the transitions they share cancel out.
func TestUpdate(t *testing.T) {
	ex := &oracleExamples()[1] // they saw it: 2 ← 1, 0 → 2, 2 → 3
	const bits = 20
	tr := &parserTrainer{tw: newAvgWeights(bits, numActions), bt: beamTrainer{width: 1}}
	tr.p = &parser{bits: bits}
	e := func(act int8) histEntry { return histEntry{act: act} }
	gold := []histEntry{e(shift), e(leftArc), e(shift), e(rightArc)}
	pred := []histEntry{e(shift), e(rightArc), e(rightArc)}
	tr.bt.hist = []histEntry{{}, {}}
	for i := range 4 {
		g, p := gold[i], e(stay)
		g.from = 1 // the gold item is outside the beam
		if i < len(pred) {
			p = pred[i]
		}
		tr.bt.hist = append(tr.bt.hist, p, g)
	}
	tr.update(ex, violation{step: 4, gold: 1})
	score := func(seq []histEntry) (total float32) {
		var s state
		s.reset(len(ex.view.words))
		var scores [numActions]float32
		for _, h := range seq {
			if h.act == stay {
				continue
			}
			tr.tw.scores(transitionFeatures(nil, bits, &s, &ex.view), scores[:])
			total += scores[h.act]
			s.apply(int(h.act), h.rel)
		}
		return total
	}
	if gs, ps := score(gold), score(pred); gs <= ps {
		t.Errorf("after the update gold scores %v, predicted %v", gs, ps)
	}
}

// BenchmarkAnalyzeBeam measures tagging and parsing the wire text with
// beams of several widths.
func BenchmarkAnalyzeBeam(b *testing.B) {
	m := loadModel(b)
	d := wireDoc(b)
	for _, width := range []int{1, 2, 3, 4, 8, 16} {
		mw := m.WithBeam(width)
		b.Run(fmt.Sprintf("width=%d", width), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				mw.Analyze(d)
			}
			b.ReportMetric(float64(len(d.Tokens))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
		})
	}
}

// TestScoreKey checks, at every step of wide beam searches over the wire
// text, that items with the same scoreKey have the same transition
// features, and arcs with the same arcContext the same label features,
// so that sharing their scores and labels changes nothing.
func TestScoreKey(t *testing.T) {
	m := loadModel(t)
	p := m.parser
	shared, arcs := 0, 0
	for _, a := range wireAnalyzers(t, m) {
		v, sc := &a.view, &a.ps
		b := &sc.beam
		b.start(16, len(v.words))
		p.prepare(v, sc)
		for !b.done() {
			b.scored = b.scored[:0]
			for i, x := range b.items {
				for _, y := range b.items[:i] {
					if x.st.terminal() || y.st.terminal() || scoreKeyOf(&x.st) != scoreKeyOf(&y.st) {
						continue
					}
					shared++
					fx := transitionFeatures(nil, p.bits, &x.st, v)
					if fy := transitionFeatures(nil, p.bits, &y.st, v); !equalSlots(fx, fy) {
						t.Fatalf("items with one key have %d different features", diffSlots(fx, fy))
					}
				}
				p.expand(b, i, v, sc)
			}
			arcs += checkArcContexts(t, b, v)
			p.labelCands(b, v, sc)
			b.advance()
		}
	}
	if shared == 0 || arcs == 0 {
		t.Errorf("%d items shared a score key, %d arcs a context", shared, arcs)
	}
}

// checkArcContexts checks that the arcs among the successors in b that
// share an arcContext have the same label features, and returns how many
// shared one.
func checkArcContexts(t *testing.T, b *beam, v *sentenceView) int {
	t.Helper()
	shared := 0
	isArc := func(c candidate) bool { return c.act == leftArc || c.act == rightArc }
	arc := func(c candidate) (*state, int32, int32) {
		s := &b.items[c.from].st
		if c.act == leftArc {
			return s, s.b, s.s0()
		}
		return s, s.s0(), s.b
	}
	for j, x := range b.cands {
		for _, y := range b.cands[:j] {
			if !isArc(x) || !isArc(y) || arcContextOf(&b.items[x.from].st, int(x.act)) != arcContextOf(&b.items[y.from].st, int(y.act)) {
				continue
			}
			shared++
			sx, hx, dx := arc(x)
			sy, hy, dy := arc(y)
			if !equalSlots(labelFeatures(nil, 22, sx, v, hx, dx), labelFeatures(nil, 22, sy, v, hy, dy)) {
				t.Fatalf("arcs %d→%d and %d→%d share a context but not their features", hx, dx, hy, dy)
			}
		}
	}
	return shared
}

func TestWithBeam(t *testing.T) {
	m := loadModel(t)
	tests := []struct {
		width, want int
		parser      *parser
	}{
		{0, 1, m.parsers[0]},
		{1, 1, m.parsers[0]},
		{2, 2, m.parsers[len(m.parsers)-1]},
		{8, 8, m.parsers[len(m.parsers)-1]},
		{1000, maxBeam, m.parsers[len(m.parsers)-1]},
	}
	for _, tc := range tests {
		mw := m.WithBeam(tc.width)
		if mw.Beam() != tc.want || mw.parser.w != tc.parser.w {
			t.Errorf("WithBeam(%d): width %d, want %d (or the wrong parser)", tc.width, mw.Beam(), tc.want)
		}
	}
}
