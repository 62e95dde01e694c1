package syntax

import "encoding/binary"

// parser is an arc-eager parser: one averaged perceptron scores the
// transitions, greedily or in a beam search, and a second one labels
// each arc as it is made, so later features can read the labels.
type parser struct {
	bits, lbits uint8
	// beam is the width of the beam search; 1 parses greedily.
	beam int
	w    *weights // numActions classes
	lw   scorer   // numRels classes
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
	// at[p+1] holds what the features read of position p, from -1 (none)
	// and 0 (the root) to n.
	at []pos
}

// count sets the classes that v.tags index, fills the prefix counts and
// the positions.
func (v *sentenceView) count(classes []tagClass) {
	v.classes = classes
	n := len(v.words) + 1
	v.punct, v.verbs = resize(v.punct, n), resize(v.verbs, n)
	v.at = resize(v.at, n+1)
	for p := range v.at {
		v.at[p] = v.newPos(int32(p) - 1)
	}
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

// pos is the view of one position for the features: its lower-case
// word, its tag (0 for none, 1 for the root, class+2 for a word), the two
// combined, and its UPOS (like the tag).
type pos struct {
	w, p, wp, u uint64
}

func (v *sentenceView) newPos(p int32) pos {
	w, t, u := v.word(p).lower, uint64(p+1), uint64(p+1)
	if p > 0 {
		t, u = uint64(v.tags[p-1])+2, uint64(v.classes[v.tags[p-1]].UPOS)+2
	}
	return pos{w: w, p: t, wp: w ^ (t+1)*k2, u: u}
}

func (v *sentenceView) pos(p int32) *pos { return &v.at[p+1] }

// tag returns the tag of position p as a feature value.
func (v *sentenceView) tag(p int32) uint64 { return v.at[p+1].p }

// upos returns the UPOS of position p as a feature value.
func (v *sentenceView) upos(p int32) uint64 { return v.at[p+1].u }

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

// featureHashes holds the hashes of the transition features, indexed by
// template, so that the groups below can fill it in any order and the
// slots still come out in template order.
type featureHashes [numTemplates + 1]uint64

func (h *featureHashes) f1(t, a uint64)       { h[t] = feat1(t, a) }
func (h *featureHashes) f2(t, a, b uint64)    { h[t] = feat2(t, a, b) }
func (h *featureHashes) f3(t, a, b, c uint64) { h[t] = feat3(t, a, b, c) }

const numTemplates = pUN0N1N2

// The transition features fall into three groups. Front features read
// only the first three buffer words, so they are the same for every
// configuration with the same buffer front. Role features read only the
// word and tag of one position in one role (the head of the stack top,
// its leftmost dependent, ...). Neither depends on the rest of the state,
// so their sums are made once per sentence, for each buffer front and for
// each position in each role; the rest read the state and are hashed for
// every transition.

var frontTemplates = [...]uint8{
	pN0wp, pN0w, pN0p, pN1wp, pN1w, pN1p, pN2wp, pN2w, pN2p,
	pN0pN1p, pN0pN1pN2p, pN0suf, pN0wN1w, pN0pN1w, pN0wN1p, pN0amb, pN1amb, pUN0N1N2,
}

// frontFeatures sets the front features for buffer front b of n words.
func frontFeatures(h *featureHashes, v *sentenceView, b, n int32) {
	n1, n2 := after(b, 1, n), after(b, 2, n)
	N0, N1, N2 := v.pos(b), v.pos(n1), v.pos(n2)
	h.f1(pN0wp, N0.wp)
	h.f1(pN0w, N0.w)
	h.f1(pN0p, N0.p)
	h.f1(pN1wp, N1.wp)
	h.f1(pN1w, N1.w)
	h.f1(pN1p, N1.p)
	h.f1(pN2wp, N2.wp)
	h.f1(pN2w, N2.w)
	h.f1(pN2p, N2.p)
	h.f2(pN0pN1p, N0.p, N1.p)
	h.f3(pN0pN1pN2p, N0.p, N1.p, N2.p)
	h.f2(pN0suf, v.word(b).suf[2], N0.p)
	h.f2(pN0wN1w, N0.w, N1.w)
	h.f2(pN0pN1w, N0.p, N1.w)
	h.f2(pN0wN1p, N0.w, N1.p)
	h.f2(pN0amb, v.word(b).amb, N0.p)
	h.f2(pN1amb, v.word(n1).amb, N1.p)
	h.f3(pUN0N1N2, v.upos(b), v.upos(n1), v.upos(n2))
}

// after returns position b+k, or -1 past the last word n.
func after(b, k, n int32) int32 {
	if b+k > n {
		return -1
	}
	return b + k
}

// Roles of a position in a configuration.
const (
	roleS0 = iota
	roleS1
	roleS2
	roleS0h
	roleS0h2
	roleS0l
	roleS0l2
	roleS0r
	roleS0r2
	roleN0l
	roleN0l2
	numRoles
)

var roleTemplates = [numRoles][]uint8{
	roleS0:   {pS0wp, pS0w, pS0p, pS0amb},
	roleS1:   {pS1w, pS1p},
	roleS2:   {pS2p},
	roleS0h:  {pS0hw, pS0hp},
	roleS0h2: {pS0h2w, pS0h2p},
	roleS0l:  {pS0lw, pS0lp},
	roleS0l2: {pS0l2w, pS0l2p},
	roleS0r:  {pS0rw, pS0rp},
	roleS0r2: {pS0r2w, pS0r2p},
	roleN0l:  {pN0lw, pN0lp},
	roleN0l2: {pN0l2w, pN0l2p},
}

// roleFeatures sets the features of position p in role r.
func roleFeatures(h *featureHashes, v *sentenceView, r int, p int32) {
	P := v.pos(p)
	switch r {
	case roleS0:
		h.f1(pS0wp, P.wp)
		h.f1(pS0w, P.w)
		h.f1(pS0p, P.p)
		h.f2(pS0amb, v.word(p).amb, P.p)
	case roleS2:
		h.f1(pS2p, P.p)
	default:
		t := roleTemplates[r]
		h.f1(uint64(t[0]), P.w)
		h.f1(uint64(t[1]), P.p)
	}
}

// restTemplates lists the templates of neither group.
var restTemplates = func() []uint8 {
	var in [numTemplates + 1]bool
	for _, t := range frontTemplates {
		in[t] = true
	}
	for _, ts := range roleTemplates {
		for _, t := range ts {
			in[t] = true
		}
	}
	var rest []uint8
	for t := 1; t <= numTemplates; t++ {
		if !in[t] {
			rest = append(rest, uint8(t))
		}
	}
	return rest
}()

// config holds the positions that the features of a configuration read.
type config struct {
	n0, n1, n2 int32
	at         [numRoles]int32 // position of each role, -1 if none
}

func configOf(s *state) config {
	c := config{n0: s.b, n1: after(s.b, 1, s.n), n2: after(s.b, 2, s.n)}
	s0 := s.s0()
	c.at[roleS0] = s0
	c.at[roleS1], c.at[roleS2] = s.below(1), s.below(2)
	c.at[roleS0h] = get(s.head, s0)
	c.at[roleS0h2] = get(s.head, c.at[roleS0h])
	c.at[roleS0l], c.at[roleS0l2] = get(s.left[0], s0), get(s.left[1], s0)
	c.at[roleS0r], c.at[roleS0r2] = get(s.right[0], s0), get(s.right[1], s0)
	c.at[roleN0l], c.at[roleN0l2] = get(s.left[0], s.b), get(s.left[1], s.b)
	return c
}

// transitionFeatures appends the feature slots of configuration s, in
// template order.
func transitionFeatures(out []uint32, bits uint8, s *state, v *sentenceView) []uint32 {
	var h featureHashes
	c := configOf(s)
	frontFeatures(&h, v, c.n0, s.n)
	for r, p := range c.at {
		roleFeatures(&h, v, r, p)
	}
	restFeatures(&h, s, v, &c)
	return appendSlots(out, bits, h[1:])
}

// restFeatures sets the features that read more than one position or the
// state beyond the positions: pairs, distances, valencies and labels.
func restFeatures(h *featureHashes, s *state, v *sentenceView, c *config) {
	s0i, n0i, s1i, s2i := c.at[roleS0], c.n0, c.at[roleS1], c.at[roleS2]
	s0h, s0l, s0l2, s0r, s0r2 := c.at[roleS0h], c.at[roleS0l], c.at[roleS0l2], c.at[roleS0r], c.at[roleS0r2]
	n0l, n0l2 := c.at[roleN0l], c.at[roleN0l2]
	S0, N0, N1 := v.pos(s0i), v.pos(n0i), v.pos(c.n1)
	S0h, S0h2, S1, S2 := v.pos(s0h), v.pos(c.at[roleS0h2]), v.pos(s1i), v.pos(s2i)
	S0l, S0l2, S0r, S0r2 := v.pos(s0l), v.pos(s0l2), v.pos(s0r), v.pos(s0r2)
	N0l, N0l2 := v.pos(n0l), v.pos(n0l2)
	d := uint64(0)
	if s0i >= 0 {
		d = distance(s0i, n0i) + 1
	}
	var s0vl, s0vr, s0sl, s0sr, headed uint64
	if s0i > 0 {
		s0vl, s0vr = uint64(s.nleft[s0i]), uint64(s.nright[s0i])
		s0sl, s0sr = s.lset[s0i], s.rset[s0i]
		if s.head[s0i] >= 0 {
			headed = 1
		}
	}
	n0vl, n0sl := uint64(s.nleft[n0i]), s.lset[n0i]
	h.f2(pS0wpN0wp, S0.wp, N0.wp)
	h.f2(pS0wpN0w, S0.wp, N0.w)
	h.f2(pS0wN0wp, S0.w, N0.wp)
	h.f2(pS0wpN0p, S0.wp, N0.p)
	h.f2(pS0pN0wp, S0.p, N0.wp)
	h.f2(pS0wN0w, S0.w, N0.w)
	h.f2(pS0pN0p, S0.p, N0.p)
	h.f3(pS0pN0pN1p, S0.p, N0.p, N1.p)
	h.f3(pS0hpS0pN0p, S0h.p, S0.p, N0.p)
	h.f3(pS0pS0lpN0p, S0.p, S0l.p, N0.p)
	h.f3(pS0pS0rpN0p, S0.p, S0r.p, N0.p)
	h.f3(pS0pN0pN0lp, S0.p, N0.p, N0l.p)
	h.f2(pS0wd, S0.w, d)
	h.f2(pS0pd, S0.p, d)
	h.f2(pN0wd, N0.w, d)
	h.f2(pN0pd, N0.p, d)
	h.f3(pS0wN0wd, S0.w, N0.w, d)
	h.f3(pS0pN0pd, S0.p, N0.p, d)
	h.f2(pS0wvr, S0.w, s0vr)
	h.f2(pS0pvr, S0.p, s0vr)
	h.f2(pS0wvl, S0.w, s0vl)
	h.f2(pS0pvl, S0.p, s0vl)
	h.f2(pN0wvl, N0.w, n0vl)
	h.f2(pN0pvl, N0.p, n0vl)
	h.f1(pS0l, s.label(s0i))
	h.f1(pS0ll, s.label(s0l))
	h.f1(pS0rl, s.label(s0r))
	h.f1(pN0ll, s.label(n0l))
	h.f1(pS0hl, s.label(s0h))
	h.f1(pS0l2l, s.label(s0l2))
	h.f1(pS0r2l, s.label(s0r2))
	h.f1(pN0l2l, s.label(n0l2))
	h.f3(pS0pS0lpS0l2p, S0.p, S0l.p, S0l2.p)
	h.f3(pS0pS0rpS0r2p, S0.p, S0r.p, S0r2.p)
	h.f3(pS0pS0hpS0h2p, S0.p, S0h.p, S0h2.p)
	h.f3(pN0pN0lpN0l2p, N0.p, N0l.p, N0l2.p)
	h.f2(pS0wsr, S0.w, s0sr)
	h.f2(pS0psr, S0.p, s0sr)
	h.f2(pS0wsl, S0.w, s0sl)
	h.f2(pS0psl, S0.p, s0sl)
	h.f2(pN0wsl, N0.w, n0sl)
	h.f2(pN0psl, N0.p, n0sl)
	h.f3(pS1pS0pN0p, S1.p, S0.p, N0.p)
	h.f3(pHeadedS0pN0p, headed, S0.p, N0.p)
	h.f2(pS1wpS0wp, S1.wp, S0.wp)
	h.f3(pS0wN0wN1p, S0.w, N0.w, N1.p)
	h.f3(pS0pN0wN1w, S0.p, N0.w, N1.w)
	h.f3(pS1pS0pS2p, S1.p, S0.p, S2.p)
	ws0, wn0 := v.word(s0i), v.word(n0i)
	h.f2(pS0ambN0amb, ws0.amb, wn0.amb)
	h.f3(pS0sufN0suf, ws0.suf[2], wn0.suf[2], 0)
	commas, verbs := v.between(s0i, n0i)
	h.f3(pCommasS0pN0p, commas, S0.p, N0.p)
	h.f3(pVerbsS0pN0p, verbs, S0.p, N0.p)
	h.f3(pCommasVerbs, commas, verbs, d)
	h.f2(pUS0N0, v.upos(s0i), v.upos(n0i))
	h.f3(pUS0N0N1, v.upos(s0i), v.upos(n0i), v.upos(c.n1))
	h.f3(pUS1S0N0, v.upos(s1i), v.upos(s0i), v.upos(n0i))
	h.f3(pUS0hS0N0, v.upos(s0h), v.upos(s0i), v.upos(n0i))
	h.f3(pUS0S0lN0, v.upos(s0i), v.upos(s0l), v.upos(n0i))
	h.f3(pUS0S0rN0, v.upos(s0i), v.upos(s0r), v.upos(n0i))
	h.f3(pUS0N0N0l, v.upos(s0i), v.upos(n0i), v.upos(n0l))
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
		feat1(lBias, dir),
		feat2(lHw, H.w, dir),
		feat1(lHp, hp),
		feat2(lDw, D.w, dir),
		feat1(lDp, dp),
		feat2(lHpDp, hp, D.p),
		feat3(lHwDp, H.w, dp, 0),
		feat3(lHpDw, hp, D.w, 0),
		feat3(lHwDw, H.w, D.w, dir),
		feat3(lDistHpDp, distance(h, d), hp, D.p),
		feat2(lDlsetDp, s.lset[d], dp),
		feat2(lDrsetDp, s.rset[d], dp),
		feat3(lHlsetHp, hl, hp, D.p),
		feat3(lHrsetHp, hr, hp, D.p),
		feat3(lHrelDp, hrel, hp, D.p),
		feat3(lHhpHpDp, v.tag(get(s.head, h)), hp, D.p),
		feat3(lDm1pDpHp, v.tag(prev(d)), dp, H.p),
		feat3(lDp1pDpHp, v.tag(next(d)), dp, H.p),
		feat3(lHm1pHpDp, v.tag(prev(h)), hp, D.p),
		feat3(lHp1pHpDp, v.tag(next(h)), hp, D.p),
		feat2(lDsufHp, dw.suf[2], hp),
		feat2(lDshapeDp, dw.shape, dp),
		feat2(lDflags, dw.flags, dp),
		feat3(lDvalence, uint64(s.nleft[d]), uint64(s.nright[d]), dp),
		feat2(lDwHp, D.w, hp),
		feat3(lHwDpDw, H.w, dp, D.w),
		feat3(lUDH, v.upos(d), v.upos(h), dir),
		feat3(lDlDr, v.tag(get(s.left[0], d)), v.tag(get(s.right[0], d)), dp),
		feat3(lHlDp, v.tag(get(s.left[0], h)), hp, D.p),
		feat2(lDsuf, dw.suf[1], dp),
		feat3(lDm1wDw, v.word(prev(d)).lower, D.w, dir),
		feat3(lCaseChild, v.word(get(s.left[0], d)).lower, dp, H.p),
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
	h      featureHashes
	// front[b] and roles[r][p+1] are the sums of the front features of
	// buffer front b and of the features of position p in role r, in the
	// lanes of spread4; a role sum is made when first needed, and known
	// says which are made.
	front []uint64
	roles [numRoles][]uint64
	known [numRoles][]bool
	beam  beam
}

// parse fills s with the tree of sentence v.
func (p *parser) parse(s *state, v *sentenceView, sc *parseScratch) {
	if p.beam > 1 {
		p.parseBeam(s, v, sc, p.beam)
		return
	}
	s.reset(len(v.words))
	p.prepare(v, sc)
	var ok [numActions]bool
	for !s.terminal() {
		s.legal(&ok)
		a := shift
		if ok[reduce] || ok[leftArc] || ok[rightArc] {
			p.transitionScores(s, v, sc)
			a = argmax(sc.scores[:numActions], ok[:])
		}
		s.apply(a, p.arcLabel(s, v, sc, a))
	}
	s.finish(func(h, d int32) Rel { return p.label(s, v, sc, h, d) })
}

// The lanes of spread4 hold the sums of all transition features.
const _ = uint(maxBlock - numTemplates)

// prepare sums the front features of every buffer front of v and
// forgets the role sums of the sentence before.
func (p *parser) prepare(v *sentenceView, sc *parseScratch) {
	n := int32(len(v.words))
	sc.front = resize(sc.front, int(n)+1)
	for b := int32(1); b <= n; b++ {
		frontFeatures(&sc.h, v, b, n)
		sc.front[b] = p.sum4(&sc.h, frontTemplates[:])
	}
	for r := range sc.roles {
		sc.roles[r] = resize(sc.roles[r], int(n)+2)
		sc.known[r] = resize(sc.known[r], int(n)+2)
	}
}

// sum4 adds the weights of the features ts of h; it computes their slots
// as slot does, with the shift taken out of the loop.
func (p *parser) sum4(h *featureHashes, ts []uint8) uint64 {
	b, shift := p.w.b, (64-p.bits)&63
	var acc uint64
	for _, t := range ts {
		f := int(h[t] >> shift)
		acc += spread4(binary.LittleEndian.Uint32(b[f : f+4]))
	}
	return acc
}

// transitionScores sets sc.scores to the scores of the transitions from
// s: the sum of the weights of transitionFeatures, with the front and role
// features read from their sums.
func (p *parser) transitionScores(s *state, v *sentenceView, sc *parseScratch) {
	c := configOf(s)
	restFeatures(&sc.h, s, v, &c)
	acc := p.sum4(&sc.h, restTemplates) + sc.front[c.n0]
	for r, q := range c.at {
		if !sc.known[r][q+1] {
			roleFeatures(&sc.h, v, r, q)
			sc.roles[r][q+1], sc.known[r][q+1] = p.sum4(&sc.h, roleTemplates[r]), true
		}
		acc += sc.roles[r][q+1]
	}
	unpack4(acc, numTemplates, sc.scores[:numActions])
}

// arcLabel returns the relation of the arc that transition a makes.
func (p *parser) arcLabel(s *state, v *sentenceView, sc *parseScratch, a int) Rel {
	h, d, ok := s.arc(a)
	switch {
	case !ok:
		return NoRel
	case h == 0:
		return Root
	}
	return p.label(s, v, sc, h, d)
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
