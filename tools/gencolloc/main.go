// Command gencolloc derives the collocation table of the spun-text detector
// (package signal) from the English Web Treebank and the CoNLL-2003 news
// text: how often news and web prose use each word of the detector's swap
// list and its neighbours, which article ("a" or "an") each word takes,
// which verbs never follow "was" in their base form, and how often formal
// country names appear next to the short ones.
//
//	go run ./tools/gencolloc [-data ../shared/data] [-swaps internal/signal/data/swaps.txt] [-out internal/signal/data/colloc.tsv.gz]
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	data := flag.String("data", "../shared/data", "folder of the shared data")
	swaps := flag.String("swaps", "internal/signal/data/swaps.txt", "the detector's swap list")
	out := flag.String("out", "internal/signal/data/colloc.tsv.gz", "output file")
	flag.Parse()
	if err := run(*data, *swaps, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gencolloc:", err)
		os.Exit(1)
	}
}

func run(data, swapsPath, out string) error {
	sents, err := readCorpora(
		filepath.Join(data, "ud", "en_ewt-ud-train.conllu"),
		filepath.Join(data, "ner", "eng.train"),
	)
	if err != nil {
		return err
	}
	f, err := os.Open(swapsPath)
	if err != nil {
		return fmt.Errorf("open swaps: %w", err)
	}
	defer f.Close()
	t, err := build(sents, f)
	if err != nil {
		return err
	}
	return t.write(out)
}
