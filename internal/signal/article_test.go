package signal

import (
	"slices"
	"strings"
	"testing"

	"sitrep/internal/text"
)

func TestArticleFor(t *testing.T) {
	x := testDetector(t)
	tests := []struct{ word, want string }{
		{"apple", "an"}, {"global", "a"}, {"international", "an"}, {"hour", "an"}, {"hourly", "an"},
		{"honest", "an"}, {"heir", "an"}, {"house", "a"}, {"Honolulu", "a"}, {"historic", ""}, {"hotel", "a"},
		{"university", "a"}, {"union", "a"}, {"unanimous", "a"}, {"unidentified", "an"}, {"unusual", "an"},
		{"user", "a"}, {"usual", "a"}, {"umbrella", "an"}, {"urgent", "an"}, {"uranium", "a"}, {"utter", "an"},
		{"Ukrainian", "a"}, {"Ugandan", "a"}, {"Uzbek", "an"}, {"European", "a"}, {"euro", "a"},
		{"one-off", "a"}, {"one", "a"}, {"once", "a"}, {"onerous", "an"}, {"yacht", "a"},
		{"FBI", "an"}, {"NGO", "an"}, {"MP", "an"}, {"F-16", "an"}, {"X-ray", "an"}, {"e-mail", "an"},
		{"U-turn", "a"}, {"U.S.", "a"}, {"UN", "a"}, {"EU", "an"}, {"NATO", "a"}, {"NASA", "a"},
		{"HIMARS", "a"}, {"SUV", ""}, {"T-90", "a"}, {"MiG-29", "a"}, {"iPhone", "an"}, {"1990s", ""},
	}
	for _, tt := range tests {
		if got := x.articleFor(tt.word); got != tt.want {
			t.Errorf("articleFor(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

func TestArticleMismatch(t *testing.T) {
	x := testDetector(t)
	tests := []struct {
		in   string
		want []string
	}{
		{"He backed an global coalition.", []string{"an global"}},
		{"She ate a apple and an pear.", []string{"a apple", "an pear"}},
		{"A honest broker is needed.", []string{"A honest"}},
		{"It was a FBI operation.", []string{"a FBI"}},
		{"They backed an “global” plan.", []string{"an “global"}},
		{"It took an hour at a university for a one-off talk with an FBI agent and a NATO envoy.", nil},
		{"An 8-year-old and a 11-year-old were hurt.", nil},
		{"Plan A and Plan B failed; Group A won.", nil},
		{"It was an historic day at a hotel.", nil},
		{"A U.S. official met an EU envoy and a UN team.", nil},
	}
	for _, tt := range tests {
		r := x.Analyze(text.New(tt.in), Meta{})
		if got := evidenceTexts(r.Spin.Findings, RuleArticle); !slices.Equal(got, tt.want) {
			t.Errorf("%q: article findings %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWordChoice(t *testing.T) {
	x := testDetector(t)
	tests := []struct {
		in   string
		rule string
		want []string
	}{
		{"The overseas minister arrived on Monday.", RuleCollocation, []string{"overseas minister"}},
		{"The officials instructed reporters that the talks had failed.", RuleRareWord, []string{"instructed"}},
		{"Crowds gathered in the metropolis on Sunday.", RuleRareWord, []string{"metropolis"}},
		{"Officials said the talks had failed, the minister told reporters.", RuleCollocation, nil},
		{"The bridge was destroy by the blast.", RuleGrammar, []string{"was destroy"}},
		{"No person was harm in the blast.", RuleGrammar, []string{"was harm"}},
		{"There was damage to the roof.", RuleGrammar, nil},
		{"The bridge was destroyed by the blast.", RuleGrammar, nil},
	}
	for _, tt := range tests {
		r := x.Analyze(text.New(tt.in), Meta{})
		if got := evidenceTexts(r.Spin.Findings, tt.rule); !slices.Equal(got, tt.want) {
			t.Errorf("%q: %s findings %q, want %q", tt.in, tt.rule, got, tt.want)
		}
	}
}

// TestArticleExceptions checks that the pruned tables answer as the
// corpora's whole tables do, for every word they know, in any case.
func TestArticleExceptions(t *testing.T) {
	x := testDetector(t)
	whole := func(w string) string { // articleFor over the whole table
		if lw := strings.ToLower(w); lw == w || !readAsLetters(w) {
			switch a := x.col.articleFor(lw); a {
			case "a", "an":
				return a
			case "either":
				return ""
			}
		}
		return wordSound(w).article()
	}
	for w := range x.col.article {
		for _, v := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w), "\u212a" + w[1:]} {
			if got, want := x.articleFor(v), whole(v); got != want {
				t.Errorf("articleFor(%q) = %q, want %q", v, got, want)
			}
		}
	}
	if len(x.articles)*4 > len(x.col.article) {
		t.Errorf("%d exceptions of %d words: the spelling rules should cover most", len(x.articles), len(x.col.article))
	}
	for w, v := range x.col.verbs {
		if _, ok := x.verbs[w]; ok != (v.afterBe == 0 && v.base >= 2 && v.noun <= v.base) {
			t.Errorf("verb %q %+v: flaggable %v", w, v, ok)
		}
	}
}
