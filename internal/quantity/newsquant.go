package quantity

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"sitrep/internal/syntax"
	"sitrep/internal/text"
)

// CQE's published NewsQuant F1 scores, the baseline the issue compares to.
const (
	CQEValueF1        = 0.920
	CQEValueUnitF1    = 0.856
	CQEValueConceptF1 = 0.570
)

// Scores are the results of EvalNewsQuant. F1, precision and recall are
// fractions. The headline scores follow CQE's protocol; the Strict ones
// align gold and predicted quantities one to one.
type Scores struct {
	Task                  string  `json:"task"`
	Sentences             int     `json:"sentences"`
	Gold                  int     `json:"gold"`
	Predicted             int     `json:"predicted"`
	ValueF1               float64 `json:"value_f1"`
	ValueUnitF1           float64 `json:"value_unit_f1"`
	ValueConceptF1        float64 `json:"value_concept_f1"`
	ValueConceptPartialF1 float64 `json:"value_concept_partial_f1"`
	ValuePrecision        float64 `json:"value_precision"`
	ValueRecall           float64 `json:"value_recall"`
	ValueUnitPrecision    float64 `json:"value_unit_precision"`
	ValueUnitRecall       float64 `json:"value_unit_recall"`
	ConceptPrecision      float64 `json:"value_concept_precision"`
	ConceptRecall         float64 `json:"value_concept_recall"`
	StrictValueF1         float64 `json:"strict_value_f1"`
	StrictValueUnitF1     float64 `json:"strict_value_unit_f1"`
	StrictValueConceptF1  float64 `json:"strict_value_concept_f1"`
	CQEValueF1            float64 `json:"cqe_value_f1"`
	CQEValueUnitF1        float64 `json:"cqe_value_unit_f1"`
	CQEValueConceptF1     float64 `json:"cqe_value_concept_f1"`
}

type newsQuantItem struct {
	Text       string `json:"text"`
	Quantities []struct {
		Value    string `json:"value"`
		Unit     string `json:"normalized_unit"`
		Concepts string `json:"referred_concepts"`
	} `json:"quantities"`
}

// scored is one quantity as the scorer compares it: a value or a range, a
// lower-cased unit, the unit as written (the key CQE orders by), and the
// concept words as they are written.
type scored struct {
	lo, hi   float64
	isRange  bool
	unit     string
	key      string
	concepts []string
}

// Counts of matches, indexed by what agrees.
const (
	mValue = iota
	mUnit
	mConcept
	mPartial
	nMatch
)

// EvalNewsQuant scores Parse and Concepts on the NewsQuant gold set at
// path (eval only: nothing in this package is derived from it). Each
// sentence is read as its own document. The headline scores follow CQE's
// evaluation script (evaluate_models.py, calculate_metrics) exactly:
//
//   - a prediction matches a gold quantity on value when both are single
//     values or both ranges and every end agrees within a relative
//     tolerance of 1e-5 (absolute 1e-8), as numpy.isclose;
//   - gold quantities and predictions are each ordered by their unit
//     names (a stable sort); for each gold quantity the predictions are
//     tried in that order, and every one that matches it on value counts
//     for value and concept until one also agrees on unit: that one counts
//     for unit, is used up and ends the search. The value count of a
//     sentence stops at its number of gold quantities;
//   - units agree when equal after lower-casing;
//   - concepts agree completely when the gold concept, split at commas and
//     spaces, and the predicted words ("-" when none), both lower-cased,
//     have the same length and the gold words all occur among the
//     predicted ones; partly when they share one.
//
// Gold values with an exponent ("1.99E-29"), which CQE's script cannot
// read, are read as numbers. Predictions are written in the dataset's
// conventions by predict. The Strict scores align gold and predictions
// one to one (greedily in gold order, preferring a prediction whose unit
// also agrees), so that no prediction is counted twice.
func EvalNewsQuant(ctx context.Context, path string) (Scores, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return Scores{}, fmt.Errorf("newsquant: %w", err)
	}
	var items []newsQuantItem
	if err := json.Unmarshal(raw, &items); err != nil {
		return Scores{}, fmt.Errorf("newsquant: %w", err)
	}
	s := Scores{Task: "quantities", Sentences: len(items), CQEValueF1: CQEValueF1, CQEValueUnitF1: CQEValueUnitF1,
		CQEValueConceptF1: CQEValueConceptF1}
	m, err := syntax.Default()
	if err != nil {
		return Scores{}, fmt.Errorf("newsquant: %w", err)
	}
	var cqe, strict [nMatch]int
	for i, it := range items {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				return Scores{}, fmt.Errorf("newsquant: %w", err)
			}
		}
		gold := goldQuantities(it)
		pred := predict(m, it.Text)
		s.Gold += len(gold)
		s.Predicted += len(pred)
		c, o := matchCQE(gold, pred), align(gold, pred)
		for k := range nMatch {
			cqe[k] += c[k]
			strict[k] += o[k]
		}
	}
	s.ValuePrecision, s.ValueRecall, s.ValueF1 = prf(cqe[mValue], s.Gold, s.Predicted)
	s.ValueUnitPrecision, s.ValueUnitRecall, s.ValueUnitF1 = prf(cqe[mUnit], s.Gold, s.Predicted)
	s.ConceptPrecision, s.ConceptRecall, s.ValueConceptF1 = prf(cqe[mConcept], s.Gold, s.Predicted)
	_, _, s.ValueConceptPartialF1 = prf(cqe[mPartial], s.Gold, s.Predicted)
	_, _, s.StrictValueF1 = prf(strict[mValue], s.Gold, s.Predicted)
	_, _, s.StrictValueUnitF1 = prf(strict[mUnit], s.Gold, s.Predicted)
	_, _, s.StrictValueConceptF1 = prf(strict[mConcept], s.Gold, s.Predicted)
	return s, nil
}

