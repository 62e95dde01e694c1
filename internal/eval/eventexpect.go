package eval

import (
	"fmt"
	"slices"
	"strings"

	"sitrep/internal/lexicon"
	"sitrep/internal/report"
)

// ExpEvent is an expected event: its source and target as CAMEO country
// codes, its root code or an alternative a reasonable coder could choose,
// and its modality when the expectation names one.
type ExpEvent struct {
	Source       string   `json:"source"`
	Target       string   `json:"target"`
	What         string   `json:"what"`
	Root         string   `json:"cameo_root"`
	Alternatives []string `json:"cameo_alternatives"`
	Modality     string   `json:"modality"`
}

// scoreEvent passes when one event of the report has the expected
// actors (by country), an allowed root, the modality when one is
// expected, and evidence that is the text at its offsets.
func scoreEvent(doc *report.Document, want ExpEvent) Check {
	c := Check{Kind: "event", Item: fmt.Sprintf("%s>%s %s %q", want.Source, want.Target, want.Root, want.What)}
	roots := append([]string{want.Root}, want.Alternatives...)
	var near []string
	for _, e := range doc.Events {
		if !hasCountry(e.Source, want.Source) || want.Target != "" && !hasCountry(e.Target, want.Target) {
			continue
		}
		near = append(near, fmt.Sprintf("%s %s %q", e.CAMEO, e.Modality, e.Action.Text))
		if !slices.Contains(roots, e.Root) || want.Modality != "" && e.Modality != want.Modality {
			continue
		}
		if evidenceHolds(doc.Text, e.Action) && evidenceHolds(doc.Text, e.Evidence) {
			c.OK = true
			return c
		}
	}
	c.Got = strings.Join(near, "; ")
	return c
}

// hasCountry reports whether one of the actors belongs to country.
func hasCountry(as []report.EventActor, country string) bool {
	for _, a := range as {
		if sameCountry(a.Country, country) || strings.HasPrefix(a.Code, country) {
			return true
		}
	}
	return false
}

// sameCountry reports whether the country code got names country want.
// Phoenix codes a dependency under its sovereign, New Caledonia as
// FRANCL: that is France and New Caledonia both, and a gold set may name
// either. A gold set may also give the ISO 3166 code of a country whose
// CAMEO code differs: TLS for Timor-Leste, TMP.
func sameCountry(got, want string) bool {
	if got == want || len(got) == 6 && (got[:3] == want || got[3:] == want) {
		return true
	}
	if lex, err := lexicon.Default(); err == nil && got != "" {
		if e := lex.Country(got); e != nil && e.ISO3 == want {
			return true
		}
	}
	return false
}

// evidenceHolds reports whether ev's offsets cut its words out of text.
func evidenceHolds(text string, ev report.Evidence) bool {
	return ev.Start >= 0 && ev.Start < ev.End && ev.End <= len(text) && text[ev.Start:ev.End] == ev.Text
}
