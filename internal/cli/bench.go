package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/pprof"
	"slices"

	"sitrep/internal/bench"
	"sitrep/internal/pipeline"
)

func runBench(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	beam := beamFlag(fs)
	fs.SetOutput(e.stderr)
	workers := fs.Int("workers", 0, "goroutines reading at once (default GOMAXPROCS)")
	passes := fs.Int("passes", 3, "timed passes over the corpus")
	asJSON := fs.Bool("json", false, "print one JSON object")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the timed passes to this file")
	shared := fs.String("shared", "../shared", "folder of the shared data, for the default corpus")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: sitrep bench [flags] [FOLDER|FILE ...]\n\nWith no arguments the corpus is the re3d documents and the seed article of ../shared.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return usageError{err}
	}
	sources := fs.Args()
	if len(sources) == 0 {
		sources = defaultCorpus(*shared)
		if len(sources) == 0 {
			return inputError{fmt.Errorf("no corpus given and none under %s", *shared)}
		}
	}
	p, err := pipeline.New(newLogger(e.stderr, false))
	if err != nil {
		return err
	}
	p = p.WithBeam(*beam)
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			return fmt.Errorf("cpu profile: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("cpu profile: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	res, err := bench.Run(ctx, p, bench.Options{Sources: sources, Workers: *workers, Passes: *passes})
	if err != nil {
		return inputError{err}
	}
	if *asJSON {
		return json.NewEncoder(e.stdout).Encode(res)
	}
	printBench(e.stdout, res)
	return nil
}

// defaultCorpus is the re3d documents and the seed article, where present.
func defaultCorpus(shared string) []string {
	out, _ := filepath.Glob(filepath.Join(shared, "data", "re3d", "*", "documents.json"))
	if _, err := os.Stat(filepath.Join(shared, "seed", "article.txt")); err == nil {
		out = append(out, filepath.Join(shared, "seed", "article.txt"))
	}
	return out
}

func printBench(w io.Writer, r *bench.Result) {
	fmt.Fprintf(w, "%d articles, %d words in %.2f s with %d workers\n", r.Articles, r.Words, r.Seconds, r.Workers)
	fmt.Fprintf(w, "  %.0f articles/s, %.0f words/s\n", r.ArticlesPerSec, r.WordsPerSec)
	fmt.Fprintf(w, "  latency p50 %.2f ms, p99 %.2f ms\n", r.P50ms, r.P99ms)
	fmt.Fprintf(w, "  %.0f allocations and %.0f KB per article, peak RSS %.0f MB\n", r.AllocsPerDoc, r.BytesPerDoc/1024, r.RSSMB)
	fmt.Fprintln(w, "  ms per article by stage:")
	stages := make([]string, 0, len(r.Stages))
	for k := range r.Stages {
		stages = append(stages, k)
	}
	slices.SortFunc(stages, func(a, b string) int {
		if r.Stages[a] > r.Stages[b] {
			return -1
		}
		if r.Stages[a] < r.Stages[b] {
			return 1
		}
		return 0
	})
	for _, k := range stages {
		fmt.Fprintf(w, "    %-8s %6.3f\n", k, r.Stages[k])
	}
}
