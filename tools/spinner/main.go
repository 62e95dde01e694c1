// Command spinner makes the spun half of the spun-text detector's labelled
// set: it rewrites each clean article the way a thesaurus-driven article
// spinner does, at several rates, and writes the manifest that
// signal.EvalSpin reads.
//
// Each word or phrase found in the spinner's list (swaps.txt) or country
// name found in formal.txt is replaced, with the given probability, by one
// of its substitutes. Like a real spinner it leaves the articles as they
// were ("an important" becomes "an vital"), keeps only the capital of
// the first letter, and swaps participles for base forms ("were injured"
// becomes "were harm"). The random choices are seeded by the file name and
// rate, so the output is reproducible.
//
//	go run ./tools/spinner [-dir internal/signal/testdata/spin] [-rates 0.15,0.3,0.5]
//
// It reads DIR/clean/*.txt and DIR/hand/*.txt and writes DIR/spun/*.txt and
// DIR/manifest.tsv. Articles numbered 01 to 12 and hand-spun paragraphs 01
// to 05 are the dev split, on which the detector is calibrated; the rest
// are held out. The manifest notes, for each spun file, how many swaps were
// made and how many of them are absent from the detector's list
// (-detector), so the report can say how much of the test the detector
// never saw.
package main

import (
	_ "embed"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
)

//go:embed swaps.txt
var swapsTxt string

//go:embed formal.txt
var formalTxt string

func main() {
	dir := flag.String("dir", "internal/signal/testdata/spin", "folder of the labelled set")
	rates := flag.String("rates", "0.15,0.3,0.5", "comma-separated swap rates")
	detector := flag.String("detector", "internal/signal/data/swaps.txt", "the detector's swap list, to count unseen swaps")
	flag.Parse()
	if err := run(*dir, *rates, *detector); err != nil {
		fmt.Fprintln(os.Stderr, "spinner:", err)
		os.Exit(1)
	}
}

func run(dir, rateList, detector string) error {
	var rates []float64
	for f := range strings.SplitSeq(rateList, ",") {
		r, err := strconv.ParseFloat(strings.TrimSpace(f), 64)
		if err != nil || r <= 0 || r > 1 {
			return fmt.Errorf("bad rate %q", f)
		}
		rates = append(rates, r)
	}
	sp, err := newSpinner(swapsTxt, formalTxt)
	if err != nil {
		return err
	}
	known, err := detectorPairs(detector)
	if err != nil {
		return err
	}
	return build(dir, rates, sp, known)
}
