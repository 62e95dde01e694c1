package syntax

import (
	"fmt"
	"slices"
	"testing"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		in, form, lower, shape string
	}{
		{"Don’t", "Don't", "don't", "Xx'x"},
		{"T-90", "T-90", "t-90", "X-d"},
		{"“Quote”", `"Quote"`, `"quote"`, `"Xx"`},
		{"250,000", "250,000", "250,000", "d,d"},
		{"Ürümqi", "Ürümqi", "ürümqi", "Xx"},
		{"U.S.", "U.S.", "u.s.", "X.X."},
	}
	var sc scratch
	for _, tc := range tests {
		sc.normalize(tc.in)
		if string(sc.form) != tc.form || string(sc.lower) != tc.lower || string(sc.shape) != tc.shape {
			t.Errorf("normalize(%q) = %q %q %q, want %q %q %q", tc.in,
				sc.form, sc.lower, sc.shape, tc.form, tc.lower, tc.shape)
		}
	}
}

func TestWordFlags(t *testing.T) {
	tests := []struct {
		in    string
		first bool
		want  uint64
	}{
		{"Officials", true, flagCap | flagFirst},
		{"NATO", false, flagCap | flagUpper},
		{"T-90", false, flagCap | flagDigit | flagHyphen},
		{"250,000", false, flagDigit | flagNumber},
		{"U.S.", false, flagCap | flagUpper | flagDot},
		{"-", false, 0},
	}
	var sc scratch
	for _, tc := range tests {
		var w word
		sc.setWord(&w, tc.in, tc.first)
		if w.flags != tc.want {
			t.Errorf("flags(%q) = %b, want %b", tc.in, w.flags, tc.want)
		}
	}
}

func TestWordHashes(t *testing.T) {
	var sc scratch
	get := func(s string) word {
		var w word
		sc.setWord(&w, s, false)
		return w
	}
	curly, straight := get("don’t"), get("don't")
	if curly != straight {
		t.Error("curly and straight apostrophes hash differently")
	}
	upper, lower := get("Army"), get("army")
	if upper.lower != lower.lower || upper.form == lower.form {
		t.Error("case: want the same lower-case hash and different forms")
	}
	if get("missiles").suf[2] != get("hassles").suf[2] || get("missiles").suf[3] == get("hassles").suf[3] {
		t.Error("suffixes: want equal 3-byte and different 4-byte endings")
	}
	if get("al-Assad").tail != get("assad").lower || get("Assad").tail != 0 {
		t.Error("tail: want the part after the last hyphen, none without one")
	}
	if get("-").tail != 0 || get("a-").tail != 0 {
		t.Error("tail: an outer hyphen makes no tail")
	}
}

func sentenceWords(words ...string) []word {
	var sc scratch
	ws := make([]word, len(words))
	for i, s := range words {
		sc.setWord(&ws[i], s, i == 0)
	}
	return ws
}

func TestTagFeatures(t *testing.T) {
	ws := sentenceWords("The", "army", "fired", "missiles", ".")
	const bits = 20
	base := tagFeatures(nil, bits, ws, 2, 3, 5)
	if again := tagFeatures(nil, bits, ws, 2, 3, 5); !equalSlots(base, again) {
		t.Fatal("features are not deterministic")
	}
	for _, f := range base {
		if f >= 1<<bits {
			t.Fatalf("slot %d out of range", f)
		}
	}
	// Templates that read the previous class: P1, P1P2, P1W0, P1Suf,
	// P1Wp1 and Amb0P1.
	if d := diffSlots(base, tagFeatures(nil, bits, ws, 2, 4, 5)); d != 6 {
		t.Errorf("changing the previous class changed %d features, want 6", d)
	}
	// The edges use the boundary words and do not panic.
	first, last := tagFeatures(nil, bits, ws, 0, 0, 0), tagFeatures(nil, bits, ws, 4, 1, 1)
	if len(first) != len(base) || len(last) != len(base) {
		t.Errorf("feature counts %d %d %d differ", len(first), len(base), len(last))
	}
	hyphen := sentenceWords("a", "60-member", "team")
	if n := len(tagFeatures(nil, bits, hyphen, 1, 1, 0)); n != len(base)+1 {
		t.Errorf("hyphenated word: %d features, want %d with the tail", n, len(base)+1)
	}
}

func TestParserFeatures(t *testing.T) {
	ws := sentenceWords("The", "army", "fired", "missiles", ".")
	v := sentenceView{words: ws, tags: []uint8{0, 1, 2, 1, 3}}
	v.count([]tagClass{{DET, xp("DT")}, {NOUN, xp("NN")}, {VERB, xp("VBD")}, {PUNCT, xp(".")}})
	var s state
	s.reset(len(ws))
	const bits = 20
	empty := transitionFeatures(nil, bits, &s, &v)
	s.apply(shift, NoRel)
	s.apply(leftArc, Det)
	s.apply(shift, NoRel)
	s.apply(leftArc, Nsubj)
	s.apply(shift, NoRel)
	s.apply(rightArc, Obj)
	mid := transitionFeatures(nil, bits, &s, &v)
	if len(empty) != len(mid) {
		t.Errorf("feature counts %d and %d differ", len(empty), len(mid))
	}
	if diffSlots(empty, mid) == 0 {
		t.Error("different configurations give the same features")
	}
	if s.s0() != 4 || s.head[4] != 3 || s.head[2] != 3 || s.nleft[3] != 1 || s.nright[3] != 1 {
		t.Errorf("state after the transitions: stack %v heads %v", s.stack, s.head)
	}
	if s.lset[3] != 1<<Nsubj || s.rset[3] != 1<<Obj {
		t.Errorf("label sets %b %b", s.lset[3], s.rset[3])
	}
	lf := labelFeatures(nil, bits, &s, &v, 3, 4)
	if again := labelFeatures(nil, bits, &s, &v, 3, 4); !equalSlots(lf, again) {
		t.Error("label features are not deterministic")
	}
	if c, vv := v.between(1, 5); c != 0 || vv != 1 {
		t.Errorf("between(1, 5) = %d commas %d verbs, want 0 and 1", c, vv)
	}
}

