package nermodel

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"time"
)

// TrainOptions control Train.
type TrainOptions struct {
	Epochs   int    // at most this many passes over the training set
	Patience int    // stop after this many passes without a better dev F1
	Bits     int    // the weight table has 1<<Bits rows
	Seed     uint64 // the order of the training documents
	Runs     int    // perceptrons averaged into the model
	// Progress, when set, is called after every pass.
	Progress func(EpochReport)
}

// EpochReport is the state of training after one pass.
type EpochReport struct {
	Run      int // 1..Runs
	Epoch    int
	Mistakes int // training tokens mislabelled during the pass
	Tokens   int
	Dev      Scores
	Elapsed  time.Duration // since training started
	Best     bool          // the best model so far on dev
}

// trainDoc is a training document with its static feature rows.
type trainDoc struct {
	info   []tokInfo
	sents  [][2]int // token ranges
	off    []int32  // rows of token i: rows[off[i]:off[i+1]]
	rows   []uint32
	labels []uint8 // gold
}

// perceptron is an averaged structured perceptron: w are the weights, u
// the updates weighted by the instance number, so that w - u/c is the
// average of w over all instances (Daumé's trick).
type perceptron struct {
	w, u   []float32
	tr, tu transitions
	c      float32
}

// Train fits a model to train: the mean of Runs averaged perceptrons that
// see the documents in different orders, each taken at the pass that
// scores best on dev. The mean changes the scores little but steadies
// them: a single run's test F1 moves by about half a point with the seed.
func Train(ctx context.Context, train, dev []GoldDoc, opt TrainOptions) (*Model, error) {
	if opt.Bits < minBits || opt.Bits > maxBits {
		return nil, fmt.Errorf("train ner: table bits %d out of [%d, %d]", opt.Bits, minBits, maxBits)
	}
	res, err := loadResources()
	if err != nil {
		return nil, fmt.Errorf("train ner: %w", err)
	}
	t := &trainer{opt: opt, shift: uint(64 - opt.Bits), dev: dev, began: time.Now()}
	docs := make([]trainDoc, len(train))
	for i := range train {
		docs[i] = prepareTrain(res, &train[i], t.shift)
	}
	var sum weights
	for run := range max(1, opt.Runs) {
		w, err := t.run(ctx, docs, run)
		if err != nil {
			return nil, err
		}
		sum.add(w)
	}
	m, err := newModel(t.shift, sum.quantize())
	if err == nil {
		err = m.calibrate(ctx, dev)
	}
	if err != nil {
		return nil, fmt.Errorf("train ner: %w", err)
	}
	return m, nil
}

// trainer holds what the runs of Train share.
type trainer struct {
	opt   TrainOptions
	shift uint
	dev   []GoldDoc
	began time.Time
}

// run trains one perceptron and returns its averaged weights at the pass
// that scores best on dev.
func (t *trainer) run(ctx context.Context, docs []trainDoc, run int) (weights, error) {
	p := &perceptron{w: make([]float32, nLabels<<t.opt.Bits), u: make([]float32, nLabels<<t.opt.Bits), c: 1}
	rng := rand.New(rand.NewPCG(t.opt.Seed, uint64(run)))
	sc := &trainScratch{hist: map[uint64]history{}}
	// average writes into the buffer it is given: the best weights so far
	// stay apart from the spare one it overwrites.
	var best, spare weights
	bestF1, stale := -1.0, 0
	for epoch := 1; epoch <= t.opt.Epochs && stale < t.opt.Patience; epoch++ {
		rep := EpochReport{Run: run + 1, Epoch: epoch}
		for _, k := range rng.Perm(len(docs)) {
			if err := ctx.Err(); err != nil {
				return weights{}, err
			}
			m, n := p.learn(&docs[k], t.shift, sc)
			rep.Mistakes += m
			rep.Tokens += n
		}
		avg := p.average(spare.w)
		model, err := newModel(t.shift, avg.quantize())
		if err == nil {
			rep.Dev, err = model.evaluate(ctx, t.dev)
		}
		if err != nil {
			return weights{}, fmt.Errorf("train ner: %w", err)
		}
		rep.Elapsed = time.Since(t.began)
		if rep.Best = rep.Dev.F1 > bestF1; rep.Best {
			best, spare, bestF1, stale = avg, best, rep.Dev.F1, 0
		} else {
			spare = avg
			stale++
		}
		if t.opt.Progress != nil {
			t.opt.Progress(rep)
		}
	}
	if best.w == nil {
		return weights{}, errors.New("train ner: no epochs")
	}
	return best, nil
}

