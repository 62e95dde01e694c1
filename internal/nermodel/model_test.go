package nermodel

import (
	"bytes"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"sitrep/internal/text"
)

func defaultModel(t testing.TB) *Model {
	t.Helper()
	began := time.Now()
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("Default: %v", time.Since(began))
	return m
}

// found returns the entities of s as "LABEL text".
func found(m *Model, s string) []string {
	d := text.New(s)
	var out []string
	for _, e := range m.Find(d) {
		out = append(out, e.Label+" "+d.Str(d.SpanOf(e.First, e.End)))
	}
	return out
}

// TestFindHandWritten runs the model on sentences written for this test,
// from no corpus.
func TestFindHandWritten(t *testing.T) {
	m := defaultModel(t)
	tests := []struct {
		s    string
		want []string
	}{
		{"Prime Minister Jan Nowak arrived in Warsaw on Monday.", []string{"PER Jan Nowak", "LOC Warsaw"}},
		{"The European Union and NATO condemned the strike on Kharkiv.",
			[]string{"ORG European Union", "ORG NATO", "LOC Kharkiv"}},
		{"Maria Gonzalez, a spokeswoman for Amnesty International, said the report was accurate.",
			[]string{"PER Maria Gonzalez", "ORG Amnesty International"}},
		{"Officials at the World Health Organization in Geneva warned of a new outbreak.",
			[]string{"ORG World Health Organization", "LOC Geneva"}},
		{"Shares of Siemens fell 3 percent in Frankfurt after the company cut its forecast.",
			[]string{"ORG Siemens", "LOC Frankfurt"}},
	}
	for _, tt := range tests {
		got := found(m, tt.s)
		for _, w := range tt.want {
			if !contains(got, w) {
				t.Errorf("%q: found %q, missing %q", tt.s, got, w)
			}
		}
	}
}

// TestEquipmentNotPerson checks that designations of weapons and vehicles
// are never taken for people's names.
func TestEquipmentNotPerson(t *testing.T) {
	m := defaultModel(t)
	tests := []string{
		"Russia moved seven T-90 tanks to the border on Tuesday.",
		"A BTR-80 was destroyed near the village.",
		"BTR-80 carriers and T-72 tanks crossed the river at dawn.",
		"The army said two Su-25 jets and a Mi-8 helicopter were shot down.",
	}
	for _, s := range tests {
		for _, e := range found(m, s) {
			if strings.HasPrefix(e, "PER ") {
				t.Errorf("%q: %s", s, e)
			}
		}
	}
}

func TestFindEdgeCases(t *testing.T) {
	m := defaultModel(t)
	if got := m.Find(text.New("")); len(got) != 0 {
		t.Errorf("empty text: %v", got)
	}
	d := text.New("Jan Nowak met Anna Kowalczyk in Warsaw.")
	d.Sentences = append(d.Sentences, text.Sentence{First: 3, End: 99}, text.Sentence{First: -1, End: 2})
	for _, e := range m.Find(d) {
		if e.First < 0 || e.End > len(d.Tokens) || e.Score < 0 || e.Score > 1 {
			t.Errorf("bad entity %+v", e)
		}
	}
}

func TestModelRoundTrip(t *testing.T) {
	m := defaultModel(t)
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), embedded) {
		t.Error("writing the embedded model does not give its bytes back")
	}
	m2, err := decodeModel(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	d := benchDoc()
	if !reflect.DeepEqual(m.Find(d), m2.Find(d)) {
		t.Error("a decoded copy finds other names")
	}
	if _, err := decodeModel(buf.Bytes()[:buf.Len()/2]); err == nil {
		t.Error("a truncated model decodes")
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestFindConcurrent checks that goroutines sharing a model find what one
// finds alone (run with -race).
func TestFindConcurrent(t *testing.T) {
	m := defaultModel(t)
	texts := []string{benchText, "Jan Nowak met Anna Kowalczyk in Zürich’s old town.", "NATO and the UN met in Geneva."}
	want := make([][]Entity, len(texts))
	for i, s := range texts {
		want[i] = m.Find(text.New(s))
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for k := range 20 {
				i := (g + k) % len(texts)
				if got := m.Find(text.New(texts[i])); !reflect.DeepEqual(got, want[i]) {
					t.Errorf("text %d: %v, want %v", i, got, want[i])
				}
			}
		})
	}
	wg.Wait()
}
