// Package pipeline wires the reading stages into one call: article text in,
// report out. The stages run in one direction, each adding a layer to the
// text that the document owns:
//
//	text (paragraphs, title, sentences, tokens)
//	  -> signal (trust: spun text, scraper debris, provenance; debris is
//	     left out of the layers below)
//	  -> syntax (tags, lemmas, dependency arcs; parsed when a stage first
//	     reads a sentence)
//	  -> ner (names)
//	  -> actor (entities, metonyms, roles, surnames)
//	  -> place (toponyms resolved against the gazetteer)
//	  -> quote, claim (who says what; the claim board)
//	  -> quantity, timex, equipment, asset (figures, dates, forces)
//	  -> event (who did what to whom, CAMEO and PLOVER, on the arcs)
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
	"slices"
	"strings"
	"time"

	"sitrep/internal/actor"
	"sitrep/internal/article"
	"sitrep/internal/asset"
	"sitrep/internal/cameo"
	"sitrep/internal/claim"
	"sitrep/internal/equipment"
	"sitrep/internal/event"
	"sitrep/internal/geo"
	"sitrep/internal/lexicon"
	"sitrep/internal/ner"
	"sitrep/internal/nermodel"
	"sitrep/internal/place"
	"sitrep/internal/quantity"
	"sitrep/internal/quote"
	"sitrep/internal/report"
	"sitrep/internal/signal"
	"sitrep/internal/syntax"
	"sitrep/internal/text"
	"sitrep/internal/timex"
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
	equip  *equipment.Catalogue
	trust  *signal.Detector
	events *event.Coder
	verbs  *cameo.Dict
	syntax *syntax.Model
}

// WithBeam returns a pipeline that parses with a beam of the given width:
// 1 is the greedy parser (a read about 1.3 to 1.5 times as fast, a point less
// accurate), 0 keeps the model's default. It shares every table.
func (p *Pipeline) WithBeam(width int) *Pipeline {
	if width <= 0 {
		return p
	}
	q := *p
	q.syntax = p.syntax.WithBeam(width)
	return &q
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
	model, err := nermodel.Default()
	if err != nil {
		return nil, fmt.Errorf("load ner model: %w", err)
	}
	equip, err := equipment.Default()
	if err != nil {
		return nil, fmt.Errorf("load equipment catalogue: %w", err)
	}
	trust, err := signal.New(lex)
	if err != nil {
		return nil, fmt.Errorf("load trust signals: %w", err)
	}
	verbs, err := cameo.Default()
	if err != nil {
		return nil, fmt.Errorf("load verb dictionary: %w", err)
	}
	events, err := newCoder(lex, verbs)
	if err != nil {
		return nil, err
	}
	parser, err := syntax.Default()
	if err != nil {
		return nil, fmt.Errorf("load syntax model: %w", err)
	}
	log.Debug("pipeline loaded", "ms", time.Since(start).Milliseconds())
	return &Pipeline{
		quotes: quotes,
		equip:  equip,
		trust:  trust,
		events: events,
		verbs:  verbs,
		syntax: parser,
		log:    log,
		lex:    lex,
		finder: ner.New(lex, gaz, voc, model),
		linker: actor.New(lex, gaz),
		places: place.New(gaz),
	}, nil
}

// Options are the per-run choices of Read.
type Options struct {
	// Published anchors relative dates and selects the roles that people
	// held; it overrides a date found in the article.
	Published time.Time
	// Timings, when not nil, receives the time each stage took, added to
	// what it holds: one map per goroutine, for sitrep bench.
	Timings map[string]time.Duration
}

// clock adds the time since its last call to the named stage.
type clock struct {
	t    map[string]time.Duration
	last time.Time
}

func newClock(t map[string]time.Duration) *clock {
	if t == nil {
		return nil
	}
	return &clock{t: t, last: time.Now()}
}

