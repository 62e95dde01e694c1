package ner_test

import (
	"fmt"
	"os"
	"testing"

	"sitrep/internal/geo"
	"sitrep/internal/lexicon"
	"sitrep/internal/ner"
	"sitrep/internal/nermodel"
	"sitrep/internal/text"
	"sitrep/internal/vocab"
)

func TestZZ(t *testing.T) {
	b, _ := os.ReadFile("/tmp/zz.txt")
	lex, _ := lexicon.Default()
	gaz, _ := geo.Default()
	v, _ := vocab.Default()
	m, _ := nermodel.Default()
	d := text.New(string(b))
	for _, sp := range ner.New(lex, gaz, v, m).Find(d) {
		fmt.Printf("%q/%s/%s\n", d.Str(d.SpanOf(sp.First, sp.End)), sp.Label, sp.Why)
	}
}
