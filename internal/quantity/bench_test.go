package quantity

import (
	"os"
	"testing"
	"time"

	"sitrep/internal/syntax"
	"sitrep/internal/text"
	"sitrep/internal/timex"
)

// benchDoc is a 430-word wire story with the numbers, dates and forces a
// conflict report carries.
func benchDoc(b *testing.B) *text.Doc {
	raw, err := os.ReadFile("testdata/bench.txt")
	if err != nil {
		b.Fatal(err)
	}
	return text.New(string(raw))
}

func BenchmarkParse(b *testing.B) {
	d := benchDoc(b)
	b.ReportAllocs()
	for b.Loop() {
		Parse(d)
	}
}

func BenchmarkFigures(b *testing.B) {
	d := benchDoc(b)
	qs := Parse(d)
	dates := timex.Find(d, time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC))
	b.ReportAllocs()
	for b.Loop() {
		Figures(d, qs, dates)
	}
}

// BenchmarkConcepts times the concepts of a parsed story; the parse is
// the syntax stage's cost, timed apart in BenchmarkAnalyze.
func BenchmarkConcepts(b *testing.B) {
	d := benchDoc(b)
	m, err := syntax.Default()
	if err != nil {
		b.Fatal(err)
	}
	l, qs := m.Analyze(d), Parse(d)
	b.ReportAllocs()
	for b.Loop() {
		Concepts(d, l, qs)
	}
}

func BenchmarkAnalyze(b *testing.B) {
	d := benchDoc(b)
	m, err := syntax.Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		m.Analyze(d)
	}
}
