package quantity

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// newsQuantPath is the gold set, relative to this package.
var newsQuantPath = filepath.Join("..", "..", "..", "shared", "data", "quantities", "NewsQuant.json")

func TestEvalNewsQuant(t *testing.T) {
	if _, err := os.Stat(newsQuantPath); err != nil {
		t.Skip("../shared/data not found: ", err)
	}
	s, err := EvalNewsQuant(context.Background(), newsQuantPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%+v", s)
	// Floors that catch a regression; the targets are in the issue.
	if s.ValueF1 < 0.80 || s.ValueUnitF1 < 0.65 {
		t.Errorf("value F1 %.3f, value+unit F1 %.3f", s.ValueF1, s.ValueUnitF1)
	}
}

func TestAlign(t *testing.T) {
	gold := []scored{
		{lo: 5, unit: "dollar", concepts: []string{"fine", "crime"}},
		{lo: 5, unit: "percentage", concepts: []string{"-"}},
		{lo: 1000, hi: 2000, isRange: true, unit: "people", concepts: []string{"-"}},
	}
	pred := []scored{
		{lo: 5, unit: "percentage", concepts: []string{"-"}},
		{lo: 5.00001, unit: "dollar", concepts: []string{"crime", "fine"}},
		{lo: 1000, unit: "people", concepts: []string{"-"}},
	}
	got := align(gold, pred)
	if want := [4]int{2, 2, 2, 2}; got != want {
		t.Errorf("align = %v, want %v", got, want)
	}
}

func TestSingular(t *testing.T) {
	for in, want := range map[string]string{
		"carriers": "carrier", "batteries": "battery", "infantrymen": "infantryman", "people": "people",
		"howitzers": "howitzer", "boxes": "box", "sales": "sale", "bus": "bus", "personnel": "personnel",
		"churches": "church", "class": "class",
	} {
		if got := Singular(in); got != want {
			t.Errorf("Singular(%q) = %q, want %q", in, got, want)
		}
	}
}
