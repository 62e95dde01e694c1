package render

import (
	"fmt"
	"strings"

	"sitrep/internal/report"
)

// eventLine describes an event: who did what to whom, its codes, how the
// text commits to it, who reports it, and the words that say so.
func eventLine(doc *report.Document, e report.Event) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s -> %s: %s %s", eventActors(e.Source), eventActors(e.Target), e.CAMEO, orDash(e.Name))
	if e.PLOVER != "" {
		b.WriteString(" [" + e.PLOVER + "]")
	}
	if e.Modality != report.ModalityAsserted {
		b.WriteString(", " + e.Modality)
		if e.Cue != nil {
			fmt.Fprintf(&b, " (%q)", e.Cue.Text)
		}
	}
	if p := placeByID(doc, e.Place); p != "" {
		b.WriteString(", at " + p)
	}
	if e.Date != nil {
		b.WriteString(", " + e.Date.Time.Format("2006-01-02"))
	}
	if e.Reporter != "" {
		b.WriteString(", reported by " + e.Reporter)
	}
	fmt.Fprintf(&b, ": %q at %s", e.Action.Text, offsets(e.Action))
	for i, m := range e.Mentions {
		sep := ", "
		if i == 0 {
			sep = "; again as "
		}
		fmt.Fprintf(&b, "%s%q at %s", sep, m.Text, offsets(m))
	}
	return b.String()
}

// eventActors names one side of an event with its codes.
func eventActors(as []report.EventActor) string {
	if len(as) == 0 {
		return "(none)"
	}
	var out []string
	for _, a := range as {
		out = append(out, fmt.Sprintf("%s [%s]", a.Name, a.Code))
	}
	return strings.Join(out, " + ")
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
