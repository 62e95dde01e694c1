package signal

import (
	"os"
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