// calibrate fits the Score of m on dev: a logistic regression of whether
// a found entity is right on its margin, by Newton's method.
func (m *Model) calibrate(ctx context.Context, dev []GoldDoc) error {
	var xs []float64
	var ys []bool
	for i := range dev {
		if err := ctx.Err(); err != nil {
			return err
		}
		d, gold := dev[i].Doc()
		want := map[span]bool{}
		for _, e := range gold {
			want[span{e.First, e.End, e.Label}] = true
		}
		for _, e := range m.find(d, nil) {
			xs = append(xs, e.Score)
			ys = append(ys, want[span{e.First, e.End, e.Label}])
		}
	}
	a, b := 0.0, 0.0
	for range 50 {
		// A little ridge keeps the fit finite when dev separates.
		ga, gb, haa, hab, hbb := 1e-3*a, 1e-3*b, 1e-3, 0.0, 1e-3
		for k, x := range xs {
			p := 1 / (1 + math.Exp(-a*x-b))
			y := 0.0
			if ys[k] {
				y = 1
			}
			w := p * (1 - p)
			ga, gb = ga+(p-y)*x, gb+(p-y)
			haa, hab, hbb = haa+w*x*x, hab+w*x, hbb+w
		}
		det := haa*hbb - hab*hab
		if det <= 0 {
			break
		}
		a -= (hbb*ga - hab*gb) / det
		b -= (haa*gb - hab*ga) / det
	}
	m.a, m.b = float32(a), float32(b)
	return nil
}

func prepareTrain(res *resources, g *GoldDoc, shift uint) trainDoc {
	d, gold := g.Doc()
	st := newDocState()
	res.prepare(d, st)
	td := trainDoc{info: st.info, labels: make([]uint8, len(d.Tokens)), off: make([]int32, 0, len(d.Tokens)+1)}
	encode(gold, td.labels)
	for _, s := range d.Sentences {
		td.sents = append(td.sents, [2]int{s.First, s.End})
		sen := sentence{info: td.info[s.First:s.End], shift: shift, rows: td.rows}
		sen.caps = capsSentence(sen.info)
		for i := range s.End - s.First {
			td.off = append(td.off, int32(len(sen.rows)))
			sen.static(i)
		}
		td.rows = sen.rows
	}
	td.off = append(td.off, int32(len(td.rows)))
	return td
}

// trainScratch holds the buffers of learn.
type trainScratch struct {
	hist      map[uint64]history
	rows      []uint32
	off       []int
	em, delta []float32
	back      []uint8
	pred      []uint8
}

// learn tags each sentence of a document and updates the weights where
// the tags are wrong. It returns the mistakes and the tokens.
func (p *perceptron) learn(td *trainDoc, shift uint, sc *trainScratch) (mistakes, tokens int) {
	clear(sc.hist)
	for _, sr := range td.sents {
		first, end := sr[0], sr[1]
		n := end - first
		sc.em, sc.delta = grow(sc.em, n*nLabels), grow(sc.delta, n*nLabels)
		sc.back, sc.pred = grow(sc.back, n*nLabels), grow(sc.pred, n)
		s := sentence{info: td.info[first:end], shift: shift, rows: sc.rows[:0]}
		sc.off = sc.off[:0]
		for i := range n {
			sc.off = append(sc.off, len(s.rows))
			s.rows = append(s.rows, td.rows[td.off[first+i]:td.off[first+i+1]]...)
			s.history(i, sc.hist)
		}
		sc.off = append(sc.off, len(s.rows))
		sc.rows = s.rows
		for i := range n {
			p.emit(sc.rows[sc.off[i]:sc.off[i+1]], sc.em[i*nLabels:(i+1)*nLabels])
		}
		viterbi(sc.em, n, &p.tr, sc.delta, sc.back, sc.pred)
		mistakes += p.update(sc.rows, sc.off, td.labels[first:end], sc.pred)
		remember(s.info, sc.pred, sc.hist)
		p.c++
		tokens += n
	}
	return mistakes, tokens
}

