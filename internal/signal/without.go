package signal

import (
	"slices"

	"sitrep/internal/text"
)

// Without returns a copy of d without the tokens inside spans (sorted, not
// overlapping), and without the sentences left empty. Paragraphs and the
// text stay as they are, so every offset keeps its meaning. When nothing
// is left out, d itself comes back with its cached folds; when the tokens
// left form one run, as when the debris is a headline on top, the copy
// shares them with d.
func Without(d *text.Doc, spans []text.Span) *text.Doc {
	if len(spans) == 0 || !holdsTokens(d, spans) && !overlapsTitle(d, spans) {
		return d // nothing to leave out: the same layers serve
	}
	kept := tokenRun{src: d.Tokens}
	sentences := make([]text.Sentence, 0, len(d.Sentences))
	k := 0
	for _, sen := range d.Sentences {
		first := kept.len()
		k = kept.addSentence(sen, spans, k)
		if n := kept.len(); n > first {
			sentences = append(sentences, text.Sentence{
				Span: text.Span{Start: kept.at(first).Start, End: kept.at(n - 1).End},
				Para: sen.Para, First: first, End: n,
			})
		}
	}
	out := d.Without(kept.tokens(), sentences)
	if overlapsTitle(d, spans) {
		out.HasTitle = false
	}
	return out
}

// holdsTokens reports whether a span holds a whole token of d. The first
// token that starts inside a span is the only one that may: tokens do not
// overlap, so the next ones start after it ends. A headline repeated at
// the end holds none, as the text layer left it out.
func holdsTokens(d *text.Doc, spans []text.Span) bool {
	for _, sp := range spans {
		i, _ := slices.BinarySearchFunc(d.Tokens, sp.Start, func(t text.Token, at int) int { return t.Start - at })
		if i < len(d.Tokens) && d.Tokens[i].End <= sp.End {
			return true
		}
	}
	return false
}

// overlapsTitle reports whether a span reaches into the title of d.
func overlapsTitle(d *text.Doc, spans []text.Span) bool {
	for _, sp := range spans {
		if d.HasTitle && d.Title.Start < sp.End && sp.Start < d.Title.End {
			return true
		}
	}
	return false
}

// tokenRun collects the tokens that Without keeps. While they are one run
// of src it only marks the run; the first gap copies them.
type tokenRun struct {
	src    []text.Token
	lo, hi int          // the run src[lo:hi], while out is nil
	out    []text.Token // the copy, once there is a gap
}

func (r *tokenRun) len() int {
	if r.out != nil {
		return len(r.out)
	}
	return r.hi - r.lo
}

func (r *tokenRun) at(i int) text.Token {
	if r.out != nil {
		return r.out[i]
	}
	return r.src[r.lo+i]
}

// tokens returns the kept tokens; a run of src is capped, so that an
// append to it cannot write into src.
func (r *tokenRun) tokens() []text.Token {
	if r.out != nil {
		return r.out
	}
	return r.src[r.lo:r.hi:r.hi]
}

// add keeps src[i:j].
func (r *tokenRun) add(i, j int) {
	switch {
	case i == j:
	case r.out != nil:
		r.out = append(r.out, r.src[i:j]...)
	case r.lo == r.hi:
		r.lo, r.hi = i, j
	case i == r.hi:
		r.hi = j
	default:
		r.out = make([]text.Token, 0, len(r.src))
		r.out = append(append(r.out, r.src[r.lo:r.hi]...), r.src[i:j]...)
	}
}

// addSentence keeps the tokens of sen outside spans. k is the first span
// that may reach token sen.First, and addSentence returns the one for the
// next sentence. A sentence that no span reaches, as most are, is kept
// whole.
func (r *tokenRun) addSentence(sen text.Sentence, spans []text.Span, k int) int {
	if sen.First == sen.End {
		return k
	}
	for k < len(spans) && spans[k].End <= r.src[sen.First].Start {
		k++
	}
	if k == len(spans) || spans[k].Start >= r.src[sen.End-1].End {
		r.add(sen.First, sen.End)
		return k
	}
	for i := sen.First; i < sen.End; i++ {
		t := r.src[i]
		for k < len(spans) && spans[k].End <= t.Start {
			k++
		}
		if k == len(spans) || t.Start < spans[k].Start || t.End > spans[k].End {
			r.add(i, i+1)
		}
	}
	return k
}
