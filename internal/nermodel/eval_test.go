package nermodel

import (
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedData is ../shared/data seen from the repository root.
const sharedData = "../../../shared/data"

// TestShippedScores checks that the embedded model still scores what
// tools/trainner recorded for it on the first documents of testa.
func TestShippedScores(t *testing.T) {
	set := Datasets(sharedData)[0]
	if _, err := os.Stat(set.Path); err != nil {
		t.Skip("../shared/data not found: ", err)
	}
	b, err := os.ReadFile(filepath.Join("testdata", "testa-slice.json"))
	if err != nil {
		t.Fatal(err)
	}
	var want struct{ Precision, Recall, F1 float64 }
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	got, err := EvaluateSlice(context.Background(), defaultModel(t), set, SliceDocs)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name      string
		got, want float64
	}{{"precision", got.Precision, want.Precision}, {"recall", got.Recall, want.Recall}, {"f1", got.F1, want.F1}} {
		if math.Abs(c.got-c.want) > 0.1 {
			t.Errorf("%s on %s = %.2f, recorded %.2f", c.name, got.Dataset, c.got, c.want)
		}
	}
}

func TestCount(t *testing.T) {
	counts := map[string]*PRF{}
	gold := []Entity{{0, 2, "PER", 1}, {3, 4, "LOC", 1}, {5, 6, "ORG", 1}}
	pred := []Entity{{0, 2, "PER", 1}, {3, 4, "ORG", 1}, {5, 7, "ORG", 1}, {8, 9, "MISC", 1}}
	count(counts, gold, pred)
	tests := map[string]PRF{
		"PER":  {Gold: 1, Predicted: 1, Correct: 1},
		"LOC":  {Gold: 1},
		"ORG":  {Gold: 1, Predicted: 2},
		"MISC": {Predicted: 1},
	}
	for typ, want := range tests {
		if got := *counts[typ]; got != want {
			t.Errorf("%s: %+v, want %+v", typ, got, want)
		}
	}
	if f := (PRF{Gold: 4, Predicted: 2, Correct: 2}).finish(); f.Precision != 100 || f.Recall != 50 || math.Abs(f.F1-200.0/3) > 1e-9 {
		t.Errorf("finish = %+v", f)
	}
}

func TestScoresJSON(t *testing.T) {
	s := Scores{Dataset: "conll2003-testb", Precision: 90.123, Recall: 80, F1: 84.76,
		PerType: map[string]PRF{"PER": {Precision: 95, Recall: 90, F1: 92.43, Gold: 10, Predicted: 9, Correct: 9}}}
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"task":"ner"`, `"dataset":"conll2003-testb"`, `"precision":90.12`, `"per_type":{"PER":{`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("%s lacks %s", b, want)
		}
	}
}
