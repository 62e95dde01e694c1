package signal

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"sitrep/internal/text"
)

// evidenceTexts returns the texts of the findings of rule.
func evidenceTexts(fs []Finding, rule string) []string {
	var out []string
	for _, f := range fs {
		if f.Rule == rule {
			out = append(out, f.Text)
		}
	}
	return out
}

func TestSeed(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(sharedData, "..", "seed", "article.txt"))
	if err != nil {
		t.Skip("../shared/seed not found: ", err)
	}
	x := testDetector(t)
	d := text.New(string(b))
	r := x.Analyze(d, Meta{})
	if !r.Spin.Spun {
		t.Errorf("seed not called spun: score %.2f", r.Spin.Score)
	}
	for _, want := range []struct{ rule, text string }{
		{RuleArticle, "an global"},
		{RuleFormalName, "Russian Federation"},
	} {
		if !slices.Contains(evidenceTexts(r.Spin.Findings, want.rule), want.text) {
			t.Errorf("no %s finding %q in %v", want.rule, want.text, r.Spin.Findings)
		}
	}
	var repeat bool
	for _, s := range r.Signals {
		repeat = repeat || s.Kind == KindRepeatedHeadline
	}
	if !repeat || !d.HasRepeat || !slices.Contains(r.Debris, d.Repeat) {
		t.Errorf("repeated headline not reported: signals %v, debris %v", r.Signals, r.Debris)
	}
	if !slices.Contains(r.Agencies, "Reuters") {
		t.Errorf("agencies = %v, want Reuters", r.Agencies)
	}
}

// TestExamplesClean keeps the project's example articles, written as clean
// wire copy, from being called spun, and the one written spun (its
// expectation file says "spun": true) from being called clean.
func TestExamplesClean(t *testing.T) {
	files, _ := filepath.Glob("../../examples/*.txt")
	if len(files) == 0 {
		t.Skip("no examples")
	}
	x := testDetector(t)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var want struct{ Spun bool }
		if e, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".expect.json"); err == nil {
			if err := json.Unmarshal(e, &want); err != nil {
				t.Fatal(err)
			}
		}
		if r := x.Analyze(text.New(string(b)), Meta{}); r.Spin.Spun != want.Spun {
			t.Errorf("%s spun = %v (%.2f), want %v: %v", f, r.Spin.Spun, r.Spin.Score, want.Spun, r.Spin.Findings)
		}
	}
}

// TestCleanNewsFPR holds the false-positive rate on real news held out of
// every fit (GUM's Wikinews documents and CoNLL-2003 testb, cut into
// documents of 20 sentences) to at most 3%.
func TestCleanNewsFPR(t *testing.T) {
	gum, err := conlluDocs(filepath.Join(sharedData, "ud", "gum-news.conllu"))
	if err != nil {
		t.Skip("../shared/data not found: ", err)
	}
	testb, err := conllDocs(filepath.Join(sharedData, "ner", "eng.testb"))
	if err != nil {
		t.Skip("../shared/data not found: ", err)
	}
	x := testDetector(t)
	docs := append(gum, testb...)
	spun := 0
	for _, doc := range docs {
		if r := x.Analyze(text.New(doc), Meta{}); r.Spin.Spun {
			spun++
			t.Logf("spun (%.2f): %v", r.Spin.Score, evidenceTexts(r.Spin.Findings, RuleRareWord))
		}
	}
	if fpr := float64(spun) / float64(len(docs)); fpr > 0.03 {
		t.Errorf("%d of %d clean news documents called spun (%.1f%%)", spun, len(docs), 100*fpr)
	}
}

func TestSummary(t *testing.T) {
	x := testDetector(t)
	in := "Floods hit the north\n\nOfficials said Russian Federation may be sending an global team of individuals to the metropolis.\n\nFloods hit the north"
	lines := x.Analyze(text.New(in), Meta{}).Summary()
	joined := strings.Join(lines, "\n")
	for _, want := range []string{"Trust: low", "Spun text: machine-rewritten", `"an global"`, "headline is repeated"} {
		if !strings.Contains(joined, want) {
			t.Errorf("summary lacks %q:\n%s", want, joined)
		}
	}
}

func TestWithout(t *testing.T) {
	in := "Title of the story\n\nFirst sentence here. Second one (Photo: Jane Doe) ends.\n\nShare this article"
	d := text.New(in)
	cut := []text.Span{
		{Start: strings.Index(in, "(Photo"), End: strings.Index(in, ") ends") + 1},
		{Start: strings.Index(in, "Share"), End: len(in)},
	}
	w := Without(d, cut)
	if w.Text != d.Text || len(w.Paragraphs) != len(d.Paragraphs) {
		t.Fatal("Without changed the text or the paragraphs")
	}
	var words []string
	for i := range w.Tokens {
		words = append(words, w.Word(i))
	}
	got := strings.Join(words, " ")
	if want := "Title of the story First sentence here . Second one ends ."; got != want {
		t.Errorf("tokens = %q, want %q", got, want)
	}
	for _, s := range w.Sentences {
		if s.First >= s.End || w.Tokens[s.First].Start != s.Span.Start || w.Tokens[s.End-1].End != s.Span.End {
			t.Errorf("sentence %+v does not match its tokens", s)
		}
	}
}

func TestParseSwaps(t *testing.T) {
	tests := []struct {
		in      string
		want    int
		wantErr bool
	}{
		{"# comment\nsaid\tstated|mentioned\n\ncity\tmetropolis\n", 2, false},
		{"said stated\n", 0, true},
		{"said\t\n", 0, true},
	}
	for _, tt := range tests {
		got, err := ParseSwaps(strings.NewReader(tt.in))
		if (err != nil) != tt.wantErr || len(got) != tt.want {
			t.Errorf("ParseSwaps(%q) = %v, %v; want %d swaps, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestParseCollocBad(t *testing.T) {
	if _, err := parseColloc([]byte("not gzip")); err == nil {
		t.Error("parseColloc accepted bytes that are not gzip")
	}
	c := &colloc{uni: map[string]int{}, news: map[string]int{}}
	for _, rec := range [][]string{{"U", "x"}, {"Q", "a", "b"}, {"U", "x", "many", "1"}} {
		if err := c.add(rec); err == nil {
			t.Errorf("add(%v) accepted a bad record", rec)
		}
	}
}

// TestWordFilter checks that the filter passes every key of the word map,
// capitalised or not.
func TestWordFilter(t *testing.T) {
	x := testDetector(t)
	for w := range x.words {
		if !x.filter.mayHold(w) || !x.filter.mayHold(strings.ToUpper(w[:1])+w[1:]) {
			t.Errorf("filter drops %q", w)
		}
	}
	if x.filter.mayHold("") || x.filter.mayHold("a") {
		t.Error("filter passes words shorter than any key")
	}
}
