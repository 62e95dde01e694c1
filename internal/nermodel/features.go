package nermodel

import (
	"unicode"
	"unicode/utf8"

	"sitrep/internal/text"
	"sitrep/internal/vocab"
)

// Token flags.
const (
	fCap      = 1 << iota // starts with a capital
	fUpper                // all capitals, two letters or more
	fHasUpper             // a capital anywhere: "al-Assad", "iPhone"
	fDigit                // has a digit
	fAllDigit             // only digits and number marks
	fHyphen
	fDot
	fPunct
	fInitial // a letter and a dot: "J."
	fLetter
)

// tokInfo is what the features read of one token, computed once a document.
type tokInfo struct {
	word, lower, shape, short uint64 // hashes; lower has its digits as 0
	pre, suf                  [4]uint64
	flags                     uint16
	voc                       vocab.Class
	lex, geo                  uint16 // gazetteer tags (class+1)<<2 | position; 0 outside a match
	name                      uint8  // nGiven, nSurname
	dcase                     uint8  // how the word is written elsewhere in the document
}

// Name-list bits.
const (
	nGiven = 1 << iota
	nSurname
)

// Document casing bits: the word is seen inside a sentence capitalised or
// in lower case; read on sentence-initial words and headlines.
const (
	cCapMid = 1 << iota
	cLowerMid
)

// Hashing: FNV-1a over runes, and a splitmix finaliser to combine a
// template with its values.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashRune(h uint64, r rune) uint64 { return (h ^ uint64(r)) * fnvPrime }

func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

func mix(a, b uint64) uint64 {
	h := a*0x9e3779b97f4a7c15 ^ b
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	return h ^ h>>31
}

// lexical computes the spelling features of token t, whose text is w.
func lexical(w string, t text.Token) tokInfo {
	ti := tokInfo{word: hashString(w), lower: fnvOffset, shape: fnvOffset, short: fnvOffset}
	var last [4]rune // ring of the last lower-case runes, for suffixes
	var prevClass rune
	n, run, letters, upper := 0, 0, 0, 0
	allDigit := true
	for _, r := range w {
		lr := unicode.ToLower(r)
		switch {
		case unicode.IsDigit(r):
			lr = '0'
			ti.flags |= fDigit
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
				ti.flags |= fHasUpper
			}
		case r == '-':
			ti.flags |= fHyphen
		case r == '.':
			ti.flags |= fDot
		}
		if !unicode.IsDigit(r) && r != ',' && r != '.' {
			allDigit = false
		}
		ti.lower = hashRune(ti.lower, lr)
		if n < 4 {
			ti.pre[n] = ti.lower
		}
		last[n%4] = lr
		n++
		c := shapeClass(r)
		if c != prevClass {
			run = 0
			ti.short = hashRune(ti.short, c)
		}
		if run++; run <= 4 {
			ti.shape = hashRune(ti.shape, c)
		}
		prevClass = c
	}
	for k := 1; k <= 4; k++ {
		if k >= n {
			ti.pre[k-1], ti.suf[k-1] = 0, 0
			continue
		}
		h := uint64(fnvOffset)
		for j := n - k; j < n; j++ {
			h = hashRune(h, last[j%4])
		}
		ti.suf[k-1] = h
	}
	ti.flags |= spellingFlags(t, letters, upper, n, allDigit, w)
	return ti
}

func spellingFlags(t text.Token, letters, upper, n int, allDigit bool, w string) uint16 {
	var f uint16
	if t.Cap {
		f |= fCap
	}
	if t.Upper {
		f |= fUpper
	}
	if allDigit && n > 0 {
		f |= fAllDigit
	}
	if t.Kind == text.Punct {
		f |= fPunct
	}
	if letters > 0 {
		f |= fLetter
	}
	if n == 2 && letters == 1 && upper == 1 && w[len(w)-1] == '.' {
		f |= fInitial
	}
	return f
}

func shapeClass(r rune) rune {
	switch {
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	case r < utf8.RuneSelf:
		return r
	}
	return 'o'
}

// Feature templates. Each yields at most one feature a token; its value
// is hashed with the template's number into a row of the weight table.
const (
	tBias = iota + 1
	tWord
	tLower
	tShape
	tShort
	tPre1
	tPre2
	tPre3
	tPre4
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tPrev1
	tPrev2
	tNext1
	tNext2
	tBigramL
	tBigramR
	tPrevShort
	tNextShort
	tShortTri
	tCapPattern
	tFirstLower
	tCapsShape
	tVocab
	tVocabPrev
	tVocabNext
	tLex
	tLexPrev
	tLexNext
	tGeo
	tGeoPrev
	tGeoNext
	tName
	tDocCase
	tFlags
	tPrevWord
	tNextWord
	tHist
)

