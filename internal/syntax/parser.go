package syntax

// parser is a greedy arc-eager parser: one averaged perceptron picks the
// transition, a second one labels each arc as it is made, so later
// features can read the labels.
type parser struct {
	bits, lbits uint8
	w, lw       scorer // numActions and numRels classes
	// labels lists the relations that a dependent of each tagger class
	// takes to the left and to the right of its head in training
	// (labelKey), so the label model scores only those; nil means all.
	labels [][]uint8
}

// labelKey indexes parser.labels by the dependent's class and side.
func labelKey(v *sentenceView, h, d int32) int {
	k := int(v.tags[d-1]) * 2
	if d > h {
		k++
	}
	return k
}

// sentenceView is what the parser reads of a sentence: hashed words and
// predicted tagger classes, positions 1..n.
type sentenceView struct {
	words   []word
	tags    []uint8
	classes []tagClass
	// punct[i] and verbs[i] count the commas and verbs among positions
	// 1..i, so a feature can read how many lie between two words.
	punct, verbs []uint8
}

// count sets the classes that v.tags index and fills the prefix counts.
func (v *sentenceView) count(classes []tagClass) {
	v.classes = classes
	n := len(v.words) + 1
	v.punct, v.verbs = resize(v.punct, n), resize(v.verbs, n)
	for i, t := range v.tags {
		c := classes[t]
		v.punct[i+1], v.verbs[i+1] = v.punct[i], v.verbs[i]
		if c.XPOS == xposComma || c.XPOS == xposColon {
			v.punct[i+1]++
		}
		if c.UPOS == VERB || c.UPOS == AUX {
			v.verbs[i+1]++
		}
	}
}

// between returns the commas and verbs strictly between positions a < b,
// capped.
func (v *sentenceView) between(a, b int32) (uint64, uint64) {
	if a < 0 || b <= a+1 {
		return 0, 0
	}
	return uint64(min(v.punct[b-1]-v.punct[a], 3)), uint64(min(v.verbs[b-1]-v.verbs[a], 2))
}

var (
	xposComma = XPOS(xposByName[","])
	xposColon = XPOS(xposByName[":"])
)

func (v *sentenceView) word(p int32) *word {
	switch {
	case p < 0:
		return &wordNone
	case p == 0:
		return &wordRoot
	}
	return &v.words[p-1]
}

// tag returns the class of position p as a feature value: 0 for none,
// 1 for the root, class+2 for a word.
func (v *sentenceView) tag(p int32) uint64 {
	switch {
	case p < 0:
		return 0
	case p == 0:
		return 1
	}
	return uint64(v.tags[p-1]) + 2
}

// upos returns the UPOS of position p as a feature value, like tag.
func (v *sentenceView) upos(p int32) uint64 {
	if p <= 0 {
		return uint64(p + 1)
	}
	return uint64(v.classes[v.tags[p-1]].UPOS) + 2
}

// pos is the view of one position for the features.
type pos struct {
	w, p, wp uint64
}

func (v *sentenceView) pos(p int32) pos {
	w, t := v.word(p).lower, v.tag(p)
	return pos{w: w, p: t, wp: w ^ (t+1)*k2}
}

