package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// paragraphs splits s at blank lines, and at single line breaks that end a
// sentence or a short line: plain-text news either separates paragraphs
// with blank lines or puts each on one line, while hard-wrapped prose breaks
// long lines mid-sentence and must stay together.
func paragraphs(s string) []Span {
	var out []Span
	start := -1
	lineStart := 0
	flush := func(end int) {
		if start >= 0 {
			out = append(out, trim(s, Span{start, end}))
			start = -1
		}
	}
	for lineStart <= len(s) {
		nl := strings.IndexByte(s[lineStart:], '\n')
		lineEnd := len(s)
		if nl >= 0 {
			lineEnd = lineStart + nl
		}
		line := s[lineStart:lineEnd]
		switch {
		case strings.TrimSpace(line) == "":
			flush(lineStart)
		case start < 0:
			start = lineStart
		}
		if start >= 0 && endsParagraph(line) {
			flush(lineEnd)
		}
		if nl < 0 {
			break
		}
		lineStart = lineEnd + 1
	}
	flush(len(s))
	return out
}

// endsParagraph reports whether a line break after line closes the paragraph.
func endsParagraph(line string) bool {
	line = strings.TrimRightFunc(line, unicode.IsSpace)
	if line == "" {
		return false
	}
	if utf8.RuneCountInString(line) < 60 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(line)
	return strings.ContainsRune(".!?:\"”’'…)]", r)
}

func trim(s string, sp Span) Span {
	for sp.Start < sp.End {
		r, n := utf8.DecodeRuneInString(s[sp.Start:sp.End])
		if !unicode.IsSpace(r) {
			break
		}
		sp.Start += n
	}
	for sp.End > sp.Start {
		r, n := utf8.DecodeLastRuneInString(s[sp.Start:sp.End])
		if !unicode.IsSpace(r) {
			break
		}
		sp.End -= n
	}
	return sp
}

// looksLikeTitle accepts one line of at most 30 words that does not end
// like a sentence of running prose.
func looksLikeTitle(p string) bool {
	if strings.ContainsRune(p, '\n') {
		return false
	}
	if len(strings.Fields(p)) > 30 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(p)
	return r != '.' && r != ','
}

// titleKey compares headlines by their words alone: a scraper that repeats
// the title often swaps curly for straight quotes or drops marks.
func titleKey(s string) string {
	var b strings.Builder
	for _, f := range strings.FieldsFunc(Fold(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		b.WriteString(f)
		b.WriteByte(' ')
	}
	return b.String()
}
