package text

import "unicode/utf8"

// Lookup finds w in a table of folded keys. For the common ASCII word it
// folds into a stack buffer and allocates nothing: stages call it on every
// token, and a Fold per token would cost more than the rest of the stage.
func Lookup[V any](m map[string]V, w string) (V, bool) {
	var buf [32]byte
	if len(w) > len(buf) {
		v, ok := m[Fold(w)]
		return v, ok
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			v, ok := m[Fold(w)]
			return v, ok
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	v, ok := m[string(buf[:len(w)])]
	return v, ok
}
