package event

import (
	"sort"
	"strings"

	"sitrep/internal/ner"
	"sitrep/internal/report"
	"sitrep/internal/text"
)

// ActorsFrom turns the entity mentions of the actor stage into token
// ranges. A mention with a code of its own ("Syrian government" is
// SYRGOV) keeps it.
func ActorsFrom(d *text.Doc, entities []report.Entity) []Actor {
	var out []Actor
	branch := branches(entities)
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
			country := e.Country
			if country == "" {
				country = branch[e.ID]
			}
			out = append(out, Actor{First: first, End: end, Entity: e.ID, Name: e.Name, Code: code,
				Country: country, Person: e.Kind == report.KindPerson, State: e.Kind == report.KindCountry, Role: e.Role})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].First < out[j].First })
	return out
}

// branches maps each transnational group (IMG) of the story to the
// country of its one local branch the story names: where "Islamic State
// Khorasan Province" is Afghan, "Islamic State" claiming the bombing in
// Kunduz acts through it, and an analyst codes its deeds as Afghan.
func branches(entities []report.Entity) map[string]string {
	var out map[string]string
	for _, e := range entities {
		if e.Country != "" || !strings.HasPrefix(e.Code, "IMG") {
			continue
		}
		country := ""
		for _, f := range entities {
			if f.Country == "" || !strings.HasPrefix(f.Name, e.Name+" ") {
				continue
			}
			if country != "" && country != f.Country {
				country = ""
				break // branches in two countries: the parent acts for neither
			}
			country = f.Country
		}
		if country != "" {
			if out == nil {
				out = map[string]string{}
			}
			out[e.ID] = country
		}
	}
	return out
}
