package quantity

import (
	"testing"

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