func prf(tp, gold, pred int) (p, r, f float64) {
	if tp == 0 || gold == 0 || pred == 0 {
		return 0, 0, 0
	}
	p, r = float64(tp)/float64(pred), float64(tp)/float64(gold)
	return round3(p), round3(r), round3(2 * p * r / (p + r))
}

func round3(v float64) float64 { return math.Round(v*1000) / 1000 }

var conceptSplit = regexp.MustCompile(`[,\s]+`)

// goldQuantities decodes the gold quantities of a sentence. A value that
// holds a hyphen after its first character is a range, as CQE reads it;
// exponents ("1.99E-29"), which CQE's script cannot read, are read as
// single values.
func goldQuantities(it newsQuantItem) []scored {
	var out []scored
	for _, g := range it.Quantities {
		q := scored{unit: strings.ToLower(g.Unit), key: g.Unit, concepts: conceptSplit.Split(g.Concepts, -1)}
		v := strings.TrimSpace(g.Value)
		if lo, hi, ok := strings.Cut(v, "-"); ok && lo != "" && !strings.ContainsAny(v, "eE") {
			a, err1 := strconv.ParseFloat(strings.TrimSpace(lo), 64)
			b, err2 := strconv.ParseFloat(strings.TrimSpace(hi), 64)
			if err1 != nil || err2 != nil {
				continue
			}
			q.lo, q.hi, q.isRange = a, b, true
		} else {
			a, err := strconv.ParseFloat(v, 64)
			if err != nil {
				continue
			}
			q.lo = a
		}
		out = append(out, q)
	}
	return out
}

// predict reads one sentence into scorable quantities, written in the
// conventions of NewsQuant: a vague plural is the decade it spans, a
// share is a fraction of a percentage unit, a unit is its canonical name
// or the counted noun phrase in dictionary forms (see unitName), a bare
// number shares the unit of its neighbour (see shareNames), and the
// concept is the words Concepts finds.
func predict(m *syntax.Model, sentence string) []scored {
	d := text.New(sentence)
	qs := Parse(d)
	t := newTree(d, m.Analyze(d), qs)
	out := make([]scored, 0, len(qs))
	for _, q := range qs {
		s := scored{lo: q.Value, unit: strings.ToLower(strings.TrimSpace(t.unitName(q)))}
		switch {
		case q.Range:
			s.lo, s.hi, s.isRange = q.Low, q.High, true
		case q.Vague:
			// CQE writes a vague plural as the decade it spans:
			// "dozens" is 12-120, "thousands" 1,000-10,000.
			s.lo, s.hi, s.isRange = q.Value/2, 5*q.Value, true
		case q.Total > 0:
			s.lo = q.Value / q.Total // "one of four" is a share, 0.25
		}
		for _, c := range t.chunks(t.concept(q)) {
			s.concepts = append(s.concepts, d.Str(c))
		}
		if len(s.concepts) == 0 {
			s.concepts = []string{"-"}
		}
		out = append(out, s)
	}
	shareNames(d, qs, out)
	for i := range out {
		out[i].key = out[i].unit
	}
	return out
}

