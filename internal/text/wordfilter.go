package text

// WordFilter is a Bloom filter over the folded keys of a table: it tells
// most words of a text that they are not in the table for the cost of a
// hash, so the stage looks up only the few that may be. The stages that match words
// against tables (quantities, dates, equipment) share it. It has false
// positives (about one in a hundred for a few thousand keys), never false
// negatives: words with non-ASCII bytes, whose folded form may differ,
// always pass.
type WordFilter [filterWords]uint64

const (
	filterWords = 1024 // 64 Kibit
	filterMask  = filterWords*64 - 1
)

// NewWordFilter builds the filter of the keys of a table.
func NewWordFilter[V any](m map[string]V) *WordFilter {
	f := new(WordFilter)
	for k := range m {
		if h, ok := foldHash(k); ok {
			f.set(uint32(h) & filterMask)
			f.set(uint32(h>>32) & filterMask)
		}
	}
	return f
}

func (f *WordFilter) set(b uint32) { f[b>>6] |= 1 << (b & 63) }

func (f *WordFilter) has(b uint32) bool { return f[b>>6]&(1<<(b&63)) != 0 }

// MayHave reports whether w, in any case, may be a key of the table.
func (f *WordFilter) MayHave(w string) bool {
	h, ok := foldHash(w)
	return !ok || f.has(uint32(h)&filterMask) && f.has(uint32(h>>32)&filterMask)
}

// foldHash hashes the ASCII-lowercased bytes of w (FNV-1a); it reports
// false for a word with non-ASCII bytes.
func foldHash(w string) (uint64, bool) {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return 0, false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h ^ h>>29, true
}
