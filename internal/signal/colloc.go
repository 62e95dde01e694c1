package signal

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"strconv"
	"strings"
)

// colloc is the table that tools/gencolloc derives from the corpora; the
// package comment describes its lines.
type colloc struct {
	uni     map[string]int // uses in all the corpora
	news    map[string]int // uses in the news corpus
	bi      map[[2]string]int
	article map[string][2]int
	verbs   map[string]verbUse
	formal  map[string]formalUse
}

type verbUse struct{ base, noun, afterBe int }

type formalUse struct{ count, short int }

func parseColloc(gz []byte) (*colloc, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("collocations: %w", err)
	}
	c := &colloc{uni: map[string]int{}, news: map[string]int{}, bi: make(map[[2]string]int, 8192), article: map[string][2]int{},
		verbs: map[string]verbUse{}, formal: map[string]formalUse{}}
	sc := bufio.NewScanner(zr)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		if err := c.add(strings.Split(line, "\t")); err != nil {
			return nil, fmt.Errorf("collocations line %d: %w", n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("collocations: %w", err)
	}
	return c, nil
}

// fields is how many fields each record has, the tag included.
var fields = map[string]int{"U": 4, "B": 4, "A": 4, "V": 5, "F": 5}

// add parses one record.
func (c *colloc) add(f []string) error {
	if fields[f[0]] == 0 || len(f) != fields[f[0]] {
		return fmt.Errorf("bad record %q", strings.Join(f, " "))
	}
	var err error
	num := func(i int) int {
		n, e := strconv.Atoi(f[i])
		if e != nil && err == nil {
			err = e
		}
		return n
	}
	switch f[0] {
	case "U":
		c.uni[f[1]], c.news[f[1]] = num(2), num(3)
	case "B":
		c.bi[[2]string{f[1], f[2]}] = num(3)
	case "A":
		c.article[f[1]] = [2]int{num(2), num(3)}
	case "V":
		c.verbs[f[1]] = verbUse{base: num(2), noun: num(3), afterBe: num(4)}
	case "F":
		c.formal[f[1]] = formalUse{count: num(2), short: num(4)}
	}
	return err
}

// articleFor returns the article the corpora put before a lower-case word,
// or "" when they use both or too rarely to tell. A choice counts when at
// least nine uses in ten agree.
func (c *colloc) articleFor(w string) string {
	n, ok := c.article[w]
	switch {
	case !ok:
		return ""
	case n[1] == 0 || n[0] >= 9*n[1]:
		return "a"
	case n[0] == 0 || n[1] >= 9*n[0]:
		return "an"
	}
	return "either"
}
