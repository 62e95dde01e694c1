package signal

import (
	"context"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/internal/text"
)

var (
	calibrate = flag.Bool("calibrate", false, "fit the spin score on the dev split and print the weights")
	lambda    = flag.Float64("lambda", 0.001, "L2 penalty of the fit")
	heldOut   = flag.Bool("heldout", false, "with -calibrate, also print the results on the held-out sets")
)

// sample is one document's feature vector and label.
type sample struct {
	v    [3]float64
	spun bool
}

// TestCalibrate fits the logistic spin score on the dev split of
// testdata/spin, with CoNLL-2003 testa news as more clean text, and prints
// the weights and, for a range of thresholds, F1 and the false-positive
// rate on that data. The constants in spin.go are copied from its output:
//
//	go test ./internal/signal -run TestCalibrate -calibrate -v
func TestCalibrate(t *testing.T) {
	if !*calibrate {
		t.Skip("run with -calibrate to fit the spin score")
	}
	x := testDetector(t)
	docs, err := LoadSpinSet(context.Background(), "testdata/spin")
	if err != nil {
		t.Fatal(err)
	}
	news, err := conllDocs(filepath.Join(sharedData, "ner", "eng.testa"))
	if err != nil {
		t.Skip("../shared/data not found: ", err)
	}
	dev := samples(x, news, false)
	var test []sample
	for _, d := range docs {
		s := sample{v: featuresOf(x.Analyze(text.New(d.Text), Meta{}).Spin.Findings).vector(), spun: d.Spun}
		if d.Split == "dev" {
			dev = append(dev, s)
		} else {
			test = append(test, s)
		}
	}
	w, b := fitLogistic(dev, *lambda, 20000)
	fmt.Printf("fit on %d dev files and %d CoNLL testa documents\n", len(dev)-len(news), len(news))
	fmt.Printf("bias=%.3f grammar=%.3f formal=%.3f words=%.3f\n", b, w[0], w[1], w[2])
	var gum, testb []sample
	if *heldOut {
		gum = samples(x, mustDocs(t, conlluDocs, "ud/gum-news.conllu"), false)
		testb = samples(x, mustDocs(t, conllDocs, "ner/eng.testb"), false)
	}
	for _, th := range []float64{0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.8, 0.9} {
		p := func(s sample) bool { return logistic(b, w, s.v) >= th }
		f1, fpr := rates(dev, p)
		fmt.Printf("threshold %.2f: dev F1 %.3f FPR %.3f", th, f1, fpr)
		if *heldOut {
			f1, fpr := rates(test, p)
			_, gumFPR := rates(gum, p)
			_, testbFPR := rates(testb, p)
			fmt.Printf("; test F1 %.3f FPR %.3f; FPR GUM news %.3f, CoNLL testb %.3f", f1, fpr, gumFPR, testbFPR)
		}
		fmt.Println()
	}
}

func samples(x *Detector, docs []string, spun bool) []sample {
	out := make([]sample, 0, len(docs))
	for _, d := range docs {
		out = append(out, sample{v: featuresOf(x.Analyze(text.New(d), Meta{}).Spin.Findings).vector(), spun: spun})
	}
	return out
}

func mustDocs(t *testing.T, read func(string) ([]string, error), path string) []string {
	t.Helper()
	docs, err := read(filepath.Join(sharedData, path))
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// rates returns F1 on the spun samples and the false-positive rate on the
// clean ones.
func rates(ss []sample, spun func(sample) bool) (f1, fpr float64) {
	tp, fp, fn, clean := 0, 0, 0, 0
	for _, s := range ss {
		p := spun(s)
		switch {
		case s.spun && p:
			tp++
		case s.spun:
			fn++
		case p:
			fp++
		}
		if !s.spun {
			clean++
		}
	}
	return ratio(2*tp, 2*tp+fp+fn), ratio(fp, clean)
}

func logistic(b float64, w [3]float64, v [3]float64) float64 {
	z := b
	for k := range w {
		z += w[k] * v[k]
	}
	return 1 / (1 + math.Exp(-z))
}

// fitLogistic fits weights and a bias by gradient descent on the log loss
// with an L2 penalty lambda. The two classes weigh the same, so that the
// score reads as a probability at even odds.
func fitLogistic(ss []sample, lambda float64, steps int) ([3]float64, float64) {
	var w [3]float64
	b := 0.0
	pos := 0
	for _, s := range ss {
		if s.spun {
			pos++
		}
	}
	weight := map[bool]float64{false: 0.5 / float64(len(ss)-pos), true: 0.5 / float64(pos)}
	const lr = 0.5
	for range steps {
		var gw [3]float64
		gb := 0.0
		for _, s := range ss {
			e := (logistic(b, w, s.v) - b2f(s.spun)) * weight[s.spun]
			for k := range w {
				gw[k] += e * s.v[k]
			}
			gb += e
		}
		for k := range w {
			w[k] -= lr * (gw[k] + lambda*w[k])
		}
		b -= lr * gb
	}
	return w, b
}

func b2f(v bool) float64 {
	if v {
		return 1
	}
	return 0
}

// conllDocs reads a CoNLL-2003 file as documents of at most 20 sentences
// (the files on hand mark no document breaks): the tokens of a sentence
// joined by spaces, sentences as paragraphs.
func conllDocs(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var docs, doc, sent []string
	flush := func() {
		if len(sent) > 0 {
			doc = append(doc, strings.Join(sent, " "))
			sent = nil
		}
		if len(doc) == 20 {
			docs = append(docs, strings.Join(doc, "\n\n"))
			doc = nil
		}
	}
	for line := range strings.SplitSeq(string(b), "\n") {
		if f := strings.Fields(line); len(f) > 0 && f[0] != "-DOCSTART-" {
			sent = append(sent, f[0])
			continue
		}
		flush()
	}
	flush()
	if len(doc) > 0 {
		docs = append(docs, strings.Join(doc, "\n\n"))
	}
	return docs, nil
}

// conlluDocs reads the sentence texts of a CoNLL-U file as documents of 20
// sentences.
func conlluDocs(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var docs, sents []string
	for line := range strings.SplitSeq(string(b), "\n") {
		if s, ok := strings.CutPrefix(line, "# text = "); ok {
			sents = append(sents, s)
		}
		if len(sents) == 20 {
			docs = append(docs, strings.Join(sents, "\n\n"))
			sents = nil
		}
	}
	if len(sents) > 0 {
		docs = append(docs, strings.Join(sents, "\n\n"))
	}
	return docs, nil
}