func (c *clock) lap(stage string) {
	if c == nil {
		return
	}
	now := time.Now()
	c.t[stage] += now.Sub(c.last)
	c.last = now
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
	clk := newClock(opt.Timings)
	full := text.New(a.Text)
	clk.lap("text")
	sig := p.trust.Analyze(full, signal.Meta{Title: a.Title, Byline: a.Byline, Source: a.Source, HasDate: !published.IsZero()})
	// Later stages read the text without its scraper debris; the report
	// keeps the whole text and its offsets.
	d := signal.Without(full, sig.Debris)
	clk.lap("signals")
	// The syntax layer is lazy: a stage parses the sentences it reads.
	syn := p.syntax.Lazy(d)
	spans := p.finder.Find(d)
	markProper(syn, d, spans)
	clk.lap("ner")
	forces := p.equip.Match(d)
	markNouns(syn, d, forces, p.verbs)
	spans = withoutModels(spans, forces)
	actors := p.linker.Link(d, spans, published)
	clk.lap("actors")
	places := p.places.Resolve(d, actors.Uses, actors.Countries(p.lex))
	clk.lap("geo")
	places = place.Nearby(d, place.Facilities(d, actors.Entities, places))
	quotes := p.quotes.Extract(d, actors.Entities, actors.Focus)
	claims := claim.Build(d, quotes, actors.Entities, places, p.cameoCountry)
	clk.lap("quotes")
	qs := quantity.Parse(d)
	dates := timex.Find(d, published)
	cands := equipment.Candidates(d, forces, qs, p.nationality)
	assets := asset.Build(d, cands, asset.Layers{Entities: actors.Entities, Places: places, Quotes: quotes,
		Claims: claims, Dates: dates, Country: p.cameoCountry, Home: actors.Focus})
	figs := figures(d, qs, dates, assets)
	clk.lap("assets")
	rtimes := times(d, dates)
	in := event.Input{Doc: d, Actors: event.ActorsFrom(d, actors.Entities), Quotes: quotes, Places: places, Times: rtimes,
		Forces: eventForces(forces), Focus: actors.Focus}
	in.Syntax = syn
	for si, ok := range p.events.Candidates(in) {
		if ok {
			syn.Ensure(si)
		}
	}
	clk.lap("parse")
	events := p.events.Code(in)
	clk.lap("events")

	doc := &report.Document{
		ID:       docID(a.Text),
		URL:      a.URL,
		Source:   a.Source,
		Title:    a.Title,
		Byline:   a.Byline,
		Language: "en",
		Offsets:  report.OffsetUnit,
		Text:     a.Text,
		Stats: report.Stats{Paragraphs: len(full.Paragraphs), Sentences: len(d.Sentences),
			Tokens: len(d.Tokens), Words: d.Words()},
		Entities: actors.Entities,
		Places:   places,
		Quotes:   quotes,
		Claims:   claims,
		Assets:   assets,
		Figures:  figs,
		Times:    rtimes,
		Events:   events,
		Signals:  sig.Signals,
		Trust: &report.Trust{Level: sig.Trust, SpinScore: sig.Spin.Score, Spun: sig.Spin.Spun,
			Threshold: sig.Spin.Threshold, Agencies: sig.Agencies, Summary: sig.Summary()},
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

// newCoder loads the event coder: the CAMEO verb dictionary and codes.
func newCoder(lex *lexicon.Lexicon, dict *cameo.Dict) (*event.Coder, error) {
	codes, err := cameo.DefaultCodes()
	if err != nil {
		return nil, fmt.Errorf("load event codes: %w", err)
	}
	return event.New(dict, codes, eventLexicon{lex}), nil
}

// eventForces gives the event coder the equipment mentions.
func eventForces(ms []equipment.Mention) []event.Force {
	out := make([]event.Force, len(ms))
	for i, m := range ms {
		out[i] = event.Force{First: m.First, End: m.End, Personnel: m.Unit}
	}
	return out
}

// eventLexicon answers the event coder from the actor lexicon.
type eventLexicon struct{ lex *lexicon.Lexicon }

func (l eventLexicon) AgentSector(w string) (string, bool) {
	a, ok := l.lex.Agent(w)
	return a.Sector, ok
}

func (l eventLexicon) AgentPerson(w string) bool {
	a, ok := l.lex.Agent(w)
	return ok && a.Person
}

func (l eventLexicon) CountryCode(iso2 string) string { return countryCode(l.lex, iso2) }

// cameoCountry returns the CAMEO code of the country with ISO2 code iso2.
func (p *Pipeline) cameoCountry(iso2 string) string { return countryCode(p.lex, iso2) }

func countryCode(lex *lexicon.Lexicon, iso2 string) string {
	if c := lex.Country(iso2); c != nil {
		return c.Code
	}
	return ""
}

func docID(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:8])
}

