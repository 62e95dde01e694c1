package signal

import (
	"embed"
	"fmt"
	"slices"
	"strings"
	"sync"

	"sitrep/internal/lexicon"
	"sitrep/internal/report"
	"sitrep/internal/text"
)

// Signal kinds that Analyze reports, beside the debris categories.
const (
	KindSpun             = "spun_text"
	KindRepeatedHeadline = report.SignalRepeatedHeadline
	KindDebris           = "debris"
	KindWireReprint      = "wire_reprint"
	KindNoByline         = "no_byline"
	KindNoDateline       = "no_dateline"
	KindStitched         = "stitched"
)

// Meta is what the input stage knows about the article beside its text.
type Meta struct {
	Title   string // the page's headline when it is not part of the text
	Byline  string // the author from the page's metadata
	Source  string // the outlet (site name or host): an agency's own copy is no reprint
	HasDate bool   // whether a publication date is known
}

// Report is the trust layer of one document.
type Report struct {
	Spin     Spin            `json:"spin"`
	Signals  []report.Signal `json:"signals,omitempty"`
	Debris   []text.Span     `json:"-"`                  // sorted, not overlapping; the debris signals carry them as evidence
	Agencies []string        `json:"agencies,omitempty"` // normalised names of the wire agencies the text comes from or cites
	Trust    string          `json:"trust"`              // TrustHigh, TrustMedium or TrustLow
}

// Trust levels.
const (
	TrustHigh   = "high"
	TrustMedium = "medium"
	TrustLow    = "low"
)

// Detector finds the trust signals of a text. It is read-only after New and
// safe for concurrent use.
type Detector struct {
	lex    *lexicon.Lexicon
	col    *colloc
	words  map[string]subInfo // substitutes and first words of substitute phrases
	filter wordFilter         // passes every key of words, and few other words
	// articles holds the corpora's article ("a", "an" or "either") for the
	// words where the spelling rules would not give it, verbs the verbs that
	// grammarAt may flag: the pipeline runs this stage between others that
	// push its tables out of the processor's caches, so they hold only what
	// the lookups need.
	articles map[string]string
	verbs    map[string]verbUse
}

// subInfo is what the detector knows about a lower-case word or phrase.
type subInfo struct {
	key      string          // the word or phrase itself
	origs    []string        // the news words it replaces, when it is a substitute
	next     map[string]bool // second words of the substitutes of several words it starts
	spelling habit           // habitAmerican or habitBritish when a house style spells it so
}

//go:embed data
var dataFS embed.FS

var defaultOnce = sync.OnceValues(func() (*Detector, error) {
	lex, err := lexicon.Default()
	if err != nil {
		return nil, fmt.Errorf("signal: %w", err)
	}
	return New(lex)
})

// Default returns a detector over the embedded tables and the default
// lexicon, built once.
func Default() (*Detector, error) { return defaultOnce() }

// New builds a detector that resolves country names with lex.
func New(lex *lexicon.Lexicon) (*Detector, error) {
	f, err := dataFS.Open("data/swaps.txt")
	if err != nil {
		return nil, fmt.Errorf("signal: %w", err)
	}
	defer f.Close()
	swaps, err := ParseSwaps(f)
	if err != nil {
		return nil, fmt.Errorf("signal: %w", err)
	}
	gz, err := dataFS.ReadFile("data/colloc.tsv.gz")
	if err != nil {
		return nil, fmt.Errorf("signal: no collocation table, run go run ./tools/gencolloc: %w", err)
	}
	col, err := parseColloc(gz)
	if err != nil {
		return nil, fmt.Errorf("signal: %w", err)
	}
	x := &Detector{lex: lex, col: col, words: wordIndex(swaps), articles: col.articleExceptions(), verbs: col.flaggableVerbs()}
	x.filter = filterOf(x.words)
	return x, nil
}

// wordIndex indexes the substitutes of the swap list, the first words of
// those of several words, and the house-style spellings.
func wordIndex(swaps []Swap) map[string]subInfo {
	words := map[string]subInfo{}
	for _, s := range swaps {
		for _, sub := range s.Subs {
			info := words[sub]
			info.origs = append(info.origs, s.Orig)
			words[sub] = info
			head, rest, ok := strings.Cut(sub, " ")
			if !ok {
				continue
			}
			info = words[head]
			if info.next == nil {
				info.next = map[string]bool{}
			}
			second, _, _ := strings.Cut(rest, " ")
			info.next[second] = true
			words[head] = info
		}
	}
	for w, sp := range spellings {
		info := words[w]
		info.spelling = sp
		words[w] = info
	}
	for w, info := range words {
		info.key = w
		words[w] = info
	}
	return words
}

// Analyze reads the trust signals of d. Debris is found first and left out
// of the other checks, as the pipeline leaves it out of the analysis.
func (x *Detector) Analyze(d *text.Doc, meta Meta) Report {
	var r Report
	deb := findDebris(d, meta)
	r.Debris = deb.spans()
	body := d
	if len(r.Debris) > 0 {
		body = Without(d, r.Debris)
	}
	sc := x.scan(body)
	r.Spin = sc.verdict()
	prov := provenance(body, meta, deb, d, sc)
	r.Agencies = prov.agencies
	var spun []report.Signal
	if r.Spin.Spun {
		spun = []report.Signal{r.Spin.signal()}
	}
	r.Signals = slices.Concat(spun, deb.signals(d), prov.signals)
	r.Trust = trust(r)
	return r
}

// trust grades the text: spun copy, or copy stitched from several
// credited stories, is low; wire copy, debris, clashing house styles or an
// anonymous text without a dateline is medium.
func trust(r Report) string {
	level := TrustHigh
	noByline, noDateline := false, false
	for _, s := range r.Signals {
		switch s.Kind {
		case KindSpun:
			return TrustLow
		case KindStitched:
			if s.Score >= 1 {
				return TrustLow
			}
			level = TrustMedium
		case KindWireReprint, KindDebris, KindRepeatedHeadline:
			level = TrustMedium
		case KindNoByline:
			noByline = true
		case KindNoDateline:
			noDateline = true
		}
	}
	if noByline && noDateline {
		level = TrustMedium
	}
	return level
}

// wordFilter is a cheap test before the map lookup that most words of a
// text fail: it keeps the lengths of the keys by their first and last
// letters and by their first two. Keys are ASCII.
type wordFilter struct{ ends, head [27][27]uint32 }

// slot maps a byte to a letter index, 26 for anything else; upper case
// counts as lower, so a capitalised word passes as its lower-case key.
func slot(c byte) int {
	c |= 0x20
	if c >= 'a' && c <= 'z' {
		return int(c - 'a')
	}
	return 26
}

// filterOf returns the filter of the keys of m, which must be two bytes
// long at least.
func filterOf[V any](m map[string]V) wordFilter {
	var f wordFilter
	for w := range m {
		f.add(w)
	}
	return f
}

func (f *wordFilter) add(w string) {
	if len(w) < 2 {
		return
	}
	bit := uint32(1) << min(len(w), 31)
	f.ends[slot(w[0])][slot(w[len(w)-1])] |= bit
	f.head[slot(w[0])][slot(w[1])] |= bit
}

// mayHold reports whether w may fold to a key that add was given.
func (f *wordFilter) mayHold(w string) bool {
	if len(w) < 2 {
		return false
	}
	bit := uint32(1) << min(len(w), 31)
	return f.ends[slot(w[0])][slot(w[len(w)-1])]&bit != 0 && f.head[slot(w[0])][slot(w[1])]&bit != 0
}