func (p *perceptron) emit(rows []uint32, em []float32) {
	clear(em)
	for _, r := range rows {
		w := p.w[int(r)*nLabels : int(r)*nLabels+nLabels]
		for y := range nLabels {
			em[y] += w[y]
		}
	}
}

// update moves the weights towards the gold labels and away from the
// predicted ones where they differ, and returns the mistakes.
func (p *perceptron) update(rows []uint32, off []int, gold, pred []uint8) int {
	mistakes := 0
	pg, pp := start, start
	for i := range gold {
		g, q := int(gold[i]), int(pred[i])
		if g != q {
			mistakes++
			for _, r := range rows[off[i]:off[i+1]] {
				p.bump(&p.w[int(r)*nLabels+g], &p.u[int(r)*nLabels+g], 1)
				p.bump(&p.w[int(r)*nLabels+q], &p.u[int(r)*nLabels+q], -1)
			}
		}
		if g != q || pg != pp {
			p.bump(&p.tr.trans[pg][g], &p.tu.trans[pg][g], 1)
			p.bump(&p.tr.trans[pp][q], &p.tu.trans[pp][q], -1)
		}
		pg, pp = g, q
	}
	if pg != pp {
		p.bump(&p.tr.final[pg], &p.tu.final[pg], 1)
		p.bump(&p.tr.final[pp], &p.tu.final[pp], -1)
	}
	return mistakes
}

func (p *perceptron) bump(w, u *float32, d float32) {
	*w += d
	*u += d * p.c
}

// weights are float weights before quantization.
type weights struct {
	w  []float32
	tr transitions
}

// average returns the averaged weights, written into buf unless buf is
// nil: the caller passes the weights it no longer needs.
func (p *perceptron) average(buf []float32) weights {
	if buf == nil {
		buf = make([]float32, len(p.w))
	}
	for i := range buf {
		buf[i] = p.w[i] - p.u[i]/p.c
	}
	a := weights{w: buf}
	for i := range a.tr.trans {
		for y := range nLabels {
			a.tr.trans[i][y] = p.tr.trans[i][y] - p.tu.trans[i][y]/p.c
		}
	}
	for y := range nLabels {
		a.tr.final[y] = p.tr.final[y] - p.tu.final[y]/p.c
	}
	return a
}

// add adds o to a.
func (a *weights) add(o weights) {
	if a.w == nil {
		a.w = make([]float32, len(o.w))
	}
	for i, v := range o.w {
		a.w[i] += v
	}
	for i := range a.tr.trans {
		for y := range nLabels {
			a.tr.trans[i][y] += o.tr.trans[i][y]
		}
	}
	for y := range nLabels {
		a.tr.final[y] += o.tr.final[y]
	}
}

// quantize returns a as int8 with one scale for the table; Viterbi reads
// only ratios of scores, so a sum of runs gives the table of their mean.
// Most weights round to zero, which prunes them; on testa this costs
// nothing against float weights (92.23 against 92.21 F1).
func (a *weights) quantize() table {
	top := float32(0)
	for _, v := range a.w {
		top = max(top, float32(math.Abs(float64(v))))
	}
	if top == 0 {
		top = 1
	}
	tb := table{scale: math.MaxInt8 / top, w: make([]int8, len(a.w))}
	for i, v := range a.w {
		tb.w[i] = int8(math.Round(float64(v * tb.scale)))
	}
	for i := range tb.tr.trans {
		for y := range nLabels {
			tb.tr.trans[i][y] = a.tr.trans[i][y] * tb.scale
		}
	}
	for y := range nLabels {
		tb.tr.final[y] = a.tr.final[y] * tb.scale
	}
	return tb
}
