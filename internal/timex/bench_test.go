package timex

import (
	"os"
	"testing"
	"time"

	"sitrep/internal/text"
)

// BenchmarkFind reads the dates of a 430-word wire story.
func BenchmarkFind(b *testing.B) {
	raw, err := os.ReadFile("../quantity/testdata/bench.txt")
	if err != nil {
		b.Fatal(err)
	}
	d := text.New(string(raw))
	a := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	for b.Loop() {
		Find(d, a)
	}
}
