package render

import (
	"fmt"
	"strconv"
	"strings"

	"sitrep/internal/report"
)

// assetLine describes a force observation: count, model, owner, status,
// place and who reports it.
func assetLine(doc *report.Document, a report.Asset) string {
	var b strings.Builder
	switch {
	case a.CountAs != nil && a.CountAs.Text != fmtCount(*a.Count):
		fmt.Fprintf(&b, "%s (%s%s) ", fmtCount(*a.Count), approx(a.Approximate), a.CountAs.Text)
	case a.Count != nil:
		fmt.Fprintf(&b, "%s ", fmtCount(*a.Count))
	}
	b.WriteString(a.Model)
	if a.Unit != "" {
		b.WriteString(" in a " + a.Unit)
	}
	fmt.Fprintf(&b, " [%s]", strings.ReplaceAll(a.Kind, "_", " "))
	if a.OwnerName != "" {
		b.WriteString(", owner " + a.OwnerName)
	}
	b.WriteString(", " + a.Status)
	if a.RecipientName != "" {
		b.WriteString(", to " + a.RecipientName)
	}
	if p := placeByID(doc, a.Place); p != "" {
		b.WriteString(", at " + p)
	}
	if a.ObserverName != "" {
		b.WriteString(", reported by " + a.ObserverName)
	}
	if a.Date != nil {
		b.WriteString(", " + a.Date.Time.Format("2006-01-02"))
	}
	fmt.Fprintf(&b, ": %q at %s", a.Evidence.Text, offsets(a.Evidence))
	return b.String()
}

func approx(a bool) string {
	if a {
		return "approx., "
	}
	return ""
}

func fmtCount(v float64) string { return fmt.Sprintf("%g", v) }

func placeByID(doc *report.Document, id string) string {
	for _, p := range doc.Places {
		if p.ID == id && id != "" {
			return p.Name
		}
	}
	return ""
}

// figureLine describes a figure with its bound and period.
func figureLine(f report.Figure) string {
	var b strings.Builder
	b.WriteString(f.What + ": ")
	if f.Bound != "" {
		b.WriteString(f.Bound + " ")
	}
	if f.Kind == "year" {
		fmt.Fprintf(&b, "%g", f.Value)
	} else {
		b.WriteString(grouped(f.Value))
	}
	if f.Unit != "" && f.Kind != "year" {
		b.WriteString(" " + f.Unit)
	}
	if f.Since != nil {
		fmt.Fprintf(&b, " since %d", f.Since.Time.Year())
	}
	fmt.Fprintf(&b, ": %q at %s", f.Evidence.Text, offsets(f.Evidence))
	return b.String()
}

// timeLine describes a date expression and what it resolved to.
func timeLine(t report.Time) string {
	if t.Date == nil {
		return fmt.Sprintf("%q (unresolved: no publication date)", t.Text)
	}
	return fmt.Sprintf("%q = %s (%s)", t.Text, t.Date.Time.Format("2006-01-02"), t.Date.Precision)
}

// grouped writes a value in full with its thousands grouped, "6,800,000,000"
// rather than "6.8e+09".
func grouped(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	s, neg := strings.CutPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	return b.String()
}
