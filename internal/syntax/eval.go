package syntax

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
)

// Scores are the accuracies of a model on a treebank, in percent of its
// words, on the gold tokenization. UAS and LAS count punctuation and, as
// the CoNLL 2018 evaluation does, compare relations without their subtype
// (LAS takes "nsubj:pass" for "nsubj").
type Scores struct {
	Task    string  `json:"task"`
	Dataset string  `json:"dataset"`
	Tokens  int     `json:"tokens"`
	UPOS    float64 `json:"upos"`
	XPOS    float64 `json:"xpos"`
	Lemma   float64 `json:"lemma"`
	UAS     float64 `json:"uas"`
	LAS     float64 `json:"las"`
}

// Evaluate scores m on the CoNLL-U file at conlluPath. The dataset is
// named after the file: "en_ewt-ud-test.conllu" is "ewt-test".
func Evaluate(ctx context.Context, m *Model, conlluPath string) (Scores, error) {
	sents, err := readCoNLLU(ctx, conlluPath)
	if err != nil {
		return Scores{}, fmt.Errorf("evaluate: %w", err)
	}
	s := m.score(sents)
	s.Dataset = datasetName(conlluPath)
	return s, nil
}

func datasetName(path string) string {
	name := strings.TrimSuffix(filepath.Base(path), ".conllu")
	name = strings.TrimPrefix(name, "en_")
	return strings.Replace(name, "-ud-", "-", 1)
}

// score analyses the gold words of sents and counts the matches.
func (m *Model) score(sents []sentence) Scores {
	var (
		a                 analyzer
		upos, xpos, lemma int
		uas, las, total   int
	)
	for si := range sents {
		s := &sents[si]
		a.words = resize(a.words, s.Len())
		for j, f := range s.Form {
			a.sc.setWord(&a.words[j], f, j == 0)
			m.know(&a.words[j])
		}
		a.fixed = a.fixed[:0]
		a.run(m)
		a.repair(m, func(k int) string { return strings.ToLower(s.Form[k]) })
		for j, f := range s.Form {
			c := m.tagger.classes[a.tags[j]]
			total++
			if c.UPOS == s.UPOS[j] {
				upos++
			}
			if c.XPOS == s.XPOS[j] {
				xpos++
			}
			if m.lemma.lemma(f, m.lemma.code(c.XPOS, &a.words[j])) == s.Lemma[j] {
				lemma++
			}
			if a.st.head[j+1]-1 == s.Head[j] {
				uas++
				if a.st.rel[j+1].Base() == s.Rel[j].Base() {
					las++
				}
			}
		}
	}
	pct := func(n int) float64 {
		if total == 0 {
			return 0
		}
		return 100 * float64(n) / float64(total)
	}
	return Scores{Task: "deps", Tokens: total, UPOS: pct(upos), XPOS: pct(xpos), Lemma: pct(lemma), UAS: pct(uas), LAS: pct(las)}
}
