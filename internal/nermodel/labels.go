package nermodel

// The model tags tokens in BILOU: O, or a type with a position: Begin,
// Inside, Last of a name of several tokens, or Unit for one token.
const (
	nTypes  = 4
	nLabels = 1 + nTypes*4
	start   = nLabels // the row of the transition table before the first token
)

var typeNames = [nTypes]string{"PER", "LOC", "ORG", "MISC"}

const (
	posB = iota
	posI
	posL
	posU
)

func label(typ, pos int) uint8 { return uint8(1 + typ*4 + pos) }

// split returns the type and position of a label other than O.
func split(y uint8) (typ, pos int) { return int(y-1) / 4, int(y-1) % 4 }

func typeIndex(name string) int {
	for i, n := range typeNames {
		if n == name {
			return i
		}
	}
	return -1
}

// allowed reports whether label y may follow label p (start: none).
func allowed(p, y int) bool {
	open := p != start && p != 0 && (p-1)%4 <= posI // p is B or I
	if y == 0 {
		return !open
	}
	typ, pos := split(uint8(y))
	if pos == posB || pos == posU {
		return !open
	}
	ptyp, _ := split(uint8(p))
	return open && ptyp == typ
}

// canEnd reports whether a sentence may end with label y.
func canEnd(y int) bool {
	return y == 0 || (y-1)%4 >= posL
}

// prevs lists, for each label, the labels that may come before it.
var prevs = func() (out [nLabels][]uint8) {
	for y := range nLabels {
		for p := range nLabels {
			if allowed(p, y) {
				out[y] = append(out[y], uint8(p))
			}
		}
	}
	return out
}()

// transitions are the scores of label pairs: trans[p][y] for y after p,
// trans[start][y] for y first, final[y] for y last.
type transitions struct {
	trans [nLabels + 1][nLabels]float32
	final [nLabels]float32
}

// viterbi writes to out the best allowed labels of the n tokens whose
// label scores are em[i*nLabels:(i+1)*nLabels]; delta and back are
// buffers of n*nLabels.
func viterbi(em []float32, n int, tr *transitions, delta []float32, back []uint8, out []uint8) {
	if n == 0 {
		return
	}
	const none = -1e30
	for y := range nLabels {
		delta[y] = none
		if allowed(start, y) {
			delta[y] = em[y] + tr.trans[start][y]
		}
	}
	for i := 1; i < n; i++ {
		row, prev := delta[i*nLabels:(i+1)*nLabels], delta[(i-1)*nLabels:i*nLabels]
		for y := range nLabels {
			best, arg := float32(none), uint8(0)
			for _, p := range prevs[y] {
				if s := prev[p] + tr.trans[p][y]; s > best {
					best, arg = s, p
				}
			}
			row[y] = best + em[i*nLabels+y]
			back[i*nLabels+y] = arg
		}
	}
	last := delta[(n-1)*nLabels : n*nLabels]
	best, arg := float32(none), 0
	for y := range nLabels {
		if s := last[y] + tr.final[y]; canEnd(y) && s > best {
			best, arg = s, y
		}
	}
	out[n-1] = uint8(arg)
	for i := n - 1; i > 0; i-- {
		out[i-1] = back[i*nLabels+int(out[i])]
	}
}

// margins writes to out, for each of the n tokens, how much the best
// sequence beats the best one that labels the token otherwise (its
// max-marginal gap). delta holds Viterbi's forward scores and labels the
// best sequence; beta is a buffer of n*nLabels.
func margins(em []float32, n int, tr *transitions, delta, beta []float32, labels []uint8, out []float32) {
	const none = -1e30
	last := beta[(n-1)*nLabels : n*nLabels]
	for y := range nLabels {
		last[y] = none
		if canEnd(y) {
			last[y] = tr.final[y]
		}
	}
	for i := n - 2; i >= 0; i-- {
		row, next := beta[i*nLabels:(i+1)*nLabels], beta[(i+1)*nLabels:(i+2)*nLabels]
		for y := range nLabels {
			row[y] = none
		}
		for y2 := range nLabels {
			s := em[(i+1)*nLabels+y2] + next[y2]
			for _, y := range prevs[y2] {
				row[y] = max(row[y], s+tr.trans[y][y2])
			}
		}
	}
	for i := range n {
		best, second := float32(none), float32(none)
		for y := range nLabels {
			mm := delta[i*nLabels+y] + beta[i*nLabels+y]
			if uint8(y) == labels[i] {
				best = mm
			} else {
				second = max(second, mm)
			}
		}
		out[i] = best - second
	}
}

// encode writes the BILOU labels of entities (token ranges relative to the
// sentence) to out, which it first clears.
func encode(ents []Entity, out []uint8) {
	clear(out)
	for _, e := range ents {
		typ := typeIndex(e.Label)
		if typ < 0 || e.First < 0 || e.End > len(out) || e.First >= e.End {
			continue
		}
		if e.End-e.First == 1 {
			out[e.First] = label(typ, posU)
			continue
		}
		out[e.First] = label(typ, posB)
		for k := e.First + 1; k < e.End-1; k++ {
			out[k] = label(typ, posI)
		}
		out[e.End-1] = label(typ, posL)
	}
}

// decode appends the entities of well-formed BILOU labels, offset by
// first; an ill-formed run (which Viterbi never yields) is skipped.
func decode(labels []uint8, first int, out []Entity) []Entity {
	for i := 0; i < len(labels); i++ {
		if labels[i] == 0 {
			continue
		}
		typ, pos := split(labels[i])
		switch pos {
		case posU:
			out = append(out, Entity{First: first + i, End: first + i + 1, Label: typeNames[typ]})
		case posB:
			j := i + 1
			for j < len(labels) && labels[j] == label(typ, posI) {
				j++
			}
			if j < len(labels) && labels[j] == label(typ, posL) {
				out = append(out, Entity{First: first + i, End: first + j + 1, Label: typeNames[typ]})
				i = j
			}
		}
	}
	return out
}
