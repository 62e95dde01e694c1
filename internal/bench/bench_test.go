package bench

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"testing"

	"sitrep/internal/pipeline"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	article := "Rebels seize town\n\nRebels seized the town of Gao in Mali on Tuesday, the army said in a statement. " +
		"The government said it would send 300 troops and two helicopters to the region within days."
	for _, name := range []string{"a.txt", "b.txt", "skip.bin"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(article), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	jsonl := filepath.Join(dir, "docs.json")
	if err := os.WriteFile(jsonl, []byte(`{"title":"Talks resume","text":"Diplomats from Russia and Ukraine met in Istanbul on Monday, officials said."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New(slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	res, err := Run(context.Background(), p, Options{Sources: []string{dir, jsonl}, Workers: 2, Passes: 2})
	if err != nil {
		t.Fatal(err)
	}
	// The folder holds two articles (the .bin file is not an article) and
	// the JSON Lines file one; each is read once per pass.
	if res.Articles != 6 || res.Words == 0 || res.Workers != 2 {
		t.Errorf("articles = %d, words = %d, workers = %d; want 6 articles", res.Articles, res.Words, res.Workers)
	}
	for _, stage := range []string{"text", "ner", "actors", "quotes", "assets"} {
		if _, ok := res.Stages[stage]; !ok {
			t.Errorf("no time for stage %q in %v", stage, res.Stages)
		}
	}
	if res.P99ms < res.P50ms {
		t.Errorf("p99 %.3f < p50 %.3f", res.P99ms, res.P50ms)
	}
}

func TestRunMissingSource(t *testing.T) {
	p, err := pipeline.New(slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Run(context.Background(), p, Options{Sources: []string{filepath.Join(t.TempDir(), "nope")}}); err == nil {
		t.Error("Run on a missing source succeeded")
	}
}
