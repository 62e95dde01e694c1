// Package text is the first layer of the reading pipeline: it takes the
// decoded article text and finds its paragraphs, title, sentences and
// tokens, all as byte spans into the one text that the Doc owns.
//
// Nothing here copies or rewrites the text. Matching needs a normal form
// (curly quotes, dashes and case folded), so Fold computes keys on demand
// while the offsets keep pointing at the original bytes. Later stages read
// these layers and add their own; none of them tokenizes again.
//
// A headline repeated as the last paragraph (a common scraping artefact) is
// kept as Doc.Repeat and left out of the sentences, so later stages do not
// count its facts twice; the signals stage reports it.
package text

import "sort"

// Span is a half-open byte range into Doc.Text.
type Span struct {
	Start, End int
}

// Kind classifies a token.
type Kind uint8

// Token kinds.
const (
	Word   Kind = iota // letters, with inner hyphens, apostrophes and abbreviation dots
	Number             // starts with a digit: 1971, 250,000, 3.5, T-90 is a Word
	Punct              // punctuation and symbols, one mark a token ("..." is one)
)

// Token is one word, number or mark.
type Token struct {
	Span
	Kind Kind
	// Cap is set when the token starts with an upper-case letter, Upper when
	// every letter is upper case and there are at least two.
	Cap, Upper bool
}

// Sentence is a run of tokens inside one paragraph.
type Sentence struct {
	Span
	Para       int // index into Doc.Paragraphs
	First, End int // token range [First, End)
}

// Doc owns the text and its first layers.
type Doc struct {
	Text       string
	Paragraphs []Span
	Sentences  []Sentence
	Tokens     []Token
	// Title is the span of the headline when the text starts with one;
	// HasTitle says whether it does. The title is also the first sentence.
	Title    Span
	HasTitle bool
	// Repeat is the span of a last paragraph that repeats the title; it is
	// excluded from the sentences and tokens.
	Repeat    Span
	HasRepeat bool

	lower []string // folded tokens, filled on first use by Lower
}

// New builds the text layers of s.
func New(s string) *Doc {
	d := &Doc{Text: s}
	d.Paragraphs = paragraphs(s)
	d.findTitle()
	for i, p := range d.Paragraphs {
		if d.HasRepeat && p == d.Repeat {
			continue
		}
		first := len(d.Tokens)
		d.Tokens = tokenize(s, p, d.Tokens)
		d.Sentences = d.split(i, first)
	}
	return d
}

// Without returns a copy of d whose tokens and sentences are the given
// ones, for a stage that leaves parts of the text out of the analysis
// (scraper debris). The text, paragraphs and offsets stay; the cached
// folds do not, since token indices change.
func (d *Doc) Without(tokens []Token, sentences []Sentence) *Doc {
	out := *d
	out.Tokens, out.Sentences, out.lower = tokens, sentences, nil
	return &out
}

// Str returns the text of a span.
func (d *Doc) Str(sp Span) string { return d.Text[sp.Start:sp.End] }

// Word returns the text of token i.
func (d *Doc) Word(i int) string { t := d.Tokens[i]; return d.Text[t.Start:t.End] }

// Lower returns token i folded as Fold does. Every stage compares words
// this way, so the folds are computed once per document, on first use.
// A Doc is not safe for concurrent use.
func (d *Doc) Lower(i int) string {
	if d.lower == nil {
		d.lower = make([]string, len(d.Tokens))
		for k, t := range d.Tokens {
			d.lower[k] = Fold(d.Text[t.Start:t.End])
		}
	}
	return d.lower[i]
}

// Key returns the folded matching key of tokens [i, j).
func (d *Doc) Key(i, j int) string {
	return Fold(d.Text[d.Tokens[i].Start:d.Tokens[j-1].End])
}

// TokenAt returns the index of the token that holds byte offset b, or of
// the first token after it (len(d.Tokens) when there is none).
func (d *Doc) TokenAt(b int) int {
	return sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > b })
}

// TokensIn returns the tokens [first, end) that overlap the byte range
// [start, stop), so a layer keyed by bytes can be read by tokens.
func (d *Doc) TokensIn(start, stop int) (first, end int) {
	if stop <= start {
		return d.TokenAt(start), d.TokenAt(start)
	}
	return d.TokenAt(start), d.TokenAt(stop-1) + 1
}

// SpanOf returns the byte span that tokens [i, j) cover.
func (d *Doc) SpanOf(i, j int) Span {
	return Span{d.Tokens[i].Start, d.Tokens[j-1].End}
}

// Dateline reports whether tokens [first, end) are the place line that
// opens a wire story, in capitals before a comma, a bracket or a dash:
// "KYIV, Aug 30 -", "BERLIN (Reuters) -". Such a place says where the
// story was filed, never who acted.
func (d *Doc) Dateline(first, end int) bool {
	if first >= end || end >= len(d.Tokens) {
		return false
	}
	for k := first; k < end; k++ {
		if !d.upperWord(k) {
			return false
		}
	}
	switch d.Word(end) {
	case ",", "(", "-", "–", "—":
		return true
	case "/": // "KYIV/MOSCOW, Dec 5 -"
		return end+2 < len(d.Tokens) && d.Dateline(end+1, end+2)
	}
	return false
}

// upperWord reports whether token k is a word in capitals, or the
// possessive inside one: "COX'S BAZAR".
func (d *Doc) upperWord(k int) bool {
	w := d.Word(k)
	return d.Tokens[k].Upper || k > 0 && d.Tokens[k-1].Upper && (w == "'S" || w == "’S")
}

// SentenceOf returns the index of the sentence that holds token i, or -1.
func (d *Doc) SentenceOf(i int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		switch s := d.Sentences[m]; {
		case i < s.First:
			hi = m
		case i >= s.End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// Words counts the word and number tokens.
func (d *Doc) Words() int {
	n := 0
	for _, t := range d.Tokens {
		if t.Kind != Punct {
			n++
		}
	}
	return n
}

// findTitle marks a short first paragraph without a final stop as the
// title, and a last paragraph with the same folded words as its repeat.
func (d *Doc) findTitle() {
	if len(d.Paragraphs) < 2 {
		return
	}
	p := d.Paragraphs[0]
	if !looksLikeTitle(d.Str(p)) {
		return
	}
	d.Title, d.HasTitle = p, true
	last := d.Paragraphs[len(d.Paragraphs)-1]
	if len(d.Paragraphs) > 2 && titleKey(d.Str(last)) == titleKey(d.Str(p)) {
		d.Repeat, d.HasRepeat = last, true
	}
}
