package eval

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"sitrep/internal/article"
	"sitrep/internal/pipeline"
	"sitrep/internal/report"
)

// GoldQuote is one hand-annotated quote of testdata/quotes/*.gold.json.
// Text is the exact quoted words (direct) or reported clause (indirect);
// Occurrence picks among repeated strings; Continues holds the words of a
// quotation that goes on in the next paragraph.
type GoldQuote struct {
	Text           string `json:"text"`
	Occurrence     int    `json:"occurrence"`
	Continues      string `json:"continues"`
	Direct         bool   `json:"direct"`
	Speaker        string `json:"speaker"`
	SpeakerSurface string `json:"speaker_surface"`
	Anonymous      bool   `json:"anonymous"`
	Cue            string `json:"cue"`
	Stance         string `json:"stance"`
	Audience       string `json:"audience"`
}

// Detection counts how many gold items a gold set has and how many the
// reading found, matched one to one by span overlap.
type Detection struct {
	Task      string  `json:"task"`
	Dataset   string  `json:"dataset"`
	Articles  int     `json:"articles"`
	Gold      int     `json:"gold"`
	Predicted int     `json:"predicted"`
	Matched   int     `json:"matched"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// finish computes precision, recall and F1 from the counts.
func (d *Detection) finish() {
	d.Precision, d.Recall = ratio(d.Matched, d.Predicted), ratio(d.Matched, d.Gold)
	d.F1 = f1(d.Precision, d.Recall)
}

// QuoteScores is the score of quote extraction on a gold set: detection
// by span overlap, then speaker and stance accuracy over the matched
// quotes.
type QuoteScores struct {
	Detection
	SpeakerAccuracy float64  `json:"speaker_accuracy"`
	StanceAccuracy  float64  `json:"stance_accuracy"`
	Misses          []string `json:"-"`
}

// RunQuotes scores quote extraction on the gold set in dir.
func RunQuotes(ctx context.Context, r Reader, dir string) (*QuoteScores, error) {
	golds, err := goldFiles(dir)
	if err != nil {
		return nil, err
	}
	s := &QuoteScores{Detection: Detection{Task: "quotes", Dataset: filepath.Base(dir)}}
	speakers, stances := 0, 0
	for _, g := range golds {
		name := strings.TrimSuffix(filepath.Base(g), ".gold.json")
		doc, file, err := readGold[struct {
			Quotes []GoldQuote `json:"quotes"`
		}](ctx, r, g, strings.TrimSuffix(g, ".gold.json")+".txt")
		if err != nil {
			return nil, err
		}
		gold := file.Quotes
		s.Articles++
		s.Gold += len(gold)
		s.Predicted += len(doc.Quotes)
		used := make([]bool, len(doc.Quotes))
		for _, gq := range gold {
			span, ok := goldSpan(doc.Text, gq)
			if !ok {
				return nil, fmt.Errorf("eval quotes: %s: %q not in the article", name, gq.Text)
			}
			i := bestOverlap(len(doc.Quotes), func(i int) report.Span { return doc.Quotes[i].Text.Span }, used, span)
			if i < 0 {
				s.Misses = append(s.Misses, fmt.Sprintf("%s: missed %q (%s)", name, clip(gq.Text), gq.Speaker))
				continue
			}
			used[i] = true
			s.Matched++
			q := doc.Quotes[i]
			if SpeakerMatch(doc, q, gq.Speaker, gq.SpeakerSurface) {
				speakers++
			} else {
				s.Misses = append(s.Misses, fmt.Sprintf("%s: speaker of %q is %q, want %q", name, clip(gq.Text), q.SpeakerName, gq.Speaker))
			}
			if q.Stance == gq.Stance {
				stances++
			} else {
				s.Misses = append(s.Misses, fmt.Sprintf("%s: stance of %q is %s, want %s", name, clip(gq.Text), q.Stance, gq.Stance))
			}
		}
		for i, q := range doc.Quotes {
			if !used[i] {
				s.Misses = append(s.Misses, fmt.Sprintf("%s: extra %q (%s)", name, clip(q.Text.Text), q.SpeakerName))
			}
		}
	}
	s.finish()
	s.SpeakerAccuracy, s.StanceAccuracy = ratio(speakers, s.Matched), ratio(stances, s.Matched)
	return s, nil
}

// readGold reads a gold file's items under key and the pipeline's report
// of the article beside it.
func readGold[T any](ctx context.Context, r Reader, goldPath, textPath string) (*report.Document, T, error) {
	var g T
	b, err := os.ReadFile(goldPath)
	if err != nil {
		return nil, g, fmt.Errorf("eval: %w", err)
	}
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, g, fmt.Errorf("eval: %s: %w", goldPath, err)
	}
	a, err := article.Open(ctx, textPath, nil, article.Options{})
	if err != nil {
		return nil, g, fmt.Errorf("eval: %w", err)
	}
	doc, err := r.Read(ctx, a, pipeline.Options{})
	if err != nil {
		return nil, g, fmt.Errorf("eval: %w", err)
	}
	return doc, g, nil
}

// goldFiles lists the *.gold.json files of dir, sorted.
func goldFiles(dir string) ([]string, error) {
	golds, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil || len(golds) == 0 {
		return nil, fmt.Errorf("eval: no *.gold.json in %s", dir)
	}
	slices.Sort(golds)
	return golds, nil
}

// f1 returns the harmonic mean of p and r, rounded as ratio rounds.
func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return float64(int(2*p*r/(p+r)*10000+0.5)) / 10000
}

// goldSpan locates a gold quote in the text.
func goldSpan(doc string, g GoldQuote) (report.Span, bool) {
	n := max(g.Occurrence, 1)
	from := 0
	start := -1
	for ; n > 0; n-- {
		i := strings.Index(doc[from:], g.Text)
		if i < 0 {
			return report.Span{}, false
		}
		start = from + i
		from = start + 1
	}
	end := start + len(g.Text)
	if g.Continues != "" {
		if i := strings.Index(doc[end:], g.Continues); i >= 0 {
			end += i + len(g.Continues)
		}
	}
	return report.Span{Start: start, End: end}, true
}

// bestOverlap returns the unused one of n predicted items, whose spans
// span gives, that overlaps sp most, or -1.
func bestOverlap(n int, span func(int) report.Span, used []bool, sp report.Span) int {
	best, bestN := -1, 0
	for i := range n {
		s := span(i)
		if o := min(s.End, sp.End) - max(s.Start, sp.Start); !used[i] && o > bestN {
			best, bestN = i, o
		}
	}
	return best
}

func clip(s string) string {
	if r := []rune(s); len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}
