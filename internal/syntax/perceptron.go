package syntax

import (
	"math"
)

// A weight table maps a feature slot f and a class c to the weight at
// f+c: each feature owns a window of nclass weights that starts at its
// slot, so scoring a feature adds one contiguous run of weights. Windows
// of different features overlap; with tables of 2^20 to 2^22 slots the
// collisions cost little, and the table never grows.

// scorer adds up the class scores of a set of feature slots.
type scorer interface {
	scores(feats []uint32, out []float32)
	// scoresOf sets out[c] for the classes c listed in only.
	scoresOf(feats []uint32, only []uint8, out []float32)
}

// weights is a trained table quantized to int8: a perceptron's decisions
// rest on its few large weights, so the 8-bit table scores as the float
// one did (within 0.05 points on EWT dev) in a quarter of the memory, and
// more of it stays in cache.
type weights struct {
	bits   uint8
	nclass int
	// w has 1<<bits slots and a tail of maxClasses, so that the window of
	// any slot is a whole [maxClasses]int8 and class indices need no
	// bounds checks.
	w []int8
}

func newWeights(bits uint8, nclass int) *weights {
	return &weights{bits: bits, nclass: nclass, w: make([]int8, 1<<bits+maxClasses)}
}

// slot returns the slot of feature hash h.
func slot(h uint64, bits uint8) uint32 { return uint32(h >> (64 - bits)) }

// window returns the weights of the feature at slot f.
func (t *weights) window(f uint32) *[maxClasses]int8 {
	return (*[maxClasses]int8)(t.w[f : f+maxClasses])
}

func (t *weights) scores(feats []uint32, out []float32) {
	if t.nclass == 4 {
		t.scores4(feats, out)
		return
	}
	var sum [maxClasses]int32
	n := t.nclass
	for _, f := range feats {
		row := t.window(f)
		for c := range n {
			sum[c] += int32(row[c])
		}
	}
	for c := range out[:n] {
		out[c] = float32(sum[c])
	}
}

func (t *weights) scoresOf(feats []uint32, only []uint8, out []float32) {
	var sum [maxClasses]int32
	for _, f := range feats {
		row := t.window(f)
		for _, c := range only {
			sum[c] += int32(row[c])
		}
	}
	for _, c := range only {
		out[c] = float32(sum[c])
	}
}

// scores4 is scores for the parser's four transitions, unrolled.
func (t *weights) scores4(feats []uint32, out []float32) {
	var s0, s1, s2, s3 int32
	for _, f := range feats {
		r := (*[4]int8)(t.w[f : f+4])
		s0 += int32(r[0])
		s1 += int32(r[1])
		s2 += int32(r[2])
		s3 += int32(r[3])
	}
	out = out[:4]
	out[0], out[1], out[2], out[3] = float32(s0), float32(s1), float32(s2), float32(s3)
}

// maxClasses bounds the classes of a table. It is 256 so that a uint8
// class indexes a window without a bounds check.
const maxClasses = 256

// avgWeights is a table being trained: an averaged perceptron kept as the
// current weights w and the step-weighted sum of all updates u, so that
// the average is w - u/step (Daumé's trick) and no timestamps are needed.
type avgWeights struct {
	bits   uint8
	nclass int
	w      []float32
	u      []float64
	step   float64
}

func newAvgWeights(bits uint8, nclass int) *avgWeights {
	n := 1<<bits + nclass
	return &avgWeights{bits: bits, nclass: nclass, w: make([]float32, n), u: make([]float64, n), step: 1}
}

func (t *avgWeights) scores(feats []uint32, out []float32) {
	out = out[:t.nclass]
	clear(out)
	for _, f := range feats {
		row := t.w[f : int(f)+t.nclass]
		for c, v := range row {
			out[c] += v
		}
	}
}

func (t *avgWeights) scoresOf(feats []uint32, only []uint8, out []float32) {
	for _, c := range only {
		out[c] = 0
	}
	for _, f := range feats {
		row := t.w[f:][:t.nclass]
		for _, c := range only {
			out[c] += row[c]
		}
	}
}

// update adds d to the weight of class c for every feature.
func (t *avgWeights) update(feats []uint32, c int, d float32) {
	for _, f := range feats {
		t.w[int(f)+c] += d
		t.u[int(f)+c] += t.step * float64(d)
	}
}

// tick ends one training example.
func (t *avgWeights) tick() { t.step++ }

// quantize returns the averaged weights as int8, scaled so the largest
// magnitude maps to 127. Weights below half a step become zero, which also
// keeps the model files small.
func (t *avgWeights) quantize() *weights {
	avg := make([]float64, len(t.w))
	maxAbs := 0.0
	for i, w := range t.w {
		avg[i] = float64(w) - t.u[i]/t.step
		maxAbs = max(maxAbs, math.Abs(avg[i]))
	}
	q := newWeights(t.bits, t.nclass)
	if maxAbs == 0 {
		return q
	}
	scale := math.MaxInt8 / maxAbs
	for i, v := range avg {
		q.w[i] = int8(math.Round(v * scale))
	}
	return q
}

// argmax returns the best class among those allowed (all when allowed is
// nil), or -1 when none is.
func argmax(scores []float32, allowed []bool) int {
	best := -1
	for c, s := range scores {
		if allowed != nil && !allowed[c] {
			continue
		}
		if best < 0 || s > scores[best] {
			best = c
		}
	}
	return best
}
