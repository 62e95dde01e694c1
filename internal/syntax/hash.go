package syntax

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// Features are 64-bit hashes: a word's strings are hashed once (FNV-1a,
// then a finalizer), and a feature combines a template number with up to
// three such values. The top bits of a feature hash pick its slot in a
// weight table.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
	k0        = 0x9e3779b97f4a7c15
	k1        = 0xc2b2ae3d27d4eb4f
	k2        = 0x165667b19e3779f9
)

// mix is the murmur3 64-bit finalizer.
func mix(x uint64) uint64 {
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	return x
}

func fnv(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return mix(h)
}

func fnvString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return mix(h)
}

func f1(t, a uint64) uint64       { return mix(t*k0 ^ a) }
func f2(t, a, b uint64) uint64    { return mix(t*k0 ^ a ^ b*k1) }
func f3(t, a, b, c uint64) uint64 { return mix(t*k0 ^ a ^ b*k1 ^ c*k2) }

// A feature hash is only read for its slot, the top bits (at most
// maxTableBits), which the last step of mix leaves as they are, so
// feat1, feat2 and feat3 skip it: they pick the same slots as f1, f2 and
// f3.
func mixTop(x uint64) uint64 {
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	return x * 0xc4ceb9fe1a85ec53
}

func feat1(t, a uint64) uint64       { return mixTop(t*k0 ^ a) }
func feat2(t, a, b uint64) uint64    { return mixTop(t*k0 ^ a ^ b*k1) }
func feat3(t, a, b, c uint64) uint64 { return mixTop(t*k0 ^ a ^ b*k1 ^ c*k2) }

// maxTableBits bounds the bits of a weight table: the slots of feature
// hashes need at most 33.
const maxTableBits = 26

// Word flags, hashed together as one feature.
const (
	flagCap    = 1 << iota // starts with an upper-case letter
	flagUpper              // two or more letters, all upper case
	flagDigit              // has a digit
	flagHyphen             // has an inner hyphen
	flagNumber             // digits and number marks only
	flagDot                // has a full stop
	flagFirst              // first word of the sentence
)

// word holds the hashed strings of one word, computed once per word.
type word struct {
	form   uint64 // normalized form, case kept
	lower  uint64
	shape  uint64 // character classes with repeats collapsed: "Xx", "d,d"
	tail   uint64 // lower-case part after the last inner hyphen, 0 if none
	pre    [4]uint64
	suf    [5]uint64
	flags  uint64
	length uint64 // bytes, capped at 12
	// amb hashes the classes the word takes in a tenth or more of its
	// training occurrences, 0 for a rare word; allowed is the set of all
	// classes it takes, the only ones the tagger considers, 0 for all.
	amb     uint64
	allowed classSet
}

// classSet is a bit set of tagger classes.
type classSet [2]uint64

func (c *classSet) add(k uint8)      { c[k/64] |= 1 << (k % 64) }
func (c *classSet) has(k uint8) bool { return c[k/64]&(1<<(k%64)) != 0 }
func (c *classSet) empty() bool      { return c[0] == 0 && c[1] == 0 }
func (c *classSet) single() (uint8, bool) {
	if bits.OnesCount64(c[0])+bits.OnesCount64(c[1]) != 1 {
		return 0, false
	}
	if c[0] != 0 {
		return uint8(bits.TrailingZeros64(c[0])), true
	}
	return uint8(64 + bits.TrailingZeros64(c[1])), true
}

// appendTo appends the classes of c in increasing order.
func (c *classSet) appendTo(out []uint8) []uint8 {
	for i, x := range c {
		for ; x != 0; x &= x - 1 {
			out = append(out, uint8(64*i+bits.TrailingZeros64(x)))
		}
	}
	return out
}

// lexEntry is what the model knows of a frequent word form.
type lexEntry struct {
	amb     uint64
	allowed classSet
}

