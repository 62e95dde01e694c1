package pipeline

import (
	"log/slog"
	"os"
	"testing"
	"time"

	"sitrep/internal/claim"
	"sitrep/internal/text"
)

// BenchmarkStages times each stage of Read alone on the seed article, so
// the share of each stage in the whole read can be compared in one run.
func BenchmarkStages(b *testing.B) {
	raw, err := os.ReadFile("../../../shared/seed/article.txt")
	if err != nil {
		b.Skipf("../shared/seed not found (%v)", err)
	}
	p, err := New(slog.New(slog.DiscardHandler))
	if err != nil {
		b.Fatal(err)
	}
	s := string(raw)
	d := text.New(s)
	spans := p.finder.Find(d)
	actors := p.linker.Link(d, spans, time.Time{})
	places := p.places.Resolve(d, actors.Uses, actors.Countries(p.lex))
	quotes := p.quotes.Extract(d, actors.Entities)
	stages := []struct {
		name string
		run  func()
	}{
		{"text", func() { text.New(s) }},
		{"ner", func() { p.finder.Find(d) }},
		{"actor", func() { p.linker.Link(d, spans, time.Time{}) }},
		{"place", func() { p.places.Resolve(d, actors.Uses, actors.Countries(p.lex)) }},
		{"quote", func() { p.quotes.Extract(d, actors.Entities) }},
		{"claim", func() { claim.Build(d, quotes, actors.Entities, places, p.cameoCountry) }},
	}
	for _, st := range stages {
		b.Run(st.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				st.run()
			}
		})
	}
}
