package nermodel

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"
)

// Formats of the gold files that Read and Evaluate accept.
const (
	// FormatCoNLL is CoNLL-2003 and WikiGold: the word first, the IOB1 or
	// IOB2 tag last, columns separated by white space, "-DOCSTART-" lines
	// between documents.
	FormatCoNLL = "conll"
	// FormatRe3d is re3d in CoNLL form (word TAB IOB2 tag) with its own
	// types, mapped to PER/LOC/ORG/MISC by mapRe3d.
	FormatRe3d = "re3d"
)

// GoldDoc is one document of a gold file.
type GoldDoc struct {
	Sentences []GoldSentence
}

// GoldSentence is a sentence of gold tokens with its entity spans.
type GoldSentence struct {
	Words    []string
	Entities []Entity // token ranges into Words; Score is 1
}

// rawSentence is a sentence as read: words and their tags.
type rawSentence struct {
	words, tags []string
	docStart    bool // a -DOCSTART- line came before it
}

// Read reads a gold file in the given format. Files without -DOCSTART-
// lines (this copy of CoNLL-2003) are cut into documents before each
// dateline sentence ("BRUSSELS 1996-08-22"); re3d has neither, so it is
// cut every docSentences sentences. dropped counts the re3d sentences
// whose annotation has no CoNLL reading (see mapRe3d); they are left out.
func Read(ctx context.Context, path, format string) (docs []GoldDoc, dropped int, err error) {
	if format != FormatCoNLL && format != FormatRe3d {
		return nil, 0, fmt.Errorf("read gold: unknown format %q", format)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, fmt.Errorf("read gold: %w", err)
	}
	defer f.Close()
	raw, err := readRaw(ctx, f)
	if err != nil {
		return nil, 0, fmt.Errorf("read gold %s: %w", path, err)
	}
	var sents []GoldSentence
	var starts []bool
	docStart := false
	for _, r := range raw {
		s, ok := GoldSentence{Words: r.words, Entities: chunks(r.tags)}, true
		if format == FormatRe3d {
			s, ok = mapRe3d(r.words, r.tags)
		}
		docStart = docStart || r.docStart
		if !ok {
			dropped++
			continue
		}
		sents = append(sents, s)
		starts = append(starts, docStart)
		docStart = false
	}
	return splitDocs(sents, starts), dropped, nil
}

func readRaw(ctx context.Context, r io.Reader) ([]rawSentence, error) {
	var out []rawSentence
	var cur rawSentence
	docStart := false
	flush := func() {
		if len(cur.words) > 0 {
			cur.docStart = docStart
			docStart = false
			out = append(out, cur)
		}
		cur = rawSentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for n := 0; sc.Scan(); n++ {
		if n%10000 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		fields := strings.Fields(sc.Text())
		switch {
		case len(fields) == 0:
			flush()
		case fields[0] == "-DOCSTART-":
			flush()
			docStart = true
		case len(fields) >= 2:
			cur.words = append(cur.words, fields[0])
			cur.tags = append(cur.tags, fields[len(fields)-1])
		}
	}
	flush()
	return out, sc.Err()
}

// chunks returns the entity spans of IOB1 or IOB2 tags, with conlleval's
// rule: a chunk starts at B-X, or at I-X after a tag of another type.
func chunks(tags []string) []Entity {
	var out []Entity
	for i := 0; i < len(tags); {
		typ := tagType(tags[i])
		if typ == "" {
			i++
			continue
		}
		j := i + 1
		for j < len(tags) && tagType(tags[j]) == typ && !strings.HasPrefix(tags[j], "B-") {
			j++
		}
		out = append(out, Entity{First: i, End: j, Label: typ, Score: 1})
		i = j
	}
	return out
}

func tagType(tag string) string {
	if len(tag) > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-' {
		return tag[2:]
	}
	return ""
}

// docSentences is the length of the pseudo-documents of a file that marks
// no documents: about a news article.
const docSentences = 30

var dateline = regexp.MustCompile(`^\d{4}-\d\d-\d\d$`)

// splitDocs groups sentences into documents: at -DOCSTART- marks when the
// file has them, else at CoNLL datelines, else every docSentences.
func splitDocs(sents []GoldSentence, starts []bool) []GoldDoc {
	cut := make([]bool, len(sents))
	marked := false
	for i, s := range starts {
		cut[i] = s
		marked = marked || s
	}
	if !marked {
		marked = cutDatelines(sents, cut)
	}
	if !marked {
		for i := range cut {
			cut[i] = i%docSentences == 0
		}
	}
	var docs []GoldDoc
	for i, s := range sents {
		if cut[i] || len(docs) == 0 {
			docs = append(docs, GoldDoc{})
		}
		docs[len(docs)-1].Sentences = append(docs[len(docs)-1].Sentences, s)
	}
	return docs
}

// cutDatelines marks where a Reuters story starts: its headline, one
// sentence before the dateline, or two when a short byline sits between.
func cutDatelines(sents []GoldSentence, cut []bool) bool {
	found := false
	for i, s := range sents {
		w := s.Words
		if len(w) == 0 || len(w) > 8 || !dateline.MatchString(w[len(w)-1]) || i == 0 {
			continue
		}
		start := i - 1
		if len(sents[start].Words) <= 4 && start > 0 {
			start--
		}
		cut[start] = true
		found = true
	}
	return found
}
