package event

import (
	"sort"

	"sitrep/internal/ner"
	"sitrep/internal/report"
	"sitrep/internal/text"
)

// ActorsFrom turns the entity mentions of the actor stage into token
// ranges. A mention with a code of its own ("Syrian government" is
// SYRGOV) keeps it.
func ActorsFrom(d *text.Doc, entities []report.Entity) []Actor {
	var out []Actor
	for _, e := range entities {
		for _, m := range e.Mentions {
			first, end := d.TokensIn(m.Start, m.End)
			if first >= end || m.Form == report.FormRelational && !ner.Registered(d.Lower(end-1)) {
				continue // "Iran-backed" stands behind the actor after it; a "Panama-flagged" tanker is Panama's
			}
			code := e.Code
			if m.Code != "" {
				code = m.Code
			}
			if code == "" {
				code = e.Country // "Algeria's leading rights activist" acts for Algeria
			}
			if code == "" {
				continue // a person no one places acts for no one we can code
			}
			out = append(out, Actor{First: first, End: end, Entity: e.ID, Name: e.Name, Code: code,
				Country: e.Country, Person: e.Kind == report.KindPerson, State: e.Kind == report.KindCountry, Role: e.Role})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].First < out[j].First })
	return out
}
