package signal

import (
	"slices"
	"testing"

	"sitrep/internal/text"
)

func TestFormalNames(t *testing.T) {
	x := testDetector(t)
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"formal context once", "The ambassador of the Russian Federation presented his credentials on Monday.", nil},
		{"with the article, alone", "The Russian Federation has rejected the proposal, the ministry said.", nil},
		{"alternating with the short name", "Russia said on Monday it would respond. The Russian Federation later denied it. Russia has troops there.",
			[]string{"Russian Federation"}},
		{"no article", "The Pentagon said Russian Federation may be setting up a base.", []string{"Russian Federation"}},
		{"possessive without article", "Officials said Russian Federation's forces had moved.", []string{"Russian Federation"}},
		{"quoted", `"Russian Federation will respond," the envoy said.`, nil},
		{"inside a longer name", "The Russian Federation Council approved the bill.", nil},
		{"news usage", "The Czech Republic said it would send aid.", nil},
		{"United States of America", "United States of America said it would act.", []string{"United States of America"}},
		{"the USA", "The USA has also spotted howitzers.", []string{"The USA"}},
		{"the U.S.", "The U.S. has also spotted howitzers.", nil},
	}
	for _, tt := range tests {
		r := x.Analyze(text.New(tt.in), Meta{})
		if got := evidenceTexts(r.Spin.Findings, RuleFormalName); !slices.Equal(got, tt.want) {
			t.Errorf("%s: formal findings %q, want %q", tt.name, got, tt.want)
		}
	}
}
