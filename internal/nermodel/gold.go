package nermodel

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/text"
)

// Doc builds the text layer of a gold document from its own tokens: the
// words joined by spaces, a paragraph and a sentence for each gold
// sentence, token flags set as the text package sets them. Running
// text.New on the joined words would split some tokens and sentences
// differently from the gold ones, and the spans could no longer be
// compared; building the Doc directly keeps the gold tokenisation while
// Find runs exactly as it does on an article. It returns the gold
// entities as token ranges of the Doc.
func (g *GoldDoc) Doc() (*text.Doc, []Entity) {
	var b strings.Builder
	d := &text.Doc{}
	var gold []Entity
	for si, s := range g.Sentences {
		if si > 0 {
			b.WriteByte('\n')
		}
		first := len(d.Tokens)
		pstart := b.Len()
		for i, w := range s.Words {
			if i > 0 {
				b.WriteByte(' ')
			}
			d.Tokens = append(d.Tokens, goldToken(w, b.Len()))
			b.WriteString(w)
		}
		sp := text.Span{Start: pstart, End: b.Len()}
		d.Paragraphs = append(d.Paragraphs, sp)
		d.Sentences = append(d.Sentences, text.Sentence{Span: sp, Para: si, First: first, End: len(d.Tokens)})
		for _, e := range s.Entities {
			gold = append(gold, Entity{First: first + e.First, End: first + e.End, Label: e.Label, Score: 1})
		}
	}
	d.Text = b.String()
	return d, gold
}

// goldToken classifies a gold word as text's tokenizer classifies its
// tokens: a word starts with a letter (or is a possessive "'s"), a number
// with a digit, anything else is a mark.
func goldToken(w string, start int) text.Token {
	t := text.Token{Span: text.Span{Start: start, End: start + len(w)}, Kind: text.Punct}
	r, n := utf8.DecodeRuneInString(w)
	next, _ := utf8.DecodeRuneInString(w[n:])
	switch {
	case unicode.IsDigit(r):
		t.Kind = text.Number
	case unicode.IsLetter(r):
		t.Kind = text.Word
	case (r == '\'' || r == '’') && unicode.IsLetter(next):
		t.Kind = text.Word
		return t
	default:
		return t
	}
	t.Cap, t.Upper = text.CaseFlags(w)
	return t
}
