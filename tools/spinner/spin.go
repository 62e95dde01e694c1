package main

import (
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"
)

// spinner holds the substitutes by phrase: swaps by lower-case phrase,
// formal names as written.
type spinner struct {
	swaps    map[string][]string
	formal   map[string][]string
	maxWords int
}

func newSpinner(swaps, formal string) (*spinner, error) {
	s := &spinner{swaps: map[string][]string{}, formal: map[string][]string{}}
	if err := s.parse(swaps, s.swaps); err != nil {
		return nil, fmt.Errorf("swaps.txt: %w", err)
	}
	if err := s.parse(formal, s.formal); err != nil {
		return nil, fmt.Errorf("formal.txt: %w", err)
	}
	return s, nil
}

func (s *spinner) parse(list string, into map[string][]string) error {
	for n, line := range strings.Split(list, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		orig, subs, ok := strings.Cut(line, "\t")
		if !ok {
			return fmt.Errorf("line %d: want orig<TAB>sub|sub", n+1)
		}
		for sub := range strings.SplitSeq(subs, "|") {
			if sub = strings.TrimSpace(sub); sub != "" && sub != orig {
				into[orig] = append(into[orig], sub)
			}
		}
		s.maxWords = max(s.maxWords, len(strings.Fields(orig)))
	}
	return nil
}

// detectorPairs reads the detector's list as "orig\x00sub" pairs; a missing
// file gives none.
func detectorPairs(path string) (map[string]bool, error) {
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read detector list: %w", err)
	}
	out := map[string]bool{}
	for line := range strings.SplitSeq(string(b), "\n") {
		orig, subs, ok := strings.Cut(strings.TrimSpace(line), "\t")
		if !ok || strings.HasPrefix(orig, "#") {
			continue
		}
		for sub := range strings.SplitSeq(subs, "|") {
			out[orig+"\x00"+strings.TrimSpace(sub)] = true
		}
	}
	return out, nil
}

// swap is one replacement the spinner made.
type swap struct {
	orig, sub string
	formal    bool
}

// word is a word of the text by byte offsets.
type word struct{ start, end int }

// spin rewrites text at rate and returns the result and the swaps made.
func (s *spinner) spin(text string, rate float64, seed string) (string, []swap) {
	h := fnv.New64a()
	h.Write([]byte(seed))
	rng := rand.New(rand.NewPCG(h.Sum64(), 0x5eed))
	words := split(text)
	var b strings.Builder
	var made []swap
	last := 0
	for i := 0; i < len(words); i++ {
		n, orig, subs, formal := s.match(text, words, i)
		if n == 0 || rng.Float64() >= rate {
			continue
		}
		sub := subs[rng.IntN(len(subs))]
		if !formal {
			sub = matchCase(text[words[i].start:], sub)
		}
		b.WriteString(text[last:words[i].start])
		b.WriteString(sub)
		last = words[i+n-1].end
		made = append(made, swap{orig: orig, sub: strings.ToLower(sub), formal: formal})
		i += n - 1
	}
	b.WriteString(text[last:])
	return b.String(), made
}

// match returns the longest phrase of the lists at word i: its length in
// words, the listed phrase, its substitutes and whether it is a formal name.
func (s *spinner) match(text string, words []word, i int) (int, string, []string, bool) {
	for n := min(s.maxWords, len(words)-i); n >= 1; n-- {
		if !spaced(text, words[i:i+n]) {
			continue
		}
		phrase := text[words[i].start:words[i+n-1].end]
		if subs := s.formal[phrase]; len(subs) > 0 {
			return n, phrase, subs, true
		}
		key := strings.ToLower(phrase)
		if subs := s.swaps[key]; len(subs) > 0 && !isName(text, words, i) {
			return n, key, subs, false
		}
	}
	return 0, "", nil, false
}

// isName reports whether word i is capitalised inside a sentence, as names
// are ("Security Council"): spinners leave those alone more often than not.
func isName(text string, words []word, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[words[i].start:])
	if !unicode.IsUpper(r) || i == 0 {
		return false
	}
	gap := strings.TrimSpace(text[words[i-1].end:words[i].start])
	return gap == "" || gap == ","
}

// spaced reports whether the words are separated by single spaces.
func spaced(text string, ws []word) bool {
	for k := 1; k < len(ws); k++ {
		if text[ws[k-1].end:ws[k].start] != " " {
			return false
		}
	}
	return true
}

// split finds the words: letters and digits with inner apostrophes,
// hyphens and dots ("U.S.", "al-Assad", "don't").
func split(text string) []word {
	var out []word
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isAlnum(r) {
			i += n
			continue
		}
		start := i
		i += n
		for i < len(text) {
			r, n := utf8.DecodeRuneInString(text[i:])
			next, _ := utf8.DecodeRuneInString(text[min(i+n, len(text)):])
			if isApostrophe(r) && possessive(text[i+n:]) {
				break // "Russia's": the name stands alone
			}
			if isAlnum(r) || strings.ContainsRune("'’-.", r) && isAlnum(next) {
				i += n
				continue
			}
			if r == '.' && strings.Contains(text[start:i], ".") {
				i += n // the last dot of "U.S."
			}
			break
		}
		out = append(out, word{start, i})
	}
	return out
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// possessive reports whether rest, after an apostrophe, is "s" closing the
// word.
func possessive(rest string) bool {
	if !strings.HasPrefix(rest, "s") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest[1:])
	return len(rest) == 1 || !isAlnum(r)
}

// matchCase capitalises sub when the original starts with a capital.
func matchCase(orig, sub string) string {
	r, _ := utf8.DecodeRuneInString(orig)
	if !unicode.IsUpper(r) {
		return sub
	}
	s, n := utf8.DecodeRuneInString(sub)
	return string(unicode.ToUpper(s)) + sub[n:]
}
