package syntax

// The parser uses the arc-eager transition system (Nivre 2003) over word
// positions 1..n without a root token on the stack: the words left without
// a head at the end are the candidates for the root, so the parser never
// has to pick the root early (Ballesteros and Nivre 2013 found this works
// best for arc-eager). Position 0 stands for the root in heads. A word's
// dependents are tracked as they are attached, for the features.

// Transitions.
const (
	shift = iota
	reduce
	leftArc
	rightArc
	numActions
)

// state is a parser configuration. Slices are indexed by position.
type state struct {
	n      int32
	stack  []int32
	b      int32 // front of the buffer; the buffer is b..n
	head   []int32
	rel    []Rel
	left   [2][]int32 // leftmost and second leftmost dependent, -1 if none
	right  [2][]int32 // rightmost and second rightmost dependent
	nleft  []uint8
	nright []uint8
	lset   []uint64 // bit set of the relations of the left dependents
	rset   []uint64
}

// reset prepares s for a sentence of n words, reusing its memory.
func (s *state) reset(n int) {
	m := n + 1
	s.n, s.b = int32(n), 1
	s.stack = s.stack[:0]
	s.head = fill(s.head, m, -1)
	s.rel = resize(s.rel, m)
	for k := range 2 {
		s.left[k] = fill(s.left[k], m, -1)
		s.right[k] = fill(s.right[k], m, -1)
	}
	s.nleft = resize(s.nleft, m)
	s.nright = resize(s.nright, m)
	s.lset = resize(s.lset, m)
	s.rset = resize(s.rset, m)
}

func resize[T any](x []T, n int) []T {
	if cap(x) < n {
		return make([]T, n)
	}
	x = x[:n]
	clear(x)
	return x
}

func fill(x []int32, n int, v int32) []int32 {
	x = resize(x, n)
	for i := range x {
		x[i] = v
	}
	return x
}

func (s *state) terminal() bool { return s.b > s.n }

// s0 returns the top of the stack, or -1.
func (s *state) s0() int32 {
	if len(s.stack) == 0 {
		return -1
	}
	return s.stack[len(s.stack)-1]
}

// below returns the word k places below the top of the stack, or -1.
func (s *state) below(k int) int32 {
	if len(s.stack) <= k {
		return -1
	}
	return s.stack[len(s.stack)-1-k]
}

// legal sets the transitions allowed in s.
func (s *state) legal(ok *[numActions]bool) {
	*ok = [numActions]bool{}
	if s.terminal() {
		return
	}
	ok[shift] = true
	if s0 := s.s0(); s0 > 0 {
		ok[reduce] = s.head[s0] >= 0
		ok[leftArc] = s.head[s0] < 0
		ok[rightArc] = true
	}
}

// apply performs transition a, with relation r for an arc.
func (s *state) apply(a int, r Rel) {
	switch a {
	case shift:
		s.stack = append(s.stack, s.b)
		s.b++
	case reduce:
		s.stack = s.stack[:len(s.stack)-1]
	case leftArc:
		s.attach(s.b, s.s0(), r)
		s.stack = s.stack[:len(s.stack)-1]
	case rightArc:
		s.attach(s.s0(), s.b, r)
		s.stack = append(s.stack, s.b)
		s.b++
	}
}

// arc returns the head and dependent of the arc that transition a makes
// from s, and false for a transition that makes none.
func (s *state) arc(a int) (h, d int32, ok bool) {
	switch a {
	case leftArc:
		return s.b, s.s0(), true
	case rightArc:
		return s.s0(), s.b, true
	}
	return 0, 0, false
}

func (s *state) attach(h, d int32, r Rel) {
	s.head[d], s.rel[d] = h, r
	if h == 0 {
		return
	}
	if d < h {
		s.nleft[h]++
		s.lset[h] |= 1 << r
		l := s.left[0][h]
		switch {
		case l < 0 || d < l:
			s.left[0][h], s.left[1][h] = d, l
		case s.left[1][h] < 0 || d < s.left[1][h]:
			s.left[1][h] = d
		}
		return
	}
	s.nright[h]++
	s.rset[h] |= 1 << r
	r0 := s.right[0][h]
	switch {
	case d > r0:
		s.right[0][h], s.right[1][h] = d, r0
	case d > s.right[1][h]:
		s.right[1][h] = d
	}
}

