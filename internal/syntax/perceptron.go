package syntax

import (
	"encoding/binary"
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
	// b holds each weight plus weightBias, so that the weights of several
	// classes can be added at once as unsigned bytes (see lanes16). It has
	// 1<<bits slots and a tail of maxClasses, so that the window of any
	// slot is a whole [maxClasses]byte and class indices need no bounds
	// checks.
	b []byte
}

// weightBias maps an int8 weight to a byte: 0 is stored as 128.
const weightBias = 128

func newWeights(bits uint8, nclass int) *weights {
	b := tableBytes(1<<bits + maxClasses)
	for i := range b {
		b[i] = weightBias
	}
	return &weights{bits: bits, nclass: nclass, b: b}
}

// set sets the weight at index i of the table: class c of slot f is at
// f+c.
func (t *weights) set(i int, v int8) { t.b[i] = byte(int(v) + weightBias) }

// slot returns the slot of feature hash h in a table of 1 to 64 bits;
// the mask tells the compiler that the shift is below 64.
func slot(h uint64, bits uint8) uint32 { return uint32(h >> ((64 - bits) & 63)) }

// window returns the biased weights of the feature at slot f.
func (t *weights) window(f uint32) *[maxClasses]byte {
	return (*[maxClasses]byte)(t.b[f : f+maxClasses])
}

// The sums of biased weights are kept in 16-bit lanes, four to a uint64,
// so at most maxBlock features are added before the lanes are emptied.
const (
	maxBlock = 1<<16/256 - 1
	lowBytes = 0x00ff00ff00ff00ff
)

func (t *weights) scores(feats []uint32, out []float32) {
	var sum [maxClasses]int32
	t.sumAll(feats, &sum)
	for c := range out[:t.nclass] {
		out[c] = float32(sum[c])
	}
}

// scoresOf adds the weights of few classes one class at a time, and
// those of many classes sixteen at a time.
func (t *weights) scoresOf(feats []uint32, only []uint8, out []float32) {
	var sum [maxClasses]int32
	if len(only) > (t.nclass+7)/8*2 {
		t.sumAll(feats, &sum)
	} else {
		t.sumOf(feats, only, &sum)
	}
	for _, c := range only {
		out[c] = float32(sum[c])
	}
}

// sumOf sets sum[c] for the classes c listed in only.
func (t *weights) sumOf(feats []uint32, only []uint8, sum *[maxClasses]int32) {
	for _, f := range feats {
		row := t.window(f)
		for _, c := range only {
			sum[c] += int32(row[c])
		}
	}
	bias := int32(weightBias * len(feats))
	for _, c := range only {
		sum[c] -= bias
	}
}

// sumAll sets sum[c] for all classes, sixteen classes per pass over the
// features of a block.
func (t *weights) sumAll(feats []uint32, sum *[maxClasses]int32) {
	for len(feats) > 0 {
		block := feats[:min(len(feats), maxBlock)]
		feats = feats[len(block):]
		for k := 0; k < t.nclass; k += 16 {
			e0, o0, e1, o1 := lanes16(t.b[k:], block)
			s := (*[16]int32)(sum[k : k+16])
			for j := range 4 {
				s[2*j] += int32(uint16(e0 >> (16 * j)))
				s[2*j+1] += int32(uint16(o0 >> (16 * j)))
				s[8+2*j] += int32(uint16(e1 >> (16 * j)))
				s[8+2*j+1] += int32(uint16(o1 >> (16 * j)))
			}
		}
		bias := int32(weightBias * len(block))
		for c := range sum[:t.nclass] {
			sum[c] -= bias
		}
	}
}

// lanes16 reads the sixteen biased weights at from[f:] for each feature
// f as two uint64s and adds their even and their odd bytes into 16-bit
// lanes: e0 and o0 hold the sums of classes 0, 2, 4, 6 and 1, 3, 5, 7,
// e1 and o1 those of classes 8 to 15. It is kept out of line, where the
// compiler keeps the four sums in registers.
//
//go:noinline
func lanes16(from []byte, feats []uint32) (e0, o0, e1, o1 uint64) {
	for _, f := range feats {
		w := (*[16]byte)(from[f:])
		x, y := binary.LittleEndian.Uint64(w[:8]), binary.LittleEndian.Uint64(w[8:])
		e0 += x & lowBytes
		o0 += x >> 8 & lowBytes
		e1 += y & lowBytes
		o1 += y >> 8 & lowBytes
	}
	return e0, o0, e1, o1
}

// spread4 spreads the four biased weights of a feature in a four-class
// table, read as a uint32, to every other byte, so that sums of them keep
// 16-bit lanes, in the order of classes 0, 2, 1 and 3.
func spread4(w uint32) uint64 {
	x := uint64(w)
	return (x | x<<24) & lowBytes
}

// unpack4 sets out to the four class scores of acc, a sum of n features.
func unpack4(acc uint64, n int, out []float32) {
	bias := int32(weightBias * n)
	out = out[:4]
	out[0] = float32(int32(uint16(acc)) - bias)
	out[1] = float32(int32(uint16(acc>>32)) - bias)
	out[2] = float32(int32(uint16(acc>>16)) - bias)
	out[3] = float32(int32(uint16(acc>>48)) - bias)
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
func (t *avgWeights) quantize() *weights { return quantizeMean([]*avgWeights{t}) }

// quantizeMean quantizes the mean of the averaged weights of tables of
// one shape, as quantize does one table's.
func quantizeMean(ts []*avgWeights) *weights {
	avg := make([]float64, len(ts[0].w))
	for _, t := range ts {
		for i, w := range t.w {
			avg[i] += (float64(w) - t.u[i]/t.step) / float64(len(ts))
		}
	}
	maxAbs := 0.0
	for _, v := range avg {
		maxAbs = max(maxAbs, math.Abs(v))
	}
	q := newWeights(ts[0].bits, ts[0].nclass)
	if maxAbs == 0 {
		return q
	}
	scale := math.MaxInt8 / maxAbs
	for i, v := range avg {
		q.set(i, int8(math.Round(v*scale)))
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
