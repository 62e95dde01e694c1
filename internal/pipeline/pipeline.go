// Package pipeline wires the reading stages into one call: article text in,
// report out. The stages run in one direction, each adding a layer to the
// text that the document owns:
//
//	text (paragraphs, title, sentences, tokens)
//	  -> ner (names)
//	  -> actor (entities, metonyms, roles, surnames)
//	  -> place (toponyms resolved against the gazetteer)
//	  -> report
//
// The models and tables are loaded once by New and shared read-only, so one
// Pipeline serves any number of goroutines.
package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log/slog"
	"time"

	"sitrep/internal/actor"
	"sitrep/internal/article"
	"sitrep/internal/claim"
	"sitrep/internal/geo"
	"sitrep/internal/lexicon"
	"sitrep/internal/ner"
	"sitrep/internal/place"
	"sitrep/internal/quote"
	"sitrep/internal/report"
	"sitrep/internal/text"
	"sitrep/internal/vocab"
)

// Pipeline reads articles into reports.
type Pipeline struct {
	log    *slog.Logger
	lex    *lexicon.Lexicon
	finder *ner.Finder
	linker *actor.Linker
	places *place.Resolver
	quotes *quote.Extractor
}

// New loads the embedded lexicon, gazetteer and vocabulary.
func New(log *slog.Logger) (*Pipeline, error) {
	start := time.Now()
	lex, err := lexicon.Default()
	if err != nil {
		return nil, fmt.Errorf("load lexicon: %w", err)
	}
	gaz, err := geo.Default()
	if err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	voc, err := vocab.Default()
	if err != nil {
		return nil, fmt.Errorf("load vocabulary: %w", err)
	}
	quotes, err := quote.New(lex)
	if err != nil {
		return nil, err
	}
	log.Debug("pipeline loaded", "ms", time.Since(start).Milliseconds())
	return &Pipeline{
		quotes: quotes,
		log:    log,
		lex:    lex,
		finder: ner.New(lex, gaz, voc),
		linker: actor.New(lex, gaz),
		places: place.New(gaz),
	}, nil
}

// Options are the per-run choices of Read.
type Options struct {
	// Published anchors relative dates and selects the roles that people
	// held; it overrides a date found in the article.
	Published time.Time
}

// Read analyses one article.
func (p *Pipeline) Read(ctx context.Context, a *article.Article, opt Options) (*report.Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	published := opt.Published
	if published.IsZero() {
		published = a.Published
	}
	d := text.New(a.Text)
	spans := p.finder.Find(d)
	actors := p.linker.Link(d, spans, published)
	places := p.places.Resolve(d, actors.Uses, actors.Countries(p.lex))
	quotes := p.quotes.Extract(d, actors.Entities)

	doc := &report.Document{
		ID:       docID(a.Text),
		URL:      a.URL,
		Source:   a.Source,
		Title:    a.Title,
		Byline:   a.Byline,
		Language: "en",
		Offsets:  report.OffsetUnit,
		Text:     a.Text,
		Stats: report.Stats{Paragraphs: len(d.Paragraphs), Sentences: len(d.Sentences),
			Tokens: len(d.Tokens), Words: d.Words()},
		Entities: actors.Entities,
		Places:   places,
		Quotes:   quotes,
		Claims:   claim.Build(d, quotes, actors.Entities, places, p.cameoCountry),
		Signals:  signals(d),
	}
	if d.HasTitle {
		doc.TitleSpan = &report.Span{Start: d.Title.Start, End: d.Title.End}
		if doc.Title == "" {
			doc.Title = d.Str(d.Title)
		}
	}
	if !published.IsZero() {
		doc.Published = &report.Date{Time: published, Precision: "day"}
	}
	return doc, nil
}

// cameoCountry returns the CAMEO code of the country with ISO2 code iso2.
func (p *Pipeline) cameoCountry(iso2 string) string {
	if c := p.lex.Country(iso2); c != nil {
		return c.Code
	}
	return ""
}

func docID(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:8])
}

// signals reports what the text layer noticed about the text itself; the
// trust-signals stage adds the rest.
func signals(d *text.Doc) []report.Signal {
	if !d.HasRepeat {
		return nil
	}
	return []report.Signal{{
		Kind:   report.SignalRepeatedHeadline,
		Detail: "the last paragraph repeats the headline; it was left out of the analysis",
		Evidence: []report.Evidence{{Span: report.Span{Start: d.Repeat.Start, End: d.Repeat.End},
			Text: d.Str(d.Repeat)}},
	}}
}