// TestTransitionGroups checks that the front, role and rest groups hold
// every transition template once, and that each group's function sets
// exactly the templates of its group.
func TestTransitionGroups(t *testing.T) {
	ws := sentenceWords("The", "army", "fired", "missiles", ".")
	v := sentenceView{words: ws, tags: []uint8{0, 1, 2, 1, 3}}
	v.count([]tagClass{{DET, xp("DT")}, {NOUN, xp("NN")}, {VERB, xp("VBD")}, {PUNCT, xp(".")}})
	var s state
	s.reset(len(ws))
	s.apply(shift, NoRel)
	s.apply(leftArc, Det)
	s.apply(shift, NoRel)
	groups := map[string][]uint8{"front": frontTemplates[:], "rest": restTemplates}
	for r, ts := range roleTemplates {
		groups[fmt.Sprint("role ", r)] = ts
	}
	seen := map[uint8]int{}
	for _, ts := range groups {
		for _, tmpl := range ts {
			seen[tmpl]++
		}
	}
	for tmpl := uint8(1); tmpl <= numTemplates; tmpl++ {
		if seen[tmpl] != 1 {
			t.Errorf("template %d is in %d groups", tmpl, seen[tmpl])
		}
	}
	set := func(fill func(h *featureHashes)) []uint8 {
		var h featureHashes
		fill(&h)
		var ts []uint8
		for tmpl, x := range h {
			if x != 0 {
				ts = append(ts, uint8(tmpl))
			}
		}
		return ts
	}
	c := configOf(&s)
	check := func(name string, got []uint8) {
		want := slices.Sorted(slices.Values(groups[name]))
		if !slices.Equal(got, want) {
			t.Errorf("%s features set templates %v, want %v", name, got, want)
		}
	}
	check("front", set(func(h *featureHashes) { frontFeatures(h, &v, c.n0, s.n) }))
	check("rest", set(func(h *featureHashes) { restFeatures(h, &s, &v, &c) }))
	for r := range numRoles {
		check(fmt.Sprint("role ", r), set(func(h *featureHashes) { roleFeatures(h, &v, r, c.at[roleS0]) }))
	}
}

func xp(tag string) XPOS { return XPOS(xposByName[tag]) }

func equalSlots(a, b []uint32) bool { return len(a) == len(b) && diffSlots(a, b) == 0 }

// diffSlots counts the positions where two feature lists differ.
func diffSlots(a, b []uint32) int {
	n := 0
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			n++
		}
	}
	return n + max(len(a), len(b)) - min(len(a), len(b))
}

func TestLemmaRules(t *testing.T) {
	vbd, nns := xp("VBD"), xp("NNS")
	s := sentence{
		Form:  []string{"walked", "talked", "jumped", "parked", "was", "cities", "ladies", "Paris", "dogs", "cats"},
		Lemma: []string{"walk", "talk", "jump", "park", "be", "city", "lady", "Paris", "dog", "cat"},
		XPOS:  []XPOS{vbd, vbd, vbd, vbd, vbd, nns, nns, xp("NNP"), nns, nns},
	}
	s.UPOS = make([]UPOS, s.Len())
	s.Head = make([]int32, s.Len())
	s.Rel = make([]Rel, s.Len())
	l := trainLemmatizer(prepare([]sentence{s}, []tagClass{{}}))
	tests := []struct {
		form string
		xpos XPOS
		want string
	}{
		{"kicked", vbd, "kick"}, {"Kicked", vbd, "kick"}, {"was", vbd, "be"}, {"babies", nns, "baby"},
		{"Oslo", xp("NNP"), "Oslo"}, {"birds", nns, "bird"},
	}
	var sc scratch
	for _, tc := range tests {
		var w word
		sc.setWord(&w, tc.form, false)
		if got := l.lemma(tc.form, l.code(tc.xpos, &w)); got != tc.want {
			t.Errorf("lemma(%s/%s) = %q, want %q", tc.form, tc.xpos, got, tc.want)
		}
	}
}

// TestLemmaPastPartner checks that a past tense seen in training only as
// a participle takes the participle's lemma, not the rule that another
// word's past tense taught ("sought" makes "fought" "feek").
func TestLemmaPastPartner(t *testing.T) {
	vbd, vbn := xp("VBD"), xp("VBN")
	s := sentence{
		Form:  []string{"sought", "sought", "fought"},
		Lemma: []string{"seek", "seek", "fight"},
		XPOS:  []XPOS{vbd, vbn, vbn},
	}
	s.UPOS = make([]UPOS, s.Len())
	s.Head = make([]int32, s.Len())
	s.Rel = make([]Rel, s.Len())
	l := trainLemmatizer(prepare([]sentence{s}, []tagClass{{}}))
	var sc scratch
	for _, tc := range []struct {
		form string
		xpos XPOS
		want string
	}{{"fought", vbd, "fight"}, {"fought", vbn, "fight"}, {"sought", vbd, "seek"}} {
		var w word
		sc.setWord(&w, tc.form, false)
		if got := l.lemma(tc.form, l.code(tc.xpos, &w)); got != tc.want {
			t.Errorf("lemma(%s/%s) = %q, want %q", tc.form, tc.xpos, got, tc.want)
		}
	}
}
