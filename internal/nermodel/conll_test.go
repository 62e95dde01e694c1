package nermodel

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"sitrep/internal/text"
)

func TestChunks(t *testing.T) {
	tests := []struct {
		tags string
		want []Entity
	}{
		{"B-PER I-PER O B-LOC", []Entity{{0, 2, "PER", 1}, {3, 4, "LOC", 1}}},
		{"I-PER I-PER O I-LOC", []Entity{{0, 2, "PER", 1}, {3, 4, "LOC", 1}}}, // IOB1
		{"I-PER B-PER I-PER", []Entity{{0, 1, "PER", 1}, {1, 3, "PER", 1}}},   // IOB1, adjacent
		{"B-ORG I-LOC O", []Entity{{0, 1, "ORG", 1}, {1, 2, "LOC", 1}}},       // type change
		{"O O", nil},
	}
	for _, tt := range tests {
		if got := chunks(strings.Fields(tt.tags)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("chunks(%s) = %v, want %v", tt.tags, got, tt.want)
		}
	}
}

func TestReadDocuments(t *testing.T) {
	const marked = "-DOCSTART- -X- -X- O\n\nAnna NNP B-NP B-PER\nsaid VBD B-VP O\n\n" +
		"-DOCSTART- -X- -X- O\n\nOslo NNP B-NP B-LOC\n"
	const datelines = "HEADLINE ONE\tO\n\nOSLO\tB-LOC\n2031-01-02\tO\n\nText\tO\n\n" +
		"HEADLINE TWO\tO\n\nJan Nowak\tB-PER\n\nBERGEN\tB-LOC\n2031-01-03\tO\n"
	tests := []struct {
		name, data string
		docs       []int // sentences a document
	}{
		{"docstart", marked, []int{1, 1}},
		{"datelines", datelines, []int{3, 3}},
	}
	for _, tt := range tests {
		path := filepath.Join(t.TempDir(), tt.name)
		if err := os.WriteFile(path, []byte(tt.data), 0o644); err != nil {
			t.Fatal(err)
		}
		docs, _, err := Read(context.Background(), path, FormatCoNLL)
		if err != nil {
			t.Fatal(err)
		}
		var got []int
		for _, d := range docs {
			got = append(got, len(d.Sentences))
		}
		if !reflect.DeepEqual(got, tt.docs) {
			t.Errorf("%s: documents of %v sentences, want %v", tt.name, got, tt.docs)
		}
	}
}

// TestGoldDoc checks that the Doc built from gold tokens flags them as
// the text package flags the same words.
func TestGoldDoc(t *testing.T) {
	words := []string{"U.S.", "envoy", "Jan", "Nowak", "’s", "T-90", "(", "1,200", "NATO", "al-Assad"}
	g := GoldDoc{Sentences: []GoldSentence{{Words: words, Entities: []Entity{{2, 4, "PER", 1}}}}}
	d, gold := g.Doc()
	if len(d.Tokens) != len(words) || len(d.Sentences) != 1 || gold[0] != (Entity{2, 4, "PER", 1}) {
		t.Fatalf("doc: %d tokens, %d sentences, gold %v", len(d.Tokens), len(d.Sentences), gold)
	}
	for i, w := range words {
		if d.Word(i) != w {
			t.Errorf("token %d = %q, want %q", i, d.Word(i), w)
		}
		context := "x " + w
		if w == "’s" {
			context = "x’s" // a possessive, as CoNLL splits it off
		}
		want := text.New(context).Tokens[1]
		got := d.Tokens[i]
		if got.Kind != want.Kind || got.Cap != want.Cap || got.Upper != want.Upper {
			t.Errorf("%q: flags %+v, text says %+v", w, got, want)
		}
	}
}

func TestMapRe3d(t *testing.T) {
	tests := []struct {
		words, tags string
		want        []Entity
		ok          bool
	}{
		{"the town of Kherson", "B-Location I-Location I-Location I-Location", []Entity{{3, 4, "LOC", 1}}, true},
		{"He", "B-Person", nil, true},
		{"Foreign Minister Jan Nowak", "B-Person I-Person I-Person I-Person", []Entity{{2, 4, "PER", 1}}, true},
		{"Polish Prime Minister Jan Nowak", "B-Person I-Person I-Person I-Person I-Person",
			[]Entity{{0, 1, "MISC", 1}, {3, 5, "PER", 1}}, true},
		{"Russian troops", "B-Organisation I-Organisation", []Entity{{0, 1, "MISC", 1}}, true},
		{"the United States", "B-Organisation I-Organisation I-Organisation", []Entity{{1, 3, "LOC", 1}}, true},
		{"Kherson province", "B-Location I-Location", []Entity{{0, 1, "LOC", 1}}, true},
		{"an artillery depot", "B-Location I-Location I-Location", nil, true},
		{"T-72 tanks", "B-MilitaryPlatform I-MilitaryPlatform", []Entity{{0, 1, "MISC", 1}}, true},
		{"IED", "B-Weapon", nil, true},
		{"next week", "B-Temporal I-Temporal", nil, true},
		{"a Wagner base", "B-Location I-Location I-Location", nil, false},
	}
	for _, tt := range tests {
		got, ok := mapRe3d(strings.Fields(tt.words), strings.Fields(tt.tags))
		if ok != tt.ok || (ok && !reflect.DeepEqual(got.Entities, tt.want)) {
			t.Errorf("mapRe3d(%q) = %v, %v; want %v, %v", tt.words, got.Entities, ok, tt.want, tt.ok)
		}
	}
}
