package equipment

import (
	"os"
	"testing"
	"time"

	"sitrep/internal/quantity"
	"sitrep/internal/text"
	"sitrep/internal/timex"
)

func benchDoc(b *testing.B) *text.Doc {
	raw, err := os.ReadFile("../quantity/testdata/bench.txt")
	if err != nil {
		b.Fatal(err)
	}
	return text.New(string(raw))
}

// BenchmarkMatch finds the equipment of a 430-word wire story.
func BenchmarkMatch(b *testing.B) {
	c := load(b)
	d := benchDoc(b)
	b.ReportAllocs()
	for b.Loop() {
		c.Match(d)
	}
}

func BenchmarkCandidates(b *testing.B) {
	c := load(b)
	d := benchDoc(b)
	ms, qs := c.Match(d), quantity.Parse(d)
	b.ReportAllocs()
	for b.Loop() {
		Candidates(d, ms, qs, nil)
	}
}

// BenchmarkStage runs the whole forces-and-figures stage on one article:
// numbers, dates, figures, equipment and asset candidates.
func BenchmarkStage(b *testing.B) {
	c := load(b)
	d := benchDoc(b)
	a := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	for b.Loop() {
		qs := quantity.Parse(d)
		dates := timex.Find(d, a)
		quantity.Figures(d, qs, dates)
		Candidates(d, c.Match(d), qs, nil)
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(catalogueTSV); err != nil {
			b.Fatal(err)
		}
	}
}
