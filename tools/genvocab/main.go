// Command genvocab derives the common-word table of package vocab from the
// English Web Treebank: every word form that the treebank uses in lower case
// at least twice, with the parts of speech it takes. Proper-name detection
// uses it to tell "Officials said" from "Kirby said".
//
//	go run ./tools/genvocab [-data ../shared/data] [-out internal/vocab/data/words.tsv.gz]
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"sitrep/internal/vocab"
)

func main() {
	data := flag.String("data", "../shared/data", "folder of the shared data")
	out := flag.String("out", "internal/vocab/data/words.tsv.gz", "output file")
	min := flag.Int("min", 2, "least lower-case occurrences a word needs")
	flag.Parse()
	if err := run(filepath.Join(*data, "ud", "en_ewt-ud-train.conllu"), *out, *min); err != nil {
		fmt.Fprintln(os.Stderr, "genvocab:", err)
		os.Exit(1)
	}
}

type stat struct {
	lower int
	tags  vocab.Class
}

func run(in, out string, min int) error {
	f, err := os.Open(in)
	if err != nil {
		return fmt.Errorf("open treebank: %w", err)
	}
	defer f.Close()
	words := map[string]*stat{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 4 || strings.Contains(cols[0], "-") || strings.Contains(cols[0], ".") {
			continue
		}
		form, upos := cols[1], cols[3]
		c, ok := vocab.ClassOf(upos)
		if !ok || form != strings.ToLower(form) {
			continue
		}
		s := words[form]
		if s == nil {
			s = &stat{}
			words[form] = s
		}
		s.lower++
		s.tags |= c
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read treebank: %w", err)
	}
	keys := make([]string, 0, len(words))
	for w, s := range words {
		if s.lower >= min {
			keys = append(keys, w)
		}
	}
	slices.Sort(keys)
	return write(out, keys, words)
}

func write(out string, keys []string, words map[string]*stat) error {
	f, err := os.Create(out)
	if err != nil {
		return fmt.Errorf("create output: %w", err)
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	for _, k := range keys {
		fmt.Fprintf(w, "%s\t%d\n", k, words[k].tags)
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	fmt.Fprintf(os.Stderr, "genvocab: %d words to %s\n", len(keys), out)
	return f.Close()
}