// Transition feature templates (Zhang and Nivre 2011, plus S1).
const (
	pS0wp = iota + 1
	pS0w
	pS0p
	pN0wp
	pN0w
	pN0p
	pN1wp
	pN1w
	pN1p
	pN2wp
	pN2w
	pN2p
	pS0wpN0wp
	pS0wpN0w
	pS0wN0wp
	pS0wpN0p
	pS0pN0wp
	pS0wN0w
	pS0pN0p
	pN0pN1p
	pN0pN1pN2p
	pS0pN0pN1p
	pS0hpS0pN0p
	pS0pS0lpN0p
	pS0pS0rpN0p
	pS0pN0pN0lp
	pS0wd
	pS0pd
	pN0wd
	pN0pd
	pS0wN0wd
	pS0pN0pd
	pS0wvr
	pS0pvr
	pS0wvl
	pS0pvl
	pN0wvl
	pN0pvl
	pS0hw
	pS0hp
	pS0l
	pS0lw
	pS0lp
	pS0ll
	pS0rw
	pS0rp
	pS0rl
	pN0lw
	pN0lp
	pN0ll
	pS0h2w
	pS0h2p
	pS0hl
	pS0l2w
	pS0l2p
	pS0l2l
	pS0r2w
	pS0r2p
	pS0r2l
	pN0l2w
	pN0l2p
	pN0l2l
	pS0pS0lpS0l2p
	pS0pS0rpS0r2p
	pS0pS0hpS0h2p
	pN0pN0lpN0l2p
	pS0wsr
	pS0psr
	pS0wsl
	pS0psl
	pN0wsl
	pN0psl
	pS1w
	pS1p
	pS1pS0pN0p
	pHeadedS0pN0p
	pS1wpS0wp
	pN0suf
	pN0wN1w
	pN0pN1w
	pN0wN1p
	pS0wN0wN1p
	pS0pN0wN1w
	pS2p
	pS1pS0pS2p
	pN0amb
	pS0amb
	pN1amb
	pS0ambN0amb
	pS0sufN0suf
	pCommasS0pN0p
	pVerbsS0pN0p
	pCommasVerbs
	pUS0N0
	pUS0N0N1
	pUS1S0N0
	pUS0hS0N0
	pUS0S0lN0
	pUS0S0rN0
	pUS0N0N0l
	pUN0N1N2
)

// distance buckets the distance between two positions.
func distance(a, b int32) uint64 {
	d := b - a
	if d < 0 {
		d = -d
	}
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 7:
		return 5
	case d <= 12:
		return 6
	}
	return 7
}

func (s *state) label(p int32) uint64 {
	if p <= 0 || s.head[p] < 0 {
		return 0
	}
	return uint64(s.rel[p]) + 1
}

// get returns x[p] for a word position, or -1.
func get(x []int32, p int32) int32 {
	if p <= 0 {
		return -1
	}
	return x[p]
}

