package signal

import (
	"unicode"
	"unicode/utf8"

	"sitrep/internal/text"
)

// The stage looks words up on every token, and the document's cached folds
// (text.Doc.Lower) fold every token of the document on first use, which
// costs more than the lookups themselves. These helpers fold only the words
// looked up, into a caller's buffer: a map index or a call with
// string(appendFold(buf[:0], s)) then allocates nothing.

// appendFold appends text.Fold(s) to dst. ASCII text is folded here; text
// with other bytes, which folds to other lengths, goes through text.Fold.
func appendFold(dst []byte, s string) []byte {
	start := len(dst)
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return append(dst[:start], text.Fold(s)...)
		case c == ' ' || c >= '\t' && c <= '\r':
			space = true
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		if space && len(dst) > start {
			dst = append(dst, ' ')
		}
		space = false
		dst = append(dst, c)
	}
	return dst
}

// appendKey appends the folded key of tokens [i, j) of d, as d.Key(i, j)
// returns it.
func appendKey(dst []byte, d *text.Doc, i, j int) []byte {
	return appendFold(dst, d.Text[d.Tokens[i].Start:d.Tokens[j-1].End])
}

// keyBuf holds the folded key of a few words on the stack.
type keyBuf [64]byte

// sameWords reports whether a and b have the same words once folded, as
// a scraper that repeats a headline may change its quotes and marks. It
// reads them only as far as they agree: a paragraph mostly differs from
// the headline in its first word.
func sameWords(a, b string) bool {
	ra, rb := wordReader{s: a}, wordReader{s: b}
	for {
		x, okA := ra.next()
		y, okB := rb.next()
		if okA != okB || x != y {
			return false
		}
		if !okA {
			return true
		}
	}
}

// hasWords reports whether s has a letter or a digit once folded.
func hasWords(s string) bool {
	r := wordReader{s: s}
	_, ok := r.next()
	return ok
}

// wordReader reads the folded words of a text rune by rune: its letters
// and digits, with one space between words, folded as text.Fold folds the
// text.
type wordReader struct {
	s       string
	i       int    // bytes of s read
	fold    string // the rest of the fold of the last rune beyond ASCII
	started bool   // a word has been read
	gap     bool   // marks or spaces follow the last word
	held    rune   // a letter to return after the space before it
}

// next returns the next rune, or false at the end.
func (w *wordReader) next() (rune, bool) {
	if w.held != 0 {
		r := w.held
		w.held = 0
		return r, true
	}
	for {
		r, ok := w.folded()
		if !ok {
			return 0, false
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			w.gap = w.started
			continue
		}
		w.started = true
		if w.gap {
			w.gap, w.held = false, r
			return ' ', true
		}
		return r, true
	}
}

// folded returns the next rune of the folded text, spaces left as they
// are: folding maps rune by rune, apart from spaces, which only part
// words here.
func (w *wordReader) folded() (rune, bool) {
	for w.fold == "" {
		if w.i >= len(w.s) {
			return 0, false
		}
		if c := w.s[w.i]; c < utf8.RuneSelf {
			w.i++
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			return rune(c), true
		}
		r, n := utf8.DecodeRuneInString(w.s[w.i:])
		seg := w.s[w.i : w.i+n]
		w.i += n
		if unicode.IsSpace(r) {
			return ' ', true
		}
		w.fold = text.Fold(seg)
	}
	r, n := utf8.DecodeRuneInString(w.fold)
	w.fold = w.fold[n:]
	return r, true
}
