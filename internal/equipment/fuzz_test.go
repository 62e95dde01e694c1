package equipment

import (
	"testing"

	"sitrep/internal/quantity"
	"sitrep/internal/text"
)

// FuzzMatch feeds arbitrary text to the matcher and the candidates: no
// input may panic, and every span must point at its own tokens.
func FuzzMatch(f *testing.F) {
	for _, s := range []string{
		"seven Russian T-90 tanks had been observed at the airfield near Latakia",
		"a company of 200 Naval Infantrymen and no fighter jets; Sukhoi Su-35s shot down",
		"COVID-19 G-7 H-1B 2S19 9K720 Shahed-136s Patriot battery a third Patriot",
		"Ä-12 ä-12 -- 1-2-3 X-ray Fırtına HIMARS NLAWs 'ş",
	} {
		f.Add(s)
	}
	c, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := text.New(s)
		ms := c.Match(d)
		for _, m := range ms {
			if m.First < 0 || m.End > len(d.Tokens) || m.First >= m.End || m.Span != d.SpanOf(m.First, m.End) {
				t.Fatalf("bad mention %+v", m)
			}
		}
		for _, k := range Candidates(d, ms, quantity.Parse(d), nil) {
			if k.First < 0 || k.End > len(d.Tokens) || k.First >= k.End || k.Span != d.SpanOf(k.First, k.End) {
				t.Fatalf("bad candidate span %d..%d", k.First, k.End)
			}
			if k.CueFirst >= 0 && k.Cue != d.SpanOf(k.CueFirst, k.CueEnd) {
				t.Fatalf("bad cue %d..%d", k.CueFirst, k.CueEnd)
			}
		}
	})
}