// transitionFeatures appends the feature slots of configuration s.
func transitionFeatures(out []uint32, bits uint8, s *state, v *sentenceView) []uint32 {
	s0i, n0i := s.s0(), s.b
	s1i := int32(-1)
	if len(s.stack) > 1 {
		s1i = s.stack[len(s.stack)-2]
	}
	next := func(k int32) int32 {
		if n0i+k > s.n {
			return -1
		}
		return n0i + k
	}
	s0h := get(s.head, s0i)
	s0h2 := get(s.head, s0h)
	s0l, s0l2 := get(s.left[0], s0i), get(s.left[1], s0i)
	s0r, s0r2 := get(s.right[0], s0i), get(s.right[1], s0i)
	n0l, n0l2 := get(s.left[0], n0i), get(s.left[1], n0i)
	S0, N0, N1, N2 := v.pos(s0i), v.pos(n0i), v.pos(next(1)), v.pos(next(2))
	S0h, S0h2, S1 := v.pos(s0h), v.pos(s0h2), v.pos(s1i)
	S0l, S0l2, S0r, S0r2 := v.pos(s0l), v.pos(s0l2), v.pos(s0r), v.pos(s0r2)
	N0l, N0l2 := v.pos(n0l), v.pos(n0l2)
	d := uint64(0)
	if s0i >= 0 {
		d = distance(s0i, n0i) + 1
	}
	var s0vl, s0vr, n0vl, s0sl, s0sr, n0sl, headed uint64
	if s0i > 0 {
		s0vl, s0vr = uint64(s.nleft[s0i]), uint64(s.nright[s0i])
		s0sl, s0sr = s.lset[s0i], s.rset[s0i]
		if s.head[s0i] >= 0 {
			headed = 1
		}
	}
	n0vl, n0sl = uint64(s.nleft[n0i]), s.lset[n0i]
	hs := [...]uint64{
		f1(pS0wp, S0.wp),
		f1(pS0w, S0.w),
		f1(pS0p, S0.p),
		f1(pN0wp, N0.wp),
		f1(pN0w, N0.w),
		f1(pN0p, N0.p),
		f1(pN1wp, N1.wp),
		f1(pN1w, N1.w),
		f1(pN1p, N1.p),
		f1(pN2wp, N2.wp),
		f1(pN2w, N2.w),
		f1(pN2p, N2.p),
		f2(pS0wpN0wp, S0.wp, N0.wp),
		f2(pS0wpN0w, S0.wp, N0.w),
		f2(pS0wN0wp, S0.w, N0.wp),
		f2(pS0wpN0p, S0.wp, N0.p),
		f2(pS0pN0wp, S0.p, N0.wp),
		f2(pS0wN0w, S0.w, N0.w),
		f2(pS0pN0p, S0.p, N0.p),
		f2(pN0pN1p, N0.p, N1.p),
		f3(pN0pN1pN2p, N0.p, N1.p, N2.p),
		f3(pS0pN0pN1p, S0.p, N0.p, N1.p),
		f3(pS0hpS0pN0p, S0h.p, S0.p, N0.p),
		f3(pS0pS0lpN0p, S0.p, S0l.p, N0.p),
		f3(pS0pS0rpN0p, S0.p, S0r.p, N0.p),
		f3(pS0pN0pN0lp, S0.p, N0.p, N0l.p),
		f2(pS0wd, S0.w, d),
		f2(pS0pd, S0.p, d),
		f2(pN0wd, N0.w, d),
		f2(pN0pd, N0.p, d),
		f3(pS0wN0wd, S0.w, N0.w, d),
		f3(pS0pN0pd, S0.p, N0.p, d),
		f2(pS0wvr, S0.w, s0vr),
		f2(pS0pvr, S0.p, s0vr),
		f2(pS0wvl, S0.w, s0vl),
		f2(pS0pvl, S0.p, s0vl),
		f2(pN0wvl, N0.w, n0vl),
		f2(pN0pvl, N0.p, n0vl),
		f1(pS0hw, S0h.w),
		f1(pS0hp, S0h.p),
		f1(pS0l, s.label(s0i)),
		f1(pS0lw, S0l.w),
		f1(pS0lp, S0l.p),
		f1(pS0ll, s.label(s0l)),
		f1(pS0rw, S0r.w),
		f1(pS0rp, S0r.p),
		f1(pS0rl, s.label(s0r)),
		f1(pN0lw, N0l.w),
		f1(pN0lp, N0l.p),
		f1(pN0ll, s.label(n0l)),
		f1(pS0h2w, S0h2.w),
		f1(pS0h2p, S0h2.p),
		f1(pS0hl, s.label(s0h)),
		f1(pS0l2w, S0l2.w),
		f1(pS0l2p, S0l2.p),
		f1(pS0l2l, s.label(s0l2)),
		f1(pS0r2w, S0r2.w),
		f1(pS0r2p, S0r2.p),
		f1(pS0r2l, s.label(s0r2)),
		f1(pN0l2w, N0l2.w),
		f1(pN0l2p, N0l2.p),
		f1(pN0l2l, s.label(n0l2)),
		f3(pS0pS0lpS0l2p, S0.p, S0l.p, S0l2.p),
		f3(pS0pS0rpS0r2p, S0.p, S0r.p, S0r2.p),
		f3(pS0pS0hpS0h2p, S0.p, S0h.p, S0h2.p),
		f3(pN0pN0lpN0l2p, N0.p, N0l.p, N0l2.p),
		f2(pS0wsr, S0.w, s0sr),
		f2(pS0psr, S0.p, s0sr),
		f2(pS0wsl, S0.w, s0sl),
		f2(pS0psl, S0.p, s0sl),
		f2(pN0wsl, N0.w, n0sl),
		f2(pN0psl, N0.p, n0sl),
		f1(pS1w, S1.w),
		f1(pS1p, S1.p),
		f3(pS1pS0pN0p, S1.p, S0.p, N0.p),
		f3(pHeadedS0pN0p, headed, S0.p, N0.p),
		f2(pS1wpS0wp, S1.wp, S0.wp),
		f2(pN0suf, v.word(n0i).suf[2], N0.p),
	}
	out = appendSlots(out, bits, hs[:])
	s2i := int32(-1)
	if len(s.stack) > 2 {
		s2i = s.stack[len(s.stack)-3]
	}
	S2 := v.pos(s2i)
	ws0, wn0, wn1 := v.word(s0i), v.word(n0i), v.word(next(1))
	commas, verbs := v.between(s0i, n0i)
	xs := [...]uint64{
		f2(pN0wN1w, N0.w, N1.w),
		f2(pN0pN1w, N0.p, N1.w),
		f2(pN0wN1p, N0.w, N1.p),
		f3(pS0wN0wN1p, S0.w, N0.w, N1.p),
		f3(pS0pN0wN1w, S0.p, N0.w, N1.w),
		f1(pS2p, S2.p),
		f3(pS1pS0pS2p, S1.p, S0.p, S2.p),
		f2(pN0amb, wn0.amb, N0.p),
		f2(pS0amb, ws0.amb, S0.p),
		f2(pN1amb, wn1.amb, N1.p),
		f2(pS0ambN0amb, ws0.amb, wn0.amb),
		f3(pS0sufN0suf, ws0.suf[2], wn0.suf[2], 0),
		f3(pCommasS0pN0p, commas, S0.p, N0.p),
		f3(pVerbsS0pN0p, verbs, S0.p, N0.p),
		f3(pCommasVerbs, commas, verbs, d),
		f2(pUS0N0, v.upos(s0i), v.upos(n0i)),
		f3(pUS0N0N1, v.upos(s0i), v.upos(n0i), v.upos(next(1))),
		f3(pUS1S0N0, v.upos(s1i), v.upos(s0i), v.upos(n0i)),
		f3(pUS0hS0N0, v.upos(s0h), v.upos(s0i), v.upos(n0i)),
		f3(pUS0S0lN0, v.upos(s0i), v.upos(s0l), v.upos(n0i)),
		f3(pUS0S0rN0, v.upos(s0i), v.upos(s0r), v.upos(n0i)),
		f3(pUS0N0N0l, v.upos(s0i), v.upos(n0i), v.upos(n0l)),
		f3(pUN0N1N2, v.upos(n0i), v.upos(next(1)), v.upos(next(2))),
	}
	return appendSlots(out, bits, xs[:])
}

