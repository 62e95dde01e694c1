// Command trainsyntax trains sitrep's tagger, lemmatizer and dependency
// parser (package internal/syntax) on the English Web Treebank and writes
// the model files that the package embeds. Run it from the repository
// root:
//
//	go run ./tools/trainsyntax -data ../shared/data
//
// It is seeded, so a run reproduces the shipped files byte for byte. When
// it is done it reloads the written files and scores them on EWT dev and
// test and on GUM news. After retraining, record the new dev-slice scores
// with go test ./internal/syntax -run TestShippedScores -update.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"time"

	"sitrep/internal/syntax"
)

func main() {
	data := flag.String("data", "../shared/data", "folder holding ud/en_ewt-ud-*.conllu and ud/gum-news.conllu")
	out := flag.String("out", "internal/syntax/model", "folder to write the model files to")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	if err := run(ctx, log, *data, *out, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "trainsyntax:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, log *slog.Logger, data, out string, seed uint64) error {
	start := time.Now()
	m, err := syntax.Train(ctx, syntax.TrainOptions{Data: data, Seed: seed, Log: log})
	if err != nil {
		return err
	}
	size, err := m.Save(out)
	if err != nil {
		return err
	}
	log.Info("saved", "dir", out, "bytes", size, "elapsed", time.Since(start).Round(time.Second).String())
	m, err = syntax.Load(os.DirFS(out))
	if err != nil {
		return err
	}
	enc := json.NewEncoder(os.Stdout)
	for _, f := range []string{"en_ewt-ud-dev.conllu", "en_ewt-ud-test.conllu", "gum-news.conllu"} {
		s, err := syntax.Evaluate(ctx, m, filepath.Join(data, "ud", f))
		if err != nil {
			return err
		}
		if err := enc.Encode(s); err != nil {
			return err
		}
	}
	return nil
}
