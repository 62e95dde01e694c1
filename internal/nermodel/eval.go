package nermodel

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"path/filepath"
)

// PRF is precision, recall and F1 in percent, with the counts they come
// from.
type PRF struct {
	Precision, Recall, F1    float64
	Gold, Predicted, Correct int
}

// Scores is the conlleval-style result of a gold file: exact span and type
// match, micro-averaged over the types, in percent.
type Scores struct {
	Dataset               string
	Precision, Recall, F1 float64
	PerType               map[string]PRF
	Sentences, Tokens     int
	Dropped               int // re3d sentences without a CoNLL reading, not scored
}

// Dataset names a standard gold file under the shared data folder.
type Dataset struct {
	Name, Path, Format string
}

// Datasets returns the gold sets the model is scored on: CoNLL-2003 dev
// (testa) and test (testb), WikiGold and the re3d test split.
func Datasets(dataDir string) []Dataset {
	ner := filepath.Join(dataDir, "ner")
	return []Dataset{
		{"conll2003-testa", filepath.Join(ner, "eng.testa"), FormatCoNLL},
		{"conll2003-testb", filepath.Join(ner, "eng.testb"), FormatCoNLL},
		{"wikigold", filepath.Join(ner, "wikigold", "wikigold.conll.txt"), FormatCoNLL},
		{"re3d-test", filepath.Join(ner, "re3d", "re3d-test.conll"), FormatRe3d},
	}
}

// datasetName names a gold file after the standard set it is, else after
// the file.
func datasetName(path string) string {
	base := filepath.Base(path)
	for _, d := range Datasets("") {
		if filepath.Base(d.Path) == base {
			return d.Name
		}
	}
	return base
}

// Evaluate tags the gold file at path (FormatCoNLL or FormatRe3d) with m
// and scores it against the gold names.
func Evaluate(ctx context.Context, m *Model, path, format string) (Scores, error) {
	docs, dropped, err := Read(ctx, path, format)
	if err != nil {
		return Scores{}, fmt.Errorf("evaluate ner: %w", err)
	}
	s, err := m.evaluate(ctx, docs)
	if err != nil {
		return Scores{}, fmt.Errorf("evaluate ner: %w", err)
	}
	s.Dataset = datasetName(path)
	s.Dropped = dropped
	return s, nil
}

// SliceDocs is the number of documents of testa that the package test
// scores the shipped model on.
const SliceDocs = 40

// EvaluateSlice scores m on the first docs documents of a gold set.
func EvaluateSlice(ctx context.Context, m *Model, set Dataset, docs int) (Scores, error) {
	all, dropped, err := Read(ctx, set.Path, set.Format)
	if err != nil {
		return Scores{}, fmt.Errorf("evaluate ner: %w", err)
	}
	s, err := m.evaluate(ctx, all[:min(docs, len(all))])
	if err != nil {
		return Scores{}, fmt.Errorf("evaluate ner: %w", err)
	}
	s.Dataset = fmt.Sprintf("%s[:%d]", set.Name, docs)
	s.Dropped = dropped
	return s, nil
}

type span struct {
	first, end int
	label      string
}

// evaluate tags docs and counts matches.
func (m *Model) evaluate(ctx context.Context, docs []GoldDoc) (Scores, error) {
	counts := map[string]*PRF{}
	for _, t := range typeNames {
		counts[t] = &PRF{}
	}
	var s Scores
	for i := range docs {
		if err := ctx.Err(); err != nil {
			return Scores{}, err
		}
		d, gold := docs[i].Doc()
		s.Sentences += len(d.Sentences)
		s.Tokens += len(d.Tokens)
		count(counts, gold, m.Find(d))
	}
	s.PerType = map[string]PRF{}
	var all PRF
	for t, c := range counts {
		if c.Gold == 0 && c.Predicted == 0 {
			continue
		}
		s.PerType[t] = c.finish()
		all.Gold += c.Gold
		all.Predicted += c.Predicted
		all.Correct += c.Correct
	}
	all = all.finish()
	s.Precision, s.Recall, s.F1 = all.Precision, all.Recall, all.F1
	return s, nil
}

func count(counts map[string]*PRF, gold, pred []Entity) {
	want := map[span]bool{}
	for _, e := range gold {
		want[span{e.First, e.End, e.Label}] = true
		counter(counts, e.Label).Gold++
	}
	for _, e := range pred {
		c := counter(counts, e.Label)
		c.Predicted++
		if want[span{e.First, e.End, e.Label}] {
			c.Correct++
		}
	}
}

func counter(counts map[string]*PRF, label string) *PRF {
	c, ok := counts[label]
	if !ok {
		c = &PRF{}
		counts[label] = c
	}
	return c
}

func (c PRF) finish() PRF {
	if c.Predicted > 0 {
		c.Precision = 100 * float64(c.Correct) / float64(c.Predicted)
	}
	if c.Gold > 0 {
		c.Recall = 100 * float64(c.Correct) / float64(c.Gold)
	}
	if c.Precision+c.Recall > 0 {
		c.F1 = 2 * c.Precision * c.Recall / (c.Precision + c.Recall)
	}
	return c
}

type prfJSON struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Gold      int     `json:"gold"`
	Predicted int     `json:"predicted"`
	Correct   int     `json:"correct"`
}

// MarshalJSON writes the scores as one object of `sitrep eval --json`:
// {"task":"ner","dataset":…,"precision":…,"recall":…,"f1":…,"per_type":{…}},
// percentages rounded to two decimals.
func (s Scores) MarshalJSON() ([]byte, error) {
	per := make(map[string]prfJSON, len(s.PerType))
	for t, c := range s.PerType {
		per[t] = prfJSON{round2(c.Precision), round2(c.Recall), round2(c.F1), c.Gold, c.Predicted, c.Correct}
	}
	return json.Marshal(struct {
		Task      string             `json:"task"`
		Dataset   string             `json:"dataset"`
		Precision float64            `json:"precision"`
		Recall    float64            `json:"recall"`
		F1        float64            `json:"f1"`
		PerType   map[string]prfJSON `json:"per_type"`
		Sentences int                `json:"sentences"`
		Tokens    int                `json:"tokens"`
		Dropped   int                `json:"dropped,omitempty"`
	}{"ner", s.Dataset, round2(s.Precision), round2(s.Recall), round2(s.F1), per, s.Sentences, s.Tokens, s.Dropped})
}

func round2(f float64) float64 { return math.Round(f*100) / 100 }
