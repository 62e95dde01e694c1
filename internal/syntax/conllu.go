package syntax

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// sentence is one gold sentence of a CoNLL-U treebank, with words (not
// multiword tokens) indexed from 0. Head is the index of the head word,
// or -1 for the root.
type sentence struct {
	Form, Lemma []string
	UPOS        []UPOS
	XPOS        []XPOS
	Head        []int32
	Rel         []Rel
	// MWT lists the multiword tokens ("don't" = do + n't).
	MWT []multiWord
}

// multiWord is a surface token that the treebank splits into the words
// [First, Last].
type multiWord struct {
	Surface     string
	First, Last int
}

// Len returns the number of words.
func (s *sentence) Len() int { return len(s.Form) }

// readCoNLLU reads the sentences of a CoNLL-U file. Empty nodes are
// skipped; multiword token lines are kept in sentence.MWT.
func readCoNLLU(ctx context.Context, path string) ([]sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read conllu: %w", err)
	}
	defer f.Close()
	ss, err := parseCoNLLU(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("read conllu %s: %w", path, err)
	}
	return ss, nil
}

func parseCoNLLU(ctx context.Context, r io.Reader) ([]sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var (
		out  []sentence
		cur  sentence
		line int
	)
	flush := func() error {
		if cur.Len() == 0 {
			return nil
		}
		for i, h := range cur.Head {
			if int(h) >= cur.Len() {
				return fmt.Errorf("line %d: head %d of word %d out of range", line, h+1, i+1)
			}
		}
		out = append(out, cur)
		cur = sentence{}
		if len(out)%1000 == 0 {
			return ctx.Err()
		}
		return nil
	}
	for sc.Scan() {
		line++
		t := sc.Text()
		if t == "" {
			if err := flush(); err != nil {
				return nil, err
			}
			continue
		}
		if t[0] == '#' {
			continue
		}
		if err := cur.addLine(t); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, nil
}

func (s *sentence) addLine(t string) error {
	col := strings.Split(t, "\t")
	if len(col) != 10 {
		return fmt.Errorf("want 10 columns, got %d", len(col))
	}
	id := col[0]
	if strings.IndexByte(id, '.') >= 0 {
		return nil // empty node of the enhanced graph
	}
	if a, b, ok := strings.Cut(id, "-"); ok {
		first, err1 := strconv.Atoi(a)
		last, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || first < 1 || last < first {
			return fmt.Errorf("bad range %q", id)
		}
		s.MWT = append(s.MWT, multiWord{Surface: col[1], First: first - 1, Last: last - 1})
		return nil
	}
	n, err := strconv.Atoi(id)
	if err != nil || n != s.Len()+1 {
		return fmt.Errorf("bad word id %q", id)
	}
	head, err := strconv.Atoi(col[6])
	if err != nil || head < 0 {
		return fmt.Errorf("bad head %q", col[6])
	}
	s.Form = append(s.Form, col[1])
	s.Lemma = append(s.Lemma, col[2])
	s.UPOS = append(s.UPOS, UPOS(uposByName[col[3]]))
	s.XPOS = append(s.XPOS, XPOS(xposByName[col[4]]))
	s.Head = append(s.Head, int32(head-1))
	s.Rel = append(s.Rel, lookupRel(col[7]))
	return nil
}
