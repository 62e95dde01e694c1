// Package vocab knows which English words are common words and which parts
// of speech they take, from a table that tools/genvocab derives from the
// English Web Treebank (CC BY-SA 4.0; see NOTICE).
//
// Name detection needs it before a tagger exists: a capitalised word at the
// start of a sentence ("Officials", "Responding") is a common word, while
// "Kirby" is not.
package vocab

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// Class is a set of universal parts of speech.
type Class uint16

// Parts of speech, as bits of a Class.
const (
	Noun Class = 1 << iota
	Verb
	Adj
	Adv
	Adp
	Det
	Pron
	Aux
	Conj
	Num
	Part
	Intj
)

var classes = map[string]Class{
	"NOUN": Noun, "VERB": Verb, "ADJ": Adj, "ADV": Adv, "ADP": Adp, "DET": Det, "PRON": Pron,
	"AUX": Aux, "CCONJ": Conj, "SCONJ": Conj, "NUM": Num, "PART": Part, "INTJ": Intj,
}

// ClassOf maps a UD UPOS tag to its Class; proper nouns, symbols and
// punctuation have none.
func ClassOf(upos string) (Class, bool) {
	c, ok := classes[upos]
	return c, ok
}

//go:embed data/words.tsv.gz
var wordsGz []byte

// Vocab maps lower-case word forms to their classes.
type Vocab struct {
	words map[string]Class
}

// Default returns the embedded vocabulary, parsed once.
var Default = sync.OnceValues(func() (*Vocab, error) { return Parse(wordsGz) })

// Parse reads a gzip'd table of "word<TAB>class" lines.
func Parse(gz []byte) (*Vocab, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("vocab: %w", err)
	}
	v := &Vocab{words: make(map[string]Class, 16384)}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		w, c, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			return nil, fmt.Errorf("vocab: bad line %q", sc.Text())
		}
		n, err := strconv.ParseUint(c, 10, 16)
		if err != nil {
			return nil, fmt.Errorf("vocab: bad class in %q: %w", sc.Text(), err)
		}
		v.words[w] = Class(n)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("vocab: %w", err)
	}
	return v, nil
}

// Classes returns the parts of speech of a lower-case word, or 0 when the
// word is not a common word.
func (v *Vocab) Classes(lower string) Class { return v.words[lower] }

// Common reports whether a lower-case word is a common English word.
func (v *Vocab) Common(lower string) bool { return v.words[lower] != 0 }

// Len returns the number of words.
func (v *Vocab) Len() int { return len(v.words) }