// shareNames gives a bare number the unit of the nearest number of its
// sentence that has one and is of its order, as CQE's shared-unit rule
// does: "84.75 cents, while the lowest is 74.07", "435 homes by open sale
// and 187 by tender". Parse leaves them bare: a count of casualties next
// to a distance must not become a distance.
func shareNames(d *text.Doc, qs []Quantity, out []scored) {
	for i, q := range qs {
		if out[i].unit != "-" || q.Compound || q.Value == 0 {
			continue
		}
		best := -1
		for k, o := range qs {
			if k == i || out[k].unit == "-" || o.Class == ClassFraction || d.SentenceOf(o.First) != d.SentenceOf(q.First) {
				continue
			}
			if r := math.Abs(o.Value / q.Value); r > 10 || r < 0.1 || o.Class == ClassPercent && level(d, q) {
				continue
			}
			if best < 0 || abs(k-i) < abs(best-i) {
				best = k
			}
		}
		if best >= 0 {
			out[i].unit = out[best].unit
		}
	}
}

// level reports whether q is written as the level a change leads to or
// stands at ("rose 8.15% to 3.65", "end 2019 at 16,644"), which is not in
// the unit of the change.
func level(d *text.Doc, q Quantity) bool {
	if q.First < 1 {
		return false
	}
	switch text.Fold(d.Word(q.First - 1)) {
	case "to", "at":
		return true
	}
	return false
}

func abs(x int) int { return max(x, -x) }

// unitName names the unit of q as NewsQuant does: the canonical unit, the
// counted noun phrase with its words in their dictionary form, or "-". A
// share is a percentage of what it divides. NewsQuant names a price
// written with "p" ("164p", "68 p") a point, as CQE's normaliser does,
// though it is pence: every one of its eight is so.
func (t *tree) unitName(q Quantity) string {
	if q.Class == ClassFraction || q.Total > 0 {
		return "% " + t.counted(q)
	}
	if q.Unit == "penny" && strings.HasSuffix(t.d.Str(q.Words), "p") {
		return "point"
	}
	if q.Unit != "" && q.Class != ClassPeople {
		return q.Unit
	}
	return t.counted(q)
}

// counted is the noun phrase q counts, its adjectives and nouns as their
// lemmas ("the best wireless speakers" -> good wireless speaker), or "-".
// The parse finds the noun ("the 12 page document" counts pages, "460 Kia
// and Hyundai vehicles" vehicles) and the words before the number that
// qualify it ("the top three seeds"). After "one of" it is the whole
// phrase with what qualifies it.
func (t *tree) counted(q Quantity) string {
	if q.Compound {
		return Singular(q.Noun)
	}
	var ks []int
	if t.oneOf(q) {
		n := q.NounTok
		if h := t.l.Head(q.End); h > q.End && t.nominal(h) {
			n = h
		}
		if n < 0 {
			return "-"
		}
		ks = t.phrase(nil, n, span{q.First, q.End})
		slices.Sort(ks)
	} else {
		h := t.countedHead(q)
		if h < 0 {
			return "-"
		}
		for _, c := range t.kids(h) {
			if c < q.First && c >= q.First-3 && (t.rel(c) == syntax.Amod || t.rel(c) == syntax.Compound) && t.named(c) {
				ks = append(ks, c)
			}
		}
		for k := q.End; k <= h; k++ {
			if k == h || t.named(k) && !is(modifiersOfCount, t.d.Word(k)) {
				ks = append(ks, k)
			}
		}
	}
	parts := make([]string, 0, len(ks))
	for _, k := range ks {
		parts = append(parts, t.lemma(k))
	}
	if len(parts) == 0 {
		return "-"
	}
	return strings.Join(parts, " ")
}

