package signal

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/internal/text"
)

// article500 returns a clean article of about 500 words from the labelled
// set, and its spun version.
func article500(tb testing.TB) (clean, spun string) {
	tb.Helper()
	read := func(name string) string {
		b, err := os.ReadFile("testdata/spin/" + name)
		if err != nil {
			tb.Fatal(err)
		}
		return string(b)
	}
	cut := func(s string) string {
		var out []string
		n := 0
		for p := range strings.SplitSeq(s, "\n\n") {
			if n >= 500 {
				break
			}
			out = append(out, p)
			n += len(strings.Fields(p))
		}
		return strings.Join(out, "\n\n")
	}
	return cut(read("clean/01-bangladesh-floods.txt") + "\n\n" + read("clean/02-brazil-rate-decision.txt")),
		cut(read("spun/01-bangladesh-floods.r30.txt") + "\n\n" + read("spun/02-brazil-rate-decision.r30.txt"))
}

// BenchmarkAnalyze measures the trust layer on a 500-word article with the
// text layer already built, as the pipeline calls it.
func BenchmarkAnalyze(b *testing.B) {
	x := testDetector(b)
	clean, spun := article500(b)
	for _, c := range []struct{ name, text string }{{"clean", clean}, {"spun", spun}} {
		d := text.New(c.text)
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				x.Analyze(d, Meta{})
			}
		})
	}
}

// BenchmarkTextNew is the text layer on the same article, for scale.
func BenchmarkTextNew(b *testing.B) {
	clean, _ := article500(b)
	b.ReportAllocs()
	for b.Loop() {
		text.New(clean)
	}
}

// BenchmarkStage measures what the pipeline's "signals" lap holds: Analyze
// and Without on a document whose folds are not cached yet, for the seed
// and for all the re3d documents (titled as the bench command titles them).
func BenchmarkStage(b *testing.B) {
	x := testDetector(b)
	type doc struct {
		d    *text.Doc
		meta Meta
	}
	corpora := map[string][]doc{}
	if raw, err := os.ReadFile(filepath.Join(sharedData, "..", "seed", "article.txt")); err == nil {
		corpora["seed"] = []doc{{d: text.New(string(raw))}}
	}
	files, _ := filepath.Glob(filepath.Join(sharedData, "re3d", "*", "documents.json"))
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for line := range strings.Lines(string(raw)) {
			var r struct{ Title, Text string }
			if json.Unmarshal([]byte(line), &r) != nil || r.Text == "" {
				continue
			}
			corpora["re3d"] = append(corpora["re3d"], doc{d: text.New(r.Title + "\n\n" + r.Text), meta: Meta{Title: r.Title}})
		}
	}
	if len(corpora) == 0 {
		b.Skip("../shared not found: no seed and no re3d documents")
	}
	for _, name := range []string{"seed", "re3d"} {
		docs := corpora[name]
		if len(docs) == 0 {
			continue
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, c := range docs {
					full := c.d.Without(c.d.Tokens, c.d.Sentences) // no cached folds, as in Read
					Without(full, x.Analyze(full, c.meta).Debris)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(docs)), "ns/doc")
		})
	}
}
