package nermodel

import (
	"os"
	"testing"

	"sitrep/internal/text"
)

// TestSeedNames checks that the model alone, without the lexicon deciding,
// finds the seed's people, organisations and places.
func TestSeedNames(t *testing.T) {
	raw, err := os.ReadFile("../../../shared/seed/article.txt")
	if err != nil {
		t.Skipf("../shared/seed not found (%v)", err)
	}
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	d := text.New(string(raw))
	got := map[string]string{}
	for _, e := range m.Find(d) {
		got[d.Str(d.SpanOf(e.First, e.End))] = e.Label
	}
	want := map[string]string{
		"Riad Haddad": "PER", "Alexander Golts": "PER", "Vladimir Putin": "PER",
		"Sergei Lavrov": "PER", "John Kirby": "PER", "Reuters": "ORG", "Pentagon": "ORG", "Latakia": "LOC",
		"Syria": "LOC",
	}
	// A lone surname before "told" is a name to the model but not a
	// person: it says ORG. The pipeline's speaker rule makes it a person.
	if got["Earnest"] == "" {
		t.Error("Earnest: not found")
	}
	for name, label := range want {
		if got[name] != label {
			t.Errorf("%s: got %q, want %s", name, got[name], label)
		}
	}
}
