package signal

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"sitrep/internal/text"
)

// SpinScores is the spun-text detector's score on one split of a labelled
// set, at the detector's threshold. Spun texts are the positive class; FPR
// is the share of clean texts called spun.
type SpinScores struct {
	Task      string      `json:"task"`
	Split     string      `json:"split"`
	Files     int         `json:"files"`
	Spun      int         `json:"spun"`
	Clean     int         `json:"clean"`
	Precision float64     `json:"precision"`
	Recall    float64     `json:"recall"`
	F1        float64     `json:"f1"`
	FPR       float64     `json:"fpr"`
	Threshold float64     `json:"threshold"`
	Misses    []string    `json:"misses,omitempty"` // files called wrongly, with their score
	Dev       *SpinScores `json:"dev,omitempty"`    // the calibration split, beside the held-out one
}

// LabelledDoc is one file of the labelled set.
type LabelledDoc struct {
	File  string // relative to the set's folder
	Spun  bool
	Split string // "dev" or "test"
	Text  string
}

// LoadSpinSet reads the labelled set in dir: manifest.tsv lists each file
// with its label (clean or spun) and split (dev or test).
func LoadSpinSet(ctx context.Context, dir string) ([]LabelledDoc, error) {
	f, err := os.Open(filepath.Join(dir, "manifest.tsv"))
	if err != nil {
		return nil, fmt.Errorf("spin set: %w", err)
	}
	defer f.Close()
	var out []LabelledDoc
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("spin set: %w", err)
		}
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 3 || (cols[1] != "clean" && cols[1] != "spun") || (cols[2] != "dev" && cols[2] != "test") {
			return nil, fmt.Errorf("spin set: bad manifest line %q", line)
		}
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(cols[0])))
		if err != nil {
			return nil, fmt.Errorf("spin set: %w", err)
		}
		out = append(out, LabelledDoc{File: cols[0], Spun: cols[1] == "spun", Split: cols[2], Text: string(b)})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("spin set: %w", err)
	}
	return out, nil
}

// EvalSpin scores the detector on the labelled set in dir: the held-out
// (test) split, with the dev split it was calibrated on in Dev.
func EvalSpin(ctx context.Context, x *Detector, dir string) (SpinScores, error) {
	docs, err := LoadSpinSet(ctx, dir)
	if err != nil {
		return SpinScores{}, err
	}
	test := score(x, docs, "test")
	dev := score(x, docs, "dev")
	test.Dev = &dev
	if test.Files == 0 {
		return test, fmt.Errorf("spin set: no held-out files in %s", dir)
	}
	return test, nil
}

func score(x *Detector, docs []LabelledDoc, split string) SpinScores {
	s := SpinScores{Task: "spin", Split: split, Threshold: Threshold}
	tp, fp, fn := 0, 0, 0
	for _, d := range docs {
		if d.Split != split {
			continue
		}
		s.Files++
		sp := x.Analyze(text.New(d.Text), Meta{}).Spin
		switch {
		case d.Spun:
			s.Spun++
		default:
			s.Clean++
		}
		switch {
		case d.Spun && sp.Spun:
			tp++
		case d.Spun:
			fn++
		case sp.Spun:
			fp++
		default:
			continue
		}
		if d.Spun != sp.Spun {
			s.Misses = append(s.Misses, fmt.Sprintf("%s (%.2f)", d.File, sp.Score))
		}
	}
	s.Precision = ratio(tp, tp+fp)
	s.Recall = ratio(tp, tp+fn)
	s.F1 = ratio(2*tp, 2*tp+fp+fn)
	s.FPR = ratio(fp, s.Clean)
	return s
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
