package asset_test

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"

	"sitrep/internal/article"
	"sitrep/internal/pipeline"
	"sitrep/internal/report"
)

var load = sync.OnceValues(func() (*pipeline.Pipeline, error) { return pipeline.New(slog.New(slog.DiscardHandler)) })

func assets(t *testing.T, s string) []report.Asset {
	t.Helper()
	p, err := load()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := p.Read(context.Background(), &article.Article{Text: "Forces move\n\n" + s}, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return doc.Assets
}

// line renders an asset as "words|model|count|approx|owner|status".
func line(a report.Asset) string {
	count := "-"
	if a.Count != nil {
		count = fmt.Sprint(*a.Count)
	}
	return strings.Join([]string{a.Evidence.Text, a.Model, count, fmt.Sprint(a.Approximate), a.OwnerName, a.Status}, "|")
}

func TestBuild(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"nationality owns", "Officials said seven Russian T-90 tanks were seen near Kursk.",
			[]string{"seven Russian T-90 tanks|T-90|7|false|Russia|present"}},
		{"vague count; the place's country is not the owner", "The army deployed half a dozen howitzers in Mali.",
			[]string{"half a dozen howitzers|howitzer|6|true||present"}},
		{"negation", "Officials said there were no fighter jets at the Syrian base.",
			[]string{"no fighter jets|fighter jet|0|false|Syria|absent"}},
		{"article counts one", "A Turkish frigate entered the port.",
			[]string{"Turkish frigate|warship|1|false|Türkiye|present"}},
		{"bare nouns are no observation", "Forces and weapons were everywhere, the army said.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, a := range assets(t, tt.in) {
				got = append(got, line(a))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("assets of %q\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
