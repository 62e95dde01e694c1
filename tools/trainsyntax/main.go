// Command trainsyntax trains sitrep's tagger, lemmatizer and dependency
// parser (package internal/syntax) on the English Web Treebank and writes
// the model files that the package embeds. Run it from the repository
// root:
//
//	go run ./tools/trainsyntax -data ../shared/data
//
// It is seeded, so a run reproduces the shipped files byte for byte. When
// it is done it reloads the written files and scores them on EWT dev and
// test and on GUM news, one JSON line per dataset and beam width. After
// retraining, record the new dev-slice scores with go test
// ./internal/syntax -run TestShippedScores -update.
//
// To compare options on EWT dev alone, train into a scratch folder:
//
//	go run ./tools/trainsyntax -data ../shared/data -out /tmp/parser/x -beam 4 -seed 2 -dev -widths 1,2,4,8
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
	"strconv"
	"strings"
	"time"

	"sitrep/internal/syntax"
)

func main() {
	data := flag.String("data", "../shared/data", "folder holding ud/en_ewt-ud-*.conllu and ud/gum-news.conllu")
	out := flag.String("out", "internal/syntax/model", "folder to write the model files to")
	seed := flag.Uint64("seed", 1, "random seed")
	beam := flag.Int("beam", 8, "width of the beam a second parser is trained with, next to the greedy one (1: greedy only)")
	parseBeam := flag.Int("parse-beam", 4, "width the model parses with by default")
	epochs := flag.Int("epochs", 0, "passes of parser training (0: the default)")
	runs := flag.Int("runs", 0, "parsers of each width trained in different orders and averaged (0: the default)")
	widths := flag.String("widths", "", "comma-separated beam widths to score with (default: the model's default width)")
	devOnly := flag.Bool("dev", false, "score EWT dev only, for choosing options")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	o := syntax.TrainOptions{Data: *data, Seed: *seed, Beam: *beam, ParseBeam: *parseBeam, ParseEpochs: *epochs, Runs: *runs, Log: log}
	if err := run(ctx, log, o, *out, *widths, *devOnly); err != nil {
		fmt.Fprintln(os.Stderr, "trainsyntax:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, log *slog.Logger, o syntax.TrainOptions, out, widths string, devOnly bool) error {
	start := time.Now()
	m, err := syntax.Train(ctx, o)
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
	sets := []string{"en_ewt-ud-dev.conllu", "en_ewt-ud-test.conllu", "gum-news.conllu"}
	if devOnly {
		sets = sets[:1]
	}
	ws, err := parseWidths(widths, m.Beam())
	if err != nil {
		return err
	}
	enc := json.NewEncoder(os.Stdout)
	for _, w := range ws {
		mw := m.WithBeam(w)
		for _, f := range sets {
			t := time.Now()
			s, err := syntax.Evaluate(ctx, mw, filepath.Join(o.Data, "ud", f))
			if err != nil {
				return err
			}
			r := result{s, w, float64(s.Tokens) / time.Since(t).Seconds()}
			if err := enc.Encode(r); err != nil {
				return err
			}
		}
	}
	return nil
}

// result is one line of output: the scores of a dataset at a beam width
// and the tokens per second of the evaluation (reading included).
type result struct {
	syntax.Scores
	Beam      int     `json:"beam"`
	TokensSec float64 `json:"tokens_s"`
}

// parseWidths reads a comma-separated list of beam widths.
func parseWidths(s string, def int) ([]int, error) {
	if s == "" {
		return []int{def}, nil
	}
	var ws []int
	for f := range strings.SplitSeq(s, ",") {
		w, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || w < 1 {
			return nil, fmt.Errorf("widths: bad width %q", f)
		}
		ws = append(ws, w)
	}
	return ws, nil
}
