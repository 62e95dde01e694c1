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
// actors (by country, or by the codes aliases gives an analyst's own
// code of an international body), an allowed root, the modality when one
// is expected, and evidence that is the text at its offsets.
func scoreEvent(doc *report.Document, want ExpEvent, aliases map[string][]string) Check {
	c := Check{Kind: "event", Item: fmt.Sprintf("%s>%s %s %q", want.Source, want.Target, want.Root, want.What)}
	roots := append([]string{want.Root}, want.Alternatives...)
	var near []string
	for _, e := range doc.Events {
		if !hasSide(e.Source, want.Source, aliases) || want.Target != "" && !hasSide(e.Target, want.Target, aliases) {
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

// hasSide reports whether one of the actors is the expected side: of
// its country, or coded as the body the analyst gave that code to.
func hasSide(as []report.EventActor, side string, aliases map[string][]string) bool {
	return hasCountry(as, side) || slices.ContainsFunc(aliases[side], func(code string) bool { return hasCountry(as, code) })
}

// igoAliases maps the codes an analyst made up for international bodies
// ("IGONAT", "IGOECOWAS") to the CAMEO codes of the entities of the
// report that the expected actors name ("IGOWSTNAT", "IGOWAFWAS"): the
// analysts were asked for IGO and a short name, and an event of the body
// they name is theirs whatever its code is spelled.
func igoAliases(doc *report.Document, actors []ExpActor) map[string][]string {
	aliases := map[string][]string{}
	for _, a := range actors {
		if a.Kind != report.KindIGO || !strings.HasPrefix(a.Code, "IGO") {
			continue
		}
		if en := findEntity(doc, a); en != nil && strings.HasPrefix(en.Code, "IGO") && !refines(en.Code, a.Code) {
			aliases[a.Code] = append(aliases[a.Code], en.Code)
		}
	}
	return aliases
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
