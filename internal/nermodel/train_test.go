package nermodel

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// tinyCorpus is a few sentences written for this test, tagged in IOB2.
const tinyCorpus = `Jan/B-PER Nowak/I-PER visited/O Warsaw/B-LOC ./O
Anna/B-PER Kowalczyk/I-PER works/O for/O Vesta/B-ORG Holdings/I-ORG ./O
The/O Polish/B-MISC envoy/O met/O Nowak/B-PER in/O Oslo/B-LOC ./O
Vesta/B-ORG said/O profits/O rose/O in/O Norway/B-LOC ./O`

func tinyDocs() []GoldDoc {
	var g GoldDoc
	for _, line := range strings.Split(tinyCorpus, "\n") {
		var words, tags []string
		for _, wt := range strings.Fields(line) {
			w, t, _ := strings.Cut(wt, "/")
			words, tags = append(words, w), append(tags, t)
		}
		g.Sentences = append(g.Sentences, GoldSentence{Words: words, Entities: chunks(tags)})
	}
	return []GoldDoc{g}
}

func TestTrain(t *testing.T) {
	docs := tinyDocs()
	reports := 0
	opt := TrainOptions{Epochs: 4, Patience: 2, Bits: 12, Seed: 1, Runs: 2, Progress: func(EpochReport) { reports++ }}
	m, err := Train(context.Background(), docs, docs, opt)
	if err != nil {
		t.Fatal(err)
	}
	s, err := m.evaluate(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	if s.F1 < 90 || reports == 0 {
		t.Errorf("training F1 %.1f after %d passes, want >= 90", s.F1, reports)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	if _, err := decodeModel(buf.Bytes()); err != nil {
		t.Fatal(err)
	}
	if _, err := Train(context.Background(), docs, docs, TrainOptions{Bits: 40}); err == nil {
		t.Error("Train accepts a table of 1<<40 rows")
	}
}
