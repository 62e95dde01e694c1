// Command trainner trains sitrep's named-entity model from the shared data
// and writes it where package nermodel embeds it:
//
//	go run ./tools/trainner -data ../shared/data
//
// It trains five perceptrons on CoNLL-2003 eng.train and the re3d train
// split, each taken at its best pass on eng.testa, averages them, and
// scores the result on every gold set of nermodel.Datasets. The run is
// reproducible: the seed fixes the order of the documents and nothing else
// is random; it takes about a minute on one core.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"time"

	"sitrep/internal/nermodel"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "trainner:", err)
		os.Exit(1)
	}
}

type config struct {
	data, out, scores string
	opt               nermodel.TrainOptions
}

func run() error {
	var c config
	flag.StringVar(&c.data, "data", "../shared/data", "shared data folder")
	flag.StringVar(&c.out, "out", "internal/nermodel/model/ner.bin.gz", "model file to write")
	flag.StringVar(&c.scores, "scores", "internal/nermodel/testdata", "folder for the recorded scores")
	flag.IntVar(&c.opt.Epochs, "epochs", 30, "most passes over the training data")
	flag.IntVar(&c.opt.Patience, "patience", 4, "passes without a better dev score before stopping")
	flag.IntVar(&c.opt.Bits, "bits", 20, "log2 of the rows of the weight table")
	flag.Uint64Var(&c.opt.Seed, "seed", 1, "seed of the document order")
	flag.IntVar(&c.opt.Runs, "runs", 5, "perceptrons averaged into the model")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	return train(ctx, c)
}

func train(ctx context.Context, c config) error {
	began := time.Now()
	ner := filepath.Join(c.data, "ner")
	trainDocs, err := readAll(ctx,
		nermodel.Dataset{Name: "conll2003-train", Path: filepath.Join(ner, "eng.train"), Format: nermodel.FormatCoNLL},
		nermodel.Dataset{Name: "re3d-train", Path: filepath.Join(ner, "re3d", "re3d-train.conll"), Format: nermodel.FormatRe3d})
	if err != nil {
		return err
	}
	dev, err := readAll(ctx, nermodel.Datasets(c.data)[0])
	if err != nil {
		return err
	}
	c.opt.Progress = func(r nermodel.EpochReport) {
		best := ""
		if r.Best {
			best = " *"
		}
		fmt.Fprintf(os.Stderr, "run %d epoch %2d  train errors %5.2f%%  testa P %.2f R %.2f F1 %.2f%s  %s\n",
			r.Run, r.Epoch, 100*float64(r.Mistakes)/float64(r.Tokens), r.Dev.Precision, r.Dev.Recall, r.Dev.F1, best,
			r.Elapsed.Round(time.Second))
	}
	m, err := nermodel.Train(ctx, trainDocs, dev, c.opt)
	if err != nil {
		return err
	}
	if err := write(c.out, m); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "trained in %s\n", time.Since(began).Round(time.Second))
	return score(ctx, c, m)
}

func readAll(ctx context.Context, sets ...nermodel.Dataset) ([]nermodel.GoldDoc, error) {
	var all []nermodel.GoldDoc
	for _, s := range sets {
		docs, dropped, err := nermodel.Read(ctx, s.Path, s.Format)
		if err != nil {
			return nil, err
		}
		n := 0
		for _, d := range docs {
			n += len(d.Sentences)
		}
		fmt.Fprintf(os.Stderr, "%s: %d documents, %d sentences, %d left out\n", s.Name, len(docs), n, dropped)
		all = append(all, docs...)
	}
	return all, nil
}

func write(path string, m *nermodel.Model) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	n, err := m.WriteTo(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	fmt.Fprintf(os.Stderr, "wrote %s (%.1f MB)\n", path, float64(n)/1e6)
	return nil
}

// score prints the scores of every gold set and records them, with those
// of the testa slice that the package test reproduces.
func score(ctx context.Context, c config, m *nermodel.Model) error {
	var all []nermodel.Scores
	for _, d := range nermodel.Datasets(c.data) {
		s, err := nermodel.Evaluate(ctx, m, d.Path, d.Format)
		if err != nil {
			return err
		}
		all = append(all, s)
		fmt.Printf("%-16s P %6.2f  R %6.2f  F1 %6.2f", s.Dataset, s.Precision, s.Recall, s.F1)
		for _, t := range []string{"PER", "LOC", "ORG", "MISC"} {
			fmt.Printf("  %s %6.2f", t, s.PerType[t].F1)
		}
		fmt.Println()
	}
	slice, err := nermodel.EvaluateSlice(ctx, m, nermodel.Datasets(c.data)[0], nermodel.SliceDocs)
	if err != nil {
		return err
	}
	if err := writeJSON(filepath.Join(c.scores, "scores.json"), all); err != nil {
		return err
	}
	return writeJSON(filepath.Join(c.scores, "testa-slice.json"), slice)
}

func writeJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return fmt.Errorf("record scores: %w", err)
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("record scores: %w", err)
	}
	return nil
}