// nationality maps a folded nationality word or country name to the
// country's CAMEO code, for the owners of equipment.
func (p *Pipeline) nationality(folded string) (string, bool) {
	if ner.Registered(folded) {
		folded, _, _ = strings.Cut(folded, "-") // a "Russian-flagged trawler" is Russia's
	}
	for _, h := range p.lex.Lookup(folded) {
		if h.Entry.Kind != lexicon.KindCountry {
			continue
		}
		switch h.Form {
		case lexicon.FormDemonym, lexicon.FormDemonymPlural, lexicon.FormName, lexicon.FormFormal,
			lexicon.FormAlias, lexicon.FormAbbrev:
			return h.Entry.Code, true
		}
	}
	return "", false
}

// figures reports the numbers of d that matter and are not equipment:
// casualties, sizes, distances, money, shares, durations, amounts, other
// counts and years. A count that an asset already reports ("12 tanks") is
// left to the asset.
func figures(d *text.Doc, qs []quantity.Quantity, dates []timex.Expr, assets []report.Asset) []report.Figure {
	var out []report.Figure
	for _, f := range quantity.Figures(d, qs, dates) {
		if f.Kind == quantity.FigureCount && counted(f.Span, assets) {
			continue
		}
		out = append(out, f.Report(d, fmt.Sprintf("f%d", len(out)+1)))
	}
	return out
}

// counted reports whether an asset's evidence overlaps the span.
func counted(sp text.Span, assets []report.Asset) bool {
	for _, a := range assets {
		if a.Evidence.Start < sp.End && sp.Start < a.Evidence.End {
			return true
		}
	}
	return false
}

// times reports the date expressions of d, resolved where the
// publication date allows.
func times(d *text.Doc, dates []timex.Expr) []report.Time {
	var out []report.Time
	for _, t := range dates {
		rt := report.Time{Evidence: report.Evidence{Span: report.Span{Start: t.Span.Start, End: t.Span.End},
			Text: d.Str(t.Span)}, Kind: t.Kind}
		if t.Resolved {
			dt := t.Date
			rt.Date = &dt
		}
		out = append(out, rt)
	}
	return out
}

// markProper tells the tagger which capitalised words are proper names: a
// person the rules or the model found, or a name of the lexicon (not a
// nationality, which stays an adjective), and which name a backer or a
// flag joined to a participle, an adjective.
func markProper(syn *syntax.Layer, d *text.Doc, spans []ner.Span) {
	for _, sp := range spans {
		if properName(sp) {
			for i := sp.First; i < sp.End; i++ {
				if t := d.Tokens[i]; t.Cap || t.Upper {
					syn.MarkProper(i)
				}
			}
		}
		if sp.Why == "relational" {
			syn.MarkAdjective(sp.End - 1) // "the NATO-led force", "a Marshall Islands-flagged tanker"
		}
	}
}

// markNouns tells the tagger that the class and unit nouns of the
// equipment catalogue ("drones", "gunmen", "howitzer") are nouns, unless
// the verb dictionary knows the word as a verb too ("shells", "bombs").
func markNouns(syn *syntax.Layer, d *text.Doc, forces []equipment.Mention, verbs *cameo.Dict) {
	for _, m := range forces {
		if !m.Generic && !m.Unit && m.ClassKind == "" {
			continue
		}
		head := m.End - 1
		if !verbs.MayBeVerb(d.Lower(head)) {
			syn.MarkNoun(head, m.Plural)
		}
	}
}

// withoutModels drops the names that lie inside a model of the equipment
// catalogue: "MD 530F gunships" and "a Land Cruiser" name no organisation
// or person; a name that runs into a model ends before it: "two Nigerian
// Air Force Alpha Jets" name the air force, and the jets are equipment.
func withoutModels(spans []ner.Span, forces []equipment.Mention) []ner.Span {
	for i, sp := range spans {
		for _, m := range forces {
			if sp.Label == ner.ORG && !m.Generic && !m.Unit && sp.First+2 <= m.First && m.First < sp.End && sp.End <= m.End {
				spans[i].End = m.First
			}
		}
	}
	return slices.DeleteFunc(spans, func(sp ner.Span) bool {
		for _, m := range forces {
			if !m.Generic && !m.Unit && m.First <= sp.First && sp.End <= m.End {
				return true
			}
		}
		return false
	})
}

func properName(sp ner.Span) bool {
	if len(sp.Hits) > 0 {
		return sp.Label != ner.NORP
	}
	return sp.Label == ner.PER
}
