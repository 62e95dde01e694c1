package syntax

import (
	"slices"
	"testing"
)

func TestTable(t *testing.T) {
	tests := []struct {
		name string
		keys []uint64
	}{
		{"empty", nil},
		{"zero key", []uint64{0, 7}},
		{"same first slot", []uint64{1 << 63, 1<<63 | 1, 1<<63 | 2, 1<<63 | 3}},
		{"wraps around", []uint64{^uint64(0), ^uint64(0) - 1, ^uint64(0) - 2}},
		{"grows", func() []uint64 {
			var ks []uint64
			for i := range uint64(1000) {
				ks = append(ks, mix(i+1))
			}
			return ks
		}()},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tb := newTable[int](0)
			for i, k := range tc.keys {
				tb.set(k, i)
				tb.set(k, i+1) // overwrite
			}
			if tb.len() != len(tc.keys) {
				t.Errorf("len = %d, want %d", tb.len(), len(tc.keys))
			}
			for i, k := range tc.keys {
				if v, ok := tb.get(k); !ok || v != i+1 {
					t.Errorf("get(%#x) = %d, %v, want %d", k, v, ok, i+1)
				}
			}
			if _, ok := tb.get(12345); ok {
				t.Error("found a key never set")
			}
			if got, want := tb.keys(), slices.Sorted(slices.Values(tc.keys)); !slices.Equal(got, want) {
				t.Errorf("keys = %v, want %v", got, want)
			}
		})
	}
}
