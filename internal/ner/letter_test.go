package ner

import (
	"testing"

	"sitrep/internal/text"
)

// TestLetteredPlaces checks that a name the model took for a person but
// that ends in a lone letter after a place word becomes a place, and that
// a person's name stays one.
func TestLetteredPlaces(t *testing.T) {
	for _, tt := range []struct {
		in, name string
		want     Label
	}{
		{"Militants crossed the forests of Park W into Benin.", "Park W", LOC},
		{"Refugees in Camp B said so.", "Camp B", LOC},
		{"Refugees met Park Jin yesterday.", "Park Jin", PER},
		{"Refugees met Malcolm X yesterday.", "Malcolm X", PER},
	} {
		d := text.New(tt.in)
		first := -1
		for i := 0; i+2 <= len(d.Tokens) && first < 0; i++ {
			if d.Str(d.SpanOf(i, i+2)) == tt.name {
				first = i
			}
		}
		if first < 0 {
			t.Fatalf("%q: no %q", tt.in, tt.name)
		}
		spans := []Span{{First: first, End: first + 2, Label: PER, Why: "model"}}
		letteredPlaces(d, spans)
		if spans[0].Label != tt.want {
			t.Errorf("%q: %s is %v, want %v", tt.in, tt.name, spans[0].Label, tt.want)
		}
	}
}

// TestSpelledBodies checks that a name the model took for a person's
// becomes a body's when an acronym of its initials follows it, and stays
// a person's when the acronym in brackets is another body's.
func TestSpelledBodies(t *testing.T) {
	for _, tt := range []struct {
		in   string
		n    int
		want Label
	}{
		{"Members of Kmanek Oan Rai Klaran (KORK) clashed.", 4, ORG},
		{"Members of Ana Maria Ruiz (PSD) spoke.", 3, PER},
		{"Members of Zorba Quell (ZQ) spoke.", 2, PER},
	} {
		d := text.New(tt.in)
		spans := []Span{{First: 2, End: 2 + tt.n, Label: PER, Why: "model"}}
		spelledBodies(d, spans)
		if spans[0].Label != tt.want {
			t.Errorf("%q: %q is %v, want %v", tt.in, d.Str(d.SpanOf(2, 2+tt.n)), spans[0].Label, tt.want)
		}
	}
}
