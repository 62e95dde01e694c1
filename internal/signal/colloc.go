package signal

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
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

// articleExceptions returns the corpora's article for the words where the
// spelling rules (wordSound) do not give the same, and "either" for the
// words that take both. The rules give the same for a word of ASCII that
// is not read letter by letter, as for any way of writing it in capitals.
func (c *colloc) articleExceptions() map[string]string {
	out := map[string]string{}
	for w := range c.article {
		a := c.articleFor(w)
		if a != "either" && isASCII(w) && !readAsLetters(w) && wordSound(w).article() == a {
			continue
		}
		out[w] = a
	}
	return out
}

// flaggableVerbs returns the verbs whose base form after "be" grammarAt
// flags: the corpora never put it there, and use it as a verb at least
// twice and as often as a noun.
func (c *colloc) flaggableVerbs() map[string]verbUse {
	out := map[string]verbUse{}
	for w, v := range c.verbs {
		if v.afterBe == 0 && v.base >= 2 && v.noun <= v.base {
			out[w] = v
		}
	}
	return out
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
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