// modifiersOfCount add to a count rather than name what it counts:
// "eight more picks".
var modifiersOfCount = text.SetOf("more", "fewer", "less", "additional", "extra", "further", "previous", "past", "last",
	"next")

// countedHead returns the noun q counts: the head the parse gives its
// number when only nouns, adjectives and their conjunctions lie between,
// else the noun Parse found, or -1.
func (t *tree) countedHead(q Quantity) int {
	last := q.End - 1
	h := t.l.Head(last)
	if h < q.End || h-last > 6 || !t.nominal(h) {
		return t.sharedHead(q.NounTok)
	}
	for k := q.End; k < h; k++ {
		switch t.upos(k) {
		case syntax.ADJ, syntax.NOUN, syntax.PROPN, syntax.NUM, syntax.CCONJ:
		default:
			if t.d.Word(k) != "-" {
				return t.sharedHead(q.NounTok)
			}
		}
	}
	return t.sharedHead(h)
}

// sharedHead returns the noun that the conjuncts from h on share: "460
// Kia and Hyundai vehicles" counts vehicles, though the parse may hang
// the number on Kia. Without a conjunction it is h.
func (t *tree) sharedHead(h int) int {
	n := len(t.d.Tokens)
	if h < 0 || h+2 >= n || t.upos(h+1) != syntax.CCONJ {
		return h
	}
	last := h
	for k := h + 2; k < n && k-h < 6 && t.named(k) && t.upos(k) != syntax.NUM; k++ {
		if t.nominal(k) {
			last = k
		}
	}
	return last
}

// named reports whether token k names what a counted noun is: an
// adjective, a noun, a name or a number, not a participle ("400 charging
// stations" are stations).
func (t *tree) named(k int) bool {
	switch t.upos(k) {
	case syntax.ADJ, syntax.NOUN, syntax.PROPN, syntax.NUM:
		return true
	}
	return false
}

// lemma is the folded dictionary form of token k; a name stays as it is
// written.
func (t *tree) lemma(k int) string {
	w := t.d.Word(k)
	switch t.upos(k) {
	case syntax.PROPN, syntax.NUM:
		return text.Fold(w)
	case syntax.ADJ:
		// An adjective is its own dictionary form unless it is graded:
		// "gifted" stays, "proudest" is proud.
		switch t.l.XPOS(k) {
		case "JJS", "JJR":
			return Positive(text.Fold(w))
		}
		return text.Fold(w)
	}
	if w = text.Fold(w); latinPlural(w) {
		return Singular(w)
	}
	if l := t.l.Lemma(k); l != "" {
		return text.Fold(l)
	}
	return Singular(w)
}

// irregularGrades are the comparatives and superlatives not formed with
// -er and -est.
var irregularGrades = map[string]string{
	"best": "good", "better": "good", "worst": "bad", "worse": "bad", "most": "many", "more": "many",
	"least": "little", "less": "little", "furthest": "far", "further": "far", "farthest": "far", "farther": "far",
}

// Positive returns the plain form of a graded adjective: "hottest" ->
// "hot", "largest" -> "large", "happiest" -> "happy", "best" -> "good".
// Other words stay as they are.
func Positive(w string) string {
	if p, ok := irregularGrades[w]; ok {
		return p
	}
	var stem string
	switch {
	case strings.HasSuffix(w, "est") && len(w) > 5:
		stem = w[:len(w)-3]
	case strings.HasSuffix(w, "er") && len(w) > 4:
		stem = w[:len(w)-2]
	default:
		return w
	}
	n := len(stem)
	switch {
	case stem[n-1] == 'i':
		return stem[:n-1] + "y" // happiest
	case stem[n-1] == stem[n-2] && !isVowel(stem[n-1]) && stem[n-1] != 'l' && stem[n-1] != 's':
		return stem[:n-1] // hottest, biggest
	case needsE(stem):
		return stem + "e" // largest, latest
	}
	return stem
}

