package signal

import (
	"os"
	"path/filepath"
	"testing"

	"sitrep/internal/report"
	"sitrep/internal/text"
)

// FuzzAnalyze checks that no input makes Analyze panic and that every
// offset it reports lies inside the text and matches its evidence.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"", "a", "an", "A\n\nA", "(Reuters) -", "MOSCOW (", "By ", "© ", "“", "an “", "Russian Federation",
		"Title\n\nMOSCOW, Sept 15 (Reuters) - Russian Federation said an global coalition was destroy.\n\nShare this article\n\nTitle",
		"the USA (Photo: x) click here\n\nRead more: y", "People’s Republic of China’s", "a —",
	} {
		f.Add(s, "")
	}
	if b, err := os.ReadFile(filepath.Join(sharedData, "..", "seed", "article.txt")); err == nil {
		f.Add(string(b), "Russian Federation sends tanks to Syria")
	}
	x := testDetector(f)
	f.Fuzz(func(t *testing.T, s, title string) {
		d := text.New(s)
		r := x.Analyze(d, Meta{Title: title})
		check := func(what string, sp report.Span, txt *string) {
			if sp.Start < 0 || sp.End < sp.Start || sp.End > len(s) {
				t.Fatalf("%s span %v outside text of %d bytes", what, sp, len(s))
			}
			if txt != nil && *txt != s[sp.Start:sp.End] {
				t.Fatalf("%s evidence %q does not match text %q", what, *txt, s[sp.Start:sp.End])
			}
		}
		for _, e := range r.Spin.Evidence {
			check("spin", e.Span, &e.Text)
		}
		for _, sig := range r.Signals {
			for _, e := range sig.Evidence {
				check(sig.Kind, e.Span, &e.Text)
			}
		}
		for i, sp := range r.Debris {
			check("debris", report.Span{Start: sp.Start, End: sp.End}, nil)
			if i > 0 && sp.Start < r.Debris[i-1].End {
				t.Fatalf("debris spans overlap: %v", r.Debris)
			}
		}
		if r.Spin.Score < 0 || r.Spin.Score > 1 {
			t.Fatalf("score %v outside [0, 1]", r.Spin.Score)
		}
		r.Summary()
		Without(d, r.Debris)
	})
}