// boundary stands for the tokens before and after a sentence.
var boundary = tokInfo{word: 1, lower: 1, shape: 1, short: 1, flags: fPunct}

// sentence is the part of a document the features of a token look at.
type sentence struct {
	info  []tokInfo // the sentence's tokens
	caps  bool      // a headline in capitals
	rows  []uint32  // output
	shift uint      // 64 - table bits
}

func (s *sentence) add(tpl int, v uint64) {
	s.rows = append(s.rows, uint32(mix(uint64(tpl), v)>>s.shift))
}

func (s *sentence) at(i int) *tokInfo {
	if i < 0 || i >= len(s.info) {
		return &boundary
	}
	return &s.info[i]
}

// static appends the rows of the features of token i that do not depend
// on earlier predictions.
func (s *sentence) static(i int) {
	t, p, n := &s.info[i], s.at(i-1), s.at(i+1)
	s.add(tBias, 0)
	s.add(tWord, t.word)
	s.add(tLower, t.lower)
	s.add(tShape, t.shape)
	s.add(tShort, t.short)
	for k := range 4 {
		if t.pre[k] != 0 {
			s.add(tPre1+k, t.pre[k])
			s.add(tSuf1+k, t.suf[k])
		}
	}
	s.add(tPrev1, p.lower)
	s.add(tPrev2, s.at(i-2).lower)
	s.add(tNext1, n.lower)
	s.add(tNext2, s.at(i+2).lower)
	s.add(tBigramL, mix(p.lower, t.lower))
	s.add(tBigramR, mix(t.lower, n.lower))
	s.add(tPrevShort, p.short)
	s.add(tNextShort, n.short)
	s.add(tShortTri, mix(mix(p.short, t.short), n.short))
	s.add(tPrevWord, p.word)
	s.add(tNextWord, n.word)
	first := uint64(0)
	if i == 0 {
		first = 1
		s.add(tFirstLower, t.lower)
	}
	caps := uint64(0)
	if s.caps {
		caps = 1
		s.add(tCapsShape, t.short)
	}
	s.add(tCapPattern, uint64(capBits(p)|capBits(t)<<2|capBits(n)<<4)|first<<6|caps<<7)
	s.add(tVocab, uint64(t.voc)|uint64(capBits(t))<<16|first<<18|caps<<19)
	s.add(tVocabPrev, uint64(p.voc)|uint64(capBits(t))<<16)
	s.add(tVocabNext, uint64(n.voc)|uint64(capBits(t))<<16)
	s.gazetteer(t, p, n)
	s.add(tDocCase, uint64(t.dcase)|uint64(capBits(t))<<2|first<<4|caps<<5)
	s.add(tFlags, uint64(t.flags))
}

func (s *sentence) gazetteer(t, p, n *tokInfo) {
	if t.lex != 0 {
		s.add(tLex, uint64(t.lex))
	}
	if p.lex != 0 {
		s.add(tLexPrev, uint64(p.lex))
	}
	if n.lex != 0 {
		s.add(tLexNext, uint64(n.lex))
	}
	if t.geo != 0 {
		s.add(tGeo, uint64(t.geo))
	}
	if p.geo != 0 {
		s.add(tGeoPrev, uint64(p.geo))
	}
	if n.geo != 0 {
		s.add(tGeoNext, uint64(n.geo))
	}
	if names := uint64(t.name) | uint64(p.name)<<2 | uint64(n.name)<<4; names != 0 {
		s.add(tName, names|uint64(capBits(t))<<6)
	}
}

// history appends the feature of the types the model gave token i's word
// in earlier sentences of the document.
func (s *sentence) history(i int, hist map[uint64]history) {
	t := &s.info[i]
	if t.flags&fHasUpper == 0 {
		return
	}
	if h, ok := hist[t.lower]; ok {
		if v, ok := h.value(); ok {
			s.add(tHist, v|uint64(capBits(t))<<4)
		}
	}
}

// capBits is 1 for a capitalised word, 2 for one in capitals, 0 otherwise.
func capBits(t *tokInfo) uint16 {
	switch {
	case t.flags&fUpper != 0:
		return 2
	case t.flags&fCap != 0:
		return 1
	}
	return 0
}

// history counts the types the model gave a word earlier in the document.
type history [nTypes + 1]uint16

// histValue is the feature value of h: the type given most often, and
// whether the word was always given it.
func (h *history) value() (uint64, bool) {
	best, total := 0, 0
	for k, c := range h {
		total += int(c)
		if c > h[best] {
			best = k
		}
	}
	if total == 0 {
		return 0, false
	}
	v := uint64(best) + 1
	if int(h[best]) == total {
		v |= 8
	}
	return v, true
}
