package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/text"
)

// mark is a run of quoted tokens: the words between an opening and a
// closing quotation mark, possibly across paragraphs.
type mark struct {
	open, close int // tokens of the marks; close is -1 when the quote is left open
	first, end  int // the quoted tokens [first, end)
}

// scanMarks pairs the double quotation marks of d. Straight marks open
// when a space or the paragraph start is before them. A quote left open at
// the end of a paragraph continues when the next paragraph opens with a
// mark, as wire copy writes long quotations; otherwise it ends there.
// Single quotes are left alone: they are apostrophes far more often.
func scanMarks(d *text.Doc) []mark {
	var out []mark
	open, openPara := -1, -1
	for i, t := range d.Tokens {
		if t.Kind != text.Punct {
			continue
		}
		r, _ := utf8.DecodeRuneInString(d.Str(t.Span))
		kind := markKind(d, i, r)
		if kind == 0 {
			continue
		}
		if p := paraOf(d, i); open >= 0 && p != openPara {
			if kind == 'o' && startsParagraph(d, i) && p == openPara+1 {
				openPara = p // the quotation goes on in this paragraph
				continue
			}
			out = appendMark(out, open, -1, paraEnd(d, openPara))
			open = -1
		}
		switch {
		case kind == 'o':
			// A second opening mark restarts an unclosed quotation.
			open, openPara = i, paraOf(d, i)
		case open >= 0:
			out = appendMark(out, open, i, i)
			open = -1
		}
	}
	if open >= 0 {
		out = appendMark(out, open, -1, len(d.Tokens))
	}
	return out
}

func appendMark(out []mark, open, close, end int) []mark {
	if end <= open+1 {
		return out
	}
	return append(out, mark{open: open, close: close, first: open + 1, end: end})
}

// markKind returns 'o' for an opening and 'c' for a closing double mark.
func markKind(d *text.Doc, i int, r rune) byte {
	switch r {
	case '“', '«', '„':
		return 'o'
	case '”', '»':
		return 'c'
	case '"':
	default:
		return 0
	}
	t := d.Tokens[i]
	before := t.Start == 0 || unicode.IsSpace(lastRune(d.Text[:t.Start])) || strings.ContainsRune("([—–-", lastRune(d.Text[:t.Start]))
	if before {
		return 'o'
	}
	return 'c'
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func paraOf(d *text.Doc, i int) int { return d.Sentences[d.SentenceOf(i)].Para }

func startsParagraph(d *text.Doc, i int) bool {
	s := d.Sentences[d.SentenceOf(i)]
	return s.First == i && (d.SentenceOf(i) == 0 || d.Sentences[d.SentenceOf(i)-1].Para != s.Para)
}

// paraEnd returns the end of the tokens of paragraph p.
func paraEnd(d *text.Doc, p int) int {
	end := 0
	for _, s := range d.Sentences {
		if s.Para > p {
			break
		}
		end = s.End
	}
	return end
}
