package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"

	"sitrep/internal/lexicon"
	"sitrep/internal/signal"
)

// table is what the generator writes; see the package comment of signal
// for the format.
type table struct {
	tokens  int
	uni     map[string][2]int // all uses, uses in news
	bi      map[[2]string]int
	article map[string][2]int // word -> uses after "a", after "an"
	verbs   map[string]verbStat
	formal  map[string]formalStat
}

type verbStat struct{ base, noun, afterBe int }

type formalStat struct {
	count int
	entry string
	short int
}

// bigram pruning: a neighbour of a news word counts as an expected
// collocation from minOrigBigram uses; a neighbour of a substitute is kept
// from its first use, so that zero means never seen.
const minOrigBigram = 2

func build(sents [][]tok, swapList io.Reader) (*table, error) {
	swaps, err := signal.ParseSwaps(swapList)
	if err != nil {
		return nil, err
	}
	origs, subs, phrases := swapWords(swaps)
	t := &table{uni: map[string][2]int{}, bi: map[[2]string]int{}, article: map[string][2]int{}}
	allBi := map[[2]string]int{}
	for _, s := range sents {
		t.tokens += len(s)
		for i, w := range s {
			if origs[w.key] || subs[w.key] {
				t.uni[w.key] = addUse(t.uni[w.key], w.news)
			}
			if i+1 < len(s) && isWord(w.key) && isWord(s[i+1].key) {
				allBi[[2]string{w.key, s[i+1].key}]++
			}
		}
		countPhrases(s, phrases, t.uni)
		countArticles(s, t.article)
	}
	for k, n := range allBi {
		keep := (origs[k[0]] || origs[k[1]]) && n >= minOrigBigram
		if keep || subs[k[0]] || subs[k[1]] {
			t.bi[k] = n
		}
	}
	t.verbs = verbTable(sents)
	lex, err := lexicon.Default()
	if err != nil {
		return nil, fmt.Errorf("load lexicon: %w", err)
	}
	t.formal = formalTable(sents, lex)
	return t, nil
}

// swapWords returns the one-word originals and substitutes and the
// phrases of several words on either side.
func swapWords(swaps []signal.Swap) (origs, subs, phrases map[string]bool) {
	origs, subs, phrases = map[string]bool{}, map[string]bool{}, map[string]bool{}
	add := func(m map[string]bool, w string) {
		if strings.Contains(w, " ") {
			phrases[w] = true
			return
		}
		m[w] = true
	}
	for _, s := range swaps {
		add(origs, s.Orig)
		for _, sub := range s.Subs {
			add(subs, sub)
		}
	}
	return origs, subs, phrases
}

// addUse counts one use, and one use in news when news is set.
func addUse(c [2]int, news bool) [2]int {
	c[0]++
	if news {
		c[1]++
	}
	return c
}

func countPhrases(s []tok, phrases map[string]bool, uni map[string][2]int) {
	for i := range s {
		var b strings.Builder
		for j := i; j < len(s) && j < i+4; j++ {
			if j > i {
				b.WriteByte(' ')
			}
			b.WriteString(s[j].key)
			if phrases[b.String()] {
				uni[b.String()] = addUse(uni[b.String()], s[i].news)
			}
		}
	}
}

// countArticles counts the lower-case words that follow "a" and "an".
func countArticles(s []tok, out map[string][2]int) {
	for i := 0; i+1 < len(s); i++ {
		which := -1
		switch s[i].key {
		case "a":
			which = 0
		case "an":
			which = 1
		}
		next := s[i+1]
		if which < 0 || next.form != next.key || !startsWithLetter(next.key) {
			continue
		}
		c := out[next.key]
		c[which]++
		out[next.key] = c
	}
}

var beForms = map[string]bool{"was": true, "were": true, "been": true, "being": true, "is": true, "are": true, "be": true, "am": true}

// verbTable keeps the words the corpora use as base-form verbs and never
// as a participle, past tense or adjective: after "was" such a word ("was
// destroy") is a swap that broke the grammar.
func verbTable(sents [][]tok) map[string]verbStat {
	type stat struct{ base, part, noun, adj, afterBe int }
	st := map[string]*stat{}
	for _, s := range sents {
		for i, w := range s {
			if w.form != w.key {
				continue
			}
			x := st[w.key]
			if x == nil {
				x = &stat{}
				st[w.key] = x
			}
			switch w.tag {
			case "VB", "VBP":
				x.base++
			case "VBN", "VBD":
				x.part++
			case "NN", "NNS":
				x.noun++
			case "JJ", "JJR", "JJS":
				x.adj++
			}
			if i > 0 && beForms[s[i-1].key] {
				x.afterBe++
			}
		}
	}
	out := map[string]verbStat{}
	for k, x := range st {
		if x.base > 0 && x.part == 0 && x.adj == 0 {
			out[k] = verbStat{base: x.base, noun: x.noun, afterBe: x.afterBe}
		}
	}
	return out
}

// formalTable counts, for every formal country name the corpora use, its
// uses and those of the country's short names, longest match first.
func formalTable(sents [][]tok, lex *lexicon.Lexicon) map[string]formalStat {
	formal := map[string]formalStat{}
	short := map[string]int{}
	for _, s := range sents {
		for i := 0; i < len(s); {
			n, hit, key := longest(s, i, lex)
			if n == 0 {
				i++
				continue
			}
			switch hit.Form {
			case lexicon.FormFormal:
				f := formal[key]
				f.count++
				f.entry = hit.Entry.ID
				formal[key] = f
			case lexicon.FormName, lexicon.FormAlias, lexicon.FormAbbrev:
				short[hit.Entry.ID]++
			}
			i += n
		}
	}
	for k, f := range formal {
		f.short = short[f.entry]
		formal[k] = f
	}
	return formal
}

// longest returns the length of the longest country name that starts at
// token i, its hit and key, or 0.
func longest(s []tok, i int, lex *lexicon.Lexicon) (int, lexicon.Hit, string) {
	if !startsUpper(s[i].form) {
		return 0, lexicon.Hit{}, ""
	}
	var b strings.Builder
	var surface strings.Builder
	best, bestHit, bestKey := 0, lexicon.Hit{}, ""
	for j := i; j < len(s) && j < i+lex.MaxWords()+2; j++ {
		if j > i && s[j].key != "'s" {
			b.WriteByte(' ')
			surface.WriteByte(' ')
		}
		b.WriteString(s[j].key)
		surface.WriteString(s[j].form)
		for _, h := range lex.Lookup(b.String()) {
			if h.Entry.Kind != lexicon.KindCountry || (h.CaseSensitive && h.Surface != surface.String()) {
				continue
			}
			best, bestHit, bestKey = j-i+1, h, b.String()
			break
		}
	}
	return best, bestHit, bestKey
}

func isWord(k string) bool {
	for _, r := range k {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func startsWithLetter(k string) bool {
	for _, r := range k {
		return unicode.IsLetter(r)
	}
	return false
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}
