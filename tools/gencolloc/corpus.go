package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"sitrep/internal/text"
)

// tok is one corpus token: its form as written, folded, and its Penn
// Treebank tag; news marks the tokens of the CoNLL news text.
type tok struct {
	form, key, tag string
	news           bool
}

// readCorpora reads the treebank (CoNLL-U) and the CoNLL-2003 NER file
// (word, tag, chunk, entity a line) into sentences.
func readCorpora(ewt, conll string) ([][]tok, error) {
	a, err := readLines(ewt, conllu)
	if err != nil {
		return nil, err
	}
	b, err := readLines(conll, conll2003)
	if err != nil {
		return nil, err
	}
	return append(a, b...), nil
}

// readLines splits a file into blank-line separated sentences and parses
// each line with parse, which returns false for lines to skip.
func readLines(path string, parse func(string) (tok, bool)) ([][]tok, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open corpus: %w", err)
	}
	defer f.Close()
	var out [][]tok
	var cur []tok
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" {
			if len(cur) > 0 {
				out = append(out, cur)
				cur = nil
			}
			continue
		}
		if t, ok := parse(line); ok {
			cur = append(cur, t)
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return out, nil
}

func conllu(line string) (tok, bool) {
	if line[0] == '#' {
		return tok{}, false
	}
	cols := strings.Split(line, "\t")
	if len(cols) < 5 || strings.ContainsAny(cols[0], "-.") {
		return tok{}, false
	}
	return tok{form: cols[1], key: text.Fold(cols[1]), tag: cols[4]}, true
}

func conll2003(line string) (tok, bool) {
	cols := strings.Fields(line)
	if len(cols) < 2 || cols[0] == "-DOCSTART-" {
		return tok{}, false
	}
	return tok{form: cols[0], key: text.Fold(cols[0]), tag: cols[1], news: true}, true
}
