package syntax

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"time"
)

// TrainOptions configure Train. The zero value of a field takes the
// default that the shipped model was trained with.
type TrainOptions struct {
	// Data is the folder that holds ud/en_ewt-ud-train.conllu.
	Data string
	Seed uint64
	// TagEpochs and ParseEpochs are the passes over the training set;
	// Folds is the number of taggers trained on the rest of the data to
	// give the parser realistic tags of its training sentences.
	TagEpochs, ParseEpochs, Folds int
	// Runs is the number of parsers of each width trained on the data
	// in different orders, whose mean weights the model keeps.
	Runs int
	// TagBits, ParseBits and LabelBits size the weight tables (2^bits).
	TagBits, ParseBits, LabelBits uint8
	// Beam is the width of the beam that a second parser is trained
	// with, next to the greedy one; 1 trains only the greedy parser.
	// ParseBeam is the width the model parses with by default, at most
	// Beam: a parser trained with a beam of 8 parses as well with 4, in
	// half the time.
	Beam, ParseBeam int
	Log             *slog.Logger
}

func (o *TrainOptions) defaults() {
	def := func(v *int, d int) {
		if *v == 0 {
			*v = d
		}
	}
	defBits := func(v *uint8, d uint8) {
		if *v == 0 {
			*v = d
		}
	}
	def(&o.TagEpochs, 10)
	def(&o.ParseEpochs, 12)
	def(&o.Folds, 10)
	def(&o.Runs, 3)
	def(&o.Beam, 8)
	def(&o.ParseBeam, 4)
	defBits(&o.TagBits, 22)
	defBits(&o.ParseBits, 22)
	defBits(&o.LabelBits, 22)
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
}

// Train trains a model on the English Web Treebank's training set.
// Everything is seeded, so the same options give the same model.
func Train(ctx context.Context, o TrainOptions) (*Model, error) {
	o.defaults()
	if max(o.TagBits, o.ParseBits, o.LabelBits) > maxTableBits {
		return nil, fmt.Errorf("train: weight tables above %d bits", maxTableBits)
	}
	start := time.Now()
	sents, err := readCoNLLU(ctx, filepath.Join(o.Data, "ud", "en_ewt-ud-train.conllu"))
	if err != nil {
		return nil, fmt.Errorf("train: %w", err)
	}
	classes := buildClasses(sents, 10)
	exs := prepare(sents, classes)
	m := &Model{lex: buildLexicon(exs), split: buildSplits(sents)}
	for _, ex := range exs {
		lookup(ex.words, m.lex)
	}
	o.Log.Info("read training set", "sentences", len(sents), "classes", len(classes))

	tags, err := jackknife(ctx, exs, classes, o)
	if err != nil {
		return nil, err
	}
	m.tagger = trainTagger(exs, classes, o.TagBits, o.TagEpochs, o.Seed, func(e int, acc float64) {
		o.Log.Info("tagger", "epoch", e, "train_accuracy", round(acc), "elapsed", since(start))
	})
	m.lemma = trainLemmatizer(exs)
	o.Log.Info("lemmatizer", "rules", len(m.lemma.rules), "exceptions", m.lemma.exact.len()+m.lemma.lower.len())

	pexs := make([]parseExample, len(exs))
	for i := range exs {
		pexs[i] = newParseExample(&exs[i], tags[i])
		pexs[i].view.count(classes)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	widths := []int{1}
	if o.Beam > 1 {
		widths = append(widths, o.Beam)
	}
	for _, w := range widths {
		p := trainParser(pexs, len(classes), o.ParseBits, o.LabelBits, o.ParseEpochs, w, o.Runs, o.Seed, 0.9, func(r, e int, uas float64) {
			o.Log.Info("parser", "beam", w, "run", r, "epoch", e, "train_uas", round(uas), "elapsed", since(start))
		})
		m.parsers = append(m.parsers, p)
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
	m.setBeam(min(o.ParseBeam, o.Beam))
	return m, nil
}

// jackknife tags each fold of the training set with a tagger trained on
// the other folds.
func jackknife(ctx context.Context, exs []example, classes []tagClass, o TrainOptions) ([][]uint8, error) {
	out := make([][]uint8, len(exs))
	var b tagBuf
	for f := range o.Folds {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var rest []example
		for i, ex := range exs {
			if i%o.Folds != f {
				rest = append(rest, ex)
			}
		}
		t := trainTagger(rest, classes, o.TagBits, o.TagEpochs, o.Seed+uint64(f)+1, nil)
		right, total := 0, 0
		for i, ex := range exs {
			if i%o.Folds != f {
				continue
			}
			out[i] = make([]uint8, len(ex.words))
			t.tag(ex.words, out[i], nil, &b)
			for j, c := range out[i] {
				if c == ex.class[j] {
					right++
				}
				total++
			}
		}
		o.Log.Info("jackknife", "fold", f+1, "of", o.Folds, "accuracy", round(float64(right)/float64(total)))
	}
	return out, nil
}

// buildSplits returns the lower-case ASCII tokens that the treebank
// writes as two words more often than as one, with at least three
// examples, keyed by their hash and mapped to the offset of the split.
func buildSplits(sents []sentence) *table[uint8] {
	type count struct{ split, whole, cut int }
	counts := map[string]*count{}
	get := func(s string) *count {
		c := counts[s]
		if c == nil {
			c = &count{}
			counts[s] = c
		}
		return c
	}
	for _, s := range sents {
		for _, mw := range s.MWT {
			low := strings.ToLower(mw.Surface)
			if mw.Last != mw.First+1 || !isASCII(low) || contraction(low) > 0 {
				continue
			}
			first := strings.ToLower(s.Form[mw.First])
			if low != first+strings.ToLower(s.Form[mw.Last]) || len(first) > 255 {
				continue
			}
			c := get(low)
			c.split++
			c.cut = len(first)
		}
	}
	for _, s := range sents {
		for _, f := range s.Form {
			if c := counts[strings.ToLower(f)]; c != nil {
				c.whole++
			}
		}
	}
	out := newTable[uint8](0)
	for s, c := range counts {
		if c.split >= 3 && c.split > c.whole {
			out.set(fnvString(s), uint8(c.cut))
		}
	}
	return out
}

func round(x float64) float64 { return float64(int(x*10000+0.5)) / 10000 }

func since(t time.Time) string { return time.Since(t).Round(time.Second).String() }
