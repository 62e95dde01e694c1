package event_test

import (
	"bufio"
	"context"
	"log/slog"
	"os"
	"strings"
	"testing"

	"sitrep/internal/article"
	"sitrep/internal/pipeline"
	"sitrep/internal/report"
)

// TestModalities reads each sentence of testdata/events.tsv through the
// whole pipeline and looks for the event the file expects: one
// phenomenon a line (each modality, passives, event nouns, light verbs,
// metonyms, reported attacks).
func TestModalities(t *testing.T) {
	p, err := pipeline.New(slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("testdata/events.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 6 {
			t.Fatalf("bad line %q", line)
		}
		t.Run(c[5], func(t *testing.T) {
			doc, err := p.Read(context.Background(), &article.Article{Text: c[0]}, pipeline.Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range doc.Events {
				if e.Root == c[1] && side(e.Source, c[2]) && side(e.Target, c[3]) && e.Modality == c[4] {
					if doc.Text[e.Action.Start:e.Action.End] != e.Action.Text {
						t.Errorf("evidence %+v does not cut its words out of the text", e.Action)
					}
					return
				}
			}
			t.Errorf("%q: no %s %s>%s %s event in %s", c[0], c[1], c[2], c[3], c[4], describe(doc.Events))
		})
	}
}

// side reports whether actors match an expected country prefix; "-"
// expects no country (none, or roles only).
func side(as []report.EventActor, want string) bool {
	for _, a := range as {
		if want != "-" && strings.HasPrefix(a.Code, want) {
			return true
		}
		if want == "-" && a.Country != "" {
			return false
		}
	}
	return want == "-"
}

func describe(evs []report.Event) string {
	var b strings.Builder
	for _, e := range evs {
		b.WriteString("[" + e.CAMEO + " ")
		for _, a := range e.Source {
			b.WriteString(a.Code + " ")
		}
		b.WriteString(">")
		for _, a := range e.Target {
			b.WriteString(" " + a.Code)
		}
		b.WriteString(" " + e.Modality + "] ")
	}
	return b.String()
}
