package signal

import (
	"context"
	"encoding/json"
	"testing"
)

// TestEvalSpin holds the detector to the targets of the labelled set on
// the held-out split: F1 at least 0.90 and no more than 2% of clean
// articles called spun.
func TestEvalSpin(t *testing.T) {
	x := testDetector(t)
	s, err := EvalSpin(context.Background(), x, "testdata/spin")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(s)
	t.Logf("%s", b)
	for _, sc := range []SpinScores{s, *s.Dev} {
		if sc.F1 < 0.90 || sc.FPR > 0.02 {
			t.Errorf("%s split: F1 %.3f, FPR %.3f; want F1 >= 0.90, FPR <= 0.02; misses %v", sc.Split, sc.F1, sc.FPR, sc.Misses)
		}
	}
}
