package quantity

import (
	"testing"

	"sitrep/internal/syntax"
	"sitrep/internal/text"
)

// FuzzParse feeds arbitrary text to the number reader: it must never
// panic, every value must be finite and every span must point at its words.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"more than 250,000 people since 2011",
		"half a dozen howitzers and a dozen BTR-80s",
		"between 5 and 10 km, 1e999, 10-12m, US$7.2bn",
		"hundreds of thousands of tens of dozens of a couple of",
		"1,23,4 9999999999999999999 ٣٠ ９ -- ++ $ € 38 of 47 out of",
		"one hundred and and and thousand million billion trillion",
		"5-year-old 60-member 20-odd 20+ 4:39 24/7 No. 10",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := text.New(s)
		for _, q := range Parse(d) {
			checkQuantity(t, d, q)
		}
	})
}

// FuzzConcepts reads the concepts of arbitrary text: it must never panic
// and every span must lie in the text, trimmed to a word.
func FuzzConcepts(f *testing.F) {
	m, err := syntax.Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		"Ford (F), which has 13,000 workers, said it would cost it $800 million.",
		"one of the best speakers; ((( ))) 'S&P 500' rose 0.2%.",
		"RM23.50 minus-1.4 .500 1/2 pound of ,,, 's 's",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := text.New(s)
		qs := Parse(d)
		for _, c := range Concepts(d, m.Analyze(d), qs) {
			for _, sp := range c {
				if sp.Start < 0 || sp.End > len(d.Text) || sp.Start >= sp.End {
					t.Fatalf("bad span %v in %q", sp, s)
				}
			}
		}
	})
}
