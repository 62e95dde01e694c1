package syntax

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// Hand-written trees: heads by position (1-based, 0 = root, index 0
// unused).
var oracleTrees = []struct {
	name  string
	heads []int32
}{
	{"one word", []int32{-1, 0}},
	{"subject verb object", []int32{-1, 2, 0, 2}},                    // they saw it
	{"the man saw the dog .", []int32{-1, 2, 3, 0, 5, 3, 3}},         // det, nsubj, root, det, obj, punct
	{"left chain", []int32{-1, 4, 4, 4, 0}},                          // three left dependents of the last word
	{"right chain", []int32{-1, 0, 1, 2, 3}},                         // each word heads the next
	{"coordination", []int32{-1, 0, 3, 1, 5, 1, 1}},                  // a and b , c .
	{"relative clause", []int32{-1, 2, 6, 4, 2, 4, 0, 6, 7, 6}},      // nested
	{"root in the middle", []int32{-1, 3, 3, 0, 5, 3, 7, 5, 3}},      // ...
	{"long sentence", []int32{-1, 3, 3, 0, 3, 6, 4, 8, 3, 10, 8, 3}}, // mixed
}

// optimal completes a parse with the best transitions of least cost and
// returns the cost they add (0 for a correct oracle).
func optimal(s *state, gold []int32) int {
	var (
		ok   [numActions]bool
		cost [numActions]int
		zero [numActions]float32
		sum  int
	)
	for !s.terminal() {
		s.legal(&ok)
		s.costs(gold, &ok, &cost)
		a := bestCheapest(zero[:], &ok, &cost)
		sum += cost[a]
		s.apply(a, Dep)
	}
	return sum
}

// loss counts the words without their gold head, before finish: a word
// left without a head is right only if it is the gold root.
func loss(s *state, gold []int32) int {
	n := 0
	for d := 1; d < len(gold); d++ {
		if s.head[d] != gold[d] && !(s.head[d] < 0 && gold[d] == 0) {
			n++
		}
	}
	return n
}

func TestStaticOracleReachesGold(t *testing.T) {
	for _, tc := range oracleTrees {
		t.Run(tc.name, func(t *testing.T) {
			if !projective(tc.heads) {
				t.Fatalf("test tree is not projective")
			}
			var s state
			s.reset(len(tc.heads) - 1)
			if c := optimal(&s, tc.heads); c != 0 {
				t.Errorf("zero-cost path cost %d", c)
			}
			s.finish(func(h, d int32) Rel { return Dep })
			if got := s.head; !slices.Equal(got[1:], tc.heads[1:]) {
				t.Errorf("heads %v, want %v", got[1:], tc.heads[1:])
			}
		})
	}
}

// TestDynamicOracleCostsAreExact takes random transitions, then the best
// ones, and checks that the words left without their gold head number
// exactly the costs paid: the oracle neither hides nor invents losses.
func TestDynamicOracleCostsAreExact(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, tc := range oracleTrees {
		for trial := range 200 {
			var (
				s    state
				ok   [numActions]bool
				cost [numActions]int
				paid int
			)
			s.reset(len(tc.heads) - 1)
			steps := rng.IntN(2 * len(tc.heads))
			for range steps {
				if s.terminal() {
					break
				}
				s.legal(&ok)
				s.costs(tc.heads, &ok, &cost)
				var legal []int
				for a := range numActions {
					if ok[a] {
						legal = append(legal, a)
					}
				}
				a := legal[rng.IntN(len(legal))]
				paid += cost[a]
				s.apply(a, Dep)
			}
			paid += optimal(&s, tc.heads)
			if l := loss(&s, tc.heads); l != paid {
				t.Fatalf("%s trial %d: lost %d arcs, paid %d", tc.name, trial, l, paid)
			}
		}
	}
}

func TestProjectivize(t *testing.T) {
	tests := []struct {
		name  string
		heads []int32
		proj  bool
	}{
		{"projective", []int32{-1, 2, 0, 2}, true},
		{"nested", []int32{-1, 3, 3, 0, 3}, true},
		// 3 → 1 spans word 2, which hangs from the root word 2's side.
		{"arc over its head's head", []int32{-1, 3, 0, 2, 2}, false},
		{"non-projective", []int32{-1, 3, 4, 0, 3, 2}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			heads := slices.Clone(tc.heads)
			if got := projective(heads); got != tc.proj {
				t.Fatalf("projective = %v, want %v", got, tc.proj)
			}
			projectivize(heads)
			if !projective(heads) {
				t.Fatalf("projectivize left %v crossing", heads)
			}
			for d := 1; d < len(heads); d++ {
				if !dominates(tc.heads, heads[d], int32(d)) && heads[d] != 0 {
					t.Errorf("word %d lifted to %d, not an ancestor", d, heads[d])
				}
			}
		})
	}
}

func TestFinishMakesOneRoot(t *testing.T) {
	var s state
	s.reset(4)
	for !s.terminal() {
		s.apply(shift, NoRel) // everything left headless
	}
	s.finish(func(h, d int32) Rel { return Dep })
	roots := 0
	for d := 1; d <= 4; d++ {
		if s.head[d] == 0 {
			roots++
		}
		if s.head[d] < 0 {
			t.Errorf("word %d has no head", d)
		}
	}
	if roots != 1 {
		t.Errorf("%d roots, want 1", roots)
	}
}
