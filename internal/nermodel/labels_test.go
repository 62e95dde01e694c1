package nermodel

import (
	"reflect"
	"testing"
)

func TestAllowed(t *testing.T) {
	per, loc := typeIndex("PER"), typeIndex("LOC")
	tests := []struct {
		p, y int
		want bool
	}{
		{start, 0, true},
		{start, int(label(per, posB)), true},
		{start, int(label(per, posI)), false},
		{int(label(per, posB)), int(label(per, posI)), true},
		{int(label(per, posB)), int(label(per, posL)), true},
		{int(label(per, posB)), int(label(loc, posL)), false},
		{int(label(per, posB)), 0, false},
		{int(label(per, posL)), int(label(loc, posU)), true},
		{int(label(per, posU)), int(label(per, posI)), false},
		{0, int(label(loc, posL)), false},
	}
	for _, tt := range tests {
		if got := allowed(tt.p, tt.y); got != tt.want {
			t.Errorf("allowed(%d, %d) = %v, want %v", tt.p, tt.y, got, tt.want)
		}
	}
	if canEnd(int(label(per, posB))) || !canEnd(int(label(per, posL))) || !canEnd(0) {
		t.Error("a sentence ends only after O, L or U")
	}
}

func TestEncodeDecode(t *testing.T) {
	ents := []Entity{
		{First: 0, End: 2, Label: "PER"},
		{First: 3, End: 4, Label: "LOC"},
		{First: 5, End: 8, Label: "ORG"},
	}
	labels := make([]uint8, 9)
	encode(ents, labels)
	got := decode(labels, 10, nil)
	want := []Entity{
		{First: 10, End: 12, Label: "PER"},
		{First: 13, End: 14, Label: "LOC"},
		{First: 15, End: 18, Label: "ORG"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("decode(encode) = %v, want %v", got, want)
	}
}

// TestViterbi checks that the best sequence obeys BILOU even where the
// token scores alone prefer an impossible label.
func TestViterbi(t *testing.T) {
	per := typeIndex("PER")
	em := make([]float32, 3*nLabels)
	em[0*nLabels+int(label(per, posI))] = 5 // I-PER first: not allowed
	em[0*nLabels+int(label(per, posB))] = 3
	em[1*nLabels+int(label(per, posL))] = 4
	em[2*nLabels+0] = 1
	var tr transitions
	delta := make([]float32, len(em))
	back := make([]uint8, len(em))
	out := make([]uint8, 3)
	viterbi(em, 3, &tr, delta, back, out)
	want := []uint8{label(per, posB), label(per, posL), 0}
	if !reflect.DeepEqual(out, want) {
		t.Fatalf("viterbi = %v, want %v", out, want)
	}
	beta := make([]float32, len(em))
	marg := make([]float32, 3)
	margins(em, 3, &tr, delta, beta, out, marg)
	for i, m := range marg {
		if m <= 0 {
			t.Errorf("margin of token %d = %v, want > 0 for the best sequence", i, m)
		}
	}
}
