package eval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"sitrep/internal/article"
	"sitrep/internal/pipeline"
	"sitrep/internal/report"
)

// Reader is what evaluation needs of the pipeline.
type Reader interface {
	Read(ctx context.Context, a *article.Article, opt pipeline.Options) (*report.Document, error)
}

// Case is one article with its expectation file.
type Case struct {
	Name      string
	Article   string // path of the article
	Expect    string // path of the expectation file
	Published time.Time
}

// Result is the score of one case.
type Result struct {
	Name   string  `json:"name"`
	Checks []Check `json:"-"`
	Passed int     `json:"passed"`
	Total  int     `json:"total"`
}

// Summary aggregates results by check kind.
type Summary struct {
	Task    string           `json:"task"`
	Dataset string           `json:"dataset"`
	Passed  int              `json:"passed"`
	Total   int              `json:"total"`
	Score   float64          `json:"score"`
	ByKind  map[string]Ratio `json:"by_kind"`
	Cases   []Result         `json:"cases"`
}

// Ratio is passed of total.
type Ratio struct {
	Passed int     `json:"passed"`
	Total  int     `json:"total"`
	Score  float64 `json:"score"`
}

// ExampleCases lists the articles of dir that have an .expect.json file.
func ExampleCases(dir string) ([]Case, error) {
	exps, err := filepath.Glob(filepath.Join(dir, "*.expect.json"))
	if err != nil {
		return nil, fmt.Errorf("list examples: %w", err)
	}
	var out []Case
	for _, e := range exps {
		base := strings.TrimSuffix(e, ".expect.json")
		for _, ext := range []string{".txt", ".html"} {
			if _, err := os.Stat(base + ext); err == nil {
				out = append(out, Case{Name: filepath.Base(base), Article: base + ext, Expect: e})
				break
			}
		}
	}
	slices.SortFunc(out, func(a, b Case) int { return strings.Compare(a.Name, b.Name) })
	return out, nil
}

// RunCases reads and scores every case.
func RunCases(ctx context.Context, r Reader, task, dataset string, cases []Case) (*Summary, error) {
	s := &Summary{Task: task, Dataset: dataset, ByKind: map[string]Ratio{}}
	for _, c := range cases {
		res, err := runCase(ctx, r, c)
		if err != nil {
			return nil, err
		}
		s.Cases = append(s.Cases, res)
		for _, ch := range res.Checks {
			k := s.ByKind[ch.Kind]
			k.Total++
			if ch.OK {
				k.Passed++
			}
			s.ByKind[ch.Kind] = k
		}
		s.Passed += res.Passed
		s.Total += res.Total
	}
	for k, v := range s.ByKind {
		v.Score = ratio(v.Passed, v.Total)
		s.ByKind[k] = v
	}
	s.Score = ratio(s.Passed, s.Total)
	return s, nil
}

func runCase(ctx context.Context, r Reader, c Case) (Result, error) {
	exp, err := LoadExpect(c.Expect)
	if err != nil {
		return Result{}, err
	}
	a, err := article.Open(ctx, c.Article, nil, article.Options{})
	if err != nil {
		return Result{}, fmt.Errorf("eval %s: %w", c.Name, err)
	}
	doc, err := r.Read(ctx, a, pipeline.Options{Published: c.Published})
	if err != nil {
		return Result{}, fmt.Errorf("eval %s: %w", c.Name, err)
	}
	res := Result{Name: c.Name, Checks: Score(doc, exp)}
	for _, ch := range res.Checks {
		res.Total++
		if ch.OK {
			res.Passed++
		}
	}
	return res, nil
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(int(float64(a)/float64(b)*10000+0.5)) / 10000
}
