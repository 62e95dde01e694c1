// Package render writes a report in the formats that sitrep offers: a
// plain-text situation report for people, JSON (the full report model),
// Markdown, GeoJSON (the places as points), and the events as GDELT 2.0
// rows or PLOVER records.
package render

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"sitrep/internal/report"
)

// Formats lists the names Write accepts.
var Formats = []string{"text", "json", "md", "geojson", "gdelt", "plover"}

// Write renders doc to w in the named format.
func Write(w io.Writer, format string, doc *report.Document) error {
	var err error
	switch format {
	case "text", "":
		err = Text(w, doc)
	case "json":
		err = JSON(w, doc)
	case "md":
		err = Markdown(w, doc)
	case "geojson":
		err = GeoJSON(w, doc)
	case "gdelt":
		err = GDELT(w, doc)
	case "plover":
		err = PLOVER(w, doc)
	default:
		return fmt.Errorf("render: unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
	}
	if err != nil {
		return fmt.Errorf("render %s: %w", format, err)
	}
	return nil
}

// JSON writes the report model, indented.
func JSON(w io.Writer, doc *report.Document) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

// actorLine describes an entity in one line: name, kind, code and role.
func actorLine(e report.Entity) string {
	var b strings.Builder
	b.WriteString(e.Name)
	b.WriteString(" (")
	b.WriteString(strings.ReplaceAll(e.Kind, "_", " "))
	if e.Code != "" {
		b.WriteString(", " + e.Code)
	}
	b.WriteString(")")
	if e.Role != "" {
		b.WriteString(" - " + e.Role)
	}
	if e.Affiliation != "" && e.Kind != report.KindCountry && e.Affiliation != e.Code {
		b.WriteString(" [" + e.Affiliation + "]")
	}
	return b.String()
}

// surfaces lists how the text names an entity, marking metonyms,
// surnames, demonyms and descriptions.
func surfaces(e report.Entity) string {
	seen := map[string]bool{}
	var out []string
	for _, m := range e.Mentions {
		s := m.Text
		switch m.Form {
		case report.FormMetonym, report.FormSurname, report.FormDemonym, report.FormDescription:
			s += " [" + m.Form + "]"
		}
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return strings.Join(out, ", ")
}

func placeLine(p report.Place) string {
	where := p.Country
	if p.Admin1 != "" && p.Feature != "admin1" {
		where = p.Admin1 + ", " + p.Country
	}
	if where != "" {
		where = ", " + where
	}
	if !p.Located() {
		return fmt.Sprintf("%s%s (%s, not located; confidence %.2f)", p.Name, where, p.Feature, p.Confidence)
	}
	return fmt.Sprintf("%s%s (%s, %.2f, %.2f%s; confidence %.2f)", p.Name, where, p.Feature, p.Lat, p.Lon, borrowed[p.Precision], p.Confidence)
}

// borrowed says whose point a place has when it is not its own.
var borrowed = map[string]string{"town": ", its town's point", "near": ", a neighbour's point"}

// byMentions returns the entities ordered by mention count, most first,
// keeping document order among equals.
func byMentions(es []report.Entity) []report.Entity {
	out := slices.Clone(es)
	slices.SortStableFunc(out, func(a, b report.Entity) int { return len(b.Mentions) - len(a.Mentions) })
	return out
}

func dateLine(doc *report.Document) string {
	if doc.Published == nil {
		return "undated"
	}
	return "published " + doc.Published.Time.Format("2006-01-02")
}

func offsets(e report.Evidence) string { return fmt.Sprintf("%d-%d", e.Start, e.End) }