func appendSlots(out []uint32, bits uint8, hs []uint64) []uint32 {
	for _, h := range hs {
		out = append(out, slot(h, bits))
	}
	return out
}

// Label feature templates, for an arc from h to d.
const (
	lBias = iota + 1
	lHw
	lHp
	lDw
	lDp
	lHpDp
	lHwDp
	lHpDw
	lHwDw
	lDistHpDp
	lDlsetDp
	lDrsetDp
	lHlsetHp
	lHrsetHp
	lHrelDp
	lHhpHpDp
	lDm1pDpHp
	lDp1pDpHp
	lHm1pHpDp
	lHp1pHpDp
	lDsufHp
	lDshapeDp
	lDflags
	lDvalence
	lDwHp
	lHwDpDw
	lUDH
	lDlDr
	lHlDp
	lDsuf
	lDm1wDw
	lCaseChild
)

// labelFeatures appends the slots of the features of the arc h → d.
func labelFeatures(out []uint32, bits uint8, s *state, v *sentenceView, h, d int32) []uint32 {
	dir := uint64(1)
	if d > h {
		dir = 2
	}
	H, D := v.pos(h), v.pos(d)
	hp, dp := H.p*4+dir, D.p*4+dir
	prev := func(p int32) int32 {
		if p <= 1 {
			return -1
		}
		return p - 1
	}
	next := func(p int32) int32 {
		if p <= 0 || p >= s.n {
			return -1
		}
		return p + 1
	}
	dw := v.word(d)
	var hrel, hl, hr uint64
	if h > 0 {
		hrel, hl, hr = s.label(h), s.lset[h], s.rset[h]
	}
	hs := [...]uint64{
		f1(lBias, dir),
		f2(lHw, H.w, dir),
		f1(lHp, hp),
		f2(lDw, D.w, dir),
		f1(lDp, dp),
		f2(lHpDp, hp, D.p),
		f3(lHwDp, H.w, dp, 0),
		f3(lHpDw, hp, D.w, 0),
		f3(lHwDw, H.w, D.w, dir),
		f3(lDistHpDp, distance(h, d), hp, D.p),
		f2(lDlsetDp, s.lset[d], dp),
		f2(lDrsetDp, s.rset[d], dp),
		f3(lHlsetHp, hl, hp, D.p),
		f3(lHrsetHp, hr, hp, D.p),
		f3(lHrelDp, hrel, hp, D.p),
		f3(lHhpHpDp, v.tag(get(s.head, h)), hp, D.p),
		f3(lDm1pDpHp, v.tag(prev(d)), dp, H.p),
		f3(lDp1pDpHp, v.tag(next(d)), dp, H.p),
		f3(lHm1pHpDp, v.tag(prev(h)), hp, D.p),
		f3(lHp1pHpDp, v.tag(next(h)), hp, D.p),
		f2(lDsufHp, dw.suf[2], hp),
		f2(lDshapeDp, dw.shape, dp),
		f2(lDflags, dw.flags, dp),
		f3(lDvalence, uint64(s.nleft[d]), uint64(s.nright[d]), dp),
		f2(lDwHp, D.w, hp),
		f3(lHwDpDw, H.w, dp, D.w),
		f3(lUDH, v.upos(d), v.upos(h), dir),
		f3(lDlDr, v.tag(get(s.left[0], d)), v.tag(get(s.right[0], d)), dp),
		f3(lHlDp, v.tag(get(s.left[0], h)), hp, D.p),
		f2(lDsuf, dw.suf[1], dp),
		f3(lDm1wDw, v.word(prev(d)).lower, D.w, dir),
		f3(lCaseChild, v.word(get(s.left[0], d)).lower, dp, H.p),
	}
	for _, x := range hs {
		out = append(out, slot(x, bits))
	}
	return out
}

