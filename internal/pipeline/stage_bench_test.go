package pipeline

import (
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"

	"sitrep/internal/asset"
	"sitrep/internal/claim"
	"sitrep/internal/equipment"
	"sitrep/internal/event"
	"sitrep/internal/quantity"
	"sitrep/internal/signal"
	"sitrep/internal/text"
	"sitrep/internal/timex"
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
	full := text.New(s)
	sig := p.trust.Analyze(full, signal.Meta{})
	d := signal.Without(full, sig.Debris)
	spans := p.finder.Find(d)
	actors := p.linker.Link(d, spans, time.Time{})
	places := p.places.Resolve(d, actors.Uses, actors.Countries(p.lex))
	quotes := p.quotes.Extract(d, actors.Entities, actors.Focus)
	claims := claim.Build(d, quotes, actors.Entities, places, p.cameoCountry)
	qs := quantity.Parse(d)
	dates := timex.Find(d, time.Time{})
	mentions := p.equip.Match(d)
	cands := equipment.Candidates(d, mentions, qs, p.nationality)
	layers := asset.Layers{Entities: actors.Entities, Places: places, Quotes: quotes, Claims: claims, Dates: dates, Country: p.cameoCountry}
	in := event.Input{Doc: d, Actors: event.ActorsFrom(d, actors.Entities), Quotes: quotes, Places: places}
	want := p.events.Candidates(in)
	in.Syntax = p.syntax.AnalyzeSentences(d, func(s int) bool { return want[s] })
	stages := []struct {
		name string
		run  func()
	}{
		{"text", func() { text.New(s) }},
		{"ner", func() { p.finder.Find(d) }},
		{"actor", func() { p.linker.Link(d, spans, time.Time{}) }},
		{"place", func() { p.places.Resolve(d, actors.Uses, actors.Countries(p.lex)) }},
		{"quote", func() { p.quotes.Extract(d, actors.Entities, actors.Focus) }},
		{"claim", func() { claim.Build(d, quotes, actors.Entities, places, p.cameoCountry) }},
		{"signal", func() { p.trust.Analyze(full, signal.Meta{}) }},
		{"quantity", func() { quantity.Parse(d) }},
		{"timex", func() { timex.Find(d, time.Time{}) }},
		{"equipment", func() { equipment.Candidates(d, p.equip.Match(d), qs, p.nationality) }},
		{"asset", func() { asset.Build(d, cands, layers) }},
		{"parse", func() { p.syntax.AnalyzeSentences(d, func(s int) bool { return want[s] }) }},
		{"event", func() { p.events.Code(in) }},
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

// BenchmarkCore times the language core as the read uses it, on the
// project's example articles: tokens and sentences, tags and arcs of every
// sentence, then names (rules and the learned model). It reports tokens a
// second on one core, the language core's speed target.
func BenchmarkCore(b *testing.B) {
	files, err := filepath.Glob("../../examples/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no example articles: %v", err)
	}
	var texts []string
	tokens := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(raw))
		tokens += len(text.New(string(raw)).Tokens)
	}
	p, err := New(slog.New(slog.DiscardHandler))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			d := text.New(s)
			p.syntax.Analyze(d)
			p.finder.Find(d)
		}
	}
	b.ReportMetric(float64(tokens*b.N)/b.Elapsed().Seconds(), "tokens/s")
}
