package syntax

// tagClass is one class of the tagger: a UPOS and XPOS pair seen in
// training, so both tags come from one decision and always agree.
type tagClass struct {
	UPOS UPOS
	XPOS XPOS
}

// tagger is a greedy left-to-right averaged perceptron over tagClasses.
// A frequent word is only given the classes it takes in training, and one
// that always takes the same class skips the classifier. A word whose class
// the caller fixes (see Layer.MarkProper, MarkNoun) takes it, and the words after it
// read it as their previous class.
type tagger struct {
	classes []tagClass
	bits    uint8
	w       scorer
	// open lists the classes that words outside the lexicon's allowed
	// sets take in training; nil means all.
	open []uint8
	// known holds the class of each knownClass: -1 for unknownClass and
	// for a class the model lacks.
	known [5]int16
	// pastTense and baseForm are the classes (VERB, VBD) and (VERB, VB),
	// present (VERB, VBZ) and subordinator (SCONJ, IN), -1 if none.
	pastTense, baseForm, present, subordinator int16
}

// Tagger feature templates.
const (
	tBias = iota + 1
	tForm
	tLower
	tPre1
	tPre2
	tPre3
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tShape
	tFlags
	tP1
	tP2
	tP1P2
	tP1W0
	tWm1
	tWm1Suf
	tWm2
	tWp1
	tWp1Suf
	tWp2
	tWm1W0
	tW0Wp1
	tTail
	tWp1Shape
	tWm1Shape
	tP1Suf
	tP1Wp1
	tWp1Flags
	tWp2Suf
	tAmb0
	tAmbP1
	tAmbP2
	tAmb0P1
	tAmbP1Amb0
	tAmbM1
	tSuf5
	tPre4
	tLenKnown
)

// at returns word i of the sentence, or a boundary pseudo-word.
func at(ws []word, i int) *word {
	switch {
	case i < 0:
		return &wordStart
	case i >= len(ws):
		return &wordEnd
	}
	return &ws[i]
}

// tagFeatures appends the slots of the features of word i, given the
// classes p1 and p2 predicted for the two words before it (0 before the
// sentence, class+1 otherwise).
func tagFeatures(out []uint32, bits uint8, ws []word, i int, p1, p2 uint64) []uint32 {
	w0, m1, m2, n1, n2 := &ws[i], at(ws, i-1), at(ws, i-2), at(ws, i+1), at(ws, i+2)
	hs := [...]uint64{
		feat1(tBias, 0),
		feat1(tForm, w0.form),
		feat1(tLower, w0.lower),
		feat1(tPre1, w0.pre[0]),
		feat1(tPre2, w0.pre[1]),
		feat1(tPre3, w0.pre[2]),
		feat1(tSuf1, w0.suf[0]),
		feat1(tSuf2, w0.suf[1]),
		feat1(tSuf3, w0.suf[2]),
		feat1(tSuf4, w0.suf[3]),
		feat1(tShape, w0.shape),
		feat1(tFlags, w0.flags),
		feat1(tP1, p1),
		feat1(tP2, p2),
		feat2(tP1P2, p1, p2),
		feat2(tP1W0, p1, w0.lower),
		feat1(tWm1, m1.lower),
		feat1(tWm1Suf, m1.suf[2]),
		feat1(tWm2, m2.lower),
		feat1(tWp1, n1.lower),
		feat1(tWp1Suf, n1.suf[2]),
		feat1(tWp2, n2.lower),
		feat2(tWm1W0, m1.lower, w0.lower),
		feat2(tW0Wp1, w0.lower, n1.lower),
		feat1(tWp1Shape, n1.shape),
		feat1(tWm1Shape, m1.shape),
		feat2(tP1Suf, p1, w0.suf[2]),
		feat2(tP1Wp1, p1, n1.lower),
		feat1(tWp1Flags, n1.flags),
		feat1(tWp2Suf, n2.suf[2]),
		feat1(tAmb0, w0.amb),
		feat1(tAmbP1, n1.amb),
		feat1(tAmbP2, n2.amb),
		feat2(tAmb0P1, w0.amb, p1),
		feat2(tAmbP1Amb0, n1.amb, w0.amb),
		feat2(tAmbM1, m1.amb, w0.amb),
		feat1(tSuf5, w0.suf[4]),
		feat1(tPre4, w0.pre[3]),
		feat2(tLenKnown, w0.length, w0.flags),
	}
	for _, h := range hs {
		out = append(out, slot(h, bits))
	}
	if w0.tail != 0 {
		out = append(out, slot(feat1(tTail, w0.tail), bits))
	}
	return out
}

// tagBuf holds the buffers of the tagger.
type tagBuf struct {
	feats  []uint32
	only   []uint8
	scores [maxClasses]float32
}

// decide picks the class of word i: the one class that a frequent word
// always takes, else the best-scoring of the classes it takes, or of the
// open classes for other words. scored says whether w was consulted, with
// b.feats holding the features.
func (t *tagger) decide(w scorer, ws []word, i int, p1, p2 uint64, b *tagBuf) (c uint8, scored bool) {
	al := &ws[i].allowed
	if c, ok := al.single(); ok {
		return c, false
	}
	b.feats = tagFeatures(b.feats[:0], t.bits, ws, i, p1, p2)
	only := t.open
	if !al.empty() {
		b.only = al.appendTo(b.only[:0])
		only = b.only
	}
	if len(only) == 0 {
		w.scores(b.feats, b.scores[:len(t.classes)])
		return uint8(argmax(b.scores[:len(t.classes)], nil)), true
	}
	w.scoresOf(b.feats, only, b.scores[:])
	best := only[0]
	for _, k := range only[1:] {
		if b.scores[k] > b.scores[best] {
			best = k
		}
	}
	return best, true
}

// tag writes the class of every word of a sentence into out.
func (t *tagger) tag(ws []word, out []uint8, fixed []int16, b *tagBuf) {
	var p1, p2 uint64
	for i := range ws {
		var c uint8
		if i < len(fixed) && fixed[i] >= 0 {
			c = uint8(fixed[i])
		} else {
			c, _ = t.decide(t.w, ws, i, p1, p2, b)
		}
		out[i] = c
		p1, p2 = uint64(c)+1, p1
	}
}
