package syntax

import (
	"math/bits"
	"slices"
)

// A table maps the 64-bit hashes that key the model's lexicons to values.
// The hashes are random already, so the top bits of a key pick its first
// slot without hashing it again, and a key whose slot is taken goes to
// the next free one (linear probing). The table is at most half full, so
// a lookup reads one or two slots, most often in one cache line. Key 0
// marks a free slot, so the value of key 0 is kept aside.
type table[V any] struct {
	slots   []tableSlot[V]
	shift   uint8 // 64 - log2(len(slots))
	n       int
	zero    V
	hasZero bool
}

type tableSlot[V any] struct {
	key uint64
	val V
}

// newTable returns a table with room for n keys.
func newTable[V any](n int) *table[V] {
	t := &table[V]{}
	t.resize(n)
	return t
}

func (t *table[V]) resize(n int) {
	size := 16
	for size < 2*n {
		size *= 2
	}
	old := t.slots
	t.slots = make([]tableSlot[V], size)
	t.shift = uint8(64 - bits.TrailingZeros(uint(size)))
	for _, s := range old {
		if s.key != 0 {
			*t.find(s.key) = s
		}
	}
}

// find returns the slot of key k, or the free slot where it belongs.
func (t *table[V]) find(k uint64) *tableSlot[V] {
	mask := len(t.slots) - 1
	for i := int(k >> t.shift); ; i = (i + 1) & mask {
		if s := &t.slots[i]; s.key == k || s.key == 0 {
			return s
		}
	}
}

// get returns the value of key k and whether it is in the table.
func (t *table[V]) get(k uint64) (V, bool) {
	if k == 0 {
		return t.zero, t.hasZero
	}
	if s := t.find(k); s.key == k {
		return s.val, true
	}
	var zero V
	return zero, false
}

// set sets the value of key k.
func (t *table[V]) set(k uint64, v V) {
	if k == 0 {
		if !t.hasZero {
			t.n++
		}
		t.zero, t.hasZero = v, true
		return
	}
	if 2*(t.n+1) > len(t.slots) {
		t.resize(t.n + 1)
	}
	s := t.find(k)
	if s.key == 0 {
		t.n++
	}
	s.key, s.val = k, v
}

func (t *table[V]) len() int { return t.n }

// keys returns the keys in increasing order.
func (t *table[V]) keys() []uint64 {
	keys := make([]uint64, 0, t.n)
	if t.hasZero {
		keys = append(keys, 0)
	}
	for _, s := range t.slots {
		if s.key != 0 {
			keys = append(keys, s.key)
		}
	}
	slices.Sort(keys)
	return keys
}
