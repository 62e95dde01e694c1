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
