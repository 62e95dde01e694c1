package quantity

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"regexp"
	"strconv"
	"strings"

	"sitrep/internal/text"
)

// CQE's published NewsQuant F1 scores, the baseline the issue compares to.
const (
	CQEValueF1        = 0.920
	CQEValueUnitF1    = 0.856
	CQEValueConceptF1 = 0.570
)

// Scores are the results of EvalNewsQuant. F1 values are fractions.
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
// normalised unit, and a set of concept words.
type scored struct {
	lo, hi   float64
	isRange  bool
	unit     string
	concepts []string
}

// EvalNewsQuant scores Parse on the NewsQuant gold set at path (eval only:
// nothing in this package is derived from it). Each sentence is read as
// its own document and its quantities are aligned one to one with the
// gold ones, greedily in gold order, on value (relative tolerance 1e-5, a
// range matches a range with the same ends), preferring a candidate whose
// unit also matches. A matched pair then scores:
//
//   - value+unit when the units are equal after folding. Sitrep's unit
//     names follow the dataset's convention (singular, British spelling:
//     "kilometre", "metric ton", "percentage"); a bare count is "-", and a
//     counted noun is its phrase with the head made singular ("eligible
//     pensioners" -> "eligible pensioner"), as the gold writes them.
//   - value+concept when the folded word sets of the referent (see
//     Referent) and of the gold concept, split at commas and spaces, are
//     equal, CQE's complete match; the partial score asks for one shared
//     word.
//
// Unlike CQE's script, a gold quantity is matched at most once and a
// prediction is used at most once, so no score can exceed 1.
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
	var tp [4]int // value, unit, concept, partial concept
	for i, it := range items {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				return Scores{}, fmt.Errorf("newsquant: %w", err)
			}
		}
		gold := goldQuantities(it)
		pred := predict(it.Text)
		s.Gold += len(gold)
		s.Predicted += len(pred)
		m := align(gold, pred)
		for k := range tp {
			tp[k] += m[k]
		}
	}
	s.ValuePrecision, s.ValueRecall, s.ValueF1 = prf(tp[0], s.Gold, s.Predicted)
	_, _, s.ValueUnitF1 = prf(tp[1], s.Gold, s.Predicted)
	_, _, s.ValueConceptF1 = prf(tp[2], s.Gold, s.Predicted)
	_, _, s.ValueConceptPartialF1 = prf(tp[3], s.Gold, s.Predicted)
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

func goldQuantities(it newsQuantItem) []scored {
	var out []scored
	for _, g := range it.Quantities {
		q := scored{unit: text.Fold(g.Unit), concepts: words(g.Concepts)}
		v := strings.TrimSpace(g.Value)
		if lo, hi, ok := strings.Cut(v, "-"); ok && lo != "" && !strings.ContainsAny(v, "eE") {
			a, err1 := strconv.ParseFloat(lo, 64)
			b, err2 := strconv.ParseFloat(hi, 64)
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

func words(s string) []string {
	var out []string
	for _, w := range conceptSplit.Split(text.Fold(s), -1) {
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// predict reads one sentence into scorable quantities.
func predict(sentence string) []scored {
	d := text.New(sentence)
	var out []scored
	for _, q := range Parse(d) {
		s := scored{lo: q.Value, unit: scoredUnit(d, q)}
		if q.Range {
			s.lo, s.hi, s.isRange = q.Low, q.High, true
		}
		for _, k := range Referent(d, q) {
			s.concepts = append(s.concepts, text.Fold(d.Word(k)))
		}
		if len(s.concepts) == 0 {
			s.concepts = []string{"-"}
		}
		out = append(out, s)
	}
	return out
}

// scoredUnit names the unit of q as NewsQuant does: the canonical unit, the
// counted noun phrase with a singular head, or "-".
func scoredUnit(d *text.Doc, q Quantity) string {
	if q.Unit != "" && q.Class != ClassPeople {
		return q.Unit
	}
	if q.Compound {
		return Singular(q.Noun)
	}
	if q.NounTok < 0 {
		return "-"
	}
	var parts []string
	for k := q.NounFirst; k < q.NounTok; k++ {
		if content(d, k) || d.Tokens[k].Kind == text.Number {
			parts = append(parts, text.Fold(d.Word(k)))
		}
	}
	return strings.Join(append(parts, Singular(text.Fold(d.Word(q.NounTok)))), " ")
}

// align matches gold and predicted quantities one to one and counts the
// pairs that agree on value, on unit, on the whole concept, and on part of
// it.
func align(gold, pred []scored) [4]int {
	var n [4]int
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
		p := pred[best]
		n[0]++
		if p.unit == g.unit {
			n[1]++
		}
		full, part := conceptMatch(g.concepts, p.concepts)
		if full {
			n[2]++
		}
		if part {
			n[3]++
		}
	}
	return n
}

func valueMatch(g, p scored) bool {
	if g.isRange != p.isRange {
		return false
	}
	return near(g.lo, p.lo) && (!g.isRange || near(g.hi, p.hi))
}

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-8+1e-5*math.Abs(b) }

func conceptMatch(gold, pred []string) (full, part bool) {
	gs, ps := map[string]bool{}, map[string]bool{}
	for _, w := range gold {
		gs[w] = true
	}
	shared := 0
	for _, w := range pred {
		if !ps[w] {
			ps[w] = true
			if gs[w] {
				shared++
			}
		}
	}
	return shared == len(gs) && len(gs) == len(ps), shared > 0
}

// Singular makes an English plural noun singular by its ending: "carriers"
// -> "carrier", "batteries" -> "battery", "men" -> "man". "people" and
// words that are not plurals stay as they are.
func Singular(w string) string {
	switch {
	case w == "people" || !isPlural(w) || is(irregularPlurals, w):
		return w
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