// Pseudo-words before and after a sentence and the root of a tree.
var (
	wordStart = pseudoWord("<s>")
	wordEnd   = pseudoWord("</s>")
	wordRoot  = pseudoWord("<root>")
	wordNone  = pseudoWord("<none>")
)

func pseudoWord(s string) word {
	h := fnvString(s)
	return word{form: h, lower: h, shape: h, pre: [4]uint64{h, h, h, h}, suf: [5]uint64{h, h, h, h, h}, flags: h}
}

// scratch holds the buffers of normalize, so hashing allocates nothing.
type scratch struct {
	form, lower, shape []byte
}

// setWord fills w from the text of a word.
func (sc *scratch) setWord(w *word, s string, first bool) {
	sc.normalize(s)
	lo := sc.lower
	*w = word{form: fnv(sc.form), lower: fnv(lo), shape: fnv(sc.shape), flags: sc.flags(s, first), length: uint64(min(len(lo), 12))}
	for k := range w.pre {
		w.pre[k] = fnv(lo[:min(k+1, len(lo))])
	}
	for k := range w.suf {
		w.suf[k] = fnv(lo[len(lo)-min(k+1, len(lo)):])
	}
	for i := len(lo) - 2; i > 0; i-- {
		if lo[i] == '-' {
			w.tail = fnv(lo[i+1:])
			break
		}
	}
}

// normalize writes the form with typographic quotes mapped to ASCII, its
// lower case and its shape into the scratch buffers.
func (sc *scratch) normalize(s string) {
	sc.form, sc.lower, sc.shape = sc.form[:0], sc.lower[:0], sc.shape[:0]
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			sc.addASCII(c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch r {
		case '‘', '’', '‚', '‛', '′', 'ʼ':
			sc.addASCII('\'')
		case '“', '”', '„', '‟', '«', '»', '″':
			sc.addASCII('"')
		default:
			sc.form = utf8.AppendRune(sc.form, r)
			sc.lower = utf8.AppendRune(sc.lower, unicode.ToLower(r))
			switch {
			case unicode.IsUpper(r):
				sc.addShape('X')
			case unicode.IsLetter(r):
				sc.addShape('x')
			case unicode.IsDigit(r):
				sc.addShape('d')
			default:
				sc.addShape('o')
			}
		}
	}
}

func (sc *scratch) addASCII(c byte) {
	sc.form = append(sc.form, c)
	s := c
	switch {
	case c >= 'A' && c <= 'Z':
		sc.lower = append(sc.lower, c+'a'-'A')
		s = 'X'
	case c >= 'a' && c <= 'z':
		sc.lower = append(sc.lower, c)
		s = 'x'
	case c >= '0' && c <= '9':
		sc.lower = append(sc.lower, c)
		s = 'd'
	default:
		sc.lower = append(sc.lower, c)
	}
	sc.addShape(s)
}

func (sc *scratch) addShape(c byte) {
	if n := len(sc.shape); n == 0 || sc.shape[n-1] != c {
		sc.shape = append(sc.shape, c)
	}
}

// flags computes the word flags from the shape and the text.
func (sc *scratch) flags(s string, first bool) uint64 {
	var f uint64
	letters, upper, digits, marks := 0, 0, 0, 0
	for i, c := range sc.form {
		switch {
		case c >= 'A' && c <= 'Z':
			letters++
			upper++
		case c >= 'a' && c <= 'z' || c >= utf8.RuneSelf:
			letters++
		case c >= '0' && c <= '9':
			digits++
		case c == ',' || c == '.':
			marks++
			if c == '.' {
				f |= flagDot
			}
		case c == '-' && i > 0 && i < len(sc.form)-1:
			f |= flagHyphen
		}
	}
	if r, _ := utf8.DecodeRuneInString(s); unicode.IsUpper(r) {
		f |= flagCap
	}
	if letters >= 2 && upper == letters {
		f |= flagUpper
	}
	if digits > 0 {
		f |= flagDigit
		if digits+marks == len(sc.form) {
			f |= flagNumber
		}
	}
	if first {
		f |= flagFirst
	}
	return f
}
