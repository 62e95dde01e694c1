package eval

import (
	"context"
	"fmt"
	"math"
	"path/filepath"
	"strings"

	"sitrep/internal/report"
)

// GoldAsset is one hand-annotated force observation of
// testdata/assets/*.gold.json.
type GoldAsset struct {
	Surface     string   `json:"surface"`
	Occurrence  int      `json:"occurrence"`
	Kind        string   `json:"kind"`
	Model       string   `json:"model"`
	Count       *float64 `json:"count"`
	Approximate bool     `json:"approximate"`
	Owner       string   `json:"owner"`
	Status      string   `json:"status"`
	Place       string   `json:"place"`
	Recipient   string   `json:"recipient"`
}

// AssetScores is the score of asset extraction on a gold set: detection by
// span overlap, then the share of matched observations whose kind, count,
// owner, status and place are right (each over the gold items that give
// that field; recipient is scored on the transfers whose gold names one).
type AssetScores struct {
	Detection
	Fields map[string]float64 `json:"fields"`
	Misses []string           `json:"-"`
}

// RunAssets scores asset extraction on the gold set in dir.
func RunAssets(ctx context.Context, r Reader, dir string) (*AssetScores, error) {
	golds, err := goldFiles(dir)
	if err != nil {
		return nil, err
	}
	s := &AssetScores{Detection: Detection{Task: "assets", Dataset: filepath.Base(dir)}, Fields: map[string]float64{}}
	right, total := map[string]int{}, map[string]int{}
	for _, g := range golds {
		name := strings.TrimSuffix(filepath.Base(g), ".gold.json")
		doc, file, err := readGold[struct {
			Assets []GoldAsset `json:"assets"`
		}](ctx, r, g, strings.TrimSuffix(g, ".gold.json")+".txt")
		if err != nil {
			return nil, err
		}
		gold := file.Assets
		s.Articles++
		s.Gold += len(gold)
		s.Predicted += len(doc.Assets)
		used := make([]bool, len(doc.Assets))
		for _, ga := range gold {
			span, ok := goldSpan(doc.Text, GoldQuote{Text: ga.Surface, Occurrence: ga.Occurrence})
			if !ok {
				return nil, fmt.Errorf("eval assets: %s: %q not in the article", name, ga.Surface)
			}
			i := bestOverlap(len(doc.Assets), func(i int) report.Span { return doc.Assets[i].Evidence.Span }, used, span)
			if i < 0 {
				s.Misses = append(s.Misses, fmt.Sprintf("%s: missed %q", name, ga.Surface))
				continue
			}
			used[i] = true
			s.Matched++
			for field, ok := range assetFields(doc, doc.Assets[i], ga) {
				total[field]++
				if ok {
					right[field]++
				} else {
					s.Misses = append(s.Misses, fmt.Sprintf("%s: %s of %q wrong", name, field, ga.Surface))
				}
			}
		}
		for i, a := range doc.Assets {
			if !used[i] {
				s.Misses = append(s.Misses, fmt.Sprintf("%s: extra %q", name, a.Evidence.Text))
			}
		}
	}
	s.finish()
	for f, n := range total {
		s.Fields[f] = ratio(right[f], n)
	}
	return s, nil
}

// assetFields checks each field the gold item gives.
func assetFields(doc *report.Document, a report.Asset, g GoldAsset) map[string]bool {
	out := map[string]bool{}
	if g.Kind != "" {
		out["kind"] = a.Kind == g.Kind
	}
	if g.Count != nil {
		out["count"] = a.Count != nil && math.Abs(*a.Count-*g.Count) < 1e-9 && a.Approximate == g.Approximate
	}
	if g.Owner != "" {
		out["owner"] = ownerCode(doc, a.Owner) == g.Owner
	}
	if g.Status != "" {
		out["status"] = a.Status == g.Status
	}
	if g.Recipient != "" {
		out["recipient"] = ownerCode(doc, a.Recipient) == g.Recipient
	}
	if g.Place != "" {
		out["place"] = assetAt(doc, a.Place, g.Place)
	}
	return out
}