// parseScratch holds the buffers of one parse.
type parseScratch struct {
	feats  []uint32
	scores [maxClasses]float32
}

// parse fills s with the tree of sentence v.
func (p *parser) parse(s *state, v *sentenceView, sc *parseScratch) {
	s.reset(len(v.words))
	var ok [numActions]bool
	for !s.terminal() {
		s.legal(&ok)
		sc.feats = transitionFeatures(sc.feats[:0], p.bits, s, v)
		p.w.scores(sc.feats, sc.scores[:numActions])
		a := argmax(sc.scores[:numActions], ok[:])
		s.apply(a, p.arcLabel(s, v, sc, a))
	}
	s.finish(func(h, d int32) Rel { return p.label(s, v, sc, h, d) })
}

// arcLabel returns the relation of the arc that transition a makes.
func (p *parser) arcLabel(s *state, v *sentenceView, sc *parseScratch, a int) Rel {
	switch {
	case a == leftArc:
		return p.label(s, v, sc, s.b, s.s0())
	case a == rightArc && s.s0() == 0:
		return Root
	case a == rightArc:
		return p.label(s, v, sc, s.s0(), s.b)
	}
	return NoRel
}

// classify picks the relation of h → d among those its class takes on
// that side; only the root takes Root. scored says whether the label
// model was consulted, with sc.feats holding the features.
func (p *parser) classify(s *state, v *sentenceView, sc *parseScratch, h, d int32) (r Rel, scored bool) {
	var only []uint8
	if k := labelKey(v, h, d); k < len(p.labels) {
		only = p.labels[k]
	}
	if len(only) == 1 {
		return Rel(only[0]), false
	}
	sc.feats = labelFeatures(sc.feats[:0], p.lbits, s, v, h, d)
	if len(only) == 0 {
		p.lw.scores(sc.feats, sc.scores[:numRels])
		sc.scores[NoRel], sc.scores[Root] = -1e30, -1e30
		return Rel(argmax(sc.scores[:numRels], nil)), true
	}
	p.lw.scoresOf(sc.feats, only, sc.scores[:])
	best := only[0]
	for _, c := range only[1:] {
		if sc.scores[c] > sc.scores[best] {
			best = c
		}
	}
	return Rel(best), true
}

// label is classify for callers that need only the relation.
func (p *parser) label(s *state, v *sentenceView, sc *parseScratch, h, d int32) Rel {
	r, _ := p.classify(s, v, sc, h, d)
	return r
}