// finish attaches the words left without a head when the buffer runs
// out: the first becomes the root and the others its dependents, with
// the relations that label picks.
func (s *state) finish(label func(h, d int32) Rel) {
	root := int32(-1)
	for _, d := range s.stack {
		switch {
		case s.head[d] >= 0:
		case root < 0:
			root = d
			s.attach(0, d, Root)
		default:
			s.attach(root, d, label(root, d))
		}
	}
}

// depth returns the number of arcs from position p up to the root.
func (s *state) depth(p int32) int {
	n := 0
	for p > 0 && n <= int(s.n) {
		p = s.head[p]
		n++
	}
	return n
}

// costs sets the number of gold arcs that each legal transition makes
// unreachable (Goldberg and Nivre 2012's dynamic oracle for arc-eager);
// gold holds the gold head of each position (0 for the root, gold[0]
// unused). A root word stays reachable while it has no head. Transitions
// of least cost keep the best tree still reachable.
func (s *state) costs(gold []int32, ok *[numActions]bool, cost *[numActions]int) {
	*cost = [numActions]int{}
	s0, b := s.s0(), s.b
	if ok[shift] {
		// b can no longer take a head or a dependent from the stack.
		c := s.stackDeps(b, gold)
		if s.onStack(gold[b]) {
			c++
		}
		cost[shift] = c
	}
	if ok[rightArc] {
		c := s.stackDeps(b, gold)
		if g := gold[b]; g != s0 && (g == 0 || g > b || s.onStack(g)) {
			c++
		}
		cost[rightArc] = c
	}
	if ok[leftArc] {
		c := s.bufferDeps(s0, gold, b)
		if g := gold[s0]; g == 0 || g > b {
			c++
		}
		cost[leftArc] = c
	}
	if ok[reduce] {
		cost[reduce] = s.bufferDeps(s0, gold, b)
	}
}

// stackDeps counts the headless stack words whose gold head is b.
func (s *state) stackDeps(b int32, gold []int32) int {
	c := 0
	for _, k := range s.stack {
		if gold[k] == b && s.head[k] < 0 {
			c++
		}
	}
	return c
}

// bufferDeps counts the buffer words from 'from' on whose gold head is h.
func (s *state) bufferDeps(h int32, gold []int32, from int32) int {
	c := 0
	for k := from; k <= s.n; k++ {
		if gold[k] == h {
			c++
		}
	}
	return c
}

func (s *state) onStack(k int32) bool {
	for _, x := range s.stack {
		if x == k {
			return true
		}
	}
	return false
}

// projective reports whether the tree given by heads (1-based positions,
// heads[0] unused, 0 = root) has no crossing arcs.
func projective(heads []int32) bool {
	return nonProjectiveArc(heads) < 0
}

// nonProjectiveArc returns the dependent of the shortest crossing arc, or
// -1. An arc h-d is projective when h dominates every word between them.
func nonProjectiveArc(heads []int32) int32 {
	best, bestLen := int32(-1), int32(1<<30)
	for d := int32(1); d < int32(len(heads)); d++ {
		h := heads[d]
		lo, hi := min(h, d), max(h, d)
		if hi-lo >= bestLen {
			continue
		}
		for k := lo + 1; k < hi; k++ {
			if !dominates(heads, h, k) {
				best, bestLen = d, hi-lo
				break
			}
		}
	}
	return best
}

func dominates(heads []int32, h, k int32) bool {
	for steps := 0; k > 0 && steps < len(heads); steps++ {
		k = heads[k]
		if k == h {
			return true
		}
	}
	return h == 0
}

// projectivize lifts crossing arcs, shortest first, to the head's head
// until the tree is projective, so the arc-eager oracle can reach it.
func projectivize(heads []int32) {
	for range len(heads) * len(heads) {
		d := nonProjectiveArc(heads)
		if d < 0 {
			return
		}
		heads[d] = heads[heads[d]]
	}
}
