package pipeline_test

import (
	"context"
	"testing"

	"sitrep/internal/article"
	"sitrep/internal/pipeline"
)

// FuzzRead feeds arbitrary text to the whole reading pipeline: it must
// never panic, and every piece of evidence must point at its own words.
func FuzzRead(f *testing.F) {
	for _, s := range []string{
		"Russia sends tanks\n\nMoscow said on Monday that Russian troops were near Latakia.",
		"Syria’s Ambassador to Russia Sami Kassem said “no”. Kassem denied it.",
		"State Department spokesman John Doe told reporters (IS) the U.S. Gen. Smith",
		"Lebanon's Tripoli,,, Georgia Georgia Georgia ’s ’s",
		"The the THE U.S.A. U.N. (US) ( ) “ ” ‘ ’ …",
		"al- bin- -al Abu ibn Foreign Minister",
		// a word that takes up a body named before, opening the text
		"Charity says Libyan coast guard fired shots near its rescue boat off Zuwara\n\nTRIPOLI (Reuters) - A patrol boat fired shots near a rescue dinghy, the charity SOS Mediterranee said.",
	} {
		f.Add(s)
	}
	p, err := pipeline.New(discard)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		doc, err := p.Read(context.Background(), &article.Article{Text: s}, pipeline.Options{})
		if err != nil {
			t.Fatal(err)
		}
		checkEvidence(t, doc)
	})
}
