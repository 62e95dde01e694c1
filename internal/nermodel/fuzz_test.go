package nermodel

import (
	"testing"

	"sitrep/internal/text"
)

// FuzzFind checks that Find never panics and returns well-formed
// entities: in order, apart, each inside one sentence.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		benchText,
		"",
		"NATO",
		"SOCCER - LEADING RESULTS\n\nOSLO 2031-01-02\n\nJan Nowak’s T-90 (BTR-80) al-Assad U.S.-led",
		"Mr. J. R. R. Tolkien of the University of Oxford... \"Yes,\" he said.",
	} {
		f.Add(s)
	}
	m, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := text.New(s)
		prev := 0
		for _, e := range m.Find(d) {
			si := d.SentenceOf(e.First)
			if e.First < prev || e.First >= e.End || si < 0 || e.End > d.Sentences[si].End {
				t.Fatalf("%q: entity %+v outside a sentence or out of order", s, e)
			}
			if typeIndex(e.Label) < 0 || e.Score < 0 || e.Score > 1 {
				t.Fatalf("%q: entity %+v", s, e)
			}
			prev = e.End
		}
	})
}