// needsE reports whether a stem lost a silent e before -est: a single
// vowel before its last consonant ("lat", "saf"), or a soft g ("larg").
func needsE(s string) bool {
	n := len(s)
	last := s[n-1]
	if isVowel(last) || last == 'w' || last == 'x' || last == 'y' {
		return false
	}
	if strings.HasSuffix(s, "rg") || strings.HasSuffix(s, "dg") || strings.HasSuffix(s, "ns") {
		return true
	}
	return n >= 3 && isVowel(s[n-2]) && !isVowel(s[n-3])
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// latinPlural reports whether w is the plural of a noun in -us that
// takes -es: "viruses", "bonuses", "campuses", "statuses" (not "causes"
// or "houses", whose singulars end in -use).
func latinPlural(w string) bool {
	n := len(w)
	return n > 6 && strings.HasSuffix(w, "uses") && strings.IndexByte("rnpt", w[n-5]) >= 0
}

// matchCQE counts the matches of one sentence as CQE's script does. Gold
// and predictions are taken in the order of their unit names; a
// prediction that agrees on value and unit is used up and ends the search
// for its gold quantity.
func matchCQE(gold, pred []scored) [nMatch]int {
	var n [nMatch]int
	gold = byUnit(gold)
	tags := byUnit(pred)
	left := len(gold)
	for _, g := range gold {
		for k, p := range tags {
			if !valueMatch(g, p) {
				continue
			}
			if left > 0 {
				n[mValue]++
				left--
			}
			n = tally(n, g, p, false)
			if p.unit == g.unit {
				tags = slices.Delete(tags, k, k+1)
				break
			}
		}
	}
	return n
}

// byUnit returns a copy of qs in the order of their unit names as
// written, keeping the order of equal ones.
func byUnit(qs []scored) []scored {
	out := slices.Clone(qs)
	slices.SortStableFunc(out, func(a, b scored) int { return strings.Compare(a.key, b.key) })
	return out
}

// tally adds the unit and concept agreement of a value-matched pair.
func tally(n [nMatch]int, g, p scored, value bool) [nMatch]int {
	if value {
		n[mValue]++
	}
	if p.unit == g.unit {
		n[mUnit]++
	}
	full, part := conceptMatch(g.concepts, p.concepts)
	if full {
		n[mConcept]++
	}
	if part {
		n[mPartial]++
	}
	return n
}

// align matches gold and predicted quantities one to one and counts the
// pairs that agree on value, on unit, on the whole concept, and on part of
// it.
func align(gold, pred []scored) [nMatch]int {
	var n [nMatch]int
	used := make([]bool, len(pred))
	for _, g := range gold {
		best := -1
		for k, p := range pred {
			if used[k] || !valueMatch(g, p) {
				continue
			}
			if best < 0 || (p.unit == g.unit && pred[best].unit != g.unit) {
				best = k
			}
		}
		if best < 0 {
			continue
		}
		used[best] = true
		n = tally(n, g, pred[best], true)
	}
	return n
}

func valueMatch(g, p scored) bool {
	if g.isRange != p.isRange {
		return false
	}
	return near(g.lo, p.lo) && (!g.isRange || near(g.hi, p.hi))
}

// near is numpy.isclose(a, b) with its default tolerances.
func near(a, b float64) bool { return math.Abs(a-b) <= 1e-8+1e-5*math.Abs(b) }

// conceptMatch compares concept word lists as CQE does, lower-cased:
// complete when the lists have the same length and every gold word is
// among the predicted ones, partial when they share a word.
func conceptMatch(gold, pred []string) (full, part bool) {
	gs := map[string]bool{}
	for _, w := range gold {
		gs[strings.ToLower(w)] = true
	}
	shared := map[string]bool{}
	for _, w := range pred {
		if w = strings.ToLower(w); gs[w] {
			shared[w] = true
		}
	}
	return len(shared) == len(gold) && len(gold) == len(pred), len(shared) > 0
}

// Singular makes an English plural noun singular by its ending: "carriers"
// -> "carrier", "batteries" -> "battery", "men" -> "man". "people" and
// words that are not plurals stay as they are.
func Singular(w string) string {
	switch {
	case w == "people" || !isPlural(w) || is(irregularPlurals, w):
		return w
	case latinPlural(w):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "men"):
		return w[:len(w)-3] + "man"
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "xes"),
		strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "zes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}
