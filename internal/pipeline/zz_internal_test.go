package pipeline

import (
	"fmt"
	"log/slog"
	"os"
	"testing"

	"sitrep/internal/text"
)

func TestZZSpans(t *testing.T) {
	p, err := New(slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(os.Getenv("ZZ"))
	d := text.New(string(b))
	for _, sp := range p.finder.Find(d) {
		fmt.Println(d.Str(d.SpanOf(sp.First, sp.End)), sp.Label, sp.Why, len(sp.Hits))
	}
}
