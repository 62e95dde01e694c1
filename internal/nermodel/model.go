package nermodel

import (
	_ "embed"
	"fmt"
	"math"
	"slices"
	"sync"

	"sitrep/internal/text"
)

// Entity is a name found in a document: tokens [First, End) of d.Tokens.
// Score estimates the chance that the span and its label are both right,
// calibrated on CoNLL-2003 testa (see Model).
type Entity struct {
	First, End int
	Label      string // PER, LOC, ORG or MISC
	Score      float64
}

// Model is a trained tagger. It is safe for concurrent use.
type Model struct {
	shift uint // 64 - log2(rows of the table)
	table
	res  *resources
	pool sync.Pool
}

// table is what a model file holds: the weights, quantized, and the
// calibration of the scores.
type table struct {
	scale float32 // quantized units per perceptron unit
	w     []int8  // rows × nLabels
	tr    transitions
	// Score is the logistic of a*margin+b, margin being the least
	// max-marginal gap of the entity's tokens in perceptron units; a and b
	// are fitted on dev so that Score estimates the chance that the entity
	// is right.
	a, b float32
}

//go:embed model/ner.bin.gz
var embedded []byte

// Default returns the embedded model, loaded once with the lexicon, the
// gazetteer and the vocabulary it reads.
var Default = sync.OnceValues(func() (*Model, error) {
	m, err := decodeModel(embedded)
	if err != nil {
		return nil, fmt.Errorf("ner model: %w", err)
	}
	return m, nil
})

// findState is the scratch space of one Find.
type findState struct {
	docState
	rows   []uint32
	acc    [nLabels]int32
	em     []float32
	delta  []float32
	beta   []float32
	margin []float32
	back   []uint8
	labels []uint8
}

func newModel(shift uint, tb table) (*Model, error) {
	res, err := loadResources()
	if err != nil {
		return nil, err
	}
	m := &Model{shift: shift, table: tb, res: res}
	m.pool.New = func() any { return &findState{docState: *newDocState()} }
	return m, nil
}

// Find returns the names in every sentence of d, in text order.
func (m *Model) Find(d *text.Doc) []Entity {
	return m.FindIn(d, nil)
}

// FindIn is Find limited to the sentences whose index keep marks; a nil
// keep means all. A caller that needs the model for a few sentences only
// saves the cost of the others, the largest of its stage.
func (m *Model) FindIn(d *text.Doc, keep []bool) []Entity {
	out := m.find(d, keep)
	for i := range out {
		out[i].Score = 1 / (1 + math.Exp(-float64(m.a)*out[i].Score-float64(m.b)))
	}
	return out
}

// find returns the names of d with their margins as Score.
func (m *Model) find(d *text.Doc, keep []bool) []Entity {
	st := m.pool.Get().(*findState)
	defer m.pool.Put(st)
	m.res.prepare(d, &st.docState)
	var out []Entity
	for i, s := range d.Sentences {
		if keep != nil && (i >= len(keep) || !keep[i]) {
			continue
		}
		if valid(d, s) {
			out = m.sentence(s.First, s.End, st, out)
		}
	}
	return out
}

// valid reports whether s is a token range of d; Find skips others
// rather than trust its input.
func valid(d *text.Doc, s text.Sentence) bool {
	return s.First >= 0 && s.End <= len(d.Tokens) && s.First < s.End
}

// sentence labels tokens [first, end) and appends their entities.
func (m *Model) sentence(first, end int, st *findState, out []Entity) []Entity {
	n := end - first
	st.em = grow(st.em, n*nLabels)
	st.delta = grow(st.delta, n*nLabels)
	st.beta = grow(st.beta, n*nLabels)
	st.margin = grow(st.margin, n)
	st.back = grow(st.back, n*nLabels)
	st.labels = grow(st.labels, n)
	s := sentence{info: st.info[first:end], shift: m.shift, rows: st.rows}
	s.caps = capsSentence(s.info)
	for i := range n {
		s.rows = s.rows[:0]
		s.static(i)
		s.history(i, st.hist)
		m.emit(s.rows, &st.acc, st.em[i*nLabels:(i+1)*nLabels])
	}
	st.rows = s.rows
	viterbi(st.em, n, &m.tr, st.delta, st.back, st.labels)
	remember(s.info, st.labels, st.hist)
	margins(st.em, n, &m.tr, st.delta, st.beta, st.labels, st.margin)
	k := len(out)
	out = decode(st.labels, first, out)
	for i := k; i < len(out); i++ {
		e := &out[i]
		e.Score = float64(slices.Min(st.margin[e.First-first:e.End-first]) / m.scale)
	}
	return out
}

// emit writes the label scores of a token with feature rows.
func (m *Model) emit(rows []uint32, acc *[nLabels]int32, em []float32) {
	*acc = [nLabels]int32{}
	for _, r := range rows {
		w := m.w[int(r)*nLabels : int(r)*nLabels+nLabels]
		for y := range nLabels {
			acc[y] += int32(w[y])
		}
	}
	for y := range nLabels {
		em[y] = float32(acc[y])
	}
}

// remember counts the types given to the capitalised words of a sentence.
func remember(info []tokInfo, labels []uint8, hist map[uint64]history) {
	for i := range info {
		if info[i].flags&fHasUpper == 0 {
			continue
		}
		h := hist[info[i].lower]
		if typ := typeOf(labels[i]); h[typ] < math.MaxUint16 {
			h[typ]++
		}
		hist[info[i].lower] = h
	}
}

// typeOf is 0 for O, else 1 + the type of label y.
func typeOf(y uint8) int {
	if y == 0 {
		return 0
	}
	t, _ := split(y)
	return t + 1
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}
